"""How much CPU work this machine does with 2 processes at once, against 1: the most a second worker could
add here, whatever the addon does. Runs the same pure-Python loop alone, then in N processes at once, and
prints the throughput ratio (N processes' work per second against one's). On a machine with N free cores
it is close to N; hyper-threads, a host that shares its cores or other work running lower it.

    python bench/cores_probe.py [--processes 2] [--rounds 3]
"""
import argparse
import multiprocessing
import os
import time

LOOP = 20_000_000


def work(_arg=None):
    started = time.perf_counter()
    total = 0
    for i in range(LOOP):
        total += i
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    opts = parser.parse_args()
    print("CPUs: %d, load average before: %.2f" % (os.cpu_count() or 0, os.getloadavg()[0]))
    with multiprocessing.Pool(opts.processes) as pool:
        for round_ in range(1, opts.rounds + 1):
            alone = pool.apply(work)
            started = time.perf_counter()
            pool.map(work, range(opts.processes))
            together = time.perf_counter() - started
            print("round %d: 1 process %.2f s; %d at once %.2f s; throughput %.2fx one process" % (
                round_, alone, opts.processes, together, opts.processes * alone / together))


if __name__ == "__main__":
    main()
