# Shared by run.sh and compare.sh (sourced, not run): building, starting a server, reading its CPU time.

# Server and simulator share the machine's cores: idle thread-pool workers spinning before they sleep took about
# 30 % of the server's CPU in a perf profile at 100 calls (LowLevelLifoSemaphore.Wait, sched_yield); without the spin
# both use about 15-20 % less CPU. DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=50 (or unset) runs with the default.
export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit="${DOTNET_ThreadPool_UnfairSemaphoreSpinLimit:-0}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tool="$root/tools/MarkupDsl.Tool/bin/Release/net10.0/MarkupDsl.Tool.dll"
ticks=$(getconf CLK_TCK)

build() { # builds the simulator and the given projects in Release
  local project
  for project in tools/MarkupDsl.Tool "$@"; do
    dotnet build "$root/$project" -c Release -nologo -v quiet >/dev/null
  done
}

machine() { # one line: cores, processor, load average
  echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

cpu_seconds() { # utime + stime of a process, in seconds
  awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat"
}

# start_server LOG DLL ARGS...: starts a server that prints "certificate SHA-256 <hash>" once it listens (logging
# at Warning); sets server_pid and server_pin.
start_server() {
  local log="$1"; shift
  Logging__LogLevel__Default=Warning dotnet "$@" >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 300); do grep -q "certificate SHA-256" "$log" 2>/dev/null && break; sleep 0.2; done
  grep -q "certificate SHA-256" "$log" || { cat "$log"; echo "$1 did not start" >&2; exit 1; }
  server_pin=$(grep -o 'SHA-256 [0-9A-F]*' "$log" | cut -d' ' -f2)
}

stop_server() {
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
}
