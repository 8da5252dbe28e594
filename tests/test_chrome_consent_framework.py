"""The consent framework's panel, printed the same on every site that uses it: its notice with
the count of partners ("We and our 100 partners store and/or access information on a device
..."), its purposes run together on one line and its list of vendors. The cookie prefixes
hold "we and our partners", a phrase without a figure, so the notice and the purposes read as
prose: on a page whose short story the strip stage took for chrome, they were kept as the
article, and two different stories of one outlet matched on them. The page
(``data/dumps/consent_framework_short_story.txt``): a dev page of the syndication corpus, lines
as printed: the chrome of page 4030 of the WCXB v1.0 development split (Murrough Foley, 2026,
CC-BY-4.0: ``data/html/wcxb/LICENSE``) around the short story of page 0368 of the same split."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape.chrome.features import lexicon_categories, line_features
from cleanscrape.chrome.strip import classify_lines

_PAGE = (
    (Path(__file__).parent / "data" / "dumps" / "consent_framework_short_story.txt")
    .read_text()
    .splitlines()
)
_NOTICE = next(k for k, ln in enumerate(_PAGE) if ln.startswith("We and our 100 partners"))
_PURPOSES = next(k for k, ln in enumerate(_PAGE) if ln.startswith("Store and/or access"))
_STORY = [k for k, ln in enumerate(_PAGE) if ln.startswith(("Is weight loss", "UC Davis Health"))]


def test_the_page_is_as_described() -> None:
    assert _PAGE[_PURPOSES].endswith("List of Partners (vendors)")
    assert len(_STORY) == 2 and _STORY[-1] < _NOTICE < _PURPOSES


def test_panel_is_dropped_as_consent_and_the_story_kept() -> None:
    verdicts = {v.lineno: v for v in classify_lines(_PAGE).verdicts}
    for k in (_NOTICE, _PURPOSES):
        assert not verdicts[k].keep and verdicts[k].category == "cookie", _PAGE[k]
    for k in _STORY:
        assert verdicts[k].keep, _PAGE[k]


@pytest.mark.parametrize(
    "line",
    [
        # the notice's opening as the framework publishes it in other languages
        "Nous et nos 842 partenaires stockons et/ou accédons à des informations ...",
        "Wir und unsere 842 Partner speichern und/oder greifen auf Informationen ...",
    ],
)
def test_notice_with_a_count_of_partners_in_other_languages(line: str) -> None:
    assert lexicon_categories(line_features([line])) == ["cookie"]
