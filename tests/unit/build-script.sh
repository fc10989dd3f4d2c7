#!/bin/sh
# build-script: scripts/build.sh on a system without apt-get (Fedora,
# macOS with Homebrew) says what to install, by that system's package
# names, and runs Meson anyway when the build tools are there; without
# Meson it says so and stops. Run with a PATH of stand-ins: no apt-get, no
# dpkg-query, a dnf or a brew that only exist, and a meson that records
# how it was called.
set -eu
: "${SOURCE_ROOT:?SOURCE_ROOT must name the source tree}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/build-script.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
n=0
failed=0
say() { n=$((n + 1)); echo "$1 $n - $2"; }
check() { if eval "$1"; then say ok "$2"; else say "not ok" "$2"; failed=1; fi; }
mkdir -p "$tmp/src/scripts" "$tmp/bin"
cp "$SOURCE_ROOT/scripts/build.sh" "$SOURCE_ROOT/scripts/deps.sh" "$tmp/src/scripts/"
for tool in sh cat dirname python3; do
	ln -s "$(command -v $tool)" "$tmp/bin/$tool"
done
# The build tools, as stand-ins: meson logs its arguments.
cat > "$tmp/bin/meson" <<'STUB'
#!/bin/sh
echo "meson $*" >> "$MESON_LOG"
[ "$1" = introspect ] && echo '[{"name": "prefix", "value": "/opt/convene"}]'
exit 0
STUB
for tool in ninja pkg-config cc; do printf '#!/bin/sh\nexit 0\n' > "$tmp/bin/$tool"; done
chmod +x "$tmp/bin/meson" "$tmp/bin/ninja" "$tmp/bin/pkg-config" "$tmp/bin/cc"
run() { # run MANAGER: build.sh with that package manager on PATH
	rm -f "$tmp/bin/dnf" "$tmp/bin/brew" "$tmp/meson.log"
	[ "$1" = none ] || { printf '#!/bin/sh\nexit 1\n' > "$tmp/bin/$1"; chmod +x "$tmp/bin/$1"; }
	(cd "$tmp/src" && MESON_LOG="$tmp/meson.log" PATH="$tmp/bin" sh scripts/build.sh) > "$tmp/out" 2>&1
}
check 'run dnf' "with dnf: build.sh succeeds"
check 'grep -q "sudo dnf install .*ncurses-devel sqlite-devel libyaml-devel scdoc" "$tmp/out"' \
	"it names Fedora's packages"
check 'grep -q "^meson setup build" "$tmp/meson.log" && grep -q "^meson compile -C build" "$tmp/meson.log"' \
	"and runs Meson anyway"
check 'run brew' "with brew: build.sh succeeds"
check 'grep -q "brew install .*ncurses sqlite libyaml scdoc gettext" "$tmp/out" && grep -q PKG_CONFIG_PATH "$tmp/out"' \
	"it names Homebrew's packages, and where pkg-config finds the keg-only ones"
check 'grep -q "^meson compile -C build" "$tmp/meson.log"' "and runs Meson anyway"
check 'run none' "with neither: build.sh succeeds"
check 'grep -q "on Fedora (dnf install)" "$tmp/out" && grep -q "on macOS (brew install)" "$tmp/out"' \
	"it names the packages of both"
rm "$tmp/bin/meson"
check '! run dnf' "without Meson: build.sh stops"
check 'grep -q "cannot build without: meson" "$tmp/out" && [ ! -e "$tmp/meson.log" ]' \
	"saying what is missing, Meson never run"
echo "1..$n"
exit $failed
