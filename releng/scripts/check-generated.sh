#!/usr/bin/env bash
# Fails when the committed EMF code in bundles/org.dialectica.model/src-gen (model) and
# bundles/org.dialectica.model.edit/src-gen (item providers) is not what the committed genmodel generates: someone changed dialectica.ecore/.genmodel without regenerating,
# or edited generated code without marking it "@generated NOT". Regenerating unchanged input is
# byte-identical, so any difference is real.
#
# Usage (from anywhere): releng/scripts/check-generated.sh
# Needs JDK 21+ (JAVA_HOME) and network access to Maven Central on the first run.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
generated=(bundles/org.dialectica.model/src-gen bundles/org.dialectica.model.edit/src-gen)
cd "$repo_root"
# shellcheck source=java-env.sh
source releng/scripts/java-env.sh

# Untracked or modified generated files before the run would be blamed on the generator.
if [[ -n "$(git status --porcelain -- "${generated[@]}")" ]]; then
  echo "check-generated: ${generated[*]} has uncommitted changes; commit or stash them first." >&2
  git status --short -- "${generated[@]}" >&2
  exit 2
fi

./mvnw -B -q -f releng/org.dialectica.codegen/pom.xml process-classes

if [[ -n "$(git status --porcelain -- "${generated[@]}")" ]]; then
  echo "check-generated: ${generated[*]} is stale; regenerating changed it:" >&2
  git diff --stat -- "${generated[@]}" >&2
  git status --short -- "${generated[@]}" >&2
  echo "Run ./mvnw -f releng/org.dialectica.codegen/pom.xml process-classes and commit the result." >&2
  exit 1
fi
echo "check-generated: ${generated[*]} is up to date."
