#!/bin/sh
# check.sh BUILD_DIR: how much of the interface es.po translates. Remakes
# the template from the sources and prints the strings with no Spanish
# yet; exits 1 when there are any.
set -eu
build="${1:-build}"
root="$(cd "$(dirname "$0")/.." && pwd)"
ninja -C "$build" convene-pot >/dev/null
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
msgmerge --quiet --no-fuzzy-matching -o "$tmp" "$root/po/es.po" "$root/po/convene.pot"
missing="$(msgattrib --untranslated --no-obsolete "$tmp" | grep -c '^msgid ' || true)"
[ "$missing" -gt 0 ] && missing=$((missing - 1))
if [ "$missing" -gt 0 ]; then
	msgattrib --untranslated --no-obsolete "$tmp" | grep -A1 '^#:' | grep -v '^--'
	echo "$missing strings have no Spanish" >&2
	exit 1
fi
echo "every string has its Spanish"
