#!/bin/sh
# man-protocol: convene-protocol(5), made from protocols/README.md by
# assets/md2scdoc.awk and scdoc, keeps the README's text: every heading,
# every key the loader knows (as docs-keys finds them) and every line of its
# code examples reads in `man`. Skips (77) without scdoc or man.
set -eu
: "${SOURCE_ROOT:?SOURCE_ROOT must name the source tree}"
for tool in scdoc man; do
	command -v $tool >/dev/null 2>&1 || { echo "1..0 # SKIP $tool is not installed"; exit 77; }
done
doc="$SOURCE_ROOT/protocols/README.md"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/man-protocol.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failed=0
n=0
say() { n=$((n + 1)); echo "$1 $n - $2"; }
if awk -f "$SOURCE_ROOT/assets/md2scdoc.awk" "$doc" > "$tmp/page.scd" &&
	scdoc < "$tmp/page.scd" > "$tmp/page.5" 2> "$tmp/err"; then
	say ok "scdoc reads the page made from the README"
else
	say "not ok" "scdoc refuses the page made from the README: $(cat "$tmp/err")"
	echo "1..$n"
	exit 1
fi
MANWIDTH=80 man -l "$tmp/page.5" 2> "$tmp/warnings" > /dev/null
[ ! -s "$tmp/warnings" ] && say ok "it reads at 80 columns, every table within them" ||
	{ say "not ok" "man at 80 columns: $(cat "$tmp/warnings")"; failed=1; }
# Wide enough that no line of the text is broken or hyphenated.
MANWIDTH=400 man -l "$tmp/page.5" 2>/dev/null | sed 's/^ *//' > "$tmp/page.txt"
grep -q "^convene-protocol - the protocol and agenda files convene(1) runs" "$tmp/page.txt" &&
	say ok "the page has its NAME" || { say "not ok" "no NAME line"; failed=1; }
# Headings, with their code marks gone (## upper-cased as a section).
grep -E '^##+ ' "$doc" | sed -E 's/^#+ //; s/`//g' > "$tmp/headings"
while IFS= read -r h; do
	if grep -qixF -- "$h" "$tmp/page.txt"; then say ok "heading: $h"; else
		say "not ok" "heading missing from the page: $h"; failed=1; fi
done < "$tmp/headings"
keys=$(grep -oE '^[[:space:]]*\{ "[a-z_]+", FIELD_' "$SOURCE_ROOT/src/core/protocol-schema.c" |
	grep -oE '"[a-z_]+"' | tr -d '"' | sort -u)
for k in $keys; do
	if grep -qw -- "$k" "$tmp/page.txt"; then say ok "key $k"; else
		say "not ok" "key $k is not in the page"; failed=1; fi
done
# The code examples, line by line, as written.
awk '/^```/ { code = !code; next } code && NF' "$doc" | sed 's/^ *//' | sort -u > "$tmp/code"
missing=0
while IFS= read -r line; do
	grep -qxF -- "$line" "$tmp/page.txt" || { missing=$((missing + 1)); echo "# not in the page: $line"; }
done < "$tmp/code"
[ "$missing" = 0 ] && say ok "every line of the examples ($(wc -l < "$tmp/code"))" ||
	{ say "not ok" "$missing lines of the examples are missing"; failed=1; }
echo "1..$n"
exit $failed
