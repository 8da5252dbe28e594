"""Site templates learned across a batch: lines that recur on many pages of one site.

A line kept by the per-document strip stage is still chrome when it appears on most distinct
articles of the same site (a slogan, a newsletter blurb, a standard disclaimer). The site is the
URL's host when known, else the document's parent folder. Recurrence is counted over distinct
*articles*, not documents: copies of one article (re-crawls, the same file twice) count once,
so two copies never strip each other's body.
"""

from __future__ import annotations

import math
import posixpath
from collections import Counter
from urllib.parse import urlsplit

from ..document import CleanResult, DocResult, Removal
from ..options import CleanOptions
from .features import fold

SITE_TEMPLATE = "site_template"


def site_key(result: DocResult) -> str:
    """Host of the document's URL (without ``www.``), else its parent folder."""
    url = result.url or (result.result.metadata.get("url") if result.result else None)
    if isinstance(url, str) and url:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        if host:
            return host.removeprefix("www.")
    return "folder:" + posixpath.dirname(result.id.replace("\\", "/"))


def _article_key(keys: list[str]) -> str:
    """Identity of an article: its longest line (copies of one article share it)."""
    return max(keys, key=lambda k: (len(k), k), default="")[:300]


def apply_site_templates(results: list[DocResult], options: CleanOptions) -> int:
    """Drop lines shared by most articles of a site; returns the number of lines removed.

    A line is template when it occurs in at least ``template_min_pages`` distinct articles of
    the site and in at least ``template_min_share`` of them. Each removed line gets a
    :class:`~cleanscrape.document.Removal` with reason ``site_template``. A document that
    would be left with less than ``min_kept_ratio`` of its text keeps it.
    """
    if not options.site_templates:
        return 0
    sites: dict[str, list[tuple[CleanResult, list[str], list[str]]]] = {}
    for r in results:
        if r.status != "kept" or r.result is None or not r.result.text:
            continue
        lines = r.result.text.split("\n")
        keys = [fold(ln) for ln in lines]
        sites.setdefault(site_key(r), []).append((r.result, lines, keys))
    removed_total = 0
    for docs in sites.values():
        articles: dict[str, set[str]] = {}
        for _r, _lines, keys in docs:
            articles.setdefault(_article_key(keys), set()).update(k for k in keys if k)
        n = len(articles)
        if n < options.template_min_pages:
            continue
        need = max(options.template_min_pages, math.ceil(options.template_min_share * n))
        counts = Counter(k for ks in articles.values() for k in ks)
        template = {k for k, c in counts.items() if c >= need}
        if not template:
            continue
        for result, lines, keys in docs:
            drop = [k in template for k in keys]
            if not any(drop):
                continue
            kept = [ln for ln, d in zip(lines, drop, strict=True) if not d]
            if sum(map(len, kept)) < options.min_kept_ratio * sum(map(len, lines)):
                continue
            result.removed.extend(
                Removal(SITE_TEMPLATE, ln) for ln, d in zip(lines, drop, strict=True) if d
            )
            result.text = "\n".join(kept)
            removed_total += len(lines) - len(kept)
    return removed_total
