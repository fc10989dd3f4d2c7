#!/bin/sh
# A whole meeting in Spanish (LANGUAGE=es; no es locale need be installed): the
# demo team runs the regular meeting from the Spanish protocols, through
# every step (walk-meeting.sh), then review; the screens are in Spanish at
# each step, and the notes it exports are in Spanish, dates in words.
. "$(dirname "$0")/lib.sh"

# LANGUAGE, as gettext reads it first (LANG=es_US.UTF-8 is spanish-ui.sh's).
export LANGUAGE=es

on_screen() { { echo "=== $1"; screen; } >> "$TMP/screens"; }
# What the facilitator types, in Spanish.
typed() {
	case $1 in
	"Glad to be here") echo "Contenta de estar aquí" ;;
	"Teacher collaboration next year") echo "Colaboración docente el próximo año" ;;
	"Peer observation") echo "Observación entre pares" ;;
	"Duplicate sign-in forms") echo "Formularios de registro duplicados" ;;
	"Adopt the peer observation pilot") echo "Adoptar el piloto de observación" ;;
	"Pilot in two schools") echo "Piloto en dos escuelas" ;;
	"Teachers asked for it") echo "Los docentes lo pidieron" ;;
	"We will pilot peer observation in two schools") echo "Haremos un piloto de observación entre pares en dos escuelas" ;;
	"Schedule the pilot") echo "Programar el piloto" ;;
	*) echo "$1" ;;
	esac
}
REGULAR_MEETING=$(sed -n 's/^title: *//p' "$SOURCE_ROOT/protocols/es/regular-meeting.yaml")
"$CONVENE" --db "$DB" demo >/dev/null
. "$SOURCE_ROOT/tests/e2e/walk-meeting.sh"

# seen WHERE TEXT: TEXT was on a screen the walk called WHERE.
seen() {
	awk -v w="$1" '/^=== / { at = ($2 == w); next } at' "$TMP/screens" | grep -qF -- "$2"
}
check 'seen home "Equipos: Enter inicia una reunión" && seen home "(9 miembros)"' "home in Spanish, members counted in Spanish"
check 'seen protocols "¿Qué protocolo sigue el equipo?" && seen protocols "Marco de las tres cajas"' \
	"the picker in Spanish, listing the Spanish protocols"
check 'seen attendance "¿Quién está? 9 de 9 presentes"' "attendance in Spanish"
check 'seen check-in "paso 2 de 12 | 10:00 restantes" && seen check-in "facilitador: Maria Alvarez  |  secretario: James Okafor"' \
	"the header: step and clock, and the shipped roles' names, in Spanish"
check 'seen check-in "¿Cómo llega usted hoy" && seen check-in "- Contenta de estar aquí"' "the Spanish protocol's question, and the answer typed"
check 'seen decide-status "Decisión 1 registrada: decidida."' "a decision recorded, said in Spanish"
check 'seen readback "Punto de comunicación 1 de 1, leído para su acuerdo"' "the read-back in Spanish"
check 'seen closing "¿Cerrar la reunión?" && seen closing "s = sí   n = no"' "closing asks in Spanish, answered with s"
check 'seen closed "La reunión n.º 1 está cerrada"' "the meeting closed"
check 'seen record "Roles: facilitador: Maria Alvarez" && seen record "Votación con puntos"' "review in Spanish"

# The notes, in Spanish: the talking point first, the date in words.
"$CONVENE" --db "$DB" export --meeting 1 --format txt > "$TMP/points.txt"
"$CONVENE" --db "$DB" export --meeting 1 --what all --format md > "$TMP/notes.md"
day=$(LC_ALL=C date +%u)
weekday=$(echo "lunes martes miércoles jueves viernes sábado domingo" | cut -d' ' -f"$day")
check 'grep -qF "Haremos un piloto de observación entre pares en dos escuelas" "$TMP/points.txt"' \
	"the talking points for constituents hold the agreed point"
check 'grep -qi "$weekday [0-9]* de [a-z]* de 20[0-9][0-9]" "$TMP/points.txt"' "and the date in Spanish words ($weekday ... de ... de ...)"
check '! grep -qiE "Present|Roles|Attendance|Talking points" "$TMP/points.txt"' "no English heading in them"
check 'grep -qF "Adoptar el piloto de observación" "$TMP/notes.md" && grep -qF "Programar el piloto" "$TMP/notes.md" && grep -qF "facilitador: Maria Alvarez" "$TMP/notes.md"' \
	"the full notes in Spanish: the decision, the action item, the roles"
check 'grep -qF "Reunión ordinaria del equipo de aprendizaje" "$TMP/notes.md"' "named by the Spanish protocol's title"
# The record keeps the protocol's id: a team's trends go on across languages.
"$CONVENE" --db "$DB" export --meeting 1 --what all --format json > "$TMP/all.json"
check 'python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d[\"meeting\"][\"protocol_id\"] == \"regular-meeting\", d[\"meeting\"]" "$TMP/all.json"' \
	"the record names the protocol by its id, the English one's"
