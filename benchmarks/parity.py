"""Output parity: a digest of every output byte of ``cleanscrape clean`` on fixed corpora.

Refactors must not change what cleanscrape writes. This script builds three corpora (the seeds,
the AEB pages as HTML files, and 2,000 seed variants from ``throughput.seed_corpus``, which are
full of near-duplicates), runs ``clean`` on each and prints, per corpus, one SHA-256 over every
output file (path and bytes, report.json included). ``--save FILE`` stores the digests;
``--check FILE`` compares with stored ones and exits 1 on any difference, naming the files.

    python benchmarks/parity.py --save /tmp/parity.json      # before a change
    python benchmarks/parity.py --check /tmp/parity.json     # after it

Extra ``clean`` flags go after ``--`` (``-- --engine ray``) so engines can be compared too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.cli import main as cli_main
from common import SEEDS
from throughput import aeb_corpus, seed_corpus

CORPORA = ("seeds", "aeb", "variants2000")


def build(name: str, root: Path) -> Path:
    src = root / name
    if src.exists():
        return src
    src.mkdir(parents=True)
    if name == "seeds":
        for p in sorted(SEEDS.glob("*.txt")):
            shutil.copy(p, src / p.name)
    elif name == "aeb":
        aeb_corpus(src)
    else:
        seed_corpus(src, 2000)
    return src


def digest_tree(out: Path) -> dict[str, str]:
    """``{relative path: sha256}`` for every file below ``out``."""
    return {
        str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def run(name: str, root: Path, extra: list[str]) -> dict[str, str]:
    src = build(name, root)
    out = root / f"out-{name}"
    shutil.rmtree(out, ignore_errors=True)
    cli_main(["clean", str(src), "-o", str(out), "-q", *extra])
    return digest_tree(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--save", type=Path, help="write the digests here")
    ap.add_argument("--check", type=Path, help="compare with digests saved by --save")
    ap.add_argument("--corpus", choices=CORPORA, nargs="+", default=list(CORPORA))
    ap.add_argument("--work", type=Path, help="folder for corpora and outputs (default: temp)")
    ap.add_argument("extra", nargs="*", help="extra flags for clean, after --")
    args = ap.parse_args(argv)
    root = args.work or Path(tempfile.mkdtemp(prefix="cleanscrape-parity-"))
    root.mkdir(parents=True, exist_ok=True)
    found = {name: run(name, root, args.extra) for name in args.corpus}
    if args.save:
        args.save.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    status = 0
    expected = json.loads(args.check.read_text(encoding="utf-8")) if args.check else {}
    for name, files in found.items():
        whole = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]
        line = f"{name}: {len(files)} files, digest {whole}"
        if args.check:
            want = expected.get(name, {})
            diff = sorted(k for k in set(want) | set(files) if want.get(k) != files.get(k))
            line += " identical" if not diff else f" DIFFERS in {len(diff)} files: {diff[:10]}"
            status |= bool(diff)
        print(line)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
