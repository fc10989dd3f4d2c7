#!/bin/sh
# A dot vote with the room view and a seat in Spanish, beside an English
# facilitator: the seat's dots counted in Spanish plurals and its caps, and
# the room's ranking whose columns (place, "2 puntos", TOP) line up by
# display cells whatever the words' lengths, so every idea starts in one
# column.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

es="env LANG=es_US.UTF-8 LC_ALL=es_US.UTF-8 TERM=tmux-256color"
"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
begin_meeting "Three-Box Framework"
three_box_sorted
t new-window -d -t :9 "exec $es '$CONVENE' --db '$DB' present"
t resize-window -t :9 -x 80 -y 24
t new-window -d -t :1 \
	"APP_STATE='$TMP/seat1' exec sh '$TMP/run.sh' $es '$CONVENE' --db '$DB' join 2> '$TMP/seat1.err'"
t resize-window -t :1 -x 80 -y 24
wait_room "Desde su terminal: convene join"
join_first_es 1
seat_keys 1 y
wait_seat 1 "Nada que ingresar en este paso: siga la pantalla de la sala."

keys n
wait_for "Dot vote"
wait_seat 1 "Le quedan 3 de 3 puntos."
wait_seat 1 "+ pone uno en el elemento elegido, - lo quita."
seat_keys 1 +
wait_seat 1 "Guardado: quedan 2 puntos."
seat_keys 1 +
wait_seat 1 "Guardado: queda 1 punto."
seat_keys 1 +
wait_seat 1 "Como máximo 2 de sus puntos en un mismo elemento."
seat_keys 1 Down Down Down +
wait_seat 1 "Guardado: quedan 0 puntos."
seat_keys 1 +
wait_seat 1 "Ya colocó todos sus puntos: quite uno (-) para moverlo."

wait_room "3 de 27 puntos colocados hasta ahora"
wait_room "Los 3 primeros se marcan TOP para darles seguimiento"
wait_room "2 puntos  TOP Peer observation"
wait_room "1 punto   TOP Student voice panel"
# Each idea starts in the same column: the count and TOP are padded by
# cells, "punto" to the width of "puntos".
col() { room | awk -v w="$1" 'i = index($0, w) { print i; exit }'; }
check '[ -n "$(col "Peer observation")" ] && [ "$(col "Peer observation")" = "$(col "Student voice panel")" ] && [ "$(col "Peer observation")" = "$(col "Shared planning time")" ]' \
	"the room's ranked ideas start in one column"
