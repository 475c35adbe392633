#!/usr/bin/env bash
# Argument-map layout benchmark (not part of the tests): runs MapBench on a plain class path (the model,
# core and map bundles' classes, EMF, ELK) and replaces the "Map layout" section of docs/benchmarks.md.
# Needs a build first: ./dialectica build
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/java-env.sh
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
newest() {  # newest jar under a folder of the local Maven repository
    find "$repo/$1" -name '*.jar' ! -name '*sources*' | sort -V | tail -n 1
}
for b in model core ui.map; do
    [ -d "bundles/org.dialectica.$b/target/classes" ] || { echo "Build first: ./dialectica build" >&2; exit 1; }
done
cp="bundles/org.dialectica.model/target/classes:bundles/org.dialectica.core/target/classes"
cp="$cp:bundles/org.dialectica.ui.map/target/classes"
for a in org/eclipse/emf/org.eclipse.emf.common org/eclipse/emf/org.eclipse.emf.ecore \
         org/eclipse/emf/org.eclipse.emf.ecore.xmi org/eclipse/elk/org.eclipse.elk.core \
         org/eclipse/elk/org.eclipse.elk.graph org/eclipse/elk/org.eclipse.elk.alg.common \
         org/eclipse/elk/org.eclipse.elk.alg.layered org/eclipse/xtext/org.eclipse.xtext.xbase.lib \
         com/google/guava/guava; do
    cp="$cp:$(newest "$a")"
done
exec java -Xmx2g -cp "$cp" releng/benchmarks/MapBench.java docs/benchmarks.md
