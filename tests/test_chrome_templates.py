"""Site templates across a batch, and the ``explain`` subcommand."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.cli import main
from cleanscrape.explain import explain_file, render

from .conftest import SEEDS

SLOGAN = "Example Daily: independent news from the valley, every morning since 1921."
NEWSLETTER = "Get the morning briefing in your inbox, every weekday, free of charge."


def _article(n: int) -> str:
    topics = ["the river bridge", "the new school", "the harbour fees", "the rail link"]
    topic = topics[n % len(topics)]
    return "\n".join(
        [
            f"Town council debates {topic} ({n})",
            f"The council met on Monday to discuss {topic}, which has divided residents for "
            f"more than a decade and cost the town {n + 3} million so far.",
            f"Supporters of {topic} said the project would bring jobs and visitors, while "
            f"opponents warned about the rising costs and the noise ({n}).",
            SLOGAN,
            NEWSLETTER,
            f"A vote on {topic} is expected next month, the chair said after the meeting.",
        ]
    )


def _docs(texts: list[tuple[str, str]], host: str | None = "news.example.com") -> list[Document]:
    return [
        Document(name, text, url=f"https://{host}/{name}" if host else None) for name, text in texts
    ]


def test_three_articles_of_one_site_lose_their_shared_lines() -> None:
    docs = _docs([(f"a{i}.txt", _article(i)) for i in range(3)])
    batch = Pipeline(CleanOptions(dedup=False)).run(docs)
    for res in batch.results:
        assert res.result is not None
        assert SLOGAN not in res.text and NEWSLETTER not in res.text
        assert res.result.removed_counts().get("site_template") == 2
        assert len(res.text.split("\n")) == 3  # three body paragraphs (the headline is the title)
        assert res.result.title


def test_site_from_folder_when_no_url() -> None:
    docs = [Document(f"site/a{i}.txt", _article(i)) for i in range(3)]
    docs += [Document("other/b.txt", _article(7))]
    batch = Pipeline(CleanOptions(dedup=False)).run(docs)
    by_id = {r.id: r.text for r in batch.results}
    assert all(SLOGAN not in by_id[f"site/a{i}.txt"] for i in range(3))
    assert SLOGAN in by_id["other/b.txt"]  # alone in its folder: nothing learned


def test_copies_of_one_article_keep_their_bodies() -> None:
    same = _article(1)
    # three copies of one article: counted per document its body would look like a template
    docs = _docs([("a.txt", same), ("b.txt", same), ("c.txt", same)])
    batch = Pipeline(CleanOptions(dedup=False)).run(docs)
    for res in batch.results:
        assert (
            res.text
            == Pipeline(CleanOptions(dedup=False, site_templates=False))
            .run(_docs([("x.txt", same)]))
            .results[0]
            .text
        )
    # with two more articles the shared lines go, and the copies still keep their bodies
    docs = _docs([("a.txt", same), ("b.txt", same), ("c.txt", _article(2)), ("d.txt", _article(3))])
    batch = Pipeline(CleanOptions(dedup=False)).run(docs)
    for res in batch.results:
        assert SLOGAN not in res.text, res.id
        assert len(res.text.split("\n")) == 3, res.id
    assert "The council met on Monday to discuss the new school" in batch.results[1].text


DISCLAIMER = (
    "Example Daily is published by Valley Media Group. Opinions expressed by contributors are "
    "their own. Articles may not be reproduced, distributed or stored in any form without the "
    "prior written permission of the publisher, except for brief quotations with attribution."
)


def test_a_site_whose_longest_line_is_chrome_still_learns_its_template() -> None:
    """Every page of the site ends with a disclaimer longer than any body line. Identified by
    its longest line, each page was the same "article" (the disclaimer), the site counted one
    article and learnt nothing; the disclaimer and the slogan stayed on every page."""
    texts = [(f"a{i}.txt", _article(i) + "\n" + DISCLAIMER) for i in range(3)]
    assert all(len(DISCLAIMER) > len(ln) for _, t in texts for ln in t.split("\n")[:-1])
    batch = Pipeline(CleanOptions(dedup=False)).run(_docs(texts))
    for res in batch.results:
        assert res.result is not None
        assert DISCLAIMER not in res.text and SLOGAN not in res.text, res.id
        assert res.result.removed_counts().get("site_template") == 3, res.id
        assert len(res.text.split("\n")) == 3, res.id
    # copies of one article with that disclaimer are still one article: their bodies stay
    same = _article(1) + "\n" + DISCLAIMER
    texts = [("a.txt", same), ("b.txt", same), ("c.txt", same), ("d.txt", texts[2][1])]
    batch = Pipeline(CleanOptions(dedup=False)).run(_docs(texts))
    assert all(
        "The council met on Monday to discuss the new school" in r.text for r in batch.results[:3]
    )


def test_templates_can_be_turned_off() -> None:
    docs = _docs([(f"a{i}.txt", _article(i)) for i in range(3)])
    batch = Pipeline(CleanOptions(dedup=False, site_templates=False)).run(docs)
    assert all(SLOGAN in r.text for r in batch.results)


def test_explain_seed_lists_every_line(capsys: pytest.CaptureFixture[str]) -> None:
    path = SEEDS / "003_6254738474f11f33.txt"
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" not in out  # not a terminal: no colour
    rows = [r for r in out.splitlines() if not r.startswith("#")]
    n_lines = sum(1 for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip())
    assert len(rows) == n_lines
    assert any("DROP" in r and "breadcrumb" in r and "Trang chủ" in r for r in rows)
    assert any("KEEP" in r and "Đưa quan hệ Việt Nam-Lào" in r for r in rows)
    assert "source: Báo Nhân dân" in out.splitlines()[-1]


def test_explain_colour_and_html(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "".join(f"<p>{p}</p>" for p in [_article(1).split("\n")[1]] * 1)
    page.write_text(
        "<html><head><title>Town council debates</title></head><body><article>"
        f"<h1>Town council debates</h1>{body}<p>Follow us on Twitter</p></article></body></html>",
        encoding="utf-8",
    )
    exp = explain_file(page)
    assert exp.mode == "html"
    coloured = render(exp, color=True)
    assert "\x1b[32m" in coloured
    plain = render(exp, color=False)
    assert "\x1b[" not in plain
    assert "KEEP" in plain and "The council met on Monday" in plain


def test_explain_missing_file_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "/nonexistent/page.txt"]) == 1
    assert "cannot be read" in capsys.readouterr().err


def test_explain_colour_always(capsys: pytest.CaptureFixture[str]) -> None:
    path = SEEDS / "002_b8590c8849d7fb69.txt"
    assert main(["explain", "--color", "always", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[31m" in out and "\x1b[32m" in out
    assert io.StringIO(out).readline().startswith("# ")


def test_groups_holding_counts_each_group_once() -> None:
    from cleanscrape.chrome.templates import _groups_holding

    lines = np.array([3, 7, 11, 40], dtype=np.uint64)
    groups = {
        0: [np.array([7, 3, 7], dtype=np.uint64), np.array([7, 2], dtype=np.uint64)],
        1: [np.array([11, 3], dtype=np.uint64)],
        2: [np.zeros(0, dtype=np.uint64)],
    }
    assert _groups_holding(lines, groups).tolist() == [2, 1, 1, 0]
    assert _groups_holding(lines, {}).tolist() == [0, 0, 0, 0]
