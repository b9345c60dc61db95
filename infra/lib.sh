# shellcheck shell=bash
# Shared functions of ./bizsos: install what is missing, start PostgreSQL and the Kafka broker,
# and stop only what we started, by PID. Sourced, never run.

BIZSOS_HOME=${BIZSOS_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
RUN_DIR="$BIZSOS_HOME/.run"
STARTED_DIR="$RUN_DIR/started"   # one file per process we started: its PID
LOG_DIR="$RUN_DIR/logs"
mkdir -p "$STARTED_DIR" "$LOG_DIR"

PG_VERSION=15
PG_CLUSTER=main
KAFKA_BOOTSTRAP=127.0.0.1:9092
SERVICES="gateway grievance meetings reporting"

step() { printf '\033[1;34m▶ %s\033[0m\n' "$*"; }
info() { printf '  %s\n' "$*"; }
fail() { printf '\033[1;31m✗ %s\033[0m\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() { # port seconds what
  local i
  for ((i = 0; i < $2 * 4; i++)); do port_open "$1" && return 0; sleep 0.25; done
  fail "$3 did not open port $1 within $2 s"
}

apt_updated=
apt_install() { # package...
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "Installing Debian packages: ${missing[*]}"
  if [ -z "$apt_updated" ]; then apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$LOG_DIR/apt.log" 2>&1 \
    || { tail -20 "$LOG_DIR/apt.log"; fail "apt-get install failed"; }
}

ensure_java() {
  command -v java >/dev/null || apt_install openjdk-17-jdk-headless
}

# --- PostgreSQL -----------------------------------------------------------------------------

pg_pidfile() { echo "/var/run/postgresql/${PG_VERSION}-${PG_CLUSTER}.pid"; }

pg_start() {
  apt_install postgresql
  if port_open 5432; then info "PostgreSQL is already running"; return 0; fi
  step "Starting PostgreSQL $PG_VERSION"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start || fail "PostgreSQL did not start"
  wait_for_port 5432 30 PostgreSQL
  head -1 "$(pg_pidfile)" >"$STARTED_DIR/postgres"
}

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }

# pg_database NAME OWNER: create the role (password = role name, local use only) and database.
pg_database() {
  local db=$1 role=$2
  psql_admin "-c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='$role') THEN CREATE ROLE $role LOGIN PASSWORD '$role'; END IF; END\\\$\\\$;\"" >/dev/null
  if [ -z "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname='$db'\"")" ]; then
    psql_admin "-c \"CREATE DATABASE $db OWNER $role ENCODING 'UTF8' TEMPLATE template0\"" >/dev/null
  fi
}

pg_drop_database() {
  psql_admin "-c \"DROP DATABASE IF EXISTS $1 WITH (FORCE)\"" >/dev/null
}

# Each service owns its database: bizsos_<service> (run), bizsos_<service>_test (Maven tests).
pg_databases() { # suffix
  local s
  for s in $SERVICES; do pg_database "bizsos_${s}$1" "bizsos_${s}"; done
}

# --- Kafka ---------------------------------------------------------------------------------
# Two brokers can run: "kafka" (127.0.0.1:9092, for ./bizsos run) and "kafka-test"
# (127.0.0.1:$BIZSOS_TEST_KAFKA_PORT, default 19092, for ./bizsos test, which stops and restarts
# it in its outage test and so must own it: see free_test_kafka_port).

KAFKA_LIBS="$RUN_DIR/kafka-libs"

kafka_instance() { # name: sets KAFKA_NAME, KAFKA_PORT, KAFKA_CONTROLLER_PORT, KAFKA_DIR
  KAFKA_NAME=$1
  case $1 in
    kafka) KAFKA_PORT=9092 ;;
    kafka-test) KAFKA_PORT=${BIZSOS_TEST_KAFKA_PORT:-19092} ;;
    *) fail "unknown Kafka instance $1" ;;
  esac
  KAFKA_CONTROLLER_PORT=$((KAFKA_PORT + 1))
  KAFKA_DIR="$RUN_DIR/$1"
}

# The first free port pair from 19092 on (19092, 19192, …), unless this checkout's own test
# broker already runs: the tests must own the broker they stop.
free_test_kafka_port() {
  local port=19092 pid
  if [ -f "$STARTED_DIR/kafka-test" ] && pid=$(cat "$STARTED_DIR/kafka-test") && kill -0 "$pid" 2>/dev/null \
    && [ -f "$RUN_DIR/kafka-test/port" ]; then
    cat "$RUN_DIR/kafka-test/port"
    return 0
  fi
  while port_open "$port" || port_open $((port + 1)); do port=$((port + 100)); done
  echo "$port"
}

kafka_fetch() {
  if [ -n "$(ls "$KAFKA_LIBS"/kafka_2.13-*.jar 2>/dev/null)" ]; then return 0; fi
  step "Fetching the Apache Kafka 4.3.1 broker from Maven Central"
  "$BIZSOS_HOME/mvnw" -q -B -f "$BIZSOS_HOME/infra/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_LIBS" -DincludeScope=runtime >"$LOG_DIR/kafka-fetch.log" 2>&1 \
    || { tail -20 "$LOG_DIR/kafka-fetch.log"; fail "could not fetch Kafka"; }
}

kafka_java() {
  java -Xmx512m -Xms128m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$KAFKA_LIBS/*" "$@"
}

kafka_start() { # [instance]
  kafka_instance "${1:-kafka}"
  if port_open "$KAFKA_PORT"; then info "Kafka ($KAFKA_NAME) is already running on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  ensure_java
  kafka_fetch
  mkdir -p "$KAFKA_DIR/data"
  { sed -e "s/9093/$KAFKA_CONTROLLER_PORT/g" -e "s/9092/$KAFKA_PORT/g" "$BIZSOS_HOME/infra/kafka/server.properties"
    echo "log.dirs=$KAFKA_DIR/data"; } >"$KAFKA_DIR/server.properties"
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    step "Formatting Kafka's storage (KRaft, $KAFKA_NAME)"
    local id
    id=$(kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    kafka_java kafka.tools.StorageTool format --ignore-formatted -t "$id" \
      -c "$KAFKA_DIR/server.properties" >"$LOG_DIR/$KAFKA_NAME-format.log" 2>&1 \
      || { cat "$LOG_DIR/$KAFKA_NAME-format.log"; fail "could not format Kafka storage"; }
  fi
  step "Starting the Kafka broker ($KAFKA_NAME) on 127.0.0.1:$KAFKA_PORT"
  local log="$LOG_DIR/$KAFKA_NAME.log"
  : >"$log"
  nohup java -Xmx512m -Xms128m -Dorg.slf4j.simpleLogger.defaultLogLevel=info \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties" >>"$log" 2>&1 &
  echo $! >"$STARTED_DIR/$KAFKA_NAME"
  echo "$KAFKA_PORT" >"$KAFKA_DIR/port"
  local i
  for ((i = 0; i < 240; i++)); do
    grep -q "Kafka Server started" "$log" && { info "Kafka is ready"; return 0; }
    kill -0 "$(cat "$STARTED_DIR/$KAFKA_NAME")" 2>/dev/null || { tail -30 "$log"; fail "Kafka exited"; }
    sleep 0.25
  done
  fail "Kafka did not start within 60 s (see $log)"
}

# --- Stopping what we started ---------------------------------------------------------------

stop_pid() { # name pid
  local pid=$2 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null
  for ((i = 0; i < 80; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null
}

stop_started() { # name...
  local name pid
  for name in "$@"; do
    [ -f "$STARTED_DIR/$name" ] || continue
    pid=$(cat "$STARTED_DIR/$name")
    info "stopping $name (PID $pid)"
    # SIGINT is PostgreSQL's fast shutdown; SIGTERM stops a JVM cleanly.
    if [ "$name" = postgres ]; then kill -INT "$pid" 2>/dev/null; fi
    stop_pid "$name" "$pid"
    rm -f "$STARTED_DIR/$name"
  done
}
