#!/usr/bin/env python3
"""Process start to a settled window, and peak memory, for any desktop program (bench/anchors.sh).

settle.py [--runs N] [--quiet-ms MS] [--timeout S] [--say-shown] -- COMMAND ARGS...

Each run starts COMMAND on the current X display and measures
  shown:   when its window is mapped (with --say-shown: when the program prints "shown", which
           AnnualPlan does under ANNUALPLAN_SAY_WHEN_SHOWN once its window with the plan is exposed;
           other programs are found by their process id with xdotool),
  settled: the last moment its CPU time (all threads, /proc/PID/stat) grew before it stayed still
           for --quiet-ms after the window was shown,
  peak:    its peak resident memory (VmHWM) when settled,
then ends it. Prints one line per run and the medians. Times are wall-clock, so this is a
benchmark, never a test.
"""
import argparse
import os
import signal
import statistics
import subprocess
import sys
import time


def cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        # utime and stime, then the waited-for children's, in clock ticks
        return sum(int(x) for x in fields[11:15])
    except (OSError, IndexError):
        return None


def peak_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree(pid):
    """pid and its descendants (LibreOffice's soffice runs soffice.bin under it)."""
    pids = [pid]
    try:
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
        for child in out.split():
            pids += tree(int(child))
    except OSError:
        pass
    return pids


def window_mapped(pid):
    for p in tree(pid):
        r = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(p)], capture_output=True, text=True)
        if r.stdout.strip():
            return True
    return False


def one_run(cmd, say_shown, quiet_ms, timeout):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE if say_shown else subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    shown = None
    if say_shown:
        os.set_blocking(proc.stdout.fileno(), False)
        buf = b""
    while shown is None and time.monotonic() - start < timeout and proc.poll() is None:
        if say_shown:
            try:
                buf += proc.stdout.read() or b""
            except BlockingIOError:
                pass
            if b"shown" in buf:
                shown = time.monotonic()
            else:
                time.sleep(0.001)
        else:
            if window_mapped(proc.pid):
                shown = time.monotonic()
            else:
                time.sleep(0.01)
    settled = shown
    if shown is not None:
        last = sum(cpu_ticks(p) or 0 for p in tree(proc.pid))
        quiet_since = time.monotonic()
        while time.monotonic() - quiet_since < quiet_ms / 1000 and time.monotonic() - start < timeout:
            time.sleep(0.005)
            now = sum(cpu_ticks(p) or 0 for p in tree(proc.pid))
            if now != last:
                last = now
                quiet_since = time.monotonic()
                settled = quiet_since
    peak = sum(peak_kb(p) for p in tree(proc.pid))
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    if shown is None:
        return None
    return (shown - start) * 1000, (settled - start) * 1000, peak / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quiet-ms", type=int, default=300)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--say-shown", action="store_true")
    ap.add_argument("--label", default="")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    results = []
    for _ in range(a.runs):
        r = one_run(cmd, a.say_shown, a.quiet_ms, a.timeout)
        if r is None:
            print(f"{a.label}: no window within {a.timeout} s", file=sys.stderr)
            continue
        results.append(r)
        print(f"{a.label}: shown {r[0]:.0f} ms, settled {r[1]:.0f} ms, peak {r[2]:.0f} MB", file=sys.stderr)
    if not results:
        return 1
    med = [statistics.median(x[i] for x in results) for i in range(3)]
    lo = [min(x[i] for x in results) for i in range(3)]
    hi = [max(x[i] for x in results) for i in range(3)]
    print(f"{a.label}\truns {len(results)}\tshown {med[0]:.0f} ms ({lo[0]:.0f}-{hi[0]:.0f})\t"
          f"settled {med[1]:.0f} ms ({lo[1]:.0f}-{hi[1]:.0f})\tpeak {med[2]:.0f} MB ({lo[2]:.0f}-{hi[2]:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
