#!/usr/bin/env bash
# Records the public API of the published packages: builds each, and appends every symbol the public-API analyzer
# reports as undeclared (RS0016) to that project's PublicAPI.Unshipped.txt. Run it after an intended API change and
# review the diff; an unintended change fails the build instead. On a release, move Unshipped into Shipped.
# Usage: scripts/public-api.sh [project directory...]
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(src/Logtrail.Client src/Logtrail.Extensions.Logging src/Serilog.Sinks.Logtrail src/Logtrail.Testing)
for project in "${projects[@]}"; do
  for file in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [ -s "$project/$file" ] || echo '#nullable enable' > "$project/$file"
  done
  dotnet build "$project" -c Release -nologo -v quiet -p:TreatWarningsAsErrors=false 2>&1 \
    | sed -n "s/.*warning RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" \
    | LC_ALL=C sort -u >> "$project/PublicAPI.Unshipped.txt" || true
  LC_ALL=C sort -u -o "$project/PublicAPI.Unshipped.txt" "$project/PublicAPI.Unshipped.txt"
  echo "$project: $(grep -vc '^#' "$project/PublicAPI.Unshipped.txt") unshipped symbols"
done
