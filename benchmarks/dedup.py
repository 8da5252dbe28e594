"""De-duplication benchmarks: signature speed and accuracy, near-duplicate pairs, scaling.

    .venv/bin/python benchmarks/dedup.py speed      # signatures vs datasketch update_batch, rensa
    .venv/bin/python benchmarks/dedup.py pairs      # pair P/R/F1 on a near-duplicate corpus
    .venv/bin/python benchmarks/dedup.py scale --sizes 1000 10000 100000
    .venv/bin/python benchmarks/dedup.py syndication   # stories republished by 2-4 outlets
    .venv/bin/python benchmarks/dedup.py syndication --misses 10  # + why pairs are missed (stderr)
    .venv/bin/python benchmarks/dedup.py syndication --recrawls 10  # + 10 pages fetched again
    .venv/bin/python benchmarks/dedup.py copies --sizes 2000 20000  # dedup time per document

Each prints a Markdown table. Data: ../shared/benchmarks (see benchmarks/common.py) and seeds/.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome.templates import site_key, stripped_whole
from cleanscrape.dedup import (
    Comparison,
    DedupResult,
    compare_texts,
    find_duplicates,
    matching_key,
    shingle_hashes_batch,
    shingles,
    signatures,
)
from common import SPLITS
from dedup_corpus import (
    NEGATIVE_WORDS,
    CorpusDoc,
    Site,
    Story,
    SyndDoc,
    _lede_form,
    _rebreak,
    build,
    build_syndication,
    cluster_pairs,
    load_material,
    load_stories,
    story_pairs,
    truth_pairs,
)

NUM_PERM = 128


def _best(fn: Callable[[], object], repeat: int) -> float:
    """Least CPU time of ``repeat`` calls (single-threaded code on a shared machine: CPU time is
    what the code costs; wall time also counts other processes' turns)."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def _rensa() -> object | None:
    try:
        import rensa
    except ImportError:
        return None
    return rensa


# --- (a) signature speed and estimator accuracy ---------------------------------------------------
def speed(bodies: list[str], repeat: int) -> None:
    keys = [matching_key(b) for b in bodies]
    shingle_lists = [sorted(shingles(k, 5)) for k in keys]
    shingle_bytes = [[s.encode("utf-8") for s in sh] for sh in shingle_lists]
    hashes = shingle_hashes_batch(keys, 5)
    total = sum(len(s) for s in shingle_lists)

    def ds_from_shingles() -> None:
        for sb in shingle_bytes:
            m = MinHash(num_perm=NUM_PERM, seed=1)
            m.update_batch(sb)

    def ds_from_keys() -> None:
        for k in keys:
            m = MinHash(num_perm=NUM_PERM, seed=1)
            m.update_batch([s.encode("utf-8") for s in shingles(k, 5)])

    methods: list[tuple[str, str, Callable[[], object]]] = [
        ("datasketch `MinHash.update_batch`", "shingles", ds_from_shingles),
        ("cleanscrape `signatures`", "shingle hashes", lambda: signatures(hashes, NUM_PERM, 1)),
        ("datasketch: shingle + `update_batch`", "matching keys", ds_from_keys),
        (
            "cleanscrape `shingle_hashes_batch` + `signatures`",
            "matching keys",
            lambda: signatures(shingle_hashes_batch(keys, 5), NUM_PERM, 1),
        ),
    ]
    rensa = _rensa()
    if rensa is not None:

        def rensa_from_shingles() -> None:
            for sh in shingle_lists:
                r = rensa.RMinHash(num_perm=NUM_PERM, seed=1)  # type: ignore[attr-defined]
                r.update(sh)

        methods.append(("rensa `RMinHash.update`", "shingles", rensa_from_shingles))
    # interleaved rounds, best of each: the machine is shared, so compare within one round
    best = [float("inf")] * len(methods)
    for _ in range(repeat):
        for m, (_, _, fn) in enumerate(methods):
            best[m] = min(best[m], _best(fn, 1))
    rows = [(name, src, sec) for (name, src, _), sec in zip(methods, best, strict=True)]
    base = {"shingles": rows[0][2], "shingle hashes": rows[0][2], "matching keys": rows[2][2]}
    print(
        f"\n{len(keys)} documents, {total} shingles, {NUM_PERM} permutations, "
        f"least CPU time of {repeat} interleaved rounds\n"
    )
    print("| signatures by | from | CPU seconds | docs/s | shingles/s | speed vs datasketch |")
    print("|---|---|---:|---:|---:|---:|")
    for name, src, sec in rows:
        print(
            f"| {name} | {src} | {sec:.3f} | {len(keys) / sec:,.0f} | {total / sec:,.0f} "
            f"| {base[src] / sec:.1f}x |"
        )
    accuracy(keys, rensa)


def _edited_key(words: list[str], fraction: float, vocab: list[str], rng: random.Random) -> str:
    out = list(words)
    for i in rng.sample(range(len(out)), int(len(out) * fraction)):
        out[i] = rng.choice(vocab)
    return " ".join(out)


def accuracy(keys: list[str], rensa: object | None, pairs: int = 1500, seeds: int = 20) -> None:
    """RMSE of estimated vs exact Jaccard on pairs spread over the whole range."""
    rng = random.Random(3)
    vocab = [w for k in keys[:200] for w in k.split()]
    usable = [k.split() for k in keys if len(k.split()) >= 60]
    pa, pb = [], []
    for _ in range(pairs):
        words = rng.choice(usable)
        pa.append(" ".join(words))
        pb.append(_edited_key(words, rng.uniform(0.0, 0.12) ** 1.3 * 4, vocab, rng))
    sa, sb = [shingles(k, 5) for k in pa], [shingles(k, 5) for k in pb]
    true = np.array([len(x & y) / len(x | y) for x, y in zip(sa, sb, strict=True)])
    ha, hb = shingle_hashes_batch(pa, 5), shingle_hashes_batch(pb, 5)
    errors: dict[str, list[float]] = {"cleanscrape": [], "datasketch": [], "rensa": []}
    for seed in range(1, seeds + 1):
        siga, sigb = signatures(ha, NUM_PERM, seed), signatures(hb, NUM_PERM, seed)
        est = (siga == sigb).mean(axis=1)
        errors["cleanscrape"].extend((est - true).tolist())
        for i in range(pairs):
            ma, mb = MinHash(num_perm=NUM_PERM, seed=seed), MinHash(num_perm=NUM_PERM, seed=seed)
            ma.update_batch([s.encode("utf-8") for s in sa[i]])
            mb.update_batch([s.encode("utf-8") for s in sb[i]])
            errors["datasketch"].append(ma.jaccard(mb) - true[i])
            if rensa is not None:
                ra = rensa.RMinHash(num_perm=NUM_PERM, seed=seed)  # type: ignore[attr-defined]
                rb = rensa.RMinHash(num_perm=NUM_PERM, seed=seed)  # type: ignore[attr-defined]
                ra.update(list(sa[i]))
                rb.update(list(sb[i]))
                errors["rensa"].append(ra.jaccard(rb) - true[i])
    print(
        f"\nEstimator error on {pairs} pairs x {seeds} seeds, exact Jaccard "
        f"{true.min():.2f}-{true.max():.2f} (median {np.median(true):.2f})\n"
    )
    print("| estimator | RMSE | standard error of the RMSE | mean error (bias) | max abs error |")
    print("|---|---:|---:|---:|---:|")
    expected = float(np.sqrt(np.mean(true * (1 - true) / NUM_PERM)))
    for name, errs in errors.items():
        if errs:
            e = np.array(errs)
            rmse = float(np.sqrt(np.mean(e**2)))
            se = float(np.std(e**2) / np.sqrt(e.size) / (2 * rmse))
            print(f"| {name} | {rmse:.4f} | {se:.4f} | {e.mean():+.4f} | {np.abs(e).max():.3f} |")
    print(f"| ideal MinHash, sqrt(mean J(1-J)/{NUM_PERM}) | {expected:.4f} | | 0 | |")


# --- (b) pair precision / recall on a near-duplicate corpus ---------------------------------------
def _score(predicted: set[tuple[str, str]], truth: set[tuple[str, str]]) -> tuple[float, ...]:
    tp = len(predicted & truth)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(truth) if truth else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp


def _lsh_unverified(ids: list[str], texts: list[str]) -> set[tuple[str, str]]:
    """The usual datasketch recipe: shingle, MinHash, MinHashLSH(0.8) candidates are duplicates."""
    lsh = MinHashLSH(threshold=0.8, num_perm=NUM_PERM)
    mhs = []
    for i, t in zip(ids, texts, strict=True):
        m = MinHash(num_perm=NUM_PERM, seed=1)
        m.update_batch([s.encode("utf-8") for s in shingles(matching_key(t), 5)])
        mhs.append(m)
        lsh.insert(i, m)
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, m in zip(ids, mhs, strict=True):
        for j in lsh.query(m):
            a, b = sorted((find(i), find(j)))
            parent[b] = a
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    return cluster_pairs(list(groups.values()))


def pairs(originals: int, singles: int, seed: int, limit: int | None, n_sites: int) -> None:
    bodies, sites = load_material(limit)
    docs = build(bodies, sites, originals=originals, singles=singles, n_sites=n_sites, seed=seed)
    truth = truth_pairs(docs, 0.8)
    ids = [d.id for d in docs]
    pages = [d.page for d in docs]
    results: list[tuple[str, set[tuple[str, str]], float]] = []

    t0 = time.perf_counter()
    batch = Pipeline(CleanOptions()).run([Document(d.id, d.page) for d in docs])
    t_pipe = time.perf_counter() - t0
    results.append(
        ("cleanscrape `Pipeline` (strip chrome, then dedup)", _pipeline_pairs(batch), t_pipe)
    )
    clean = [r.text for r in batch.results]
    t0 = time.perf_counter()
    raw = find_duplicates(pages)
    results.append(("cleanscrape dedup on raw pages", _index_pairs(raw, ids), _since(t0)))
    t0 = time.perf_counter()
    results.append(("datasketch MinHashLSH on raw pages", _lsh_unverified(ids, pages), _since(t0)))
    t0 = time.perf_counter()
    results.append(
        (
            "datasketch MinHashLSH on cleanscrape's clean text",
            _lsh_unverified(ids, clean),
            _since(t0),
        )
    )
    edits = sorted({d.edit for d in docs})
    sites_used = len({d.site for d in docs})
    print(
        f"\n{len(docs)} pages ({originals} articles with 1-3 copies, {singles} without), "
        f"{sites_used} sites' chrome, {len(truth)} true pairs (exact body Jaccard >= 0.8)\n"
    )
    print("| system | predicted pairs | true positives | precision | recall | F1 | seconds |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, pred, sec in results:
        p, r, f, tp = _score(pred, truth)
        print(f"| {name} | {len(pred)} | {tp} | {p:.3f} | {r:.3f} | {f:.3f} | {sec:.1f} |")
    _by_edit(docs, truth, results[0][1], edits)
    _misses(docs, truth, results[0][1], batch)


def _since(t0: float) -> float:
    return time.perf_counter() - t0


def _pipeline_pairs(batch: object) -> set[tuple[str, str]]:
    return cluster_pairs([c.members for c in batch.clusters])  # type: ignore[attr-defined]


def _index_pairs(result: object, ids: list[str]) -> set[tuple[str, str]]:
    clusters = result.clusters  # type: ignore[attr-defined]
    return cluster_pairs([[ids[m] for m in c.members] for c in clusters])


def _by_edit(
    docs: list[CorpusDoc], truth: set[tuple[str, str]], pred: set[tuple[str, str]], edits: list[str]
) -> None:
    kind = {d.id: d.edit for d in docs}
    origin = {d.id: d.origin for d in docs}
    print("\nPer edit, pairs (original, copy) of one article, cleanscrape `Pipeline`:\n")
    print("| edit | pairs | truly >= 0.8 | found of those | wrongly joined (< 0.8) |")
    print("|---|---:|---:|---:|---:|")
    for e in edits:
        if e == "original":
            continue
        cand = [
            tuple(sorted((a.id, b.id)))
            for a in docs
            for b in docs
            if a.edit == "original" and kind[b.id] == e and origin[a.id] == origin[b.id]
        ]
        true_ = [p for p in cand if p in truth]
        found = sum(1 for p in true_ if p in pred)
        wrong = sum(1 for p in cand if p not in truth and p in pred)
        print(f"| {e} | {len(cand)} | {len(true_)} | {found} | {wrong} |")


def _misses(docs: list[CorpusDoc], truth: set, pred: set, batch: object, show: int = 5) -> None:
    by_id = {d.id: d for d in docs}
    text = {r.id: r.text for r in batch.results}  # type: ignore[attr-defined]
    fn = sorted(truth - pred)
    fp = sorted(pred - truth)
    for label, items in (("missed", fn), ("wrongly joined", fp)):
        for a, b in items[:show]:
            x, y = shingles(matching_key(text[a]), 5), shingles(matching_key(text[b]), 5)
            jc = len(x & y) / len(x | y) if x | y else 1.0
            print(
                f"  {label}: {a} ({by_id[a].site}) ~ {b} ({by_id[b].site}): "
                f"clean-text Jaccard {jc:.2f}",
                file=sys.stderr,
            )


# --- (c) scaling of the whole clean ---------------------------------------------------------------
def _scale_corpus(
    n: int, path: Path, material: tuple[list[str], list[Site]], seed: int = 11
) -> None:
    """``n`` pages recombined from real paragraphs, wrapped in real chrome of max(40, n/250)
    sites; 1 in 5 is an edited copy of an earlier page (a paragraph dropped or added)."""
    bodies, all_sites = material
    sites = random.Random(seed).sample(all_sites, min(len(all_sites), max(40, n // 250)))
    paras = [p for b in bodies for p in b.split("\n") if len(p.split()) >= 12]
    rng = random.Random(seed)
    made: list[list[str]] = []
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            if made and i % 5 == 4:
                body = list(rng.choice(made))
                if rng.random() < 0.5 and len(body) > 3:
                    del body[rng.randrange(len(body))]
                else:
                    body.insert(rng.randrange(len(body) + 1), rng.choice(paras))
            else:
                body = rng.sample(paras, rng.randint(4, 12))
                made.append(body)
            site = rng.choice(sites)
            page = "\n".join([*site.head, *body, *site.tail])
            doc = {"id": f"{site.name}/p{i:06d}", "text": page}
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants (Linux /proc), in kB."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            pid = int(stat.parent.name)
            parent[pid] = int(fields[1])
            rss[pid] = int(fields[21]) * resource.getpagesize() // 1024
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        p = frontier.pop()
        for child, ppid in parent.items():
            if ppid == p and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(p, 0) for p in tree)


def _scale_child(src: Path, n: int, jobs: int) -> None:
    import os
    import threading

    from cleanscrape.runner import clean_path

    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.5):
            peak[0] = max(peak[0], _tree_rss_kb(os.getpid()))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        summary = clean_path(src, Path(tmp) / "out", CleanOptions(), jobs=jobs)
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        stats = summary.report["stats"]
        print(
            json.dumps(
                {
                    "n": n,
                    "seconds": wall,
                    "timings": summary.batch.timings,
                    "maxrss_kb_before": before,
                    "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                    "tree_peak_kb": peak[0],
                    "duplicates": stats["duplicates"],
                    "kept": stats["kept"],
                    "clusters": len(summary.report["clusters"]),
                }
            )
        )


def scale(sizes: list[int], jobs: int) -> None:
    rows = []
    material = load_material(None)
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            src = Path(tmp) / f"pages_{n}.jsonl"
            _scale_corpus(n, src, material)
            out = subprocess.run(
                [sys.executable, __file__, "_scale_child", str(src), str(n), "--jobs", str(jobs)],
                check=True,
                capture_output=True,
                text=True,
            )
            src.unlink()
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(f"  {n}: {rows[-1]['seconds']:.1f} s", file=sys.stderr)
    print(f"\n`clean` of a JSONL file, {jobs} worker process(es), default options\n")
    print(
        "| documents | seconds | docs/s | dedup stage s | dedup docs/s | duplicates "
        "| peak RSS main process (MB) | peak RSS main + workers (MB, sampled) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        dd = r["timings"].get("dedup", 0.0)
        print(
            f"| {r['n']:,} | {r['seconds']:.1f} | {r['n'] / r['seconds']:,.0f} | {dd:.1f} "
            f"| {r['n'] / dd:,.0f} | {r['duplicates']:,} | {r['maxrss_kb'] / 1024:,.0f} "
            f"| {r['tree_peak_kb'] / 1024:,.0f} |"
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        growth = (last["seconds"] / first["seconds"]) / (last["n"] / first["n"])
        print(f"\nTime per document at {last['n']:,} vs {first['n']:,}: {growth:.2f}x")


# --- (d) syndication: each story republished by 2-4 outlets ---------------------------------------
def syndication(
    n_stories: int,
    singles: int,
    negatives: int,
    seed: int,
    limit: int | None,
    misses: int = 0,
    edited: float = 0.0,
    splits: tuple[str, ...] = SPLITS,
    wrong: int = 0,
    negative_words: int = NEGATIVE_WORDS,
    negative_paragraphs: int = 0,
    recrawls: int = 0,
) -> None:
    """The syndication table of each half in ``splits`` (a run of the dev half alone prints
    nothing of the held-out half, its misses included); with ``recrawls``, the re-crawl pairs
    found (:func:`_recrawl_rows`)."""
    stories, sites = load_stories(limit)
    print(
        f"\n{len(stories)} real stories, {len(sites)} outlets' chrome; the dev half's stories in "
        "the dev half's chrome tune, the held-out half's and the seeds' are held out\n"
    )
    print(
        "| split | system | pages | true pairs | predicted | precision | recall | F1 "
        "| syndicated pairs found | abridged pairs found | different stories merged |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    bands: list[str] = []
    full: list[str] = []
    again: list[str] = []
    for split in splits:
        part = [s for s in stories if s.split == split]
        docs = build_syndication(
            part,
            [site for site in sites if site.split == split],
            n_stories=n_stories,
            singles=singles,
            negatives=negatives,
            seed=seed,
            edited=edited,
            negative_words=negative_words,
            negative_paragraphs=negative_paragraphs,
            recrawls=recrawls,
        )
        ledes = {s.id: s.paragraphs[0] for s in part}
        rows, found = _syndication_split(split, docs, misses, ledes, wrong, again)
        bands.extend(rows)
        full.append(f"{split} {found}")
    edited_copies = "" if not edited else f", {edited:.0%} of the copies not abridged edited"
    print(
        "\nPairs of one story by the Jaccard of their bodies as printed "
        f"(word 5-grams{edited_copies});"
        " matching key: the default setting's (`--match body`), key below body: pairs whose keys'"
        " Jaccard is lower than their bodies' by more than 0.005\n"
    )
    print(
        "| split | body Jaccard | pairs | found (default) | found (--containment) "
        "| key below body | key under 0.8, body at 0.8+ | key - body, median (min) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    print("\n".join(bands))
    print(
        "\nCopies not abridged whose bodies as printed have a Jaccard of 0.80 or more, found at"
        f" the default setting: {', '.join(full)}"
    )
    if again:
        print("\n" + "\n".join(again))


def _syndication_split(
    split: str,
    docs: list[SyndDoc],
    misses: int = 0,
    ledes: dict[str, str] | None = None,
    wrong: int = 0,
    again: list[str] | None = None,
) -> tuple[list[str], str]:
    """Prints the split's rows of the syndication table; returns its rows of the table by body
    Jaccard (:func:`_by_body_jaccard`) and the copies not abridged of 0.80 or more found at
    the default setting (:func:`_full_copies_found`). ``ledes``: each story's lede, for the
    causes of the misses (:func:`_miss_causes`). ``wrong``: print the differing lines of up to
    that many pairs of different stories each cleanscrape row joins, on the dev half only
    (:func:`_show_wrong`). ``again``: the re-crawl lines (:func:`_recrawl_rows`) are added to
    it when the draw holds re-crawls."""
    truth = story_pairs(docs)
    abridged = {d.id for d in docs if d.abridged}
    systems: list[tuple[str, set[tuple[str, str]]]] = []
    # the per-document stages once (site templates included), then each dedup setting on the
    # same clean texts, as Pipeline.run's dedup stage does
    batch = Pipeline(CleanOptions(dedup=False)).run([Document(d.id, d.page) for d in docs])
    live = [r for r in batch.results if r.status == "kept"]
    ids = [r.id for r in live]
    clean = [r.text for r in live]
    sites = [site_key(r) for r in live]  # as Pipeline.run's dedup stage gives them
    whole = [stripped_whole(r.result.flags if r.result else [], CleanOptions()) for r in live]
    for name, opts in (
        ("cleanscrape (--match body)", CleanOptions()),
        ("cleanscrape --containment", CleanOptions(containment=True)),
        ("cleanscrape --match full", CleanOptions(match="full")),
        ("cleanscrape --match full --containment", CleanOptions(match="full", containment=True)),
    ):
        found = find_duplicates(clean, opts, sites=sites, whole_pages=whole)
        systems.append((name, _index_pairs(found, ids)))
    name = "datasketch MinHashLSH(0.8) on the same clean text"
    systems.append((name, _lsh_unverified(ids, clean)))
    story = {d.id: d.story for d in docs}
    if misses:
        contained_missed = truth - systems[1][1]
        _show_misses(split, dict(zip(ids, clean, strict=True)), contained_missed, misses)
        opts = CleanOptions(containment=True)
        _why_missed(split, ids, clean, contained_missed, sites, abridged, opts)
        missed = truth - systems[0][1] - _ab_pairs(truth, abridged)
        _why_missed(split, ids, clean, missed, sites, abridged, CleanOptions())
        _miss_causes(split, docs, ledes or {}, dict(zip(ids, clean, strict=True)), missed)
    if wrong and split == "dev":  # (the held-out half's pages are never printed)
        text = dict(zip(ids, clean, strict=True))
        for name, pred in systems[:4]:
            _show_wrong(split, name, text, docs, pred - truth, wrong)
    for name, pred in systems:
        p, r, f, _ = _score(pred, truth)
        found = len(pred & truth)
        ab = {t for t in truth if t[0] in abridged or t[1] in abridged}
        wrong = sum(1 for a, b in pred if story[a] != story[b])
        print(
            f"| {split} | {name} | {len(docs)} | {len(truth)} | {len(pred)} | {p:.3f} | {r:.3f} "
            f"| {f:.3f} | {found}/{len(truth)} | {len(pred & ab)}/{len(ab)} | {wrong} |"
        )
    rows = _by_body_jaccard(split, docs, truth, ids, clean, sites, systems[0][1], systems[1][1])
    if again is not None and any(d.recrawl for d in docs):
        text = dict(zip(ids, clean, strict=True))
        site_of = dict(zip(ids, sites, strict=True))
        again.extend(_recrawl_rows(split, docs, [p for _, p in systems[:4]], text, site_of))
    return rows, _full_copies_found(docs, truth, systems[0][1])


#: The four cleanscrape settings, in the order of the syndication table's rows.
_SETTINGS = (
    CleanOptions(),
    CleanOptions(containment=True),
    CleanOptions(match="full"),
    CleanOptions(match="full", containment=True),
)


def _recrawl_rows(
    split: str,
    docs: list[SyndDoc],
    found: list[set[tuple[str, str]]],
    text: dict[str, str],
    site_of: dict[str, str],
) -> list[str]:
    """The re-crawl lines of a draw: pairs of a page and its second fetch by the same outlet
    (``dedup_corpus.add_recrawls``), and pairs of a second fetch and the story's copies on
    other outlets, found at each setting (``found``: the four settings' pairs), the first
    kind by how the story changed; then, per setting, why each missed pair of one outlet is
    kept apart: the rule :func:`~cleanscrape.dedup.compare_texts` names on the two clean texts
    (``cleanscrape compare --as-is``), with their sites ("joined alone": the two alone are
    joined, so the batch's other pages of the site decide). The pairs themselves are printed
    for the dev half only."""
    by_id = {d.id: d for d in docs}
    again = [d for d in docs if d.recrawl]
    original = {d.id: d.id.removesuffix(".recrawl.txt") + ".txt" for d in again}
    same = sorted(tuple(sorted((d.id, original[d.id]))) for d in again)
    other = sorted(
        tuple(sorted((d.id, c.id)))
        for d in again
        for c in docs
        if c.story == d.story and c.outlet != d.outlet and not c.recrawl
    )

    def counts(pairs: list[tuple[str, ...]]) -> str:
        return " / ".join(str(sum(p in f for p in pairs)) for f in found)

    out = [
        f"[{split}] re-crawl pairs of one outlet found, default / --containment / --match full /"
        f" both: {counts(same)} of {len(same)}",
        f"[{split}] re-crawl and the story's copies on other outlets: {counts(other)} of"
        f" {len(other)}",
    ]
    for kind in dict.fromkeys(d.recrawl for d in again):
        part = [p for p in same if kind in (by_id[p[0]].recrawl, by_id[p[1]].recrawl)]
        out.append(f"[{split}]   story {kind}: {counts(part)} of {len(part)}")
    for name, opts, pred in zip(
        ("default", "--containment", "--match full", "both"), _SETTINGS, found, strict=True
    ):
        why: dict[str, int] = {}
        for a, b in same:
            if (a, b) in pred:
                continue
            if a not in text or b not in text:
                reason = "a page not kept"
            else:
                c = compare_texts(text[a], text[b], opts, sites=(site_of[a], site_of[b]))
                reason = c.apart_because or (
                    "joined alone" if c.relation != "different" else "below the thresholds"
                )
                if split == "dev":
                    out.append(
                        f"[{split}]   {name} misses {a} ({by_id[a].recrawl or by_id[b].recrawl})"
                        f": {reason}, similarity {c.similarity:.3f}, contained "
                        f"{c.a_in_b:.2f} / {c.b_in_a:.2f}"
                    )
            why[reason] = why.get(reason, 0) + 1
        if why:
            out.append(
                f"[{split}] {name} misses by reason: "
                + ", ".join(f"{n} x {r}" for r, n in sorted(why.items(), key=lambda x: -x[1]))
            )
    return out


def _full_copies_found(
    docs: list[SyndDoc], truth: set[tuple[str, str]], default: set[tuple[str, str]]
) -> str:
    """``found/pairs`` of the pairs of copies, neither abridged, whose bodies as printed have a
    word 5-gram Jaccard of 0.80 or more, that the default setting (``default``) joins."""
    abridged = {d.id for d in docs if d.abridged}
    body = {d.id: shingles(matching_key(d.body), 5) for d in docs}
    pairs = [
        (a, b)
        for a, b in truth - _ab_pairs(truth, abridged)
        if len(body[a] & body[b]) >= 0.8 * len(body[a] | body[b])
    ]
    return f"{sum(p in default for p in pairs)}/{len(pairs)}"


#: Bands of body Jaccard the syndication pairs are counted in (lower bound, label).
_BANDS = ((0.0, "< 0.80"), (0.80, "0.80-0.85"), (0.85, "0.85-0.90"), (0.90, "0.90-1"))


def _by_body_jaccard(
    split: str,
    docs: list[SyndDoc],
    truth: set[tuple[str, str]],
    ids: list[str],
    clean: list[str],
    sites: list[str],
    default: set[tuple[str, str]],
    contained: set[tuple[str, str]],
) -> list[str]:
    """Rows of the table by body Jaccard: per band of the exact word 5-gram Jaccard of two
    copies' bodies as printed (the story's paragraphs after the lede, :attr:`SyndDoc.body`), the
    pairs found by the default setting and by ``--containment``, and how the default matching
    key's Jaccard compares with the bodies' (the key may add chrome or lede text, or lose a
    paragraph the strip stage dropped). A page the pipeline dropped has no key (Jaccard 0)."""
    from cleanscrape.dedup.prints import PrintList
    from cleanscrape.dedup.signature import jaccard

    prints = PrintList(clean, CleanOptions(), sites=sites)
    at = {d: k for k, d in enumerate(ids)}
    body = {d.id: shingles(matching_key(d.body), 5) for d in docs}
    rows: dict[str, list[tuple[tuple[str, str], float, float]]] = {b: [] for _, b in _BANDS}
    for a, b in sorted(truth):
        x, y = body[a], body[b]
        bj = len(x & y) / len(x | y) if x | y else 1.0
        kj = jaccard(prints.hashes(at[a]), prints.hashes(at[b])) if a in at and b in at else 0.0
        band = [label for low, label in _BANDS if bj >= low][-1]
        rows[band].append(((a, b), bj, kj))
    out = []
    for _, band in _BANDS:
        items = rows[band]
        if not items:
            continue
        diff = sorted(kj - bj for _, bj, kj in items)
        below = sum(1 for d in diff if d < -0.005)
        under = sum(1 for _, bj, kj in items if bj >= 0.8 > kj)
        out.append(
            f"| {split} | {band} | {len(items)} | {sum(p in default for p, _, _ in items)} "
            f"| {sum(p in contained for p, _, _ in items)} | {below} | {under} "
            f"| {diff[len(diff) // 2]:+.3f} ({diff[0]:+.3f}) |"
        )
    return out


def _ab_pairs(pairs: set[tuple[str, str]], abridged: set[str]) -> set[tuple[str, str]]:
    return {t for t in pairs if t[0] in abridged or t[1] in abridged}


#: Why the default setting misses a pair of copies that are not abridged (see _why_missed).
_MISS_CLASSES = (
    "article lost: no shared body text",
    "each body lies in the other's text",
    "one body lies in the other's text, the other holds more prose",
    "both bodies hold text the other lacks",
)
#: Why ``--containment`` misses a pair of copies (see _why_missed).
_CONTAINED_MISS_CLASSES = (
    "article lost: no shared body text",
    "two abridged copies: each keeps sentences the other dropped",
    "neither body lies in the other's text at the threshold",
    "a body lies in the other's text, no opening shared",
    "a body lies in the other's text, not joined",
)


def _miss_class(sim: float, a_in_b: float, b_in_a: float, threshold: float) -> str:
    if sim == 0.0 and a_in_b == 0.0 and b_in_a == 0.0:
        return _MISS_CLASSES[0]
    if min(a_in_b, b_in_a) >= threshold:
        return _MISS_CLASSES[1]
    if max(a_in_b, b_in_a) >= threshold:
        return _MISS_CLASSES[2]
    return _MISS_CLASSES[3]


def _contained_miss_class(
    sim: float, a_in_b: float, b_in_a: float, both_abridged: bool, opening: bool, threshold: float
) -> str:
    if sim == 0.0 and a_in_b == 0.0 and b_in_a == 0.0:
        return _CONTAINED_MISS_CLASSES[0]
    if max(a_in_b, b_in_a) < threshold:
        return _CONTAINED_MISS_CLASSES[1 if both_abridged else 2]
    return _CONTAINED_MISS_CLASSES[4 if opening else 3]


def _body_split(view: object) -> str:
    """How the body rule split a text: whether a lede was left out, the body's first line and
    the text's line count (e.g. ``lede out, body from line 3 of 41``)."""
    parts, lines, first = view.parts, view.lines, view.body_lines  # type: ignore[attr-defined]
    lede = "lede out" if parts.lede is not None else "no lede"
    return f"{lede}, body from line {first[0] if first else 0} of {len(lines)}"


def _why_missed(
    split: str,
    ids: list[str],
    clean: list[str],
    missed: set[tuple[str, str]],
    sites: list[str],
    abridged: set[str],
    opts: CleanOptions,
) -> None:
    """Why a setting (``opts``: the default, or ``--containment``) misses pairs of copies: per
    pair the exact body Jaccard, whether LSH made the two candidates, containment both ways
    (body in the other's whole text), whether they share an opening (both ways for two pages
    of one site under ``--containment``, as the containment step asks), the body sizes and how
    the body rule split each text (``*``: an abridged copy); then the pairs by class. On
    stderr."""
    from cleanscrape.dedup.compare import TextView
    from cleanscrape.dedup.core import openings_refusal
    from cleanscrape.dedup.prints import PrintList
    from cleanscrape.dedup.signature import candidate_bands, containment, jaccard

    label = "--containment" if opts.containment else "default"
    names = _CONTAINED_MISS_CLASSES if opts.containment else _MISS_CLASSES
    at = {d: k for k, d in enumerate(ids)}
    views = [TextView.of(t) for t in clean]
    prints = PrintList(clean, opts, views=views, sites=sites)
    bands, rows = candidate_bands(opts.dedup_threshold, opts.num_perm)
    classes: dict[str, int] = dict.fromkeys(names, 0)
    for a, b in sorted(missed):
        if a not in at or b not in at:
            continue
        i, j = at[a], at[b]
        sa, sb = prints.signatures([i, j])
        lsh = any(
            (sa[k * rows : (k + 1) * rows] == sb[k * rows : (k + 1) * rows]).all()
            for k in range(bands)
        )
        sim = jaccard(prints.hashes(i), prints.hashes(j))
        a_in_b = containment(prints.inside(i), prints.whole(j))
        b_in_a = containment(prints.inside(j), prints.whole(i))
        opening = openings_refusal(i, j, prints, by_site=opts.containment) is None
        if opts.containment:
            both = a in abridged and b in abridged
            t = opts.containment_threshold
            kind = _contained_miss_class(sim, a_in_b, b_in_a, both, opening, t)
        else:
            kind = _miss_class(sim, a_in_b, b_in_a, opts.containment_threshold)
        classes[kind] += 1
        mark_a, mark_b = ("*" if x in abridged else "" for x in (a, b))
        print(
            f"[{split}] {label} misses {a}{mark_a} ~ {b}{mark_b}: body Jaccard {sim:.3f}, "
            f"LSH candidates {lsh}, contained {a_in_b:.2f} / {b_in_a:.2f}, opening shared "
            f"{opening}, same site {sites[i] == sites[j]}, body shingles "
            f"{prints.hashes(i).size} / {prints.hashes(j).size}, split "
            f"{_body_split(views[i])} / {_body_split(views[j])}: {kind}",
            file=sys.stderr,
        )
    scope = "" if opts.containment else ", not abridged"
    for kind, n in classes.items():
        print(f"[{split}] {label} misses{scope}: {n} x {kind}", file=sys.stderr)


#: What the lines that keep a missed pair apart are (see _miss_causes).
_MISS_CAUSES = (
    "chrome prose in the body",
    "story text the other copy's text lacks",
    "lede forms",
    "each body lies in the other's text",
)


def _miss_causes(
    split: str,
    docs: list[SyndDoc],
    ledes: dict[str, str],
    text: dict[str, str],
    missed: set[tuple[str, str]],
) -> None:
    """Why the default setting misses pairs of copies that are not abridged, against the
    corpus's truth: the body lines (of the matching key) of each copy that are not in the
    other copy's whole text, by their words, are the story's body as this copy prints it, the
    story's lede, or neither (chrome); the side and kind with the most words names the pair's
    cause; no such line either way: each body lies in the other's text. On stderr."""
    from cleanscrape.dedup.compare import TextView

    doc = {d.id: d for d in docs}
    counts = dict.fromkeys(_MISS_CAUSES, 0)
    for a, b in sorted(missed):
        if a not in text or b not in text:
            continue
        best = (0, _MISS_CAUSES[3])
        for x, y in ((a, b), (b, a)):
            view, other = TextView.of(text[x]), matching_key(text[y])
            body, lede = matching_key(doc[x].body), matching_key(ledes.get(doc[x].story, ""))
            words = dict.fromkeys(_MISS_CAUSES[:3], 0)
            for k in view.body_lines:
                key = matching_key(view.lines[k])
                if not key or key in other:
                    continue
                head = key[:60]
                cause = _MISS_CAUSES[1] if head in body else _MISS_CAUSES[2 if head in lede else 0]
                words[cause] += len(key.split())
            top = max(words, key=words.__getitem__)
            if words[top] > best[0]:
                best = (words[top], top)
        counts[best[1]] += 1
    for cause, n in counts.items():
        print(f"[{split}] default misses, not abridged, by lines: {n} x {cause}", file=sys.stderr)


def _print_differing(c: Comparison) -> None:
    """The first lines only in each text of a comparison, on stderr."""
    for side, lines in (("only in the first", c.only_in_a), ("only in the second", c.only_in_b)):
        for ln in lines[:8]:
            print(f"    {side}: {ln[:110]}", file=sys.stderr)


def _show_misses(split: str, text: dict[str, str], missed: set[tuple[str, str]], show: int) -> None:
    """What pulls missed pairs (of ``--containment``) under the threshold: the lines that
    differ, on stderr."""
    opts = CleanOptions(containment=True)
    for a, b in sorted(missed)[:show]:
        lost = [x for x in (a, b) if x not in text]
        if lost:  # a page the run did not keep (an error, a page timeout): no text to compare
            print(f"[{split}] missed {a} ~ {b}: no text of {', '.join(lost)}", file=sys.stderr)
            continue
        c = compare_texts(text[a], text[b], opts)
        print(
            f"[{split}] missed {a} ~ {b}: body similarity {c.similarity:.2f}, "
            f"contained {c.a_in_b:.2f} / {c.b_in_a:.2f}",
            file=sys.stderr,
        )
        _print_differing(c)


def _show_wrong(
    split: str,
    name: str,
    text: dict[str, str],
    docs: list[SyndDoc],
    joined: set[tuple[str, str]],
    show: int,
) -> None:
    """The pairs of different stories a setting (``name``) joins: their stories and outlets,
    whether they carry a standard opening paragraph, body similarity and containment, and the
    lines that differ, on stderr."""
    opts = CleanOptions(containment=True)
    doc = {d.id: d for d in docs}
    for a, b in sorted(joined)[:show]:
        c = compare_texts(text[a], text[b], opts)
        da, db = doc[a], doc[b]
        print(
            f"[{split}] {name} joins {a} ({da.story}, {da.outlet}, negative {da.negative}) ~ "
            f"{b} ({db.story}, {db.outlet}, negative {db.negative}): body similarity "
            f"{c.similarity:.2f}, contained {c.a_in_b:.2f} / {c.b_in_a:.2f}, "
            f"words {len(text[a].split())} / {len(text[b].split())}",
            file=sys.stderr,
        )
        _print_differing(c)


# --- (e) dedup time per document on near-copies of five stories -----------------------------------
def _copies(stories: list[Story], n: int, seed: int = 3) -> list[str]:
    """``n`` near-copies of five real stories: each with its own lede rewrite, paragraph breaks
    and one or two sentences left out (distinct texts, all near-duplicates of their story)."""
    rng = random.Random(seed)
    five = stories[:5]
    out = []
    for i in range(n):
        st = five[i % 5]
        body = _rebreak(st.paragraphs[1:], rng)
        sents = [s for p in body for s in p.split(". ")]
        for _ in range(rng.randint(1, 2)):
            if len(sents) > 10:
                del sents[rng.randrange(len(sents))]
        out.append("\n".join([st.headline, *_lede_form(st.paragraphs[0], rng), ". ".join(sents)]))
    return out


def _count_checks(fn: Callable[[], object]) -> int:
    """Exact similarity checks (candidate pairs verified) made by ``fn``'s dedup: calls of the
    exact Jaccard and of its bounded test, which the verification uses."""
    import importlib

    core = importlib.import_module("cleanscrape.dedup.core")
    names = ("jaccard", "jaccard_reaches")
    real = {name: getattr(core, name) for name in names}
    calls = [0]

    def counting(f: Callable[..., object]) -> Callable[..., object]:
        def counted(*args: object) -> object:
            calls[0] += 1
            return f(*args)

        return counted

    for name in names:
        setattr(core, name, counting(real[name]))
    try:
        fn()
    finally:
        for name in names:
            setattr(core, name, real[name])
    return calls[0]


def copies(
    sizes: list[int],
    repeat: int,
    outlets: int = 1,
    containment: bool = False,
    n_sites: int = 0,
) -> None:
    """``find_duplicates`` on near-copies of five stories; with ``outlets`` > 1 each copy is
    printed by that many outlets, each under the first head line of its own real chrome (one
    matching key, as many whole texts); ``containment``: with ``--containment``; ``n_sites``
    > 0: the texts' sites are given, text ``k`` on site ``k % n_sites`` (the rules of two
    known sites run), else none."""
    stories, sites = load_stories(None)
    stories = [s for s in stories if sum(len(p.split()) for p in s.paragraphs) >= 400]
    heads = [site.head[0] for site in sites if site.head][:outlets]
    opts = CleanOptions(containment=containment)
    print(f"\n`find_duplicates` on near-copies of five stories, least CPU time of {repeat}\n")
    print("| documents | distinct texts | clusters | candidate checks | CPU s | ms per document |")
    print("|---:|---:|---:|---:|---:|---:|")
    per_doc = []
    for n in sizes:
        texts = _copies(stories, n // outlets)
        if outlets > 1:
            texts = [f"{head}\n{t}" for t in texts for head in heads]

        given = [f"site{k % n_sites}.example" for k in range(len(texts))] if n_sites else None

        def run(texts: list[str] = texts, given: list[str] | None = given) -> DedupResult:
            return find_duplicates(texts, opts, sites=given)

        checks = _count_checks(run)
        result = run()
        sec = _best(run, repeat)
        per_doc.append(sec / n)
        print(
            f"| {n:,} | {len(set(texts)):,} | {len(result.clusters)} "
            f"| {checks:,} | {sec:.2f} | {1000 * sec / n:.3f} |"
        )
    if len(per_doc) > 1:
        ratio = per_doc[-1] / per_doc[0]
        print(f"\nTime per document at {sizes[-1]:,} vs {sizes[0]:,}: {ratio:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("speed")
    s.add_argument("--docs", type=int, default=1000)
    s.add_argument("--repeat", type=int, default=3)
    p = sub.add_parser("pairs")
    p.add_argument("--originals", type=int, default=300)
    p.add_argument("--singles", type=int, default=300)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--sites", type=int, default=40)
    p.add_argument("--limit", type=int, default=None, help="pages per benchmark set")
    c = sub.add_parser("scale")
    c.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    c.add_argument("--jobs", type=int, default=1)
    y = sub.add_parser("syndication")
    y.add_argument("--stories", type=int, default=60)
    y.add_argument("--singles", type=int, default=40)
    y.add_argument("--negatives", type=int, default=8)
    y.add_argument("--seed", type=int, default=5)
    y.add_argument("--limit", type=int, default=None, help="pages per benchmark set")
    y.add_argument(
        "--misses", type=int, default=0, help="print the differing lines of N missed pairs"
    )
    y.add_argument(
        "--wrong",
        type=int,
        default=0,
        help="print the differing lines of N pairs of different stories each row joins (dev)",
    )
    y.add_argument(
        "--negative-words",
        type=int,
        default=NEGATIVE_WORDS,
        help="the most words of a hard negative's story (fewer: the opening weighs more)",
    )
    y.add_argument(
        "--negative-paragraphs",
        type=int,
        default=0,
        help="a hard negative prints its story's first N paragraphs only (0: all)",
    )
    y.add_argument(
        "--recrawls",
        type=int,
        default=0,
        help="that many stories' pages printed a second time by the same outlet (0: none)",
    )
    y.add_argument(
        "--edited",
        type=float,
        default=0.0,
        help="share of the copies not abridged whose body is edited (body Jaccard 0.80-0.97)",
    )
    y.add_argument(
        "--split", choices=[*SPLITS, "both"], default="both", help="the half (or both) to run"
    )
    q = sub.add_parser("copies")
    q.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    q.add_argument("--repeat", type=int, default=1)
    q.add_argument("--outlets", type=int, default=1, help="whole texts per copy (one key)")
    q.add_argument("--containment", action="store_true")
    q.add_argument("--sites", type=int, default=0, help="texts spread over this many sites")
    k = sub.add_parser("_scale_child")
    k.add_argument("src", type=Path)
    k.add_argument("n", type=int)
    k.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    if args.cmd == "speed":
        bodies, _ = load_material(None, chrome=False)
        speed((bodies * (args.docs // len(bodies) + 1))[: args.docs], args.repeat)
    elif args.cmd == "pairs":
        pairs(args.originals, args.singles, args.seed, args.limit, args.sites)
    elif args.cmd == "syndication":
        syndication(
            args.stories,
            args.singles,
            args.negatives,
            args.seed,
            args.limit,
            args.misses,
            args.edited,
            SPLITS if args.split == "both" else (args.split,),
            args.wrong,
            args.negative_words,
            args.negative_paragraphs,
            args.recrawls,
        )
    elif args.cmd == "copies":
        copies(args.sizes, args.repeat, args.outlets, args.containment, args.sites)
    elif args.cmd == "scale":
        scale(args.sizes, args.jobs)
    else:
        _scale_child(args.src, args.n, args.jobs)


if __name__ == "__main__":
    main()
