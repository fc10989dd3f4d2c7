/*
 * notes-file: the notes written to a file from the app, in the format the
 * name ends with, in the folder it names (else the working directory),
 * never over a file already there without asking. See notes-file.h.
 */
#include "notes-file.h"
#include "draw.h"
#include "convene/export.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* What waits for "replace it?": the text is made before asking, so the
 * answer needs nothing of the screen that asked. */
static struct {
	char *path, *name, *folder, *text;
	size_t len;
	int64_t meeting;
	confirm_fn done;
} pending;

static void forget(void)
{
	free(pending.path);
	free(pending.name);
	free(pending.folder);
	free(pending.text);
	memset(&pending, 0, sizeof pending);
}

void notes_offer_name(struct field *f, int64_t meeting_id)
{
	char name[64];
	snprintf(name, sizeof name, "meeting-%lld-notes.md", (long long)meeting_id);
	field_set(f, name);
}

/* The folder a name without one goes to: the working directory. */
static const char *notes_folder(void)
{
	static char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof cwd))
		snprintf(cwd, sizeof cwd, "%s", _("the folder convene was started in"));
	return cwd;
}

void notes_prompt_draw(const struct field *f, int y, int w)
{
	/* TRANSLATORS: at most 76 cells at 80 columns. */
	draw_text(y, 2, w, STYLE_BOLD, _("Write the notes to (.txt for email, .html to print, .md, "
					 ".csv, .json):"));
	field_draw(f, y + 1, 4, w - 2, true);
	draw_textf(y + 2, 2, w, STYLE_DIM, _("A name alone goes in %s"), notes_folder());
}

static void write_now(struct app *a)
{
	if (!write_file_atomic(pending.path, pending.text, pending.len)) {
		app_error(a, _("Cannot write %s in %s: %s"), pending.name, pending.folder,
			  strerror(errno));
		forget();
		return;
	}
	app_say(a, _("Wrote the notes of meeting #%lld to %s in the folder %s."),
		(long long)pending.meeting, pending.name, pending.folder);
	confirm_fn done = pending.done;
	forget();
	if (done)
		done(a);
}

void notes_write(struct app *a, const struct meeting_record *r, const char *name,
		 confirm_fn done)
{
	const char *dot = strrchr(name, '.'), *slash = strrchr(name, '/');
	enum export_format f = EXPORT_MD;
	if (dot && (!slash || dot > slash) && !export_parse_format(dot + 1, &f)) {
		app_error(a, "%s", _("Name the file .txt, .html, .md, .csv or .json."));
		return;
	}
	if (slash && !slash[1]) {
		app_error(a, "%s", _("Name the file, not only its folder."));
		return;
	}
	forget();
	pending.path = *name == '/' ? xstrdup(name) : xasprintf("%s/%s", notes_folder(), name);
	const char *cut = strrchr(pending.path, '/');
	pending.name = xstrdup(cut + 1);
	pending.folder = cut == pending.path ? xstrdup("/") :
					       xasprintf("%.*s", (int)(cut - pending.path), pending.path);
	struct strbuf sb;
	strbuf_init(&sb);
	export_meeting_now(r, EXPORT_ALL, f, a->catalog, &sb);
	pending.len = sb.len;
	pending.text = strbuf_take(&sb);
	pending.meeting = r->info.id;
	pending.done = done;
	if (access(pending.path, F_OK) == 0) {
		char *q = xasprintf(_("%s is already in the folder %s. Replace it with these notes?"),
				    pending.name, pending.folder);
		app_confirm(a, q, write_now);
		free(q);
		return;
	}
	write_now(a);
}
