# Sourced by ./dialectica and .ci/run: finds a JDK >= 21 and exports JAVA_HOME.
# Tycho 5, Lucene 10 and the current Eclipse platform all need Java 21 or newer.
# Order: $JAVA_HOME, the java on PATH, then the usual JDK folders (newest first).

dialectica_java_version() {  # prints the feature version (e.g. 25) of the java binary $1
    "$1" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

dialectica_find_jdk() {
    local candidates=() java_bin version home
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    if java_bin=$(command -v java 2>/dev/null); then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$java_bin")")")")
    fi
    for home in $(ls -d /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
                      /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
        candidates+=("$home")
    done
    for home in "${candidates[@]}"; do
        [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
        version=$(dialectica_java_version "$home/bin/java")
        if [ -n "$version" ] && [ "$version" -ge 21 ]; then
            echo "$home"
            return 0
        fi
    done
    return 1
}

if ! DIALECTICA_JAVA_HOME=$(dialectica_find_jdk); then
    cat >&2 <<'MSG'
dialectica: no JDK 21 or newer was found (looked at $JAVA_HOME, the java on PATH and /usr/lib/jvm).
Install one, for example:
  Debian/Ubuntu:  apt-get install openjdk-21-jdk   (or Temurin 21/25 from adoptium.net)
  macOS:          brew install --cask temurin
then run again, or point JAVA_HOME at it.
MSG
    return 1 2>/dev/null || exit 1
fi
export JAVA_HOME="$DIALECTICA_JAVA_HOME"
export PATH="$JAVA_HOME/bin:$PATH"

# Maven 3.9's Guice uses sun.misc.Unsafe, which JDK 24+ warns about on every build; the flag exists
# only from JDK 23 on, so it is added only there.
if [ "$(dialectica_java_version "$JAVA_HOME/bin/java")" -ge 23 ]; then
    case " ${MAVEN_OPTS:-} " in
        *sun-misc-unsafe-memory-access*) ;;
        *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
fi
