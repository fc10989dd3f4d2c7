# lib-sshd.sh: an OpenSSH server of the test's own, started as OpenSSH's
# regress suite starts one (regress/test-exec.sh): a temporary host key
# and configuration, 127.0.0.1 on a free port, a PidFile, authorized keys
# in the test's folder, StrictModes off, checked with `sshd -t` and
# started by absolute path with `sshd -f CONFIG -E LOG`. The client uses
# BatchMode, a key of the test's, and a known_hosts file holding only the
# test's host key, with StrictHostKeyChecking. Sourced after lib.sh.
#
# As root only: an unprivileged sshd logs in only as itself, and in
# containers its terminal sessions fail on /dev/pts ownership.

SSHD=/usr/sbin/sshd
SSHD_DIR="$TMP/sshd"
SSHD_PORT=""

# sshd_skip_unless_able: exits 77 (skipped), saying why, unless this runs
# as root with OpenSSH's server and client installed.
sshd_skip_unless_able() {
	if [ "$(id -u)" != 0 ]; then
		echo "needs root (a seat account and an sshd of its own): skipping"
		exit 77
	fi
	for p in "$SSHD" /usr/bin/ssh /usr/bin/ssh-keygen /usr/sbin/useradd python3; do
		command -v "$p" >/dev/null 2>&1 && continue
		echo "$p is not installed (sh scripts/deps.sh test): skipping"
		exit 77
	done
}

# sshd_free_port: a TCP port on 127.0.0.1 nothing listens on now.
sshd_free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# sshd_keys USER: the host key, USER's client key (authorized for USER)
# and the client's known_hosts for this server.
sshd_keys() {
	mkdir -p "$SSHD_DIR/keys"
	ssh-keygen -q -t ed25519 -N '' -C "convene-e2e host" -f "$SSHD_DIR/host_ed25519"
	ssh-keygen -q -t ed25519 -N '' -C "convene-e2e client" -f "$SSHD_DIR/client"
	cp "$SSHD_DIR/client.pub" "$SSHD_DIR/keys/$1"
	SSHD_PORT=$(sshd_free_port)
	printf '[127.0.0.1]:%s %s\n' "$SSHD_PORT" "$(cut -d' ' -f1,2 "$SSHD_DIR/host_ed25519.pub")" \
		> "$SSHD_DIR/known_hosts"
}

# sshd_config: the server's settings, the lines given on stdin added at
# the end (a Match block).
sshd_config() {
	{
		cat <<CFG
Port $SSHD_PORT
ListenAddress 127.0.0.1
HostKey $SSHD_DIR/host_ed25519
PidFile $SSHD_DIR/sshd.pid
AuthorizedKeysFile $SSHD_DIR/keys/%u
StrictModes no
UsePAM no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
LogLevel VERBOSE
CFG
		cat
	} > "$SSHD_DIR/sshd_config"
	# The privilege separation folder, which Debian's service makes; sshd
	# -t and -T want it too.
	[ -d /run/sshd ] || mkdir -p -m 0755 /run/sshd
}

# sshd_start: checks the configuration and starts the server; returns
# once its PidFile is written.
sshd_start() {
	"$SSHD" -t -f "$SSHD_DIR/sshd_config" || fail "sshd -t refused the test's configuration"
	"$SSHD" -f "$SSHD_DIR/sshd_config" -E "$SSHD_DIR/sshd.log" || fail "sshd did not start"
	deadline=$(( $(date +%s) + 10 ))
	while [ ! -s "$SSHD_DIR/sshd.pid" ]; do
		if [ "$(date +%s)" -ge "$deadline" ]; then
			cat "$SSHD_DIR/sshd.log"
			fail "sshd wrote no PidFile"
		fi
		sleep 0.05
	done
}

# sshd_stop: ends the server this test started (by its pid), and waits
# until it is gone.
sshd_stop() {
	[ -s "$SSHD_DIR/sshd.pid" ] || return 0
	pid=$(cat "$SSHD_DIR/sshd.pid")
	kill "$pid" 2>/dev/null || true
	deadline=$(( $(date +%s) + 5 ))
	while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do
		sleep 0.05
	done
	rm -f "$SSHD_DIR/sshd.pid"
}

# ssh_line: the client's command line (for a shell or tmux), options
# to add after it; then the destination. Nothing of the user's own ssh
# configuration or known hosts is read.
ssh_line() {
	printf "ssh -F /dev/null -p %s -i '%s' -o IdentitiesOnly=yes -o BatchMode=yes" \
		"$SSHD_PORT" "$SSHD_DIR/client"
	printf " -o UserKnownHostsFile='%s' -o GlobalKnownHostsFile=/dev/null" "$SSHD_DIR/known_hosts"
	printf " -o StrictHostKeyChecking=yes -o ConnectTimeout=10"
}
