"""A short story's lede is left out of its matching key when half an opening's words of body
follow it (``dedup.body.BODY_MIN_WORDS``): outlets rewrite and cut a short story's lede as they
do a long one's.

``data/dumps/short_story_cut_lede/``: two outlets' copies of one short story (a legal-aid
notice, 67 words after its lede) in a syndication draw (dev, ``--negative-paragraphs 2
--negative-words 150``). One outlet prints the lede cut ("The Corporation currently
provides…"), the other whole; with the lede in both keys the two keys differ in it and the
pair was missed at the default setting.

``data/dumps/standard_paragraph_short_stories/``: two different short stories of one outlet
under its standard paragraph (another draw of the same kind). Neither story is prose to the
body rule (list items, a line without a full stop), so with the lede left out both matching
keys are the outlet's paragraph alone: one key. They are kept apart by the rule of one site
that each text holds lines of its own outside the other (``own_lines_both``).
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import compare_texts
from cleanscrape.dedup.body import split_text

from .outlet_pages import clean_texts, read_pages, statuses

COPIES = read_pages("short_story_cut_lede", ("fact_check_outlet", "software_outlet"))
CUT_LEDE = "The Corporation currently provides…"
STORIES = read_pages("standard_paragraph_short_stories", ("marathon_plan", "festival"))


def test_the_cut_lede_and_the_whole_one_are_both_left_out_of_the_keys() -> None:
    cut, whole = clean_texts(COPIES, folders=True)
    assert cut.splitlines()[0].endswith(CUT_LEDE)
    assert CUT_LEDE not in whole
    parts = [split_text(text) for text in (cut, whole)]
    assert all(p.lede is not None and p.lede.startswith("LSC is an independent") for p in parts)
    assert 50 <= len(parts[0].body.split()) < 80
    assert parts[0].body.split() == parts[1].body.split()


def test_the_two_outlets_copies_are_joined_at_the_default_setting() -> None:
    # (each page under a folder of its own: two outlets, as the draw gives them)
    docs = [Document(f"{name}/{name}.txt", "\n".join(page)) for name, page in COPIES.items()]
    results = Pipeline(CleanOptions()).run(docs).results
    assert [r.status for r in results] == ["kept", "duplicate"]


def test_two_stories_under_the_outlets_paragraph_have_one_key_and_stay_apart() -> None:
    marathon, festival = clean_texts(STORIES, folders=False)
    assert split_text(marathon).body == split_text(festival).body
    assert split_text(marathon).body.startswith("As of October, Emirates had a fleet")
    c = compare_texts(marathon, festival, sites=("outlet", "outlet"))
    assert c.relation == "different"
    assert c.apart_because == "own_lines_both"
    assert statuses(STORIES) == [["kept", "kept"], ["kept", "kept"]]
