#!/bin/sh
# The protocols shipped for the guidebook's toolkit (issue 14's content),
# each run from its first step to the end in a meeting of the demo team and
# closed: every step shows and moves on, the rating steps taking a rating
# each, and the record names the protocol and credits its source.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
n=0
for p in "Trust pulse check|trust-pulse" "Power dynamics in our meetings|power-dynamics" \
	"Ground rules (West Contra Costa example)|ground-rules-wccusd" \
	"Guiding behaviors (Monterey County example)|guiding-behaviors-mcoe" \
	"Site leadership team: assessing our work|assessing-our-work" \
	"Problem solving, stage 1: identify the issue|ps-1-identify" \
	"Problem solving, stage 2: define our authority and agency|ps-2-authority" \
	"Problem solving, stage 3: launch ideas and test assumptions|ps-3-launch" \
	"Problem solving, stage 4: focus and reflect on effectiveness|ps-4-reflect" \
	"Problem solving: accountability and transparency through communication|ps-communication" \
	"Problem solving: build enduring systems|ps-systems" \
	"Culture of respect (Montgomery County example)|culture-of-respect-mcps" \
	"Guiding principles (LA Unified example)|guiding-principles-lausd" \
	"Culture of trust|culture-of-trust" "Making our norms|norm-making" "Our norms|our-norms"; do
	title=${p%%|*} id=${p##*|}
	n=$((n + 1))
	wait_for "Teams: Enter starts a meeting"
	keys Enter
	pick_protocol "$title"
	wait_for "9 of 9 present"
	keys Enter
	accept_roles
	# A protocol that rates asks how ratings are entered: blind.
	deadline=$(( $(date +%s) + 5 ))
	until screen | grep -qE "How are ratings entered\?|step 1 of"; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "$title: no first step"
		sleep 0.05
	done
	if screen | grep -qF "How are ratings entered?"; then
		keys Down Enter
		wait_gone "How are ratings entered?"
	fi
	# Through every step: a rating step gets one rating and is moved past
	# ("anyway?"); the rest move on with n.
	i=0
	until screen | grep -qF "All steps are done."; do
		[ $i -lt 40 ] || fail "$title never reached its end"
		before=$(screen | sed 1d)
		if screen | grep -qE "(Dimension|Norm) [0-9]+ of [0-9]+, (named|blind) entry"; then
			keys 3
		fi
		keys n
		deadline=$(( $(date +%s) + 5 ))
		while [ "$(screen | sed 1d)" = "$before" ]; do
			[ "$(date +%s)" -lt "$deadline" ] || fail "$title: n changed nothing"
			sleep 0.05
		done
		if screen | grep -qF "y = yes"; then
			keys y
			wait_gone "y = yes"
		fi
		i=$((i + 1))
	done
	close_meeting $n
	check '[ "$(sqlite3 "$DB" "SELECT protocol_id FROM meeting WHERE id = '$n'")" = "'$id'" ]' \
		"$title runs to the end and closes"
done
check '[ "$(sqlite3 "$DB" "SELECT count(*) FROM rating r JOIN meeting m ON m.id = r.meeting_id WHERE m.protocol_id = '"'trust-pulse'"'")" -ge 1 ]' \
	"the trust pulse check keeps its ratings"
