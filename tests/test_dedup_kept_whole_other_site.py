"""A story copied by two outlets, one page kept whole by the strip stage (``low_prose``): an
MBA consultancy's page of some 150 lines of menus, offers and reviews around the story
(1,017 words, the whole page kept), and a cloud provider's page whose 430 lines of menus the
strip stage drops, leaving the story (155 words). The clean copy lies whole in the page kept
whole, but their bodies' Jaccard is the story's share of that page (0.35): at the default
setting (containment off) the two were never joined. The strip stage's flag, handed to the
de-duplication with each text, lets a text lie in a page kept whole of another site
(:func:`cleanscrape.dedup.core.in_chrome_of`), the clean copy kept; on one site, or with the
flag not known, the pair is left to the rules that were there, in every engine and in
``cleanscrape compare``.

The pages are a dev draw of the syndication benchmark (seed 1400, ``--negative-paragraphs 2
--negative-words 150``), as the draw prints them (``tests/data/dumps/README.md``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.cli import main
from cleanscrape.dedup import compare_texts, find_duplicates

DATA = Path(__file__).parent / "data" / "dumps" / "kept_whole_other_site"
WHOLE = (DATA / "page_kept_whole.txt").read_text(encoding="utf-8")
CLEANED = (DATA / "page_cleaned.txt").read_text(encoding="utf-8")


def pages(hosts: tuple[str, str]) -> list[Document]:
    """The page kept whole first, then the other copy's page, on ``hosts``."""
    return [
        Document(f"p{k}", page, url=f"https://{host}/news/story")
        for k, (page, host) in enumerate(zip((WHOLE, CLEANED), hosts, strict=True))
    ]


def clean_texts() -> list[str]:
    return [
        r.text for r in Pipeline(CleanOptions(dedup=False)).run(pages(("a.example",) * 2)).results
    ]


def test_the_clean_copy_joins_the_page_kept_whole_and_is_kept() -> None:
    """At the default the page kept whole is the clean copy's duplicate; the clean copy is
    what is kept, though it comes second."""
    batch = Pipeline(CleanOptions()).run(pages(("mba.example", "cloud.example")))
    flags = [r.result.flags if r.result else [] for r in batch.results]
    assert ["low_prose" in f for f in flags] == [True, False]
    assert [r.status for r in batch.results] == ["duplicate", "kept"]
    assert [r.duplicate_of for r in batch.results] == ["p1", None]


def test_streamed_as_in_memory(tmp_path: Path) -> None:
    with Pipeline(CleanOptions()).run_streamed(
        iter(pages(("mba.example", "cloud.example"))), tmp_path / "spool"
    ) as streamed:
        assert [r.entry["duplicate_of"] for r in streamed.records] == ["p1", None]


@pytest.mark.parametrize(
    ("sites", "whole"),
    [
        (["mba.example", "mba.example"], [True, False]),  # one site: its own rules
        (["mba.example", "cloud.example"], None),  # the flag not known
        (["mba.example", "cloud.example"], [None, None]),
        ([None, None], [True, False]),  # the sites not known
    ],
)
def test_left_to_the_rules_that_were_there(
    sites: list[str | None], whole: list[bool | None] | None
) -> None:
    texts = clean_texts()
    assert find_duplicates(texts, sites=sites, whole_pages=whole).duplicate_of == [None, None]


def test_containment_on_keeps_the_full_text_as_before() -> None:
    """With containment the containment stage joins the two already (the text that holds the
    other is kept, as for any container): the rule is the default setting's."""
    texts = clean_texts()
    sites = ["mba.example", "cloud.example"]
    for whole in ([True, False], None):
        found = find_duplicates(
            texts, CleanOptions(containment=True), sites=sites, whole_pages=whole
        )
        assert found.duplicate_of == [None, 0]


def test_compare_names_the_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``compare_texts`` with the flags and sites, and ``cleanscrape compare`` on the raw pages
    (it runs the strip stage), join the two and say why; on one site, apart as before."""
    texts = clean_texts()
    c = compare_texts(*texts, sites=("a", "b"), whole_pages=(True, False))
    assert c.relation == "contains" and c.b_in_a >= 0.8 > c.similarity
    one = compare_texts(*texts, sites=("a", "a"), whole_pages=(True, False))
    assert one.relation == "different"
    files = []
    for host, page in (("mba.example", WHOLE), ("cloud.example", CLEANED)):
        (tmp_path / host).mkdir()
        (tmp_path / host / "story.txt").write_text(page, encoding="utf-8")
        files.append(str(tmp_path / host / "story.txt"))
    assert main(["compare", *files]) == 0
    out = capsys.readouterr().out
    assert "verdict: contains (clean joins the two at the default" in out
    assert "[in_chrome_of]" in out
    assert main(["compare", *files, "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["relation"] == "contains" and said["whole_pages"] == [True, False]
