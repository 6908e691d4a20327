#!/usr/bin/env bash
# Runs every test of MmdPortal, installing what the tests need when it is missing, and ends with one line
# "N passed, N failed, N skipped". Exits non-zero when a test failed or when no test ran at all.
set -uo pipefail
cd "$(dirname "$0")/.."

echo "== tools"
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; exit 1; }

# The browser tests drive Debian's Chromium; Playwright's driver comes with the build (no `playwright install`).
if ! command -v chromium >/dev/null; then
  echo "== chromium"
  if [ "$(id -u)" -eq 0 ]; then as_root=()
  elif command -v sudo >/dev/null; then as_root=(sudo)
  else as_root=(missing)
  fi
  if [ "${as_root[*]}" = missing ]; then
    echo "Chromium is missing and this user cannot install it: run 'apt-get install -y chromium' as root."
    echo "The browser tests will fail until then."
  else
    { "${as_root[@]}" apt-get update -qq &&
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } ||
      echo "Installing Chromium failed: the browser tests will fail."
  fi
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

echo "== build"
dotnet build MmdPortal.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed (the build failed)"; exit 1; }

# One test project at a time, each into its own folder: two assemblies finishing in the same second would
# otherwise write .trx files of the same name.
test_status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== test $name"
  dotnet test "$project" -c Release --no-build --logger trx --results-directory "$results/$name" "$@" || test_status=1
done

# Sum the counters of every test assembly's .trx. xunit's skipped tests are not in notExecuted, so
# skipped = total - executed.
passed=0; failed=0; skipped=0; files=0
counter() { grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o "[0-9]*" || echo 0; }
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  total=$(counter "$trx" total); executed=$(counter "$trx" executed)
  passed=$((passed + $(counter "$trx" passed)))
  failed=$((failed + $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted)))
  skipped=$((skipped + total - executed))
done

if [ "$files" -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then
  echo "no test ran"
  echo "0 passed, 1 failed"
  exit 1
fi
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
