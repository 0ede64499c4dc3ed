#!/bin/sh
# WebKitWebDriver starts the app through this: it runs the app given as first
# argument with the rest, and says on standard error how the app ended, so that a
# window vanishing in the middle of a test leaves its exit status or signal in the
# test's output (WebKitWebDriver only answers "invalid session id").
app="$1"
shift
"$app" "$@" &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null' TERM INT HUP
wait "$pid"
status=$?
# A signal to this script interrupts `wait`: wait again for the app's own status.
while kill -0 "$pid" 2>/dev/null; do
  wait "$pid"
  status=$?
done
if [ "$status" -gt 128 ]; then
  echo "run-app: $(basename "$app") (pid $pid) was ended by signal $((status - 128)) at $(date +%T.%N | cut -c1-12)" >&2
else
  echo "run-app: $(basename "$app") (pid $pid) exited with status $status at $(date +%T.%N | cut -c1-12)" >&2
fi
exit "$status"
