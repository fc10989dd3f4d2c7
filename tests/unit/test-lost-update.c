/* Tests of lost updates: an edit of a stored entry (an answer or item, a
 * talking point, a decision, an action item) made from what was read before
 * someone else changed it is refused, the row left as the other one left
 * it, and the writer told their words; the meeting then keeps theirs or
 * saves its own over them, and an edit saved twice in a row never
 * conflicts with itself. */
#include "convene/session.h"
#include "convene/store-review.h"
#include "convene/store-history.h"
#include "convene/util.h"
#include "fixture.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static bool load(struct store *st, int64_t id, struct meeting_record *r)
{
	char key[24];
	bool found;
	snprintf(key, sizeof key, "%lld", (long long)id);
	return store_load_meeting(st, key, &found, r) && found;
}

static const struct item_record *item_of(const struct meeting_record *r, int64_t id)
{
	for (size_t i = 0; i < r->n_items; i++)
		if (r->items[i].id == id)
			return &r->items[i];
	return NULL;
}

/* The store refuses a stale version and leaves the row as it was. */
static void test_store(struct fixture *f)
{
	bool present[] = { true };
	int64_t meeting, item, point, decision, action;
	const struct protocol *p = catalog_find(&f->catalog, "three-box");
	store_begin_meeting(f->store, f->team, present, p, RATING_NAMED, NULL, 0, NULL, &meeting);
	struct store *st = f->store;
	store_add_item(st, meeting, 0, "q", "The bsu was late", &item);
	struct store_now now;
	ok(store_update_item(st, item, 0, "q", "The bus was late", &now) == STORE_SAVED &&
		   now.version == 1, "an edit at the version read is saved, and the version moves on");
	ok(store_update_item(st, item, 1, "q", "The bus was very late", &now) == STORE_SAVED &&
		   now.version == 2, "the same writer edits again at its new version");
	ok(store_update_item(st, item, 1, "q", "The bus came", &now) == STORE_CHANGED,
	   "an edit from a stale version is refused as changed");
	is_str(now.text, "The bus was very late", "with the words the row has now");
	ok(now.version == 2, "and its version now");
	free(now.text);
	struct meeting_record r;
	load(st, meeting, &r);
	is_str(item_of(&r, item)->text, "The bus was very late", "the row is unchanged");
	ok(item_of(&r, item)->version == 2, "and reads back at its version");
	meeting_record_free(&r);
	ok(store_update_item(st, item, 2, "other", NULL, &now) == STORE_SAVED,
	   "a move keeps the words as stored");
	load(st, meeting, &r);
	is_str(item_of(&r, item)->text, "The bus was very late", "they are still there");
	meeting_record_free(&r);
	ok(store_update_item(st, 99999, 0, "q", "x", &now) == STORE_FAILED,
	   "an entry that is gone is a failure, not a change");
	has_str(store_error(st), "not in the record", "which it says");

	store_add_point(st, meeting, 1, "We pilot it", &point);
	store_set_confirmation(st, point, "District", true);
	ok(store_review_entry(st, REVIEW_POINT, point, 0, "We pilot it in two schools", -1, NULL,
			      "Ana", NULL) == STORE_SAVED, "review corrects the confirmed point");
	ok(store_reword_point(st, point, 0, "We pilot it twice", &now) == STORE_CHANGED,
	   "rewording a point from before the correction is refused");
	is_str(now.text, "We pilot it in two schools", "with the corrected words");
	free(now.text);
	bool confirmed = false;
	ok(store_point_confirmed(st, point, &confirmed) && confirmed,
	   "and its confirmations are not taken away");
	ok(store_reword_point(st, point, 1, "We pilot it twice", &now) == STORE_SAVED,
	   "at the version now it is reworded");
	ok(store_point_confirmed(st, point, &confirmed) && !confirmed,
	   "which takes the confirmations, as a rewording does");

	struct decision d = { .topic = (char *)"Pilot", .point = -1, .text = (char *)"Yes",
			      .status = DECISION_DRAFT };
	store_save_decision(st, meeting, 4, &d, NULL, &decision, NULL);
	d.id = decision;
	ok(store_save_decision(st, meeting, 4, &d, NULL, NULL, &now) == STORE_SAVED &&
		   now.version == 1, "a decision saved at its version");
	d.text = (char *)"No";
	ok(store_save_decision(st, meeting, 4, &d, NULL, NULL, &now) == STORE_CHANGED,
	   "a decision saved from a stale version is refused");
	is_str(now.text, "Yes", "with what was decided, as stored");
	free(now.text);

	struct action_item a = { .text = (char *)"Book a room", .status = ACTION_OPEN };
	store_save_action(st, meeting, 4, &a, &action, NULL);
	a.id = action;
	ok(store_set_action_status(st, action, 0, ACTION_DONE, &now) == STORE_SAVED,
	   "a status is saved at the version read");
	a.text = (char *)"Book the hall";
	ok(store_save_action(st, meeting, 4, &a, NULL, &now) == STORE_CHANGED,
	   "an action saved from before the status changed is refused");
	is_str(now.text, "Book a room", "with its words as stored");
	free(now.text);
	ok(store_set_action_status(st, action, 0, ACTION_OPEN, &now) == STORE_CHANGED,
	   "and so is a status from a stale version");
	free(now.text);
	load(st, meeting, &r);
	ok(r.n_actions == 1 && r.actions[0].status == ACTION_DONE &&
		   strcmp(r.actions[0].text, "Book a room") == 0 && r.decisions[0].version == 1 &&
		   strcmp(r.decisions[0].text, "Yes") == 0,
	   "the decision and the action are as the first writers left them");
	meeting_record_free(&r);

	ok(store_review_entry(st, REVIEW_ITEM, item, 2, "The bus was late again", -1, NULL, NULL,
			      &now) == STORE_CHANGED, "review from a stale version is refused");
	is_str(now.text, "The bus was very late", "with the words now");
	ok(now.version == 3, "and the version now");
	free(now.text);
	ok(store_review_entry(st, REVIEW_ITEM, item, 3, NULL, 1, NULL, NULL, &now) == STORE_SAVED &&
		   now.version == 4, "taking it off the record is an edit too");

	ok(store_delete_item(st, item, 3, &now) == STORE_CHANGED,
	   "a delete from a stale version is refused");
	free(now.text);
	load(st, meeting, &r);
	ok(item_of(&r, item) != NULL, "and the entry is kept");
	meeting_record_free(&r);
	ok(store_delete_item(st, item, 4, &now) == STORE_SAVED, "at its version it is deleted");
	ok(store_delete_item(st, item, 4, &now) == STORE_SAVED,
	   "deleting what is gone already is done, not a failure");
	ok(store_delete_action(st, action, 0, &now) == STORE_CHANGED &&
		   store_delete_decision(st, decision, 0, NULL) == STORE_CHANGED &&
		   store_delete_point(st, point, 0, NULL) == STORE_CHANGED,
	   "so are stale deletes of an action, a decision and a point");
	free(now.text);
}

/* A prompt step's answer: the facilitator opened it, the note taker
 * corrected it in review, the facilitator saves. */
static void test_answer(struct fixture *f)
{
	bool present[] = { true };
	struct session s;
	enum meeting_result res;
	session_start(&s, f->store, f->team, present, catalog_find(&f->catalog, "after-action-review"),
		      RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	session_next(&s, 0, false, &res);
	session_add_entry(&s, 0, "The bsu was late");
	struct entry *e = &s.engine.steps[2].entries[0];
	ok(session_edit_entry(&s, 0, "The bus was late") && session_edit_entry(&s, 0, "The bus was late!"),
	   "saving one's own edit twice in a row never conflicts with oneself");
	struct store_now now;
	ok(store_review_entry(f->store, REVIEW_ITEM, e->id, e->version, "The bus was 20 minutes late",
			      -1, NULL, NULL, &now) == STORE_SAVED, "the note taker corrects it in review");
	ok(!session_edit_entry(&s, 0, "The bus was late."), "the facilitator's stale edit is refused");
	is_str(session_conflict(&s), "The bus was 20 minutes late", "with the note taker's words");
	has_str(session_error(&s), "changed this since you opened it", "and says why");
	is_str(e->text, "The bus was late!", "the meeting still shows what it had");
	ok(session_resolve(&s, true), "the facilitator keeps theirs");
	is_str(s.engine.steps[2].entries[0].text, "The bus was 20 minutes late",
	       "the meeting now shows their words");
	ok(session_conflict(&s) == NULL, "and the conflict is settled");
	ok(session_edit_entry(&s, 0, "The bus was 20 minutes late, again"),
	   "an edit from their version is saved");

	/* Now the other way: saving over theirs. */
	e = &s.engine.steps[2].entries[0];
	store_review_entry(f->store, REVIEW_ITEM, e->id, e->version, "Corrected again", -1, NULL,
			   NULL, NULL);
	ok(!session_edit_entry(&s, 0, "Mine"), "refused again after another correction");
	ok(session_resolve(&s, false), "the facilitator saves theirs over it");
	ok(session_edit_entry(&s, 0, "Mine"), "the same edit again is saved");
	struct meeting_record r;
	load(f->store, s.meeting_id, &r);
	is_str(r.items[0].text, "Mine", "the record has the facilitator's words");
	meeting_record_free(&r);

	/* A move has nothing to ask: it takes their words and is pressed again. */
	e = &s.engine.steps[2].entries[0];
	store_review_entry(f->store, REVIEW_ITEM, e->id, e->version, "Theirs", -1, NULL, NULL, NULL);
	ok(!session_move_entry(&s, 0, 1), "a move from a stale version is refused");
	ok(session_conflict(&s) == NULL, "with nothing to ask");
	is_str(s.engine.steps[2].entries[0].text, "Theirs", "the meeting shows their words");
	has_str(session_error(&s), "Move it again", "and says to move it again");
	ok(session_move_entry(&s, 0, 1), "which works");
	load(f->store, s.meeting_id, &r);
	is_str(r.items[0].text, "Theirs", "the words stay theirs");
	meeting_record_free(&r);

	/* A delete has nothing to ask either. */
	e = &s.engine.steps[2].entries[0];
	store_review_entry(f->store, REVIEW_ITEM, e->id, e->version, "Keep me", -1, NULL, NULL, NULL);
	ok(!session_delete_entry(&s, 0), "a delete from a stale version is refused");
	is_str(s.engine.steps[2].entries[0].text, "Keep me", "the meeting shows what it would delete");
	has_str(session_error(&s), "Delete it again", "and says to delete it again");
	load(f->store, s.meeting_id, &r);
	ok(r.n_items == 1, "the entry is still in the record");
	meeting_record_free(&r);
	session_add_entry(&s, 0, "A second answer");
	ok(session_delete_entry(&s, 1), "an entry nobody else changed is deleted at once");

	/* After a restart the meeting carries the versions it reads. */
	int64_t id = s.meeting_id;
	session_finish(&s);
	session_resume(&s, f->store, &f->catalog, id, 0);
	ok(session_edit_entry(&s, 0, "After a restart"), "a resumed meeting edits at the stored version");
	session_close(&s, 0);
	session_finish(&s);
}

/* A talking point the groups confirmed, corrected in review (which keeps
 * the confirmations), then reworded in the meeting from before. */
static void test_point(struct fixture *f)
{
	bool present[] = { true };
	struct session s;
	enum meeting_result res;
	session_start(&s, f->store, f->team, present, catalog_find(&f->catalog, "talking-points"),
		      RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	session_add_entry(&s, 0, "We pilot peer observaton");
	session_confirm(&s, 0, 0, true);
	struct entry *e = &s.engine.steps[1].entries[0];
	ok(store_review_entry(f->store, REVIEW_POINT, e->id, e->version, "We pilot peer observation",
			      -1, NULL, "Ana", NULL) == STORE_SAVED, "review corrects the agreed point");
	ok(!session_edit_entry(&s, 0, "We pilot it in one school"), "rewording it from before is refused");
	is_str(session_conflict(&s), "We pilot peer observation", "with the corrected words");
	ok(meeting_agreed(&s.engine, 1, 0), "the point is still agreed");
	ok(session_resolve(&s, true), "the facilitator keeps theirs");
	is_str(s.engine.steps[1].entries[0].text, "We pilot peer observation", "the meeting shows it");
	ok(meeting_agreed(&s.engine, 1, 0), "still agreed: the correction kept the confirmations");
	session_close(&s, 0);
	session_finish(&s);
}

/* Decisions and action items: the same question, and a status key. */
static void test_decision_action(struct fixture *f)
{
	bool present[] = { true };
	struct session s;
	enum meeting_result res;
	session_start(&s, f->store, f->team, present, catalog_find(&f->catalog, "decision-continuum"),
		      RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	struct decision d = { .topic = (char *)"Pilot", .point = 0, .text = (char *)"Yes",
			      .reasons = (char *)"", .status = DECISION_DECIDED };
	ok(session_save_decision(&s, 0, &d) && session_save_decision(&s, 0, &d),
	   "a decision saved twice in a row");
	const struct decision *in = &s.engine.steps[1].decisions[0];
	store_review_entry(f->store, REVIEW_DECISION, in->id, in->version, "Yes, in two schools", -1,
			   NULL, NULL, NULL);
	d.text = (char *)"Yes, everywhere";
	ok(!session_save_decision(&s, 0, &d), "a stale decision is refused");
	is_str(session_conflict(&s), "Yes, in two schools", "with their words");
	ok(session_resolve(&s, true), "theirs is kept");
	is_str(s.engine.steps[1].decisions[0].text, "Yes, in two schools", "the meeting shows theirs");
	ok(s.engine.steps[1].decisions[0].point == 0, "with the rest of the decision as stored");
	in = &s.engine.steps[1].decisions[0];
	store_review_entry(f->store, REVIEW_DECISION, in->id, in->version, "Theirs again", -1, NULL,
			   NULL, NULL);
	ok(!session_save_decision(&s, 0, &d) && session_resolve(&s, false) &&
		   session_save_decision(&s, 0, &d), "or saved over, when the facilitator says so");
	struct meeting_record r;
	load(f->store, s.meeting_id, &r);
	is_str(r.decisions[0].text, "Yes, everywhere", "the record has the facilitator's");
	meeting_record_free(&r);
	session_close(&s, 0);
	session_finish(&s);

	session_start(&s, f->store, f->team, present, catalog_find(&f->catalog, "three-box"),
		      RATING_NAMED, NULL, 0, 0);
	for (int i = 0; i < 8 && s.engine.step < 4; i++)
		session_next(&s, 0, true, &res);
	is_int((long long)s.engine.step, 4, "at the actions step");
	struct action_item a = { .text = (char *)"Book a room", .status = ACTION_OPEN };
	ok(session_save_action(&s, 0, &a) && session_save_action(&s, 0, &a),
	   "an action item saved twice in a row");
	const struct action_item *x = &s.engine.steps[4].actions[0];
	store_review_entry(f->store, REVIEW_ACTION, x->id, x->version, "Book the hall", -1, NULL, NULL,
			   NULL);
	struct action_item done = *x;
	done.status = ACTION_DONE;
	ok(!session_save_action(&s, 0, &done), "a status from a stale version is refused");
	is_str(session_conflict(&s), "Book the hall", "with their words");
	ok(session_resolve(&s, true), "theirs is taken");
	x = &s.engine.steps[4].actions[0];
	ok(strcmp(x->text, "Book the hall") == 0 && x->status == ACTION_OPEN,
	   "the meeting shows their words, the status as stored");
	done = *x;
	done.status = ACTION_DONE;
	ok(session_save_action(&s, 0, &done), "the status key again is saved");
	load(f->store, s.meeting_id, &r);
	ok(r.n_actions == 1 && strcmp(r.actions[0].text, "Book the hall") == 0 &&
		   r.actions[0].status == ACTION_DONE, "their words and the new status");
	meeting_record_free(&r);
	session_close(&s, 0);
	session_finish(&s);
}

int main(void)
{
	struct new_member members[] = { { "Ana", "District" } };
	struct fixture f;
	if (!fixture_open(&f, "Writers", members, 1))
		return 1;
	test_store(&f);
	test_answer(&f);
	test_point(&f);
	test_decision_action(&f);
	fixture_close(&f);
	return tap_done();
}
