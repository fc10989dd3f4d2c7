#!/bin/sh
# Themes: NO_COLOR leaves attributes only; the projector theme sets a high
# contrast background; the default adds colour to the attributes; an
# unknown theme is a usage error.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
colours() { t capture-pane -p -e | grep -oE "$(printf '\033')\[[0-9;]*m" | grep -cE '\[(3[0-7]|4[0-7])m'; }

STARTS=$((STARTS + 1))
SOCK="convene-e2e-$$-$STARTS"
t -f "$TMP/tmux.conf" new-session -d -x 80 -y 24 \
	"exec env NO_COLOR=1 TERM=tmux-256color '$CONVENE' --db '$DB'"
wait_for "Riverside Unified Learning Team (9 members)"
check '[ "$(colours)" = 0 ]' "NO_COLOR: no colour at all, only bold and reverse"
check 't capture-pane -p -e | grep -q "$(printf "\033")\[7m"' "the selection is still shown, in reverse video"

start 80 24 --theme projector
wait_for "Riverside Unified Learning Team (9 members)"
check 't capture-pane -p -e | grep -q "$(printf "\033")\[40m"' "the projector theme paints a black background"
check 't capture-pane -p -e | grep -q "$(printf "\033")\[47m"' "and bars black on white"
# The home screen's footer and hints are dim elsewhere: never here.
check '! t capture-pane -p -e | grep -qE "$(printf "\033")\[([0-9;]*;)?2(;[0-9;]*)?m"' "the projector theme uses no dim text"

start 80 24
wait_for "Riverside Unified Learning Team (9 members)"
check '[ "$(colours)" -gt 0 ]' "the default theme adds colour"
check '! t capture-pane -p -e | grep -q "$(printf "\033")\[40m"' "and paints no black background"

# The settings file's theme, and the command line over it.
mkdir -p "$XDG_CONFIG_HOME/convene"
printf 'theme = projector   # for the room\n' > "$XDG_CONFIG_HOME/convene/config"
start 80 24
wait_for "Riverside Unified Learning Team (9 members)"
check 't capture-pane -p -e | grep -q "$(printf "\033")\[40m"' "theme = projector in the settings file is the projector theme"
start 80 24 --theme default
wait_for "Riverside Unified Learning Team (9 members)"
check '! t capture-pane -p -e | grep -q "$(printf "\033")\[40m"' "--theme on the command line wins over the file"
rm "$XDG_CONFIG_HOME/convene/config"
set +e
"$CONVENE" --db "$DB" --theme neon --version >/dev/null 2>&1
rc=$?
set -e
check '[ $rc = 64 ]' "an unknown theme is a usage error"
