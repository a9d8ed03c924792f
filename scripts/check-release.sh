#!/usr/bin/env bash
# Checks what `mvn -B -P release -DskipTests deploy` staged into target/staging: for every published artifact a POM
# with the metadata Maven Central requires (name, description, url, licenses, scm, developers), and for every jar
# module the jar, its sources and its Javadoc; every file with its .sha1 and .md5. Exits 1 naming what is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
staging="$root/target/staging/dev/snapgate"
expected=(snapgate-parent snapgate-bom snap-domain snap-api snap-signing snap-adapter-http snap-emulator snap-app
  snap-store-redis snap-inbound snap-adapter-servlet snap-cli snapgate-spring-boot-autoconfigure
  snapgate-spring-boot4-health snapgate-spring-boot-starter)
poms_only=(snapgate-parent snapgate-bom)
problems=0
fail() { echo "check-release: $*" >&2; problems=$((problems + 1)); }
[ -d "$staging" ] || { echo "check-release: nothing staged; run mvn -B -P release -DskipTests deploy first" >&2; exit 1; }
for a in "${expected[@]}"; do
  dir=$(find "$staging/$a" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | head -n 1)
  [ -n "$dir" ] || { fail "$a: not staged"; continue; }
  pom=$(find "$dir" -name '*.pom' | sort | tail -n 1)
  [ -n "$pom" ] || { fail "$a: no POM"; continue; }
  for tag in '<name>' '<description>' '<url>' '<licenses>' '<scm>' '<developers>'; do
    # a module inherits url, licenses, scm and developers from snapgate-parent, which is checked itself
    case "$a:$tag" in
      snapgate-parent:*|snapgate-bom:*|*:'<name>'|*:'<description>') grep -q "$tag" "$pom" || fail "$a: POM lacks $tag" ;;
    esac
  done
  if [[ ! " ${poms_only[*]} " =~ " $a " ]]; then
    for kind in '' '-sources' '-javadoc'; do
      ls "$dir"/*"$kind".jar >/dev/null 2>&1 || fail "$a: no${kind:- main} jar"
    done
  fi
  while IFS= read -r f; do
    [ -f "$f.sha1" ] && [ -f "$f.md5" ] || fail "$a: $(basename "$f") has no checksum"
  done < <(find "$dir" -type f \( -name '*.jar' -o -name '*.pom' \))
done
if [ "$problems" -gt 0 ]; then
  echo "check-release: $problems problem(s)" >&2
  exit 1
fi
echo "check-release: ${#expected[@]} artifacts staged with POM metadata, sources, Javadoc and checksums in $staging"
