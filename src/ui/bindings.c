/* bindings: the key table. Earlier rows win when two rows claim one key in
 * the same scope, so screen-specific rows come before global ones. */
#include "bindings.h"
#include "convene/util.h"

#include <curses.h>

_Static_assert(BKEY_DOWN == FKEY(KEY_DOWN) && BKEY_UP == FKEY(KEY_UP) &&
		       BKEY_LEFT == FKEY(KEY_LEFT) && BKEY_RIGHT == FKEY(KEY_RIGHT) &&
		       BKEY_DELETE == FKEY(KEY_DC) && BKEY_ENTER == FKEY(KEY_ENTER) &&
		       BKEY_BTAB == FKEY(KEY_BTAB) && BKEY_F1 == FKEY(KEY_F(1)),
	       "the key codes of bindings.h are curses's");

#define ESC 27
#define CTRL(c) ((c) & 0x1f)

static const struct binding table[] = {
	/* A yes/no question takes every key until it is answered. */
	{ SCOPE_CONFIRM, 'y', 'y', ACT_YES, "y", "yes", "Answer yes" },
	{ SCOPE_CONFIRM, 'Y', 'Y', ACT_YES, "Y", NULL, "Answer yes" },
	{ SCOPE_CONFIRM, 'n', 'n', ACT_NO, "n", "no", "Answer no" },
	{ SCOPE_CONFIRM, 'N', 'N', ACT_NO, "N", NULL, "Answer no" },
	{ SCOPE_CONFIRM, ESC, ESC, ACT_CANCEL, "Esc", NULL, "Close the question without an answer" },

	{ SCOPE_SMALL, 'q', 'q', ACT_QUIT, "q", "quit", "Quit convene" },

	/* Typing into a field: only keys that are not text act. */
	{ SCOPE_INPUT, '\n', '\n', ACT_ENTER, "Enter", "done", "Accept this field" },
	{ SCOPE_INPUT, '\r', '\r', ACT_ENTER, "Enter", NULL, "Accept this field" },
	{ SCOPE_INPUT, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Accept this field" },
	{ SCOPE_INPUT, '\t', '\t', ACT_COMPLETE, "Tab", "next group", "Fill in the next known group" },
	{ SCOPE_INPUT, FKEY(KEY_UP), FKEY(KEY_UP), ACT_UP, "Up", "members", "Go to the list of members" },
	{ SCOPE_INPUT, ESC, ESC, ACT_CANCEL, "Esc", "cancel", "Leave the form without saving" },
	{ SCOPE_INPUT, FKEY(KEY_BACKSPACE), FKEY(KEY_BACKSPACE), ACT_ERASE, "Backspace", NULL, "Erase the character before the cursor" },
	{ SCOPE_INPUT, 127, 127, ACT_ERASE, "Backspace", NULL, "Erase the character before the cursor" },
	{ SCOPE_INPUT, CTRL('h'), CTRL('h'), ACT_ERASE, "Backspace", NULL, "Erase the character before the cursor" },
	{ SCOPE_INPUT, FKEY(KEY_DC), FKEY(KEY_DC), ACT_ERASE_NEXT, "Delete", NULL, "Erase the character under the cursor" },
	{ SCOPE_INPUT, CTRL('d'), CTRL('d'), ACT_ERASE_NEXT, "Ctrl-D", NULL, "Erase the character under the cursor" },
	{ SCOPE_INPUT, FKEY(KEY_LEFT), FKEY(KEY_LEFT), ACT_LEFT, "Left", NULL, "Move the cursor left" },
	{ SCOPE_INPUT, FKEY(KEY_RIGHT), FKEY(KEY_RIGHT), ACT_RIGHT, "Right", NULL, "Move the cursor right" },
	{ SCOPE_INPUT, FKEY(KEY_HOME), FKEY(KEY_HOME), ACT_HOME, "Home", NULL, "Move the cursor to the start" },
	{ SCOPE_INPUT, CTRL('a'), CTRL('a'), ACT_HOME, "Ctrl-A", NULL, "Move the cursor to the start" },
	{ SCOPE_INPUT, FKEY(KEY_END), FKEY(KEY_END), ACT_END, "End", NULL, "Move the cursor to the end" },
	{ SCOPE_INPUT, CTRL('e'), CTRL('e'), ACT_END, "Ctrl-E", NULL, "Move the cursor to the end" },
	{ SCOPE_INPUT, CTRL('u'), CTRL('u'), ACT_KILL, "Ctrl-U", NULL, "Erase everything before the cursor" },
	{ SCOPE_INPUT, CTRL('l'), CTRL('l'), ACT_REDRAW, "Ctrl-L", NULL, "Redraw the screen" },
	{ SCOPE_INPUT, FKEY(KEY_F(1)), FKEY(KEY_F(1)), ACT_HELP, "F1", NULL, "Show the keys of this screen" },

	{ SCOPE_HOME, '\n', '\n', ACT_ENTER, "Enter", "start/resume", "Start a meeting of the selected team, or resume the selected meeting" },
	{ SCOPE_HOME, '\r', '\r', ACT_ENTER, "Enter", NULL, "Start or resume" },
	{ SCOPE_HOME, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Start or resume" },
	{ SCOPE_HOME, 'n', 'n', ACT_NEW_TEAM, "n", "new team", "Create a team: its name and its members" },
	{ SCOPE_HOME, 'd', 'd', ACT_DEMO, "d", "demo team", "Add the demo team to try convene" },
	{ SCOPE_HOME, 'e', 'e', ACT_EDIT, "e", "edit team", "Edit the selected team: its name, members and groups (retire a member, add one)" },
	{ SCOPE_HOME, 'r', 'r', ACT_RULES, "r", "rules", "Set the selected team's ground rules: quorum, reopening, norms, roles" },
	{ SCOPE_HOME, 'l', 'l', ACT_LOG, "l", "decisions", "The selected team's decisions log: every decision, how and why, and what reopened it" },
	{ SCOPE_HOME, 't', 't', ACT_TRENDS, "t", "trends", "The selected team's ratings over time: each dimension's mean per meeting" },
	{ SCOPE_HOME, 'v', 'v', ACT_REVIEW, "v", "review", "Review the meetings on record: read, correct, approve the notes" },
	{ SCOPE_HOME, '/', '/', ACT_SEARCH, "/", "search", "Search every meeting's record" },
	{ SCOPE_HOME, 'q', 'q', ACT_QUIT, "q", "quit", "Quit convene (everything is already saved)" },

	{ SCOPE_OPENING, '\n', '\n', ACT_ENTER, "Enter", "begin", "Go on to the first step" },
	{ SCOPE_OPENING, '\r', '\r', ACT_ENTER, "Enter", NULL, "Go on to the first step" },
	{ SCOPE_OPENING, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Go on to the first step" },
	{ SCOPE_FOLLOWUP, 'd', 'd', ACT_STATUS, "d", "done", "Mark the selected action item done" },
	{ SCOPE_FOLLOWUP, 'c', 'c', ACT_STATUS, "c", "carry over", "Carry it over: it comes back at the next meeting" },
	{ SCOPE_FOLLOWUP, 'x', 'x', ACT_STATUS, "x", "drop", "Drop it: the team will not do it" },
	{ SCOPE_FOLLOWUP, 'o', 'o', ACT_STATUS, "o", NULL, "Mark it open again (undoes a mark)" },
	{ SCOPE_FOLLOWUP, '\n', '\n', ACT_ENTER, "Enter", "begin", "Go on to the meeting" },
	{ SCOPE_FOLLOWUP, '\r', '\r', ACT_ENTER, "Enter", NULL, "Go on to the meeting" },
	{ SCOPE_FOLLOWUP, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Go on to the meeting" },
	{ SCOPE_REVIEW, '\n', '\n', ACT_ENTER, "Enter", "open", "Open the selected meeting's record" },
	{ SCOPE_REVIEW, '\r', '\r', ACT_ENTER, "Enter", NULL, "Open the selected meeting's record" },
	{ SCOPE_REVIEW, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Open the selected meeting's record" },
	{ SCOPE_REVIEW, ESC, ESC, ACT_CANCEL, "Esc", "home", "Back to the home screen" },
	{ SCOPE_REVIEW, 'q', 'q', ACT_CANCEL, "q", NULL, "Back to the home screen" },
	{ SCOPE_REVIEW, FKEY(KEY_NPAGE), FKEY(KEY_NPAGE), ACT_PAGE_DOWN, "PgDn", "older", "The next page of meetings: older ones" },
	{ SCOPE_REVIEW, FKEY(KEY_PPAGE), FKEY(KEY_PPAGE), ACT_PAGE_UP, "PgUp", NULL, "The page before: newer meetings" },
	{ SCOPE_REVIEW, FKEY(KEY_HOME), FKEY(KEY_HOME), ACT_HOME, "Home", NULL, "The newest meeting" },
	{ SCOPE_REVIEW, 'g', 'g', ACT_HOME, "g", NULL, "The newest meeting" },
	{ SCOPE_REVIEW, FKEY(KEY_END), FKEY(KEY_END), ACT_END, "End", "oldest", "The oldest meeting on record" },
	{ SCOPE_REVIEW, 'G', 'G', ACT_END, "G", NULL, "The oldest meeting on record" },
	{ SCOPE_RECORD, 'e', 'e', ACT_EDIT, "e", "correct", "Correct the selected entry (an amendment once the notes are approved)" },
	{ SCOPE_RECORD, 'o', 'o', ACT_TOGGLE, "o", "off/on record", "Take the selected entry off the record, or put it back" },
	{ SCOPE_RECORD, 'A', 'A', ACT_APPROVE, "A", "approve notes", "Approve the notes as the official notes (asks first)" },
	{ SCOPE_RECORD, 'x', 'x', ACT_EXPORT, "x", "export", "Write the notes to a file: Markdown, CSV or JSON by its name" },
	{ SCOPE_RECORD, ESC, ESC, ACT_CANCEL, "Esc", "list", "Back to the meetings on record" },
	{ SCOPE_RECORD, FKEY(KEY_NPAGE), FKEY(KEY_NPAGE), ACT_PAGE_DOWN, "PgDn", "page", "Scroll down a page (the selection follows to the entries on screen)" },
	{ SCOPE_RECORD, ' ', ' ', ACT_PAGE_DOWN, "Space", NULL, "Scroll down a page" },
	{ SCOPE_RECORD, FKEY(KEY_PPAGE), FKEY(KEY_PPAGE), ACT_PAGE_UP, "PgUp", NULL, "Scroll up a page" },
	{ SCOPE_RECORD, FKEY(KEY_END), FKEY(KEY_END), ACT_END, "End", "end", "Go to the end of the record: its last line" },
	{ SCOPE_RECORD, 'G', 'G', ACT_END, "G", NULL, "Go to the end of the record" },
	{ SCOPE_RECORD, FKEY(KEY_HOME), FKEY(KEY_HOME), ACT_HOME, "Home", NULL, "Go to the start of the record" },
	{ SCOPE_RECORD, 'g', 'g', ACT_HOME, "g", NULL, "Go to the start of the record" },
	{ SCOPE_RECORD, FKEY(KEY_UP), FKEY(KEY_UP), ACT_UP, "Up", NULL, "Select the entry above when it is on screen, else scroll up a line" },
	{ SCOPE_RECORD, FKEY(KEY_DOWN), FKEY(KEY_DOWN), ACT_DOWN, "Down", NULL, "Select the entry below when it is on screen, else scroll down a line" },
	{ SCOPE_RECORD, 'q', 'q', ACT_CANCEL, "q", NULL, "Back to the meetings on record" },
	{ SCOPE_SEARCH, '\n', '\n', ACT_ENTER, "Enter", "open", "Open the selected result's meeting at that entry, selected" },
	{ SCOPE_SEARCH, '\r', '\r', ACT_ENTER, "Enter", NULL, "Open the selected result's meeting at that entry, selected" },
	{ SCOPE_SEARCH, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Open the selected result's meeting at that entry, selected" },
	{ SCOPE_SEARCH, '/', '/', ACT_EDIT, "/", "new search", "Change the words searched for" },
	{ SCOPE_SEARCH, ESC, ESC, ACT_CANCEL, "Esc", "home", "Back to the home screen" },
	{ SCOPE_SEARCH, 'q', 'q', ACT_CANCEL, "q", NULL, "Back to the home screen" },
	{ SCOPE_LOG, ESC, ESC, ACT_CANCEL, "Esc", "home", "Back to the home screen" },
	{ SCOPE_LOG, 'q', 'q', ACT_CANCEL, "q", NULL, "Back to the home screen" },
	{ SCOPE_RULES, FKEY(KEY_LEFT), FKEY(KEY_LEFT), ACT_LEFT, "Left", NULL, "The previous choice for the selected rule" },
	{ SCOPE_RULES, FKEY(KEY_RIGHT), FKEY(KEY_RIGHT), ACT_RIGHT, "Right", "change", "The next choice for the selected rule" },
	{ SCOPE_RULES, 'e', 'e', ACT_EDIT, "e", "edit roles", "Type the roles to rotate, separated by commas" },
	{ SCOPE_RULES, '\n', '\n', ACT_ENTER, "Enter", "save", "Save the rules" },
	{ SCOPE_RULES, '\r', '\r', ACT_ENTER, "Enter", NULL, "Save the rules" },
	{ SCOPE_RULES, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Save the rules" },
	{ SCOPE_RULES, ESC, ESC, ACT_CANCEL, "Esc", "cancel", "Leave without saving" },
	{ SCOPE_TEAM, '\n', '\n', ACT_ENTER, "Enter", "back to adding", "Go back to adding members" },
	{ SCOPE_TEAM, '\r', '\r', ACT_ENTER, "Enter", NULL, "Go back to adding members" },
	{ SCOPE_TEAM, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Go back to adding members" },
	{ SCOPE_TEAM, 'e', 'e', ACT_EDIT, "e", "edit", "Edit the selected member" },
	{ SCOPE_TEAM, 'x', 'x', ACT_DELETE, "x", "remove", "Remove the selected member" },
	{ SCOPE_TEAM, FKEY(KEY_DC), FKEY(KEY_DC), ACT_DELETE, "Delete", NULL, "Remove the selected member" },
	{ SCOPE_TEAM, ESC, ESC, ACT_CANCEL, "Esc", "cancel", "Leave the form without saving" },

	{ SCOPE_ATTEND, '\n', '\n', ACT_TOGGLE, "Enter", "here/away", "Mark the selected person arrived or gone (saved with the time)" },
	{ SCOPE_ATTEND, '\r', '\r', ACT_TOGGLE, "Enter", NULL, "Mark the selected person arrived or gone" },
	{ SCOPE_ATTEND, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_TOGGLE, "Enter", NULL, "Mark the selected person arrived or gone" },
	{ SCOPE_ATTEND, ' ', ' ', ACT_TOGGLE, "Space", NULL, "Mark the selected person arrived or gone" },
	{ SCOPE_ATTEND, 'G', 'G', ACT_GUEST, "G", "add guest", "Add a guest for this meeting only (a name, then a group or none)" },
	{ SCOPE_ATTEND, ESC, ESC, ACT_CANCEL, "Esc", "back", "Back to the meeting" },
	{ SCOPE_ATTEND, 'A', 'A', ACT_CANCEL, "A", NULL, "Back to the meeting" },
	{ SCOPE_ATTEND, 'q', 'q', ACT_CANCEL, "q", NULL, "Back to the meeting" },

	{ SCOPE_TEAMEDIT, '\n', '\n', ACT_EDIT, "Enter", "edit", "Edit the selected line: the team's name, a member's name and group, or add a member" },
	{ SCOPE_TEAMEDIT, '\r', '\r', ACT_EDIT, "Enter", NULL, "Edit the selected line" },
	{ SCOPE_TEAMEDIT, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_EDIT, "Enter", NULL, "Edit the selected line" },
	{ SCOPE_TEAMEDIT, 'e', 'e', ACT_EDIT, "e", NULL, "Edit the selected line" },
	{ SCOPE_TEAMEDIT, 'a', 'a', ACT_ADD, "a", "add member", "Add a member: a name, then a group" },
	{ SCOPE_TEAMEDIT, 'g', 'g', ACT_RENAME_GROUP, "g", "rename group", "Rename the selected member's group for the whole team" },
	{ SCOPE_TEAMEDIT, 'R', 'R', ACT_RETIRE, "R", "retire", "Retire the selected member (asks first): off the list, attendance and rotation; records keep their name" },
	{ SCOPE_TEAMEDIT, ESC, ESC, ACT_CANCEL, "Esc", "home", "Back to the home screen (everything is saved)" },
	{ SCOPE_TEAMEDIT, 'q', 'q', ACT_CANCEL, "q", NULL, "Back to the home screen" },

	{ SCOPE_SETUP, FKEY(KEY_RIGHT), FKEY(KEY_RIGHT), ACT_RIGHT, "Right", "change", "Give the selected role to the next person present (swapping roles if needed)" },
	{ SCOPE_SETUP, FKEY(KEY_LEFT), FKEY(KEY_LEFT), ACT_LEFT, "Left", NULL, "Give the selected role to the previous person present" },
	{ SCOPE_SETUP, 'g', 'g', ACT_ADD, "g", "build agenda", "Build an agenda of several protocols for this meeting" },
	{ SCOPE_SETUP, '\t', '\t', ACT_NEXT_GROUP, "Tab", "other list", "Switch between the protocols and the agenda" },
	{ SCOPE_SETUP, '+', '+', ACT_DOT_ADD, "+", "minutes", "More minutes for the selected step (5 for an agenda item)" },
	{ SCOPE_SETUP, '-', '-', ACT_DOT_REMOVE, "-", NULL, "Fewer minutes for the selected step (5 for an agenda item)" },
	{ SCOPE_SETUP, ']', ']', ACT_MOVE_NEXT, "]", "move", "Move the selected agenda item later" },
	{ SCOPE_SETUP, '[', '[', ACT_MOVE_PREV, "[", NULL, "Move the selected agenda item earlier" },
	{ SCOPE_SETUP, 'x', 'x', ACT_DELETE, "x", "remove", "Take the selected item off the agenda, or the selected guest off the attendance" },
	{ SCOPE_SETUP, ' ', ' ', ACT_TOGGLE, "Space", "toggle", "Mark the member present or absent; add the protocol to the agenda" },
	{ SCOPE_SETUP, 'a', 'a', ACT_ALL, "a", "all", "Mark everyone present, or everyone absent" },
	{ SCOPE_SETUP, 'G', 'G', ACT_GUEST, "G", "add guest", "Add a guest for this meeting only (a name, then a group or none)" },
	{ SCOPE_SETUP, '\n', '\n', ACT_ENTER, "Enter", "continue", "Continue with the choice made" },
	{ SCOPE_SETUP, '\r', '\r', ACT_ENTER, "Enter", NULL, "Continue" },
	{ SCOPE_SETUP, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Continue" },
	{ SCOPE_SETUP, ESC, ESC, ACT_CANCEL, "Esc", "back", "Go back a page (or home)" },

	{ SCOPE_RATE, '0', '9', ACT_RATE, "digit", "rate", "Enter a rating (the next person's, or the selected person's)" },
	{ SCOPE_RATE, 'u', 'u', ACT_UNDO, "u", "undo", "Remove the rating entered last on this dimension" },
	{ SCOPE_RATE, FKEY(KEY_BACKSPACE), FKEY(KEY_BACKSPACE), ACT_UNDO, "Backspace", NULL, "Remove the rating entered last" },
	{ SCOPE_RATE, 127, 127, ACT_UNDO, "Backspace", NULL, "Remove the rating entered last" },
	{ SCOPE_RATE, CTRL('h'), CTRL('h'), ACT_UNDO, "Backspace", NULL, "Remove the rating entered last" },

	{ SCOPE_LISTS, 'a', 'a', ACT_ADD, "a", "add", "Add entries to the selected question or box" },
	{ SCOPE_LISTS, '\n', '\n', ACT_ADD, "Enter", NULL, "Add entries to the selected question or box" },
	{ SCOPE_LISTS, '\r', '\r', ACT_ADD, "Enter", NULL, "Add entries to the selected question or box" },
	{ SCOPE_LISTS, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ADD, "Enter", NULL, "Add entries to the selected question or box" },
	{ SCOPE_LISTS, 'e', 'e', ACT_EDIT, "e", "edit", "Edit the selected entry" },
	{ SCOPE_LISTS, 'x', 'x', ACT_DELETE, "x", "delete", "Delete the selected entry (asks first)" },
	{ SCOPE_LISTS, FKEY(KEY_DC), FKEY(KEY_DC), ACT_DELETE, "Delete", NULL, "Delete the selected entry (asks first)" },
	{ SCOPE_ENTRIES, '\t', '\t', ACT_NEXT_GROUP, "Tab", "next question", "Go to the next question" },
	{ SCOPE_ENTRIES, FKEY(KEY_BTAB), FKEY(KEY_BTAB), ACT_PREV_GROUP, "Shift-Tab", NULL, "Go to the previous question" },
	{ SCOPE_BOXES, '\t', '\t', ACT_NEXT_GROUP, "Tab", "next box", "Go to the next box" },
	{ SCOPE_BOXES, FKEY(KEY_BTAB), FKEY(KEY_BTAB), ACT_PREV_GROUP, "Shift-Tab", NULL, "Go to the previous box" },
	{ SCOPE_BOXES, 'm', 'm', ACT_MOVE_NEXT, "m", "move", "Move the selected item to the next box" },
	{ SCOPE_BOXES, 'M', 'M', ACT_MOVE_PREV, "M", NULL, "Move the selected item to the previous box" },

	{ SCOPE_POINTS, 'r', 'r', ACT_READ_BACK, "r", "read back", "Read the selected point back for each group to confirm" },

	{ SCOPE_READBACK, '1', '9', ACT_CONFIRM_GROUP, "1-9", "confirm", "Confirm (or withdraw) for the group with that number" },
	{ SCOPE_READBACK, ']', ']', ACT_DOWN, "]", "next point", "Read back the next point" },
	{ SCOPE_READBACK, '[', '[', ACT_UP, "[", NULL, "Read back the previous point" },
	{ SCOPE_READBACK, ESC, ESC, ACT_CANCEL, "Esc", "list", "Back to the list of points (to add or reword)" },
	{ SCOPE_READBACK, 'q', 'q', ACT_CANCEL, "q", NULL, "Back to the list of points" },

	{ SCOPE_DECIDE, '\n', '\n', ACT_ENTER, "Enter", "choose", "Record a decision, or take the choice shown" },
	{ SCOPE_DECIDE, '\r', '\r', ACT_ENTER, "Enter", NULL, "Record a decision, or take the choice shown" },
	{ SCOPE_DECIDE, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Record a decision, or take the choice shown" },
	{ SCOPE_DECIDE, 'a', 'a', ACT_ADD, "a", "new", "Record a new decision" },
	{ SCOPE_DECIDE, 'e', 'e', ACT_EDIT, "e", "edit", "Go through the selected decision again" },
	{ SCOPE_DECIDE, 'o', 'o', ACT_REOPEN, "o", "reopen earlier", "Reopen a decision from an earlier meeting: new information and a vote" },
	{ SCOPE_REOPEN, '\n', '\n', ACT_ENTER, "Enter", "next", "Take the decision selected, or the answer typed" },
	{ SCOPE_REOPEN, '\r', '\r', ACT_ENTER, "Enter", NULL, "Take the decision selected, or the answer typed" },
	{ SCOPE_REOPEN, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Take the decision selected, or the answer typed" },
	{ SCOPE_REOPEN, ESC, ESC, ACT_CANCEL, "Esc", "back", "Go back a stage (nothing is recorded until the vote passes)" },
	{ SCOPE_DECIDE, 'x', 'x', ACT_DELETE, "x", "delete", "Delete the selected decision (asks first)" },
	{ SCOPE_DECIDE, '1', '9', ACT_CHOOSE, "1-9", "pick point", "Choose the point on the continuum with that number (how to decide)" },
	{ SCOPE_DECIDE, '0', '5', ACT_FIST, "0-5", "fingers", "Count one person's fist-to-five: 0 blocks, 3 can live with it, 5 fully supports" },
	{ SCOPE_DECIDE, 'u', 'u', ACT_UNDO, "u", "undo", "Take back the last fist-to-five count" },
	{ SCOPE_DECIDE, ESC, ESC, ACT_CANCEL, "Esc", "list", "Back to the list of decisions (what is entered stays, as a draft)" },

	{ SCOPE_ACTIONS, '\n', '\n', ACT_ENTER, "Enter", "choose", "Add an action item, or take the choice shown" },
	{ SCOPE_ACTIONS, '\r', '\r', ACT_ENTER, "Enter", NULL, "Add an action item, or take the choice shown" },
	{ SCOPE_ACTIONS, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_ENTER, "Enter", NULL, "Add an action item, or take the choice shown" },
	{ SCOPE_ACTIONS, 'a', 'a', ACT_ADD, "a", "new", "Add an action item" },
	{ SCOPE_ACTIONS, 'i', 'i', ACT_FROM_VOTE, "i", "from vote", "Carry an item of the earlier vote into a new action item" },
	{ SCOPE_ACTIONS, 'e', 'e', ACT_EDIT, "e", "edit", "Change the selected action item" },
	{ SCOPE_ACTIONS, 'x', 'x', ACT_DELETE, "x", "delete", "Delete the selected action item (asks first)" },
	{ SCOPE_ACTIONS, 's', 's', ACT_STATUS, "s", "status", "Mark the selected item open, done or dropped" },
	{ SCOPE_ACTIONS, ESC, ESC, ACT_CANCEL, "Esc", "list", "Back to the list" },


	{ SCOPE_VOTE, '+', '+', ACT_DOT_ADD, "+", "dot", "Put a dot on the selected item" },
	{ SCOPE_VOTE, '=', '=', ACT_DOT_ADD, "=", NULL, "Put a dot on the selected item" },
	{ SCOPE_VOTE, ' ', ' ', ACT_DOT_ADD, "Space", NULL, "Put a dot on the selected item" },
	{ SCOPE_VOTE, '-', '-', ACT_DOT_REMOVE, "-", "remove", "Take a dot off the selected item" },
	{ SCOPE_VOTE, '0', '9', ACT_TYPE_DOTS, "0-9", "type dots", "Type how many dots the selected item has (counted totals, or this person's), then Enter" },
	{ SCOPE_VOTE, '\t', '\t', ACT_NEXT_VOTER, "Tab", "next voter", "Go on to the next person's dots" },
	{ SCOPE_VOTE, FKEY(KEY_BTAB), FKEY(KEY_BTAB), ACT_PREV_VOTER, "Shift-Tab", NULL, "Go back to the previous person's dots" },
	{ SCOPE_VOTE, 'c', 'c', ACT_COUNTING, "c", "counts", "Switch between each person's dots and counted totals (before any dot)" },
	{ SCOPE_VOTE, 'd', 'd', ACT_SET_DOTS, "d", "dots", "Change how many dots each person has (before any dot)" },

	{ SCOPE_BREAK, '\n', '\n', ACT_BREAK, "Enter", "end break", "End the break; the meeting clock runs again" },
	{ SCOPE_BREAK, '\r', '\r', ACT_BREAK, "Enter", NULL, "End the break" },
	{ SCOPE_BREAK, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_BREAK, "Enter", NULL, "End the break" },
	{ SCOPE_BREAK, 'B', 'B', ACT_BREAK, "B", NULL, "End the break" },
	{ SCOPE_BREAK, '>', '>', ACT_MORE_TIME, ">", "+1 min", "A minute more for the break" },
	{ SCOPE_BREAK, '<', '<', ACT_LESS_TIME, "<", "-1 min", "A minute less for the break" },

	{ SCOPE_TIMER, 't', 't', ACT_BIG_TIMER, "t", "controls", "Back to the facilitator's controls" },
	{ SCOPE_TIMER, ESC, ESC, ACT_BIG_TIMER, "Esc", NULL, "Back to the facilitator's controls" },
	{ SCOPE_CLOCK, 'p', 'p', ACT_PAUSE, "p", "pause", "Pause the step's clock, or let it run again" },
	{ SCOPE_CLOCK, '>', '>', ACT_MORE_TIME, ">", NULL, "A minute more for this step" },
	{ SCOPE_CLOCK, '<', '<', ACT_LESS_TIME, "<", NULL, "A minute less for this step" },
	{ SCOPE_CLOCK, 'B', 'B', ACT_BREAK, "B", "break", "Call a break: the meeting clock stops while it lasts" },
	/* Shown in the help, not the footer: the footer keeps the keys of the step. */
	{ SCOPE_CLOCK, 'A', 'A', ACT_ATTENDANCE, "A", NULL, "Attendance: mark who arrives late or leaves early, or add a guest (saved with the time)" },
	{ SCOPE_CLOCK, 't', 't', ACT_BIG_TIMER, "t", "room view",
	  "Show the room view on this screen, for the projector: the step, what it has captured and the clock, big; keys still move the meeting on" },

	{ SCOPE_MEETING, 'n', 'n', ACT_NEXT, "n", "next", "Go to the next dimension, step or page" },
	{ SCOPE_MEETING, '\n', '\n', ACT_NEXT, "Enter", NULL, "Go on" },
	{ SCOPE_MEETING, '\r', '\r', ACT_NEXT, "Enter", NULL, "Go on" },
	{ SCOPE_MEETING, FKEY(KEY_ENTER), FKEY(KEY_ENTER), ACT_NEXT, "Enter", NULL, "Go on" },
	{ SCOPE_MEETING, FKEY(KEY_RIGHT), FKEY(KEY_RIGHT), ACT_NEXT, "Right", NULL, "Go on" },
	{ SCOPE_MEETING, 'b', 'b', ACT_PREV, "b", "back", "Go back to the previous dimension or step" },
	{ SCOPE_MEETING, FKEY(KEY_LEFT), FKEY(KEY_LEFT), ACT_PREV, "Left", NULL, "Go back" },
	{ SCOPE_MEETING, 'q', 'q', ACT_LEAVE, "q", "leave", "Leave the meeting; it stays open to resume" },

	/* A seat: what every seat screen shares; each adds its own rows.
	 * Nothing a seat does moves the meeting. */
	{ SCOPE_SEAT, 'q', 'q', ACT_LEAVE, "q", "leave", "Leave your seat (asks first); what you entered is kept" },
	{ SCOPE_SEAT, '?', '?', ACT_HELP, "?", "help", "Show the keys of this screen" },
	{ SCOPE_SEAT, FKEY(KEY_F(1)), FKEY(KEY_F(1)), ACT_HELP, "F1", NULL, "Show the keys of this screen" },
	{ SCOPE_SEAT, CTRL('l'), CTRL('l'), ACT_REDRAW, "Ctrl-L", NULL, "Redraw the screen" },

	{ SCOPE_HELP, '?', '?', ACT_CANCEL, "?", "close help", "Close this help" },
	{ SCOPE_HELP, ESC, ESC, ACT_CANCEL, "Esc", NULL, "Close this help" },
	{ SCOPE_HELP, 'q', 'q', ACT_CANCEL, "q", NULL, "Close this help" },
	{ SCOPE_HELP, FKEY(KEY_UP), FKEY(KEY_UP), ACT_UP, "Up", NULL, "Scroll up" },
	{ SCOPE_HELP, FKEY(KEY_DOWN), FKEY(KEY_DOWN), ACT_DOWN, "Down", NULL, "Scroll down" },

	{ SCOPE_GLOBAL, FKEY(KEY_UP), FKEY(KEY_UP), ACT_UP, "Up", NULL, "Move the selection up" },
	{ SCOPE_GLOBAL, 'k', 'k', ACT_UP, "k", NULL, "Move the selection up" },
	{ SCOPE_GLOBAL, FKEY(KEY_DOWN), FKEY(KEY_DOWN), ACT_DOWN, "Down", NULL, "Move the selection down" },
	{ SCOPE_GLOBAL, 'j', 'j', ACT_DOWN, "j", NULL, "Move the selection down" },
	{ SCOPE_GLOBAL, FKEY(KEY_PPAGE), FKEY(KEY_PPAGE), ACT_PAGE_UP, "PgUp", NULL, "Scroll up a page" },
	{ SCOPE_GLOBAL, FKEY(KEY_NPAGE), FKEY(KEY_NPAGE), ACT_PAGE_DOWN, "PgDn", NULL, "Scroll down a page" },
	{ SCOPE_GLOBAL, '?', '?', ACT_HELP, "?", "help", "Show the keys of this screen" },
	{ SCOPE_GLOBAL, FKEY(KEY_F(1)), FKEY(KEY_F(1)), ACT_HELP, "F1", NULL, "Show the keys of this screen" },
	{ SCOPE_GLOBAL, CTRL('l'), CTRL('l'), ACT_REDRAW, "Ctrl-L", NULL, "Redraw the screen" },
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
	for (size_t i = 0; i < bindings_count(k); i++) {
		const struct binding *b = bindings_row(k, i);
		if ((b->scope & scope) && key >= b->key && key <= b->key_last)
			return b->action;
	}
	return ACT_NONE;
}
