#!/bin/sh
# Columns of names line up by display cells, not bytes: on the attendance
# page, the meeting's attendance screen (A) and named rating entry, the
# group after an accented, a CJK and a very long name starts in the same
# column on every row, at 80x24 (the long name shortened in its middle)
# and at 200x55 (every name whole).
. "$(dirname "$0")/lib.sh"

# aligned GROUP...: the groups named start at one display column.
aligned() {
	screen | python3 -c '
import sys, unicodedata
def cells(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
cols = set()
for line in sys.stdin:
    for g in sys.argv[1:]:
        i = line.find("  " + g)
        if i >= 0 and line[:i].strip():
            cols.add(cells(line[:i + 2]))
sys.exit(0 if len(cols) == 1 else 1)' "$@"
}

for size in "80 24" "200 55"; do
	rm -f "$DB"
	start $size
	wait_for "There is no team yet."
	keys n
	wait_for "Team name"
	type_text "Valle Verde"
	keys Enter
	for m in "José Núñez-Ibáñez:District" "Maximiliana Alexandra Featherstonehaugh-Worthington:Teachers union" \
		"陈伟 Chen Wei:District" "Zoë Åkesson:Classified union"; do
		type_text "${m%%:*}"
		keys Enter C-u
		type_text "${m#*:}"
		keys Enter
		wait_for "Added ${m%%:*}"
	done
	keys Enter
	wait_for "Created the team"
	keys Enter
	pick_protocol "Effective Team Assessment"
	wait_for "4 of 4 present"
	check 'aligned District "Teachers union" "Classified union"' "$size: attendance columns line up"
	if [ "$size" = "200 55" ]; then
		expect_screen "Maximiliana Alexandra Featherstonehaugh-Worthington"
	fi
	keys Enter
	accept_roles
	wait_for "How are ratings entered?"
	keys Enter
	keys n
	wait_for "Dimension 1 of 9, named entry"
	check 'aligned District "Teachers union" "Classified union"' "$size: named rating columns line up"
	keys A
	wait_for "Who is here? 4 of 4"
	check 'aligned District "Teachers union" "Classified union"' "$size: the meeting's attendance lines up"
	keys Escape q y
	wait_for "is still open"
	keys q
	wait_exit >/dev/null
done
