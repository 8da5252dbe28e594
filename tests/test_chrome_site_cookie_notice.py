"""A site's cookie notice that speaks of the site as its own ("Our website uses cookies to
improve its performance ...", "Notre site utilise des cookies ..."): the cookie prefixes held
"we use cookies" and "this website uses cookies", not the possessive form, so the notice read
as the story's first paragraph wherever no class name pruned its banner. The page: an AEB dev
opinion column (sputniknews.com) whose banner is a plain ``<p>`` at the top of the body, with
its class names taken off as older sites print them (``benchmarks/old_markup.py``,
``attributes``)."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import lxml.html
import pytest

from cleanscrape import clean_html
from cleanscrape.chrome.features import lexicon_categories, line_features
from cleanscrape.chrome.strip import classify_lines

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(os.environ.get("CLEANSCRAPE_BENCH_DATA", ROOT.parent / "shared" / "benchmarks"))
_NAME = "1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198"
_NOTICE = "Our website uses cookies to improve its performance and enhance your user experience."
#: the attributes a page without class names lacks (as ``old_markup.BARE``, with ``data-*`` and
#: ``aria-*``)
_BARE = frozenset({"class", "id", "role", "itemprop", "itemscope", "itemtype"})


def _page() -> tuple[bytes, str]:
    """The page's markup and its gold article text (skipped without the benchmark pages)."""
    path = BENCH / "aeb" / "html" / f"{_NAME}.html.gz"
    if not path.exists():
        pytest.skip(f"benchmark pages not found in {BENCH}")
    truth = json.loads((BENCH / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    return gzip.decompress(path.read_bytes()), truth[_NAME]["articleBody"]


def _bare(markup: bytes) -> str:
    """The page with every class, id, role, microdata, ``data-*`` and ``aria-*`` taken off."""
    doc = lxml.html.fromstring(markup.decode("utf-8"))
    for el in doc.iter():
        for name in list(el.attrib):
            if name in _BARE or name.startswith(("data-", "aria-")):
                del el.attrib[name]
    return lxml.html.tostring(doc, encoding="unicode")


def test_notice_without_class_names_is_dropped_and_the_column_kept() -> None:
    markup, gold = _page()
    assert _NOTICE.encode() in markup and "cookies" not in gold
    lines = clean_html(_bare(markup)).text.split("\n")
    assert not any(line.startswith(_NOTICE) for line in lines)
    paragraphs = [p for p in gold.split("\n") if p]
    assert paragraphs[0] in lines and paragraphs[-1] in lines


def test_notice_opening_a_dump_is_a_cookie_line() -> None:
    markup, gold = _page()
    notice = next(
        p.text_content().strip()
        for p in lxml.html.fromstring(markup.decode("utf-8")).iter("p")
        if p.text_content().strip().startswith(_NOTICE)
    )
    dump = [notice, *[p for p in gold.split("\n") if p][:6]]
    verdicts = classify_lines(dump).verdicts
    assert not verdicts[0].keep and verdicts[0].category == "cookie"
    assert all(v.keep for v in verdicts[1:])


@pytest.mark.parametrize(
    "line",
    [
        # the notice's opening in the wording banners use in other languages
        "Our site uses cookies to give you the best experience on our site.",
        "Unsere Website verwendet Cookies, um Ihnen den bestmöglichen Service zu bieten.",
        "Notre site utilise des cookies pour améliorer votre expérience de navigation.",
        "Nuestro sitio web utiliza cookies para mejorar su experiencia.",
        "Il nostro sito utilizza cookie per migliorare l'esperienza di navigazione.",
        "O nosso site utiliza cookies para melhorar a sua experiência.",
        "Onze website gebruikt cookies om uw ervaring te verbeteren.",
        "Nasza strona używa plików cookie w celu świadczenia usług.",
        "Наш сайт использует файлы cookie для улучшения работы.",
    ],
)
def test_notice_in_other_languages(line: str) -> None:
    assert lexicon_categories(line_features([line])) == ["cookie"]
