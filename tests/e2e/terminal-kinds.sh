#!/bin/sh
# Terminals the app cannot use as they say they are. TERM=dumb cannot
# place text: it is refused like an unknown terminal (before, the app
# started and drew only a title). A locale whose character set is not
# UTF-8 (LANG=C): the app works in UTF-8 anyway (before, accented names
# showed as "??" and typing "José" stored "Jos" without a word).
. "$(dirname "$0")/lib.sh"

# T10: TERM=dumb.
refused_in_terminal "env TERM=dumb '$CONVENE' --db '$DB'"
check '[ "$(cat "$TMP/term.status")" = 64 ] && grep -q "the terminal type .dumb. cannot place text on the screen, so the app cannot draw on it; try TERM=xterm-256color" "$TMP/term.err"' "T10 TERM=dumb: exit 64, says which TERM to try"

# T11: LANG=C, the terminal itself UTF-8 (as tmux is here).
"$CONVENE" --db "$DB" demo >/dev/null
sqlite3 "$DB" "UPDATE member SET name = 'Zoë Ångström' WHERE name = 'Maria Alvarez'"
printf '#!/bin/sh\nexec env LANG=C LC_ALL=C "%s" "$@"\n' "$CONVENE" > "$TMP/c-locale.sh"
chmod +x "$TMP/c-locale.sh"
CONVENE="$TMP/c-locale.sh"
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys e
wait_for "Zoë Ångström"
check 'true' "T11 under LANG=C, an accented name from the database shows as written"
keys Escape
wait_for "Riverside Unified Learning Team (9 members)"
begin_meeting "After-Action Review"
wait_for "Ground rules"
keys n
wait_for "Which activity are we looking back on"
keys Enter
type_text "José's walk-through in Peñasco"
wait_for "José's walk-through in Peñasco"
check 'true' "T11 typed accents show as typed"
keys Enter
wait_for "Saved. Type the next one"
check '[ "$(sqlite3 "$DB" "SELECT text FROM item WHERE text LIKE '"'"'Jos%'"'"'")" = "José'"'"'s walk-through in Peñasco" ]' "T11 and are stored whole"
