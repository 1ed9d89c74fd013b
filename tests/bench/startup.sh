#!/usr/bin/env bash
# Whole-process figures under Xvfb at 1280x800 (run on a Release build):
#   start-up: process start -> Welcome screen drawn, as the app itself counts it (median of N runs)
#   first frame: exec -> the first drawn pixels as the X server shows them (tests/bench/first_frame.cpp)
#   idle CPU: % of one core over 20 s sitting on Welcome
#   RSS: resident memory after start-up and at the end of the idle period (llvmpipe included)
#   quiz frames: the worst frame CPU time while a script takes the whole quiz
#   explorer frames: the worst frame CPU time while a script lists, searches and filters careers
# Usage: tests/bench/startup.sh [path/to/pathlight] [runs]
set -euo pipefail
app="${1:-build/release/bin/pathlight}"
runs="${2:-11}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
content="$root/content"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SDL_AUDIODRIVER=dummy

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

# Warm the file cache once so runs compare like with like.
"$app" --data-dir "$work/data" --content-dir "$content" --screenshot "$work/warm.png" >/dev/null 2>&1

probe="$(dirname "$app")/first-frame"
times=()
outside=()
for ((i = 0; i < runs; i++)); do
  if [ -x "$probe" ]; then
    outside+=("$("$probe" 1280 800 -- "$app" --data-dir "$work/data" --content-dir "$content" \
                 --screenshot "$work/shot.png" 2>/dev/null | cut -d= -f2)")
  fi
  out=$(PATHLIGHT_LAUNCH_NS=$(date +%s%N) "$app" --data-dir "$work/data" --content-dir "$content" \
        --screenshot "$work/shot.png" 2>&1 >/dev/null | grep startup_ms= | cut -d= -f2)
  times+=("$out")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "startup_ms_median=$median (in the app; runs: ${times[*]})"
if [ ${#outside[@]} -gt 0 ]; then
  first=$(printf '%s\n' "${outside[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "first_frame_ms_median=$first (exec to first drawn pixels on the X server; runs: ${outside[*]})"
fi

# Idle CPU and RSS: start, settle, then sample utime+stime over 20 s.
"$app" --data-dir "$work/data" --content-dir "$content" --size 1280x800 &
pid=$!
sleep 3
rss_start=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
ticks() { awk '{print $14 + $15}' /proc/$pid/stat; }
t0=$(ticks)
sleep 20
t1=$(ticks)
rss_end=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
kill "$pid"
wait "$pid" 2>/dev/null || true
hz=$(getconf CLK_TCK)
awk -v a="$t0" -v b="$t1" -v hz="$hz" 'BEGIN {printf "idle_cpu_percent=%.2f (over 20 s)\n", (b - a) / hz / 20 * 100}'
echo "rss_mb_after_start=$((rss_start / 1024)) rss_mb_after_idle=$((rss_end / 1024)) rss_mb_peak=$((hwm / 1024))"

# Quiz frame CPU: a script that joins and answers all 36 items.
{
  echo 'click "Start"'; echo "click \"I'm new\""; echo 'click "Your first name or a nickname"'
  echo 'type "Bench"'; echo 'click "Grade 6"'; echo 'click "Cat"'; echo "click \"Let's go!\""
  echo 'click "Start the quiz"'
  faces=("Love it!" "Not for me" "I like it" "Not really")
  for ((i = 0; i < 36; i++)); do echo "click \"${faces[$((i % 4))]}\""; done
  echo 'expect "Your code:"'
} > "$work/quiz.plscript"
"$app" --data-dir "$work/quizdata" --content-dir "$content" --script "$work/quiz.plscript" --frame-stats 2>&1 \
  | grep -E '^(frames=|screen=quiz|screen=results)' || true

# Explorer frame CPU (whole app, GL submission included): list all careers, type a search, filter.
{
  echo 'click "Start"'; echo "click \"I'm new\""; echo 'click "Your first name or a nickname"'
  echo 'type "Bench"'; echo 'click "Grade 6"'; echo 'click "Cat"'; echo "click \"Let's go!\""
  echo 'click "Explore careers"'; echo 'expect "923 of 923 careers"'; echo 'wait 500'
  echo 'click "Search for a job"'; for c in n u r s e; do echo "type \"$c\""; done
  echo 'click "Filters"'; echo 'click "Healthcare & Human Services"'
} > "$work/explorer.plscript"
"$app" --data-dir "$work/explorerdata" --content-dir "$content" --script "$work/explorer.plscript" --frame-stats 2>&1 \
  | grep -E '^screen=careers' || true
