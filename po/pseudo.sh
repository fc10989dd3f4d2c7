#!/bin/sh
# pseudo.sh BUILD_DIR OUT_DIR: a made-up language, "xx", in which every
# translatable string is the English with each ASCII letter swapped for an
# accented one of the same width ("Save" → "Śáṽé"), format specifiers kept.
# Run under it (LANGUAGE=xx CONVENE_LOCALE_DIR=OUT_DIR), the app shows
# plain ASCII words only where a string escaped translation; the test
# tests/e2e/i18n-escape.sh looks for them.
set -eu
build="$1" out="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
ninja -C "$build" convene-pot >/dev/null
mkdir -p "$out/xx/LC_MESSAGES"
msgen -o "$out/xx.po" "$root/po/convene.pot"
msgfilter --keep-header -i "$out/xx.po" -o "$out/xx-marked.po" perl "$root/po/pseudo.pl"
msgfmt --check-format -o "$out/xx/LC_MESSAGES/convene.mo" "$out/xx-marked.po"
