"""De-duplication on fingerprints: the clusters of the texts themselves, a dedup stage that reads
no text in a streamed batch, and report.json written piece by piece with the same bytes."""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import numpy as np
import pytest

from cleanscrape import CleanOptions, Pipeline
from cleanscrape.batch import StreamedBatch
from cleanscrape.dedup import find_duplicates
from cleanscrape.dedup.core import compare_member, find_print_duplicates
from cleanscrape.dedup.prints import PrintList, PrintStore, text_prints, whole_hashes
from cleanscrape.io import iter_documents
from cleanscrape.report import build_report, dumps, report_chunks, report_of

from .conftest import SEEDS


class _Blobs:
    """Bytes in memory, as a batch's spool keeps them on disk."""

    def __init__(self) -> None:
        self.data = io.BytesIO()

    def put_bytes(self, data: bytes) -> tuple[int, int]:
        at = (self.data.seek(0, io.SEEK_END), len(data))
        self.data.write(data)
        return at

    def get_bytes(self, at: tuple[int, int]) -> bytes:
        self.data.seek(at[0])
        return self.data.read(at[1])


def _variants(seed_texts: dict[str, str]) -> list[str]:
    """Copies of the seeds as sites republish them: paragraphs reordered, one paragraph of
    another seed added, an exact copy, a copy in capitals, and teasers (headline and lede)."""
    seeds = [t.split("\n") for _, t in sorted(seed_texts.items())]
    texts: list[str] = []
    for i in range(30):
        lines = list(seeds[i % 5])
        head, body = lines[:1], lines[1:]
        random.Random(i).shuffle(body)
        other = [p for p in seeds[(i + 1) % 5] if len(p) > 80]
        texts.append("\n".join([*head, *body, other[i % len(other)]]))
    texts.append(texts[3])
    texts.append(texts[4].upper())
    texts += ["\n".join(s[:3]) for s in seeds]
    return texts


@pytest.mark.parametrize(
    "changes",
    [{}, {"containment": True}, {"keep": "longest"}, {"match": "full"}, {"dedup_threshold": 0.5}],
)
def test_fingerprints_cluster_as_the_texts_do(
    seed_texts: dict[str, str], changes: dict[str, object]
) -> None:
    options = CleanOptions().replace(**changes)
    texts = _variants(seed_texts)
    expected = find_duplicates(texts, options)
    store = PrintStore(options, _Blobs())
    for p in text_prints(texts, options, whole=True):
        store.add(p)
    got = find_print_duplicates(store, options)
    # the stored openings (what duplicates must share) are the in-memory ones
    memory = PrintList(texts, options)
    assert all(np.array_equal(store.opening(i), memory.opening(i)) for i in range(len(texts)))
    assert sum(d is not None for d in expected.duplicate_of) >= 5
    assert got.duplicate_of == expected.duplicate_of
    assert got.similarity == expected.similarity
    assert [(c.kept, c.members, c.similarities, c.figures) for c in got.clusters] == [
        (c.kept, c.members, c.similarities, c.figures) for c in expected.clusters
    ]
    assert all(not c.comparisons for c in got.clusters)
    # the comparisons the report shows, made later from the texts and the figures
    for c, e in zip(got.clusters, expected.clusters, strict=True):
        made = [
            None if f is None else compare_member(texts[m], texts[c.kept], f, options)
            for m, f in zip(c.members, c.figures, strict=True)
        ]
        assert made == e.comparisons


@pytest.mark.parametrize("match", ["body", "full"])
def test_prints_made_together_are_each_texts_own(seed_texts: dict[str, str], match: str) -> None:
    """A streamed batch fingerprints the texts a site template changed many at a time: each
    print must be the one the text gets alone (teasers, whose whole text is their body, mixed
    with full copies, whose whole text is not)."""
    opts = CleanOptions(match=match)  # type: ignore[arg-type]
    texts = _variants(seed_texts)[::-1]  # the teasers first
    together = text_prints(texts, opts, whole=True)
    alone = [text_prints([t], opts, whole=True)[0] for t in texts]
    wholes = {p.whole is None for p in alone}
    assert wholes == ({True, False} if match == "body" else {True})
    for t, a, b in zip(texts, together, alone, strict=True):
        assert (a.key, a.length, a.whole_known) == (b.key, b.length, b.whole_known)
        assert np.array_equal(a.hashes, b.hashes)
        assert np.array_equal(a.signature, b.signature)
        assert np.array_equal(a.opening, b.opening)
        assert (a.whole is None) == (b.whole is None)
        if a.whole is not None:  # the whole text's hashes, made another way
            assert np.array_equal(a.whole, whole_hashes(t, opts))


def test_a_stored_print_needs_its_whole_text_hashes(seed_texts: dict[str, str]) -> None:
    text = next(iter(seed_texts.values()))
    store = PrintStore(CleanOptions(), _Blobs())
    with pytest.raises(ValueError, match="whole=True"):
        store.add(text_prints([text], CleanOptions())[0])


def _copies(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        for copy in ("a", "b"):
            shutil.copy(p, src / f"{copy}-{p.name}")
    text = (SEEDS / "001_b8eb4341bad6e06b.txt").read_text(encoding="utf-8")
    (src / "c-near.txt").write_text(text.replace(".", "!", 3), encoding="utf-8")
    return src


def test_the_dedup_stage_reads_no_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dedup stage of a streamed batch works on the fingerprints the workers made: not one
    clean text is read back from the spool while it runs."""
    stage = ["clean"]
    reads: list[str] = []
    read = StreamedBatch.text

    def counted(self: StreamedBatch, record: object) -> str:
        reads.append(stage[0])
        return read(self, record)  # type: ignore[arg-type]

    monkeypatch.setattr(StreamedBatch, "text", counted)
    # no site templates: with them, a text that loses template lines is fingerprinted again
    options = CleanOptions(site_templates=False)
    pipeline = Pipeline(options, on_stage=lambda name: stage.__setitem__(0, name))
    with pipeline.run_streamed(iter_documents(_copies(tmp_path)), tmp_path / "out") as batch:
        assert [r.status for r in batch.records].count("duplicate") == 6
        assert "dedup" not in reads
        assert len(batch.prints) == len([r for r in batch.records if r.status != "error"])


def test_report_written_in_pieces_is_dumps(tmp_path: Path) -> None:
    report = build_report(Pipeline(CleanOptions()).run(iter_documents(_copies(tmp_path))))
    assert report["clusters"] and report["clusters"][0]["comparisons"]
    assert "".join(report_chunks(report)) == dumps(report)
    empty = report_of([], [])
    assert "".join(report_chunks(empty)) == dumps(empty)


def test_bucket_numbers_are_the_lsh_buckets(seed_texts: dict[str, str]) -> None:
    """Two texts share a numbered bucket of a band exactly when their datasketch bucket keys of
    that band are equal; a bucket one text alone falls in has no number."""
    from cleanscrape.dedup.core import _bucket_numbers
    from cleanscrape.dedup.signature import band_key_matrix, candidate_bands

    options = CleanOptions(dedup_threshold=0.5)
    prints = text_prints(_variants(seed_texts), options)
    sigs = np.stack([p.signature for p in prints])
    bands, rows = candidate_bands(options.dedup_threshold, options.num_perm)
    numbers = _bucket_numbers(sigs, bands, rows)
    keys = band_key_matrix(sigs, bands, rows)
    shared = 0
    for band in range(bands):
        for i in range(len(prints)):
            same_key = [j for j in range(len(prints)) if keys[j][band] == keys[i][band]]
            if len(same_key) == 1:
                assert numbers[i, band] == -1
            else:
                shared += 1
                assert [j for j in range(len(prints)) if numbers[j, band] == numbers[i, band]] == (
                    same_key
                )
    assert shared > len(prints)
