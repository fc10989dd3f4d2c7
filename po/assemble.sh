#!/bin/sh
# assemble.sh: po/es.po is the Spanish translations kept in po/parts/, one
# part per area of the program (so that work on separate areas never edits
# one file), joined. Run it after changing a part; a msgid in two parts
# takes the first part's translation (parts are read in name order).
set -eu
cd "$(dirname "$0")"
msgcat --use-first --sort-output -o es.po parts/*.po
msgfmt --check-format -o /dev/null es.po
