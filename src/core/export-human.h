/* export-human: what the formats people read (Markdown, plain text, the
 * HTML handout) share: the words for a record's states in the interface's
 * language, and the writer the text and HTML formats are both made with. */
#ifndef CONVENE_EXPORT_HUMAN_H
#define CONVENE_EXPORT_HUMAN_H

#include "export-internal.h"

#include <stdbool.h>

/* A meeting's, a decision's, an action item's state in words, translated
 * (the store's names, "input-only", stay in CSV and JSON). */
const char *export_meeting_state_words(enum meeting_status s);
const char *export_decision_words(enum decision_status s);
const char *export_action_words(enum action_status s);
/* Whether an amendment is about a kind of entry an export of what shows. */
bool export_amendment_wanted(const struct amendment_record *x, unsigned what);
/* Sentences every human format writes alike, in the interface's
 * language, for the format to escape (the caller frees them): an action
 * item's " — owner, due date (state), from the vote: item"; an amendment
 * with its time and reason; a decision's lines under its topic (what
 * it reopens, the decision, its reasons, the fist to five), returning how
 * many; "Roles: Facilitator: Ana, ..." (NULL when none was given). */
char *export_action_tail(const struct action_record *a);
char *export_amendment_words(const struct amendment_record *x);
size_t export_decision_lines(const struct decision_record *d, char *lines[4]);
char *export_roles_words(const struct meeting_record *r);
/* A stored UTC time as a person writes it, local and in words (or the
 * value as it is when it is not such a time). */
void export_when(const char *iso_utc, char *out, size_t size);

/*
 * The writer behind the plain-text and HTML formats: a document is blocks
 * (a title, headings, paragraphs, list items) of text that is either a
 * person's (escaped for HTML, made one line) or the program's own words.
 * Plain text wraps each block at 72 columns with no markup at all; HTML
 * writes elements.
 */
enum hblock { HB_TITLE, HB_HEADING, HB_SUB, HB_PARA, HB_META, HB_BULLET, HB_NUMBER };

struct hout {
	struct strbuf *sb;
	bool html;
	enum hblock block;
	bool open;      /* a block has begun */
	bool any;       /* a block was written */
	char list;      /* HTML: the list open, 'u', 'o' or 0 */
	unsigned number; /* HB_NUMBER: its number */
	struct strbuf line; /* plain text: the block's words, wrapped at its end */
};

#define HOUT_WIDTH 72

void hout_init(struct hout *o, struct strbuf *sb, bool html);
void hout_finish(struct hout *o); /* ends an open block and list */
void hout_begin(struct hout *o, enum hblock b, unsigned number);
void hout_end(struct hout *o);
/* A person's text (sanitized to one line; escaped for HTML). */
void hout_text(struct hout *o, const char *s);
/* The program's own words, already translated. */
void hout_words(struct hout *o, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* Emphasis (HTML only; plain text shows the words alone). */
void hout_strong(struct hout *o, bool on);
void hout_em(struct hout *o, bool on);
/* A new line within the block (a note under a talking point). */
void hout_break(struct hout *o);
/* Between two meetings of one document. */
void export_human_separator(struct strbuf *sb, bool html);

/* The HTML page around the meetings: head with its print stylesheet, and
 * the end. title is the page's (a person's text). */
void export_html_begin(struct strbuf *sb, const char *title);
void export_html_end(struct strbuf *sb);
/* One meeting, in plain text or as an <article> of the page. */
void export_txt(const struct meeting_record *r, unsigned what, const struct catalog *now,
		struct strbuf *sb);
void export_html(const struct meeting_record *r, unsigned what, const struct catalog *now,
		 struct strbuf *sb);
/* A whole page of one meeting, called by its title and team. */
void export_html_page(const struct meeting_record *r, unsigned what, const struct catalog *now,
		      struct strbuf *sb);
/* What the page of a history is called: the talking points, or the notes. */
const char *export_html_title(unsigned what);

#endif
