"""The site's chrome a page kept after its story: the block its site's other pages drop.

The pages are a coffee outlet's (its head: a menu of about 60 lines; its foot: an FAQ teaser
list, footer links, a "Fact Checked" notice and an "about us" box of seven paragraphs) around
seven stories, as a syndication draw printed them: each page's own menu line first, its story
(headline, the draw's standard opening paragraph, a short lede and paragraph) and a tag row.
On four pages the strip stage drops the foot as teasers and cards; on the three whose story
is shortest it read the foot as the article's continuation and kept it. Those three clean
texts were then the outlet's foot with a story of 30-80 words each, and were joined as
duplicates of one another (body similarity 0.72-0.80, containment 0.86-1.00). The site's
template (the block its other pages drop) took the foot off them; since a short story's own
tag row ends it (``chrome.sequels.short_story_close``), the strip stage drops the foot of
those three pages itself, before the template is read.
"""

from __future__ import annotations

from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline

DATA = Path(__file__).parent / "data" / "dumps" / "outlet_chrome_tail_site"
HEAD = (DATA / "head.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
TAIL = (DATA / "tail.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
#: the pages whose strip stage keeps the foot (their stories are the shortest)
KEEPING = ("wedding_catering", "math_prodigy", "puppy_training")
DROPPING = ("event_catering", "hr_shared_services", "smart_home", "iran_protests")
#: lines of the outlet's foot: an FAQ teaser, the notice's heading and the box's first paragraph
FOOT = (
    "How often should I clean my coffee maker?",
    "Fact Checked",
    "Homegrounds.Co Is Your Most Trusted Resource On All Things Coffee",
    "We hope you'll join us on our mission to Brew Better Coffee.",
)


def _page(name: str) -> str:
    """The page as printed: its own menu line, the outlet's head, its story and tag row, the
    outlet's foot."""
    own = (DATA / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    return "\n".join([own[0], *HEAD, *own[1:], *TAIL])


def _docs(names: tuple[str, ...]) -> list[Document]:
    """The outlet's pages in one folder (one site)."""
    return [Document(f"outlet/{n}.txt", _page(n)) for n in names]


def _lines(text: str) -> set[str]:
    return set(text.split("\n"))


def test_the_foot_the_site_s_other_pages_drop_goes_from_the_pages_that_kept_it() -> None:
    batch = Pipeline(CleanOptions(dedup=False), trace=True).run(_docs((*DROPPING, *KEEPING)))
    by_id = {r.id: r for r in batch.results}
    for name in KEEPING:
        result = by_id[f"outlet/{name}.txt"].result
        assert result is not None
        assert not _lines(result.text) & set(FOOT), name
        assert result.trace is not None
        # every line of the foot is dropped by the strip stage, none kept for the template
        foot = [v for v in result.trace if v.text in FOOT]
        assert foot and not any(v.keep for v in foot), name
        assert "site_template" not in {v.reason for v in foot}, name
    # the story's lede and paragraph stay (the page's head is the story, not the foot)
    wedding = by_id["outlet/wedding_catering.txt"].result
    assert wedding is not None
    assert wedding.text.split("\n")[-1].startswith("When couples start planning their wedding")
    for name in DROPPING:  # the pages that drop the foot themselves are as they were
        result = by_id[f"outlet/{name}.txt"].result
        assert result is not None
        assert not {x.line for x in result.removed if x.reason == "site_template"} & set(FOOT)


def test_the_three_short_stories_of_the_outlet_are_apart() -> None:
    batch = Pipeline(CleanOptions()).run(_docs((*DROPPING, *KEEPING)))
    assert [r.status for r in batch.results] == ["kept"] * 7
    assert not batch.clusters
