#!/bin/sh
# Quorum through the real binary: with nobody from the classified union,
# the decide step says no decision can be made and records none.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 28
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Decision-Making Continuum"
wait_for "9 of 9 present"
keys Down Down Down Down Down Down Down Space Down Space
wait_for "7 of 9 present"
keys Enter
accept_roles
wait_for "Deciding how to decide"
keys n
wait_for "NO QUORUM: nobody from Classified union is here."
keys Enter
wait_for "No quorum (nobody from Classified union): no decision can be made."
refute_screen "What is to be decided?"
keys q y
wait_for "is still open"
keys q
wait_exit >/dev/null
json=$("$CONVENE" --db "$DB" export --meeting 1 --what decisions --format json)
check 'printf "%s" "$json" | python3 -c "import json,sys; assert json.load(sys.stdin)[\"decisions\"] == []"' "no decision was recorded"
