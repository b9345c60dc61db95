#!/usr/bin/env bash
# ./bizsos bench — the measurements behind docs/performance.md, on a fresh "e2e" stack
# (ports 18080-18083, databases bizsos_<service>_e2e made anew). Prints a Markdown report.
#   ./bizsos bench          startup, memory, intake/inbox/dashboard latency at a fixed rate, event lag
#   ./bizsos bench --big    the same queries again with 1,000,000 grievances in the tables
set -uo pipefail
source "$BIZSOS_HOME/infra/lib.sh"
source "$BIZSOS_HOME/infra/stack.sh"

RATE=${BENCH_RATE:-50}
SECONDS_PER_RUN=${BENCH_SECONDS:-30}
BIG=${1:-}
GW="http://127.0.0.1:$(stack_port e2e gateway)"
LOAD="java $BIZSOS_HOME/infra/bench/FixedRateLoad.java"
REPORT="$RUN_DIR/bench-$(date +%Y%m%d-%H%M%S).md"

out() { printf '%s\n' "$*" | tee -a "$REPORT"; }

token() { # username
  curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"bizsos1234!\"}" \
    "$GW/api/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

rss_mb() { # stack-service name
  local pid
  pid=$(cat "$STARTED_DIR/$1")
  awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status"
}

startup_s() { # log name
  grep -o 'started in [0-9.]*s' "$LOG_DIR/$1.log" | head -1 | grep -o '[0-9.]*'
}

received() { # token
  curl -fsS -H "Authorization: Bearer $1" "$GW/api/reports/dashboard" | sed -E 's/.*"received":([0-9]+).*/\1/'
}

trap 'stop_stack e2e' EXIT
ensure_node
build_backend package
reset_e2e_databases
start_stack e2e "bench$(date +%s)" || exit 1

out "# bizsos benchmark $(date '+%Y-%m-%d %H:%M %Z')"
out ""
out "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(. /etc/os-release; echo "$PRETTY_NAME")"
out ""
out "| service | startup (Quarkus 'started in') | RSS idle |"
out "|---|---|---|"
for s in gateway grievance meetings reporting; do
  out "| $s | $(startup_s "e2e-$s") s | $(rss_mb "e2e-$s") MB |"
done

COMPANY=$(token company)
COORD=$(token coordinator)
BODY='{"kind":"COMPLAINT","category":"FUNDING","title":"벤치마크 기업애로 {n}","content":"운전자금 대출 한도 문의 {n}"}'

out ""
out "Open-loop load at a fixed rate through the gateway (infra/bench/FixedRateLoad.java); latency measured from each request's due time."
out ""
$LOAD POST "$GW/api/grievances" 20 10 "$COMPANY" "$BODY" >/dev/null   # warm-up
out "| call | rate | duration | result |"
out "|---|---|---|---|"
out "| POST /api/grievances (intake) | $RATE/s | ${SECONDS_PER_RUN}s | $($LOAD POST "$GW/api/grievances" "$RATE" "$SECONDS_PER_RUN" "$COMPANY" "$BODY") |"
out "| GET /api/grievances (inbox, coordinator, page of 20) | $RATE/s | ${SECONDS_PER_RUN}s | $($LOAD GET "$GW/api/grievances?size=20" "$RATE" "$SECONDS_PER_RUN" "$COORD") |"
out "| GET /api/reports/dashboard | $RATE/s | ${SECONDS_PER_RUN}s | $($LOAD GET "$GW/api/reports/dashboard" "$RATE" "$SECONDS_PER_RUN" "$COORD") |"

# Event lag: 100 grievances a second for 20 s; how long after the last one the dashboard has all
# that were accepted.
before=$(received "$COMPANY")
burst=$($LOAD POST "$GW/api/grievances" 100 20 "$COMPANY" "$BODY")
sent_done=$(date +%s%N)
accepted=$(printf '%s' "$burst" | grep -o '201=[0-9]*' | cut -d= -f2)
expected=$((before + ${accepted:-0}))
while [ "$(received "$COMPANY")" -lt "$expected" ]; do
  [ $(( ($(date +%s%N) - sent_done) / 1000000000 )) -gt 120 ] && break
  sleep 0.05
done
lag_ms=$(( ($(date +%s%N) - sent_done) / 1000000 ))
out ""
out "Event lag at 100 events/s for 20 s ($burst): the dashboard counted the last accepted grievance ${lag_ms} ms after the load ended (count $(received "$COMPANY") of $expected)."
out ""
out "| service | RSS after load |"
out "|---|---|"
for s in gateway grievance meetings reporting; do out "| $s | $(rss_mb "e2e-$s") MB |"; done

if [ "$BIG" = --big ]; then
  out ""
  out "## With 1,000,000 grievances"
  step "Filling grievance and reporting tables with 1,000,000 rows (a few minutes)"
  psql_admin "-d bizsos_grievance_e2e -f $BIZSOS_HOME/infra/bench/million-grievances.sql" >/dev/null
  psql_admin "-d bizsos_reporting_e2e -f $BIZSOS_HOME/reporting-service/docs/perf/seed-facts.sql" >/dev/null
  out ""
  out "| call | rate | duration | result |"
  out "|---|---|---|---|"
  out "| GET /api/grievances (inbox, coordinator, by deadline) | $RATE/s | ${SECONDS_PER_RUN}s | $($LOAD GET "$GW/api/grievances?size=20" "$RATE" "$SECONDS_PER_RUN" "$COORD") |"
  out "| GET /api/grievances?status=ASSIGNED&department=JOBS | $RATE/s | ${SECONDS_PER_RUN}s | $($LOAD GET "$GW/api/grievances?size=20&status=ASSIGNED&department=JOBS" "$RATE" "$SECONDS_PER_RUN" "$COORD") |"
  out "| GET /api/grievances?q=인허가 (search) | $RATE/s | ${SECONDS_PER_RUN}s | $($LOAD GET "$GW/api/grievances?size=20&q=%EC%9D%B8%ED%97%88%EA%B0%80" "$RATE" "$SECONDS_PER_RUN" "$COORD") |"
  out "| GET /api/reports/dashboard | $RATE/s | ${SECONDS_PER_RUN}s | $($LOAD GET "$GW/api/reports/dashboard" "$RATE" "$SECONDS_PER_RUN" "$COORD") |"
fi
out ""
out "Report written to $REPORT"
