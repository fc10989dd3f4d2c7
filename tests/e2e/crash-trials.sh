#!/bin/sh
# Crash trials: one meeting, recorded across many runs of the real binary,
# each ended without warning. A trial resumes the meeting, adds answers,
# waits for each to show, types one more and kills the app with SIGKILL at
# once (before, during or after it saves that one). After every kill the
# database passes integrity_check, every answer the screen showed is in it,
# and the next trial resumes the meeting. Then SIGHUP (the terminal closed)
# and SIGTERM, a few times each: the app saves, gives the terminal back as
# it found it, and exits within a second. CRASH_TRIALS sets the number of
# SIGKILL trials (default 50).
. "$(dirname "$0")/lib.sh"

trials=${CRASH_TRIALS:-50}
command -v sqlite3 >/dev/null 2>&1 || { echo "sqlite3 is needed: skipping"; exit 77; }
random() { od -An -N2 -tu2 /dev/urandom | tr -d ' '; }
now_ms() { date +%s%3N; }

"$CONVENE" --db "$DB" demo >/dev/null
start 100 40
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "After-Action Review"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Ground rules"
keys n
wait_for "What are we reviewing?"

confirmed="$TMP/confirmed"
: > "$confirmed"
# resume: in a fresh run, back to the answers of step 1.
resume() {
	start 100 40
	wait_for "Unfinished meetings: Enter resumes"
	keys Down Enter
	wait_for "Resumed meeting #1"
	wait_for "What are we reviewing?"
}
# all_present: every confirmed answer is in the record.
all_present() {
	"$CONVENE" --db "$DB" export --meeting 1 --what items --format csv > "$TMP/items.csv" || return 1
	while IFS= read -r answer; do
		grep -qF -- "$answer" "$TMP/items.csv" || { echo "missing: $answer"; return 1; }
	done < "$confirmed"
}

t_no=1
while [ $t_no -le $trials ]; do
	[ $t_no -eq 1 ] || resume
	keys Enter
	wait_for "Answer to 1:"
	n=$(( $(random) % 3 + 1 ))
	j=1
	while [ $j -le $n ]; do
		type_text "trial $t_no answer $j"
		keys Enter
		wait_for "- trial $t_no answer $j"
		echo "trial $t_no answer $j" >> "$confirmed"
		j=$((j + 1))
	done
	# One more in flight: killed at once, before, while or after it is saved.
	case $(( $(random) % 3 )) in
	0) type_text "trial $t_no in flight" ;;
	1) type_text "trial $t_no in flight"; keys Enter ;;
	2) keys Enter ;;
	esac
	kill -9 "$(app_pid)"
	status=$(wait_exit)
	[ "$status" = 137 ] || fail "trial $t_no: the app did not die of SIGKILL (status $status)"
	integrity=$(sqlite3 "$DB" "PRAGMA integrity_check")
	[ "$integrity" = ok ] || fail "trial $t_no: integrity_check says $integrity"
	all_present || fail "trial $t_no: an answer the screen showed is not in the database"
	echo "ok - trial $t_no: SIGKILL, integrity ok, all $(wc -l < "$confirmed") answers shown are kept"
	t_no=$((t_no + 1))
done
resume
check 'true' "the meeting resumes after $trials kills"
keys Escape

# SIGHUP and SIGTERM: saved, terminal given back, out within a second.
for sig in HUP TERM HUP TERM HUP TERM; do
	resume
	keys Enter
	wait_for "Answer to 1:"
	answer="before SIG$sig $(random)"
	type_text "$answer"
	keys Enter
	wait_for "- $answer"
	echo "$answer" >> "$confirmed"
	t0=$(now_ms)
	kill -$sig "$(app_pid)"
	status=$(wait_exit 2)
	took=$(( $(now_ms) - t0 ))
	want=$([ $sig = HUP ] && echo 129 || echo 143)
	check '[ "$status" = "$want" ] && [ "$took" -lt 1000 ]' "SIG$sig: the app exits (status $status) within a second ($took ms)"
	check 'cmp -s "$TMP/app.stty-before" "$TMP/app.stty-after"' "SIG$sig: the terminal is given back as it was"
	check '[ "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok ] && all_present' "SIG$sig: the database is whole and holds every answer shown"
done

# The terminal vanishes and no SIGHUP arrives (blocked here, as a dropped
# connection can leave it): the app notices, saves and ends by itself,
# instead of spinning on a terminal that is gone.
SOCK="convene-e2e-$$-gone"
rm -f "$TMP/app.pid" "$TMP/app.status"
tmux -L "$SOCK" -f "$TMP/tmux.conf" new-session -d -x 100 -y 40 \
	"APP_STATE='$TMP/app' exec sh '$TMP/run.sh' python3 -c 'import os, signal, sys; signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP}); os.execvp(sys.argv[1], sys.argv[1:])' env TERM=tmux-256color '$CONVENE' --db '$DB'"
wait_for "Unfinished meetings: Enter resumes"
keys Down Enter
wait_for "Resumed meeting #1"
wait_for "What are we reviewing?"
keys Enter
wait_for "Answer to 1:"
type_text "before the terminal vanished"
keys Enter
wait_for "- before the terminal vanished"
echo "before the terminal vanished" >> "$confirmed"
pid=$(app_pid)
check 'grep -q "^SigBlk:.*[13579bdf]$" /proc/$pid/status' "the app runs with SIGHUP blocked"
tmux -L "$SOCK" kill-server
deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
while kill -0 "$pid" 2>/dev/null; do
	[ "$(date +%s)" -lt "$deadline" ] || { kill -9 "$pid"; fail "the app kept running on a terminal that is gone"; }
	sleep 0.05
done
check 'true' "a terminal gone without SIGHUP: the app ends by itself"
check '[ "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok ] && all_present' "and nothing is lost"
