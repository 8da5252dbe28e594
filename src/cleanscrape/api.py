"""One-call functions for one document or a list of texts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .dedup import Comparison, DedupResult, compare_texts, find_duplicates
from .document import CleanResult, Document
from .options import CleanOptions
from .process import clean_document


def _options(options: CleanOptions | None, overrides: dict[str, Any]) -> CleanOptions:
    opts = options or CleanOptions()
    return opts.replace(**overrides) if overrides else opts


def _result(result: CleanResult | None) -> CleanResult:
    if result is None:  # raise_errors=True: a document without a result raised instead
        raise AssertionError("clean_document returned no result and raised no error")
    return result


def clean_text(
    text: str, *, url: str | None = None, options: CleanOptions | None = None, **overrides: Any
) -> CleanResult:
    """Clean a whole-page text dump.

    >>> r = clean_text("Title of the story\\n|\\nThe first paragraph of the story, long enough.")
    >>> r.title, [x.reason for x in r.removed]
    ('Title of the story', ['headline', 'separator'])
    """
    if not isinstance(text, str):
        raise TypeError(f"clean_text takes str, not {type(text).__name__}; decode bytes first")
    doc = Document(url or "<text>", text, kind="text", url=url)
    return _result(clean_document(doc, _options(options, overrides), raise_errors=True).result)


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    options: CleanOptions | None = None,
    **overrides: Any,
) -> CleanResult:
    """Clean an HTML page (``bytes`` are decoded with the page's declared charset or detection)."""
    doc = Document(url or "<html>", html, kind="html", url=url)
    return _result(clean_document(doc, _options(options, overrides), raise_errors=True).result)


def dedup(
    texts: Sequence[str],
    *,
    published: Sequence[str | None] | None = None,
    sites: Sequence[str | None] | None = None,
    whole_pages: Sequence[bool | None] | None = None,
    options: CleanOptions | None = None,
    **overrides: Any,
) -> DedupResult:
    """Find duplicates among clean texts: ``duplicate_of[i]`` is the index ``i`` duplicates.

    ``published`` (ISO dates, one per text) serves ``keep="newest"``; ``sites`` (the site of
    each text, ``None`` when not known) makes a text contained in another of its own site share
    their openings both ways (with ``containment``); ``whole_pages`` (whether the strip stage
    kept each page whole, its ``low_prose`` flag, ``None`` when not known) serves the rules of
    two pages of one site kept whole. ``published``, ``sites`` or ``whole_pages`` of another
    length than ``texts`` is a :class:`~cleanscrape.UsageError`.

    >>> dedup(["Mưa lớn ở Hà Nội.", "MƯA LỚN Ở HÀ NỘI!"], keep="newest",
    ...       published=["2024-05-01", "2024-05-02"]).duplicate_of
    [1, None]
    """
    opts = _options(options, overrides)
    return find_duplicates(
        list(texts), opts, published=published, sites=sites, whole_pages=whole_pages
    )


def compare(
    a: str,
    b: str,
    *,
    options: CleanOptions | None = None,
    sites: tuple[str | None, str | None] = (None, None),
    whole_pages: tuple[bool | None, bool | None] = (None, None),
    **overrides: Any,
) -> Comparison:
    """Why two clean texts are (or are not) duplicates, as the de-duplication judges them:
    body similarity, containment both ways, headline match and the lines that differ.
    ``sites`` and ``whole_pages`` (as :func:`dedup` takes them) give the verdict a batch
    gives two texts of those sites and pages.

    >>> body = "\\nMột hai ba bốn năm sáu bảy.\\nTám chín mười."
    >>> c = compare("Mưa lớn" + body, "Mưa to" + body)
    >>> c.relation, c.headline_match
    ('exact', False)
    >>> compare("Mưa lớn" + body, "Mưa to" + body, match="full").relation
    'different'
    """
    return compare_texts(a, b, _options(options, overrides), sites=sites, whole_pages=whole_pages)
