"""A short story's lede stays in its matching key (the body lines after it are under
``dedup.body.BODY_MIN_WORDS`` words), and outlets print such a lede in different forms: whole,
its first sentence alone, or cut short with "…".

``data/dumps/short_story_lede_forms/``: two outlets' copies of one short story (a blogger's
post in a monthly series, three paragraphs, some 75 words, the lede some 45 of them) in a
syndication draw (dev, ``--negative-paragraphs 2 --negative-words 150 --edited 1.0``). One
outlet prints the lede whole, the other its first sentence alone: the keys' Jaccard is 0.55
and the pair is missed at the default setting. A key that kept only a short story's lede's
first sentence joined them (0.94), and was measured and not kept (docs/benchmarks.md, "A
short story's lede by its first sentence"): the key then depends on where the first line
ends, which paragraph breaks and reordered sentences move; the miss is marked as expected.

``data/dumps/short_stories_standard_opening/``: three different stories of one outlet (a
draw of the same kind), each printed under the outlet's standard paragraph (71 words, the
first line of the article): two are short, so the paragraph is their lede and stays in their
keys; the third has more than half an opening's words of its own after it, which leave the
paragraph out of its key. A rule about short stories' ledes must keep the three apart.
"""

from __future__ import annotations

import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import compare_texts
from cleanscrape.dedup.body import split_text

from .outlet_pages import clean_texts, read_pages, statuses

COPIES = read_pages("short_story_lede_forms", ("whole_lede_outlet", "first_sentence_outlet"))
FIRST_SENTENCE = (
    "Every month I team up with my fellow “DIY Housewives” team of bloggers to bring you posts"
    " from each of our archives dedicated to a monthly theme."
)
STORIES = read_pages(
    "short_stories_standard_opening", ("vpn_notice", "introvert_business", "appliance_jobs")
)
STANDARD_FIRST = (
    "The only caveat to stuffing your retirement accounts to the brim when you're planning to"
    " retire early is the restrictions on withdrawals."
)


def test_each_key_holds_its_copys_form_of_the_lede() -> None:
    whole, first = clean_texts(COPIES, folders=True)
    assert whole.splitlines()[0].startswith(FIRST_SENTENCE + " This month, our theme")
    assert first.splitlines()[0] == FIRST_SENTENCE
    parts = [split_text(text) for text in (whole, first)]
    assert all(p.lede is None for p in parts)  # short: the lede is in the key
    assert parts[0].body.splitlines()[0] == whole.splitlines()[0]
    c = compare_texts(whole, first, sites=("a", "b"))
    assert 0.5 < c.similarity < 0.6


@pytest.mark.xfail(strict=True, reason="a short story's lede forms: no rule kept")
def test_the_two_outlets_copies_are_joined_at_the_default_setting() -> None:
    # (each page under a folder of its own: two outlets, as the draw gives them)
    docs = [Document(f"{name}/{name}.txt", "\n".join(page)) for name, page in COPIES.items()]
    results = Pipeline(CleanOptions()).run(docs).results
    assert [r.status for r in results] == ["kept", "duplicate"]


def test_stories_under_one_standard_paragraph_stay_apart() -> None:
    vpn, introvert, appliance = clean_texts(STORIES, folders=False)
    parts = [split_text(text) for text in (vpn, introvert, appliance)]
    # the two short ones keep the paragraph in their keys, the longer one leaves it out
    assert [p.body.startswith(STANDARD_FIRST) for p in parts] == [True, True, False]
    assert parts[2].lede is not None and parts[2].lede.startswith(STANDARD_FIRST)
    c = compare_texts(vpn, introvert, sites=("outlet", "outlet"))
    assert c.relation == "different"
    assert statuses(STORIES) == [["kept"] * 3, ["kept"] * 3]
