#!/usr/bin/env bash
# A new learner takes the whole quiz in the real window and sees results; screenshots of each step.
source "$(dirname "$0")/lib.sh"
data=$(fresh_dir quiz_to_results)
shots="$E2E_OUT/screens"
mkdir -p "$shots"
{
  cat <<SCRIPT
expect "Pathlight"
screenshot "$shots/welcome.png"
click "Start"
expect "Who are you?"
click "I'm new"
click "Your first name or a nickname"
type "Rosa"
click "Grade 7"
click "Panda"
screenshot "$shots/new_learner.png"
click "Let's go!"
expect "Hi, Rosa!"
screenshot "$shots/home.png"
click "Start the quiz"
expect "Question 1 of 36"
screenshot "$shots/quiz.png"
SCRIPT
  answer_items 36
  cat <<SCRIPT
expect "Your code:"
expect "Jobs that fit you"
screenshot "$shots/results.png"
SCRIPT
} > "$data/run.plscript"
"$PATHLIGHT_APP" --data-dir "$data" --content-dir "$PATHLIGHT_CONTENT" --size 1280x800 --script "$data/run.plscript"
for s in welcome new_learner home quiz results; do
  check_png "$shots/$s.png" 1280 800
done
echo "e2e quiz_to_results: ok"
