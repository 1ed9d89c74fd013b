# Shared helpers for the e2e scripts. Each test gets its own data dir under $E2E_OUT.
set -euo pipefail
: "${PATHLIGHT_APP:?}" "${E2E_DIR:?}" "${E2E_OUT:?}"
if [ -z "${DISPLAY:-}" ]; then
  echo "e2e: needs a display; run under xvfb-run (tools/dev test does)" >&2
  exit 1
fi
mkdir -p "$E2E_OUT"

fresh_dir() {
  local d="$E2E_OUT/$1"
  rm -rf "$d"
  mkdir -p "$d"
  echo "$d"
}

# Fails unless $1 is a PNG of the expected size.
check_png() {
  local file="$1" w="$2" h="$3"
  [ -s "$file" ] || { echo "missing screenshot $file" >&2; return 1; }
  local sig
  sig=$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')
  [ "$sig" = "89504e470d0a1a0a" ] || { echo "$file is not a PNG" >&2; return 1; }
  local size
  size=$(od -An -tu1 -j16 -N8 "$file" | awk '{printf "%d %d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [ "$size" = "$w $h" ] || { echo "$file is $size, expected $w $h" >&2; return 1; }
}

# A script that answers `count` quiz items with a face, alternating faces so the profile isn't flat.
answer_items() {
  local count="$1"
  local faces=("Love it!" "Not for me" "I like it" "Not really")
  for ((i = 0; i < count; i++)); do
    echo "click \"${faces[$((i % 4))]}\""
  done
}
