#!/usr/bin/env bash
# samples/VoiceServer against the floor (benchmarks/load/FloorServer: the same Kestrel, TLS and webhook, a bare
# WebSocket echo with no MarkupDsl) under the same `markupdsl simulate --calls N`, in one run. The call counts climb a
# ladder, both servers at each count, in alternating order; a server leaves the ladder at its first count that fails.
# A count passes when every call completes, no frame is lost, no message is rejected and the p99 mark round trip is
# under 50 ms. Prints each run as it ends, then two markdown tables for benchmarks/README.md: every run, and per
# server the CPU per call-second and the largest count held, with the sample's ratios to the floor.
#
#   benchmarks/load/compare.sh                 ladder 50, 75, ... 400 (START, STEP, MAX)
#   benchmarks/load/compare.sh 100 150 200     these counts only
#   DURATION=20 PORT=5077 START=50 STEP=25 MAX=400 benchmarks/load/compare.sh
#
# CPU per call-second: the server process's utime + stime (/proc/PID/stat) divided by the calls and the seconds, read
# twice: while every call streams (the steady cost, the figure compared), and over the simulator's whole run divided
# by the seconds of audio each call streamed (start-up, JIT, webhooks and closes included). Each run starts its server
# afresh, so both pay the same start-up.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration="${DURATION:-20}"
port="${PORT:-5077}"
token="${AUTH_TOKEN:-markupdsl-sample-auth-token}"
if (($#)); then ladder=("$@"); else mapfile -t ladder < <(seq "${START:-50}" "${STEP:-25}" "${MAX:-400}"); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Each run: the calls' audio (hello.wav, 3.96 s, repeated to at least DURATION), their 10 ms-apart starts, the
# simulator's 1 s quiet period, and about 6 s to start the server and the simulator.
audio=$(awk -v d="$duration" 'BEGIN { n = int(d / 3.96); if (n * 3.96 < d) n++; print n * 3.96 }')
estimate=$(printf '%s\n' "${ladder[@]}" | awk -v a="$audio" '{ s += 2 * (a + $1 * 0.01 + 7) } END { printf "%.0f", s / 60 }')
echo "At most ~$estimate min: ${#ladder[@]} counts (${ladder[*]}) x 2 servers, each call streaming $audio s, plus the build; ends sooner once both servers fail."
echo "Building in Release..."
build samples/VoiceServer benchmarks/load/FloorServer
machine

declare -A dll=([sample]="$root/samples/VoiceServer/bin/Release/net10.0/VoiceServer.dll"
                [floor]="$root/benchmarks/load/FloorServer/bin/Release/net10.0/FloorServer.dll")
declare -A held=([sample]=0 [floor]=0) out=()

# steady_cpu CALLS: the server's CPU per call-second in ms while every call streams: from 2 s after the last call
# started (8 s at the soonest, by when tier-up has settled on a quiet machine) until 1 s before the first call ends,
# so that neither start-up, JIT, webhooks nor closing handshakes count.
steady_cpu() {
  local calls="$1" ramp window c0 c1 t0 t1
  for _ in $(seq 300); do grep -q "^Placing" "$work/simulate.txt" 2>/dev/null && break; sleep 0.1; done
  ramp=$(awk -v n="$calls" 'BEGIN { r = n * 0.010 + 2; print r < 8 ? 8 : r }')
  window=$(awk -v a="$audio" -v r="$ramp" 'BEGIN { w = a - r - 1; print w < 1 ? 1 : w }')
  sleep "$ramp"
  c0=$(cpu_seconds "$server_pid"); t0=$(date +%s.%N)
  sleep "$window"
  c1=$(cpu_seconds "$server_pid"); t1=$(date +%s.%N)
  awk -v c0="$c0" -v c1="$c1" -v t0="$t0" -v t1="$t1" -v n="$calls" 'BEGIN { printf "%.2f", (c1 - c0) * 1000 / (n * (t1 - t0)) }'
}

# run SERVER CALLS: one simulated load against a fresh server; appends
# "server calls steady_cpu_ms whole_cpu_ms p99 lost late simulator_cpu load pass" to runs.txt.
run() {
  local server="$1" calls="$2" load
  if [[ $server == sample ]]; then
    start_server "$work/server.log" "${dll[sample]}" --port "$port" --recordings "$work" --auth-token "$token"
  else
    start_server "$work/server.log" "${dll[floor]}" --port "$port"
  fi

  load=$(cut -d' ' -f1 /proc/loadavg)
  local before after steady
  before=$(cpu_seconds "$server_pid")
  dotnet "$tool" simulate "https://127.0.0.1:$port/voice" --pin "$server_pin" --calls "$calls" --duration "$duration" \
    --recordings "$work" --auth-token "$token" >"$work/simulate.txt" 2>/dev/null &
  local simulator=$!
  steady=$(steady_cpu "$calls")
  wait "$simulator" || true
  after=$(cpu_seconds "$server_pid")
  stop_server
  rm -f "$work"/*.wav

  # The simulator's report: "each streaming S s", "calls C of N completed", "frames ... L lost, T sent late",
  # "round trip ... p99 X ms", "rejected R messages", "client CPU Y s".
  tr -d ',' <"$work/simulate.txt" | awk -v server="$server" -v calls="$calls" -v steady="$steady" -v cpu="$(awk -v a="$after" -v b="$before" 'BEGIN { print a - b }')" -v load="$load" '
    /each streaming/ { for (i = 1; i < NF; i++) if ($(i + 1) == "s" && $(i - 1) == "streaming") seconds = $i }
    /^calls / { completed = $2 }
    /^frames / { for (i = 1; i < NF; i++) { if ($(i + 1) == "lost") lost = $i; if ($(i + 1) == "sent" && $(i + 2) == "late") late = $i } }
    /^round trip/ { for (i = 1; i < NF; i++) if ($i == "p99") p99 = $(i + 1) }
    /^rejected / { rejected = $2 }
    /client CPU/ { for (i = 1; i < NF; i++) if ($i == "CPU") client = $(i + 1) }
    END {
      if (seconds == "" || p99 == "") { seconds = 1; p99 = "nan"; lost = "?"; completed = 0 }
      pass = completed == calls && lost == 0 && rejected == 0 && p99 + 0 < 50 && p99 != "nan"
      printf "%s %d %s %.2f %s %s %s %s %s %s\n", server, calls, steady, cpu * 1000 / (calls * seconds), p99, lost, late, client, load, pass ? "yes" : "no"
    }' >>"$work/runs.txt"
  read -r _ _ steady cpu p99 lost _ _ _ pass < <(tail -1 "$work/runs.txt")
  printf '%-6s %4d calls: CPU per call-second %s ms streaming, %s ms whole run; p99 %s ms, %s lost; passes %s\n' \
    "$server" "$calls" "$steady" "$cpu" "$p99" "$lost" "$pass"
  [[ $pass == yes ]]
}

for i in "${!ladder[@]}"; do
  calls=${ladder[$i]}
  # Alternating which server goes first evens out drift in the machine's load over the run.
  if ((i % 2)); then order=(sample floor); else order=(floor sample); fi
  for server in "${order[@]}"; do
    [[ -n ${out[$server]:-} ]] && continue
    if run "$server" "$calls"; then held[$server]=$calls; else out[$server]=$calls; fi
  done
  [[ -n ${out[sample]:-} && -n ${out[floor]:-} ]] && break
done

echo
echo "| calls | server | CPU per call-second, streaming (ms) | whole run (ms) | p99 mark round trip (ms) | frames lost | sent late | simulator CPU (s) | load average before | passes |"
echo "|------:|:-------|-----:|-----:|-----:|-----:|-----:|-----:|-----:|:---:|"
awk '{ printf "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $2, $1 == "floor" ? "floor" : "VoiceServer", $3, $4, $5, $6, $7, $8, $9, $10 }' "$work/runs.txt"

# The summary compares CPU at the largest count both servers held (else the first count run).
common=$(( ${held[sample]} < ${held[floor]} ? ${held[sample]} : ${held[floor]} ))
((common)) || common=${ladder[0]}
echo
echo "| server | largest N held (p99 < 50 ms, 0 lost) | CPU per call-second at $common calls, streaming (ms) |"
echo "|:-------|-----:|-----:|"
awk -v n="$common" -v hs="${held[sample]}" -v hf="${held[floor]}" '
  $2 == n { cpu[$1] = $3 }
  END {
    printf "| floor | %d | %s |\n", hf, cpu["floor"]
    printf "| VoiceServer | %d | %s |\n", hs, cpu["sample"]
    if (cpu["floor"] > 0 && hf > 0)
      printf "| VoiceServer / floor | %.0f %% (goal >= 90 %%) | %.2fx (goal <= 1.3x) |\n", 100 * hs / hf, cpu["sample"] / cpu["floor"]
  }' "$work/runs.txt"
