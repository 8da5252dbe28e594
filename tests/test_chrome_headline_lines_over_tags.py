"""A short story's own lines that read as headlines, between the outlet's paragraph and the
story's tag row ("Tags: ..."). A run of two title-case lines there was read as a box of related
links (``inline_link``), so the page kept its outlet's standard paragraph and the first card of
the listing under the row, which the site's other page keeps too, and ``--containment`` joined
two different stories of one outlet. A box of other stories' headlines comes after the tag row,
not between the story and its row. The pages (``data/dumps/headline_lines_over_tags/``): two
dev pages of the syndication corpus (seed 1213, short hard negatives) as printed, the chrome of
page 0306 of the WCXB v1.0 development split (Murrough Foley, 2026, CC-BY-4.0:
``data/html/wcxb/LICENSE``) around the first two paragraphs of the stories of pages 4458
(``story_lines.txt``) and 4339 (``other_story.txt``) of the same split under the outlet's
standard paragraph."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome.strip import classify_lines

_DIR = Path(__file__).parent / "data" / "dumps" / "headline_lines_over_tags"
_STORY = (_DIR / "story_lines.txt").read_text()
_OTHER = (_DIR / "other_story.txt").read_text()
_LINES = _STORY.splitlines()
_TAGS = next(k for k, ln in enumerate(_LINES) if ln.startswith("Tags: "))
_OWN = [_TAGS - 2, _TAGS - 1]


def test_story_lines_over_the_tag_row_are_kept_and_the_row_dropped() -> None:
    assert _LINES[_OWN[0]] == "Lean Startup Week Call for Proposals is Open Until July 31"
    assert _LINES[_OWN[1]] == _LINES[_OWN[0]] + " by Eric Ries"
    assert _LINES[_TAGS - 3].startswith("I get the text of these articles")  # the outlet's
    verdicts = {v.lineno: v for v in classify_lines(_LINES).verdicts}
    for k in [_TAGS - 3, *_OWN]:
        assert verdicts[k].keep, (verdicts[k].category, _LINES[k])
    assert not verdicts[_TAGS].keep and verdicts[_TAGS].category == "tags"


def test_two_stories_of_one_outlet_stay_apart_with_containment() -> None:
    docs = [Document("0306/4458.txt", _STORY), Document("0306/4339.txt", _OTHER)]
    batch = Pipeline(CleanOptions(containment=True)).run(docs)
    assert [r.status for r in batch.results] == ["kept", "kept"]
