#!/bin/sh
# What an author of protocol files is told: two files with one id (which
# one is used, and why), files the app leaves out of its list (said on the
# protocol picker, with where to read why).
. "$(dirname "$0")/lib.sh"

mine="$XDG_CONFIG_HOME/convene/protocols"
mkdir -p "$mine"
protocol() { # protocol FILE ID TITLE
	cat > "$1" <<YAML
id: $2
title: $3
version: "1"
source: our team
summary: The round the way we do it.
steps:
  - {kind: text, title: Round, text: One word each.}
YAML
}

# Two files of the user's folder with one id: the first by name is used.
protocol "$mine/a-round.yaml" check-in "Our round A"
protocol "$mine/b-round.yaml" check-in "Our round B"
run "$CONVENE" protocols
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^check-in .*Our round A .*a-round.yaml"' \
	"the first file by name is listed"
check 'printf "%s" "$err" | grep -qF "b-round.yaml is not used: $mine/a-round.yaml has the same id '"'check-in'"' and is read first (the files of a folder are read in name order); give one of them another id"' \
	"protocols says which file of one id is used, and why"
check 'printf "%s" "$err" | grep -qF "protocols/check-in.yaml is not used: $mine/a-round.yaml has the same id '"'check-in'"' and replaces it (its folder is searched first)"' \
	"and that the shipped one is replaced"

run "$CONVENE" check "$mine/b-round.yaml"
check '[ $rc = 65 ] && [ -z "$out" ]' "check of the hidden file exits 65, with no ok"
check 'printf "%s" "$err" | grep -qF "$mine/b-round.yaml: not used in meetings: $mine/a-round.yaml has the same id"' \
	"check says the file is not used, and which one is"
run "$CONVENE" check "$mine/a-round.yaml"
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "a-round.yaml: ok"' "the file used checks out"
check 'printf "%s" "$err" | grep -qF "$mine/a-round.yaml: note: it is used instead of $mine/b-round.yaml"' \
	"and check says which file it hides"
protocol "$TMP/elsewhere.yaml" three-box "Not installed"
run "$CONVENE" check "$TMP/elsewhere.yaml"
check '[ $rc = 0 ] && printf "%s" "$err" | grep -qF "elsewhere.yaml: note: $SOURCE_ROOT/protocols/three-box.yaml has the same id '"'three-box'"'"' \
	"a file outside the folders is told which file already has its id"

# The picker says how many files are not in its list, and where to see why:
# the hidden one and a file that does not load (the shipped check-in,
# replaced on purpose, is not counted).
printf 'id: [\n' > "$mine/broken.yaml"
"$CONVENE" --db "$DB" demo >/dev/null
start 80 24
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
wait_for "Which protocol does the team run?"
wait_for "2 protocol files not in this list: convene protocols says why"
pick_protocol "Our round A"
wait_for "9 of 9 present"

# An agenda checked with the protocol it names, given on the same command
# line and in no folder yet; alone, the missing protocol is pointed at.
mkdir -p "$TMP/drafts"
protocol "$TMP/drafts/opening.yaml" our-opening "Our opening"
cat > "$TMP/drafts/agenda.yaml" <<YAML
agenda: our-meeting
title: Our meeting
version: "1"
source: us
summary: s
items:
  - protocol: our-opening
  - protocol: three-box
    steps: [frame, nope, vote]
YAML
run "$CONVENE" check "$TMP/drafts/agenda.yaml"
check '[ $rc = 65 ] && printf "%s\n" "$err" | grep -qx "$TMP/drafts/agenda.yaml:7:15: item 1: no protocol .our-opening. was found"' \
	"an agenda's missing protocol at its line and column"
check 'printf "%s\n" "$err" | grep -qx "$TMP/drafts/agenda.yaml:9:20: item 2: protocol .three-box. has no step .nope."' \
	"a missing step at its line and column"
check 'printf "%s\n" "$err" | grep -qx "$TMP/drafts/agenda.yaml:9:26: step .vote. of .three-box. uses step .brainstorm., which the agenda leaves out or puts after it"' \
	"a step left out, at the step that needs it"
sed -i 's/\[frame, nope, vote\]/[frame, brainstorm, vote]/' "$TMP/drafts/agenda.yaml"
run "$CONVENE" check "$TMP/drafts/agenda.yaml" "$TMP/drafts/opening.yaml"
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "agenda.yaml: ok (agenda: Our meeting, 4 steps)"' \
	"the agenda checks out with the protocol given after it on the command line"
check 'printf "%s" "$out" | grep -q "opening.yaml: ok (Our opening, 1 step)"' "and so does that protocol"

# A file saved in Latin-1: the first bad byte's line and column, and what to do.
printf 'id: cafe\ntitle: Caf\351 talk\n' > "$TMP/latin1.yaml"
run "$CONVENE" check "$TMP/latin1.yaml"
check '[ $rc = 65 ] && printf "%s\n" "$err" | grep -qx "$TMP/latin1.yaml:2:11: the file is not UTF-8: the byte 0xE9 here is not valid UTF-8; save the file as UTF-8"' \
	"a file that is not UTF-8 is reported at its first bad byte, with what to do"

# The Spanish protocols (protocols/es/): in Spanish each replaces the English
# file of its id, unannounced; the user's folder still wins, in English.
run env LANGUAGE=es "$CONVENE" protocols
check '[ $rc = 0 ] && printf "%s\n" "$out" | grep -q "^team-assessment .*protocols/es/team-assessment.yaml"' \
	"in Spanish, the Spanish file of a shipped protocol is used"
check 'printf "%s\n" "$out" | grep -q "^check-in .*Our round A .*a-round.yaml"' \
	"the user's own file, in English, still wins over the shipped Spanish one"
check '! printf "%s\n" "$err" | grep -q "protocols/team-assessment.yaml"' \
	"and nothing is said of the English files the translations replace"
run "$CONVENE" protocols
check 'printf "%s\n" "$out" | grep -q "^team-assessment .*protocols/team-assessment.yaml" && ! printf "%s" "$out" | grep -q "protocols/es/"' \
	"in English, no Spanish file is used"
run "$CONVENE" check "$SOURCE_ROOT/protocols/es/three-box.yaml"
check '[ $rc = 0 ] && printf "%s" "$err" | grep -qF "note: a translation of $SOURCE_ROOT/protocols/three-box.yaml (the same id '"'three-box'"')"' \
	"check of a translation passes, and says which English file it translates"
run env LANGUAGE=es "$CONVENE" check "$SOURCE_ROOT/protocols/three-box.yaml"
check '[ $rc = 0 ] && printf "%s" "$err" | grep -qF "$SOURCE_ROOT/protocols/es/three-box.yaml"' \
	"in Spanish, check of the English file names the translation used instead"

# A translation that does not keep what meetings record of its English
# protocol (here a step's planned minutes) is not used: the English is.
mkdir -p "$TMP/data/protocols/es"
cp "$SOURCE_ROOT/protocols/check-in.yaml" "$TMP/data/protocols/"
sed 's/minutes: 10/minutes: 12/' "$SOURCE_ROOT/protocols/es/check-in.yaml" > "$TMP/data/protocols/es/check-in.yaml"
rm -f "$mine"/*.yaml
run env LANGUAGE=es CONVENE_DATA_DIR="$TMP/data" "$CONVENE" protocols
check 'printf "%s\n" "$out" | grep -q "^check-in .*$TMP/data/protocols/check-in.yaml"' \
	"a translation that changes a step's minutes: the English protocol is used"
check 'printf "%s\n" "$err" | grep -qF "$TMP/data/protocols/es/check-in.yaml"' \
	"and protocols names the translation left out"
run env CONVENE_DATA_DIR="$TMP/data" "$CONVENE" check "$TMP/data/protocols/es/check-in.yaml"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -qF "does not keep what meetings record of it: step 1: a number"' \
	"check refuses it (65) and says what differs"
