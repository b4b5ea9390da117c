#!/usr/bin/env bash
# How many concurrent two-way calls samples/VoiceServer holds: for each call count, starts the server, places the
# calls with `markupdsl simulate --calls N` (each streaming DURATION seconds in real time, echoed back with a mark per
# frame), and prints the simulator's report with the server's CPU time over the run, read from /proc.
# A count passes when no frame is lost and the p99 mark round trip is under 50 ms.
#
#   benchmarks/load/run.sh [CALLS...]        default: 100 250 500 750 1000
#   DURATION=20 PORT=5077 AUTH_TOKEN=... benchmarks/load/run.sh 1000
#
# Run from anywhere on Linux; builds both programs in Release first. The server checks X-Twilio-Signature; AUTH_TOKEN
# (default: the sample's token) is given to both as --auth-token.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
counts=("${@:-100 250 500 750 1000}")
duration="${DURATION:-20}"
port="${PORT:-5077}"
token="${AUTH_TOKEN:-markupdsl-sample-auth-token}"
recordings="$(mktemp -d)"
trap 'rm -rf "$recordings"' EXIT

build samples/VoiceServer
server="$root/samples/VoiceServer/bin/Release/net10.0/VoiceServer.dll"

machine
for calls in ${counts[*]}; do
  start_server "$recordings/server.log" "$server" --port "$port" --recordings "$recordings" --auth-token "$token"
  pid=$server_pid pin=$server_pin

  echo
  echo "== $calls calls of ${duration} s (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  cpu_before=$(cpu_seconds "$pid"); start=$(date +%s.%N)
  dotnet "$tool" simulate "https://127.0.0.1:$port/voice" --pin "$pin" --calls "$calls" --duration "$duration" \
    --recordings "$recordings" --auth-token "$token" 2>/dev/null || true
  cpu_after=$(cpu_seconds "$pid"); end=$(date +%s.%N)
  awk -v c="$cpu_after" -v b="$cpu_before" -v s="$start" -v e="$end" \
    'BEGIN { printf "server     CPU %.1f s over %.1f s wall: %.0f %% of one core (%.0f %% of the machine)\n", c - b, e - s, 100 * (c - b) / (e - s), 100 * (c - b) / (e - s) / '"$(nproc)"' }'
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_server
  rm -f "$recordings"/*.wav
done
