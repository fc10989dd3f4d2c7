#!/bin/sh
# deps.sh [test]: installs what convene needs to build (and test) on Debian
# and Ubuntu, only if something is missing (scdoc builds the man pages,
# gettext the translations), using sudo when not run as root; elsewhere
# says what to install, and lets the build go on when its tools are there.
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
# No apt (Fedora, macOS with Homebrew, ...): the same packages under their
# names there, said rather than installed (this script will not guess at
# another package manager's prompts); Meson runs anyway when the build
# tools are here, and names any library still missing.
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
	dnf="gcc meson ninja-build pkgconf-pkg-config ncurses-devel sqlite-devel libyaml-devel scdoc gettext tmux sqlite python3"
	brew="meson ninja pkg-config ncurses sqlite libyaml scdoc gettext tmux python"
	if command -v dnf >/dev/null 2>&1; then
		echo "deps.sh: no apt-get here. Install what convene needs with:"
		echo "  sudo dnf install $dnf"
		echo "  (for the tests too: sudo dnf install python3-jsonschema python3-pyyaml valgrind clang openssh-server openssh-clients chromium poppler-utils cmark)"
	elif command -v brew >/dev/null 2>&1; then
		echo "deps.sh: no apt-get here. Install what convene needs with:"
		echo "  brew install $brew"
		echo "  (Homebrew keeps ncurses and sqlite out of the default paths: before meson setup,"
		echo "  export PKG_CONFIG_PATH=\"\$(brew --prefix ncurses)/lib/pkgconfig:\$(brew --prefix sqlite)/lib/pkgconfig\")"
		echo "  (for the tests too: brew install poppler cmark, brew install --cask chromium, python3 -m pip install jsonschema pyyaml)"
	else
		echo "deps.sh: no apt-get here. Install what convene needs; the packages are named"
		echo "  on Fedora (dnf install): $dnf"
		echo "  on macOS (brew install): $brew"
		echo "  on Debian and Ubuntu (apt-get install): $packages"
	fi
	need=""
	for tool in meson ninja pkg-config; do
		command -v $tool >/dev/null 2>&1 || need="$need $tool"
	done
	command -v cc >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || command -v clang >/dev/null 2>&1 ||
		need="$need cc"
	if [ -n "$need" ]; then
		echo "deps.sh: cannot build without:$need" >&2
		exit 1
	fi
	echo "deps.sh: the build tools are here: running Meson, which names any library still missing."
	exit 0
fi
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
