#!/bin/sh
# The interface in Spanish (LANG=es_US.UTF-8, whether or not that locale is
# installed): the home screen, its footer and key grid, the help screen,
# the team form, and a yes/no question answered with s (sí), which means
# nothing in English. Before, every screen was English and only y answered.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
printf '#!/bin/sh\nexec env LANG=es_US.UTF-8 LC_ALL=es_US.UTF-8 "%s" "$@"\n' "$CONVENE" > "$TMP/es.sh"
chmod +x "$TMP/es.sh"
EN="$CONVENE"
CONVENE="$TMP/es.sh"

start 80 24
wait_for "Equipos: Enter inicia una reunión"
check 'screen | grep -qF "Riverside Unified Learning Team (9 miembros)"' "S1 the home screen in Spanish, the count in words"
check 'screen | tail -1 | grep -qF "? ayuda"' "S1 its footer keeps the key to help, in Spanish"
check 'screen | grep -qE "^  v   revisar +/   buscar +q   salir"' "S1 the key grid: letters as printed, labels in Spanish"
keys '?'
wait_for "Teclas: Inicio"
check 'screen | grep -qF "↑, k"' "S2 help names the arrow keys as arrows"
check 'screen | grep -qF "Salir de convene (todo ya está guardado)"' "S2 and says what each key does in Spanish"
keys Escape
wait_for "Equipos: Enter inicia una reunión"

# A footer label is looked up as a key's label ("open" a meeting's record:
# abrir), not as the same English word elsewhere (an open action item).
keys v
wait_for "Enter abrir"
check 'true' "S2 the review list's footer: Enter abrir"
keys Escape
wait_for "Equipos: Enter inicia una reunión"

# The new-team form, then leaving it: a question, answered with s.
keys n
wait_for "Nuevo equipo"
type_text "Equipo de prueba"
keys Escape
wait_for "¿Descartar este equipo?"
check 'screen | grep -qF "s = sí   n = no"' "S3 the question shows the letters that answer it"
check 'screen | tail -1 | grep -qF "s sí  n no"' "S3 and so does the footer"
keys x
wait_for "Responda con s o n (Esc cierra la pregunta)."
check 'screen | grep -qF "! Responda con s o n"' "S3 another key says which answer, marked as an error"
keys s
wait_for "Equipos: Enter inicia una reunión"
refute_screen "Equipo de prueba"
check 'true' "S3 s answered yes: the form is discarded, home again"

# y still answers yes in Spanish, as English habits expect.
keys n
wait_for "Nuevo equipo"
type_text "Otro"
keys Escape
wait_for "¿Descartar este equipo?"
keys y
wait_for "Equipos: Enter inicia una reunión"
check 'true' "S4 y answers yes in Spanish too"

# In English, s is not yes.
CONVENE="$EN"
start 80 24
wait_for "Teams: Enter starts a meeting"
keys n
wait_for "New team"
type_text "Test team"
keys Escape
wait_for "Discard this team?"
keys s
wait_for "Answer with y or n (Esc closes the question)."
check 'screen | grep -qF "Discard this team?"' "S5 in English s does not answer: the question stays"
keys n
wait_gone "Discard this team?"
check 'screen | grep -qF "Test team"' "S5 and n keeps the form"
