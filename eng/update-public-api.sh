#!/usr/bin/env bash
# Brings PublicAPI.Unshipped.txt of the shipped libraries (runtime/MarkupDsl, aspnetcore/MarkupDsl.AspNetCore) up to
# date with the code, generated builders included, from what the PublicApiAnalyzers report in a build:
#   RS0016 (public, not declared)  -> added to PublicAPI.Unshipped.txt
#   RS0017 (declared, not public)  -> removed from PublicAPI.Unshipped.txt, or, when PublicAPI.Shipped.txt has it,
#                                     recorded there as *REMOVED*<line>, the analyzers' mark of a removed shipped API
# With --ship (at a release) the unshipped lines then move into PublicAPI.Shipped.txt.
#
# Why not `dotnet format analyzers --diagnostics RS0016`: dotnet format does not run source generators, so it
# neither sees the generated builders nor the constructors they declare (it adds implicit ones that do not exist).
set -euo pipefail
cd "$(dirname "$0")/.."

ship=false
case "${1:-}" in
  --ship) ship=true ;;
  "") ;;
  *) echo "usage: eng/update-public-api.sh [--ship]" >&2; exit 2 ;;
esac

projects=(runtime/MarkupDsl aspnetcore/MarkupDsl.AspNetCore)
root=$(pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
export LC_ALL=C

# A full build of every target framework, the API warnings left as warnings so that all of them are reported.
# (The AspNetCore project builds the runtime as a reference with the same properties.)
if ! dotnet build aspnetcore/MarkupDsl.AspNetCore -c Release --no-incremental -nologo -v:q -clp:NoSummary \
     -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= >"$log" 2>&1; then
  grep -E ': error ' "$log" | sort -u >&2 || cat "$log" >&2
  echo "The build failed for another reason than the public API; fix that first." >&2
  exit 1
fi

# The symbol of each RS0016/RS0017 warning of one project (in one file, when given); the analyzers name it exactly as
# the API files write it.
symbols() { # rule, project folder, file or empty
  awk -v rule="warning $1: Symbol '" -v project="[$root/$2/" -v file="${3:+$root/$2/$3(}" '
    index($0, rule) && index($0, project) && (file == "" || index($0, file) == 1) {
      s = substr($0, index($0, rule) + length(rule))
      sub(/'"'"' is (not )?part of the declared.*$/, "", s)
      print s
    }' "$log" | sort -u
}

for project in "${projects[@]}"; do
  shipped=$project/PublicAPI.Shipped.txt
  unshipped=$project/PublicAPI.Unshipped.txt
  lines=$(mktemp)
  {
    grep -v '^#nullable enable$' "$unshipped" | grep -vxF -f <(symbols RS0017 "$project" PublicAPI.Unshipped.txt) || true
    symbols RS0016 "$project" ""
    symbols RS0017 "$project" PublicAPI.Shipped.txt | sed 's/^/*REMOVED*/'
  } | sed '/^$/d' | sort -u >"$lines"

  if $ship; then
    # Shipped lines that were removed go; the rest of the unshipped lines join the shipped ones.
    { grep -v '^#nullable enable$' "$shipped" | grep -vxF -f <(sed -n 's/^\*REMOVED\*//p' "$lines") || true
      grep -v '^\*REMOVED\*' "$lines" || true
    } | sed '/^$/d' | sort -u | { echo '#nullable enable'; cat; } >"$shipped.new"
    mv "$shipped.new" "$shipped"
    : >"$lines"
  fi
  { echo '#nullable enable'; cat "$lines"; } >"$unshipped"
  rm -f "$lines"
  echo "$unshipped: $(($(wc -l <"$unshipped") - 1)) line(s); $shipped: $(($(wc -l <"$shipped") - 1)) line(s)"
done
