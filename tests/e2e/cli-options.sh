#!/bin/sh
# Every option form of every command (issue 15, "A conventional command
# line"): --opt=value and --opt value say the same; the global options
# before or after the command; -- ends the options; an unknown option, a
# missing value or an option given twice names the command it was given
# to; convene help CMD, CMD --help and CMD -h print the command's own help;
# and the command line speaks the settings file's language.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo --history 4 > /dev/null
today=$(date +%Y-%m-%d)

# export: each option in both forms, with --db before and after the command.
for pair in "--meeting 2" "--team 1" "--since 2000-01-01" "--until $today" "--what decisions" \
	"--format json" "--what=all --format csv"; do
	# shellcheck disable=SC2086 # $pair is an option and its value
	set -- $pair
	run "$CONVENE" --db "$DB" export "$@"
	spaced=$out$err
	joined=$(printf '%s\n' "$@" | paste -sd= -)
	case $pair in *" --"*) joined="$1 $2=$3" ;; esac
	# shellcheck disable=SC2086 # $joined is one or two words
	run "$CONVENE" export $joined --db="$DB"
	[ $rc = 0 ] && [ -n "$spaced" ] && [ "$out$err" = "$spaced" ] ||
		fail "export $pair and export $joined --db=DB differ (exit $rc): $err"
	[ $# = 2 ] || continue
	run "$CONVENE" --db "$DB" export "$1"
	[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene export: $1 \(needs a value\|takes a meeting.s number\)" ||
		fail "export $1 with no value: exit $rc, said: $err"
	run "$CONVENE" --db "$DB" export "$1=$2" "$1" "$2"
	[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene export: $1 was given twice" ||
		fail "export $1 twice: exit $rc, said: $err"
done
check 'true' "export: every option as --opt=value and --opt value, --db before or after; none without its value; none twice"
for form in "-o $TMP/a.csv" "-o$TMP/b.csv" "--output $TMP/c.csv" "--output=$TMP/d.csv" "--out=$TMP/e.csv"; do
	# shellcheck disable=SC2086 # $form is an option and its value
	run "$CONVENE" --db "$DB" export --what decisions $form
	[ $rc = 0 ] || fail "export $form: exit $rc, $err"
done
check 'cmp -s "$TMP/a.csv" "$TMP/b.csv" && cmp -s "$TMP/a.csv" "$TMP/c.csv" && cmp -s "$TMP/a.csv" "$TMP/d.csv" && cmp -s "$TMP/a.csv" "$TMP/e.csv" && head -n 1 "$TMP/a.csv" | grep -q "^meeting,"' \
	"export -o FILE, -oFILE, --output FILE, --output=FILE and a prefix (--out) write the same file"
# --bom, a flag: before or after the other options, never with a value.
run "$CONVENE" --db "$DB" export --bom --what decisions --format csv
bom_first=$(printf "%s" "$out" | head -c 3 | od -An -tx1 | tr -d ' ')
run "$CONVENE" --db "$DB" export --what=decisions --format=csv --bom
check '[ $rc = 0 ] && [ "$bom_first" = efbbbf ] && [ "$(printf "%s" "$out" | head -c 3 | od -An -tx1 | tr -d " ")" = efbbbf ]' \
	"export --bom starts the CSV with a byte order mark, before or after the other options"
run "$CONVENE" --db "$DB" export --bom=yes --format csv
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "\--bom takes no value"' "--bom=yes: --bom takes no value"
run "$CONVENE" --what decisions --db "$DB" export
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene: unknown option .--what." && printf "%s" "$err" | grep -q "convene --help"' \
	"a command's option before the command is not a global one, and is said so"

# demo: --history and --teams in both forms.
run "$CONVENE" --db "$TMP/d1.db" demo --history 3 --teams 2
a=$out
run "$CONVENE" demo --teams=2 --db="$TMP/d2.db" --history=3
check '[ $rc = 0 ] && [ -n "$a" ] && [ "$out" = "$a" ]' "demo --history N --teams K and --teams=K --history=N say the same"
for o in --history --teams; do
	run "$CONVENE" --db "$TMP/d3.db" demo "$o"
	[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene demo: $o needs a value" || fail "demo $o: $err"
	run "$CONVENE" --db "$TMP/d3.db" demo "$o=0"
	[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene demo: $o takes a number" &&
		printf "%s" "$err" | grep -q "^Usage: convene demo" || fail "demo $o=0: $err"
done
check '[ ! -e "$TMP/d3.db" ]' "demo: --history and --teams want a number in range, and nothing is created"

# search: --limit in both forms, words before or after it, -- before words
# that begin with -.
run "$CONVENE" --db "$DB" search --limit 1 guide
a=$out
run "$CONVENE" --db "$DB" search guide --limit=1
check '[ $rc = 0 ] && [ -n "$a" ] && [ "$out" = "$a" ] && [ "$(printf "%s\n" "$out" | grep -c "^#")" = 1 ]' \
	"search --limit 1 WORD and search WORD --limit=1 say the same"
run "$CONVENE" search guide --db "$DB" --limit=x
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene search: --limit takes a number"' "search --limit wants a number"
run "$CONVENE" --db "$DB" search -- --limit
check '[ $rc = 1 ] && printf "%s" "$err" | grep -q "Nothing recorded matches \"--limit\""' "search -- --limit searches for --limit"
run "$CONVENE" --db "$DB" search guide -x
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene search: unknown option .-x. (to search for it, put -- before it)"' \
	"search -x is an unknown option, saying how to search for it"

# check and import: -- before a file whose name begins with -.
cp "$SOURCE_ROOT/protocols/check-in.yaml" "$TMP/-odd.yaml"
cd "$TMP"
run "$CONVENE" check -- -odd.yaml
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^-odd.yaml: ok"' "check -- -odd.yaml checks that file"
run "$CONVENE" check -odd.yaml
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene check: unknown option .-o. (a file named so: ./-odd.yaml"' \
	"check -odd.yaml says how to name the file"
run "$CONVENE" --db "$DB" import -- -missing.json
check '[ $rc = 66 ] && printf "%s" "$err" | grep -q "cannot read -missing.json"' "import -- -missing.json reads that file"
run "$CONVENE" --db "$DB" import a.json b.json
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene import: unexpected argument .b.json."' "import takes one file"
cd - > /dev/null

# present and join: --meeting in both forms (the next check, for a
# terminal, shows the option was read).
for c in present join; do
	for form in "--meeting 1" "--meeting=1"; do
		# shellcheck disable=SC2086 # $form is an option and its value
		run "$CONVENE" --db "$DB" $c $form
		[ $rc = 64 ] && printf "%s" "$err" | grep -q "needs a terminal" || fail "$c $form: exit $rc, $err"
	done
	run "$CONVENE" --db "$DB" $c --meeting=x
	[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene $c: --meeting takes a meeting.s number, not .x." || fail "$c --meeting=x: $err"
	run "$CONVENE" --db "$DB" $c --meeting=1 --meeting 2
	[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene $c: --meeting was given twice" || fail "$c --meeting twice: $err"
	run "$CONVENE" --db "$DB" $c extra
	[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene $c: unexpected argument .extra." || fail "$c extra: $err"
done
check 'true' "present and join: --meeting N and --meeting=N read, a wrong one, one twice and a stray word refused naming the command"

# The global options, before or after the command.
for form in "--theme mono" "--theme=mono" "--bell" "--db $DB" "--db=$DB"; do
	# shellcheck disable=SC2086 # $form is an option and maybe its value
	run "$CONVENE" $form protocols
	a=$out
	# shellcheck disable=SC2086
	run "$CONVENE" protocols $form
	[ $rc = 0 ] && [ -n "$a" ] && [ "$out" = "$a" ] || fail "protocols with $form after it: exit $rc, $err"
done
check 'true' "--theme, --bell and --db are taken before or after the command, in both forms"
for where in before after; do
	if [ $where = before ]; then run "$CONVENE" --theme=neon protocols; else run "$CONVENE" protocols --theme neon; fi
	[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene: --theme takes default, projector or mono" || fail "--theme neon $where: $err"
	if [ $where = before ]; then run "$CONVENE" --bell=yes protocols; else run "$CONVENE" protocols --bell=yes; fi
	[ $rc = 64 ] && printf "%s" "$err" | grep -q "\--bell takes no value" || fail "--bell=yes $where: $err"
	if [ $where = before ]; then run "$CONVENE" --version protocols; else run "$CONVENE" protocols --version; fi
	[ $rc = 0 ] && printf "%s" "$out" | grep -Eq "^convene [0-9]+\.[0-9]+\.[0-9]+$" || fail "--version $where: $out"
done
check 'true' "a wrong --theme, --bell=yes and --version: the same before or after the command"
run "$CONVENE" protocols --db
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene protocols: --db needs a file name"' "--db with no file after a command names the command"
run "$CONVENE" -- protocols
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^check-in "' "-- before the command ends the global options"

# Unknown options and stray words, for every command: named with the command.
for c in check protocols present join review demo export import search help; do
	for bad in --bogus --bogus=1 -x; do
		run "$CONVENE" --db "$DB" "$c" "$bad"
		shown=${bad%%=*}
		[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene $c: unknown option .$shown." &&
			printf "%s" "$err" | grep -q "^Usage: convene" ||
			fail "convene $c $bad: exit $rc, said: $err"
	done
done
check 'true' "an unknown option, long, with a value or short, is named with the command it was given to, with its usage"
for c in protocols review; do
	run "$CONVENE" --db "$DB" "$c" extra
	[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene $c: unexpected argument .extra." || fail "$c extra: $err"
done
check 'true' "protocols and review take no words"

# Each command's own help: help CMD, CMD --help and CMD -h, before or after
# other options, say the same, and begin with its usage.
for c in check protocols present join review demo export import search help; do
	run "$CONVENE" help "$c"
	h=$out
	for form in "$c --help" "$c -h" "--db $DB $c --help" "$c --meeting=1 --help"; do
		case $form in *meeting*) case $c in present | join) ;; *) continue ;; esac ;; esac
		# shellcheck disable=SC2086 # $form is words
		run "$CONVENE" $form
		[ $rc = 0 ] && [ "$out" = "$h" ] || fail "convene $form differs from convene help $c"
	done
	printf "%s" "$h" | grep -q "^Usage: convene .*$c" || fail "help $c does not begin with its usage: $h"
done
check 'true' "every command's help: help CMD, CMD --help and CMD -h say the same, its usage first"
run "$CONVENE" --help export
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^Commands"' "--help before the command is the general help"
run "$CONVENE" help
check '[ $rc = 0 ] && [ "$out" = "$("$CONVENE" --help)" ]' "help alone is the general help"
run "$CONVENE" --help
check 'printf "%s" "$out" | grep -q "language (en, es"' "the general help documents the settings file's language"

# The settings file's language: the help and the errors in Spanish.
mkdir -p "$XDG_CONFIG_HOME/convene"
printf 'language = es\n' > "$XDG_CONFIG_HOME/convene/config"
run "$CONVENE" --help
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^Uso: convene" && printf "%s" "$out" | grep -q "^  export \[--meeting ID"' \
	"with language = es the help is in Spanish, the options as they are"
run "$CONVENE" export --help
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^Uso: convene export \[--meeting ID"' "and so is a command's"
run "$CONVENE" export --bogus
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene export: opción desconocida .--bogus."' "and its errors"
rm "$XDG_CONFIG_HOME/convene/config"

# Completion (assets/convene.bash as the source tree has it): every
# command's options and the global ones after it, --opt=value, and nothing
# but words or files after --.
comp() { # comp WORD...: what Tab offers for the last word, on one line (the
	# build's convene first on PATH)
	bash -c '. "$0"; export PATH="$1:$PATH"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _convene; [ ${#COMPREPLY[@]} = 0 ] || printf "%s " "${COMPREPLY[@]}"' \
		"$SOURCE_ROOT/assets/convene.bash" "$(dirname "$CONVENE")" "$@"
}
check '[ "$(comp convene export --)" = "--meeting --team --since --until --what --format --bom --output --db --theme --bell --help --version " ]' \
	"bash completes every option of export, and the global ones after it"
check '[ "$(comp convene demo --)" = "--history --teams --db --theme --bell --help --version " ] && [ "$(comp convene search --l)" = "--limit " ] && [ "$(comp convene join --m)" = "--meeting " ]' \
	"and of demo, search and join"
check '[ "$(comp convene export --what=le)" = "levels " ] && [ "$(comp convene export --what = le)" = "levels " ] && [ "$(comp convene export --format = "")" = "md txt html csv json " ]' \
	"--opt=value completes the value, as bash splits it or not"
check '[ "$(comp convene --db "$DB" export --team = Riv)" = "Riverside\\ Unified\\ Learning\\ Team " ] && [ -n "$(comp convene --db="$DB" present --meeting "")" ]' \
	"teams and meetings from the database --db names, given either way"
check '[ -z "$(comp convene search -- --)" ] && [ "$(comp convene help ex)" = "export " ]' \
	"after search -- no option is offered; help completes a command"

# Every option of the command line's tables (src/cli-options.c) is
# completed by both scripts and documented in both man pages; the Spanish
# page names every option and command the English one does.
options=$(grep -o '{ "[a-z]*", [a-z]*_argument' "$SOURCE_ROOT/src/cli-options.c" | cut -d'"' -f2 | sort -u)
missing=""
for o in $options; do
	for f in assets/convene.bash assets/_convene assets/convene.1.scd assets/convene.es.1.scd; do
		grep -q -- "--$o\b" "$SOURCE_ROOT/$f" || missing="$missing --$o:$f"
	done
done
check '[ "$(printf "%s\n" $options | wc -l)" -ge 15 ] && [ -z "$missing" ]' \
	"every option is completed and documented in both languages (missing:$missing)"
# (--opt, the placeholder of "--opt=value", is --opción in Spanish.)
en=$(grep -o '^\*[a-z]*\*\|\*--[a-z]*\*' "$SOURCE_ROOT/assets/convene.1.scd" | grep -vx '\*--opt\*' | sort -u)
es=$(grep -o '^\*[a-z]*\*\|\*--[a-z]*\*' "$SOURCE_ROOT/assets/convene.es.1.scd" | sort -u)
check '[ "$en" = "$es" ]' "the Spanish man page names the commands and options the English one does"

# The zsh script, where zsh is installed: its compadd and _files stood in
# for, so what it offers is printed.
if command -v zsh > /dev/null 2>&1; then
	zcomp() { # zcomp WORD...: what _convene offers for the last word, on one line
		zsh -c 'compadd() { local -a arr
				while [[ $1 == -* && $1 != -- ]]; do
					if [[ $1 == -a ]]; then arr=("${(@P)2}"); print -rn -- "${(j: :)arr} "; shift; fi
					shift
				done
				[[ $1 == -- ]] && shift; (( $# )) && print -rn -- "$* "; }
			_files() { print -rn -- "<files> "; }
			compset() { PREFIX=${PREFIX#*=}; }
			path=("$1" $path); src=$2; shift 2
			source <(sed "\$d" "$src")
			words=("$@"); CURRENT=$#; PREFIX=${words[CURRENT]}
			_convene' zsh "$(dirname "$CONVENE")" "$SOURCE_ROOT/assets/_convene" "$@"
	}
	check '[ "$(zcomp convene export --)" = "--meeting --team --since --until --what --format --bom -o --output --db --theme --bell --help --version " ]' \
		"zsh completes every option of export, and the global ones after it"
	check '[ "$(zcomp convene export --what=le)" = "talking-points norms decisions actions ratings items notes votes levels all " ] && [ "$(zcomp convene --db="$DB" present --meeting "")" = "$("$CONVENE" --db "$DB" __complete meetings | paste -sd" ") " ]' \
		"zsh completes --what=VALUE, and meetings from the database --db= names"
	check '[ "$(zcomp convene check -- x)" = "<files> " ] && [ -z "$(zcomp convene search -- -)" ]' \
		"zsh: files after check --, nothing after search --"
else
	echo "ok - zsh completion # skipped: no zsh"
fi
