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
	"Culture of trust|culture-of-trust" "Barriers to trust|trust-barriers" \
	"Making our norms|norm-making" "Our norms|our-norms" \
	"Progress points 1.A: Commit to collaborate|progress-1a-commit" \
	"Progress points 1.B: Create a shared vision and purpose|progress-1b-vision" \
	"Progress points 2.A: Form teams|progress-2a-teams" \
	"Progress points 2.B: Establish guiding behaviors|progress-2b-behaviors" \
	"Progress points 3.A: Clarify systems, structures, and priorities|progress-3a-systems" \
	"Progress points 3.B: Clarify boundaries and power dynamics|progress-3b-power" \
	"Progress points 5.A: Establish joint committees at the district level|progress-5a-committees" \
	"Progress points 5.B: Develop labor-management partnership at the site level|progress-5b-sites" \
	"Progress points 6.A: Reflect and monitor|progress-6a-reflect" \
	"Progress points 6.B: Ensure sustainability|progress-6b-sustain" \
	"Labor-management partnership continuum|partnership-continuum" \
	"Coherence Progression: Focusing Direction|coherence-focusing-direction" \
	"Coherence Progression: Cultivating Collaborative Cultures|coherence-collaborative-cultures" \
	"Coherence Progression: Deepening Learning|coherence-deepening-learning" \
	"Coherence Progression: Securing Accountability|coherence-securing-accountability" \
	"Quadrants of collaboration|quadrants-of-collaboration"; do
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
		if screen | grep -qE "(Dimension|Norm|Component|Axis) [0-9]+ of [0-9]+, (named|blind) entry"; then
			rated=$(screen | sed 1d)
			keys 3
			deadline=$(( $(date +%s) + 5 ))
			while [ "$(screen | sed 1d)" = "$rated" ]; do
				[ "$(date +%s)" -lt "$deadline" ] || fail "$title: 3 rated nothing"
				sleep 0.05
			done
		fi
		# Agreed levels: the first component's level agreed at 2.
		if screen | grep -qF "digit level now"; then
			keys 2
			wait_for "we agree we are at 2"
		fi
		# A checklist: one list, its first item ticked, saved.
		if screen | grep -qE "[0-9]+ items, ticked by"; then
			keys Space Enter
			wait_for "saved"
		fi
		# The screen as n finds it: a level or a list entered above has
		# changed it already, and must not pass for n's change (the next
		# n would then land on the closing page and close the meeting).
		before=$(screen | sed 1d)
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
check '[ "$(sqlite3 "$DB" "SELECT p.label FROM rating r JOIN meeting m ON m.id = r.meeting_id JOIN point_label p ON p.meeting_id = m.id AND p.step_index = r.step_index AND length(p.dimension_id) = 0 AND p.value = r.value WHERE m.protocol_id = '"'progress-2b-behaviors'"' LIMIT 1")" = "Yes" ]' \
	"a progress-point placement keeps its point and the point's label"
check '[ "$(sqlite3 "$DB" "SELECT count(*) FROM rating r JOIN meeting m ON m.id = r.meeting_id WHERE m.protocol_id = '"'trust-barriers'"' AND r.value = 1")" -eq 1 ]' \
	"the barriers to trust keep the list ticked"
check '[ "$(sqlite3 "$DB" "SELECT a.level FROM agreed_level a JOIN meeting m ON m.id = a.meeting_id WHERE m.protocol_id = '"'partnership-continuum'"'")" = 2 ]' \
	"the partnership continuum keeps the level the team agreed"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
