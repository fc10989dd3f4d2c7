#!/bin/sh
# The meeting's screens in Spanish (the settings file's "language = es"):
# setting up (the protocol page's count of steps, attendance with one
# member absent), a blind rating and its results, a two-way placement's
# grid and a talking point agreed by every group, at 80x24 and at 200x55.
# What must hold in Spanish is what the English layout assumed: the tags
# at the end of a row (BAJO, DISPAR, ACORDADO) and "ausente" whole, the
# grid's count ("3 ubicaciones") apart from a title that runs into it, and
# a person who left the room marked "se fue" (not the clock's "left").
. "$(dirname "$0")/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/convene/protocols" "$TMP/nodata"
printf 'language = es\n' > "$XDG_CONFIG_HOME/convene/config"
cp "$SOURCE_ROOT/tests/e2e/spanish-protocol.yaml" "$XDG_CONFIG_HOME/convene/protocols/"
# Only this protocol in the list: none of the shipped ones.
export CONVENE_DATA_DIR="$TMP/nodata"

# slips VALUE...: types one paper slip (one key) for each value.
slips() {
	for v in "$@"; do keys "$v"; done
}

for size in "80 24" "200 55"; do
	# A database of its own for each size: the first app may still be
	# closing the other.
	DB="$TMP/spanish-${size% *}.db"
	"$CONVENE" --db "$DB" demo >/dev/null || fail "convene demo failed"
	start $size
	wait_for "Riverside Unified Learning Team"
	keys Enter
	wait_for "¿Qué protocolo sigue el equipo?"
	wait_for "3 pasos, unos 25 minutos"
	keys Enter
	wait_for "¿Quién está? 9 de 9 presentes"
	keys Space
	wait_for "¿Quién está? 8 de 9 presentes"
	# The word ends the row whole, past the group.
	wait_match "Maria Alvarez +District +ausente$"
	keys Enter
	wait_for "¿Quién tiene cada rol?"
	keys Enter
	wait_for "¿Cuánto tiempo para cada paso? 25 minutos en total"
	keys Enter
	wait_for "¿Cómo se anotan las calificaciones?"
	keys Down Enter

	# A blind rating: Trust all low, Use of data split in two, goals high.
	wait_for "0 de 8 han calificado"
	expect_screen "1 de 3, en secreto"
	slips 1 1 1 1 1 1 1 2
	wait_for "Calificación 8 de 8 guardada."
	keys n
	wait_for "2 de 3, en secreto"
	slips 1 4 1 4 1 4 1 4
	wait_for "Calificación 8 de 8 guardada."
	keys n
	wait_for "3 de 3, en secreto"
	slips 3 3 3 3 3 3 3 3
	wait_for "Calificación 8 de 8 guardada."
	keys n
	wait_match "^ +BAJO +Trust$"
	wait_match "^ +DISPAR +Use of data$"
	# Each tag whole between the dimension and its figures.
	wait_match "1\. Trust +BAJO +n 8  media 1\.1  mediana 1  rango 1-2$"
	wait_match "2\. Use of data +DISPAR +n 8  media 2\.5  mediana 2\.5  rango 1-4$"

	# The placement, blind: three slips of two numbers.
	keys n
	wait_for "los dos ejes a la vez, en secreto"
	keys 5
	wait_for "Papeleta: Trust 5. Ahora su Structure and precision of our shared work."
	slips 5 2 3 6 1
	wait_for "Papeleta 3 de 8 guardada (6, 1)."
	keys n
	wait_for "Solo 3 de 8 presentes calificaron esta dimensión."
	keys y
	# The count keeps two cells clear before it, however far the title runs.
	wait_match "[^ ]  +3 ubicaciones$"
	expect_screen "Trust -> (de Low trust a High trust)"

	# Someone leaves and comes back: marked as gone, not as time left.
	keys A
	wait_for "¿Quién está? 8 de 9"
	keys Down Space
	wait_match "James Okafor +District +se fue$"
	wait_for "James Okafor se fue (guardado con la hora)."
	keys Space
	wait_for "James Okafor está aquí (guardado con la hora)."
	keys Escape

	# A talking point, confirmed by the three groups.
	keys n
	wait_for "Un punto queda acordado cuando lo confirman los 3 grupos presentes."
	wait_for "Todavía no hay puntos: Enter redacta uno."
	keys Enter
	type_text "Nos reunimos cada mes con las familias"
	keys Enter Enter
	wait_match "Nos reunimos cada mes con las familias +0 de 3 grupos$"
	keys r
	wait_for "Punto de comunicación 1 de 1, leído para su acuerdo"
	keys 1 2
	wait_for "Teachers union confirma."
	keys 3
	wait_for "ACORDADO por todos los grupos presentes"
	keys Escape
	wait_match "Nos reunimos cada mes con las familias +ACORDADO$"
	keys q
	wait_for "¿Salir de la reunión?"
	keys y
	wait_for "La reunión n.º 1 sigue abierta: selecciónela aquí para continuarla."
done
echo "ok"
