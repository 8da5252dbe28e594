"""A page the strip stage kept whole loses the lines its site's other pages drop as chrome.

The pages are an outlet's product mega menu (about 500 lines, its head) and its footer menu
around five stories, as a syndication draw printed them: three long stories, whose pages drop
the menus line by line, and two short ones under the outlet's standard paragraph, whose
stories are under 5 % of their pages' characters, so the strip stage keeps those pages whole
(``low_prose``). The site-template stage counted kept lines only: the menu is kept on two
pages of five and is no template, and the two short stories' pages, the same menu with a
story each, were joined as duplicates.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.cli import main

DATA = Path(__file__).parent / "data" / "dumps" / "mega_menu_site"
HEAD = (DATA / "head.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
TAIL = (DATA / "tail.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
LONG = ("house_cleaning", "native_ads", "skiplagging")
SHORT = ("actress_photos", "woodworking_projects")


def _story(name: str) -> list[str]:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")


def _docs(names: tuple[str, ...]) -> list[Document]:
    """The outlet's pages (one folder: one site), its chrome around each story."""
    return [Document(f"outlet/{n}.txt", "\n".join([*HEAD, *_story(n), *TAIL])) for n in names]


def _lines(text: str) -> set[str]:
    return set(text.split("\n"))


def test_a_page_kept_whole_loses_the_menu_the_site_s_other_pages_drop() -> None:
    batch = Pipeline(CleanOptions(dedup=False), trace=True).run(_docs((*LONG, *SHORT)))
    by_id = {r.id: r for r in batch.results}
    for name in SHORT:
        result = by_id[f"outlet/{name}.txt"].result
        assert result is not None
        assert "low_prose" in result.flags  # kept whole by the strip stage
        story = _story(name)
        assert _lines(result.text) >= set(story[2:])  # the story's own paragraphs
        assert not _lines(result.text) & {"DEEBOT X11 Family", "WINBOT Window Cleaning Robots"}
        assert len(result.text.split("\n")) < 40  # of 537 lines
        assert result.trace is not None
        reasons = {v.text: v.reason for v in result.trace}
        assert reasons["DEEBOT X11 Family"] == "site_template"
        assert reasons[story[-1]] == "article"
    for name in LONG:  # the pages that drop the menu themselves are as they were
        result = by_id[f"outlet/{name}.txt"].result
        assert result is not None
        assert "DEEBOT X11 Family" not in _lines(result.text)
        assert not any(x.reason == "site_template" for x in result.removed)


def test_the_two_short_stories_of_the_outlet_are_apart() -> None:
    batch = Pipeline(CleanOptions()).run(_docs((*LONG, *SHORT)))
    assert [r.status for r in batch.results] == ["kept"] * 5
    assert not batch.clusters


def test_the_menu_stays_when_fewer_than_template_min_pages_drop_it() -> None:
    """``template_min_pages`` (3) articles of the site must drop a line: two do not make it
    the site's chrome."""
    docs = _docs((*LONG[:2], *SHORT))
    text = Pipeline(CleanOptions(dedup=False)).run(docs).results[2].text
    assert "DEEBOT X11 Family" in _lines(text)
    opts = CleanOptions(dedup=False, template_min_pages=2)
    text = Pipeline(opts).run(docs).results[2].text
    assert "DEEBOT X11 Family" not in _lines(text)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_streamed_run_gives_the_in_memory_texts(tmp_path: Path, jobs: str) -> None:
    """``clean`` (the streamed batch: each page hands over its dropped lines' hashes), in one
    process or two workers, writes the texts ``Pipeline.run`` gives."""
    docs = _docs((*LONG, *SHORT))
    for doc in docs:
        path = tmp_path / "in" / doc.id
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(str(doc.raw), encoding="utf-8")
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q", "-j", jobs]) == 0
    batch = Pipeline(CleanOptions()).run(docs)
    for r in batch.results:
        assert r.result is not None
        written = (tmp_path / "out" / r.id).read_text(encoding="utf-8")
        assert written == r.result.article() + "\n"
