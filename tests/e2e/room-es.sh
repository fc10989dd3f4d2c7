#!/bin/sh
# The room view (convene present) and a seat (convene join) in Spanish,
# beside a facilitator's app in English: the room's header with the step
# and the clock's state, the roles, the join line to its end and the break,
# and a seat that joins (answering s/n's question) and enters, all in
# Spanish and whole at 80x24.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

es="env LANG=es_US.UTF-8 LC_ALL=es_US.UTF-8 TERM=tmux-256color"
"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
t new-window -d -t :9 "exec $es '$CONVENE' --db '$DB' present"
t resize-window -t :9 -x 80 -y 24
wait_room "Todavía no hay ninguna reunión en curso."
wait_room "vista de solo lectura  |  q sale"
t new-window -d -t :1 \
	"APP_STATE='$TMP/seat1' exec sh '$TMP/run.sh' $es '$CONVENE' --db '$DB' join 2> '$TMP/seat1.err'"
t resize-window -t :1 -x 80 -y 24
wait_seat 1 "convene join: un puesto para un participante"
wait_seat 1 "Reuniones en curso:"

begin_meeting "Check-in"
wait_for "| Check-in"
wait_room "paso 1 de 1"
check 'room | sed -n 1p | grep -qE "paso 1 de 1 \| [0-9]+:[0-9]{2} restantes?$"' \
	"the room's header ends with the step and the clock's state in Spanish"
wait_room "facilitador: Maria Alvarez   secretario: James Okafor"
# The join line says, whole at 80 columns, how many seats are open.
wait_room "Desde su terminal: convene join  ·  código "
wait_room "0 puestos abiertos"

join_first_es 1
seat_keys 1 y
wait_seat 1 "Bienvenido/a, Maria Alvarez. Este puesto sigue la pantalla de la sala."
wait_seat 1 "Maria Alvarez · reunión 1 · Riverside Unified Learning Team"
wait_seat 1 "   paso 1 de 1"
wait_room "1 puesto abierto"
wait_seat 1 "Su aporte (pregunta 1 de 1):"
seat_type 1 "Con ganas de empezar"
seat_keys 1 Enter
wait_seat 1 "Guardado. Escriba el siguiente, o pulse Tab para cambiar de pregunta."
wait_seat 1 "Usted agregó 1 aquí (solo este puesto sabe que es suyo):"
wait_room "- Con ganas de empezar"

# A break: the room and the seat say so in Spanish.
keys B
wait_room "RECESO"
wait_room "Volvemos en"
wait_room "El reloj de la reunión se detiene durante el receso."
check 'room | sed -n 1p | grep -qE "paso 1 de 1 \| [0-9]+:[0-9]{2} RECESO$"' \
	"the header names the break"
wait_seat 1 "Un receso: el reloj de la reunión está detenido hasta que el facilitador"
