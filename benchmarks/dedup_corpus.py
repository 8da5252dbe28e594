"""Near-duplicate corpora for ``benchmarks/dedup.py``, built from real benchmark text.

* Bodies: the gold article text of the AEB (``articleBody``) and WCXB (``main_content``) pages,
  plus the two Vietnamese seed articles whose line ranges are known.
* Chrome: for each benchmark page, the lines of its whole-page text dump (html-text) that are
  not article text, before the first and after the last article line; plus the seeds'
  non-article lines. Each source page is one "site".
* Copies: an original body and edited copies (identical re-crawl, NFD, old/new tone placement,
  Ð for Đ, curly quotes, a sentence added, a sentence removed, truncated, retitled, heavily cut),
  each wrapped in a randomly chosen site's chrome, so copies carry different chrome and unrelated
  articles share chrome.
* Ground truth: exact Jaccard of the word 5-shingle sets of the bodies' matching keys (the
  bodies as written, before wrapping); pairs at or above the threshold, closed transitively.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import combinations

from cleanscrape.dedup import matching_key, shingles
from common import SEEDS, aeb_pages, html_to_dump, split_of, wcxb_pages

#: Lines next to the article on each side that are dropped from a page's chrome.
_ADJACENT = 3
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
#: A break after one of these is inside a sentence: an abbreviation ("et al.", "vs.", "Dr."),
#: a title before a name ("Gov. Kristi Noem", "Lt. Col."), an initial ("S."), or a break
#: before a word in lower case ("Inc. and its").
_NO_BREAK_BEFORE = re.compile(
    r"(?:\bet al|\b(?:vs|Dr|Mr|Mrs|Ms|Prof|St|No|Fig|cf|approx|e\.g|i\.e"
    r"|Gov|Rep|Sen|Gen|Lt|Col|Capt|Sgt|Rt|Hon|Mt)|(?<![\w.])[A-Z])\.$"
)
_LOWER_START = re.compile(r"^[a-z]")
#: A month's abbreviation before a day ("on Sept. 30 that", "scheduled for Feb. 14.").
_MONTH_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
_DIGIT_START = re.compile(r"^\d")
#: An abbreviation of letters each followed by a dot ("U.S.", "D.C.", "J.D.", "a.m.", "z.B."):
#: it ends a sentence only before a word that opens one (a pronoun, an article, a conjunction,
#: a preposition: "in the U.S. It is also ..."), not before a name or a noun ("the U.S.
#: Securities and Exchange Commission", "J.D. Power", "Washington, D.C. Itinerary").
_DOTTED_CAPITALS_END = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}$")
_SENTENCE_OPENER = re.compile(
    r"^[\"“‘(]?(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their"
    r"|Our|My|Your|There|Here|In|On|At|By|For|From|With|To|Of|As|After|Before|But|And|Or|So"
    r"|If|When|While|Since|Although|Though|Because|However|What|Which|Who|How|Why|Where"
    r"|Some|Many|Most|All|Each|Both|Such|Yet|Still|Also|Now|Then|Today)\b"
)
#: A reference entry ("Miller AH, Raison CL. The role of inflammation in depression: ...
#: Nat Rev Immunol. 2016;16:22–34. doi: 10.1038/nri.2015.5."): a citation's year, volume and
#: pages ("2016;16:22–34", "2019;39(4):544-555") or a DOI. Its fields end with dots ("Raison
#: CL.", "Nat Rev Immunol.", "Proc. Natl. Acad. Sci.") but it is one entry, never split.
_CITATION = re.compile(r"\b(?:1[89]|20)\d\d;\s?\d+(?:\(\d+\))?:|\bdoi:?\s*10\.\d{4,}/", re.I)
#: A lede rewrite that leaves words out (its first sentence only, or cut after 60 % of its
#: words) is made of a news lede, at most this many words: a longer first paragraph is an
#: essay's opening, which an outlet prints as written rather than cutting its most part.
_LEDE_CUT_MAX_WORDS = 80
#: A run of prose lines this long (lines of 12 words or more ending a sentence, in a row) in a
#: page's chrome is article text (the page's own article past what its gold kept, or another
#: article): no outlet's chrome.
_CHROME_PROSE_RUN = 600
#: A line of the page's dump of this many words or more whose word 5-grams lie this much in the
#: gold is a paragraph of the page's own article, broken into lines otherwise than the gold's (a
#: headline or a menu row shares a few 5-grams with the gold and is shorter).
_IN_GOLD = 0.5
_IN_GOLD_WORDS = 30
_PROSE_LINE_END = re.compile(r"[.!?…][\"”’)\]]*$")
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    head: list[str]
    tail: list[str]
    #: The half of the benchmark pages the page belongs to (``common.split_of``: "dev" or
    #: "held-out"); the seeds' chrome is held out.
    split: str = "held-out"


@dataclass(frozen=True, slots=True)
class CorpusDoc:
    id: str
    page: str  # what the scraper saved: chrome + body + chrome
    body: str  # the article as written
    origin: int  # index of the original body
    edit: str
    site: str


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _inside_sentence(before: str, after: str) -> bool:
    """Whether a break between ``before`` (ending with a dot or the like) and ``after`` lies
    inside a sentence: after an abbreviation, a title or an initial, before a word in lower
    case, between a month's abbreviation and its day, or after an abbreviation of dotted
    letters ("U.S.") before a word that does not open a sentence."""
    return bool(
        _NO_BREAK_BEFORE.search(before)
        or _LOWER_START.match(after)
        or (_MONTH_END.search(before) and _DIGIT_START.match(after))
        or (_DOTTED_CAPITALS_END.search(before) and not _SENTENCE_OPENER.match(after))
    )


def split_sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences: split after ".", "!", "?" or "…" and white space, but not
    inside a sentence (:func:`_inside_sentence`: "the U.S. Securities and Exchange
    Commission", "on Sept. 30"); a reference entry (a citation's year, volume and pages, or a
    DOI: "Nat Rev Immunol. 2016;16:22–34.") is one sentence."""
    if _CITATION.search(paragraph):
        return [paragraph]
    out: list[str] = []
    for piece in _SENTENCE.split(paragraph):
        if not piece:
            continue
        if out and _inside_sentence(out[-1], piece):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def _prose_run(lines: list[str]) -> int:
    """Words of the longest run of prose lines in a row (12 words or more, ending a
    sentence)."""
    best = run = 0
    for ln in lines:
        words = len(ln.split())
        run = run + words if words >= 12 and _PROSE_LINE_END.search(ln) else 0
        best = max(best, run)
    return best


def _own_paragraph(line: str, gold_shingles: set[str]) -> bool:
    """Whether a dump line is a paragraph of the page's own article that the gold breaks
    otherwise (``_IN_GOLD_WORDS`` words or more, most of its word 5-grams the gold's)."""
    if len(line.split()) < _IN_GOLD_WORDS:
        return False
    own = shingles(matching_key(line), 5)
    return bool(own) and len(own & gold_shingles) >= _IN_GOLD * len(own)


def site_chrome(dump: str, gold: str) -> tuple[list[str], list[str]] | None:
    """Lines of a page dump before the first / after the last line of the page's own article
    (a line of 25 characters or more found in the gold text, or a paragraph of it printed in
    other lines, :func:`_own_paragraph`), less those found in the gold or such paragraphs;
    None when they are too few, or when they hold a long run of prose (``_CHROME_PROSE_RUN``
    words: article text the gold left out, no outlet's chrome)."""
    gold_n = _norm(gold)
    gold_shingles = shingles(matching_key(gold), 5)
    lines = [ln.strip() for ln in dump.splitlines() if ln.strip()]
    in_gold = [_norm(ln) in gold_n for ln in lines]
    own = [_own_paragraph(ln, gold_shingles) for ln in lines]
    article = [i for i, ln in enumerate(lines) if (in_gold[i] and len(ln) >= 25) or own[i]]
    if not article:
        return None
    # the lines right next to the article are that page's own title, dek, byline or author
    # box: part of *its* article, not chrome another article would be wrapped in
    first, last = max(0, article[0] - _ADJACENT), article[-1] + 1 + _ADJACENT
    head = [ln for i, ln in enumerate(lines[:first]) if not (in_gold[i] or own[i])]
    tail = [ln for i, ln in enumerate(lines[last:], last) if not (in_gold[i] or own[i])]
    if len(head) + len(tail) < 5 or max(_prose_run(head), _prose_run(tail)) >= _CHROME_PROSE_RUN:
        return None
    return head, tail


def seed_articles_and_chrome() -> tuple[list[str], list[Site]]:
    """The two seed articles with known line ranges, and their sites' chrome."""
    lines = [p.read_text(encoding="utf-8").splitlines() for p in sorted(SEEDS.glob("*.txt"))]
    bodies = ["\n".join(lines[1][0:14]), "\n".join(lines[3][3:44])]
    sites = [
        Site("seed001", [], [ln for ln in lines[1][14:53] if ln.strip()]),
        Site("seed003", lines[3][0:3], [ln for ln in lines[3][44:] if ln.strip()]),
    ]
    return bodies, sites


def is_prose(body: str) -> bool:
    """A news-like body: >= 60 words, >= 70 % of them in lines of >= 12 words (drops link
    lists, product grids and portfolio pages some gold sets call main content)."""
    words = body.split()
    in_prose = sum(len(ln.split()) for ln in body.split("\n") if len(ln.split()) >= 12)
    return len(words) >= 60 and in_prose >= 0.7 * len(words)


def load_material(limit: int | None = None, *, chrome: bool = True) -> tuple[list[str], list[Site]]:
    """Prose gold bodies and per-page chrome from both benchmarks, plus the seeds'."""
    bodies, sites = seed_articles_and_chrome()
    for page in aeb_pages(limit) + wcxb_pages(limit):
        gold = page.gold.strip()
        if not is_prose(gold):
            continue
        bodies.append(gold)
        found = site_chrome(html_to_dump(page.html), gold) if chrome else None
        if found is not None:
            sites.append(Site(page.id, *found))
    return bodies, sites


# --- edits ----------------------------------------------------------------------------------------
_NEW_TO_OLD = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uý": "úy", "uỷ": "ủy"}


def _tone_swap(text: str) -> str:
    out = text
    for new, old in _NEW_TO_OLD.items():
        out = re.sub(new + r"\b", old, out)
    if out == text:
        for new, old in _NEW_TO_OLD.items():
            out = re.sub(old + r"\b", new, out)
    return out


def _curly(text: str) -> str:
    text = re.sub(r'"(\S[^"]*)"', "\u201c\\1\u201d", text)
    return re.sub(r"'", "\u2019", text)


def _straight(text: str) -> str:
    return text.translate(str.maketrans("\u201c\u201d\u2018\u2019", "\"\"''"))


def _sentences(body: str) -> list[list[str]]:
    return [_SENTENCE.split(p) for p in body.split("\n") if p.strip()]


def _join(paras: list[list[str]]) -> str:
    return "\n".join(" ".join(s) for s in paras if s)


def edit(body: str, kind: str, rng: random.Random, donor: str) -> str:
    paras = _sentences(body)
    flat = [(i, j) for i, p in enumerate(paras) for j in range(len(p))]
    if kind == "recrawl":
        return body
    if kind == "nfd":
        return unicodedata.normalize("NFD", body)
    if kind == "tone":
        return _tone_swap(body)
    if kind == "eth":
        return body.replace("Đ", "\u00d0").replace("đ", "\u00f0")
    if kind == "quotes":
        return _straight(body) if "\u201c" in body or "\u2019" in body else _curly(body)
    if kind == "add_sentence":
        extra = rng.choice([s for p in _sentences(donor) for s in p])
        i = rng.randrange(len(paras))
        paras[i].insert(rng.randrange(len(paras[i]) + 1), extra)
        return _join(paras)
    if kind == "remove_sentence" and len(flat) > 2:
        i, j = rng.choice(flat)
        del paras[i][j]
        return _join(paras)
    if kind == "truncate":
        keep = max(1, int(len(flat) * rng.uniform(0.8, 0.97)))
        cut = flat[keep - 1]
        return _join([*paras[: cut[0]], paras[cut[0]][: cut[1] + 1]])
    if kind == "retitle":
        title = donor.split("\n", 1)[0][:90]
        return title + "\n" + body
    if kind == "heavy_cut":
        keep = max(1, int(len(flat) * rng.uniform(0.35, 0.6)))
        return _join(
            [*paras[: flat[keep - 1][0]], paras[flat[keep - 1][0]][: flat[keep - 1][1] + 1]]
        )
    return body


EDITS = (
    "recrawl",
    "nfd",
    "tone",
    "eth",
    "quotes",
    "add_sentence",
    "remove_sentence",
    "truncate",
    "retitle",
    "heavy_cut",
)


def build(
    bodies: list[str],
    sites: list[Site],
    *,
    originals: int,
    singles: int,
    n_sites: int = 40,
    seed: int = 7,
) -> list[CorpusDoc]:
    """``originals`` bodies with 1-3 edited copies each, plus ``singles`` bodies without copies;
    every page wrapped in the chrome of one of ``n_sites`` sites (the two seed sites and random
    benchmark pages), copies of one body on different sites; a page's id is
    ``<site>/<name>.txt`` as in a crawl saved per site."""
    rng = random.Random(seed)
    sites = sites[:2] + rng.sample(sites[2:], n_sites - 2)
    order = list(range(len(bodies)))
    rng.shuffle(order)
    docs: list[CorpusDoc] = []
    for n, b in enumerate(order[: originals + singles]):
        body = bodies[b]
        chosen = rng.sample(sites, 4)
        versions = [("original", body)]
        if n < originals:
            for _ in range(rng.randint(1, 3)):
                kind = rng.choice(EDITS)
                donor = bodies[rng.choice(order)]
                versions.append((kind, edit(body, kind, rng, donor)))
        for v, (kind, text) in enumerate(versions):
            site = chosen[v]
            page = "\n".join([*site.head, *text.split("\n"), *site.tail])
            name = f"{site.name}/{n:04d}_{v}_{kind}.txt"
            docs.append(CorpusDoc(name, page, text, b, kind, site.name))
    rng.shuffle(docs)
    return docs


def truth_pairs(docs: list[CorpusDoc], threshold: float, size: int = 5) -> set[tuple[str, str]]:
    """Pairs whose bodies have exact shingle Jaccard >= threshold, closed transitively.

    Bodies of different originals are unrelated articles; pairs across originals are checked too
    when their bodies share a shingle (benchmark sets can hold a story twice).
    """
    sets = [shingles(matching_key(d.body), size) for d in docs]
    by_shingle: dict[str, list[int]] = {}
    for i, s in enumerate(sets):
        for sh in s:
            by_shingle.setdefault(sh, []).append(i)
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    checked: set[tuple[int, int]] = set()
    for members in by_shingle.values():
        if len(members) > 50:
            continue
        for i, j in combinations(members, 2):
            if (i, j) in checked:
                continue
            checked.add((i, j))
            a, b = sets[i], sets[j]
            if len(a & b) / len(a | b) >= threshold:
                parent[find(i)] = find(j)
    groups: dict[int, list[str]] = {}
    for i, d in enumerate(docs):
        groups.setdefault(find(i), []).append(d.id)
    return {tuple(sorted(p)) for g in groups.values() for p in combinations(g, 2)}  # type: ignore[misc]


def cluster_pairs(clusters: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for c in clusters for p in combinations(c, 2)}  # type: ignore[misc]


# --- syndication: one story republished by 2-4 outlets --------------------------------------------
# How it is built (all text is real: bodies and headlines from the benchmark gold / page titles and
# the seeds, chrome lines from the benchmark pages' own dumps; nothing is generated):
# * a story is a real article: its headline (the page's og:title / <title>, the seed's first line),
#   its lede (first paragraph) and its body paragraphs;
# * each story goes to 2-4 outlets (sites); every outlet's copy gets
#   - a headline form of its own: as is, title case, upper case, quotes swapped, or cut at its
#     first ":" / " - " / " | " (subtitle or site name dropped);
#   - a lede rewrite of its own, made from the real lede only: as is, its first sentence only,
#     its sentences reordered, split one sentence per line, or cut after 60 % of its words;
#   - its own paragraph breaks (adjacent paragraphs merged, paragraphs split at a sentence);
#   - sometimes (1 in 3 copies after the first) abridged: 60-80 % of the body's sentences kept,
#     in order;
#   - with ``edited`` > 0, that share of the other copies after the first is edited here and
#     there (:func:`_edit_body`): a sentence of the story left out, moved or printed twice, or a
#     paragraph of another real article added (one the draw does not print, each added by one
#     copy at most: :func:`_unprinted`), until the body's word 5-gram Jaccard with the
#     story's body falls to a target drawn from 0.80-0.97 (never below 0.80);
#   - its outlet's chrome: the page's own head and tail lines (menus, related cards, footers),
#     plus the outlet's menu joined on one line (its short head/tail items joined by " | " or
#     " · ") and a tag line ("Tags: " + three of its short items);
# * hard negatives: an outlet that publishes several different short stories opens each with the
#   same standard paragraph (a real paragraph of another article): different stories, never to be
#   merged.
# Ground truth: two pages are duplicates exactly when they carry the same story.
_TITLE_RE = re.compile(rb"<title[^>]*>(.*?)</title>", re.S | re.I)
_OG_TITLE_RE = re.compile(
    rb"<meta[^>]+property=[\"']og:title[\"'][^>]+content=[\"']([^\"']+)[\"']", re.I
)
_TITLE_CUT = re.compile(r"\s*(?::|\s[-–—|]\s)\s*")


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    split: str  # the page's half, "dev" (tuning) or "held-out" (and the seeds)
    headline: str
    paragraphs: list[str]  # lede first


@dataclass(frozen=True, slots=True)
class SyndDoc:
    id: str
    page: str
    story: str
    split: str
    outlet: str
    abridged: bool
    negative: bool  # carries an outlet's standard opening paragraph
    body: str = ""  # the story's paragraphs after the lede, as this copy prints them
    edits: str = ""  # how this copy's body was edited ("" when printed as written)
    headline: str = ""  # the headline as this copy prints it
    lede: str = ""  # the lede's lines as this copy prints them (a line each)
    opening: str = ""  # a hard negative's standard paragraph, above its lede
    #: "" for a page as first printed; for a second crawl of a page of the same outlet
    #: (:func:`_recrawl`), how its story changed: "same", "added" or "edited"
    recrawl: str = ""


def _page_title(html: bytes) -> str | None:
    import html as htmlmod

    for pattern in (_OG_TITLE_RE, _TITLE_RE):
        m = pattern.search(html)
        if m:
            title = _norm(htmlmod.unescape(m.group(1).decode("utf-8", errors="replace")))
            if 3 <= len(title.split()) <= 30:
                return title
    return None


def load_stories(limit: int | None = None) -> tuple[list[Story], list[Site]]:
    """Real stories (headline + paragraphs) and real outlet chrome from both benchmarks and the
    seeds, each marked with its page's half (``common.split_of``, by site, the halves the
    extraction scores use): stories and chrome of the dev half tune; those of the held-out half
    and the Vietnamese seeds are held out, so that a tuning copy is never wrapped in a
    held-out page's chrome."""
    seed_bodies, sites = seed_articles_and_chrome()
    stories = []
    for n, body in enumerate(seed_bodies):
        lines = [ln for ln in body.split("\n") if len(ln.split()) >= 3]
        stories.append(Story(f"seed{n}", "held-out", lines[0], lines[1:]))
    for page in [*aeb_pages(limit), *wcxb_pages(limit)]:
        split = split_of(page.url, page.id)
        gold = page.gold.strip()
        title = _page_title(page.html)
        if not is_prose(gold) or title is None:
            continue
        paras = [_norm(p) for p in gold.split("\n") if len(p.split()) >= 8]
        if len(paras) < 3 or paras[-1].endswith("..."):
            continue
        stories.append(Story(page.id, split, title, paras))
        found = site_chrome(html_to_dump(page.html), gold)
        if found is not None:
            sites.append(Site(page.id, *found, split=split))
    return stories, sites


def _headline_form(title: str, rng: random.Random) -> str:
    kind = rng.choice(("same", "title", "upper", "quotes", "cut"))
    if kind == "title":
        return title.title()
    if kind == "upper":
        return title.upper()
    if kind == "quotes":
        return _straight(title) if re.search("[\u201c\u2019]", title) else _curly(title)
    if kind == "cut":
        parts = _TITLE_CUT.split(title, maxsplit=1)
        if len(parts) == 2 and len(parts[0].split()) >= 3:
            return parts[0]
    return title


def _lede_form(lede: str, rng: random.Random) -> list[str]:
    sents = split_sentences(lede)
    kind = rng.choice(("same", "first", "reorder", "split", "cut"))
    if kind in ("first", "cut") and len(lede.split()) > _LEDE_CUT_MAX_WORDS:
        return [lede]
    if kind == "first" and len(sents) > 1:
        return [sents[0]]
    if kind == "reorder" and len(sents) > 1:
        return [" ".join([*sents[1:], sents[0]])]
    if kind == "split" and len(sents) > 1:
        return sents
    if kind == "cut":
        words = lede.split()
        if len(words) >= 15:
            return [" ".join(words[: int(len(words) * 0.6)]) + "…"]
    return [lede]


def _rebreak(paras: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for p in paras:
        sents = split_sentences(p)
        if len(sents) > 2 and rng.random() < 0.3:
            cut = rng.randrange(1, len(sents))
            out.extend([" ".join(sents[:cut]), " ".join(sents[cut:])])
        elif out and rng.random() < 0.3:
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out


def _abridge(paras: list[str], rng: random.Random) -> list[str]:
    sents = [(i, s) for i, p in enumerate(paras) for s in split_sentences(p)]
    keep = sorted(rng.sample(range(len(sents)), max(1, round(len(sents) * rng.uniform(0.6, 0.8)))))
    out: dict[int, list[str]] = {}
    for k in keep:
        out.setdefault(sents[k][0], []).append(sents[k][1])
    return [" ".join(v) for _, v in sorted(out.items())]


#: A hard negative's story has at most this many words by default (see
#: :func:`build_syndication`).
NEGATIVE_WORDS = 250
#: How a copy's body is edited (see :func:`_edit_body`).
BODY_EDITS = ("drop", "move", "repeat", "add")
#: Edited copies' bodies keep at least this word 5-gram Jaccard with the story's body.
EDITED_MIN_JACCARD = 0.80


def _body_jaccard(a: list[str], b: list[str]) -> float:
    """Word 5-gram Jaccard of two bodies (lists of paragraphs), on their matching keys."""
    x, y = shingles(matching_key("\n".join(a)), 5), shingles(matching_key("\n".join(b)), 5)
    return len(x & y) / len(x | y) if x | y else 1.0


class Donors:
    """Paragraphs that pages add as new text (an edited copy's own paragraph, a re-crawl's
    update), each added by one page at most: :meth:`offer` names one left at random,
    :meth:`take` gives it to the page that adds it (an edit not made leaves it for the next),
    :attr:`taken` holds those given."""

    def __init__(self, paragraphs: list[str]) -> None:
        self._left = list(paragraphs)
        self.taken: set[str] = set()

    def offer(self, rng: random.Random) -> str | None:
        """One of the paragraphs left, drawn by ``rng``; None when none is left."""
        return self._left[rng.randrange(len(self._left))] if self._left else None

    def take(self, paragraph: str) -> None:
        """``paragraph`` (one :meth:`offer` named) is added by a page: no other page adds it."""
        self._left.remove(paragraph)
        self.taken.add(paragraph)


def _place(trial: list[list[str]], sentence: str, rng: random.Random) -> None:
    """Print ``sentence`` in a paragraph of ``trial`` (a body's paragraphs, each a list of its
    sentences), at a place drawn in it: the paragraph drawn, or when it prints the sentence
    already (a repeated sentence's own paragraph, or one a copy of it went to), the next one
    that does not (the first after the last). Never beside itself in a paragraph, where a
    paragraph of one sentence would print it twice on its line, which real pages do not (a
    pull quote is a line of its own); when every paragraph prints it, a line of its own."""
    drawn = rng.randrange(len(trial))
    order = (*range(drawn, len(trial)), *range(drawn))
    k = next((x for x in order if sentence not in trial[x]), None)
    if k is None:
        trial.insert(rng.randrange(len(trial) + 1), [sentence])
        return
    trial[k].insert(rng.randrange(len(trial[k]) + 1), sentence)


def _edit_body(paras: list[str], donors: Donors, rng: random.Random) -> tuple[list[str], list[str]]:
    """A copy's body edited the way outlets edit syndicated copy, all real text: a sentence of
    the story left out (``drop``), moved to another paragraph (``move``) or printed again in
    another paragraph (``repeat``, as a pull quote), or a paragraph of another real article
    (``donors``) added (``add``, the outlet's own paragraph, taken from ``donors`` so that no
    other copy adds it too). Edits are applied one at a time while the
    body's Jaccard with ``paras`` stays at or above a target drawn from
    ``EDITED_MIN_JACCARD``-0.97 (an edit that would take it under is not made; twelve tries);
    returns the body and the edits made."""
    target = rng.uniform(EDITED_MIN_JACCARD, 0.97)
    out = list(paras)
    done: list[str] = []
    for _ in range(12):
        kind = rng.choice(BODY_EDITS)
        sents = [split_sentences(p) for p in out]
        flat = [(i, j) for i, p in enumerate(sents) for j in range(len(p))]
        trial = [list(p) for p in sents]
        donor = donors.offer(rng) if kind == "add" else None
        if donor is not None:
            trial.insert(rng.randrange(len(trial) + 1), [donor])
        elif kind == "add" or len(flat) < 3:
            continue
        else:
            i, j = rng.choice(flat)
            sentence = trial[i][j] if kind == "repeat" else trial[i].pop(j)
            if kind != "drop":
                _place(trial, sentence, rng)
        edited = [" ".join(p) for p in trial if p]
        if _body_jaccard(paras, edited) < target:
            continue
        out = edited
        done.append(kind)
        if donor is not None:
            donors.take(donor)
    return out, done


def _short_items(site: Site) -> list[str]:
    return [ln for ln in [*site.head, *site.tail] if 1 <= len(ln.split()) <= 3 and len(ln) <= 30]


def _outlet_chrome(site: Site, rng: random.Random) -> tuple[list[str], list[str]]:
    items = list(dict.fromkeys(_short_items(site)))
    head, tail = list(site.head), list(site.tail)
    if len(items) >= 5:
        menu = rng.sample(items, min(9, len(items)))
        head.insert(0, rng.choice((" | ", " · ")).join(menu))
        tail.insert(0, "Tags: " + ", ".join(rng.sample(items, 3)))
    return head, tail


def build_syndication(
    stories: list[Story],
    sites: list[Site],
    *,
    n_stories: int,
    singles: int,
    negatives: int,
    seed: int = 5,
    edited: float = 0.0,
    negative_words: int = NEGATIVE_WORDS,
    negative_paragraphs: int = 0,
    recrawls: int = 0,
) -> list[SyndDoc]:
    """``n_stories`` stories republished by 2-4 outlets each, ``singles`` stories published once,
    and ``negatives`` groups of 2-3 different short stories from one outlet sharing a standard
    opening paragraph (see the construction above); ``edited``: the share of copies after the
    first, not abridged, whose body is edited (:func:`_edit_body`). The edits draw on a random
    generator of their own, so the corpus is otherwise the one ``edited=0`` builds; the
    paragraphs they add are text the draw does not print otherwise (:func:`_unprinted`: no
    paragraph of a story of the draw, no standard paragraph, no outlet's chrome line), each
    added by one copy at most.
    ``negative_words``: the most words a hard negative's story has (its paragraphs, the lede
    included); ``negative_paragraphs``: when not 0, a hard negative prints its story's first
    that many paragraphs only (the lede included; the words counted on those), so that any
    story can be a short one under the standard paragraph. Either one other than its default
    makes the stories under the standard paragraph shorter or more of them, and the draws
    differ; at the defaults they are the ones the builder drew before. ``recrawls``: that many
    stories' pages printed a second time by the same outlet (:func:`add_recrawls`), drawn by a
    random generator of their own after the rest, so the other pages are the ones
    ``recrawls=0`` builds."""
    rng = random.Random(seed)
    order = list(range(len(stories)))
    rng.shuffle(order)
    cut = negative_paragraphs or None
    short = [
        i
        for i in order
        if sum(len(p.split()) for p in stories[i].paragraphs[:cut]) <= negative_words
    ]
    long_paras = [
        p for i in order[::-1] for p in stories[i].paragraphs if 50 <= len(p.split()) <= 110
    ]
    docs: list[SyndDoc] = []
    used = set(short[: negatives * 3])
    rest = [i for i in order if i not in used]
    openings = [long_paras[g % len(long_paras)] for g in range(negatives)]
    drawn = {stories[i].id for i in [*used, *rest[: n_stories + singles]]}
    chrome = (line for site in sites for line in [*site.head, *site.tail])
    donors = Donors(_unprinted(long_paras, stories, drawn, [*openings, *chrome]))

    def publish(si: int, site: Site, *, first: bool, opening: str | None = None) -> None:
        st = stories[si]
        if opening and cut:
            st = replace(st, paragraphs=st.paragraphs[:cut])
        head, tail = _outlet_chrome(site, rng)
        headline = st.headline if first else _headline_form(st.headline, rng)
        lede = [st.paragraphs[0]] if first else _lede_form(st.paragraphs[0], rng)
        body = st.paragraphs[1:]
        abridged = not first and opening is None and rng.random() < 1 / 3
        if abridged:
            body = _abridge(body, rng)
        if not first:
            body = _rebreak(body, rng)
        done: list[str] = []
        if edited and not first and not abridged:
            erng = random.Random(f"{seed}/{site.name}/{st.id}")
            if erng.random() < edited:
                body, done = _edit_body(body, donors, erng)
        opening_lines = [opening] if opening else []
        lines = [*head, headline, *opening_lines, *lede, *body, *tail]
        name = f"{site.name}/{st.id}.txt"
        docs.append(
            SyndDoc(
                name,
                "\n".join(lines),
                st.id,
                st.split,
                site.name,
                abridged,
                bool(opening),
                "\n".join(body),
                " ".join(done),
                headline,
                "\n".join(lede),
                opening or "",
            )
        )

    groups = [short[k : k + rng.randint(2, 3)] for k in range(0, negatives * 3, 3)]
    for g, members in enumerate(groups):
        site = rng.choice(sites)
        for si in members:
            publish(si, site, first=True, opening=openings[g])
    for n, si in enumerate(rest[: n_stories + singles]):
        outlets = rng.sample(sites, rng.randint(2, 4) if n < n_stories else 1)
        for k, site in enumerate(outlets):
            publish(si, site, first=k == 0)
    rng.shuffle(docs)
    if recrawls:
        by_name = {site.name: site for site in sites}
        # not a paragraph an edited copy added, even where a later edit changed it
        updates = [p for p in long_paras if p not in donors.taken]
        add_recrawls(docs, stories, by_name, updates, recrawls, random.Random(f"{seed}/recrawl"))
    return docs


# --- re-crawls: a page printed a second time by its own outlet ----------------------------------
# A re-crawl is the same article page fetched again: the same headline, lede and paragraphs as
# the page printed them, inside the same outlet's chrome, whose variable parts changed between
# the two fetches (all real text: the outlet's own lines and the draw's headlines):
# * the menu row and tag line drawn again from the outlet's short items (as for any page of it);
# * each card of the outlet's chrome (a headline-shaped line: 4-24 words, a letter first, no
#   sentence end, no digit, no menu mark "|" or "·", not the tag line) replaced, one in two, by the
#   headline of another story: first the outlet's other stories in the draw, then the split's
#   other stories (a related or most-read box that now lists other stories);
# * each short line with a figure (a date or time stamp, a view or comment count: at most 6
#   words) has its numbers of 1-3 digits raised by one draw's step (1-9): a later day or hour,
#   more views ("Dec 18, 2025" -> "Dec 21, 2025", "133" -> "136", "2d" -> "5d"); years stay;
# * the story itself, by a mix: half printed as before ("same"); a quarter updated with a
#   paragraph added at its end ("added": a real 50-110-word paragraph of a story the draw does
#   not print, of the donors of the edited copies, each used once); a quarter edited at its end
#   ("edited": the last paragraph's last sentence replaced by the first sentence of such a
#   paragraph).
_CARD = re.compile(r"^(?!Tags: )[^\W\d_][^.!?…\d|·]*$")
_DIGIT = re.compile(r"\d")
_SMALL_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
RECRAWL_KINDS = ("same", "same", "added", "edited")


def _is_card(line: str) -> bool:
    """A headline-shaped chrome line: 4-24 words, a letter first, no sentence end, no digit,
    no menu mark, not the tag line."""
    return 4 <= len(line.split()) <= 24 and bool(_CARD.match(line))


def _is_stamp(line: str) -> bool:
    """A short chrome line with a figure (a date, a time, a count): at most 6 words."""
    return len(line.split()) <= 6 and bool(_DIGIT.search(line))


def _recrawl_chrome(lines: list[str], cards: list[str], step: int, rng: random.Random) -> list[str]:
    """``lines`` of an outlet's chrome as a second fetch prints them: cards replaced, one in
    two, from ``cards`` (in order), stamps' numbers of 1-3 digits raised by ``step``."""
    out = []
    for line in lines:
        if _is_card(line) and cards and rng.random() < 0.5:
            out.append(cards.pop(0))
        elif _is_stamp(line):
            out.append(_SMALL_NUMBER.sub(lambda m: str(int(m.group()) + step), line))
        else:
            out.append(line)
    return out


def _updated_story(paras: list[str], kind: str, donor: str) -> list[str]:
    """The story's paragraphs as a re-crawl prints them (``kind``: see the mix above)."""
    if kind == "added":
        return [*paras, donor]
    if kind == "edited" and paras:
        sents = split_sentences(paras[-1])
        first = split_sentences(donor)[0]
        return [*paras[:-1], " ".join([*sents[:-1], first])]
    return list(paras)


def _recrawl(doc: SyndDoc, site: Site, cards: list[str], donor: str, rng: random.Random) -> SyndDoc:
    """A second fetch of ``doc``'s page by its outlet (``site``)."""
    head, tail = _outlet_chrome(site, rng)
    step = rng.randint(1, 9)
    head = _recrawl_chrome(head, cards, step, rng)
    tail = _recrawl_chrome(tail, cards, step, rng)
    kind = rng.choice(RECRAWL_KINDS) if donor else "same"
    lede = doc.lede.split("\n")
    body = doc.body.split("\n") if doc.body else []
    story = _updated_story([*lede, *body], kind, donor)
    body = story[len(lede) :]
    opening = [doc.opening] if doc.opening else []
    lines = [*head, doc.headline, *opening, *story, *tail]
    name = doc.id.removesuffix(".txt") + ".recrawl.txt"
    return replace(doc, id=name, page="\n".join(lines), body="\n".join(body), recrawl=kind)


def _unprinted(
    donors: list[str], stories: list[Story], drawn: set[str], lines: Iterable[str]
) -> list[str]:
    """The ``donors`` a draw does not print: no paragraph of a story of the draw (``drawn``:
    its lede and the paragraphs a copy leaves out included) and none of ``lines`` (the other
    lines its pages print: a hard negative's standard paragraph, chrome, an edited copy's added
    paragraph). An edit's added paragraph and a re-crawl's update are new text; another
    story's paragraph in them would make pages of two stories share a paragraph that no real
    edit or update gives them (a short story printed whole inside another story's page)."""
    printed = {p for s in stories if s.id in drawn for p in s.paragraphs}
    printed.update(lines)
    return [p for p in dict.fromkeys(donors) if p not in printed]


def add_recrawls(
    docs: list[SyndDoc],
    stories: list[Story],
    sites: dict[str, Site],
    donors: list[str],
    k: int,
    rng: random.Random,
) -> None:
    """Adds to ``docs`` a second fetch (:func:`_recrawl`) of one page of each of ``k`` stories
    (a hard negative's too: a short story under its outlet's standard paragraph, whose second
    fetch must still be kept apart from the outlet's other stories under it), each at a place
    drawn in the list; ``donors``: paragraphs an update may add, of which only those the draw
    does not print are used (:func:`_unprinted`), each by one re-crawl at most."""
    pages = sorted(docs, key=lambda d: d.id)
    lines = (line for d in docs for line in d.page.split("\n"))
    pool = Donors(_unprinted(donors, stories, {d.story for d in docs}, lines))
    by_story: dict[str, list[SyndDoc]] = {}
    for d in pages:
        by_story.setdefault(d.story, []).append(d)
    headlines = {s.id: s.headline for s in stories}
    for story in rng.sample(sorted(by_story), min(k, len(by_story))):
        doc = rng.choice(by_story[story])
        own = sorted({d.story for d in pages if d.outlet == doc.outlet} - {story})
        others = [s for s in sorted(headlines) if s != story and s not in own]
        cards = [headlines[s] for s in [*own, *rng.sample(others, min(8, len(others)))]]
        donor = pool.offer(rng)
        if donor is not None:
            pool.take(donor)
        new = _recrawl(doc, sites[doc.outlet], cards, donor or "", rng)
        docs.insert(rng.randrange(len(docs) + 1), new)


def story_pairs(docs: list[SyndDoc]) -> set[tuple[str, str]]:
    """Pairs of pages that carry the same story (the syndication ground truth)."""
    groups: dict[str, list[str]] = {}
    for d in docs:
        groups.setdefault(d.story, []).append(d.id)
    return cluster_pairs(list(groups.values()))
