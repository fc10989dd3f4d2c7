# walk-meeting.sh: sourced by the tests of the interface's languages. It
# goes through the home screen's pages, a whole regular meeting of the demo
# team (norms, check-in, the three boxes, a dot vote, a decision, a talking
# point read back, an action item, the norms check, closing), review and
# trends, with keys alone: what it waits for is the screen changing, so
# it runs in any language. The test defines on_screen WHERE (called on
# each settled screen), typed TEXT (what is typed, in its language) and
# REGULAR_MEETING (the agenda's title as the picker lists it), and starts
# from the demo team in $DB.

# settle: waits until the screen has stopped changing.
settle() {
	last="" same=0
	deadline=$(( $(date +%s) + 10 ))
	while [ $same -lt 8 ]; do
		now=$(screen)
		if [ "$now" = "$last" ]; then same=$((same + 1)); else same=0; fi
		last=$now
		[ "$(date +%s)" -lt "$deadline" ] || fail "the screen never settled"
		sleep 0.03
	done
}

# act WHERE KEYS...: presses KEYS, waits for the screen to change and
# settle, and shows it to the test (on_screen WHERE).
act() {
	where=$1
	shift
	before=$(screen)
	keys "$@"
	deadline=$(( $(date +%s) + 10 ))
	while [ "$(screen)" = "$before" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "$where: $* changed nothing"
		sleep 0.03
	done
	settle
	on_screen "$where"
}

# enter WHERE TEXT: types TEXT (as the test's typed() gives it) and Enter.
enter() {
	type_text "$(typed "$2")"
	act "$1" Enter
}

start 120 40
wait_for "Riverside Unified Learning Team"
settle
on_screen home
act help '?'
act home Escape
act rules r
act home Escape
act decisions l
act home Escape
act trends t
act home Escape
act search /
enter search "pilot"
act home Escape Escape
settle

# A whole regular meeting of the demo team.
act protocols Enter
title=$REGULAR_MEETING
i=0
while ! t capture-pane -p -e | grep -F "$title" | grep -qF "$(printf '\033[7m')"; do
	[ $i -lt 60 ] || fail "the regular meeting was never selected"
	keys Down
	i=$((i + 1))
	settle
done
act attendance Enter
act roles Enter
act timing Enter
act rating-mode Enter
act norms Enter
act focus ' '
act check-in n
act check-in Enter
enter check-in "Glad to be here"
act check-in Enter
act frame n
act frame Enter
enter frame "Teacher collaboration next year"
act frame Enter
act quiet-writing n
act boxes n
act boxes Enter
enter boxes "Peer observation"
act boxes Enter
act boxes Tab
act boxes Enter
enter boxes "Duplicate sign-in forms"
act boxes Enter
act sort n
act vote n
act vote +
act vote-unplaced n
act ranking y
act decide-how-to-decide n
act decide n
act decide Enter
enter decide "Adopt the peer observation pilot"
act decide-how Down Down Down Down Down
act decide-how Enter
enter decide-what "Pilot in two schools"
enter decide-why "Teachers asked for it"
act decide-consensus Enter
act decide-status Enter
act outside n
act points n
act points Enter
enter points "We will pilot peer observation in two schools"
act points Enter
act points Up
act readback r
act readback 1
act readback 2
act readback 3
act points Escape
act actions n
act actions Enter
enter actions "Schedule the pilot"
act actions Enter
act actions Enter
act norms-check n
for v in 3 4 3 2 4 3 3 4 3; do act norms-check "$v"; done
act results n
act closing n
act closing n
act closed y
act record v
act review Escape
act home Escape
act trends t
act home Escape
keys q
wait_exit >/dev/null

