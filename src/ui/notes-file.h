/*
 * notes-file: writing a meeting's notes to a file from the app (x in review
 * and on the closed meeting's summary). The name's ending picks the format;
 * a name without a folder goes to the folder convene was started in, which
 * the prompt and the message both say; a file already there is replaced
 * only when the user says yes.
 */
#ifndef CONVENE_UI_NOTES_FILE_H
#define CONVENE_UI_NOTES_FILE_H

#include "app.h"

/* The name offered: meeting-N-notes.md. */
void notes_offer_name(struct field *f, int64_t meeting_id);
/* The prompt for the file's name, on three rows from y, w wide: what to
 * type, the field, and the folder a name alone goes to. */
void notes_prompt_draw(const struct field *f, int y, int w);
/* Writes r's notes (what is on the record) to name; done(a) runs once they
 * are written, now or after the user agreed to replace a file. */
void notes_write(struct app *a, const struct meeting_record *r, const char *name,
		 confirm_fn done);

#endif
