#!/usr/bin/env bash
# token.sh ROLE [claim=value]: an RS256 token like the gateway's, signed with the test key the
# services trust in their test profile (platform/src/test/resources/jwt). For local measurements only.
set -eu
key=${KEY:-$(git rev-parse --show-toplevel)/platform/src/test/resources/jwt/test-private-key.pem}
role=$1; shift
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
extra=""; for kv in "$@"; do extra="$extra,\"${kv%%=*}\":\"${kv#*=}\""; done
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64)
payload=$(printf '{"iss":"bizsos-gateway","upn":"perf-%s","sub":"perf","groups":["%s"],"name":"perf","iat":%d,"exp":%d%s}' \
  "$role" "$role" "$now" $((now + 7200)) "$extra" | b64)
sig=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64)
printf '%s.%s.%s\n' "$header" "$payload" "$sig"
