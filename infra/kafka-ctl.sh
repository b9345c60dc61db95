#!/usr/bin/env bash
# Stops or starts the Kafka broker that ./bizsos started, by its PID: the system tests use it to
# take the broker away under load and bring it back.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
case "${1:-}" in
  stop)
    [ -f "$STARTED_DIR/kafka" ] || fail "no Kafka broker started by bizsos is running"
    stop_started kafka ;;
  start) kafka_start ;;
  *) echo "usage: $0 stop|start" >&2; exit 2 ;;
esac
