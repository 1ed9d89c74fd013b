#!/usr/bin/env bash
# Bad input never crashes the app: broken content names file and line; a damaged database is kept
# and a fresh start offered; an unwritable data folder is explained.
source "$(dirname "$0")/lib.sh"
work=$(fresh_dir bad_input)

# 1. Broken content: the app refuses to start and names the file and line.
cp -r "$PATHLIGHT_CONTENT" "$work/content"
sed -i '3s/.*/r99,Q,wrench,Oops,Uy/' "$work/content/quizzes/interest_items.csv"
cat > "$work/quit.plscript" <<SCRIPT
expect "quizzes/interest_items.csv:3"
screenshot "$work/broken_content.png"
click "Quit"
SCRIPT
set +e
"$PATHLIGHT_APP" --data-dir "$work/data1" --content-dir "$work/content" --script "$work/quit.plscript" 2> "$work/err1.txt"
code=$?
set -e
[ "$code" -ne 0 ] || { echo "app accepted broken content" >&2; exit 1; }
[ "$code" -lt 128 ] || { echo "app crashed on broken content (exit $code)" >&2; exit 1; }
grep -q "quizzes/interest_items.csv:3" "$work/err1.txt" || { echo "no file:line on stderr" >&2; cat "$work/err1.txt"; exit 1; }
check_png "$work/broken_content.png" 1280 800

# 2. A damaged database: the app says so, keeps the file, and starts fresh when asked.
mkdir -p "$work/data2"
head -c 8192 /dev/urandom > "$work/data2/pathlight.db"
cp "$work/data2/pathlight.db" "$work/damaged-copy.db"
cat > "$work/fresh.plscript" <<SCRIPT
expect "damaged"
click "Start fresh"
expect "Start"
click "Start"
expect "Who are you?"
SCRIPT
"$PATHLIGHT_APP" --data-dir "$work/data2" --content-dir "$PATHLIGHT_CONTENT" --script "$work/fresh.plscript"
kept=$(ls "$work/data2" | grep -c 'pathlight.db.damaged-' || true)
[ "$kept" -ge 1 ] || { echo "damaged database was not kept" >&2; ls -la "$work/data2"; exit 1; }
cmp -s "$work/data2/$(ls "$work/data2" | grep 'pathlight.db.damaged-' | head -1)" "$work/damaged-copy.db" \
  || { echo "kept file differs from the damaged one" >&2; exit 1; }

# 3. An unwritable data folder (a path under a regular file fails even for root).
touch "$work/not-a-folder"
cat > "$work/unwritable.plscript" <<SCRIPT
expect "can't save"
click "Quit"
SCRIPT
set +e
"$PATHLIGHT_APP" --data-dir "$work/not-a-folder/data" --content-dir "$PATHLIGHT_CONTENT" --script "$work/unwritable.plscript"
code=$?
set -e
[ "$code" -ne 0 ] && [ "$code" -lt 128 ] || { echo "unwritable data dir: exit $code" >&2; exit 1; }
echo "e2e bad_input: ok"
