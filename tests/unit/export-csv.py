#!/usr/bin/env python3
"""export-csv: each kind's CSV read back with Python's csv module, as a
spreadsheet or a script would: exactly its named columns, one row per
record of that kind (counted in the JSON export of the same database),
every row as wide as the header; --what all keeps the long table; --bom
writes EF BB BF and then the same bytes. Runs on the demo history, or on
the database given as argument (the e2e tests pass theirs: meetings of
every step kind). TAP on stdout."""
import csv
import io
import json
import os
import sys
import tempfile

# The shared helpers, without leaving a __pycache__ in the source tree.
sys.dont_write_bytecode = True
from convene_run import done, ok, run

FIRST = ["meeting", "meeting_uid", "team", "started_at", "protocol", "step", "step_title"]
POINT = ["text", "status", "agreed_by", "waiting_for", "agreed_text", "corrected_by",
         "corrected_at", "updated_at"]
# Each kind: its columns, and the JSON list holding as many records.
TABLES = {
    "ratings": (FIRST + ["dimension_id", "dimension", "member", "member_uid", "group", "ballot",
                         "value", "scale_min", "scale_max", "label", "mode", "entered_at"], "ratings"),
    "talking-points": (FIRST + ["point_uid"] + POINT, "talking_points"),
    "norms": (FIRST + ["norm_uid"] + POINT, "adopted_norms"),
    "decisions": (FIRST + ["decision_uid", "topic", "decided_by", "objections", "decision",
                           "reasons", "status", "reopens_uid", "reopens_topic",
                           "reopen_in_favour", "reopen_present", "reopen_info", "updated_at"],
                  "decisions"),
    "actions": (FIRST + ["action_uid", "action", "owner", "owner_uid", "due", "status",
                         "item_uid", "updated_at"], "actions"),
    "levels": (FIRST + ["component_id", "component", "level", "level_label", "target",
                        "target_label", "target_date", "scale_min", "scale_max", "updated_at"],
               "levels"),
    "items": (FIRST + ["group_id", "group", "item_uid", "text", "created_at"], "items"),
    "votes": (FIRST + ["item_uid", "group", "item", "dots", "place", "tied", "top", "counted",
                       "dots_by"], "ranking"),
}
LONG = ["meeting", "meeting_uid", "team", "started_at", "protocol", "record", "step",
        "step_title", "key", "label", "person", "group", "value", "scale_min", "scale_max",
        "text", "detail", "status", "at"]
BOM = b"\xef\xbb\xbf"






def table(data):
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    return rows[0] if rows else [], rows[1:]


def check_db(db, name):
    for what, (columns, key) in TABLES.items():
        r = run(db, "export", "--what", what, "--format", "csv")
        ok(r.returncode == 0, f"{name}: --what {what} --format csv runs ({r.returncode})")
        header, rows = table(r.stdout)
        ok(header == columns, f"{name}: {what}: exactly its columns {header}")
        ok(all(len(x) == len(columns) for x in rows), f"{name}: {what}: every row as wide")
        j = run(db, "export", "--what", what, "--format", "json")
        doc = json.loads(j.stdout.decode("utf-8"))
        meetings = doc["meetings"] if "meetings" in doc else [doc]
        want = sum(len(m.get(key, [])) for m in meetings)
        ok(len(rows) == want, f"{name}: {what}: a row per record ({len(rows)}, JSON has {want})")
        ok({x[1] for x in rows} <= {m["meeting"]["uid"] for m in meetings},
           f"{name}: {what}: each row names its meeting")
        b = run(db, "export", "--what", what, "--format", "csv", "--bom")
        ok(b.returncode == 0 and b.stdout[:3] == BOM and b.stdout[3:] == r.stdout,
           f"{name}: {what} with --bom: EF BB BF, then the same bytes")
        ok(not r.stdout.startswith(BOM), f"{name}: {what}: no BOM unless asked for")
    r = run(db, "export", "--what", "all", "--format", "csv")
    header, rows = table(r.stdout)
    ok(r.returncode == 0 and header == LONG, f"{name}: --what all: the long table's columns")
    ok(all(len(x) == len(LONG) for x in rows), f"{name}: --what all: every row as wide")


if len(sys.argv) > 1:
    check_db(sys.argv[1], os.path.basename(sys.argv[1]))
else:
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "demo.db")
        r = run(db, "demo", "--history", "12")
        ok(r.returncode == 0, "the demo history is made")
        check_db(db, "the demo history")
        out = os.path.join(tmp, "ratings.csv")
        r = run(db, "export", "--what", "ratings", "--bom", "-o", out)
        plain = run(db, "export", "--what", "ratings", "--format", "csv").stdout
        with open(out, "rb") as f:
            ok(r.returncode == 0 and f.read() == BOM + plain, "-o ratings.csv --bom: the same file")
        r = run(db, "export", "--what", "ratings,votes", "--format", "csv")
        ok(r.returncode == 64 and b"--what all" in r.stderr and not r.stdout,
           "several kinds in one CSV are refused, naming --what all")
        r = run(db, "export", "--what", "ratings", "--format", "json", "--bom")
        ok(r.returncode == 64 and b"CSV" in r.stderr and not r.stdout, "--bom is refused for JSON")

sys.exit(done())
