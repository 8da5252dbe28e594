"""Cookie-consent panels: the table of cookies a consent plugin prints, and the panel around it.

A consent panel saved with the page lists each cookie on one line: its name (an identifier,
``_ga``, ``cookielawinfo-checkbox-analytics``, ``YSC``), how long it lives ("1 year",
"11 months", "session", "never") and what it is for ("Google Analytics sets this cookie to
..."). Around the table come the panel's prose ("Necessary cookies are absolutely essential
...") and its labels ("Necessary", "Always Enabled", "Cookie Duration Description"). The
sentences read as prose, so the panel could join the article's region, or stay after it as
text that one copy of a story carries and another does not.

:func:`consent_panels` finds the table by the form of its rows (any language: the lifetimes'
units are listed for the languages of :mod:`cleanscrape.lexicon.lang`) and widens it over the
panel's lines that speak of cookies, across the short labels between them. A panel that
prints no lifetimes lists each vendor's cookies by name on a line ("test_cookie, _gcl_au")
under its category's sentences: three such lines among lines that speak of cookies make a panel
too (:func:`named_panels`).
"""

from __future__ import annotations

import re
from operator import attrgetter

from .. import lexicon as lx
from ..lexicon.folding import fold
from ..text.lines import line_indexes, lines_holding
from .features import CHARACTER_WORD_RANGES, COOKIE, Line
from .runs import runs

#: A lifetime: a number and a unit ("1 year", "11 months", "365 days", "1 year 24 days",
#: "2 Jahre", "13 mois", "1 año", "6 meses", "1 anno", "1 tahun", "1 год", "1 năm", "1年",
#: :data:`lexicon.COOKIE_LIFETIME_UNITS`), or a word for the browser session or for no end
#: (:data:`lexicon.COOKIE_LIFETIME_NO_END`).
_UNIT = f"(?:{lx.pattern_union(lx.COOKIE_LIFETIME_UNITS)})"
_SPAN = rf"\d{{1,4}}[ \t]?{_UNIT}(?!\w)"
_NO_END = f"(?:{lx.pattern_union(lx.COOKIE_LIFETIME_NO_END)})"
#: A row of the table: name, lifetime, purpose (at least two words, or ten characters of a
#: script written without spaces). Opened by the line break before the row and searched for in
#: the page's text after one (:func:`_after_break`): the search skips to the line breaks, where
#: a pattern opened by ``^`` is tried at every character of the page.
_ROW = re.compile(
    rf"(?m)\n(?P<name>\S{{2,80}}+)[ \t]+(?:{_SPAN}(?:,?[ \t]+{_SPAN})*|{_NO_END})[ \t]+"
    r"(?P<purpose>\S+[ \t]+\S.*|\S{10,})$",
    re.IGNORECASE,
)
#: A cookie's name is an identifier, not a word of a sentence ("Free 10 Week Beginner Plan"):
#: it holds a mark or a figure, or it is written in one case ("YSC", "vuid"), or in camel case.
_IDENTIFIER = re.compile(r"^(?:\S*[_\-.:*\d\[\]]\S*|[A-Z]{2,}|[a-z]{2,}|[a-z]+[A-Z]\w*)$")
#: The word for a cookie, in the languages of the lexicon (:data:`lexicon.COOKIE_NAMES`, as
#: written in its casings; substring searches over the page:
#: an alternation of words with no first character in common is tried at every character).
_COOKIE = tuple(lx.phrases_in_order(lx.COOKIE_NAMES))
#: ... as the lines' folded keys hold it (lower case: one word for the three casings). A line
#: holding a word of :data:`_COOKIE` has a key holding its folded form (folding maps the word's
#: letters one by one, whatever stands around them); the keys of most pages are ASCII, where a
#: search for a word of another script ends at once, so they rule out most pages for a fraction
#: of the searches over the text.
_COOKIE_KEYS = tuple(dict.fromkeys(map(fold, _COOKIE)))
_KEY = attrgetter("key")
#: ... and what a consent panel says of cookies beside the word (a recipe's cookies say none
#: of it): the site, the browser, consent, tracking, the panel's categories.
_PANEL_WORDS = re.compile(lx.pattern_union(lx.COOKIE_PANEL_WORDS), re.IGNORECASE)
#: At least this many rows make a table.
_ROWS = 3
#: Lines of a panel are at most this many short lines (labels, buttons) apart.
_GAP = 3
_LABEL_WORDS = 4


def _after_break(block: str) -> str:
    """``block`` after a line break, for the patterns opened by the line break before a line
    (:data:`_ROW`, :data:`_NAME_LIST`): each line of ``block`` follows one, and a match's start
    (its line break) is the offset of its line in ``block``."""
    return "\n" + block


def _rows(block: str) -> list[int]:
    """Positions of the table's rows (``block``: the page's lines joined by line breaks)."""
    found = [
        m
        for m in _ROW.finditer(_after_break(block))
        if _IDENTIFIER.match(m.group("name").rstrip(",;"))
    ]
    return sorted(line_indexes(block, (m.start() for m in found)))


def _panel_lines(holding: set[int], lines: list[Line]) -> set[int]:
    """Lines of a consent panel that speak of cookies (not a recipe's "Bake the cookies"), of
    the lines ``holding`` the word and of the lines the lexicon tags ``cookie``."""
    return {k for k in holding if _PANEL_WORDS.search(lines[k].text)} | {
        k for k, ln in enumerate(lines) if ln.lexicon == COOKIE
    }


def consent_panels(lines: list[Line], block: str | None = None) -> set[int]:
    """Positions (in ``lines``) of the lines of cookie-consent panels that hold a table of
    cookies: at least :data:`_ROWS` rows (name, lifetime, purpose), a line of the panel
    naming cookies, and the panel's lines between and around them that speak of cookies, at
    most :data:`_GAP` short labels apart; and the panels that print their cookies' names
    without lifetimes (:func:`named_panels`). ``block``: the lines' texts joined by line
    breaks, when the caller has them."""
    keys = "\n".join(map(_KEY, lines))
    if not any(word in keys for word in _COOKIE_KEYS):
        return set()
    if block is None:
        block = "\n".join(ln.text for ln in lines)
    if not any(word in block for word in _COOKIE):
        return set()
    rows = _rows(block)
    listed = _name_lists(block)
    if len(rows) < _ROWS and len(listed) < _ROWS:
        return set()  # (no table and no lists of cookies' names: no panel, most pages)
    holding = lines_holding(block, _COOKIE)
    named = _panel_lines(holding, lines)
    out = named_panels(lines, listed, holding | named, named)
    if len(rows) < _ROWS:
        return out
    rowset = set(rows)
    for chain in runs(sorted(rowset | named), _GAP, lambda j: _label(lines[j])):
        if sum(1 for j in chain if j in rowset) >= _ROWS and any(j in named for j in chain):
            out.update(range(chain[0], chain[-1] + 1))
    return out


#: A line of cookies' names and nothing else, run together with commas ("test_cookie, _gcl_au",
#: "lidc, AnalyticsSyncHistory, bcookie", "_fbp"): items of one word, one of them with a mark
#: of an identifier (an underscore, a dot, a colon, a bracket), or, in a list, in camel case
#: (one word in camel case is a brand's name: "DoubleClick"). Opened by the line break before
#: the line, as :data:`_ROW`.
_NAME_LIST = re.compile(
    r"(?m)\n(?P<items>(?=[^\n]*[_.:*\[\]]|[^\n]*,[^\n]*[a-z][A-Z]|[^\n]*[a-z][A-Z][^\n]*,)"
    r"[^\s,]{2,80}(?:,[ \t]*[^\s,]{2,80})*,?[ \t]*)$"
)
#: An item of such a list: an identifier (:data:`_IDENTIFIER`) or a name in Pascal case
#: ("AnalyticsSyncHistory", "UserMatchHistory").
_LISTED = re.compile(r"^[A-Z][a-z]+[A-Z]\w*$")
#: A vendor's name over its cookies' names ("Google Analytics & Google Tag Manager") has at
#: most this many words and ends no sentence.
_VENDOR_WORDS = 8
#: A letter: a cookie's name holds one (not "2024", "1.5").
_LETTER = re.compile(r"[^\W\d_]")


def _name_lists(block: str) -> set[int]:
    """Positions of the lines of cookies' names (:data:`_NAME_LIST`, each item an identifier
    holding a letter)."""
    found = [
        m.start()
        for m in _NAME_LIST.finditer(_after_break(block))
        if all(
            (_IDENTIFIER.match(item) or _LISTED.match(item)) and _LETTER.search(item)
            for item in (part.strip() for part in m.group("items").split(","))
            if item
        )
    ]
    return line_indexes(block, found)


def named_panels(
    lines: list[Line], listed: set[int], naming: set[int], named: set[int]
) -> set[int]:
    """Positions of the lines of consent panels that print no lifetimes: at least
    :data:`_ROWS` lines of cookies' names (``listed``, :func:`_name_lists`) and a line of the
    panel that speaks of cookies (``named``, :func:`_panel_lines`), with the lines naming
    cookies around them (``naming``: a category's heading and sentences, a row of buttons:
    "Opt Out Accept All Cookies Save Settings"), at most :data:`_GAP` vendors' names apart
    (:func:`_vendor`). An article about cookies names them in sentences, not in lists of
    identifiers a line each."""
    if len(listed) < _ROWS:
        return set()
    marks = listed | naming
    out: set[int] = set()
    for chain in runs(sorted(marks), _GAP, lambda j: _vendor(lines[j])):
        if sum(1 for j in chain if j in listed) >= _ROWS and any(j in named for j in chain):
            out.update(range(chain[0], chain[-1] + 1))
    return out


def _vendor(ln: Line) -> bool:
    """A vendor's name between a panel's lists of cookies ("Meta Pixel", "Google Analytics &
    Google Tag Manager"): a short line, no prose, ending no sentence."""
    return not ln.prose and not ln.terminal and ln.words <= _VENDOR_WORDS


def _label(ln: Line) -> bool:
    """A short label of a panel ("Necessary", "Always Enabled") between its lines."""
    return not ln.prose and ln.words <= _LABEL_WORDS


#: The word for a cookie in the scripts written without spaces between words, and in Korean
#: (whose words carry their particles: "쿠키를"), where the consent lexicon, which matches the
#: first words of a line, finds no banner ("当サイトではCookieを使用しています。").
_COOKIE_UNSPACED = (*_COOKIE, *lx.phrases_in_order(lx.COOKIE_NAMES_UNSPACED))
#: ... and what a banner's sentence says beside it, in those languages: the site speaks of
#: itself ("当サイト", "本网站", "이 웹사이트", "เว็บไซต์นี้") or of its own use ("我们使用",
#: "저희는"), or it quotes its button ("「同意する」", "“接受”"). A paragraph of an article that
#: reports on cookies, or on the consent a law asks for them, says none of it.
_CONSENT_UNSPACED = re.compile(
    lx.pattern_union(lx.COOKIE_SITE_WORDS)
    + rf"|[「『“\"'‘]{lx.written_pattern(lx.COOKIE_ACCEPT_WORDS)}\w{{0,4}}[」』”\"'’]"
)
#: A letter of a script written without spaces (kana, CJK ideographs, Thai, Lao, Burmese,
#: Khmer) or of Hangul: the lines the rule reads.
_UNSPACED_SCRIPT = re.compile(rf"[{CHARACTER_WORD_RANGES}\uac00-\ud7af]")
#: A banner's sentence has at most this many words (two ideographs count as one).
_BANNER_WORDS = 80
#: The buttons and links under it, a line each ("同意する", "同意しない", "設定", "接受",
#: "拒绝", "동의", "거부", "ยอมรับ"), at most :data:`_GAP` lines from it or from each other.
_BUTTONS = frozenset(map(fold, lx.phrases(lx.CONSENT_BUTTONS)))
#: A button or a link of the banner that names cookies ("Cookie設定", "쿠키 정책") is short.
_BUTTON_WORDS = 4


def unspaced_consent(lines: list[Line], block: str) -> set[int]:
    """Positions (in ``lines``) of cookie banners written in a script without spaces, or in
    Korean: a line of at most :data:`_BANNER_WORDS` words in such a script that holds the word
    for cookies and what a banner says beside it (:data:`_CONSENT_UNSPACED`), and the banner's
    buttons and short links around it (:data:`_BUTTONS`, or naming cookies), at most
    :data:`_GAP` lines apart. ``block``: the lines' texts joined by line breaks."""
    if not any(word in block for word in _COOKIE_UNSPACED):
        return set()
    found = {
        k
        for k in lines_holding(block, _COOKIE_UNSPACED)
        if lines[k].words <= _BANNER_WORDS
        and _UNSPACED_SCRIPT.search(lines[k].text)
        and _CONSENT_UNSPACED.search(lines[k].text)
    }
    out = set(found)
    for k in sorted(found):
        for step in (-1, 1):
            j, gap = k + step, 0
            while 0 <= j < len(lines) and gap < _GAP:
                if _button(lines[j]):
                    out.add(j)
                    gap = 0
                else:
                    gap += 1
                j += step
    return out


def _button(ln: Line) -> bool:
    """A button or a short link of a cookie banner."""
    return ln.key in _BUTTONS or (
        ln.words <= _BUTTON_WORDS
        and not ln.terminal
        and any(word in ln.text for word in _COOKIE_UNSPACED)
    )
