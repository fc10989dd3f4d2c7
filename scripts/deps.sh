#!/bin/sh
# deps.sh [test]: installs what convene needs to build (and test) on Debian
# 12, only if something is missing (scdoc builds the man page, gettext the
# translations). Uses sudo when
# not run as root.
set -eu
packages="build-essential meson ninja-build pkg-config libncurses-dev libsqlite3-dev libyaml-dev tmux sqlite3 python3 scdoc gettext"
# `deps.sh test`: also what the test suite's sanitizer build, fuzzers and
# valgrind run need, and the OpenSSH server and client the seat-over-SSH
# test starts on 127.0.0.1, and python3-jsonschema and python3-yaml for the
# test of the protocol format's JSON Schema (assets/protocol.schema.json),
# and Chromium and poppler-utils (pdfinfo, pdftotext) to print the HTML
# handout to PDF and read it back (tests/e2e/handout-pdf.sh), and cmark to
# read the Markdown export's escaping back (tests/unit/test-md-cmark.c).
[ "${1:-}" = test ] && packages="$packages clang libclang-rt-14-dev valgrind openssh-server openssh-client python3-jsonschema python3-yaml chromium poppler-utils cmark"
missing=""
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing"
if [ "$(id -u)" = 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1; then
	sudo="sudo"
else
	echo "deps.sh: need root (or sudo) to install:$missing" >&2
	exit 1
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
