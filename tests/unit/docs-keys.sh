#!/bin/sh
# docs-keys: protocols/README.md documents every key of the protocol and
# agenda formats (each key of the schema's tables in
# src/core/protocol-schema.c appears there as `key`) and has a section for
# every step kind (kinds.c's names), so a key or a kind added to the loader
# cannot go undocumented.
set -eu
: "${SOURCE_ROOT:?SOURCE_ROOT must name the source tree}"
doc="$SOURCE_ROOT/protocols/README.md"
failed=0
n=0
say() { n=$((n + 1)); echo "$1 $n - $2"; }
keys=$(grep -oE '^[[:space:]]*\{ "[a-z_]+", FIELD_' "$SOURCE_ROOT/src/core/protocol-schema.c" |
	grep -oE '"[a-z_]+"' | tr -d '"' | sort -u)
kinds=$(grep -oE '\[STEP_[A-Z_]+\] = \{ \.name = "[a-z-]+"' "$SOURCE_ROOT/src/core/kinds.c" |
	grep -oE '"[a-z-]+"' | tr -d '"')
for k in $keys; do
	if grep -qF "\`$k\`" "$doc"; then say ok "key $k is documented"; else
		say "not ok" "key $k is not in protocols/README.md"; failed=1; fi
done
for k in $kinds; do
	if grep -qE "^### \`$k\`" "$doc"; then say ok "kind $k has its section"; else
		say "not ok" "kind $k has no section in protocols/README.md"; failed=1; fi
done
[ -n "$keys" ] && [ -n "$kinds" ] || { say "not ok" "found no keys or no kinds to look for"; failed=1; }
echo "1..$n"
exit $failed
