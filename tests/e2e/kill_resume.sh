#!/usr/bin/env bash
# kill -9 the app in the middle of the quiz, restart it, and the learner resumes at the same item
# with no answer lost (the quiz then finishes with a code, which needs every answer).
source "$(dirname "$0")/lib.sh"
data=$(fresh_dir kill_resume)
marker="$data/reached.png"
{
  cat <<SCRIPT
click "Start"
click "I'm new"
click "Your first name or a nickname"
type "Kai"
click "Grade 5"
click "Robot"
click "Let's go!"
click "Start the quiz"
SCRIPT
  answer_items 11
  cat <<SCRIPT
expect "Question 12 of 36"
screenshot "$marker"
wait 600000
SCRIPT
} > "$data/first.plscript"

"$PATHLIGHT_APP" --data-dir "$data" --content-dir "$PATHLIGHT_CONTENT" --script "$data/first.plscript" &
pid=$!
for _ in $(seq 1 600); do
  [ -s "$marker" ] && break
  kill -0 "$pid" 2>/dev/null || { echo "app exited before reaching question 12" >&2; exit 1; }
  sleep 0.1
done
[ -s "$marker" ] || { echo "app never reached question 12" >&2; kill -9 "$pid"; exit 1; }
kill -9 "$pid"
wait "$pid" 2>/dev/null || true

{
  cat <<SCRIPT
click "Start"
click "Kai"
expect "Keep going (question 12 of 36)"
click "Keep going"
expect "Question 12 of 36"
SCRIPT
  answer_items 25
  cat <<SCRIPT
expect "Your code:"
SCRIPT
} > "$data/second.plscript"
"$PATHLIGHT_APP" --data-dir "$data" --content-dir "$PATHLIGHT_CONTENT" --script "$data/second.plscript"
echo "e2e kill_resume: ok"
