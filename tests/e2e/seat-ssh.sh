#!/bin/sh
# A participant's seat over SSH, set up as the README says: a group, a
# setgid 2770 folder holding the team's database, a seat account in the
# group whose only program is `convene join` (a Match User block with
# ForceCommand and DisableForwarding), and OpenSSH's own sshd on 127.0.0.1.
# The facilitator runs a blind Team Assessment; the seat connects with
# `ssh -t` inside tmux, types the join code, picks a name and rates the
# first dimension; the facilitator's screen counts it and the database
# holds the ballot without a name. Forwarding is refused, and a command
# given to ssh still runs only `convene join`. Runs as root (skips
# otherwise): it adds a group and an account, removed when it ends.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/lib-sshd.sh"
sshd_skip_unless_able

GROUP="cvtest$$"
SEAT="cvseat$$"
SHARED="$TMP/shared"
made_user=0
made_group=0
seat_cleanup() {
	# The seat's ssh ends with its tmux server, and the seat with it.
	kill_terminals
	sshd_stop
	if [ $made_user = 1 ]; then
		deadline=$(( $(date +%s) + 5 ))
		while pgrep -u "$SEAT" >/dev/null 2>&1 && [ "$(date +%s)" -lt "$deadline" ]; do
			sleep 0.05
		done
		userdel -f "$SEAT" >/dev/null 2>&1 || echo "could not remove the account $SEAT"
	fi
	[ $made_group = 0 ] || groupdel "$GROUP" >/dev/null 2>&1 || echo "could not remove the group $GROUP"
}
trap 'seat_cleanup; cleanup' EXIT
trap 'exit 1' INT TERM HUP

# The group, the seat account in it (a real shell: ForceCommand runs
# through it; '*': no password, yet not locked), and the shared folder.
groupadd "$GROUP" && made_group=1
useradd -M -d "$TMP/seat-home" -s /bin/sh -g "$GROUP" -p '*' "$SEAT" && made_user=1
mkdir -p "$TMP/seat-home"
chown "$SEAT:$GROUP" "$TMP/seat-home"
chmod 711 "$TMP"                # the seat passes through to the folder
mkdir "$SHARED"
chown "root:$GROUP" "$SHARED"
chmod 2770 "$SHARED"
DB="$SHARED/team.db"

# The facilitator (root here) makes the team's database in the folder.
demo_meeting 100 40 "Effective Team Assessment"
check '[ "$(stat -c "%a %U %G" "$DB")" = "660 root $GROUP" ]' \
	"the new database is 0660 and takes the folder's group, with no chgrp or chmod"
wait_for "How are ratings entered?"
keys Down Enter                 # blind
wait_for "How this works"
keys n
wait_for "0 of 9 have rated"
check '[ "$(stat -c "%a %G" "$DB-wal") $(stat -c "%a %G" "$DB-shm")" = "660 $GROUP 660 $GROUP" ]' \
	"its -wal and -shm, made by the running app, are 0660 in the group too"

# The server: the seat account may run only convene join, on that database.
sshd_keys "$SEAT"
sshd_config <<CFG
AllowUsers $SEAT
Match User $SEAT
	ForceCommand exec env CONVENE_DATA_DIR='$CONVENE_DATA_DIR' '$CONVENE' --db '$DB' join
	DisableForwarding yes
	PermitTTY yes
	PermitUserRC no
CFG
effective=$("$SSHD" -T -f "$SSHD_DIR/sshd_config" -C "user=$SEAT,host=localhost,addr=127.0.0.1")
check 'printf "%s\n" "$effective" | grep -qx "forcecommand exec .*join"' \
	"sshd -T: the seat's only program is convene join"
check 'printf "%s\n" "$effective" | grep -qx "disableforwarding yes"' "sshd -T: forwarding disabled"
check 'printf "%s\n" "$effective" | grep -qx "permituserrc no"' "sshd -T: no ~/.ssh/rc"
check '"$SSHD" -T -f "$SSHD_DIR/sshd_config" -C "user=root,host=localhost,addr=127.0.0.1" | grep -qx "disableforwarding no"' \
	"the Match block stays with the seat account"
sshd_start
SSH=$(ssh_line)

# Without a terminal, whatever command is asked for, the seat runs join,
# which asks for ssh -t.
set +e
eval "$SSH -T $SEAT@127.0.0.1 id" </dev/null >"$TMP/notty.out" 2>"$TMP/notty.err"
rc=$?
set -e
check '[ $rc = 64 ] && grep -qF "convene join needs a terminal: over SSH connect with ssh -t" "$TMP/notty.err"' \
	"a command without -t runs join, which asks for ssh -t (exit 64)"
check '! grep -q "uid=" "$TMP/notty.out"' "and not the command asked for"

# Nor can it fetch files: sftp's subsystem is replaced by join as well.
printf 'get %s %s\n' "$DB" "$TMP/fetched.db" > "$TMP/sftp.batch"
set +e
eval "$(printf %s "$SSH" | sed 's/^ssh /sftp /; s/ -p / -P /') -b '$TMP/sftp.batch' $SEAT@127.0.0.1" \
	</dev/null >"$TMP/sftp.out" 2>&1
rc=$?
set -e
check '[ $rc != 0 ] && [ ! -e "$TMP/fetched.db" ]' "sftp gets no files"

# Forwarding is refused: a stdio forward (-W, the channel -L and -D use)
# and a remote forward (-R).
set +e
eval "timeout 20 $SSH -W 127.0.0.1:$SSHD_PORT $SEAT@127.0.0.1" </dev/null >/dev/null 2>"$TMP/fwd-w.err"
rc_w=$?
eval "timeout 20 $SSH -N -o ExitOnForwardFailure=yes -R 127.0.0.1:0:127.0.0.1:$SSHD_PORT $SEAT@127.0.0.1" \
	</dev/null >/dev/null 2>"$TMP/fwd-r.err"
rc_r=$?
set -e
check '[ $rc_w = 255 ] && grep -q "administratively prohibited" "$TMP/fwd-w.err"' \
	"ssh -W (local forwarding) is refused"
check '[ $rc_r = 255 ] && grep -q "remote port forwarding failed" "$TMP/fwd-r.err"' \
	"ssh -R (remote forwarding) is refused"

# A command given with -t runs join too: its screen comes, not a shell.
t new-window -d "exec env TERM=tmux-256color $SSH -t $SEAT@127.0.0.1 /bin/sh"
wait_other "convene join: a seat for one participant"
check 'true' "a command given with ssh -t runs join as well"
t kill-window -t :1

# The join code: made when the facilitator's app opens the meeting to
# seats, and shown on the room view (t), where the participants read it.
deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
while CODE=$(sqlite3 "$DB" "SELECT coalesce(join_code, '') FROM meeting WHERE status = 'running'" 2>"$TMP/code.err") &&
	[ -z "$CODE" ]; do
	[ "$(date +%s)" -lt "$deadline" ] || fail "the running meeting has no join code"
	sleep 0.05
done
[ -n "$CODE" ] || fail "cannot read the join code: $(cat "$TMP/code.err")"
check '[ ${#CODE} = 6 ]' "the running meeting has a six-digit join code"
keys t
wait_match "code ${CODE%???} ?${CODE#???}"
check 'true' "the room view shows it"
keys t
wait_gone "Join from your own terminal"

# The seat: ssh -t into the seat account, in a window of its own.
t new-window -d "env TERM=tmux-256color $SSH -t $SEAT@127.0.0.1; echo \$? > '$TMP/seat.status'"
wait_other "convene join: a seat for one participant"
wait_other "Join code (shown on the room's screen):"
t send-keys -t :1 -l "$CODE"
okeys Enter
wait_other "Who are you?"
okeys Enter
wait_other "? y/n"
okeys y
wait_other " · meeting 1 · Riverside Unified Learning Team"
wait_other "Secret ballot: your ratings are stored without your name."
step=$(sqlite3 "$DB" "SELECT cur_step FROM meeting WHERE id = 1")
ballots() { sqlite3 "$DB" "SELECT count(*) FROM rating WHERE meeting_id = 1 AND step_index = $step AND member_id IS NULL"; }
voted() { sqlite3 "$DB" "SELECT count(*) FROM poll_book WHERE meeting_id = 1 AND step_index = $step"; }
check '[ "$(ballots) $(voted)" = "0 0" ]' "no ballot before the seat rates"
okeys 4
wait_other "Saved."
wait_line "1 of" "have rated"
check '[ "$(ballots)" = 1 ]' "the database holds the seat's ballot, without a name"
check '[ "$(voted)" = 1 ]' "and, apart, that one person has voted"
check '[ "$(stat -c "%a %G" "$DB-seats")" = "660 $GROUP" ]' \
	"the seats' lock file beside the database is 0660 in the group"

# Leaving the seat ends the ssh session cleanly.
okeys q
wait_other "Leave your seat? y/n"
okeys y
deadline=$(( $(date +%s) + 10 ))
while [ ! -s "$TMP/seat.status" ]; do
	[ "$(date +%s)" -lt "$deadline" ] || fail "the seat's ssh did not end"
	sleep 0.05
done
check '[ "$(cat "$TMP/seat.status")" = 0 ]' "the seat left, and ssh ended with status 0"
