#!/usr/bin/env python3
"""export-schema: assets/export.schema.json documents the JSON export.
It is a valid draft 2020-12 schema, strict (every object closed with
additionalProperties false, every field described), and real exports are
valid under it: the demo history's, the byte-for-byte exports of
tests/data/export/ (test-export-bytes keeps them equal to the program's),
and, given a database as argument (the e2e tests pass theirs: meetings
of every step kind), that database's. A field the export gains without
documenting it fails here. Needs python3-jsonschema; skips (77) without
it. TAP on stdout."""
import glob
import json
import os
import sys
import tempfile

# The shared helpers, without leaving a __pycache__ in the source tree.
sys.dont_write_bytecode = True
from convene_run import ROOT as root, done, ok, run

try:
    import jsonschema
except ImportError as e:
    print(f"1..0 # SKIP {e.name} is not installed (python3-jsonschema)")
    sys.exit(77)

WHATS = ["talking-points", "norms", "decisions", "actions", "ratings", "items", "votes", "levels", "all"]


def export(db, *args):
    r = run(db, "export", "--format", "json", *args)
    return r.returncode, r.stdout.decode("utf-8")


with open(os.path.join(root, "assets", "export.schema.json"), encoding="utf-8") as f:
    schema = json.load(f)
try:
    jsonschema.Draft202012Validator.check_schema(schema)
    ok(True, "the schema is a valid draft 2020-12 schema")
except jsonschema.SchemaError as e:
    ok(False, f"the schema is a valid draft 2020-12 schema: {e.message}")
whole = jsonschema.Draft202012Validator(schema)
# Each meeting on its own, so an error names the field, not "oneOf".
one = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/meeting"})


def errors(doc):
    meetings = doc["meetings"] if isinstance(doc, dict) and "meetings" in doc else [doc]
    errs = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for m in meetings for e in one.iter_errors(m)]
    return errs or [e.message for e in whole.iter_errors(doc)]


def valid(text, what):
    try:
        doc = json.loads(text)
    except ValueError as e:
        ok(False, f"{what}: JSON ({e})")
        return None
    errs = errors(doc)
    ok(not errs, f"{what} is valid under the schema {errs[:2]}")
    return doc


# Strict: every object is closed and every property described.
def walk(s, path):
    bad = []
    if isinstance(s, dict):
        if s.get("type") == "object" and "properties" in s and s.get("additionalProperties") is not False:
            bad.append(f"{path}: not closed")
        for k, v in s.get("properties", {}).items():
            if not v.get("description"):
                bad.append(f"{path}/{k}: no description")
        for k, v in s.items():
            bad += walk(v, f"{path}/{k}")
    elif isinstance(s, list):
        for i, v in enumerate(s):
            bad += walk(v, f"{path}/{i}")
    return bad


bad = walk(schema, "")
ok(not bad, f"every object is closed and every field described {bad[:3]}")

for path in sorted(glob.glob(os.path.join(root, "tests", "data", "export", "*.json"))):
    with open(path, encoding="utf-8") as f:
        valid(f.read(), f"tests/data/export/{os.path.basename(path)}")


def check_db(db, name):
    docs = {}
    for what in WHATS:
        rc, out = export(db, "--what", what)
        ok(rc == 0, f"{name}: export --what {what} --format json runs ({rc})")
        docs[what] = valid(out, f"{name}: --what {what}")
    return docs.get("all")


if len(sys.argv) > 1:
    check_db(sys.argv[1], os.path.basename(sys.argv[1]))
else:
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "demo.db")
        r = run(db, "demo", "--history", "12", "--teams", "2")
        ok(r.returncode == 0, f"the demo history is made {r.stderr[-200:]}")
        doc = check_db(db, "the demo history")
        ok(doc and len(doc["meetings"]) >= 12, "the demo history: its meetings")
        if doc and doc["meetings"]:
            # A field nobody documented is refused, wherever it is added.
            m = doc["meetings"][0]
            for where, target in [("the meeting", m), ("the meeting's meeting", m["meeting"]),
                                  ("a rating", m["ratings"][0] if m.get("ratings") else {}),
                                  ("a step", m["steps"][0])]:
                target["not_documented"] = 1
                ok(errors(m), f"a field added to {where} without documentation is refused")
                del target["not_documented"]
            ok(not errors(m), "and the meeting is valid again without it")

sys.exit(done())
