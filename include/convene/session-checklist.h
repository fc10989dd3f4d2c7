/*
 * session-checklist: the session's verbs on a checklist step: a whole
 * list saved (or taken back) at once, as ratings of 0 and 1. Named lists
 * and the room's are written in one transaction; a blind list is cast as
 * ballots, item by item, like paper slips (nothing stored says whose).
 */
#ifndef CONVENE_SESSION_CHECKLIST_H
#define CONVENE_SESSION_CHECKLIST_H

#include "convene/session.h"

/* Saves the list ticks (one per item) for the person under the cursor,
 * the next ballot (blind), or the room; *res is the engine's answer
 * (MEETING_ALL_RATED when every list is in, blind). False, with
 * session_error set and nothing changed, when it could not be saved. */
bool session_checklist_save(struct session *s, const bool *ticks, enum meeting_result *res);
/* Takes back the list saved last (blind: the last one typed here). */
bool session_checklist_undo(struct session *s, enum meeting_result *res);

#endif
