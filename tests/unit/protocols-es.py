#!/usr/bin/env python3
"""protocols-es: every Spanish protocol (protocols/es/X.yaml) is its English
protocol (protocols/X.yaml) with only the words a person reads changed, so a
team's record and trends carry on across languages: the same keys, ids,
kinds, numbers, step order and list lengths; every other value equal. And
every English protocol has its Spanish one, except those listed in NOT_YET
(reported as TODO, so the next session knows what is left). Needs
python3-yaml; skips without it. TAP on stdout."""
import glob
import os
import sys

try:
    import yaml
except ImportError as e:
    print(f"1..0 # SKIP {e.name} is not installed (python3-yaml)")
    sys.exit(0)

# English protocols with no Spanish file yet: the one place that says so.
NOT_YET = [
]

# Keys whose values a person reads: translated. Every other key's value is
# kept as it is in English (ids, kinds, numbers, step names, version).
TEXT_KEYS = {"title", "text", "summary", "source", "low", "high", "prompt", "name",
             "description", "label", "continuum_credit", "starters", "descriptors",
             "low_low", "high_low", "low_high", "high_high"}

root = os.environ["SOURCE_ROOT"]
n = failed = 0


def ok(cond, what, directive=""):
    global n, failed
    n += 1
    failed += not cond and not directive
    print(f"{'ok' if cond else 'not ok'} {n} - {what}{directive}")


def compare(en, es, where, problems, texts):
    """Appends to problems each place es's structure differs from en's;
    counts in texts each text value, and how many differ from the English."""
    if isinstance(en, dict):
        if not isinstance(es, dict):
            problems.append(f"{where}: a mapping in English")
            return
        if set(en) != set(es):
            problems.append(f"{where}: keys {sorted(set(en) ^ set(es))} differ from the English")
        for k in en:
            if k not in es:
                continue
            w = f"{where}.{k}" if where else k
            if k in TEXT_KEYS:
                compare_text(en[k], es[k], w, problems, texts)
            else:
                compare(en[k], es[k], w, problems, texts)
    elif isinstance(en, list):
        if not isinstance(es, list) or len(en) != len(es):
            problems.append(f"{where}: {len(en)} entries in English, "
                            f"{len(es) if isinstance(es, list) else 'not a list'} here")
            return
        for i, (a, b) in enumerate(zip(en, es)):
            compare(a, b, f"{where}[{i}]", problems, texts)
    elif en != es or type(en) is not type(es):
        problems.append(f"{where}: {es!r} where the English has {en!r}")


def compare_text(en, es, where, problems, texts):
    if isinstance(en, list):
        if not isinstance(es, list) or len(en) != len(es):
            problems.append(f"{where}: {len(en)} entries in English")
            return
        for i, (a, b) in enumerate(zip(en, es)):
            compare_text(a, b, f"{where}[{i}]", problems, texts)
        return
    if not isinstance(en, str) or not isinstance(es, str):
        problems.append(f"{where}: text expected")
        return
    if (en == "") != (es == ""):
        problems.append(f"{where}: empty in one language only (an empty cell of the source)")
    if en:
        texts[0] += 1
        texts[1] += en != es


english = sorted(os.path.basename(p) for p in glob.glob(os.path.join(root, "protocols", "*.yaml")))
spanish = sorted(os.path.basename(p) for p in glob.glob(os.path.join(root, "protocols", "es", "*.yaml")))
ok(len(english) >= 40, f"the English protocols are found ({len(english)})")
for name in spanish:
    ok(name in english, f"es/{name} translates an English protocols/{name}")
for name in english:
    if name in NOT_YET:
        ok(name not in spanish, f"{name} is listed in NOT_YET and has no Spanish file "
           "(take it off the list when translated)")
        ok(False, f"es/{name} exists", " # TODO not translated yet (NOT_YET)")
    else:
        ok(name in spanish, f"es/{name} exists (or {name} is listed in NOT_YET)")

for name in spanish:
    if name not in english:
        continue
    with open(os.path.join(root, "protocols", name), encoding="utf-8") as f:
        en = yaml.safe_load(f)
    with open(os.path.join(root, "protocols", "es", name), encoding="utf-8") as f:
        es = yaml.safe_load(f)
    problems, texts = [], [0, 0]
    compare(en, es, "", problems, texts)
    ok(not problems, f"es/{name} has the English structure {problems[:3]}")
    # A file copied and half translated: most of what a person reads is
    # still the English words.
    ok(texts[0] and texts[1] >= 0.8 * texts[0],
       f"es/{name} is translated ({texts[1]} of {texts[0]} texts differ from the English)")
    src = es.get("source", "") if isinstance(es, dict) else ""
    ok("Traducción" in src or "traducción" in src,
       f"es/{name}: its source says the translation is convene's")

print(f"1..{n}")
sys.exit(1 if failed else 0)
