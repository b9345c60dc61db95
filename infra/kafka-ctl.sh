#!/usr/bin/env bash
# Stops or starts the Kafka broker that ./bizsos started, by its PID: the system tests use it to
# take the broker away under load and bring it back.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# usage: kafka-ctl.sh stop|start [kafka|kafka-test]
instance=${2:-kafka}
case "${1:-}" in
  stop)
    [ -f "$STARTED_DIR/$instance" ] || fail "no Kafka broker ($instance) started by bizsos is running"
    stop_started "$instance" ;;
  start) kafka_start "$instance" ;;
  *) echo "usage: $0 stop|start [kafka|kafka-test]" >&2; exit 2 ;;
esac
