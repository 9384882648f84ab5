#!/usr/bin/env bash
# Runs lupdate over the GUI's sources into copies of the shipped .ts files and fails on any message that is
# unfinished (new or changed text without a translation), naming each one. The shipped files stay untouched.
set -euo pipefail
root="$1"
lupdate="${2:-/usr/lib/qt6/bin/lupdate}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/translations"
cp "$root"/translations/*.ts "$work/translations/"
cp -r "$root/ui" "$root/app" "$work/"
(cd "$work" && "$lupdate" -no-obsolete ui app/gui -ts translations/*.ts >/dev/null)
status=0
for ts in "$work"/translations/*.ts; do
  count=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$count" -gt 0 ]; then
    status=1
    echo "$(basename "$ts"): $count message(s) without a translation:"
    # The <source> line before each unfinished translation.
    grep -B3 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ *<source>/  /; s/<\/source>$//' | head -50
  fi
done
[ "$status" -eq 0 ] && echo "Every GUI text is translated in $(ls "$root"/translations/*.ts | wc -l) languages."
exit "$status"
