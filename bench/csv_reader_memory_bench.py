#!/usr/bin/env python3
"""Memory and time of reading a large Intrix export with ``lib/csv_reader.py``.

    python bench/csv_reader_memory_bench.py [--sizes 10 50 200] [--chunk 5000] [--keep]

For every size (MiB) a cp1250 export with ``;`` and non-ASCII letters in every row is generated in a
temporary folder, then read the way staging reads it: ``open_table`` on the open file and every chunk
of rows iterated. Prints the rows, the traced (tracemalloc) peak and the time. The peak must not grow
with the size; reading the same file as bytes (``--bytes``) shows what holding it whole costs.

Loads ``clientjoy_intrix_import/lib/csv_reader.py`` by file path: Odoo is never imported.
"""
import argparse
import os
import tempfile
import time
import tracemalloc

from addon_lib import load  # bench/ is on sys.path when run as a script

HERE = os.path.dirname(os.path.abspath(__file__))
ROW = "C%%07d;Čebelarstvo Žužek d.o.o.;Ljubljana;%s;12.500,00;31.03.2024\r\n" % ("Tržaška cesta 12, " * 4)


def generate(path, mib):
    block = "".join(ROW % i for i in range(5000)).encode("cp1250")
    with open(path, "wb") as handle:
        handle.write("Client ID;Client name;City;Address;Value;Created\r\n".encode("cp1250"))
        while handle.tell() < mib << 20:
            handle.write(block)


def measure(reader_module, path, chunk, as_bytes):
    tracemalloc.start()
    started, rows = time.perf_counter(), 0
    with open(path, "rb") as handle:
        reader = reader_module.open_table(handle.read() if as_bytes else handle, os.path.basename(path))
        for rows_chunk in reader.chunks(chunk):
            rows += len(rows_chunk)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return rows, reader.encoding, peak, time.perf_counter() - started


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50], help="file sizes in MiB")
    parser.add_argument("--chunk", type=int, default=5000, help="rows per chunk (staging uses the run's chunk size)")
    parser.add_argument("--bytes", action="store_true", help="also read each file as bytes held in memory")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args(argv)

    reader_module = load("_cji_csv_reader", "csv_reader.py")
    folder = tempfile.mkdtemp(prefix="cji_csv_bench_")
    print("%8s %10s %9s %12s %8s  %s" % ("MiB", "rows", "encoding", "peak MiB", "seconds", "read from"))
    for mib in args.sizes:
        path = os.path.join(folder, "clients_%d.csv" % mib)
        generate(path, mib)
        for as_bytes in (False, True) if args.bytes else (False,):
            rows, encoding, peak, seconds = measure(reader_module, path, args.chunk, as_bytes)
            print("%8.1f %10d %9s %12.1f %8.1f  %s" % (
                os.path.getsize(path) / 2 ** 20, rows, encoding, peak / 2 ** 20, seconds,
                "bytes" if as_bytes else "file"))
        if not args.keep:
            os.remove(path)
    if not args.keep:
        os.rmdir(folder)


if __name__ == "__main__":
    main()
