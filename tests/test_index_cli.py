"""``cleanscrape clean --index`` across runs, and the ``cleanscrape index`` commands.

Includes the fault tests: a run killed with SIGKILL in the middle of its index phase, and two
runs writing one index at the same time.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleanscrape import DedupIndex, clean_text
from cleanscrape.cli import main
from cleanscrape.dedup import matching_key, shingles

from .conftest import SEEDS

CLI = [sys.executable, "-m", "cleanscrape"]


def _jaccard(a: str, b: str) -> float:
    sa, sb = shingles(matching_key(a), 5), shingles(matching_key(b), 5)
    return len(sa & sb) / len(sa | sb)


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    """Article paragraphs of the five seed pages (real Vietnamese news prose)."""
    out: list[str] = []
    for p in sorted(SEEDS.glob("*.txt")):
        text = clean_text(p.read_text(encoding="utf-8")).text
        out.extend(line for line in text.split("\n") if len(line.split()) >= 12)
    return out


def _write(folder: Path, docs: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")


def _clean(src: Path, out: Path, index: Path, *extra: str) -> tuple[int, dict]:
    rc = main(["clean", str(src), "-o", str(out), "--index", str(index), "-q", "-j", "1", *extra])
    return rc, json.loads((out / "report.json").read_text(encoding="utf-8"))


def _statuses(report: dict) -> dict[str, str]:
    return {d["id"]: d["status"] for d in report["documents"]}


def _corpus(paragraphs: list[str]) -> dict[str, str]:
    """Five stories, copies of some (edited, re-encoded), and a chain a ~ c ~ b with a !~ b."""
    seeds = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    names = sorted(seeds)
    docs = {f"s{i}.txt": seeds[n] for i, n in enumerate(names)}
    # copies: the story with its last paragraph cut, and with Đ typed as Ð
    docs["t0.txt"] = "\n".join(seeds[names[0]].split("\n")[:-3])
    docs["t3.txt"] = seeds[names[3]].replace("Đ", "Ð").replace("đ", "ð")
    words = " ".join(paragraphs).split()
    a, c, b = (" ".join(words[k : k + 1000]) for k in (0, 100, 200))
    docs["chain1.txt"], docs["chain2.txt"], docs["chain3.txt"] = a, b, c
    return docs


def test_two_runs_find_what_one_run_over_everything_finds(
    tmp_path: Path, paragraphs: list[str]
) -> None:
    docs = _corpus(paragraphs)
    a, b, c = docs["chain1.txt"], docs["chain2.txt"], docs["chain3.txt"]
    assert _jaccard(a, c) >= 0.8 and _jaccard(b, c) >= 0.8 and _jaccard(a, b) < 0.8
    _write(tmp_path / "all", docs)
    rc, single = _clean(tmp_path / "all", tmp_path / "out_all", tmp_path / "single.db")
    assert rc == 0
    expected = {i for i, s in _statuses(single).items() if s == "duplicate"}
    assert {"t0.txt", "t3.txt", "chain2.txt", "chain3.txt"} <= expected

    # the same documents in two runs: the first run gets s0..s2, t0 and chain1
    first = {k: v for k, v in docs.items() if k in {"s0.txt", "s1.txt", "s2.txt", "t0.txt"}}
    first["chain1.txt"] = a
    _write(tmp_path / "day1", first)
    _write(tmp_path / "day2", {k: v for k, v in docs.items() if k not in first})
    rc1, r1 = _clean(tmp_path / "day1", tmp_path / "out1", tmp_path / "split.db")
    rc2, r2 = _clean(tmp_path / "day2", tmp_path / "out2", tmp_path / "split.db")
    assert rc1 == rc2 == 0
    found = {i for r in (r1, r2) for i, s in _statuses(r).items() if s == "duplicate"}
    assert found == expected
    # chain2 (b) is kept inside day 2 but its cluster partner chain3 (c) matches day 1's a:
    # the whole cluster is a duplicate of a, from day 1's run
    by_id = {d["id"]: d for d in r2["documents"]}
    run1 = r1["stats"]["index"]["run"]
    for name in ("chain2.txt", "chain3.txt"):
        assert by_id[name]["duplicate_of"] == "chain1.txt"
        assert by_id[name]["duplicate_run"] == run1
    assert by_id["chain3.txt"]["similarity"] == pytest.approx(_jaccard(a, c), abs=1e-3)
    assert not (tmp_path / "out2" / "chain2.txt").exists()
    # what is written over both days is what the single run writes, byte for byte
    written = {p.name: p.read_bytes() for p in [*(tmp_path / "out1").glob("*.txt")]}
    written.update({p.name: p.read_bytes() for p in (tmp_path / "out2").glob("*.txt")})
    single_written = {p.name: p.read_bytes() for p in (tmp_path / "out_all").glob("*.txt")}
    assert written == single_written


def test_rerunning_the_same_input_writes_nothing_new(tmp_path: Path) -> None:
    index = tmp_path / "seen.db"
    rc, r1 = _clean(SEEDS, tmp_path / "o1", index)
    assert rc == 0 and r1["stats"]["kept"] == 5 and r1["stats"]["index"]["added"] == 5
    rc, r2 = _clean(SEEDS, tmp_path / "o2", index)
    assert rc == 0
    written = sorted(p.name for p in (tmp_path / "o2").iterdir())
    assert written == ["report.files", "report.html", "report.json"]
    for d in r2["documents"]:
        assert d["status"] == "duplicate"
        assert d["duplicate_of"] == d["id"] and d["similarity"] == 1.0
        assert d["duplicate_run"] == r1["stats"]["index"]["run"]
    assert r2["stats"]["index"]["added"] == 0
    assert r2["stats"]["index"]["documents"] == 5
    assert r2["stats"]["index"]["runs"] == 2


def test_jsonl_output_with_an_index(tmp_path: Path) -> None:
    index = tmp_path / "seen.db"
    _clean(SEEDS, tmp_path / "o1", index, "--format", "jsonl")
    _, r2 = _clean(SEEDS, tmp_path / "o2", index, "--format", "jsonl")
    lines = [
        (tmp_path / o / "articles.jsonl").read_text("utf-8").splitlines() for o in ("o1", "o2")
    ]
    assert len(lines[0]) == 5 and lines[1] == []
    assert r2["stats"]["duplicates"] == 5


def test_index_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    index = tmp_path / "seen.db"
    _clean(SEEDS, tmp_path / "o1", index)
    ids = sorted(p.name for p in SEEDS.glob("*.txt"))
    # two documents seen 40 days ago, the rest today
    conn = sqlite3.connect(index)
    with conn:
        conn.execute(
            "UPDATE docs SET first_seen = first_seen - 40 * 86400 WHERE id IN (?, ?)", ids[:2]
        )
    conn.close()
    capsys.readouterr()
    assert main(["index", "prune", str(index), "--older-than", "30d"]) == 0
    assert "removed 2 documents" in capsys.readouterr().out
    assert main(["index", "remove", str(index), ids[2], "not-there.txt"]) == 0
    assert "removed 1 documents" in capsys.readouterr().out
    assert main(["index", "stats", str(index), "--json", "--check"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == 2 and stats["integrity"] == "ok"
    # what was evicted is new again; what is left is still a duplicate
    _, r = _clean(SEEDS, tmp_path / "o2", index)
    assert [d["status"] for d in r["documents"]] == ["kept"] * 3 + ["duplicate"] * 2
    assert main(["index", "prune", str(index), "--older-than", "soon"]) == 2
    assert "cannot read the age 'soon'; write a number and a unit" in capsys.readouterr().err
    assert main(["index", "prune", str(index), "--older-than=-3d"]) == 2
    assert "must not be negative, got '-3d'; give one such as 30d" in capsys.readouterr().err
    assert main(["index", "stats", str(tmp_path / "missing.db")]) == 1
    assert "no index at" in capsys.readouterr().err


def test_a_foreign_index_file_is_refused_before_any_work(tmp_path: Path, capsys) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"my notes, not a database\n" * 10)
    rc = main(["clean", str(SEEDS), "-o", str(tmp_path / "o"), "--index", str(foreign), "-q"])
    assert rc == 1
    assert "not a cleanscrape index" in capsys.readouterr().err
    assert foreign.read_bytes() == b"my notes, not a database\n" * 10
    assert not (tmp_path / "o").exists()
    other = tmp_path / "x.db"
    args = ["clean", str(SEEDS), "-o", str(tmp_path / "o"), "--index", str(other), "--no-dedup"]
    assert main(args) == 2
    assert "needs de-duplication" in capsys.readouterr().err
    assert not other.exists()


def _many_docs(paragraphs: list[str], n: int) -> dict[str, str]:
    """``n`` different articles: seed paragraphs with their words shuffled per document."""
    rng = random.Random(7)
    docs = {}
    for i in range(n):
        paras = rng.sample(paragraphs, 5)
        docs[f"d{i:04d}.txt"] = "\n".join(
            " ".join(rng.sample(p.split(), len(p.split()))) for p in paras
        )
    return docs


def _indexed(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1)
        try:
            return int(conn.execute("SELECT count(*) FROM docs").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_a_run_killed_midway_leaves_a_sound_index_and_a_rerun_finishes(
    tmp_path: Path, paragraphs: list[str]
) -> None:
    docs = _many_docs(paragraphs, 300)
    _write(tmp_path / "in", docs)
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "ref"), "-q", "-j", "1"]) == 0
    reference = {p.name: p.read_bytes() for p in (tmp_path / "ref").glob("*.txt")}
    assert len(reference) == 300

    index, out = tmp_path / "idx.db", tmp_path / "out"
    args = ["clean", str(tmp_path / "in"), "-o", str(out), "--index", str(index)]
    proc = subprocess.Popen([*CLI, *args, "-q", "-j", "1", "--index-batch", "3"])
    try:
        while proc.poll() is None and _indexed(index) < 30:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"

    conn = sqlite3.connect(index)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    indexed = [r[0] for r in conn.execute("SELECT id FROM docs WHERE canonical IS NULL")]
    conn.close()
    assert 30 <= len(indexed) < 300
    written = {p.name: p.read_bytes() for p in out.glob("*.txt")}
    # every indexed document was written first, and every file written is complete
    assert set(indexed) <= set(written)
    assert all(reference[name] == data for name, data in written.items())
    with DedupIndex(index) as idx:
        assert idx.check() == [] and idx.stats().documents == len(indexed)

    rc = main([*args, "-q", "-j", "1"])
    assert rc == 0
    assert {p.name: p.read_bytes() for p in out.glob("*.txt")} == reference
    with DedupIndex(index) as idx:
        assert idx.stats().documents == 300


def test_two_runs_on_one_index_at_once_both_succeed(tmp_path: Path, paragraphs: list[str]) -> None:
    docs = _many_docs(paragraphs, 200)
    _write(tmp_path / "in", docs)
    index = tmp_path / "idx.db"
    common = ["-q", "-j", "1", "--index", str(index), "--index-batch", "2"]
    procs = [
        subprocess.Popen(
            [*CLI, "clean", str(tmp_path / "in"), "-o", str(tmp_path / f"o{k}"), *common],
            stderr=subprocess.PIPE,
        )
        for k in (1, 2)
    ]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    written = [{p.name for p in (tmp_path / f"o{k}").glob("*.txt")} for k in (1, 2)]
    # each article was written by exactly one of the two runs
    assert written[0] | written[1] == set(docs)
    assert not written[0] & written[1]
    with DedupIndex(index) as idx:
        assert idx.stats().documents == 200 and idx.check() == []


def test_each_kept_text_is_fingerprinted_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the seeds and an exact copy of one: five distinct texts, six go through the index
    src = tmp_path / "in"
    _write(src, {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))})
    _write(src / "copy", {"again.txt": sorted(SEEDS.glob("*.txt"))[1].read_text(encoding="utf-8")})
    import importlib

    words = importlib.import_module("cleanscrape.dedup.words")
    fingerprint = importlib.import_module("cleanscrape.index.fingerprint")
    probe = matching_key(fingerprint.PROBE)
    hashed: dict[str, list[tuple[str, ...]]] = {"prints": [], "index": []}
    for name, module, attr in (
        ("prints", words, "key_word_hashes"),
        ("index", fingerprint, "shingle_hashes_batch"),
    ):
        real = getattr(module, attr)

        def counting(keys, *args, _real=real, _name=name):  # type: ignore[no-untyped-def]
            if any(k != probe for k in keys):
                hashed[_name].append(tuple(keys))
            return _real(keys, *args)

        monkeypatch.setattr(module, attr, counting)
    rc, report = _clean(src, tmp_path / "out", tmp_path / "idx.db")
    assert rc == 0
    assert sorted(_statuses(report).values()).count("duplicate") == 1
    assert report["stats"]["index"]["added"] == 5  # the exact copy is not stored again
    # each of the six texts is fingerprinted once, where it is cleaned (the words of its
    # lines, of which the body's key, its opening and the whole text's key for the report's
    # containment figures are made); the index hashes nothing again
    assert hashed["index"] == []
    assert len(hashed["prints"]) == 6 and len(set(hashed["prints"])) == 5
