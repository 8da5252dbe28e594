"""``DedupIndex``: matches across runs on real text, deletes, eviction, and refusing bad files."""

from __future__ import annotations

import hashlib
import sqlite3
import time
import unicodedata
from pathlib import Path

import pytest

from cleanscrape import CleanOptions, DedupIndex, IndexMatch, IndexStoreError, clean_text
from cleanscrape.dedup import matching_key, shingles
from cleanscrape.index import store
from cleanscrape.index.store import APPLICATION_ID

DAY = 86400.0


def _exact_jaccard(a: str, b: str) -> float:
    """Jaccard of the word 5-shingle *strings* (no hashing), as a reference."""
    sa, sb = shingles(matching_key(a), 5), shingles(matching_key(b), 5)
    return len(sa & sb) / len(sa | sb)


@pytest.fixture(scope="module")
def articles(seed_texts: dict[str, str]) -> list[str]:
    """The five seed pages' clean article texts (five different stories)."""
    return [clean_text(t).text for _, t in sorted(seed_texts.items())]


@pytest.fixture(scope="module")
def words(articles: list[str]) -> list[str]:
    return " ".join(articles).split()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_copy_in_a_later_run_matches_the_earlier_document(
    tmp_path: Path, articles: list[str]
) -> None:
    path = tmp_path / "seen.db"
    with DedupIndex(path, run="monday") as index:
        assert [index.add(f"a{i}.txt", t) for i, t in enumerate(articles)] == [None] * 5
    # tuesday: the same story re-encoded (NFD, Ð for Đ, curly quotes) with its last line cut
    copy = unicodedata.normalize("NFD", articles[2].replace("Đ", "Ð").replace('"', "”"))
    copy = "\n".join(copy.split("\n")[:-1])
    with DedupIndex(path, run="tuesday") as index:
        match = index.add("b.txt", copy)
        assert index.query(articles[3]) is not None
        assert index.query("Một câu hoàn toàn khác, không có trong bài báo nào cả hôm nay.") is None
    assert match is not None
    assert (match.id, match.run) == ("a2.txt", "monday")
    assert match.similarity == pytest.approx(_exact_jaccard(copy, articles[2]), abs=1e-3)
    assert match.similarity >= 0.8


def test_different_stories_do_not_match(tmp_path: Path, articles: list[str]) -> None:
    with DedupIndex(tmp_path / "i.db") as index:
        assert index.add_many((f"{i}", t) for i, t in enumerate(articles)) == [None] * 5
        assert index.stats().documents == 5


def test_a_chain_through_an_indexed_duplicate_is_caught(tmp_path: Path, words: list[str]) -> None:
    a, b, c = (" ".join(words[k : k + 1000]) for k in (0, 100, 200))
    assert _exact_jaccard(a, b) >= 0.8 and _exact_jaccard(b, c) >= 0.8
    assert _exact_jaccard(a, c) < 0.8
    with DedupIndex(tmp_path / "i.db", run="r1") as index:
        assert index.add("a", a) is None
        first = index.add("b", b)
    with DedupIndex(tmp_path / "i.db", run="r2") as index:
        second = index.query(c)
        assert index.stats().documents == 2  # the near-duplicate b is indexed too
    assert first is not None and first.id == "a"
    # c is close to b only; it is reported against what b duplicates: the kept document a
    assert second is not None and second.id == "a" and second.run == "r1"
    assert second.similarity == pytest.approx(_exact_jaccard(a, c), abs=1e-3)


def test_an_identical_copy_is_reported_but_not_stored_again(
    tmp_path: Path, articles: list[str]
) -> None:
    with DedupIndex(tmp_path / "i.db") as index:
        index.add("x", articles[0])
        again = index.add("y", articles[0] + "\n")
        assert again is not None and again.id == "x" and again.similarity == 1.0
        assert index.stats().documents == 1


def test_add_many_sees_the_documents_of_its_own_call(tmp_path: Path, articles: list[str]) -> None:
    # the same story twice in one call, then a near copy (last line cut) in the same call
    near = "\n".join(articles[1].split("\n")[:-1])
    assert _exact_jaccard(near, articles[1]) >= 0.8
    items = [("a", articles[1]), ("b", articles[1]), ("c", articles[0]), ("d", near)]
    with DedupIndex(tmp_path / "i.db", run="r1") as index:
        found = index.add_many(items)
        assert found[0] is None and found[2] is None
        assert found[1] is not None and (found[1].id, found[1].similarity) == ("a", 1.0)
        assert found[3] is not None and (found[3].id, found[3].run) == ("a", "r1")
        # the identical copy is not stored again; the near copy is (pointing at a)
        assert index.stats().documents == 3

    # the same answers as one add() per document
    def brief(m: IndexMatch | None) -> tuple[str, str, float] | None:
        return None if m is None else (m.id, m.run, m.similarity)

    with DedupIndex(tmp_path / "j.db", run="r1") as index:
        assert [brief(index.add(i, t)) for i, t in items] == [brief(m) for m in found]


def test_a_text_without_words_is_not_indexed(tmp_path: Path, articles: list[str]) -> None:
    with DedupIndex(tmp_path / "i.db") as index:
        assert index.add_many([("rule", "— | —"), ("a", articles[0])]) == [None, None]
        assert index.add("rule2", "…") is None
        assert index.stats().documents == 1


def test_settings_are_kept_and_a_different_setting_is_refused(
    tmp_path: Path, articles: list[str]
) -> None:
    path = tmp_path / "i.db"
    with DedupIndex(path, CleanOptions(dedup_threshold=0.7)) as index:
        index.add("x", articles[0])
    with DedupIndex(path) as index:  # no options: the index's own
        assert index.options.dedup_threshold == 0.7
    with pytest.raises(IndexStoreError, match=r"shingle_size=5 \(asked for 4\)"):
        DedupIndex(path, CleanOptions(dedup_threshold=0.7, shingle_size=4))


def test_match_is_kept_and_a_different_match_is_refused(
    tmp_path: Path, articles: list[str]
) -> None:
    """Body keys and whole-text keys cannot be compared: an index keeps the ``match`` it was
    built with, like the other settings."""
    path = tmp_path / "full.db"
    with DedupIndex(path, CleanOptions(match="full")) as index:
        index.add("x", articles[0])
    with DedupIndex(path) as index:  # no options: the index's own
        assert index.options.match == "full"
        assert index.stats().settings["match"] == "full"
    with pytest.raises(IndexStoreError, match=r"match=full \(asked for body\)"):
        DedupIndex(path, CleanOptions())
    # an index made before match was recorded was built with the default, body
    with DedupIndex(tmp_path / "old.db") as index:
        index.add("x", articles[0])
    with sqlite3.connect(tmp_path / "old.db") as conn:
        conn.execute("DELETE FROM meta WHERE name = 'match'")
    conn.close()
    with DedupIndex(tmp_path / "old.db") as index:
        assert index.options.match == "body"
    with pytest.raises(IndexStoreError, match=r"match=body \(asked for full\)"):
        DedupIndex(tmp_path / "old.db", CleanOptions(match="full"))


def test_remove_deletes_by_id(tmp_path: Path, articles: list[str]) -> None:
    with DedupIndex(tmp_path / "i.db") as index:
        index.add_many((f"{i}", t) for i, t in enumerate(articles))
        assert index.remove(["1", "3", "missing"]) == 2
        assert index.query(articles[1]) is None
        assert index.query(articles[3]) is None
        assert index.query(articles[4]) is not None
        assert index.stats().documents == 3
        assert index.check() == []


def test_prune_evicts_by_first_seen(tmp_path: Path, articles: list[str]) -> None:
    with DedupIndex(tmp_path / "i.db") as index:
        index.add_many((f"{i}", t) for i, t in enumerate(articles))
        newest = index.stats().newest
    with DedupIndex(tmp_path / "i.db") as index:
        now = time.time()
        assert index.prune(30 * DAY, now=now + 29 * DAY) == 0
        assert index.prune(30 * DAY, now=now + 31 * DAY) == 5
        assert index.query(articles[0]) is None
        stats = index.stats()
    assert newest is not None and stats.documents == 0 and stats.newest is None


def test_a_file_that_is_not_an_index_is_refused_and_left_alone(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database\n" * 20, encoding="utf-8")
    other_db = tmp_path / "app.db"
    with sqlite3.connect(other_db) as conn:
        conn.execute("CREATE TABLE users (name TEXT)")
        conn.execute("INSERT INTO users VALUES ('an')")
    conn.close()
    tagged = tmp_path / "tagged.db"
    with sqlite3.connect(tagged) as conn:
        conn.execute("PRAGMA application_id = 1234")
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    for path, message in [
        (text_file, "not an SQLite database"),
        (other_db, "not a cleanscrape index"),
        (tagged, "another application"),
    ]:
        before = _digest(path)
        with pytest.raises(IndexStoreError, match=message):
            DedupIndex(path)
        assert _digest(path) == before
        assert not Path(f"{path}-wal").exists()


def test_a_newer_schema_is_refused(tmp_path: Path, articles: list[str]) -> None:
    path = tmp_path / "i.db"
    with DedupIndex(path) as index:
        index.add("x", articles[0])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(IndexStoreError, match="newer"):
        DedupIndex(path)


def test_a_damaged_index_fails_with_a_clear_error(tmp_path: Path, articles: list[str]) -> None:
    path = tmp_path / "i.db"
    with DedupIndex(path) as index:
        index.add_many((f"{i}", t) for i, t in enumerate(articles))
    conn = sqlite3.connect(path)
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.execute("PRAGMA journal_mode = DELETE")  # fold the WAL into the file first
    conn.close()
    data = bytearray(path.read_bytes())
    for start in range(page, len(data), page):  # every page but the header page
        data[start : start + page] = bytes([0xA5]) * page
    path.write_bytes(bytes(data))
    with pytest.raises(IndexStoreError, match=r"damaged|not a cleanscrape index"):  # noqa: SIM117
        with DedupIndex(path) as index:
            index.query(articles[0])
            index.add("y", articles[1])


def test_a_second_writer_waits_then_fails_clearly(tmp_path: Path, articles: list[str]) -> None:
    path = tmp_path / "i.db"
    first = DedupIndex(path, run="one")
    second = DedupIndex(path, run="two", timeout=0.2)
    try:
        with first.writing() as w:
            w.insert("x", first.fingerprints([articles[0]])[0], canonical=None)
            # a reader is not blocked (and does not see the uncommitted document)
            assert second.query(articles[0]) is None
            with pytest.raises(IndexStoreError, match=r"busy.*another process"):
                second.add("y", articles[1])
        # once the first commits, the second proceeds and sees the first's document
        match = second.add("z", articles[0])
        assert match is not None and (match.id, match.run) == ("x", "one")
    finally:
        first.close()
        second.close()


def test_closed_index_says_so(tmp_path: Path, articles: list[str]) -> None:
    index = DedupIndex(tmp_path / "i.db")
    with index:
        index.add("x", articles[0])
    index.close()  # a second close is harmless
    with pytest.raises(IndexStoreError, match="closed"):
        index.query(articles[0])


def test_file_identifies_itself(tmp_path: Path, articles: list[str]) -> None:
    path = tmp_path / "i.db"
    with DedupIndex(path) as index:
        index.add("x", articles[0])
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_band_keys_merged_from_the_fresh_table_are_still_found(
    tmp_path: Path, articles: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "MERGE_MIN_ROWS", 30)  # merge after every second document
    path = tmp_path / "i.db"
    with DedupIndex(path, run="one") as index:
        for i, text in enumerate(articles):
            assert index.add(f"{i}", text) is None
    conn = sqlite3.connect(path)
    merged = conn.execute("SELECT count(*) FROM bands").fetchone()[0]
    fresh = conn.execute("SELECT count(*) FROM fresh").fetchone()[0]
    conn.close()
    assert merged > 0 and fresh > 0 and merged + fresh == 5 * index.bands
    with DedupIndex(path, run="two") as index:
        for i, text in enumerate(articles):
            match = index.query(text)
            assert match is not None and match.id == f"{i}"
        assert index.remove(["0", "4"]) == 2
        assert index.query(articles[0]) is None and index.query(articles[4]) is None
        assert index.check() == []
    conn = sqlite3.connect(path)
    rows = dict(conn.execute("SELECT name, value FROM meta"))
    for table in store.BAND_TABLES:
        count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert int(rows[f"{table}_rows"]) == count
    conn.close()
