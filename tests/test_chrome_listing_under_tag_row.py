"""The outlet's listing of cards right under a short story's tag row ("Tags: ..."): each card a
date and a reading time, a headline, its summary and a link to the rest ("Read More"). The
dates under the row read as the story's own (a tag row in a story's head is followed by its
date), so the row did not close the story, and the region ran on through the first card: both
pages of one outlet kept that card's headline and summary as article text (and its date as the
story's), text the two different stories then shared. The pages
(``data/dumps/headline_lines_over_tags/``, provenance in its README): two dev pages of the
syndication corpus (seed 1213, short hard negatives) as printed, outlet 0306's chrome around two
stories, one of one paragraph and two headline-like lines, one of two paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape.chrome.strip import classify_lines

_DIR = Path(__file__).parent / "data" / "dumps" / "headline_lines_over_tags"
_FIRST_CARD = "Why OptiMantra Is the Best Medical Scheduling Software of 2026"


@pytest.mark.parametrize("name", ["story_lines.txt", "other_story.txt"])
def test_the_first_card_under_the_story_tag_row_is_dropped(name: str) -> None:
    lines = (_DIR / name).read_text().splitlines()
    row = next(k for k, ln in enumerate(lines) if ln.startswith("Tags: "))
    card = lines.index(_FIRST_CARD)
    assert lines[row + 1] == "December 19, 2025" and lines[row + 2] == "4 min read"
    assert card == row + 3 and lines[card + 2] == "Read More ➔"
    got = classify_lines(lines)
    verdicts = {v.lineno: v for v in got.verdicts}
    # the story's lines above its row, from the outlet's standard paragraph on, are kept
    own = range(row - 3, row)
    assert lines[own[0]].startswith("I get the text of these articles")
    for k in own:
        assert verdicts[k].keep, (verdicts[k].category, lines[k])
    # nothing under the row is the story's: the listing's first card neither
    kept_below = [lines[k] for k in range(row, len(lines)) if k in verdicts and verdicts[k].keep]
    assert kept_below == []
    # ... and its date is the card's, not the story's
    assert "published" not in got.metadata
