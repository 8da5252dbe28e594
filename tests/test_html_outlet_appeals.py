"""The outlet's fundraising appeal and its licence to republish, printed under the story of a
page without class names (``chrome/appeals.py``, the lexicon's ``APPEALS`` and
``LEGAL_NOTICES``)."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from cleanscrape import clean_html
from cleanscrape.text import decode_bytes

_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(_ROOT / "benchmarks"))

import old_markup  # noqa: E402

# WCXB dev page 0174 (a nonprofit newsroom's column), with class names and ids taken off as
# ``benchmarks/old_markup.py`` takes them off: under the story and its credit line, the
# newsroom's end-of-year fundraising appeal signed by its editor, then its republishing box (a
# Creative Commons licence and the terms to reprint the story). The gold ends at the credit.
_PAGE = _ROOT / "tests" / "data" / "html" / "wcxb" / "0174.html.gz"
_APPEAL = (
    "We’re in the midst of our end-of-year campaign, our most important fundraising effort of the "
    "year.",
    "If you believe stories like the one you just finished matter, please consider pitching in "
    "what you can.",
)
_LICENCE = (
    "This work is licensed under a Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 "
    "International License.",
    "We offer all nonexclusive stories under a noncommercial Creative Commons license.",
)


def _bare_page() -> tuple[str, str, str]:
    """The page without class names, its URL and its gold text."""
    raw = decode_bytes(gzip.decompress(_PAGE.read_bytes()), source="page", html=True).text
    gold = json.loads(_PAGE.with_suffix("").with_suffix(".json").read_text("utf-8"))
    return old_markup.variant(raw, "attributes"), gold["url"], gold["ground_truth"]["main_content"]


def test_fundraising_appeal_and_licence_under_the_story_leave_the_output() -> None:
    markup, url, gold = _bare_page()
    text = clean_html(markup, url=url).text
    for opening in _APPEAL + _LICENCE:
        assert opening not in gold  # the premise: the gold leaves them out
        assert opening not in text
    assert "Liz Willen" not in text.splitlines()  # the appeal's signature goes with it
    # the story stays, from its opening to its last paragraph (the gold is one line)
    assert gold[:80] in text
    assert "Instead of tutoring for the masses, Bhatt said researchers are turning" in gold
    assert "Instead of tutoring for the masses, Bhatt said researchers are turning" in text
