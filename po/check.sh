#!/bin/sh
# check.sh: whether the Spanish is complete, as TAP (the unit test
# po-complete runs it): po/POTFILES names every source file, po/es.po is
# its parts joined (assemble.sh), and every string the sources mark for
# translation has its Spanish; the ones that have none are listed.
set -eu
po="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
say() { n=$((n + 1)); echo "$1 $n - $2"; [ "$1" = ok ] || failed=1; }
cd "$po/.."
ls src/*.c src/core/*.c src/ui/*.c | LC_ALL=C sort > "$tmp/sources"
if cmp -s "$tmp/sources" po/POTFILES; then say ok "po/POTFILES names every source file"; else
	diff po/POTFILES "$tmp/sources" | sed 's/^/# /'
	say "not ok" "po/POTFILES is not the list of source files (ls src/*.c src/core/*.c src/ui/*.c | LC_ALL=C sort)"
fi
msgcat --use-first --sort-output -o "$tmp/es.po" po/parts/*.po
if cmp -s "$tmp/es.po" po/es.po; then say ok "po/es.po is its parts joined"; else
	say "not ok" "po/es.po is not its parts joined: run sh po/assemble.sh"
fi
xgettext $(cat po/XGETTEXT_ARGS) -o "$tmp/convene.pot" $(cat po/POTFILES)
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" po/es.po "$tmp/convene.pot"
msgattrib --untranslated --no-obsolete -o "$tmp/missing.po" "$tmp/merged.po"
missing=$(grep -c '^msgid ' "$tmp/missing.po" 2>/dev/null || true)
[ "${missing:-0}" -gt 0 ] && missing=$((missing - 1))
if [ "${missing:-0}" -eq 0 ]; then say ok "every string has its Spanish"; else
	grep -A1 '^#:' "$tmp/missing.po" | grep -v '^--' | sed 's/^/# /'
	say "not ok" "$missing strings have no Spanish"
fi
echo "1..$n"
exit $failed
