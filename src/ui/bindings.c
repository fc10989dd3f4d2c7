/* bindings: the key table. Earlier rows win when two rows claim one key in
 * the same scope, so screen-specific rows come before global ones. */
#include "bindings.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <curses.h>
#include <stdio.h>

_Static_assert(BKEY_DOWN == FKEY(KEY_DOWN) && BKEY_UP == FKEY(KEY_UP) &&
		       BKEY_LEFT == FKEY(KEY_LEFT) && BKEY_RIGHT == FKEY(KEY_RIGHT) &&
		       BKEY_DELETE == FKEY(KEY_DC) && BKEY_ENTER == FKEY(KEY_ENTER) &&
		       BKEY_BTAB == FKEY(KEY_BTAB) && BKEY_F1 == FKEY(KEY_F(1)),
	       "the key codes of bindings.h are curses's");

/* Footer labels are marked in the context "key" (C_, a keyword of
 * po/meson.build's xgettext): they are short words, such as "open" and
 * "done", that other parts of the program use in another sense (an open
 * action item), and a catalogue holds one translation of a word in one
 * context. Here C_ only marks: the table keeps the English, and
 * bindings_label looks it up in its context where it is shown. */
#undef C_
#define C_(context, s) (s)
#define LABEL_CONTEXT "key"

#define ESC 27
#define CTRL(c) ((c) & 0x1f)

static const struct binding table[] = {
	/* A yes/no question takes every key until it is answered. */
	{ SCOPE_CONFIRM, 'y', 'y', ACT_YES, "y", C_("key", "yes"), N_("Answer yes") },
	{ SCOPE_CONFIRM, 'Y', 'Y', ACT_YES, "Y", NULL, N_("Answer yes") },
	{ SCOPE_CONFIRM, 'n', 'n', ACT_NO, "n", C_("key", "no"), N_("Answer no") },
	{ SCOPE_CONFIRM, 'N', 'N', ACT_NO, "N", NULL, N_("Answer no") },
	{ SCOPE_CONFIRM, ESC, ESC, ACT_CANCEL, "Esc", NULL, N_("Close the question without an answer") },

	{ SCOPE_SMALL, 'q', 'q', ACT_QUIT, "q", C_("key", "quit"), N_("Quit convene") },

	/* Typing into a field: only keys that are not text act. */
	{ SCOPE_INPUT, '\n', '\n', ACT_ENTER, "Enter", C_("key", "done"), N_("Accept this field") },
	{ SCOPE_INPUT, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Accept this field") },
	{ SCOPE_INPUT, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Accept this field") },
	{ SCOPE_INPUT, '\t', '\t', ACT_COMPLETE, "Tab", C_("key", "next group"), N_("Fill in the next known group") },
	{ SCOPE_INPUT, FKEY(KEY_UP), FKEY(KEY_UP), ACT_UP, N_("Up"), C_("key", "members"), N_("Go to the list of members") },
	{ SCOPE_INPUT, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "cancel"), N_("Leave the form without saving") },
	{ SCOPE_INPUT, FKEY(KEY_BACKSPACE), FKEY(KEY_BACKSPACE), ACT_ERASE, "Backspace", NULL, N_("Erase the character before the cursor") },
	{ SCOPE_INPUT, 127, 127, ACT_ERASE, "Backspace", NULL, N_("Erase the character before the cursor") },
	{ SCOPE_INPUT, CTRL('h'), CTRL('h'), ACT_ERASE, "Backspace", NULL, N_("Erase the character before the cursor") },
	{ SCOPE_INPUT, FKEY(KEY_DC), FKEY(KEY_DC), ACT_ERASE_NEXT, "Delete", NULL, N_("Erase the character under the cursor") },
	{ SCOPE_INPUT, CTRL('d'), CTRL('d'), ACT_ERASE_NEXT, "Ctrl-D", NULL, N_("Erase the character under the cursor") },
	{ SCOPE_INPUT, FKEY(KEY_LEFT), FKEY(KEY_LEFT), ACT_LEFT, N_("Left"), NULL, N_("Move the cursor left") },
	{ SCOPE_INPUT, FKEY(KEY_RIGHT), FKEY(KEY_RIGHT), ACT_RIGHT, N_("Right"), NULL, N_("Move the cursor right") },
	{ SCOPE_INPUT, FKEY(KEY_HOME), FKEY(KEY_HOME), ACT_HOME, "Home", NULL, N_("Move the cursor to the start") },
	{ SCOPE_INPUT, CTRL('a'), CTRL('a'), ACT_HOME, "Ctrl-A", NULL, N_("Move the cursor to the start") },
	{ SCOPE_INPUT, FKEY(KEY_END), FKEY(KEY_END), ACT_END, "End", NULL, N_("Move the cursor to the end") },
	{ SCOPE_INPUT, CTRL('e'), CTRL('e'), ACT_END, "Ctrl-E", NULL, N_("Move the cursor to the end") },
	{ SCOPE_INPUT, CTRL('u'), CTRL('u'), ACT_KILL, "Ctrl-U", NULL, N_("Erase everything before the cursor") },
	{ SCOPE_INPUT, CTRL('l'), CTRL('l'), ACT_REDRAW, "Ctrl-L", NULL, N_("Redraw the screen") },
	{ SCOPE_INPUT, FKEY(KEY_F(1)), FKEY(KEY_F(1)), ACT_HELP, "F1", NULL, N_("Show the keys of this screen") },

	{ SCOPE_HOME, '\n', '\n', ACT_ENTER, "Enter", C_("key", "start/resume"), N_("Start a meeting of the selected team, or resume the selected meeting") },
	{ SCOPE_HOME, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Start or resume") },
	{ SCOPE_HOME, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Start or resume") },
	{ SCOPE_HOME, 'n', 'n', ACT_NEW_TEAM, "n", C_("key", "new team"), N_("Create a team: its name and its members") },
	{ SCOPE_HOME, 'd', 'd', ACT_DEMO, "d", C_("key", "demo team"), N_("Add the demo team to try convene") },
	{ SCOPE_HOME, 'e', 'e', ACT_EDIT, "e", C_("key", "edit team"), N_("Edit the selected team: its name, members and groups (retire a member, add one)") },
	{ SCOPE_HOME, 'r', 'r', ACT_RULES, "r", C_("key", "rules"), N_("Set the selected team's ground rules: quorum, reopening, norms, roles") },
	{ SCOPE_HOME, 'l', 'l', ACT_LOG, "l", C_("key", "decisions"), N_("The selected team's decisions log: every decision, how and why, and what reopened it") },
	{ SCOPE_HOME, 't', 't', ACT_TRENDS, "t", C_("key", "trends"), N_("The selected team's ratings over time: each dimension's mean per meeting") },
	{ SCOPE_HOME, 'v', 'v', ACT_REVIEW, "v", C_("key", "review"), N_("Review the meetings on record: read, correct, approve the notes") },
	{ SCOPE_HOME, '/', '/', ACT_SEARCH, "/", C_("key", "search"), N_("Search every meeting's record") },
	{ SCOPE_HOME, 'q', 'q', ACT_QUIT, "q", C_("key", "quit"), N_("Quit convene (everything is already saved)") },

	{ SCOPE_OPENING, '\n', '\n', ACT_ENTER, "Enter", C_("key", "begin"), N_("Go on to the first step") },
	{ SCOPE_OPENING, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Go on to the first step") },
	{ SCOPE_OPENING, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Go on to the first step") },
	{ SCOPE_FOLLOWUP, 'd', 'd', ACT_STATUS, "d", C_("key", "done"), N_("Mark the selected action item done") },
	{ SCOPE_FOLLOWUP, 'c', 'c', ACT_STATUS, "c", C_("key", "carry over"), N_("Carry it over: it comes back at the next meeting") },
	{ SCOPE_FOLLOWUP, 'x', 'x', ACT_STATUS, "x", C_("key", "drop"), N_("Drop it: the team will not do it") },
	{ SCOPE_FOLLOWUP, 'o', 'o', ACT_STATUS, "o", NULL, N_("Mark it open again (undoes a mark)") },
	{ SCOPE_FOLLOWUP, '\n', '\n', ACT_ENTER, "Enter", C_("key", "begin"), N_("Go on to the meeting") },
	{ SCOPE_FOLLOWUP, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Go on to the meeting") },
	{ SCOPE_FOLLOWUP, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Go on to the meeting") },
	{ SCOPE_REVIEW, '\n', '\n', ACT_ENTER, "Enter", C_("key", "open"), N_("Open the selected meeting's record") },
	{ SCOPE_REVIEW, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Open the selected meeting's record") },
	{ SCOPE_REVIEW, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Open the selected meeting's record") },
	{ SCOPE_REVIEW, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "home"), N_("Back to the home screen") },
	{ SCOPE_REVIEW, 'q', 'q', ACT_CANCEL, "q", NULL, N_("Back to the home screen") },
	{ SCOPE_REVIEW, FKEY(KEY_NPAGE), FKEY(KEY_NPAGE), ACT_PAGE_DOWN, "PgDn", C_("key", "older"), N_("The next page of meetings: older ones") },
	{ SCOPE_REVIEW, FKEY(KEY_PPAGE), FKEY(KEY_PPAGE), ACT_PAGE_UP, "PgUp", NULL, N_("The page before: newer meetings") },
	{ SCOPE_REVIEW, FKEY(KEY_HOME), FKEY(KEY_HOME), ACT_HOME, "Home", NULL, N_("The newest meeting") },
	{ SCOPE_REVIEW, 'g', 'g', ACT_HOME, "g", NULL, N_("The newest meeting") },
	{ SCOPE_REVIEW, FKEY(KEY_END), FKEY(KEY_END), ACT_END, "End", C_("key", "oldest"), N_("The oldest meeting on record") },
	{ SCOPE_REVIEW, 'G', 'G', ACT_END, "G", NULL, N_("The oldest meeting on record") },
	{ SCOPE_RECORD, 'e', 'e', ACT_EDIT, "e", C_("key", "correct"), N_("Correct the selected entry (an amendment once the notes are approved)") },
	{ SCOPE_RECORD, 'o', 'o', ACT_TOGGLE, "o", C_("key", "off/on record"), N_("Take the selected entry off the record, or put it back") },
	{ SCOPE_RECORD, 'A', 'A', ACT_APPROVE, "A", C_("key", "approve notes"), N_("Approve the notes as the official notes (asks first)") },
	{ SCOPE_RECORD, 'x', 'x', ACT_EXPORT, "x", C_("key", "export"), N_("Write the notes to a file: Markdown, CSV or JSON by its name") },
	{ SCOPE_RECORD, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "list"), N_("Back to the meetings on record") },
	{ SCOPE_RECORD, FKEY(KEY_NPAGE), FKEY(KEY_NPAGE), ACT_PAGE_DOWN, "PgDn", C_("key", "page"), N_("Scroll down a page (the selection follows to the entries on screen)") },
	{ SCOPE_RECORD, ' ', ' ', ACT_PAGE_DOWN, N_("Space"), NULL, N_("Scroll down a page") },
	{ SCOPE_RECORD, FKEY(KEY_PPAGE), FKEY(KEY_PPAGE), ACT_PAGE_UP, "PgUp", NULL, N_("Scroll up a page") },
	{ SCOPE_RECORD, FKEY(KEY_END), FKEY(KEY_END), ACT_END, "End", C_("key", "end"), N_("Go to the end of the record: its last line") },
	{ SCOPE_RECORD, 'G', 'G', ACT_END, "G", NULL, N_("Go to the end of the record") },
	{ SCOPE_RECORD, FKEY(KEY_HOME), FKEY(KEY_HOME), ACT_HOME, "Home", NULL, N_("Go to the start of the record") },
	{ SCOPE_RECORD, 'g', 'g', ACT_HOME, "g", NULL, N_("Go to the start of the record") },
	{ SCOPE_RECORD, FKEY(KEY_UP), FKEY(KEY_UP), ACT_UP, N_("Up"), NULL, N_("Select the entry above when it is on screen, else scroll up a line") },
	{ SCOPE_RECORD, FKEY(KEY_DOWN), FKEY(KEY_DOWN), ACT_DOWN, N_("Down"), NULL, N_("Select the entry below when it is on screen, else scroll down a line") },
	{ SCOPE_RECORD, 'q', 'q', ACT_CANCEL, "q", NULL, N_("Back to the meetings on record") },
	{ SCOPE_SEARCH, '\n', '\n', ACT_ENTER, "Enter", C_("key", "open"), N_("Open the selected result's meeting at that entry, selected") },
	{ SCOPE_SEARCH, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Open the selected result's meeting at that entry, selected") },
	{ SCOPE_SEARCH, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Open the selected result's meeting at that entry, selected") },
	{ SCOPE_SEARCH, '/', '/', ACT_EDIT, "/", C_("key", "new search"), N_("Change the words searched for") },
	{ SCOPE_SEARCH, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "home"), N_("Back to the home screen") },
	{ SCOPE_SEARCH, 'q', 'q', ACT_CANCEL, "q", NULL, N_("Back to the home screen") },
	{ SCOPE_LOG, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "home"), N_("Back to the home screen") },
	{ SCOPE_LOG, 'q', 'q', ACT_CANCEL, "q", NULL, N_("Back to the home screen") },
	{ SCOPE_RULES, FKEY(KEY_LEFT), FKEY(KEY_LEFT), ACT_LEFT, N_("Left"), NULL, N_("The previous choice for the selected rule") },
	{ SCOPE_RULES, FKEY(KEY_RIGHT), FKEY(KEY_RIGHT), ACT_RIGHT, N_("Right"), C_("key", "change"), N_("The next choice for the selected rule") },
	{ SCOPE_RULES, 'e', 'e', ACT_EDIT, "e", C_("key", "edit roles"), N_("Type the roles to rotate, separated by commas") },
	{ SCOPE_RULES, '\n', '\n', ACT_ENTER, "Enter", C_("key", "save"), N_("Save the rules") },
	{ SCOPE_RULES, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Save the rules") },
	{ SCOPE_RULES, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Save the rules") },
	{ SCOPE_RULES, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "cancel"), N_("Leave without saving") },
	{ SCOPE_TEAM, '\n', '\n', ACT_ENTER, "Enter", C_("key", "back to adding"), N_("Go back to adding members") },
	{ SCOPE_TEAM, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Go back to adding members") },
	{ SCOPE_TEAM, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Go back to adding members") },
	{ SCOPE_TEAM, 'e', 'e', ACT_EDIT, "e", C_("key", "edit"), N_("Edit the selected member") },
	{ SCOPE_TEAM, 'x', 'x', ACT_DELETE, "x", C_("key", "remove"), N_("Remove the selected member") },
	{ SCOPE_TEAM, FKEY(KEY_DC), FKEY(KEY_DC), ACT_DELETE, "Delete", NULL, N_("Remove the selected member") },
	{ SCOPE_TEAM, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "cancel"), N_("Leave the form without saving") },

	{ SCOPE_ATTEND, '\n', '\n', ACT_TOGGLE, "Enter", C_("key", "here/away"), N_("Mark the selected person arrived or gone (saved with the time)") },
	{ SCOPE_ATTEND, '\r', '\r', ACT_TOGGLE, "Enter", NULL, N_("Mark the selected person arrived or gone") },
	{ SCOPE_ATTEND, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_TOGGLE, "Enter", NULL, N_("Mark the selected person arrived or gone") },
	{ SCOPE_ATTEND, ' ', ' ', ACT_TOGGLE, N_("Space"), NULL, N_("Mark the selected person arrived or gone") },
	{ SCOPE_ATTEND, 'G', 'G', ACT_GUEST, "G", C_("key", "add guest"), N_("Add a guest for this meeting only (a name, then a group or none)") },
	{ SCOPE_ATTEND, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "back"), N_("Back to the meeting") },
	{ SCOPE_ATTEND, 'A', 'A', ACT_CANCEL, "A", NULL, N_("Back to the meeting") },
	{ SCOPE_ATTEND, 'q', 'q', ACT_CANCEL, "q", NULL, N_("Back to the meeting") },

	{ SCOPE_TEAMEDIT, '\n', '\n', ACT_EDIT, "Enter", C_("key", "edit"), N_("Edit the selected line: the team's name, a member's name and group, or add a member") },
	{ SCOPE_TEAMEDIT, '\r', '\r', ACT_EDIT, "Enter", NULL, N_("Edit the selected line") },
	{ SCOPE_TEAMEDIT, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_EDIT, "Enter", NULL, N_("Edit the selected line") },
	{ SCOPE_TEAMEDIT, 'e', 'e', ACT_EDIT, "e", NULL, N_("Edit the selected line") },
	{ SCOPE_TEAMEDIT, 'a', 'a', ACT_ADD, "a", C_("key", "add member"), N_("Add a member: a name, then a group") },
	{ SCOPE_TEAMEDIT, 'g', 'g', ACT_RENAME_GROUP, "g", C_("key", "rename group"), N_("Rename the selected member's group for the whole team") },
	{ SCOPE_TEAMEDIT, 'R', 'R', ACT_RETIRE, "R", C_("key", "retire"), N_("Retire the selected member (asks first): off the list, attendance and rotation; records keep their name") },
	{ SCOPE_TEAMEDIT, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "home"), N_("Back to the home screen (everything is saved)") },
	{ SCOPE_TEAMEDIT, 'q', 'q', ACT_CANCEL, "q", NULL, N_("Back to the home screen") },

	{ SCOPE_SETUP, FKEY(KEY_RIGHT), FKEY(KEY_RIGHT), ACT_RIGHT, N_("Right"), C_("key", "change"), N_("Give the selected role to the next person present (swapping roles if needed)") },
	{ SCOPE_SETUP, FKEY(KEY_LEFT), FKEY(KEY_LEFT), ACT_LEFT, N_("Left"), NULL, N_("Give the selected role to the previous person present") },
	{ SCOPE_SETUP, 'g', 'g', ACT_ADD, "g", C_("key", "build agenda"), N_("Build an agenda of several protocols for this meeting") },
	{ SCOPE_SETUP, '\t', '\t', ACT_NEXT_GROUP, "Tab", C_("key", "other list"), N_("Switch between the protocols and the agenda") },
	{ SCOPE_SETUP, '+', '+', ACT_DOT_ADD, "+", C_("key", "minutes"), N_("More minutes for the selected step (5 for an agenda item)") },
	{ SCOPE_SETUP, '-', '-', ACT_DOT_REMOVE, "-", NULL, N_("Fewer minutes for the selected step (5 for an agenda item)") },
	{ SCOPE_SETUP, ']', ']', ACT_MOVE_NEXT, "]", C_("key", "move"), N_("Move the selected agenda item later") },
	{ SCOPE_SETUP, '[', '[', ACT_MOVE_PREV, "[", NULL, N_("Move the selected agenda item earlier") },
	{ SCOPE_SETUP, 'x', 'x', ACT_DELETE, "x", C_("key", "remove"), N_("Take the selected item off the agenda, or the selected guest off the attendance") },
	{ SCOPE_SETUP, ' ', ' ', ACT_TOGGLE, N_("Space"), C_("key", "toggle"), N_("Mark the member present or absent; add the protocol to the agenda") },
	{ SCOPE_SETUP, 'a', 'a', ACT_ALL, "a", C_("key", "all"), N_("Mark everyone present, or everyone absent") },
	{ SCOPE_SETUP, 'G', 'G', ACT_GUEST, "G", C_("key", "add guest"), N_("Add a guest for this meeting only (a name, then a group or none)") },
	{ SCOPE_SETUP, '\n', '\n', ACT_ENTER, "Enter", C_("key", "continue"), N_("Continue with the choice made") },
	{ SCOPE_SETUP, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Continue") },
	{ SCOPE_SETUP, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Continue") },
	{ SCOPE_SETUP, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "back"), N_("Go back a page (or home)") },

	{ SCOPE_RATE, '0', '9', ACT_RATE, N_("digit"), C_("key", "rate"), N_("Enter a rating (the next person's, or the selected person's)") },
	{ SCOPE_RATE, 'u', 'u', ACT_UNDO, "u", C_("key", "undo"), N_("Remove the rating entered last on this dimension") },
	{ SCOPE_RATE, FKEY(KEY_BACKSPACE), FKEY(KEY_BACKSPACE), ACT_UNDO, "Backspace", NULL, N_("Remove the rating entered last") },
	{ SCOPE_RATE, 127, 127, ACT_UNDO, "Backspace", NULL, N_("Remove the rating entered last") },
	{ SCOPE_RATE, CTRL('h'), CTRL('h'), ACT_UNDO, "Backspace", NULL, N_("Remove the rating entered last") },

	{ SCOPE_LISTS, 'a', 'a', ACT_ADD, "a", C_("key", "add"), N_("Add entries to the selected question or box") },
	{ SCOPE_LISTS, '\n', '\n', ACT_ADD, "Enter", NULL, N_("Add entries to the selected question or box") },
	{ SCOPE_LISTS, '\r', '\r', ACT_ADD, "Enter", NULL, N_("Add entries to the selected question or box") },
	{ SCOPE_LISTS, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ADD, "Enter", NULL, N_("Add entries to the selected question or box") },
	{ SCOPE_LISTS, 'e', 'e', ACT_EDIT, "e", C_("key", "edit"), N_("Edit the selected entry") },
	{ SCOPE_LISTS, 'x', 'x', ACT_DELETE, "x", C_("key", "delete"), N_("Delete the selected entry (asks first)") },
	{ SCOPE_LISTS, FKEY(KEY_DC), FKEY(KEY_DC), ACT_DELETE, "Delete", NULL, N_("Delete the selected entry (asks first)") },
	{ SCOPE_ENTRIES, '\t', '\t', ACT_NEXT_GROUP, "Tab", C_("key", "next question"), N_("Go to the next question") },
	{ SCOPE_ENTRIES, FKEY(KEY_BTAB), FKEY(KEY_BTAB), ACT_PREV_GROUP, "Shift-Tab", NULL, N_("Go to the previous question") },
	{ SCOPE_BOXES, '\t', '\t', ACT_NEXT_GROUP, "Tab", C_("key", "next box"), N_("Go to the next box") },
	{ SCOPE_BOXES, FKEY(KEY_BTAB), FKEY(KEY_BTAB), ACT_PREV_GROUP, "Shift-Tab", NULL, N_("Go to the previous box") },
	{ SCOPE_BOXES, 'm', 'm', ACT_MOVE_NEXT, "m", C_("key", "move"), N_("Move the selected item to the next box") },
	{ SCOPE_BOXES, 'M', 'M', ACT_MOVE_PREV, "M", NULL, N_("Move the selected item to the previous box") },

	{ SCOPE_POINTS, 'r', 'r', ACT_READ_BACK, "r", C_("key", "read back"), N_("Read the selected point back for each group to confirm") },

	{ SCOPE_READBACK, '1', '9', ACT_CONFIRM_GROUP, "1-9", C_("key", "confirm"), N_("Confirm (or withdraw) for the group with that number") },
	{ SCOPE_READBACK, ']', ']', ACT_DOWN, "]", C_("key", "next point"), N_("Read back the next point") },
	{ SCOPE_READBACK, '[', '[', ACT_UP, "[", NULL, N_("Read back the previous point") },
	{ SCOPE_READBACK, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "list"), N_("Back to the list of points (to add or reword)") },
	{ SCOPE_READBACK, 'q', 'q', ACT_CANCEL, "q", NULL, N_("Back to the list of points") },

	{ SCOPE_DECIDE, '\n', '\n', ACT_ENTER, "Enter", C_("key", "choose"), N_("Record a decision, or take the choice shown") },
	{ SCOPE_DECIDE, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Record a decision, or take the choice shown") },
	{ SCOPE_DECIDE, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Record a decision, or take the choice shown") },
	{ SCOPE_DECIDE, 'a', 'a', ACT_ADD, "a", C_("key", "new"), N_("Record a new decision") },
	{ SCOPE_DECIDE, 'e', 'e', ACT_EDIT, "e", C_("key", "edit"), N_("Go through the selected decision again") },
	{ SCOPE_DECIDE, 'o', 'o', ACT_REOPEN, "o", C_("key", "reopen earlier"), N_("Reopen a decision from an earlier meeting: new information and a vote") },
	{ SCOPE_REOPEN, '\n', '\n', ACT_ENTER, "Enter", C_("key", "next"), N_("Take the decision selected, or the answer typed") },
	{ SCOPE_REOPEN, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Take the decision selected, or the answer typed") },
	{ SCOPE_REOPEN, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Take the decision selected, or the answer typed") },
	{ SCOPE_REOPEN, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "back"), N_("Go back a stage (nothing is recorded until the vote passes)") },
	{ SCOPE_DECIDE, 'x', 'x', ACT_DELETE, "x", C_("key", "delete"), N_("Delete the selected decision (asks first)") },
	{ SCOPE_DECIDE, '1', '9', ACT_CHOOSE, "1-9", C_("key", "pick point"), N_("Choose the point on the continuum with that number (how to decide)") },
	{ SCOPE_DECIDE, '0', '5', ACT_FIST, "0-5", C_("key", "fingers"), N_("Count one person's fist-to-five: 0 blocks, 3 can live with it, 5 fully supports") },
	{ SCOPE_DECIDE, 'u', 'u', ACT_UNDO, "u", C_("key", "undo"), N_("Take back the last fist-to-five count") },
	{ SCOPE_DECIDE, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "list"), N_("Back to the list of decisions (what is entered stays, as a draft)") },

	{ SCOPE_ACTIONS, '\n', '\n', ACT_ENTER, "Enter", C_("key", "choose"), N_("Add an action item, or take the choice shown") },
	{ SCOPE_ACTIONS, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Add an action item, or take the choice shown") },
	{ SCOPE_ACTIONS, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, N_("Add an action item, or take the choice shown") },
	{ SCOPE_ACTIONS, 'a', 'a', ACT_ADD, "a", C_("key", "new"), N_("Add an action item") },
	{ SCOPE_ACTIONS, 'i', 'i', ACT_FROM_VOTE, "i", C_("key", "from vote"), N_("Carry an item of the earlier vote into a new action item") },
	{ SCOPE_ACTIONS, 'e', 'e', ACT_EDIT, "e", C_("key", "edit"), N_("Change the selected action item") },
	{ SCOPE_ACTIONS, 'x', 'x', ACT_DELETE, "x", C_("key", "delete"), N_("Delete the selected action item (asks first)") },
	{ SCOPE_ACTIONS, 's', 's', ACT_STATUS, "s", C_("key", "status"), N_("Mark the selected item open, done or dropped") },
	{ SCOPE_ACTIONS, ESC, ESC, ACT_CANCEL, "Esc", C_("key", "list"), N_("Back to the list") },


	{ SCOPE_VOTE, '+', '+', ACT_DOT_ADD, "+", C_("key", "dot"), N_("Put a dot on the selected item") },
	{ SCOPE_VOTE, '=', '=', ACT_DOT_ADD, "=", NULL, N_("Put a dot on the selected item") },
	{ SCOPE_VOTE, ' ', ' ', ACT_DOT_ADD, N_("Space"), NULL, N_("Put a dot on the selected item") },
	{ SCOPE_VOTE, '-', '-', ACT_DOT_REMOVE, "-", C_("key", "remove"), N_("Take a dot off the selected item") },
	{ SCOPE_VOTE, '0', '9', ACT_TYPE_DOTS, "0-9", C_("key", "type dots"), N_("Type how many dots the selected item has (counted totals, or this person's), then Enter") },
	{ SCOPE_VOTE, '\t', '\t', ACT_NEXT_VOTER, "Tab", C_("key", "next voter"), N_("Go on to the next person's dots") },
	{ SCOPE_VOTE, FKEY(KEY_BTAB), FKEY(KEY_BTAB), ACT_PREV_VOTER, "Shift-Tab", NULL, N_("Go back to the previous person's dots") },
	{ SCOPE_VOTE, 'c', 'c', ACT_COUNTING, "c", C_("key", "counts"), N_("Switch between each person's dots and counted totals (before any dot)") },
	{ SCOPE_VOTE, 'd', 'd', ACT_SET_DOTS, "d", C_("key", "dots"), N_("Change how many dots each person has (before any dot)") },

	{ SCOPE_BREAK, '\n', '\n', ACT_BREAK, "Enter", C_("key", "end break"), N_("End the break; the meeting clock runs again") },
	{ SCOPE_BREAK, '\r', '\r', ACT_BREAK, "Enter", NULL, N_("End the break") },
	{ SCOPE_BREAK, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_BREAK, "Enter", NULL, N_("End the break") },
	{ SCOPE_BREAK, 'B', 'B', ACT_BREAK, "B", NULL, N_("End the break") },
	{ SCOPE_BREAK, '>', '>', ACT_MORE_TIME, ">", C_("key", "+1 min"), N_("A minute more for the break") },
	{ SCOPE_BREAK, '<', '<', ACT_LESS_TIME, "<", C_("key", "-1 min"), N_("A minute less for the break") },

	{ SCOPE_TIMER, 't', 't', ACT_BIG_TIMER, "t", C_("key", "controls"), N_("Back to the facilitator's controls") },
	{ SCOPE_TIMER, ESC, ESC, ACT_BIG_TIMER, "Esc", NULL, N_("Back to the facilitator's controls") },
	{ SCOPE_CLOCK, 'p', 'p', ACT_PAUSE, "p", C_("key", "pause"), N_("Pause the step's clock, or let it run again") },
	{ SCOPE_CLOCK, '>', '>', ACT_MORE_TIME, ">", NULL, N_("A minute more for this step") },
	{ SCOPE_CLOCK, '<', '<', ACT_LESS_TIME, "<", NULL, N_("A minute less for this step") },
	{ SCOPE_CLOCK, 'B', 'B', ACT_BREAK, "B", C_("key", "break"), N_("Call a break: the meeting clock stops while it lasts") },
	/* Shown in the help, not the footer: the footer keeps the keys of the step. */
	{ SCOPE_CLOCK, 'A', 'A', ACT_ATTENDANCE, "A", NULL, N_("Attendance: mark who arrives late or leaves early, or add a guest (saved with the time)") },
	{ SCOPE_CLOCK, 't', 't', ACT_BIG_TIMER, "t", C_("key", "room view"),
	  N_("Show the room view on this screen, for the projector: the step, what it has captured and the clock, big; keys still move the meeting on") },

	{ SCOPE_MEETING, 'n', 'n', ACT_NEXT, "n", C_("key", "next"), N_("Go to the next dimension, step or page") },
	{ SCOPE_MEETING, '\n', '\n', ACT_NEXT, "Enter", NULL, N_("Go on") },
	{ SCOPE_MEETING, '\r', '\r', ACT_NEXT, "Enter", NULL, N_("Go on") },
	{ SCOPE_MEETING, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_NEXT, "Enter", NULL, N_("Go on") },
	{ SCOPE_MEETING, FKEY(KEY_RIGHT), FKEY(KEY_RIGHT), ACT_NEXT, N_("Right"), NULL, N_("Go on") },
	{ SCOPE_MEETING, 'b', 'b', ACT_PREV, "b", C_("key", "back"), N_("Go back to the previous dimension or step") },
	{ SCOPE_MEETING, FKEY(KEY_LEFT), FKEY(KEY_LEFT), ACT_PREV, N_("Left"), NULL, N_("Go back") },
	{ SCOPE_MEETING, 'q', 'q', ACT_LEAVE, "q", C_("key", "leave"), N_("Leave the meeting; it stays open to resume") },

	/* A seat: what every seat screen shares; each adds its own rows.
	 * Nothing a seat does moves the meeting. */
	{ SCOPE_SEAT, 'q', 'q', ACT_LEAVE, "q", C_("key", "leave"), N_("Leave your seat (asks first); what you entered is kept") },
	{ SCOPE_SEAT, '?', '?', ACT_HELP, "?", C_("key", "help"), N_("Show the keys of this screen") },
	{ SCOPE_SEAT, FKEY(KEY_F(1)), FKEY(KEY_F(1)), ACT_HELP, "F1", NULL, N_("Show the keys of this screen") },
	{ SCOPE_SEAT, CTRL('l'), CTRL('l'), ACT_REDRAW, "Ctrl-L", NULL, N_("Redraw the screen") },

	{ SCOPE_HELP, '?', '?', ACT_CANCEL, "?", C_("key", "close help"), N_("Close this help") },
	{ SCOPE_HELP, ESC, ESC, ACT_CANCEL, "Esc", NULL, N_("Close this help") },
	{ SCOPE_HELP, 'q', 'q', ACT_CANCEL, "q", NULL, N_("Close this help") },
	{ SCOPE_HELP, FKEY(KEY_UP), FKEY(KEY_UP), ACT_UP, N_("Up"), NULL, N_("Scroll up") },
	{ SCOPE_HELP, FKEY(KEY_DOWN), FKEY(KEY_DOWN), ACT_DOWN, N_("Down"), NULL, N_("Scroll down") },

	{ SCOPE_GLOBAL, FKEY(KEY_UP), FKEY(KEY_UP), ACT_UP, N_("Up"), NULL, N_("Move the selection up") },
	{ SCOPE_GLOBAL, 'k', 'k', ACT_UP, "k", NULL, N_("Move the selection up") },
	{ SCOPE_GLOBAL, FKEY(KEY_DOWN), FKEY(KEY_DOWN), ACT_DOWN, N_("Down"), NULL, N_("Move the selection down") },
	{ SCOPE_GLOBAL, 'j', 'j', ACT_DOWN, "j", NULL, N_("Move the selection down") },
	{ SCOPE_GLOBAL, FKEY(KEY_PPAGE), FKEY(KEY_PPAGE), ACT_PAGE_UP, "PgUp", NULL, N_("Scroll up a page") },
	{ SCOPE_GLOBAL, FKEY(KEY_NPAGE), FKEY(KEY_NPAGE), ACT_PAGE_DOWN, "PgDn", NULL, N_("Scroll down a page") },
	{ SCOPE_GLOBAL, '?', '?', ACT_HELP, "?", C_("key", "help"), N_("Show the keys of this screen") },
	{ SCOPE_GLOBAL, FKEY(KEY_F(1)), FKEY(KEY_F(1)), ACT_HELP, "F1", NULL, N_("Show the keys of this screen") },
	{ SCOPE_GLOBAL, CTRL('l'), CTRL('l'), ACT_REDRAW, "Ctrl-L", NULL, N_("Redraw the screen") },
};

size_t bindings_count(struct key_rows k)
{
	return k.n_own + ARRAY_LEN(table);
}

const struct binding *bindings_row(struct key_rows k, size_t i)
{
	return i < k.n_own ? &k.own[i] : &table[i - k.n_own];
}

enum action bindings_lookup(struct key_rows k, unsigned scope, int key)
{
	/* A question answers to the language's own letters (s for sí) as well
	 * as to y and n, which the rows above name. */
	if (scope == SCOPE_CONFIRM && i18n_is_yes_key(key))
		return ACT_YES;
	if (scope == SCOPE_CONFIRM && i18n_is_no_key(key))
		return ACT_NO;
	for (size_t i = 0; i < bindings_count(k); i++) {
		const struct binding *b = bindings_row(k, i);
		if ((b->scope & scope) && key >= b->key && key <= b->key_last)
			return b->action;
	}
	return ACT_NONE;
}

const char *bindings_keyname(const struct binding *b)
{
	/* A letter is the key printed on it, the same in every language; a
	 * question's y and n are the language's own letters ("s" for sí). */
	if (b->keyname[0] && !b->keyname[1] && !(b->scope & SCOPE_CONFIRM))
		return b->keyname;
	return _(b->keyname);
}

const char *bindings_label(const struct binding *b)
{
	if (!b->label)
		return NULL;
	/* gettext's own form of a word in a context: "context\004word". A
	 * screen's own rows may mark their labels without one (N_). */
	char key[128];
	snprintf(key, sizeof key, "%s\004%s", LABEL_CONTEXT, b->label);
	const char *t = gettext(key);
	return t != key ? t : _(b->label);
}

const char *bindings_help(const struct binding *b)
{
	return _(b->help);
}
