#!/usr/bin/env bash
# Where a server's CPU goes under load: starts samples/VoiceServer (sample) or the floor (floor), places CALLS calls of
# DURATION seconds with `markupdsl simulate`, and records the server with `perf record -g` for WINDOW seconds from SKIP
# seconds in, when every call streams; then prints the server's CPU in that window and perf's shares by library and
# by thread. The perf.data stays in OUT for `perf report -i OUT/perf.data`.
#
#   benchmarks/load/profile.sh sample|floor [CALLS]          default 100 calls
#   DURATION=30 SKIP=12 WINDOW=12 OUT=/tmp/profile-sample benchmarks/load/profile.sh sample 100
#
# JIT-compiled code is named through the runtime's perf map (DOTNET_PerfMapEnabled=1), which perf can read only
# with W^X off (DOTNET_EnableWriteXorExecute=0). DOTNET_TieredCompilation=0 in the environment keeps a loaded
# machine's late tier-up out of the window. Needs perf (Debian: linux-perf) and permission to attach to the process.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
server="${1:?sample or floor}" calls="${2:-100}"
duration="${DURATION:-30}" skip="${SKIP:-12}" window="${WINDOW:-12}"
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
command -v perf >/dev/null || { echo "perf is not installed" >&2; exit 1; }
build samples/VoiceServer benchmarks/load/FloorServer

case "$server" in
  sample) dll="$root/samples/VoiceServer/bin/Release/net10.0/VoiceServer.dll"; args=(--recordings "$out") ;;
  floor) dll="$root/benchmarks/load/FloorServer/bin/Release/net10.0/FloorServer.dll"; args=() ;;
  *) echo "sample or floor, not $server" >&2; exit 2 ;;
esac
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 start_server "$out/server.log" "$dll" --port "${PORT:-5077}" "${args[@]}"
dotnet "$tool" simulate "https://127.0.0.1:${PORT:-5077}/voice" --pin "$server_pin" --calls "$calls" --duration "$duration" \
  --recordings "$out" --auth-token "${AUTH_TOKEN:-markupdsl-sample-auth-token}" >"$out/simulate.txt" 2>/dev/null &
simulator=$!
sleep "$skip"
before=$(cpu_seconds "$server_pid")
perf record -F 999 -g -p "$server_pid" -o "$out/perf.data" -- sleep "$window" 2>"$out/perf.log"
after=$(cpu_seconds "$server_pid")
wait "$simulator" || true
stop_server
rm -f "$out"/*.wav

machine
awk -v a="$after" -v b="$before" -v w="$window" -v n="$calls" \
  'BEGIN { printf "%s: %.2f s of CPU in %s s, %.2f ms per call-second\n", "'"$server"'", a - b, w, (a - b) * 1000 / (n * w) }'
cat "$out/simulate.txt"
echo; echo "by library:"
perf report -i "$out/perf.data" --no-children --sort dso -g none --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' | head -12
echo; echo "by thread:"
perf report -i "$out/perf.data" --no-children --sort comm -g none --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' | head -6
echo; echo "perf report -i $out/perf.data --children --sort sym   # the rest"
