"""A story lost to the outlet's notices at the page's foot: the second half of a sentence the
page broke over two lines ("Blue Cross and Blue Shield of Oklahoma, a Division of Health Care
Service Corporation," over "a Mutual Legal Reserve Company, an Independent Licensee of ...")
read as a headline, because the notices under it repeat its words, so the region moved from the
story to the notices. The page (``data/dumps/broken_sentence_notices.txt``): an insurer's
community blog of a syndication draw (its menus, a short story of two paragraphs under the
outlet's standard opening paragraph, its footer menu, owner's statement, copyright line and
notices), lines as printed, the builder's tag row under the story left out."""

from __future__ import annotations

from pathlib import Path

from cleanscrape.chrome.lede_anchor import lede_candidates
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.chrome.strip import classify_lines

_PAGE = (
    (Path(__file__).parent / "data" / "dumps" / "broken_sentence_notices.txt")
    .read_text()
    .splitlines()
)
#: The story's two paragraphs (the lines under the outlet's standard opening paragraph).
_STORY = [_PAGE[67], _PAGE[68]]
_BROKEN = _PAGE[98]


def _kept(lines: list[str]) -> list[str]:
    return [v.text for v in classify_lines(lines).verdicts if v.keep]


def _candidates(lines: list[str]) -> list[str]:
    feats = page_lines(lines, None)
    tags = tag_lines(feats, diacritics=False)
    return [feats[i].text for i in lede_candidates(feats, tags, skip=set(), region=(0, 0))]


def test_the_page_is_as_described() -> None:
    assert _STORY[0].startswith("This shop has been compensated")
    assert _STORY[1].startswith("When you live in a state as beautiful as Colorado")
    assert _PAGE[97].endswith("a Division of Health Care Service Corporation,")
    assert _BROKEN.startswith("a Mutual Legal Reserve Company, an Independent Licensee")


def test_the_story_stays_when_a_broken_sentence_reads_as_a_headline() -> None:
    """The story's paragraphs are the page's article; the notices at the foot go."""
    kept = _kept(_PAGE)
    for line in _STORY:
        assert line in kept
    assert not any(line.startswith("Verint is an operating division") for line in kept)
    assert not any(line.startswith("You are leaving this website") for line in kept)


def test_the_rest_of_a_sentence_is_no_headline() -> None:
    """The line that carries on the sentence above it (a comma at that line's end, a small
    letter at its start) is no lede candidate; the same words under a line that ends without
    the comma are one, as before."""
    assert _BROKEN not in _candidates(_PAGE)
    assert _BROKEN in _candidates([ln.removesuffix(",") for ln in _PAGE])
