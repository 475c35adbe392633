#!/usr/bin/env bash
# Measures model save/load (XMI and EMF binary, 100k and 1M elements) on a plain class path and
# writes the "Model persistence" section of docs/benchmarks.md. Not part of the test build.
# Needs the model bundle built (./mvnw -B verify) and the EMF jars in the local Maven repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/java-env.sh
model=bundles/org.dialectica.model/target/classes
[ -d "$model/org/dialectica/model" ] || { echo "Build the model bundle first: ./mvnw -B verify" >&2; exit 1; }
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
jar() {  # newest jar of an artifact in the local repository
    ls -d "$repo"/org/eclipse/emf/"$1"/*/ | sort -V | tail -n 1 | xargs -I{} sh -c 'ls {}*.jar' | grep -v sources | head -n 1
}
cp="$model:$(jar org.eclipse.emf.common):$(jar org.eclipse.emf.ecore):$(jar org.eclipse.emf.ecore.xmi)"
exec java -Xmx4g -cp "$cp" releng/benchmarks/ModelBench.java docs/benchmarks.md
