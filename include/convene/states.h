/*
 * states: the names of the states a meeting is in, as the store keeps them
 * and the exports write them. Each state has one name table, here or beside
 * its enum (decision and action statuses live with the engine), and code
 * compares enums, never the names: a status spelled in two places drifts.
 */
#ifndef CONVENE_STATES_H
#define CONVENE_STATES_H

#include "convene/meeting.h"

#include <stdbool.h>

/* A meeting runs, is closed (its notes a draft), then its notes are
 * approved as the official record. */
enum meeting_status {
	MEETING_RUNNING,
	MEETING_CLOSED,
	MEETING_APPROVED,
	MEETING_STATUS_COUNT
};

const char *meeting_status_name(enum meeting_status s);
bool meeting_status_parse(const char *name, enum meeting_status *out);

const char *rating_mode_name(enum rating_mode m);
bool rating_mode_parse(const char *name, enum rating_mode *out);

#endif
