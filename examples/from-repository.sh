#!/usr/bin/env bash
# Checks README's two lines for a Java team: deploys the library (parent pom, core, models, each
# with -sources and -javadoc jars) into target/repo, a Maven repository in a folder, then builds
# and tests examples/consumer against that folder with an empty local repository, so nothing can
# come from ~/.m2 (third-party jars come from Maven Central).
#
#   examples/from-repository.sh          # about 3 minutes; prints the consumer's test result
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"

echo "deploying policy-themes $version into $root/target/repo ..." >&2
./mvnw -B -q deploy -DskipTests -Dinvoker.skip=true \
  -DaltDeploymentRepository=local::file:target/repo

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r examples/consumer "$work/consumer"
sed -i "s/@policyThemesVersion@/$version/g" "$work/consumer/pom.xml"
cat >"$work/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>policy-themes</id>
      <repositories>
        <repository>
          <id>policy-themes</id>
          <url>file://$root/target/repo</url>
          <snapshots><enabled>true</enabled></snapshots>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>policy-themes</activeProfile></activeProfiles>
</settings>
EOF

echo "building examples/consumer against file://$root/target/repo ..." >&2
./mvnw -B -q -f "$work/consumer/pom.xml" -s "$work/settings.xml" \
  -Dmaven.repo.local="$work/m2" verify
resolved="$(find "$work/m2/io/github/policythemes" -name '*.jar' | sed "s:^$work/m2/::" | sort)"
echo "examples/consumer passed, with these policy-themes jars from target/repo:"
echo "$resolved"
