#!/usr/bin/env bash
# Registers devices with MmdPortal from hardware-hash CSV files with curl, and waits until the request is Completed.
# Usage: PORTAL_URL=https://mmdportal.contoso.com MMDPORTAL_KEY=mmd_... ./register-devices.sh a.csv [b.csv ...]
# Prints the request (JSON) when done. Needs only curl, grep and sed.
set -euo pipefail
: "${PORTAL_URL:?set PORTAL_URL}" "${MMDPORTAL_KEY:?set MMDPORTAL_KEY}"
base="${PORTAL_URL%/}"

form=()
for file in "$@"; do form+=(-F "files=@${file};type=text/csv"); done
accepted=$(curl -sS --fail-with-body -H "X-Api-Key: $MMDPORTAL_KEY" "${form[@]}" "$base/api/v1/registrations")
request_id=$(printf '%s' "$accepted" | grep -o '"requestId":"[^"]*"' | sed 's/.*:"\(.*\)"/\1/')

for _ in $(seq 1 600); do
  request=$(curl -sS --fail-with-body -H "X-Api-Key: $MMDPORTAL_KEY" "$base/api/v1/registrations/$request_id")
  if printf '%s' "$request" | grep -q '"status":"Completed"'; then printf '%s\n' "$request"; exit 0; fi
  sleep 0.5
done
echo "Request $request_id is not completed after 5 minutes." >&2
exit 1
