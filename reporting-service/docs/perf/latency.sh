#!/usr/bin/env bash
# latency.sh BASE_URL N: p50/p99/max of N sequential calls to each dashboard endpoint, after 20 warm-up calls.
set -eu
base=${1:-http://127.0.0.1:8083}; n=${2:-200}
dir=$(cd "$(dirname "$0")" && pwd)
coordinator=$("$dir/token.sh" COORDINATOR)
officer=$("$dir/token.sh" OFFICER department_id=ENTERPRISE_ECONOMY)
company=$("$dir/token.sh" COMPANY company_id=1000000042)
measure() { # label token path
  local label=$1 token=$2 path=$3 i
  for ((i = 0; i < 20; i++)); do curl -s -o /dev/null -H "Authorization: Bearer $token" "$base$path"; done
  for ((i = 0; i < n; i++)); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" "$base$path"
  done | awk '{ print ($1 == 200 ? 0 : 1), $2 * 1000 }' | sort -k2 -n | awk -v label="$label" '
      { bad += $1; t[NR] = $2 } END {
        p50 = t[int((NR + 1) * 0.5)]; p99 = t[int(NR * 0.99 + 0.5)]
        printf "| %s | %d | %.0f | %.0f | %.0f | %d |\n", label, NR, p50, p99, t[NR], bad }'
}
echo "| call | n | p50 ms | p99 ms | max ms | non-200 |"
echo "|---|---|---|---|---|---|"
measure "dashboard, coordinator (all 1M, KPI cards)" "$coordinator" "/api/reports/dashboard?year=2025"
measure "dashboard, officer (own department)" "$officer" "/api/reports/dashboard?year=2025"
measure "dashboard, company (own grievances)" "$company" "/api/reports/dashboard?year=2025"
measure "grievances year + 4 breakdowns + quarters, coordinator" "$coordinator" "/api/reports/grievances?year=2025"
measure "grievances one quarter, filtered by 시군" "$coordinator" "/api/reports/grievances?year=2025&quarter=2&municipality=WONJU"
measure "trend 2021–2026 by quarter, coordinator" "$coordinator" "/api/reports/grievances/trend?fromYear=2021&toYear=2026"
measure "KPI cards" "$coordinator" "/api/reports/kpis?year=2025"
