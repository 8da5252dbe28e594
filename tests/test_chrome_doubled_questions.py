"""A story's questions and answers printed twice in a row: the first copy is the story's FAQ.

The page (``data/dumps/faq_printed_twice.txt``, a WCXB dev page as html-text dumps it, lines
as printed): a router maker's guide to mesh WiFi ends with an FAQ of six questions, each over
its answer, and the page prints the FAQ again right under it (its accordion and a copy laid
out for another screen). Every line of it repeats, so the answers weighed against the region
as a copy's do, and both copies went with the page's tail as ``teaser``. A run of three
questions or more, each over an answer, written again in the same order right under itself,
is the story's own: its first copy weighs as prose, the second as a copy.
"""

from __future__ import annotations

from pathlib import Path

from cleanscrape.chrome import features, regions
from cleanscrape.chrome.strip import classify_lines

_PAGE = (
    (Path(__file__).parent / "data" / "dumps" / "faq_printed_twice.txt")
    .read_text(encoding="utf-8")
    .splitlines()
)
#: The FAQ's label, its first copy (six questions, each over its answer: the page's lines
#: between them are blank), its second copy.
_LABEL, _FIRST, _SECOND = 159, range(161, 184, 2), range(185, 208, 2)


def _page_as_described() -> None:
    assert _PAGE[_LABEL] == "FAQ's"
    assert _PAGE[_FIRST[0]] == "What is mesh WiFi?"
    assert [_PAGE[k] for k in _FIRST] == [_PAGE[k] for k in _SECOND]
    assert sum(_PAGE[k].endswith("?") for k in _FIRST) == 6


def test_the_first_copy_of_the_faq_is_the_body() -> None:
    """The FAQ's questions and answers are kept once, with the guide's text above them; the
    copy under them, the share row and the related stories are not."""
    _page_as_described()
    kept = [v.lineno for v in classify_lines(_PAGE).verdicts if v.keep]
    assert set(_FIRST) <= set(kept)
    assert not set(_SECOND) & set(kept)
    assert _PAGE[max(kept)] == _PAGE[_FIRST[-1]]


def test_questions_written_twice_apart_are_no_doubled_run() -> None:
    """The same questions, the copy not right under the first (a line of the page between
    them), are no run printed twice; nor are two questions printed twice."""
    feats = features.line_features(_PAGE)
    assert regions.doubled_questions(feats) == set(_FIRST)
    page = [*_PAGE[: _SECOND[0]], "Related Stories", *_PAGE[_SECOND[0] :]]
    assert regions.doubled_questions(features.line_features(page)) == set()
    page = _PAGE[: _FIRST[0]] + _PAGE[_FIRST[0] : _FIRST[2]] * 2 + _PAGE[_SECOND[-1] + 2 :]
    assert regions.doubled_questions(features.line_features(page)) == set()
