#!/usr/bin/env python3
"""protocol-schema: assets/protocol.schema.json, the JSON Schema an editor
with a YAML language server uses to complete and check protocol files,
agrees with the loader: every shipped protocol and agenda is valid under it,
and files `convene check` refuses for a reason a schema can express are
refused by it too. Needs python3-jsonschema and python3-yaml (scripts/deps.sh
test); skips (77) without them. TAP on stdout."""
import glob
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as e:
    print(f"1..0 # SKIP {e.name} is not installed (python3-jsonschema, python3-yaml)")
    sys.exit(77)

root = os.environ["SOURCE_ROOT"]
convene = os.environ["CONVENE"]
n = failed = 0


def ok(cond, what):
    global n, failed
    n += 1
    failed += not cond
    print(f"{'ok' if cond else 'not ok'} {n} - {what}")


def errors(validator, text):
    return [e.message for e in validator.iter_errors(yaml.safe_load(text))]


def convene_refuses(text):
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(tempfile.gettempdir(), "no-such-config"))
        return subprocess.run([convene, "check", f.name], capture_output=True, env=env).returncode == 65


with open(os.path.join(root, "assets", "protocol.schema.json"), encoding="utf-8") as f:
    schema = json.load(f)
try:
    jsonschema.Draft7Validator.check_schema(schema)
    ok(True, "the schema is a valid draft-07 schema")
except jsonschema.SchemaError as e:
    ok(False, f"the schema is a valid draft-07 schema: {e.message}")
v = jsonschema.Draft7Validator(schema)

shipped = sorted(glob.glob(os.path.join(root, "protocols", "*.yaml")))
ok(len(shipped) >= 9, f"the shipped protocols are found ({len(shipped)})")
# Their translations too (protocols/es/).
shipped += sorted(glob.glob(os.path.join(root, "protocols", "*", "*.yaml")))
for path in shipped:
    with open(path, encoding="utf-8") as f:
        errs = errors(v, f.read())
    ok(not errs, f"{os.path.relpath(path, os.path.join(root, 'protocols'))} is valid under the schema {errs[:1]}")

HEAD = "id: x\ntitle: X\nversion: '1'\nsource: S\nsummary: Y\n"
refused = {
    "an unknown key": HEAD + "colour: red\nsteps:\n  - {kind: text, title: T, text: t}\n",
    "an unknown kind": HEAD + "steps:\n  - {kind: dance, title: T}\n",
    "a key of another kind": HEAD + "steps:\n  - {kind: text, title: T, text: t, dots: 3}\n",
    "a text step without text": HEAD + "steps:\n  - {kind: text, title: T}\n",
    "minutes out of range": HEAD + "steps:\n  - {kind: text, title: T, text: t, minutes: 900}\n",
    "a quoted number": HEAD + "steps:\n  - {kind: text, title: T, text: t, minutes: '5'}\n",
    "an id with capitals": HEAD.replace("id: x", "id: Team") + "steps:\n  - {kind: text, title: T, text: t}\n",
    "a title over two lines": HEAD + "steps:\n  - {kind: text, title: \"a\\nb\", text: t}\n",
    "a control character": HEAD + "steps:\n  - {kind: text, title: \"bad \\e[31m\", text: t}\n",
    "a rating without a scale": HEAD + "steps:\n  - kind: rating\n    title: R\n"
    "    dimensions: [{id: a, title: A, low: l, high: h}]\n",
    "a scale past 9": HEAD + "steps:\n  - kind: rating\n    title: R\n    scale: {min: 1, max: 10}\n"
    "    dimensions: [{id: a, title: A, low: l, high: h}]\n",
    "one box": HEAD + "steps:\n  - {kind: boxes, title: B, boxes: [{id: a, title: A}]}\n",
    "boxes and items_from": HEAD + "steps:\n  - {kind: boxes, id: b, title: B, boxes: [{id: a, title: A}, {id: c, title: C}]}\n"
    "  - {kind: boxes, title: S, items_from: b, boxes: [{id: a, title: A}, {id: c, title: C}]}\n",
    "a vote without dots": HEAD + "steps:\n  - {kind: boxes, id: b, title: B, boxes: [{id: a, title: A}, {id: c, title: C}]}\n"
    "  - {kind: vote, title: V, items_from: b}\n",
    "a norms step that lists and checks": HEAD + "steps:\n"
    "  - {kind: norms, id: n, title: N, norms: [{id: a, name: A, description: d}]}\n"
    "  - {kind: norms, title: C, norms: [{id: a, name: A, description: d}], norms_from: n,"
    " check: {min: 1, max: 4, low: l, high: h}}\n",
    "a check without its ends": HEAD + "steps:\n"
    "  - {kind: norms, id: n, title: N, norms: [{id: a, name: A, description: d}]}\n"
    "  - {kind: norms, title: C, norms_from: n, check: {min: 1, max: 4}}\n",
    "a placement with one point": HEAD + "steps:\n  - kind: placement\n    title: P\n"
    "    points: [{label: A}]\n    components: [{id: a, title: A}]\n",
    "a placement with a scale": HEAD + "steps:\n  - kind: placement\n    title: P\n"
    "    points: [{label: A}, {label: B}]\n    components: [{id: a, title: A}]\n"
    "    scale: {min: 1, max: 2}\n",
    "a placement's point without a label": HEAD + "steps:\n  - kind: placement\n    title: P\n"
    "    points: [{label: A}, {text: t}]\n    components: [{id: a, title: A}]\n",
    "an agenda item without a protocol": "agenda: a\ntitle: A\nversion: '1'\nsource: S\nsummary: Y\n"
    "items:\n  - {minutes: 5}\n",
}
# A placement's fixture (tests/data) is valid under the schema too.
with open(os.path.join(root, "tests", "data", "placement", "placement-fixture.yaml"),
          encoding="utf-8") as f:
    errs = errors(v, f.read())
ok(not errs, f"the placement fixture is valid under the schema {errs[:1]}")

for what, text in refused.items():
    ok(bool(errors(v, text)), f"the schema refuses {what}")
    ok(convene_refuses(text), f"and so does convene check ({what})")

print(f"1..{n}")
sys.exit(1 if failed else 0)
