"""``benchmarks/dedup_corpus.py``'s edited copies (``dedup.py syndication --edited SHARE``): an
edit that adds "the outlet's own paragraph" adds text the draw does not print otherwise, never a
paragraph of a story of the draw (a short story printed whole inside another story's page would
make their pages share all of its text, which no real edit does), and no two copies add the same
paragraph.

The stories and the outlets' chrome are the two Vietnamese seed articles and their pages' own
chrome, as ``load_stories`` makes them; each outlet's chrome serves two outlets (a copy goes to
2-4 outlets)."""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

from .test_dedup_corpus_recrawls import _material

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from dedup_corpus import (  # noqa: E402
    Donors,
    SyndDoc,
    _edit_body,
    _place,
    _unprinted,
    build_syndication,
    split_sentences,
)


def _draw(seed: int, n_stories: int, singles: int) -> list[SyndDoc]:
    stories, sites = _material()
    outlets = [*sites, *(replace(site, name=site.name + "b") for site in sites)]
    return build_syndication(
        stories, outlets, n_stories=n_stories, singles=singles, negatives=0, seed=seed, edited=1.0
    )


def _added(doc: SyndDoc, paragraphs: list[str]) -> list[str]:
    """The paragraphs ``doc``'s body prints that its story's body does not."""
    return [p for p in doc.body.split("\n") if p not in paragraphs]


def test_unprinted_leaves_out_the_drawn_stories_and_the_printed_lines() -> None:
    stories, _ = _material()
    first, second = stories
    donors = [*first.paragraphs, *second.paragraphs]
    opening = second.paragraphs[3]
    left = _unprinted(donors, stories, {first.id}, [opening])
    assert left == [p for p in second.paragraphs if p != opening]
    assert _unprinted(donors, stories, {first.id, second.id}, []) == []


def test_an_added_paragraph_is_taken_out_of_the_donors() -> None:
    stories, _ = _material()
    first, second = stories
    body = first.paragraphs[1:]
    donors = Donors(second.paragraphs)
    added: list[str] = []
    for n in range(30):
        out, done = _edit_body(body, donors, random.Random(n))
        new = [p for p in out if p in second.paragraphs]
        assert done.count("add") >= len(new)
        assert set(new) <= donors.taken
        added.extend(new)
    assert added and len(added) == len(set(added))
    # no donor left: no paragraph is added
    for n in range(30):
        out, done = _edit_body(body, Donors([]), random.Random(n))
        assert "add" not in done and not set(out) & set(second.paragraphs)


def test_an_edit_adds_no_paragraph_of_a_story_of_the_draw() -> None:
    stories, _ = _material()
    # one story syndicated, the other not drawn: its paragraphs are the text an edit may add,
    # each by one copy at most
    adds = 0
    for seed in range(5, 25):
        docs = _draw(seed, 1, 0)
        story = next(s for s in stories if s.id == docs[0].story)
        other = next(s for s in stories if s is not story)
        added = [p for d in docs for p in _added(d, story.paragraphs) if p in other.paragraphs]
        assert len(added) == len(set(added))
        adds += len(added)
    assert adds
    # both stories drawn (one syndicated, one published once): nothing is left to add
    edits = [d.edits.split() for seed in range(5, 25) for d in _draw(seed, 1, 1) if d.edits]
    assert edits and all("add" not in done for done in edits)


def _twice_in_a_paragraph(paragraphs: list[str]) -> list[str]:
    """The paragraphs that print one of their sentences twice."""
    return [p for p in paragraphs if len(set(sents := split_sentences(p))) < len(sents)]


def test_a_repeated_sentence_is_printed_in_another_paragraph() -> None:
    # ``repeat`` prints a sentence again elsewhere (a pull quote), never beside itself in its
    # own paragraph: a paragraph of one sentence would come out as "S S" on one line, which
    # real pages do not print (a pull quote is a line of its own)
    stories, _ = _material()
    repeats = 0
    for story in stories:
        body = story.paragraphs[1:]
        assert not _twice_in_a_paragraph(body)
        for n in range(40):
            out, done = _edit_body(body, Donors([]), random.Random(n))
            repeats += done.count("repeat")
            assert not _twice_in_a_paragraph(out)
    assert repeats
    # a body of one paragraph: the sentence printed again as a line of its own, before or
    # after it
    paragraph = split_sentences(" ".join(stories[0].paragraphs[1:4]))
    for n in range(10):
        trial = [list(paragraph)]
        _place(trial, paragraph[n % len(paragraph)], random.Random(n))
        assert trial in (
            [paragraph, [paragraph[n % len(paragraph)]]],
            [[paragraph[n % len(paragraph)]], paragraph],
        )
