#!/usr/bin/env bash
# Runs every test of MmdPortal, installing what the tests need when it is missing (Chromium, PostgreSQL,
# docker-compose to validate the compose file), then
# the database tests again on a throwaway PostgreSQL cluster, and ends with one line
# "N passed, N failed, N skipped". Exits non-zero when a test failed, when no test ran at all, or when the
# PostgreSQL leg could not run.
set -uo pipefail
cd "$(dirname "$0")/.."

echo "== tools"
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; exit 1; }

if [ "$(id -u)" -eq 0 ]; then as_root=()
elif command -v sudo >/dev/null; then as_root=(sudo)
else as_root=(missing)
fi
apt_updated=
apt_install() {
  [ "${as_root[*]}" != missing ] || return 1
  if [ -z "$apt_updated" ]; then "${as_root[@]}" apt-get update -qq || return 1; apt_updated=1; fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The browser tests drive Debian's Chromium; Playwright's driver comes with the build (no `playwright install`).
if ! command -v chromium >/dev/null; then
  echo "== chromium"
  if [ "${as_root[*]}" = missing ]; then
    echo "Chromium is missing and this user cannot install it: run 'apt-get install -y chromium' as root."
    echo "The browser tests will fail until then."
  else
    apt_install chromium || echo "Installing Chromium failed: the browser tests will fail."
  fi
fi

# The PostgreSQL leg needs the server binaries (initdb, pg_ctl), not only the client that may already be here.
pg_initdb() { ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_initdb)" ]; then
  echo "== postgresql"
  apt_install postgresql || echo "Installing PostgreSQL failed (run 'apt-get install -y postgresql' as root)."
fi

# The deployment tests validate docker-compose.yml offline with Debian's docker-compose (no engine needed).
if ! command -v docker-compose >/dev/null; then
  echo "== docker-compose"
  apt_install docker-compose || echo "Installing docker-compose failed: the compose file tests will fail."
fi

results=$(mktemp -d)
pg_dir=
cleanup() {
  if [ -n "$pg_dir" ]; then
    "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$pg_dir"
  fi
  rm -rf "$results"
}
trap cleanup EXIT

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

# The PostgreSQL leg: the test projects that use a database run again, each test class on a fresh database of a
# throwaway cluster (fsync off, trust, loopback only), which catches what SQLite hides: migration drift, provider
# differences, concurrent writers. (The browser tests pass on it too, but add ~40 s for little more coverage.)
# A leg that cannot run is a failure: CI must never skip it silently.
echo "== test on PostgreSQL"
pg_problem=
pg_bin=$(dirname "$(pg_initdb)")
if [ "$pg_bin" = . ]; then
  pg_problem="the PostgreSQL server is not installed (no /usr/lib/postgresql/*/bin/initdb)"
else
  # initdb refuses to run as root: as root the cluster belongs to the postgres user.
  if [ "$(id -u)" -eq 0 ]; then as_postgres=(runuser -u postgres --); else as_postgres=(); fi
  pg_dir=$(mktemp -d)
  [ "$(id -u)" -ne 0 ] || chown postgres "$pg_dir"
  if ! "${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --no-sync >"$pg_dir/initdb.log" 2>&1; then
    cat "$pg_dir/initdb.log"; pg_problem="initdb failed"
  elif ! "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
      -o "-p 55432 -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
    tail -n 20 "$pg_dir/server.log"; pg_problem="the server did not start on 127.0.0.1:55432"
  fi
fi

if [ -n "$pg_problem" ]; then
  echo "PostgreSQL leg FAILED: $pg_problem." >&2
  test_status=1
else
  for name in IntegrationTests UnitTests; do
    echo "== test $name on PostgreSQL"
    MMDPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres" \
      dotnet test "tests/MmdPortal.$name/MmdPortal.$name.csproj" -c Release --no-build --logger trx \
      --results-directory "$results/MmdPortal.$name.PostgreSql" "$@" || test_status=1
  done
fi

# Sum the counters of every test assembly's .trx. xunit's skipped tests are not in notExecuted, so
# skipped = total - executed.
passed=0; failed=0; skipped=0; files=0
counter() { grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o "[0-9]*" || echo 0; }
pg_executed=0
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  leg=$(basename "$(dirname "$trx")")
  total=$(counter "$trx" total); executed=$(counter "$trx" executed)
  leg_passed=$(counter "$trx" passed)
  leg_failed=$(($(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted)))
  # Worded differently from the summary line, so that it stays the only line of the form CI reads.
  echo "  $leg: passed $leg_passed, failed $leg_failed, skipped $((total - executed))"
  passed=$((passed + leg_passed)); failed=$((failed + leg_failed)); skipped=$((skipped + total - executed))
  case "$leg" in *.PostgreSql) pg_executed=$((pg_executed + executed)) ;; esac
done
if [ -z "$pg_problem" ] && [ "$pg_executed" -eq 0 ]; then
  echo "PostgreSQL leg FAILED: no test ran on PostgreSQL." >&2
  test_status=1
fi

if [ "$files" -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then
  echo "no test ran"
  echo "0 passed, 1 failed"
  exit 1
fi
[ -z "$pg_problem" ] || echo "PostgreSQL leg FAILED: $pg_problem."
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
