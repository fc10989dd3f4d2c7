/*
 * store-schema: the database schema as an ordered list of migrations. The
 * index of a migration plus one is the PRAGMA user_version it produces. Never
 * edit a migration that has shipped; add a new one.
 *
 * The schema covers the whole product so that later features add behaviour,
 * not tables. Every record a meeting produces carries a random uid, so that
 * meetings exported from one database merge into another without clashes.
 */
#include "store-internal.h"

static const char migration_1[] =
	"CREATE TABLE team ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  name TEXT NOT NULL,"
	"  quorum TEXT NOT NULL DEFAULT 'each-group',"
	"  reopen_threshold_pct INTEGER NOT NULL DEFAULT 75"
	"    CHECK (reopen_threshold_pct BETWEEN 1 AND 100),"
	"  created_at TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE team_role ("
	"  team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,"
	"  position INTEGER NOT NULL,"
	"  name TEXT NOT NULL,"
	"  PRIMARY KEY (team_id, position)"
	") STRICT;"
	"CREATE TABLE member ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  grp TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
	"  created_at TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX member_by_team ON member(team_id, position);"
	"CREATE TABLE meeting ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  team_id INTEGER NOT NULL REFERENCES team(id),"
	"  title TEXT NOT NULL,"
	"  protocol_id TEXT NOT NULL,"
	"  protocol_version TEXT NOT NULL,"
	"  agenda_id TEXT,"
	"  rating_mode TEXT NOT NULL CHECK (rating_mode IN ('named', 'blind')),"
	"  status TEXT NOT NULL CHECK (status IN ('running', 'closed', 'approved')),"
	"  started_at TEXT NOT NULL,"
	"  closed_at TEXT,"
	"  approved_at TEXT,"
	"  cur_step INTEGER NOT NULL DEFAULT 0,"
	"  cur_dim INTEGER NOT NULL DEFAULT 0,"
	"  cur_view TEXT NOT NULL DEFAULT 'step'"
	"    CHECK (cur_view IN ('step', 'results', 'closing'))"
	") STRICT;"
	"CREATE INDEX meeting_by_team ON meeting(team_id, started_at);"
	"CREATE INDEX meeting_by_status ON meeting(status);"
	"CREATE TABLE attendance ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  member_id INTEGER NOT NULL REFERENCES member(id),"
	"  present INTEGER NOT NULL CHECK (present IN (0, 1)),"
	"  PRIMARY KEY (meeting_id, member_id)"
	") STRICT;"
	"CREATE TABLE role_assignment ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  role TEXT NOT NULL,"
	"  member_id INTEGER NOT NULL REFERENCES member(id),"
	"  PRIMARY KEY (meeting_id, role)"
	") STRICT;"
	"CREATE TABLE meeting_step ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  protocol_id TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  title TEXT NOT NULL,"
	"  planned_seconds INTEGER NOT NULL,"
	"  actual_ms INTEGER NOT NULL DEFAULT 0,"
	"  PRIMARY KEY (meeting_id, step_index)"
	") STRICT;"
	"CREATE TABLE pause ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  kind TEXT NOT NULL CHECK (kind IN ('pause', 'break')),"
	"  planned_seconds INTEGER,"
	"  started_at TEXT NOT NULL,"
	"  ended_at TEXT"
	") STRICT;"
	"CREATE TABLE rating ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  dimension_index INTEGER NOT NULL,"
	"  dimension_id TEXT NOT NULL,"
	"  dimension_title TEXT NOT NULL,"
	"  slot INTEGER NOT NULL,"
	"  member_id INTEGER REFERENCES member(id),"
	"  value INTEGER NOT NULL,"
	"  scale_min INTEGER NOT NULL,"
	"  scale_max INTEGER NOT NULL,"
	"  entered_at TEXT NOT NULL,"
	"  UNIQUE (meeting_id, step_index, dimension_id, slot),"
	"  CHECK (value BETWEEN scale_min AND scale_max)"
	") STRICT;"
	"CREATE TABLE note ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER,"
	"  text TEXT NOT NULL,"
	"  off_record INTEGER NOT NULL DEFAULT 0 CHECK (off_record IN (0, 1)),"
	"  created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE item ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  box TEXT,"
	"  text TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  off_record INTEGER NOT NULL DEFAULT 0 CHECK (off_record IN (0, 1)),"
	"  created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE vote ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  member_id INTEGER REFERENCES member(id),"
	"  dots INTEGER NOT NULL CHECK (dots > 0),"
	"  created_at TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX vote_by_item ON vote(item_id, step_index);"
	"CREATE TABLE decision ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  topic TEXT NOT NULL,"
	"  continuum_point TEXT,"
	"  continuum_title TEXT,"
	"  decision TEXT NOT NULL,"
	"  reasons TEXT NOT NULL DEFAULT '',"
	"  consensus TEXT,"
	"  status TEXT NOT NULL"
	"    CHECK (status IN ('draft', 'decided', 'deferred', 'input-only')),"
	"  reopens_id INTEGER REFERENCES decision(id),"
	"  created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE talking_point ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  text TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE talking_point_agreement ("
	"  talking_point_id INTEGER NOT NULL REFERENCES talking_point(id) ON DELETE CASCADE,"
	"  grp TEXT NOT NULL,"
	"  agreed_at TEXT NOT NULL,"
	"  PRIMARY KEY (talking_point_id, grp)"
	") STRICT;"
	"CREATE TABLE action_item ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER,"
	"  text TEXT NOT NULL,"
	"  owner_member_id INTEGER REFERENCES member(id),"
	"  due_date TEXT,"
	"  status TEXT NOT NULL CHECK (status IN ('open', 'done', 'carried', 'dropped')),"
	"  carried_from_id INTEGER REFERENCES action_item(id),"
	"  created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL"
	") STRICT;";

/* The questions (and later boxes) of each step as they were when the
 * meeting began, so a record reads the same after its protocol changes. */
static const char migration_2[] =
	"CREATE TABLE meeting_group ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  group_key TEXT NOT NULL,"
	"  title TEXT NOT NULL,"
	"  PRIMARY KEY (meeting_id, step_index, group_key)"
	") STRICT;"
	/* A vote's dots per person and way of entry, when the room changed them. */
	"ALTER TABLE meeting_step ADD COLUMN items_step INTEGER;"
	"ALTER TABLE meeting_step ADD COLUMN vote_top INTEGER;"
	"ALTER TABLE meeting_step ADD COLUMN vote_dots INTEGER;"
	"ALTER TABLE meeting_step ADD COLUMN vote_counting INTEGER NOT NULL DEFAULT 0"
	"  CHECK (vote_counting IN (0, 1));"
	/* When the current step's clock started running (NULL while it is
	 * stopped), so a meeting resumes with its timer where it was. */
	"ALTER TABLE meeting ADD COLUMN clock_since TEXT;"
	/* An agenda's items, so the meeting resumes whatever becomes of its file. */
	"ALTER TABLE meeting ADD COLUMN agenda_items TEXT;"
	/* The norms a team picked to focus on in a meeting. */
	"CREATE TABLE norm_focus ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  norm_id TEXT NOT NULL,"
	"  norm_name TEXT NOT NULL,"
	"  picked_at TEXT NOT NULL,"
	"  PRIMARY KEY (meeting_id, step_index, norm_id)"
	") STRICT;";

/* The norms protocol a team shows at the start of each meeting (NULL: none). */
static const char migration_3[] =
	"ALTER TABLE team ADD COLUMN norms_protocol TEXT;"
	/* A reopened decision: the new information and the vote that reopened
	 * it (reopens_id links the earlier decision). */
	"ALTER TABLE decision ADD COLUMN reopen_info TEXT;"
	"ALTER TABLE decision ADD COLUMN reopen_votes INTEGER;"
	"ALTER TABLE decision ADD COLUMN reopen_present INTEGER;";

/* Full-text search over what meetings capture. The index's rowid encodes
 * the source: its id times 8 plus a kind (1 item or answer, 2 note, 3
 * decision, 4 talking point, 5 action item). SQLite refuses a virtual table
 * in a trigger while trusted_schema is off, so triggers only queue what
 * changed; the store brings the index up to date before each search.
 * Everything already recorded is queued here. */
#define SEARCH_QUEUE(table, kind)                                                              \
	"CREATE TRIGGER " table "_search_insert AFTER INSERT ON " table                           \
	" BEGIN INSERT OR IGNORE INTO search_pending VALUES (" kind ", NEW.id); END;"             \
	"CREATE TRIGGER " table "_search_update AFTER UPDATE ON " table                           \
	" BEGIN INSERT OR IGNORE INTO search_pending VALUES (" kind ", NEW.id); END;"             \
	"CREATE TRIGGER " table "_search_delete AFTER DELETE ON " table                           \
	" BEGIN INSERT OR IGNORE INTO search_pending VALUES (" kind ", OLD.id); END;"             \
	"INSERT INTO search_pending SELECT " kind ", id FROM " table ";"

static const char migration_4[] =
	"CREATE VIRTUAL TABLE search_index USING fts5(text, meeting_id UNINDEXED,"
	" step_index UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');"
	"CREATE TABLE search_pending ("
	"  kind INTEGER NOT NULL,"
	"  id INTEGER NOT NULL,"
	"  PRIMARY KEY (kind, id)"
	") STRICT, WITHOUT ROWID;"
	SEARCH_QUEUE("item", "1")
	SEARCH_QUEUE("note", "2")
	SEARCH_QUEUE("decision", "3")
	SEARCH_QUEUE("talking_point", "4")
	SEARCH_QUEUE("action_item", "5");

/* A change to approved notes: what changed, from what to what, why, when. */
static const char migration_5[] =
	"CREATE TABLE amendment ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  what TEXT NOT NULL,"
	"  before TEXT,"
	"  after TEXT,"
	"  reason TEXT NOT NULL,"
	"  amended_at TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX amendment_by_meeting ON amendment(meeting_id, id);";

/* Indexes for reading one meeting, and a team's history, without scanning
 * every meeting's entries: a record loads in the same time with one
 * meeting on file or fifty thousand. */
static const char migration_6[] =
	"CREATE INDEX item_by_meeting ON item(meeting_id, step_index, position);"
	"CREATE INDEX note_by_meeting ON note(meeting_id);"
	"CREATE INDEX decision_by_meeting ON decision(meeting_id);"
	"CREATE INDEX decision_by_reopens ON decision(reopens_id) WHERE reopens_id IS NOT NULL;"
	"CREATE INDEX talking_point_by_meeting ON talking_point(meeting_id, position);"
	"CREATE INDEX action_by_meeting ON action_item(meeting_id);"
	"CREATE INDEX action_open ON action_item(status) WHERE status IN ('open', 'carried');"
	"CREATE INDEX pause_by_meeting ON pause(meeting_id);"
	/* The home screen's newest closed meetings, without sorting them all. */
	"CREATE INDEX meeting_by_status_start ON meeting(status, started_at);";

/* A step's quiet writing ended by the facilitator: every terminal that
 * shows the meeting (the room view in a second terminal) must know it. */
static const char migration_7[] =
	"ALTER TABLE meeting_step ADD COLUMN silence_over INTEGER NOT NULL DEFAULT 0"
	"  CHECK (silence_over IN (0, 1));";

/* The plan agreed at setup, beside the plan as the time keeper changed it:
 * ahead and behind are measured against what the room agreed. NULL (a
 * meeting from before) means the plan was never changed. */
static const char migration_8[] =
	"ALTER TABLE meeting_step ADD COLUMN agreed_seconds INTEGER;";

/* An action item carried from an item of a vote keeps a link to it. */
static const char migration_9[] =
	"ALTER TABLE action_item ADD COLUMN item_id INTEGER REFERENCES item(id) ON DELETE SET NULL;";

/* A team over the years. A guest is a member row of the team that is never
 * on its list (active 0, guest 1), so a role, a rating or an action item
 * can name them like anyone. Who attended is kept with the name and group
 * they had that day, so renaming a member or a group, or moving a member to
 * another group, leaves earlier records as they were. Attendance that
 * changes during a meeting (a late arrival, an early leave) is kept with
 * its time; attendance.present is who is present now (or was at the end). */
static const char migration_10[] =
	"ALTER TABLE member ADD COLUMN guest INTEGER NOT NULL DEFAULT 0 CHECK (guest IN (0, 1));"
	"ALTER TABLE team ADD COLUMN guests_count INTEGER NOT NULL DEFAULT 0"
	"  CHECK (guests_count IN (0, 1));"
	"ALTER TABLE attendance ADD COLUMN name TEXT;"
	"ALTER TABLE attendance ADD COLUMN grp TEXT;"
	"UPDATE attendance SET name = (SELECT name FROM member WHERE id = member_id),"
	"  grp = (SELECT grp FROM member WHERE id = member_id);"
	"CREATE TABLE attendance_change ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  member_id INTEGER NOT NULL REFERENCES member(id),"
	"  present INTEGER NOT NULL CHECK (present IN (0, 1)),"
	"  at TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX attendance_change_by_meeting ON attendance_change(meeting_id, id);";

/* A talking point the groups confirmed, its wording then corrected in
 * review: the wording they agreed (agreed_text), kept beside the
 * correction, and who corrected it and when. NULL while nobody has; a
 * re-wording in the meeting clears them with the confirmations. */
static const char migration_11[] =
	"ALTER TABLE talking_point ADD COLUMN agreed_text TEXT;"
	"ALTER TABLE talking_point ADD COLUMN corrected_by TEXT;"
	"ALTER TABLE talking_point ADD COLUMN corrected_at TEXT;";

/* The review list pages through every meeting newest first, by start and
 * number (the index holds the rowid after started_at): a page and the
 * count read this index, not every meeting sorted. */
static const char migration_12[] =
	"CREATE INDEX meeting_by_start ON meeting(started_at);";

/* Each answer or item, talking point, decision and action item counts its
 * changes: every UPDATE of the row adds one to version, and an edit writes
 * only where the row still has the version its writer read (in the same
 * statement), so an edit made in another terminal since (a correction in
 * review while the facilitator had the entry open) is never overwritten
 * unseen. Local bookkeeping: exports and imports leave it out. */
static const char migration_13[] =
	"ALTER TABLE item ADD COLUMN version INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE talking_point ADD COLUMN version INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE decision ADD COLUMN version INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE action_item ADD COLUMN version INTEGER NOT NULL DEFAULT 0;";

/* Seats and the secret ballot. join_code: the code the room view shows
 * for joining the meeting from a seat. fist_open: a fist to five on the
 * current step takes hands from seats. poll_book: who has voted from a
 * seat on a blind rating's dimension (question: the dimension's id) or a
 * fist to five (question 'fist-to-five'), with no value, no time and no
 * rowid, apart from the ballots, which are the step's rating rows without
 * a member, rewritten in value order with the meeting's start as their
 * time at every change, so nothing stored tells the order of entry.
 * fist_count: the hands shown from seats on the fist open now. Every blind
 * rating already stored is put in the same order here. */
static const char migration_14[] =
	"ALTER TABLE meeting ADD COLUMN join_code TEXT;"
	"ALTER TABLE meeting ADD COLUMN fist_open INTEGER NOT NULL DEFAULT 0"
	"  CHECK (fist_open IN (0, 1));"
	"CREATE TABLE poll_book ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  question TEXT NOT NULL,"
	"  member_id INTEGER NOT NULL REFERENCES member(id),"
	"  PRIMARY KEY (meeting_id, step_index, question, member_id)"
	") STRICT, WITHOUT ROWID;"
	"CREATE TABLE fist_count ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  point INTEGER NOT NULL CHECK (point BETWEEN 0 AND 5),"
	"  hands INTEGER NOT NULL CHECK (hands >= 0),"
	"  PRIMARY KEY (meeting_id, step_index, point)"
	") STRICT, WITHOUT ROWID;"
	"CREATE TEMP TABLE blind_rows AS SELECT r.uid, r.meeting_id, r.step_index,"
	"  r.dimension_index, r.dimension_id, r.dimension_title, row_number() OVER (PARTITION BY"
	"  r.meeting_id, r.step_index, r.dimension_id ORDER BY r.value) - 1 AS slot, r.value,"
	"  r.scale_min, r.scale_max, m.started_at AS entered_at"
	"  FROM rating r JOIN meeting m ON m.id = r.meeting_id WHERE r.member_id IS NULL;"
	"DELETE FROM rating WHERE member_id IS NULL;"
	"INSERT INTO rating (uid, meeting_id, step_index, dimension_index, dimension_id,"
	"  dimension_title, slot, member_id, value, scale_min, scale_max, entered_at)"
	"  SELECT uid, meeting_id, step_index, dimension_index, dimension_id, dimension_title, slot,"
	"  NULL, value, scale_min, scale_max, entered_at FROM blind_rows"
	"  ORDER BY meeting_id, step_index, dimension_index, slot;"
	"DROP TABLE blind_rows;";

/* A placement's labelled points as they were when the meeting began, so
 * the record, its exports and review name each value's label even after
 * the protocol file changes. dimension_id '' is the point itself (its
 * label, and its general text); a component's id is that component's
 * descriptor for the point (text NULL where the source leaves it empty). */
static const char migration_15[] =
	"CREATE TABLE point_label ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  dimension_id TEXT NOT NULL,"
	"  value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 7),"
	"  label TEXT NOT NULL,"
	"  text TEXT,"
	"  PRIMARY KEY (meeting_id, step_index, dimension_id, value)"
	") STRICT, WITHOUT ROWID;";
/* A levels step's record: per component (a dimension of the step it
 * names), the level the team agreed it is at and the target it set with
 * the date to reach it by, on that step's scale (kept with them, as a
 * rating keeps its scale). A component cleared has no row; a level or a
 * target alone is NULL in the other. */
static const char migration_16[] =
	"CREATE TABLE agreed_level ("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
	"  step_index INTEGER NOT NULL,"
	"  component_index INTEGER NOT NULL,"
	"  component_id TEXT NOT NULL,"
	"  component_title TEXT NOT NULL,"
	"  level INTEGER,"
	"  target INTEGER,"
	"  target_date TEXT CHECK (target_date IS NULL OR target_date GLOB"
	"    '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  scale_min INTEGER NOT NULL,"
	"  scale_max INTEGER NOT NULL,"
	"  created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL,"
	"  CHECK ((target IS NULL) = (target_date IS NULL)),"
	"  CHECK (level IS NOT NULL OR target IS NOT NULL),"
	"  UNIQUE (meeting_id, step_index, component_id)"
	") STRICT;";

/* The norms the team's ground rules open a meeting with, while the
 * facilitator's screen shows them before the first step: the room view in
 * another terminal shows them too. */
static const char migration_17[] =
	"ALTER TABLE meeting ADD COLUMN opening_norms TEXT;";

const char *const store_migrations[] = {
	migration_1,
	migration_2,
	migration_3,
	migration_4,
	migration_5,
	migration_6,
	migration_7,
	migration_8,
	migration_9,
	migration_10,
	migration_11,
	migration_12,
	migration_13,
	migration_14,
	migration_15,
	migration_16,
	migration_17,
};
const int store_migration_count = (int)(sizeof store_migrations / sizeof store_migrations[0]);
