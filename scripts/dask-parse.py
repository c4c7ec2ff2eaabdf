#!/usr/bin/env python3
"""maqal over a JSON Lines corpus on a Dask cluster.

The corpus is cut into blocks at line ends (32-64 MB: Node starts once per
block), each block is piped through `maqal parse --input jsonl -f record -` on
a worker, and each block's records are written as one part file, in order:
`cat OUT/parse/*.jsonl` is byte for byte what one maqal process prints.

  --chrome  first counts repeated lines per block (maqal chrome count), merges
            the tables and parses every block with the corpus's table.
  --dedup   then counts fingerprints per part (maqal dedup count), merges the
            tables and marks copies in every part (maqal dedup apply):
            OUT/dedup/*.jsonl.

Local cluster:   python3 scripts/dask-parse.py --workers 2 --out out corpus.jsonl
Several hosts:   dask-ssh host1 host2 (or dask scheduler + dask worker), then
                 python3 scripts/dask-parse.py --scheduler tcp://host1:8786 --out /shared/out /shared/corpus.jsonl
Paths must be readable and writable by every worker (a shared disk) and maqal
installed on each (`--maqal` names the command).
"""
import argparse
import glob
import os
import shlex
import subprocess
import sys


def run_maqal(command, data):
    """Runs maqal with `data` on stdin; returns its stdout. Exit 1 (some records failed) keeps the rest."""
    proc = subprocess.run(command, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.stderr:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(command)} exited with {proc.returncode}")
    return proc.stdout


def records(out):
    """maqal's output as records without their line ends. Split on LF only: JSON text may hold U+2028."""
    text = out.decode("utf-8")
    return [line for line in text.split("\n") if line != ""]


def block_bytes(lines):
    """A block's lines as bytes, each with its line end (the last line of a file may lack one)."""
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines).encode("utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", help="JSON Lines files or globs")
    ap.add_argument("--out", required=True, help="output folder (parse/, and dedup/ with --dedup)")
    ap.add_argument("--maqal", default="maqal", help="the maqal command on the workers (default: maqal)")
    ap.add_argument("--parse-args", default="--input jsonl -f record", help="arguments of maqal parse (default: --input jsonl -f record)")
    ap.add_argument("--blocksize", default="64MB", help="bytes per block (default: 64MB)")
    ap.add_argument("--workers", type=int, default=2, help="workers of a local cluster (default: 2)")
    ap.add_argument("--scheduler", help="address of a running scheduler (dask-ssh, dask scheduler) instead of a local cluster")
    ap.add_argument("--chrome", action="store_true", help="learn repeated lines across the whole corpus first")
    ap.add_argument("--dedup", action="store_true", help="mark copies across the whole corpus after parsing")
    args = ap.parse_args()

    import dask
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    paths = sorted({p for pattern in args.inputs for p in (glob.glob(pattern) or [pattern])})
    maqal = shlex.split(args.maqal)
    blocksize = dask.utils.parse_bytes(args.blocksize)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None))
    try:
        # Blocks cut at LF only (a record may hold U+2028), in file order.
        corpus = db.read_text(paths, blocksize=blocksize, encoding="utf-8", linedelimiter="\n")
        parse = maqal + ["parse"] + shlex.split(args.parse_args)

        if args.chrome:
            chrome_dir = os.path.join(args.out, "chrome")
            os.makedirs(chrome_dir, exist_ok=True)
            count = maqal + ["chrome", "count", "--input", "jsonl", "-"]
            tables = corpus.map_partitions(lambda lines: [run_maqal(count, block_bytes(lines)).decode("utf-8").rstrip("\n")])
            tables.to_textfiles(os.path.join(chrome_dir, "*.json"), name_function=lambda i: f"{i:05d}", last_endline=True)
            parts = sorted(glob.glob(os.path.join(chrome_dir, "0*.json")))
            merged = run_maqal(maqal + ["chrome", "merge"] + parts, b"")
            table = os.path.join(chrome_dir, "table.json")
            with open(table, "wb") as f:
                f.write(merged)
            parse = parse + ["--chrome-table", os.path.abspath(table)]

        parsed = corpus.map_partitions(lambda lines: records(run_maqal(parse + ["-"], block_bytes(lines))))
        parse_dir = os.path.join(args.out, "parse")
        os.makedirs(parse_dir, exist_ok=True)
        # Dask joins a part's elements with LF and, unless told, ends the part without one: two
        # parts concatenated would then glue a record to the next. last_endline ends every part.
        parsed.to_textfiles(os.path.join(parse_dir, "*.jsonl"), name_function=lambda i: f"{i:05d}", last_endline=True)

        if args.dedup:
            parts = sorted(glob.glob(os.path.join(parse_dir, "*.jsonl")))
            dedup_dir = os.path.join(args.out, "dedup")
            os.makedirs(dedup_dir, exist_ok=True)
            tables = db.from_sequence(parts, npartitions=len(parts)).map(lambda p: run_maqal(maqal + ["dedup", "count", p], b""))
            table_paths = []
            for k, t in enumerate(tables.compute()):
                path = os.path.join(dedup_dir, f"table-{k:05d}.jsonl")
                with open(path, "wb") as f:
                    f.write(t)
                table_paths.append(path)
            table = os.path.join(dedup_dir, "table.jsonl")
            with open(table, "wb") as f:
                f.write(run_maqal(maqal + ["dedup", "merge"] + table_paths, b""))

            def apply(part):
                out = run_maqal(maqal + ["dedup", "apply", "--table", os.path.abspath(table), part], b"")
                with open(os.path.join(dedup_dir, os.path.basename(part)), "wb") as f:
                    f.write(out)
                return part

            db.from_sequence(parts, npartitions=len(parts)).map(apply).compute()
    finally:
        client.close()


if __name__ == "__main__":
    main()
