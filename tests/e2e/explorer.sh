#!/usr/bin/env bash
# The careers explorer in the real window, in English and Spanish at 100 % and 200 %: the list, a
# search, the filters, and a featured career's card, each saved as a screenshot for review.
source "$(dirname "$0")/lib.sh"
shots="$E2E_OUT/screens"
mkdir -p "$shots"

for lang in en es; do
  if [ "$lang" = es ]; then
    START="Empezar"; NEW="Es mi primera vez"; NAME="Tu nombre o un apodo"; GRADE="Grado 6"; GO="¡Vamos!"
    EXPLORE="Explorar trabajos"; SEARCH="Busca un trabajo"; QUERY="enfermera"; NURSE="Enfermero/a titulado/a"
    FILTERS="Filtros"; AREA="Salud y servicios humanos"; DAY="Un día en este trabajo"; SAVE="Guardar este trabajo"
    SAVED="Guardado"; COUNT="de 923 trabajos"
  else
    START="Start"; NEW="I'm new"; NAME="Your first name or a nickname"; GRADE="Grade 6"; GO="Let's go!"
    EXPLORE="Explore careers"; SEARCH="Search for a job"; QUERY="nurs"; NURSE="Registered Nurses"
    FILTERS="Filters"; AREA="Healthcare & Human Services"; DAY="A day in the life"; SAVE="Save this job"
    SAVED="Saved"; COUNT="of 923 careers"
  fi
  for scale in 1.0 2.0; do
    tag="$lang-$scale"
    data=$(fresh_dir "explorer-$tag")
    cat > "$data/run.plscript" <<SCRIPT
click "$START"
click "$NEW"
click "$NAME"
type "Lee"
click "$GRADE"
click "Robot"
click "$GO"
click "$EXPLORE"
expect "923 $COUNT"
screenshot "$shots/explorer-$tag.png"
click "$FILTERS"
click "$AREA"
screenshot "$shots/explorer-filters-$tag.png"
click "$SEARCH"
type "$QUERY"
expect "$NURSE"
screenshot "$shots/explorer-search-$tag.png"
click "$NURSE"
expect "$DAY"
click "$SAVE"
expect "$SAVED"
screenshot "$shots/career-card-$tag.png"
SCRIPT
    "$PATHLIGHT_APP" --data-dir "$data" --content-dir "$PATHLIGHT_CONTENT" --size 1280x800 --lang "$lang" \
      --scale "$scale" --script "$data/run.plscript"
    for s in explorer explorer-filters explorer-search career-card; do
      check_png "$shots/$s-$tag.png" 1280 800
    done
  done
done
echo "e2e explorer: ok"
