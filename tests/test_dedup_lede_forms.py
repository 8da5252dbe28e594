"""A short story's matching key keeps its lede's first sentence, and of a lede cut with an
ellipsis its words before the cut (``dedup.body.lede_kept_words``): outlets print a short
story's lede whole, as its first sentence alone or cut short, and a short story's lede stays in
its key (the body lines after it are under ``dedup.body.BODY_MIN_WORDS`` words).

``data/dumps/short_story_lede_forms/``: two outlets' copies of one short story (a blogger's
post in a monthly series, three paragraphs, some 75 words, the lede some 45 of them) in a
syndication draw (dev, ``--negative-paragraphs 2 --negative-words 150 --edited 1.0``). One
outlet prints the lede whole, the other its first sentence alone; with the whole lede in one
key and its first sentence in the other the keys' Jaccard was 0.55 and the pair was missed at
the default setting.

``data/dumps/short_stories_standard_opening/``: three different stories of one outlet (a
draw of the same kind), each printed under the outlet's standard paragraph (71 words, the
first line of the article): two of them are short, so the paragraph is their lede kept in
the key, and now its first sentence alone; the third has more than an opening's half of its
own words after the paragraph, which is then left out of its key.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import compare_texts
from cleanscrape.dedup.body import lede_kept_words, split_text

from .outlet_pages import read_pages, statuses

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


def _clean(pages: dict[str, list[str]], folders: bool) -> list[str]:
    """Each page's clean text in one batch without the dedup stage; ``folders``: each page
    under a folder of its own (two outlets), else all under one (one outlet)."""
    docs = [
        Document(f"{name if folders else 'outlet'}/{name}.txt", "\n".join(page))
        for name, page in pages.items()
    ]
    return [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]


def test_both_keys_keep_the_ledes_first_sentence() -> None:
    whole, first = _clean(COPIES, folders=True)
    assert whole.splitlines()[0].startswith(FIRST_SENTENCE + " This month, our theme")
    assert first.splitlines()[0] == FIRST_SENTENCE
    parts = [split_text(text) for text in (whole, first)]
    assert all(p.lede is None and p.body.startswith(FIRST_SENTENCE + "\n") for p in parts)


def test_the_two_outlets_copies_are_joined_at_the_default_setting() -> None:
    # (each page under a folder of its own: two outlets, as the draw gives them)
    docs = [Document(f"{name}/{name}.txt", "\n".join(page)) for name, page in COPIES.items()]
    results = Pipeline(CleanOptions()).run(docs).results
    assert [r.status for r in results] == ["kept", "duplicate"]
    whole, first = _clean(COPIES, folders=True)
    c = compare_texts(whole, first, sites=("a", "b"))
    assert c.relation == "near"
    assert c.similarity >= 0.8


def test_the_forms_of_a_lede_keep_its_first_words() -> None:
    lede = FIRST_SENTENCE + " This month, our theme is DIY woodworking projects."
    kept = len(FIRST_SENTENCE.split())
    assert lede_kept_words(lede) == lede_kept_words(FIRST_SENTENCE + " This…") == kept
    assert lede_kept_words(FIRST_SENTENCE) is None  # one sentence: all of it
    cut = " ".join(FIRST_SENTENCE.split()[:12])  # cut inside the first sentence
    assert lede_kept_words(cut + "…") == lede_kept_words(cut + " ...") == 11


def test_stories_under_one_standard_paragraph_stay_apart() -> None:
    vpn, introvert, appliance = _clean(STORIES, folders=False)
    parts = [split_text(text) for text in (vpn, introvert, appliance)]
    # the two short ones keep the paragraph's first sentence, the longer one leaves it out
    assert [p.body.startswith(STANDARD_FIRST + "\n") for p in parts] == [True, True, False]
    assert parts[2].lede is not None and parts[2].lede.startswith(STANDARD_FIRST)
    c = compare_texts(vpn, introvert, sites=("outlet", "outlet"))
    assert c.relation == "different"
    assert c.similarity < 0.5
    assert statuses(STORIES) == [["kept"] * 3, ["kept"] * 3]
