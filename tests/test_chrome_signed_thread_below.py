"""A readers' thread whose comments are each signed on a line below them ("Posted by: John at
December 18, 2025 05:48 PM"), the thread's heading ("Comments:") printed under it with the
comment form, none over it. No line of the thread is chrome by itself and the comments read as
prose, so the article's region ran on through them: two copies of one story, one of them
under this blog's chrome, differed by the thread. The page (``data/dumps/signed_thread_below.txt``):
a dev page of the syndication corpus, lines as printed: the chrome and thread of page 0452 of
the WCXB v1.0 development split (Murrough Foley, 2026, CC-BY-4.0: ``data/html/wcxb/LICENSE``)
around the story of page 0103 of the same split."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape.chrome.strip import classify_lines

_PAGE = (
    (Path(__file__).parent / "data" / "dumps" / "signed_thread_below.txt").read_text().splitlines()
)
_STORY_FIRST = next(k for k, ln in enumerate(_PAGE) if ln.startswith("MBA ranking reports"))
_TAGS = next(k for k, ln in enumerate(_PAGE) if ln.startswith("Tags: "))
_FORM = _PAGE.index("Post a comment")
_SIGNATURES = [k for k, ln in enumerate(_PAGE) if ln.startswith("Posted by: ")]


def test_the_page_is_as_described() -> None:
    assert _STORY_FIRST < _TAGS < _SIGNATURES[0] and _SIGNATURES[-1] == _FORM - 1
    assert len(_SIGNATURES) == 6
    # no comments heading over the thread: the only ones are the form's, under it
    assert not any(ln.startswith("Comment") for ln in _PAGE[_TAGS:_FORM])


def _dropped_thread(page: list[str]) -> None:
    verdicts = {v.lineno: v for v in classify_lines(page).verdicts}
    for k in range(_STORY_FIRST, _TAGS):
        assert verdicts[k].keep, page[k]
    for k in range(_TAGS + 1, _FORM):
        if k in verdicts:
            assert not verdicts[k].keep, page[k]
    # the thread is dropped as one: its comments and their signatures as the thread's lines
    assert verdicts[_SIGNATURES[0]].category == "comments"
    assert verdicts[_SIGNATURES[0] + 1].category == "comments"  # a comment of the thread
    assert verdicts[_TAGS + 2].category == "comments"  # the first comment, above every signature


def test_a_thread_signed_below_its_comments_is_dropped_the_story_kept() -> None:
    _dropped_thread(_PAGE)


@pytest.mark.parametrize(
    "signature",
    [
        "Publié par {name} le 18 décembre 2025 à 17h48",
        "Eingetragen von {name} am 18. Dezember 2025 um 17:48",
        "Escrito por {name} el 18 de diciembre de 2025 a las 17:48",
        "Pubblicato da {name} il 18 dicembre 2025 alle 17:48",
        "Geplaatst door {name} op 18 december 2025 om 17:48",
        "Posted by {name} | December 18, 2025 5:48 PM",
    ],
)
def test_signatures_of_other_languages_and_forms_sign_the_thread(signature: str) -> None:
    """The same page with its signatures in the words of another language (the lexicon's
    :data:`COMMENT_SIGNATURES`) or with a bar between the name and the date."""
    page = list(_PAGE)
    for k in _SIGNATURES:
        name = page[k].removeprefix("Posted by: ").split(" at ")[0]
        page[k] = signature.format(name=name)
    _dropped_thread(page)
