"""``benchmarks/dedup_corpus.py``'s re-crawls (``dedup.py syndication --recrawls K``): a page
printed a second time by its own outlet, its chrome's variable parts changed, its story as
before, updated or edited at its end. Without re-crawls a draw is the one the builder drew
before; with them its other pages are unchanged, and the same seed gives the same draw.

The stories and the outlets' chrome are the two Vietnamese seed articles and their pages'
own chrome (``dedup_corpus.seed_articles_and_chrome``), as ``load_stories`` makes them."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from dedup_corpus import (  # noqa: E402
    Site,
    Story,
    SyndDoc,
    _recrawl_chrome,
    build_syndication,
    seed_articles_and_chrome,
    story_pairs,
)

#: A seed page's time and date stamp line, as its chrome prints it.
STAMP = "16:12 | 10/09/2024 GMT+7"
#: A seed page's related card (a headline) and its box's label.
CARD = "Hợp tác Việt Nam - Lào: Doanh nghiệp là lực đẩy quan trọng nhất"


def _material() -> tuple[list[Story], list[Site]]:
    bodies, sites = seed_articles_and_chrome()
    stories = []
    for n, body in enumerate(bodies):
        lines = [ln for ln in body.split("\n") if len(ln.split()) >= 3]
        stories.append(Story(f"seed{n}", "held-out", lines[0], lines[1:]))
    return stories, sites


def _draw(seed: int, recrawls: int, singles: int = 2) -> list[SyndDoc]:
    stories, sites = _material()
    return build_syndication(
        stories, sites, n_stories=0, singles=singles, negatives=0, seed=seed, recrawls=recrawls
    )


def test_without_recrawls_a_draw_is_the_one_drawn_before() -> None:
    stories, sites = _material()
    before = build_syndication(stories, sites, n_stories=0, singles=2, negatives=0, seed=5)
    assert _draw(5, 0) == before
    with_two = _draw(5, 2)
    assert len(with_two) == len(before) + 2
    assert [d for d in with_two if not d.recrawl] == before


def test_the_same_seed_gives_the_same_recrawls() -> None:
    assert _draw(5, 2) == _draw(5, 2)
    assert [d.page for d in _draw(5, 2)] != [d.page for d in _draw(6, 2)]


def test_a_recrawl_is_its_page_fetched_again_by_its_outlet() -> None:
    # one story drawn: the other's paragraphs are the text an update may add
    kinds = set()
    for seed in range(5, 21):
        docs = _draw(seed, 2, singles=1)
        by_id = {d.id for d in docs}
        pairs = story_pairs(docs)
        for again in (d for d in docs if d.recrawl):
            first = next(d for d in docs if d.id == again.id.replace(".recrawl.txt", ".txt"))
            assert first.id in by_id and not first.recrawl
            assert (again.outlet, again.story, again.headline) == (
                first.outlet,
                first.story,
                first.headline,
            )
            # the same site's folder, so the pipeline gives both pages one site
            assert again.id.rsplit("/", 1)[0] == first.id.rsplit("/", 1)[0]
            assert tuple(sorted((again.id, first.id))) in pairs
            assert again.page != first.page
            lines = again.page.split("\n")
            assert again.headline in lines and first.lede.split("\n")[0] in lines
            old, new = first.body.split("\n"), again.body.split("\n")
            if again.recrawl == "same":
                assert new == old
            elif again.recrawl == "added":
                assert new[:-1] == old and new[-1] not in first.page
            else:
                assert again.recrawl == "edited"
                assert new[:-1] == old[:-1] and new[-1] != old[-1]
            kinds.add(again.recrawl)
    assert kinds == {"same", "added", "edited"}


def test_a_stamp_moves_on_and_a_card_may_change() -> None:
    # a later hour and date (each number of 1-3 digits raised by the step; the year stays)
    assert _recrawl_chrome([STAMP], [], 3, random.Random(0)) == ["19:15 | 13/12/2024 GMT+10"]
    # a card is replaced, one in two, by another story's headline; a label of three words
    # and a long line of prose are kept
    label, prose = "Đọc nhiều", _material()[0][0].paragraphs[1]
    other = _material()[0][1].headline
    seen = set()
    for n in range(20):
        out = _recrawl_chrome([label, CARD, prose], [other], 3, random.Random(n))
        assert out[0] == label and out[2] == prose
        seen.add(out[1])
    assert seen == {CARD, other}


def test_a_hard_negatives_recrawl_keeps_its_outlets_standard_paragraph() -> None:
    stories, sites = _material()
    docs = build_syndication(
        stories, sites, n_stories=0, singles=0, negatives=1, negative_paragraphs=2, recrawls=1
    )
    again = next(d for d in docs if d.recrawl)
    first = next(d for d in docs if d.id == again.id.replace(".recrawl.txt", ".txt"))
    assert first.negative and again.negative and first.opening
    lines = again.page.split("\n")
    assert lines.index(first.opening) == lines.index(first.headline) + 1


def test_an_update_adds_no_text_of_a_story_of_the_draw() -> None:
    """A re-crawl's update is new text: never a paragraph of a story the draw prints (its own
    lede included), which would give pages of two stories a paragraph in common."""
    stories, _ = _material()
    updates = 0
    for seed in range(5, 21):
        docs = _draw(seed, 1, singles=1)
        again = next(d for d in docs if d.recrawl)
        drawn = next(s for s in stories if s.id == again.story)
        other = next(s for s in stories if s.id != again.story)
        if again.recrawl == "added":
            added = again.body.split("\n")[-1]
            assert added in other.paragraphs and added not in drawn.paragraphs
            updates += 1
    assert updates
    # both stories drawn: no paragraph is new to the draw, so no re-crawl is updated
    assert {d.recrawl for seed in range(5, 21) for d in _draw(seed, 2) if d.recrawl} == {"same"}
