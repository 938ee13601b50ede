# Sourced by .ci/run and ./lindung: makes JAVA_HOME point at a JDK >= 21 (the code targets Java 21).
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p'; }
lindung_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local default_java
  default_java=$(command -v java || true)
  if [ -n "$default_java" ] && [ "$(java_major "$default_java")" -ge 21 ] 2>/dev/null; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$default_java")")")
    export JAVA_HOME
    return 0
  fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 \
    /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "Lindung needs a JDK 21 or newer: set JAVA_HOME to one." >&2
  return 1
}
lindung_select_jdk && export PATH="$JAVA_HOME/bin:$PATH"
