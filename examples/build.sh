#!/usr/bin/env bash
# Builds and tests the example extension (examples/) against the p2 repository of Dialectica's main build, the
# way a team outside this repository would against a published update site. Run the main build first
# (./dialectica build, or ./dialectica test). Extra arguments go to Maven, e.g. examples/build.sh -o.
# Tests need no display. The example's jars end up in examples/org.dialectica.examples.policy*/target/.
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
REPOSITORY="$ROOT/releng/org.dialectica.product/target/repository"

if [ ! -f "$REPOSITORY/content.xml" ] && [ ! -f "$REPOSITORY/content.jar" ] && [ ! -f "$REPOSITORY/content.xml.xz" ]; then
    cat >&2 <<MSG
examples/build.sh: Dialectica's p2 repository is missing:
  $REPOSITORY
The example resolves Dialectica's bundles from it. Build Dialectica first:
  ./dialectica build      (or ./dialectica test)
MSG
    exit 1
fi

# shellcheck source=../releng/scripts/java-env.sh
source "$ROOT/releng/scripts/java-env.sh"
cd "$ROOT"
./mvnw -B -f examples/pom.xml clean verify -Ddialectica.repository="file://$REPOSITORY" "$@"
