"""Page metadata from a parsed HTML page: title, author, date, site name, canonical URL, language.

Sources, strongest first: JSON-LD (``NewsArticle``, ``Article``, ``BlogPosting`` ...), OpenGraph
and article ``<meta>`` tags, Dublin Core / generic ``<meta name>`` tags, ``<link rel=canonical>``,
``<html lang>``, then the page itself (``<title>``, the first ``<h1>``, ``<time datetime>``).
When no date is declared, htmldate looks at the page (its quick mode). The page's one ``<h1>``
inside an ``<article>`` that rewords the title (an SEO or social title) is the title.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from .. import lexicon as lx
from ..lexicon.folding import fold

# <meta property|name|itemprop> keys by field, in order of trust.
_META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("og:title", "twitter:title", "dc.title", "title", "headline", "sailthru.title"),
    "author": (
        "author",
        "article:author",
        "dc.creator",
        "byl",
        "sailthru.author",
        "parsely-author",
        "cxenseparse:author",
        "twitter:creator",
    ),
    "published": (
        "article:published_time",
        "datepublished",
        "og:published_time",
        "publishdate",
        "publish-date",
        "pubdate",
        "date",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
        "article.published",
        "published_time",
    ),
    "sitename": ("og:site_name", "application-name", "twitter:site", "publisher"),
    "canonical": ("og:url", "twitter:url"),
    "language": ("og:locale", "content-language", "dc.language", "language"),
    "description": ("og:description", "description", "twitter:description", "dc.description"),
}
_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
     "opinionnewsarticle", "webpage", "techarticle", "scholarlyarticle", "report",
     "liveblogposting"}
)  # fmt: skip
_SPACE = re.compile(r"\s+")
#: Separators of a site name or section in a title: a mark between spaces, or the full-width
#: bar of Chinese and Japanese titles with or without them ("見出し｜サイト名").
_TITLE_SEP = re.compile(r"\s+[|\-–—:·•»]\s+|\s*｜\s*")
#: The same separators, kept by :func:`re.split` (the title is put back together with its own).
_TITLE_SEP_KEPT = re.compile(f"({_TITLE_SEP.pattern})")
#: Labels of a host name that name no site: a prefix and the second levels of country domains
#: (:data:`lexicon.HOST_LABELS`).
_HOST_WORDS: frozenset[str] = lx.phrases(lx.HOST_LABELS)
#: A part of the title that starts with the site's name is the site when it adds at most this
#: many words ("Paycom Blog", "VCA Animal Hospitals" for the site "Vca").
_SITE_EXTRA_WORDS = 2
#: A part of the title and a label of the host, spaces set aside, name one site when one starts
#: with the other and the shorter has at least this many characters and this share of the longer.
_HOST_MIN_CHARS = 5
_HOST_MIN_SHARE = 0.6
_GLOSS = re.compile(r"\s*[()]\s*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: JSON-LD blocks larger than this are not parsed (product catalogues, not article metadata).
_MAX_JSONLD = 500_000


def _clean(value: Any) -> str | None:
    """Value with spaces collapsed and entities left escaped twice (``&quot;``) decoded."""
    if not isinstance(value, str):
        return None
    if "&" in value:
        value = html.unescape(value)
    text = _SPACE.sub(" ", value).strip()
    return text or None


def _usable(field_name: str, value: str) -> bool:
    """``article:author`` is often a profile URL, not a name."""
    return not (field_name == "author" and value.startswith(("http://", "https://", "@")))


#: The tags whose elements :func:`page_metadata` reads (and the HTML path its headings,
#: :func:`.extract.page_headings`), gathered in one walk of the tree: a walk of a page's
#: elements costs as much whatever few of them it gives.
READ_TAGS = ("meta", "script", "link", "title", "h1", "time")


def page_elements(tree: lxml_html.HtmlElement) -> dict[str, list[lxml_html.HtmlElement]]:
    """The elements of each tag of :data:`READ_TAGS` in ``tree``, in document order."""
    found: dict[str, list[lxml_html.HtmlElement]] = {tag: [] for tag in READ_TAGS}
    for el in tree.iter(*READ_TAGS):
        found[el.tag].append(el)
    return found


def _meta_tags(metas: list[lxml_html.HtmlElement]) -> dict[str, str]:
    """The content of each ``<meta>`` key, the first one with content winning."""
    found: dict[str, str] = {}
    for el in metas:
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        if not key:
            continue
        key = key.strip().lower()
        if key in found:
            continue  # (an earlier one won: this content is left unread)
        content = _clean(el.get("content"))
        if content:
            found[key] = content
    return found


def _names(value: Any) -> list[str]:
    """Author-ish JSON-LD values: a string, ``{"name": ...}`` or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def _jsonld_objects(scripts: list[lxml_html.HtmlElement]) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in scripts:
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > _MAX_JSONLD:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue  # broken JSON-LD is common; the <meta> tags still count
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return objects


def _jsonld_fields(scripts: list[lxml_html.HtmlElement]) -> dict[str, str]:
    out: dict[str, str] = {}
    for obj in _jsonld_objects(scripts):
        types = obj.get("@type")
        names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
        kinds = {str(t).lower() for t in names}
        if kinds & _ARTICLE_TYPES:
            for key, field in (("headline", "title"), ("name", "title")):
                value = _clean(obj.get(key))
                if value and field not in out:
                    out[field] = value
            authors = [a for a in (_clean(n) for n in _names(obj.get("author"))) if a]
            if authors and "author" not in out:
                out["author"] = "; ".join(dict.fromkeys(authors))
            date = _clean(obj.get("datePublished")) or _clean(obj.get("dateCreated"))
            if date and "published" not in out:
                out["published"] = date
            publisher = _names(obj.get("publisher"))
            if publisher and _clean(publisher[0]) and "sitename" not in out:
                out["sitename"] = _clean(publisher[0]) or ""
            lang = _clean(obj.get("inLanguage"))
            if lang and "language" not in out:
                out["language"] = lang
        elif "website" in kinds or "organization" in kinds or "newsmediaorganization" in kinds:
            name = _clean(obj.get("name"))
            if name:
                out.setdefault("_site", name)
    return out


def heading_text(el: lxml_html.HtmlElement) -> str:
    """The text of a heading element with each ``<br>`` read as a space: a headline set on two
    lines ("Alternatives<br>Top 5 ...") is one line of words, where ``text_content`` runs the
    two together ("AlternativesTop 5 ...")."""
    if el.find(".//br") is None:
        return str(el.text_content())
    parts: list[str] = []
    _heading_parts(el, parts)
    return "".join(parts)


def _heading_parts(node: lxml_html.HtmlElement, parts: list[str]) -> None:
    if node.tag == "br":
        parts.append(" ")
    elif isinstance(node.tag, str) and node.text:
        parts.append(node.text)  # (a comment's or an instruction's text is no heading's)
    for child in node:
        _heading_parts(child, parts)
        if child.tail:
            parts.append(child.tail)


def _first_text(elements: list[lxml_html.HtmlElement]) -> str | None:
    for el in elements:
        text = _clean(heading_text(el))
        if text:
            return text
    return None


def _heading_of(heading: str, title: str) -> bool:
    """``title`` is ``heading``, or ``heading`` and a site name or section cut off at a
    separator of :data:`_TITLE_SEP` on either side, once case, quotes and punctuation are set
    aside (a heading printed with an en dash, typographic quotes or a final period)."""
    folded = fold(heading)
    if not folded:
        return False
    parts = _TITLE_SEP.split(title)
    ends = [parts[:n] for n in range(1, len(parts) + 1)] + [parts[n:] for n in range(1, len(parts))]
    return any(fold(" ".join(end)) == folded for end in ends)


@dataclass(frozen=True, slots=True)
class SiteNames:
    """What a page says its site is called, folded (:func:`.fold`): its declared names
    (``og:site_name``, ``application-name``, ``twitter:site``, the JSON-LD publisher, web site
    or organization) and the labels of its host names (of the URL, the canonical URL and
    ``og:url``: ``e.vnexpress.net`` gives ``vnexpress``), spaces set aside."""

    names: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()

    def named(self, text: str, *, exact: bool = False) -> bool:
        """``text`` (a part of a title, a heading) is the site's name, by what the page says:
        a declared name or a label of its host, spaces set aside ("Bold.org" on bold.org).
        Unless ``exact``, also three words or more whose initials are a label of the host
        ("Farm Bureau Financial Services" on fbfs.com), a declared name or a host label with
        at most :data:`_SITE_EXTRA_WORDS` words added ("Paycom Blog", "Giordano's Catering" on
        giordanos.com), the start of a declared name in two words or more, and the start or
        end of a host label (:data:`_HOST_MIN_CHARS`, :data:`_HOST_MIN_SHARE`: "Encore
        Realty" on encorerealtysc.com, "LoadUp" on goloadup.com)."""
        folded = fold(text)
        if not folded:
            return False
        words = folded.split()
        joined = "".join(words)
        if folded in self.names or joined in self.hosts:
            return True
        if exact:
            return False
        if len(words) >= 3 and "".join(w[0] for w in words) in self.hosts:
            return True
        for name in self.names:
            if len(words) > 1 and name.startswith(folded + " "):
                return True
            if (
                folded.startswith(name + " ")
                and len(words) - len(name.split()) <= _SITE_EXTRA_WORDS
            ):
                return True
        heads = {
            "".join(words[:n]) for n in range(max(1, len(words) - _SITE_EXTRA_WORDS), len(words))
        }
        for host in self.hosts:
            if host in heads:
                return True
            near = len(joined) >= max(_HOST_MIN_CHARS, _HOST_MIN_SHARE * len(host))
            if near and (host.startswith(joined) or host.endswith(joined)):
                return True
        return False


def site_names(declared: list[str], urls: list[str], titles: list[str]) -> SiteNames:
    """:class:`SiteNames` of a page's ``declared`` site names and its ``urls``; a declared name
    that is one of the page's ``titles`` (a web site named for the article) proves nothing."""
    # (a name with a gloss in brackets counts with and without it: "VSI® (Virginia Spine
    # Institute)" names "VSI®" and "Virginia Spine Institute")
    forms = [part for n in declared for part in (n, *_GLOSS.split(n))]
    names = {fold(n.lstrip("@")) for n in forms} - {""} - {fold(t) for t in titles}
    hosts: set[str] = set()
    for page_url in urls:
        host = (urlsplit(page_url).hostname or "").lower()
        labels = [x for x in host.split(".")[:-1] if x not in _HOST_WORDS]
        if labels:
            hosts.add(fold(host.removeprefix("www.")).replace(" ", ""))  # "bold.org": "boldorg"
            hosts.update(fold(x).replace(" ", "") for x in labels)
    hosts.discard("")
    return SiteNames(tuple(sorted(names)), tuple(sorted(hosts)))


def cut_site(title: str, sites: SiteNames) -> str:
    """``title`` without its parts at either end, cut at separators of :data:`_TITLE_SEP`, that
    :meth:`SiteNames.named` proves to be the site's name (a name may hold a separator of its
    own: "Stacy Blackman Consulting - MBA Admissions Consulting"; a part in front only when it
    is the name exactly); the title's other separators (a headline's own " - ") and its other
    parts stay."""
    pieces = _TITLE_SEP_KEPT.split(title)  # part, separator, part, ...
    cut = True
    while cut and len(pieces) > 1:
        cut = False
        for end in range(len(pieces) - 2, 0, -2):  # the shortest end first
            if sites.named("".join(pieces[end + 1 :])):
                pieces, cut = pieces[:end], True
                break
        else:
            for start in range(1, len(pieces) - 1, 2):
                if sites.named("".join(pieces[:start]), exact=True):
                    pieces, cut = pieces[start + 1 :], True
                    break
    return "".join(pieces)


def title_heads(title: str) -> list[str]:
    """``title`` cut after each of its separators (:data:`_TITLE_SEP`) but the last parts:
    "A - B | C" gives "A" and "A - B", the forms of its headline when the rest is a site's
    name or section."""
    pieces = _TITLE_SEP_KEPT.split(title)  # part, separator, part, ...
    return ["".join(pieces[:end]) for end in range(1, len(pieces) - 1, 2)]


def _title_from_page(
    elements: dict[str, list[lxml_html.HtmlElement]], sites: SiteNames
) -> tuple[str | None, bool]:
    """The first ``<h1>`` that is not the site's name (a logo printed as a heading) when the
    ``<title>`` contains it or is it beside a site name (:func:`_heading_of`), else the
    ``<title>`` without the parts proven to be the site's name (:func:`cut_site`); and whether
    it is that heading."""
    head_title = _first_text(elements["title"])
    h1 = next(
        (
            t
            for t in (_clean(heading_text(el)) for el in elements["h1"])
            if t and not sites.named(t, exact=True)
        ),
        None,
    )
    if h1 and (head_title is None or h1 in head_title or _heading_of(h1, head_title)):
        # (the title's own " - " is not cut as a site separator when the heading spans it)
        return h1, True
    if head_title:
        return cut_site(head_title, sites), False
    return h1, h1 is not None


#: Ancestors of an ``<h1>`` that make it no article's headline: the page's menus, a link, a
#: side column, the footer.
_NOT_HEADLINE = frozenset({"nav", "a", "aside", "footer"})
#: A word an ``<h1>`` shares with the title counts when it has at least this many characters
#: (not "the", "for", "you": a teaser's heading shares those with any title).
_SHARED_MIN_CHARS = 4


def _article_heading(h1s: list[lxml_html.HtmlElement], sites: SiteNames, title: str) -> str | None:
    """The text of the page's one ``<h1>`` that is not the site's name (``h1s``: its ``<h1>``
    elements), when the markup makes it the article's headline, inside an ``<article>`` and
    not in a menu, a link, a side column or the footer, and it rewords ``title``: worded
    otherwise (nor ``title`` after a date or a kicker) but sharing a word of
    :data:`_SHARED_MIN_CHARS` characters or more with it. An SEO or social title often rewords
    the headline the article shows."""
    texts = [(el, t) for el in h1s if (t := _clean(heading_text(el)))]
    found = [(el, t) for el, t in texts if not sites.named(t, exact=True)]
    if len(found) != 1:
        return None
    el, text = found[0]
    above = {a.tag for a in el.iterancestors()}
    if "article" not in above or not above.isdisjoint(_NOT_HEADLINE):
        return None
    heading, folded = fold(text), fold(title)
    if heading == folded or heading.endswith(" " + folded):
        return None
    shared = set(heading.split()) & set(folded.split())
    return text if any(len(w) >= _SHARED_MIN_CHARS for w in shared) else None


def _canonical(links: list[lxml_html.HtmlElement], base: str | None) -> str | None:
    for link in links:
        if "canonical" not in (link.get("rel") or "").lower().split():
            continue  # (the href of every other link is left unread)
        href = _clean(link.get("href"))
        if href:
            return urljoin(base, href) if base else href
    return None


def _language(tree: lxml_html.HtmlElement) -> str | None:
    lang = _clean(tree.get("lang")) or _clean(tree.get("xml:lang"))
    return lang


def _normalise_date(value: str) -> str | None:
    """Keep the ISO day of a declared date (``2020-01-31T10:00:00Z`` -> ``2020-01-31``)."""
    match = _DATE.search(value)
    return match.group(0) if match else None


def _page_date(tree: lxml_html.HtmlElement, times: list[lxml_html.HtmlElement]) -> str | None:
    """The day of the first ``<time datetime>`` of the page (``times``, its ``<time>``
    elements), else htmldate's date of ``tree``."""
    for el in times:
        stamp = el.get("datetime")
        if stamp:
            day = _normalise_date(stamp)
            if day:
                return day
    from htmldate import find_date

    found = find_date(tree, extensive_search=False, original_date=True, deferred_url_extractor=True)
    return str(found) if found else None


def page_metadata(
    tree: lxml_html.HtmlElement,
    *,
    url: str | None = None,
    elements: dict[str, list[lxml_html.HtmlElement]] | None = None,
) -> dict[str, str]:
    """Metadata of a parsed page (``tree`` is only read; ``elements`` its
    :func:`page_elements` when the caller has them).

    Keys, when found: ``title``, ``author``, ``published`` (``YYYY-MM-DD``), ``sitename``,
    ``canonical`` (absolute URL), ``url`` (``url`` if given, else the canonical URL),
    ``hostname``, ``language`` and ``description``.
    """
    if elements is None:
        elements = page_elements(tree)
    meta = _meta_tags(elements["meta"])
    ld = _jsonld_fields(elements["script"])
    out: dict[str, str] = {}
    for field_name, keys in _META_KEYS.items():
        value = ld.get(field_name)
        if not value:
            value = next(
                (meta[k] for k in keys if k in meta and _usable(field_name, meta[k])), None
            )
        if value:
            out[field_name] = value
    linked = _canonical(elements["link"], url)
    urls = [u for u in (url, linked, out.get("canonical")) if u]
    titles = [t for t in (out.get("title"), _first_text(elements["title"])) if t]
    declared_sites = [meta[k] for k in _META_KEYS["sitename"] if k in meta]
    declared_sites += [ld[k] for k in ("sitename", "_site") if k in ld]
    sites = site_names(declared_sites, urls, titles)
    page_title, heading = _title_from_page(elements, sites)
    declared = out.get("title")
    if declared and sites.named(declared, exact=True):
        declared = None  # (a social title that is the site's name)
    if page_title and (
        not declared
        or (heading and page_title in declared)
        or (_heading_of(page_title, declared) and fold(page_title) != fold(declared))
    ):
        # the page's own heading beats a declared title that only adds the site name (also
        # when the two print a dash, a quote or a final period differently)
        out["title"] = page_title
    elif declared:
        # (a declared title, longer than the page's <title> cut of its site's name, is kept
        # whole but for the site's name it ends with: "... | Site")
        out["title"] = cut_site(declared, sites)
    if out.get("title"):
        out["title"] = _article_heading(elements["h1"], sites, out["title"]) or out["title"]
    if "sitename" not in out and ld.get("_site"):
        out["sitename"] = ld["_site"]
    if out.get("sitename", "").startswith("@"):
        out["sitename"] = out["sitename"][1:]
    canonical = linked or out.pop("canonical", None)
    out.pop("canonical", None)
    if canonical:
        out["canonical"] = canonical
    published = _normalise_date(out["published"]) if out.get("published") else None
    if published is None:
        published = _page_date(tree, elements["time"])
    if published:
        out["published"] = published
    else:
        out.pop("published", None)
    if "language" not in out or "_" in out.get("language", ""):
        lang = _language(tree)
        if lang:
            out["language"] = lang
    if "language" in out:
        out["language"] = out["language"].replace("_", "-")
    page_url = url or canonical
    if page_url:
        out["url"] = page_url
        host = urlsplit(page_url).hostname
        if host:
            out["hostname"] = host
    if out.get("author") and out["author"].startswith("@"):
        del out["author"]  # a social handle (twitter:creator), not a byline
    return out
