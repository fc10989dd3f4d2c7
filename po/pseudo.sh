#!/bin/sh
# pseudo.sh OUT_DIR: a made-up language, "xx", in which every translatable
# string is the English with each ASCII letter swapped for an accented one
# of the same width ("Save" → "Śáṽé"), format specifiers kept. Run under
# it (LANGUAGE=xx CONVENE_LOCALE_DIR=OUT_DIR), the app shows plain ASCII
# words only where a string escaped translation; tests/e2e/i18n-escape.sh
# looks for them. Reads the sources as the build does (POTFILES,
# XGETTEXT_ARGS), into OUT_DIR only.
set -eu
out="$1"
po="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$out/xx/LC_MESSAGES"
(cd "$po/.." && xgettext $(cat "$po/XGETTEXT_ARGS") -o "$out/convene.pot" $(cat "$po/POTFILES"))
msgen -o "$out/xx.po" "$out/convene.pot"
msgfilter --keep-header -i "$out/xx.po" -o "$out/xx-marked.po" perl "$po/pseudo.pl"
msgfmt --check-format -o "$out/xx/LC_MESSAGES/convene.mo" "$out/xx-marked.po"
