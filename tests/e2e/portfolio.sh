#!/usr/bin/env bash
# A learner's portfolio follows them between two "computers" (two data dirs) in the real window:
# the classroom PC writes it to the class folder as she works; the kiosk brings it in with "Bring my
# portfolio", and a damaged copy on the stick gets a message. Screenshots in en and es, 100 / 200 %.
source "$(dirname "$0")/lib.sh"
shots="$E2E_OUT/screens"
mkdir -p "$shots"
root=$(fresh_dir portfolio)
export HOME="$root/home"
mkdir -p "$HOME" "$root/class"

cat > "$root/pc.plscript" <<'SCRIPT'
click "Start"
click "I'm new"
click "Your first name or a nickname"
type "Rosa"
click "Grade 7"
click "Panda"
click "Let's go!"
click "Explore careers"
click "Save Registered Nurses"
click "Home"
click "Save my portfolio"
click "Home folder"
click "Save here"
expect "Saved!"
click "Sign out"
SCRIPT
"$PATHLIGHT_APP" --data-dir "$root/pc" --content-dir "$PATHLIGHT_CONTENT" --portfolio-dir "$root/class" \
  --size 1280x800 --script "$root/pc.plscript"
ls "$root/class"/Rosa-*.pathlight >/dev/null
ls "$HOME"/Rosa-*.pathlight >/dev/null

# A damaged copy beside the good one: cut off half way, as if the stick was pulled too soon.
good=$(ls "$HOME"/Rosa-*.pathlight)
head -c 300 "$good" > "$HOME/Broken-0badf00d.pathlight"

for lang in en es; do
  if [ "$lang" = es ]; then START="Empezar"; BRING="Traer mi portafolio"; HOMEDIR="Carpeta personal"; HELLO="Hi, Rosa!"  # her own language (English) travels with her
  else START="Start"; BRING="Bring my portfolio"; HOMEDIR="Home folder"; HELLO="Hi, Rosa!"; fi
  for scale in 1.0 2.0; do
    tag="$lang-$scale"
    data="$root/kiosk-$tag"
    cat > "$root/kiosk-$tag.plscript" <<SCRIPT
click "$START"
click "$BRING"
click "$HOMEDIR"
expect "Broken"
screenshot "$shots/portfolio-browser-$tag.png"
click "Broken"
expect "0badf00d"
screenshot "$shots/portfolio-broken-$tag.png"
click "Rosa"
expect "$HELLO"
screenshot "$shots/portfolio-home-$tag.png"
SCRIPT
    "$PATHLIGHT_APP" --data-dir "$data" --content-dir "$PATHLIGHT_CONTENT" --size 1280x800 --lang "$lang" \
      --scale "$scale" --script "$root/kiosk-$tag.plscript"
    for s in portfolio-browser portfolio-broken portfolio-home; do
      check_png "$shots/$s-$tag.png" 1280 800
    done
  done
done
echo "e2e portfolio: ok"
