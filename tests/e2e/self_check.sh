#!/usr/bin/env bash
# "What matters to me" and "My strengths" in the real window, in English and Spanish at 100 % and
# 200 %: the card sort by drag, by tap-then-tap and by keys to the end, the strengths check to the
# end, and both on Results. Screenshots of each step go to $E2E_OUT/self_check/<lang>-<scale>/.
source "$(dirname "$0")/lib.sh"

# One run: $1 = en|es, $2 = scale.
run_one() {
  local lang="$1" scale="$2"
  local data shots
  data=$(fresh_dir "self_check_data/$lang-$scale")
  shots="$E2E_OUT/self_check/$lang-$scale"
  rm -rf "$shots"
  mkdir -p "$shots"
  if [ "$lang" = es ]; then
    L_START="Empezar"; L_NEW="Es mi primera vez"; L_NAME="Tu nombre o un apodo"; L_GRADE="Grado 6"
    L_AVATAR="Zorro"; L_GO="¡Vamos!"; L_HELLO="¡Hola, Lu!"; L_SORT="Ordenar las tarjetas"
    L_CARD1="Tarjeta 1 de 31"; L_CARD3="Tarjeta 3 de 31"; L_DRAG="Arrástrame"; L_PICKED="Ahora toca una pila"
    L_PILES=("Muy importante" "Algo importante" "No es para mí"); L_VALUES_DONE="Lo que más te importa"
    L_DONE="Listo"; L_CHECK="Empezar a revisar"; L_SKILL1="Habilidad 1 de 8"; L_AT_WORK="En el trabajo:"
    L_LEVELS=("Todavía estoy aprendiendo" "Voy mejorando" "Me sale bien" "Me sale muy bien")
    L_STRONG="Tus fortalezas"; L_RESULTS="Ver mis resultados"; L_ABOUT_VALUES="Lo que me importa"
    L_ABOUT_STRONG="Fuertes:"
  else
    L_START="Start"; L_NEW="I'm new"; L_NAME="Your first name or a nickname"; L_GRADE="Grade 6"
    L_AVATAR="Fox"; L_GO="Let's go!"; L_HELLO="Hi, Lu!"; L_SORT="Sort the cards"
    L_CARD1="Card 1 of 31"; L_CARD3="Card 3 of 31"; L_DRAG="Drag me"; L_PICKED="Now tap a pile"
    L_PILES=("Very important" "Somewhat" "Not for me"); L_VALUES_DONE="What matters most to you"
    L_DONE="Done"; L_CHECK="Start the check"; L_SKILL1="Skill 1 of 8"; L_AT_WORK="At work:"
    L_LEVELS=("I'm still learning this" "I'm getting there" "I'm good at this" "I'm great at this")
    L_STRONG="Your strengths"; L_RESULTS="See my results"; L_ABOUT_VALUES="What matters to me"
    L_ABOUT_STRONG="Strong:"
  fi
  {
    cat <<SCRIPT
click "$L_START"
click "$L_NEW"
click "$L_NAME"
type "Lu"
click "$L_GRADE"
click "$L_AVATAR"
click "$L_GO"
expect "$L_HELLO"
click "$L_SORT"
expect "$L_CARD1"
screenshot "$shots/values-start.png"
drag "$L_DRAG" "${L_PILES[0]}"
drag "$L_DRAG" "${L_PILES[1]}"
expect "$L_CARD3"
click "$L_DRAG"
expect "$L_PICKED"
screenshot "$shots/values-picked.png"
click "${L_PILES[2]}"
SCRIPT
    # The other 28 cards by keys, in a pattern that leaves a clear top three.
    for ((i = 0; i < 28; i++)); do
      echo "key $(((i * 7 / 5) % 3 + 1))"
    done
    cat <<SCRIPT
expect "$L_VALUES_DONE"
screenshot "$shots/values-result.png"
click "$L_DONE"
click "$L_CHECK"
expect "$L_SKILL1"
expect "$L_AT_WORK"
screenshot "$shots/strengths-start.png"
click "${L_LEVELS[3]}"
click "${L_LEVELS[2]}"
click "${L_LEVELS[0]}"
screenshot "$shots/strengths-middle.png"
click "${L_LEVELS[3]}"
click "${L_LEVELS[1]}"
click "${L_LEVELS[0]}"
click "${L_LEVELS[2]}"
click "${L_LEVELS[1]}"
expect "$L_STRONG"
screenshot "$shots/strengths-result.png"
click "$L_DONE"
click "$L_RESULTS"
expect "$L_ABOUT_VALUES"
expect "$L_ABOUT_STRONG"
screenshot "$shots/results.png"
SCRIPT
  } > "$data/run.plscript"
  "$PATHLIGHT_APP" --data-dir "$data" --content-dir "$PATHLIGHT_CONTENT" --size 1280x800 --lang "$lang" \
    --scale "$scale" --script "$data/run.plscript"
  for s in values-start values-picked values-result strengths-start strengths-middle strengths-result results; do
    check_png "$shots/$s.png" 1280 800
  done
}

for lang in en es; do
  for scale in 1.0 2.0; do
    run_one "$lang" "$scale"
  done
done
echo "e2e self_check: ok (screenshots in $E2E_OUT/self_check)"
