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
# Server and simulator share 2 cores: idle thread-pool workers spinning before they sleep took about 30 % of the
# server's CPU in a perf profile at 100 calls (LowLevelLifoSemaphore.Wait, sched_yield); without the spin both use
# about 15-20 % less CPU. DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=50 (or unset) runs with the default.
export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit="${DOTNET_ThreadPool_UnfairSemaphoreSpinLimit:-0}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
counts=("${@:-100 250 500 750 1000}")
duration="${DURATION:-20}"
port="${PORT:-5077}"
token="${AUTH_TOKEN:-markupdsl-sample-auth-token}"
recordings="$(mktemp -d)"
trap 'rm -rf "$recordings"' EXIT

dotnet build "$root/samples/VoiceServer" -c Release -nologo -v quiet >/dev/null
dotnet build "$root/tools/MarkupDsl.Tool" -c Release -nologo -v quiet >/dev/null
tool="$root/tools/MarkupDsl.Tool/bin/Release/net10.0/MarkupDsl.Tool.dll"
server="$root/samples/VoiceServer/bin/Release/net10.0/VoiceServer.dll"
ticks=$(getconf CLK_TCK)

cpu_seconds() { # utime + stime of a process, in seconds
  awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat"
}

echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for calls in ${counts[*]}; do
  Logging__LogLevel__Default=Warning dotnet "$server" --port "$port" --recordings "$recordings" --auth-token "$token" >"$recordings/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 300); do grep -q "certificate SHA-256" "$recordings/server.log" 2>/dev/null && break; sleep 0.2; done
  grep -q "certificate SHA-256" "$recordings/server.log" || { cat "$recordings/server.log"; echo "VoiceServer did not start" >&2; exit 1; }
  pin=$(grep -o 'SHA-256 [0-9A-F]*' "$recordings/server.log" | cut -d' ' -f2)

  echo
  echo "== $calls calls of ${duration} s (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  cpu_before=$(cpu_seconds "$pid"); start=$(date +%s.%N)
  dotnet "$tool" simulate "https://127.0.0.1:$port/voice" --pin "$pin" --calls "$calls" --duration "$duration" \
    --recordings "$recordings" --auth-token "$token" 2>/dev/null || true
  cpu_after=$(cpu_seconds "$pid"); end=$(date +%s.%N)
  awk -v c="$cpu_after" -v b="$cpu_before" -v s="$start" -v e="$end" \
    'BEGIN { printf "server     CPU %.1f s over %.1f s wall: %.0f %% of one core (%.0f %% of the machine)\n", c - b, e - s, 100 * (c - b) / (e - s), 100 * (c - b) / (e - s) / '"$(nproc)"' }'
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$recordings"/*.wav
done
