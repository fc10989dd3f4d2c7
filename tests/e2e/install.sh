#!/bin/sh
# meson install into a temporary folder (DESTDIR), then the installed
# program run with no source tree to lean on: it names no folder it was
# built in (not in its strings, not in its debug information), it lists
# the shipped protocols from where they were installed (found through
# XDG_DATA_DIRS, as a district installing for every user would set it),
# its man page reads, and it runs a meeting's protocol check from there;
# then a copy of the source tree is built, installed and deleted, and the
# installed program still works.
. "$(dirname "$0")/lib.sh"

build=$(dirname "$CONVENE")
dest="$TMP/dest"
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null 2>&1 ||
	fail "meson install failed"
bin=$(find "$dest" -path '*/bin/convene' -type f | head -n 1)
[ -n "$bin" ] || fail "meson install put no convene in a bin folder"
share=$(cd "$(dirname "$bin")/../share" && pwd)
check '[ -f "$share/convene/protocols/team-assessment.yaml" ] && [ -f "$share/convene/protocols/quadrants-of-collaboration.yaml" ]' \
	"the shipped protocols are installed under share/convene/protocols"
# Its install prefix may lie under the source tree (the Quick start's
# .local); the build folder, the source's protocols and sources may not.
check '! strings "$bin" | grep -qF "$(cd "$build" && pwd)" && ! strings "$bin" | grep -qE "$SOURCE_ROOT/(protocols|src|include)"' \
	"the installed program names no folder it was built in"
out=$(env -u CONVENE_DATA_DIR HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" \
	XDG_DATA_HOME="$TMP/home/.local/share" XDG_DATA_DIRS="$share" "$bin" protocols 2>&1)
check 'printf "%s\n" "$out" | grep -q "^team-assessment .*$share/convene/protocols/team-assessment.yaml"' \
	"it lists the shipped protocols from where XDG_DATA_DIRS says they are"
check '! printf "%s\n" "$out" | grep -qF "$SOURCE_ROOT/protocols"' "and none from the source tree"
check '[ -f "$share/convene/protocols/es/team-assessment.yaml" ] && [ "$(ls "$share/convene/protocols/es" | wc -l)" -eq "$(ls "$SOURCE_ROOT/protocols/es" | wc -l)" ]' \
	"the Spanish protocols are installed under share/convene/protocols/es"
out=$(env -u CONVENE_DATA_DIR HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" \
	XDG_DATA_HOME="$TMP/home/.local/share" XDG_DATA_DIRS="$share" LANGUAGE=es "$bin" protocols 2>&1)
check 'printf "%s\n" "$out" | grep -q "^team-assessment .*$share/convene/protocols/es/team-assessment.yaml"' \
	"in Spanish it lists the installed Spanish protocols"
check '! printf "%s\n" "$out" | grep -q "not used"' "and says nothing of the English ones they replace"
check '[ -f "$share/doc/convene/README.md" ] && [ -f "$share/doc/convene/COPYING" ]' \
	"the README and COPYING are installed under share/doc/convene"
if command -v scdoc >/dev/null 2>&1; then
	page=$(find "$dest" -path '*/man/man1/convene.1' | head -n 1)
	es=$(find "$dest" -path '*/man/es/man1/convene.1' | head -n 1)
	page5=$(find "$dest" -path '*/man5/convene-protocol.5' | head -n 1)
	if command -v man >/dev/null 2>&1; then
		check '[ -n "$page" ] && man -l "$page" 2>/dev/null | grep -q "convene"' "its man page is installed and reads"
		check '[ -n "$es" ] && man -l "$es" 2>/dev/null | grep -q "CÓDIGO DE SALIDA"' \
			"and the Spanish one beside it, under man/es"
		# As a user would ask for it: man finds it under the prefix's man folder.
		check '[ -n "$page5" ] && MANPATH="$(dirname "$(dirname "$page5")")" man 5 convene-protocol 2>/dev/null | grep -q "agenda files convene(1) runs"' \
			"convene-protocol(5) is installed and man 5 convene-protocol shows it"
		check 'man -l "$page5" 2>/dev/null | grep -q "^AGENDAS"' "with the README's sections"
	else
		check '[ -n "$page" ] && grep -q "^\.TH" "$page"' "its man page is installed"
		check '[ -n "$es" ] && grep -q "^\.TH" "$es"' "and the Spanish one beside it, under man/es"
		check '[ -n "$page5" ] && grep -q "^\.TH" "$page5"' "convene-protocol(5) is installed"
	fi
fi
check '[ -f "$share/convene/export.schema.json" ] && [ -f "$share/convene/protocol.schema.json" ]' \
	"the JSON Schemas of the export and of protocols are installed side by side"
# Completion in bash, as installed: commands, --what's values, and the
# team names of the database named by --db (quoted for the command line).
completion="$share/bash-completion/completions/convene"
check '[ -f "$completion" ] && [ -f "$share/zsh/site-functions/_convene" ]' \
	"bash and zsh completion are installed where each shell looks"
comp() { # comp WORD...: what Tab offers for the last word, one a line
	bash -c '. "$0"; export PATH="$1:$PATH" XDG_DATA_DIRS="$2"; shift 2
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _convene; printf "%s\n" "${COMPREPLY[@]}"' \
		"$completion" "$(dirname "$bin")" "$share" "$@"
}
env -u CONVENE_DATA_DIR XDG_DATA_DIRS="$share" "$bin" --db "$TMP/c.db" demo --history 2 >/dev/null
check '[ "$(comp convene ex)" = export ]' "it completes a command"
check '[ "$(comp convene export --what le)" = levels ]' "a value of --what"
check '[ "$(comp convene export --format ht)" = html ] && [ "$(comp convene export --format t)" = txt ]' \
	"a value of --format: the handout and the plain text too"
check '[ "$(comp convene --db "$TMP/c.db" export --team Riv)" = "Riverside\ Unified\ Learning\ Team" ]' \
	"a team's name from the database --db names, quoted"
check '[ "$(comp convene --db "$TMP/c.db" present --meeting "" | wc -l)" -ge 2 ]' "the meetings' numbers"
check '[ -z "$(comp convene --db "$TMP/none.db" export --team "")" ] && [ ! -e "$TMP/none.db" ]' \
	"no database yet: nothing offered, nothing created"
printf 'id: mine\ntitle: Mine\nversion: "1"\nsource: ours\nsummary: s\nsteps:\n  - {kind: text, title: T, text: t}\n' > "$TMP/mine.yaml"
check 'env -u CONVENE_DATA_DIR XDG_DATA_DIRS="$share" "$bin" check "$TMP/mine.yaml" | grep -q "ok (Mine, 1 step)"' \
	"the installed program checks a protocol file"

# The source tree moved away: a copy of it built and installed, then the
# copy and its build deleted; the installed program still lists its
# protocols, in English and in Spanish, and shows its man page.
mkdir -p "$TMP/src"
tar -C "$SOURCE_ROOT" --exclude='./build*' --exclude=./.local --exclude=./.git -cf - . |
	tar -C "$TMP/src" -xf -
meson setup "$TMP/src-build" "$TMP/src" -Dtests=false --prefix=/usr >/dev/null 2>&1 &&
	meson compile -C "$TMP/src-build" >/dev/null 2>&1 &&
	meson install -C "$TMP/src-build" --destdir "$TMP/moved" --quiet >/dev/null 2>&1 ||
	fail "the copy of the source tree did not build and install"
rm -rf "$TMP/src" "$TMP/src-build"
moved="$TMP/moved/usr"
run_moved() {
	env -u CONVENE_DATA_DIR -u CONVENE_LOCALE_DIR HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" \
		XDG_DATA_HOME="$TMP/home/.local/share" XDG_DATA_DIRS="$moved/share" "$@"
}
out=$(run_moved "$moved/bin/convene" protocols 2>&1)
check 'printf "%s\n" "$out" | grep -q "^team-assessment .*$moved/share/convene/protocols/team-assessment.yaml"' \
	"with its source tree gone, the installed program lists its protocols"
out=$(run_moved LANGUAGE=es "$moved/bin/convene" protocols 2>&1)
check 'printf "%s\n" "$out" | grep -q "^team-assessment .*/protocols/es/team-assessment.yaml"' \
	"and, in Spanish, the Spanish ones"
page="$moved/share/man/man1/convene.1"
if command -v man >/dev/null 2>&1; then
	check '[ ! -d "$TMP/src" ] && man -l "$page" 2>/dev/null | grep -q "convene"' "and its man page reads"
else
	check '[ ! -d "$TMP/src" ] && grep -q "^\.TH" "$page"' "and its man page is there"
fi
echo "# done"
