# Sourced by ./mvnw and ./swarmchat. Prints the home of a JDK whose feature version is >= 25.
# Looks at $JAVA_HOME first, then the folders where Debian packages and the usual installers put JDKs.
swarmchat_jdk_feature() {
  local release="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null)
  [ -n "$v" ] || return 1
  echo "$v"
}

swarmchat_find_jdk() {
  local want=25 candidate v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(swarmchat_jdk_feature "$JAVA_HOME") && [ "$v" -ge "$want" ] && { echo "$JAVA_HOME"; return 0; }
  fi
  for candidate in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
                   "$HOME"/.jdks/*; do
    [ -d "$candidate" ] || continue
    v=$(swarmchat_jdk_feature "$candidate") || continue
    if [ "$v" -ge "$want" ]; then
      echo "$candidate"
      return 0
    fi
  done
  cat >&2 <<MSG
swarmchat: no JDK $want or newer was found (looked at \$JAVA_HOME and /usr/lib/jvm, /usr/local/lib/jvm, /opt).
Install Temurin 25 (Debian package temurin-25-jdk, from the Adoptium apt repository) into /usr/lib/jvm,
or point JAVA_HOME at any JDK >= $want.
MSG
  return 1
}
