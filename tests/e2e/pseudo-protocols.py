#!/usr/bin/env python3
"""pseudo-protocols.py SRC OUT: the shipped protocols in po/pseudo.sh's
made-up language, for tests/e2e/i18n-escape.sh. Every text a person reads
is swapped by po/pseudo.pl; ids, kinds, versions and references to other
steps stay as they are, so the protocols still load and run."""
import os
import subprocess
import sys

import yaml

MACHINE = {"id", "kind", "version", "steps", "protocol", "norms_from", "levels_from",
           "items_from", "team_norms", "ticked_by", "agenda"}
SEP = "\n\x1e\n"


def texts(node, key, found):
    if isinstance(node, dict):
        for k, v in node.items():
            texts(v, k, found)
    elif isinstance(node, list):
        for v in node:
            texts(v, key, found)
    elif isinstance(node, str) and key not in MACHINE:
        found.append(node)


def swap(node, key, new):
    if isinstance(node, dict):
        return {k: swap(v, k, new) for k, v in node.items()}
    if isinstance(node, list):
        return [swap(v, key, new) for v in node]
    if isinstance(node, str) and key not in MACHINE:
        return new.pop(0)
    return node


def main():
    src, out = sys.argv[1], sys.argv[2]
    pl = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po", "pseudo.pl")
    os.makedirs(out, exist_ok=True)
    docs = {}
    found = []
    for name in sorted(os.listdir(src)):
        if name.endswith(".yaml"):
            with open(os.path.join(src, name), encoding="utf-8") as f:
                docs[name] = yaml.safe_load(f)
            texts(docs[name], None, found)
    done = subprocess.run(["perl", pl], input=SEP.join(found), capture_output=True,
                          text=True, encoding="utf-8", check=True).stdout.split(SEP)
    assert len(done) == len(found), (len(done), len(found))
    for name, doc in docs.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            yaml.safe_dump(swap(doc, None, done), f, allow_unicode=True, sort_keys=False, width=1000)


main()
