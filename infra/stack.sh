# shellcheck shell=bash
# Building and starting the four services as one system. Sourced by ./bizsos after infra/lib.sh.
#
# Two stacks can run side by side: "run" (ports 8080-8083, databases bizsos_<service>, demo data)
# and "e2e" (ports 18080-18083, databases bizsos_<service>_e2e made anew, fresh Kafka topics),
# which ./bizsos test starts so that tests never touch the data of a running system.

stack_port() { # stack service
  local base=8080
  [ "$1" = e2e ] && base=18080
  case $2 in
    gateway) echo $((base)) ;;
    meetings) echo $((base + 1)) ;;
    grievance) echo $((base + 2)) ;;
    reporting) echo $((base + 3)) ;;
  esac
}

service_dir() { # service
  case $1 in
    gateway) echo gateway ;;
    *) echo "$1-service" ;;
  esac
}

ensure_node() {
  if ! command -v node >/dev/null; then apt_install nodejs npm; fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$major" -ge 20 ] || fail "Node.js 20 or newer is needed for the frontend (found $(node --version 2>/dev/null))"
  command -v curl >/dev/null || apt_install curl
}

npm_install() { # in frontend/: npm ci when the lock file changed since the last install
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

build_backend() { # maven phase
  step "Building the services (Maven; the first build downloads for a few minutes)"
  "$BIZSOS_HOME/mvnw" -B -ntp -q "$1" -DskipTests >"$LOG_DIR/build.log" 2>&1 \
    || { tail -40 "$LOG_DIR/build.log"; fail "the build failed (see $LOG_DIR/build.log)"; }
}

build_frontend() {
  step "Building the SPA (npm)"
  (cd "$BIZSOS_HOME/frontend" && npm_install && npm run build --silent) >"$LOG_DIR/frontend-build.log" 2>&1 \
    || { tail -40 "$LOG_DIR/frontend-build.log"; fail "the frontend build failed (see $LOG_DIR/frontend-build.log)"; }
}

reset_e2e_databases() {
  local s
  for s in $SERVICES; do pg_drop_database "bizsos_${s}_e2e"; done
  pg_databases _e2e
}

start_service() { # stack service topic-prefix
  local stack=$1 svc=$2 prefix=$3 port db jar name
  port=$(stack_port "$stack" "$svc")
  db="bizsos_${svc}"
  [ "$stack" = e2e ] && db="${db}_e2e"
  jar="$BIZSOS_HOME/$(service_dir "$svc")/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || fail "$jar is missing: the build did not produce it"
  port_open "$port" && fail "port $port is taken by another program; stop it first"
  name="$stack-$svc"
  info "starting $svc on port $port"
  (
    export QUARKUS_HTTP_PORT=$port
    export BIZSOS_DB_NAME=$db
    export BIZSOS_TOPIC_PREFIX=$prefix
    export BIZSOS_JWKS_URL="http://127.0.0.1:$(stack_port "$stack" gateway)/.well-known/jwks.json"
    export BIZSOS_DEMO_ENABLED=true
    export BIZSOS_KEY_DIR="$RUN_DIR/keys-$stack"
    export BIZSOS_SPA_DIR="$BIZSOS_HOME/frontend/dist"
    export BIZSOS_ROUTES_MEETINGS_URL="http://127.0.0.1:$(stack_port "$stack" meetings)"
    export BIZSOS_ROUTES_GRIEVANCES_URL="http://127.0.0.1:$(stack_port "$stack" grievance)"
    export BIZSOS_ROUTES_REPORTS_URL="http://127.0.0.1:$(stack_port "$stack" reporting)"
    cd "$BIZSOS_HOME"
    exec nohup java -Xmx384m -Duser.timezone=Asia/Seoul -Dfile.encoding=UTF-8 -jar "$jar" \
      >"$LOG_DIR/$name.log" 2>&1
  ) &
  echo $! >"$STARTED_DIR/$name"
}

wait_ready() { # stack service
  local port i name="$1-$2"
  port=$(stack_port "$1" "$2")
  for ((i = 0; i < 360; i++)); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then return 0; fi
    kill -0 "$(cat "$STARTED_DIR/$name" 2>/dev/null)" 2>/dev/null \
      || { tail -30 "$LOG_DIR/$name.log"; echo "$2 exited (see $LOG_DIR/$name.log)" >&2; return 1; }
    sleep 0.5
  done
  echo "$2 was not ready within 180 s (see $LOG_DIR/$name.log)" >&2
  return 1
}

start_stack() { # stack [run-id]
  local stack=$1 prefix=bizsos svc
  [ "$stack" = e2e ] && prefix="e2e-${2:-$(date +%s)}"
  step "Starting the services ($stack)"
  # The gateway first: the services fetch its signing keys.
  for svc in gateway grievance meetings reporting; do start_service "$stack" "$svc" "$prefix"; done
  for svc in gateway grievance meetings reporting; do wait_ready "$stack" "$svc" || return 1; done
  info "all services are ready"
}

stop_stack() { # stack
  local svc
  for svc in reporting meetings grievance gateway; do stop_started "$1-$svc"; done
}

stack_running() { # stack: true if every service of the stack is alive
  local svc pid
  for svc in gateway grievance meetings reporting; do
    [ -f "$STARTED_DIR/$1-$svc" ] || return 1
    pid=$(cat "$STARTED_DIR/$1-$svc")
    kill -0 "$pid" 2>/dev/null || return 1
  done
}
