"""Author boxes after the article: "<Name> is a freelance writer ...", under a name line, set
apart without a heading, under "About <Name>", or next to the byline that names the author
(:func:`bio_start`).

An author box prints the author's name (often with a role line, "Contributing Writer"), a
paragraph that opens with the name and says what the author does, and links such as "View all
posts by <Name>". The paragraph reads as prose, so the article's region ran on through it. A
news story writes the same sentence about the people in it ("Jane Roe is a professor of
economics who ..."), so the paragraph counts as a bio only where the page sets it apart from
the article: after the article's paragraphs, with at most one paragraph after it, and standing
apart (a name line or a chrome line right above it, or the name again in a short line below).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .. import lexicon as lx
from ..lexicon.folding import fold
from .bylines import byline_of
from .features import AUTHOR_BIO, Line

#: The capitals that open a name.
_UPPER = "A-ZÀ-ÖØ-ÞĐА-ЯЁ"
#: A title before a name ("Dr.", :data:`lexicon.NAME_TITLES`).
_TITLE = rf"{lx.written_pattern(lx.NAME_TITLES)}\.?\s+"
#: The name that opens a bio: one to four capitalised words (a title first, "Dr."), then what
#: the person is or does (:data:`lexicon.BIO_VERBS`).
_OPENING = re.compile(
    rf"^((?:{_TITLE})?[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){{0,3}})\s+"
    rf"{lx.written_pattern(lx.BIO_VERBS)}\b"
)
#: A role word of :data:`lexicon.AUTHOR_ROLES` among the first words after the name.
_ROLE_WORDS = 10
_ROLES = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(lx.phrases(lx.AUTHOR_ROLES))) + r")\b"
)
#: The article before the bio: at least this many words of paragraphs.
_ARTICLE_WORDS = 150
#: A name line: at most this many words.
_NAME_WORDS = 4
#: A role line between the name and the bio ("Contributing Writer"): at most this many words.
_ROLE_LINE_WORDS = 5
#: ... or the count of the author's posts ("5 articles", "142 posts").
_POST_COUNT = re.compile(rf"^\d[\d,.]*\s+{lx.phrase_pattern(lx.POST_COUNT_NOUNS)}$")
#: A line below the bio that names the author again ("View all posts by Jane Roe"): at most
#: this many words, at most :data:`_NAMED_BELOW` lines below.
_NAMED_WORDS = 10
_NAMED_BELOW = 3


def _name(ln: Line) -> str | None:
    """The folded name that a bio paragraph opens with ("jane roe"), else None."""
    if not ln.prose:
        return None
    m = _OPENING.match(ln.text)
    if m is None or not all(w[0].isupper() for w in m.group(1).split()):
        return None
    name = fold(m.group(1))
    rest = ln.key[len(name) :].split()[:_ROLE_WORDS]
    if not ln.key.startswith(name) or _ROLES.search(" ".join(rest)) is None:
        return None
    return name


def _apart(lines: list[Line], tags: list[str], k: int, name: str) -> int | None:
    """Where the bio at ``k`` starts when the page sets it apart from the article: its name
    line (and role line) above it, a chrome line above it, or the name again below it."""
    first = name.split()[0]

    def named(key: str) -> bool:  # "Jane Roe" over "Jane Roe is ..." or "Jane is ..."
        return key == name or key.split(" ", 1)[0] == first

    above = lines[k - 1]
    if not above.prose and named(above.key) and above.words <= _NAME_WORDS:
        return k - 1
    if (
        k >= 2
        and not above.prose
        and not above.terminal
        and above.words <= _ROLE_LINE_WORDS
        and (_ROLES.search(above.key) or _POST_COUNT.match(above.key))
        and named(lines[k - 2].key)
        and lines[k - 2].words <= _NAME_WORDS
    ):
        return k - 2  # "Jane Roe" / "Contributing Writer" (or "5 articles") / "Jane Roe is ..."
    if tags[k - 1] or (not above.prose and k + 1 < len(lines) and tags[k + 1]):
        return k  # a chrome line above it, or below it with no paragraph above
    for ln in lines[k + 1 : k + 1 + _NAMED_BELOW]:
        if not ln.prose and ln.words <= _NAMED_WORDS and f" {name}" in f" {ln.key}":
            return k
    return None


def bio_start(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """Where an author box at the end of the region ``[start, end]`` starts (``end + 1`` when
    there is none): a name line over a paragraph opening with the name
    (:func:`_name_over_bio`), a bio paragraph set apart from the article with at most one
    paragraph after it in the region (:func:`_bio_paragraph`), an "About <Name>" box
    (:func:`_about_start`), a paragraph about the person a byline names
    (:func:`_signed_bio`), the box's own heading (:func:`_headed_bio`), or the region's last
    paragraphs about its authors, whom the byline names and the article never does
    (:func:`_closing_bios`)."""
    return min(
        _name_over_bio(lines, tags, start, end),
        _name_over_last(lines, tags, start, end),
        _bio_paragraph(lines, tags, start, end),
        _about_start(lines, tags, start, end),
        _signed_bio(lines, tags, start, end),
        _headed_bio(lines, tags, start, end),
        _greeting_bio(lines, tags, start, end),
        _closing_bios(lines, tags, start, end),
    )


def _closing_bios(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """Where the bios that end the region start (``end + 1`` when there are none).

    An op-ed or a blog post ends with one line about each author ("Jane Roe is adjunct faculty
    at Emory University and a physician based in Memphis.", "Jane Roe is a freelance travel
    writer, editor of ...") and the page's chrome comes right below (no paragraph), with no
    name line or heading to set the box apart: the article's last sentence right above it.
    What tells it from a story's last paragraph about a person in it is whom it names
    (:func:`_authors_bio`): the author, whom the byline above names and the article's
    paragraphs never do. After :data:`_ARTICLE_WORDS` words of article.
    """
    last = next((k for k in range(end, start, -1) if lines[k].prose and not tags[k]), None)
    if last is None or (last + 1 < len(lines) and lines[last + 1].prose):
        return end + 1
    if any(lines[k].prose for k in range(last + 1, end + 1)):
        return end + 1
    first = end + 1
    k = last
    while k > start and lines[k].prose and not tags[k] and _authors_bio(lines, tags, start, k):
        first = k
        k -= 1
    above = lines[first - 1] if first <= end else None
    if above is None or not (above.prose or above.terminal):
        return end + 1  # under a heading of its own the page shows it as a section
    if _words_before(lines, tags, start, first) >= _ARTICLE_WORDS:
        return first
    return end + 1


#: A byline that names the author above the bio: a line of at most this many words.
_BYLINE_WORDS = 12


def _authors_bio(lines: list[Line], tags: list[str], start: int, k: int) -> bool:
    """Whether line ``k`` is a bio (:func:`_name`) of a person of two names or more whom a short
    line above it names (the byline, "Jane Roe and John Doe | Guest Columnists", "Jane Roe •
    Updated on Jul 4, 2024") and no paragraph of the region above it does."""
    name = _name(lines[k])
    if name is None or " " not in name or _named_above(lines, tags, start, k, name):
        return False
    return any(
        not ln.prose and ln.words <= _BYLINE_WORDS and f" {name} " in f" {ln.key} "
        for ln in lines[:k]
    )


def _named_above(lines: list[Line], tags: list[str], start: int, k: int, name: str) -> bool:
    """Whether a paragraph of the region from ``start`` up to line ``k`` names ``name`` (folded):
    the story speaks of the person (a profile, an interview), so a paragraph about the person
    below is the story's, no author's bio."""
    return any(
        lines[j].prose and not tags[j] and f" {name} " in f" {lines[j].key} "
        for j in range(start, k)
    )


#: Paragraphs that an author box under its heading may hold.
_HEADED_PARAGRAPHS = 2


def _headed_bio(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """Where an author box under its heading ("About the Author", :data:`lexicon.AUTHOR_BIO`)
    starts (``end + 1`` when there is none): the heading after the article's paragraphs, with at
    most :data:`_HEADED_PARAGRAPHS` paragraphs below it in the region. Whatever the box says
    ("Designing and blogging since 1995, Jeffrey Zeldman founded ...") is the box's."""
    after = 0
    for k in range(end, start, -1):
        if lines[k].prose and not tags[k]:
            after += 1
            if after > _HEADED_PARAGRAPHS:
                break
        elif tags[k] == AUTHOR_BIO and after:
            if _words_before(lines, tags, start, k) >= _ARTICLE_WORDS:
                return k
            break
    return end + 1


_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
#: What a name line may carry after the name, in brackets: the author's outlet or handle
#: ("Jean-Luc Aufranc (CNXSoft)", "Eduard Kovacs (@EduardKovacs)").
_NAME_AFFIX = re.compile(r"\s+\(@?[^()\s]{1,30}\)$")


def _name_line(ln: Line) -> bool:
    """Whether ``ln`` is a name line of two or more words (:func:`_name_words`)."""
    words = _name_words(ln)
    return words is not None and len(words) >= 2


def _name_words(ln: Line) -> list[str] | None:
    """The words of a line that ends no sentence and is one to :data:`_NAME_WORDS` capitalised
    words, a handle after them left out ("Anthony", "Jane Roe (@janeroe)"), else None."""
    if ln.terminal:
        return None
    words = _NAME_AFFIX.sub("", ln.text).split()
    if 1 <= len(words) <= _NAME_WORDS and all(
        w[0].isupper() and _NAME_WORD.match(w) for w in words
    ):
        return words
    return None


def author_box(lines: list[Line], k: int, j: int) -> bool:
    """Whether line ``k`` is an author box's role line over its bio at ``j``: a name line right
    above it ("Jane Roe" / "Contributing Writer" / "Jane Roe, Contributing Writer, studied
    ..."), the role line short, and the paragraph opening with that name. A headline over its
    lede has no name line of its own above it whose words open the lede."""
    if k < 1 or lines[k].words > _ROLE_LINE_WORDS or lines[k].terminal:
        return False
    above = lines[k - 1]
    if not _name_line(above):
        return False
    return lines[j].text.startswith(_NAME_AFFIX.sub("", above.text).strip())


#: A role in brackets that opens a bio, then a dash: "(Editor / Journalist) – Albert comes
#: from ..." (the bio goes on from the name after it).
_ROLE_PREFIX = re.compile(r"^\([^()]{1,60}\)\s*[–—-]?\s*")


#: Short lines an author box may print between the name line and the bio: a role line, the
#: author's social links, separators, "About" ("Jane Roe" / "SEO Content Writer at Acme" /
#: "Jane is a communicator ..."): at most this many, each of at most :data:`_GAP_WORDS` words.
_GAP_LINES = 3
_GAP_WORDS = 8
#: After the name, a word in lower case: what the person is or does ("Jane joined Acme in
#: 2017", "Jane Roe has been reviewing cameras since 2004").
_SAYS = re.compile(rf"^\s+[^\W\d_{_UPPER}]")


def _bio_below(lines: list[Line], k: int, end: int) -> int | None:
    """The paragraph below the name line at ``k`` (up to ``end``): right below it, or below at
    most :data:`_GAP_LINES` short lines that end no sentence (a role line, social links)."""
    for j in range(k + 1, min(k + 2 + _GAP_LINES, end + 1)):
        ln = lines[j]
        if ln.prose:
            return j
        if ln.terminal or ln.words > _GAP_WORDS:
            return None
    return None


def _name_over_bio(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """Where a name line over its bio at the end of the region starts (``end + 1`` when none).

    A name on its own line (two to four capitalised words, an outlet or handle in brackets
    after them) and a paragraph that starts with that name, or with a role in brackets and
    then the name ("Jane Doe" / "Jane Doe is a freelance writer ...", "Jane is ...", "(Editor)
    – Jane comes from ..."), near the end of the region: at most two paragraphs follow the
    bio's first one. The same shape with more paragraphs after it is an item of the body
    ("Stella McCartney" / "Stella McCartney is a pioneer of ...", then the next brands).
    """
    prose_after = 0
    for k in range(end - 1, start, -1):
        ln = lines[k]
        if lines[k + 1].prose and k + 1 < end:
            prose_after += 1
        if prose_after > 2:
            break
        if tags[k] or not _name_line(ln):
            continue
        j = _bio_below(lines, k, end)
        if j is None:
            continue
        nxt = lines[j]
        name = _NAME_AFFIX.sub("", ln.text)
        first = name.split()[0]
        text = _ROLE_PREFIX.sub("", nxt.text)
        said = text[len(name if text.startswith(name) else first) :]
        if j > k + 1 and _SAYS.match(said) is None:
            continue  # below the box's short lines, the name and then what the person does
        if text.startswith(name) or (
            # "Jane is ...", but not a subheading that its paragraph repeats in other case
            # ("Package Pricing" / "Package pricing is how many studios ...")
            text.startswith(first + " ") and not text.casefold().startswith(name.casefold())
        ):
            return k
        if _SELF_INTRO.match(nxt.text) and _ROLES.search(
            " ".join(nxt.key.split()[: _ROLE_WORDS * 2])
        ):
            return k  # "Jane Doe" / "Hello, and welcome! I'm the editor & founder of this site."
    return end + 1


#: The first sentence of a paragraph, in which a bio under its name line names the person.
_FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s|$)")


def _bare_name_line(ln: Line) -> list[str] | None:
    """The words of a name line of one to four capitalised words ("Anthony", "Ludo Fourrage"),
    else None."""
    return None if ln.prose else _name_words(ln)


def _names_person(text: str, words: list[str]) -> bool:
    """Whether the first sentence of ``text`` names the person of the name line ``words`` (the
    full name, the first name or the surname) and then says what the person is or does, a
    word in lower case after the name: "Anthony cofounded ...", "Ludovic (Ludo) Fourrage is
    ...", "With over seven years at Acme, ..., Mike has played ..."."""
    m = _FIRST_SENTENCE.match(text)
    tokens = (m.group(0) if m else text).split()
    names = {words[0], words[-1]}
    return any(tok in names and nxt[0].islower() for tok, nxt in pairwise(tokens))


def _name_over_last(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """Where a name line over the region's last paragraph, a bio of the person it names,
    starts (``end + 1`` when there is none).

    The author box prints the name alone on a line, perhaps the first name only ("Anthony" /
    "Website" / "Anthony cofounded ... Today, he lives in ..."), and its paragraph names the
    person in its first sentence without opening with the name line's words: by the surname
    after a given name the line shortens ("Ludo Fourrage" / "Founder and CEO" / "Ludovic
    (Ludo) Fourrage is an education industry veteran ..."), or after a phrase ("Mike Marshall"
    / "With over seven years at Acme, ..., Mike has played ..."). Looser than
    :func:`_name_over_bio` in how the paragraph names the person, so stricter in where it
    stands: the region's last paragraph, nothing of the article's below it, after
    :data:`_ARTICLE_WORDS` words; and in what it says: a person's (a role word or a personal
    pronoun, :data:`_PERSON`). A subheading over a section of the story names a thing, not
    a person the paragraph then speaks of as "he" or "she" (searched for last, once a name
    line stands over the paragraph: most pages have none, and the search reads it whole)."""
    last = next((k for k in range(end, start, -1) if lines[k].prose and not tags[k]), None)
    if last is None:
        return end + 1
    for k in range(last - 1, max(last - 2 - _GAP_LINES, start), -1):
        if tags[k] or lines[k].prose:
            return end + 1
        words = _bare_name_line(lines[k])
        if words is None or _bio_below(lines, k, end) != last:
            continue
        if _names_person(lines[last].text, words):
            person = _PERSON.search(lines[last].key) is not None
            return (
                k if person and _words_before(lines, tags, start, k) >= _ARTICLE_WORDS else end + 1
            )
    return end + 1


#: A paragraph in which the author introduces themself: "I'm ...", "I am ...", after a
#: greeting ("Hi, I'm ...", "Hello, and welcome! I'm ...").
_GREETING_WORD = lx.written_pattern(lx.GREETINGS)
_SELF_INTRO_WORDS = lx.written_pattern(lx.SELF_INTROS)
_SELF_INTRO = re.compile(
    rf"^(?:{_GREETING_WORD}\b[^.!?]{{0,30}}[.!?,]\s*)?{_SELF_INTRO_WORDS}\b", re.IGNORECASE
)


#: The author greeting the reader: "Hey, I'm Jessica! Welcome to ...", "Hello runners! I'm Amanda
#: Brooks, a certified running coach ...", "Hi there! My name is ...", "¡Hola, soy Ana!" (after
#: Spanish's opening mark).
_GREETING = re.compile(
    rf"^¡?{_GREETING_WORD}\b[^.!?]{{0,30}}[.!?,]\s*"
    rf"(?:{_SELF_INTRO_WORDS}|{lx.written_pattern(lx.SELF_NAMINGS)})\b",
    re.IGNORECASE,
)


def _greeting_bio(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """Where an author box in which the author greets the reader starts (``end + 1`` when
    there is none): such a paragraph after the article's paragraphs with at most one paragraph
    after it in the region, or the greeting printed as the box's heading right above such a
    paragraph (:func:`_greeting_heading`). A post that opens with the same greeting has it at
    the top."""
    for k in _closing_paragraphs(lines, tags, start, end):
        first = k - 1 if _greeting_heading(lines, tags, start, k) else k
        greets = first < k or _GREETING.match(lines[k].text) is not None
        if greets and _words_before(lines, tags, start, first) >= _ARTICLE_WORDS:
            return first
    return end + 1


def _greeting_heading(lines: list[Line], tags: list[str], start: int, k: int) -> bool:
    """The line right above paragraph ``k`` is the author's greeting set as a heading over
    their box: a short line, no paragraph and no chrome, in which the author greets the reader
    and introduces themself ("Hi, I'm Chris!" over "I'm a Software Engineer ...", "Hi there!
    I'm Regan.", "¡Hola, soy Ana!"). The greeting opens the author's box on a blog in any
    language; a story's own paragraph does not greet the reader on a line of its own."""
    above = lines[k - 1]
    return (
        k - 1 > start
        and not above.prose
        and not tags[k - 1]
        and _GREETING.match(above.text) is not None
    )


#: "About <Name>" over a paragraph that opens with the name (or names the person among its
#: first words, :data:`_ABOUT_NAME_WORDS`): the author's box (a company's
#: description closing a press release, "About Acme" / "Acme is a global provider of ...", has
#: the same shape and stays: the gold of press releases keeps it).
_ABOUT = re.compile(rf"^{lx.phrase_pattern(lx.ABOUT_LABELS)}\s+(.+)$")
_ABOUT_WORDS = 7
#: ... about a person: a role word (:data:`lexicon.AUTHOR_ROLES`) or a personal pronoun
#: (:data:`lexicon.PERSON_PRONOUNS`, :data:`_PRONOUN`; a bio of one name with a pronoun is
#: about a person, :func:`_authors_name`).
_PRONOUN = re.compile(rf"\b{lx.phrase_pattern(lx.PERSON_PRONOUNS)}\b")
_PERSON = re.compile(_ROLES.pattern + "|" + _PRONOUN.pattern)
#: ... with at most this many paragraphs after its own in the region (listicles write each item
#: under "About <Name>", and the items go on).
_ABOUT_AFTER = 2


def _closing_paragraphs(lines: list[Line], tags: list[str], start: int, end: int) -> Iterator[int]:
    """The region's last two paragraphs (untagged prose lines after ``start`` up to ``end``),
    the last first: a box after the article has at most one paragraph after its own."""
    seen = 0
    for k in range(end, start, -1):
        if lines[k].prose and not tags[k]:
            yield k
            seen += 1
            if seen > 1:
                return


def _words_before(lines: list[Line], tags: list[str], start: int, k: int) -> int:
    """Words of the paragraphs of the region from ``start`` up to line ``k``."""
    return sum(x.words for j, x in enumerate(lines[start:k], start) if x.prose and not tags[j])


#: The full name of an "About <Name>" box among the first this many words of its paragraph.
_ABOUT_NAME_WORDS = 12


def _first_words(key: str) -> str:
    """The first :data:`_ABOUT_NAME_WORDS` words of a folded line, with a blank at each end."""
    return " " + " ".join(key.split()[:_ABOUT_NAME_WORDS]) + " "


def _about_start(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """Where an "About <Name>" box of a person starts (``end + 1`` when there is none)."""
    after = 0
    for k in range(end - 1, start, -1):
        ln, nxt = lines[k], lines[k + 1]
        if ln.prose and not tags[k]:
            after += 1
            if after > _ABOUT_AFTER + 1:
                break
            continue
        m = _ABOUT.match(ln.key)
        if m is None or tags[k] or ln.words > _ABOUT_WORDS or ln.terminal or not nxt.prose:
            continue
        name = m.group(1)
        opens = nxt.key.startswith(name + " ") or nxt.key.startswith(name.split()[0] + " ")
        # (or the full name among the first words: "Als Sales Manager bildet Jane Roe ...")
        if not opens and not (" " in name and f" {name} " in _first_words(nxt.key)):
            continue
        if not _PERSON.search(nxt.key):
            continue  # a company's description: the gold of press releases keeps it
        if _words_before(lines, tags, start, k) >= _ARTICLE_WORDS:
            return k
    return end + 1


def _bio_paragraph(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """Where a bio paragraph set apart from the article starts (``end + 1`` when none)."""
    for k in _closing_paragraphs(lines, tags, start, end):
        name = _name(lines[k])
        if name is not None and _words_before(lines, tags, start, k) >= _ARTICLE_WORDS:
            at = _apart(lines, tags, k, name)
            if at is not None:
                return at
    return end + 1


#: A paragraph that opens with a person's name (a title first, "Dr."; a handle after it,
#: "Eduard Kovacs (@EduardKovacs)"), then a word in lower case: "Ray graduated from NYU ...".
_PERSON_OPENING = re.compile(
    rf"^(?:{_TITLE})?([{_UPPER}][\w'’.-]*(?:\s+[{_UPPER}][\w'’.-]*){{0,3}})"
    rf"(?:\s+\(@\w{{1,30}}\))?\s+[^\W\d_{_UPPER}]"
)
#: The line that names the author ("By Jane Roe", "Posted by : Jane Roe", "View all posts by
#: Jane Roe"): at most this many lines above or below the paragraph, at most _NAMED_WORDS
#: words, ending with the name.
_SIGNED_REACH = 3


def _signed_bio(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """Where a paragraph about the author that a byline names starts (``end + 1`` when none).

    An author box under the article without a role word ("Kaavya is a creative enthusiast at
    ...", "Ray graduated from NYU with a degree in ...") is told by its byline: the short line
    just above or below it that ends with the name the paragraph opens with ("By Kaavya Shah",
    "View all posts by Ray Ansari"). After the article's paragraphs, with at most one paragraph
    after it in the region (a profile in the body names its subject in its own paragraphs).
    """
    for k in _closing_paragraphs(lines, tags, start, end):
        at = _signer(lines, k)
        if at is not None and _words_before(lines, tags, start, k) >= _ARTICLE_WORDS:
            return min(at, k)
    return end + 1


#: "... by Jane Roe" at the end of a short line ("View all posts by Jane Roe", "Posted by :
#: Jane Roe"), where the byline prefixes (:func:`bylines.byline_of`) open the line.
_BY_NAME = re.compile(rf"\b{lx.written_pattern(lx.BY_WORDS)}\s*:?\s+(\S.*)$", re.IGNORECASE)


def _signer(lines: list[Line], k: int) -> int | None:
    """The byline near the paragraph at ``k`` that names the person it opens with."""
    m = _PERSON_OPENING.match(lines[k].text)
    if m is None:
        return None
    # the byline names the full name, or the first name and a surname ("Ray" / "View all
    # posts by Ray Ansari"), written as the paragraph writes it
    # (the pattern of the name is compiled only when a line near it names someone: most
    # paragraphs have none, and the names of a batch of pages overflow ``re``'s cache)
    pattern: re.Pattern[str] | None = None
    near: list[int] = [
        *range(k - 1, max(k - 1 - _SIGNED_REACH, -1), -1),
        *range(k + 1, k + 1 + _SIGNED_REACH),
    ]
    for j in near:
        if j >= len(lines):
            break
        other = lines[j]
        if other.prose or other.words > _NAMED_WORDS:
            continue
        author: str | None = byline_of(other, names=False)
        if author is None and (by := _BY_NAME.search(other.text)) is not None:
            author = by.group(1).strip()
        if author is None:
            continue
        if pattern is None:
            name = re.escape(m.group(1))
            surname = rf"\s[{_UPPER}][\w'’.-]*" if " " not in m.group(1) else ""
            pattern = re.compile(rf"(?:.*\s)?{name}{surname}")
        if pattern.fullmatch(author):
            return j
    return None


#: The byline near the story's first paragraph: at most this many lines above or below it.
_BYLINE_REACH = 8


def _page_authors(lines: list[Line], start: int) -> list[str]:
    """The folded names of the page's authors that a byline near the story's first paragraph
    at ``start`` gives ("By Jane Roe and John Doe", or the bare name "Jane Roe" under the
    headline): names of two words or more."""
    out: list[str] = []
    for ln in lines[max(0, start - _BYLINE_REACH) : start + _BYLINE_REACH]:
        if ln.prose or ln.words > _BYLINE_WORDS:
            continue
        author = byline_of(ln, names=True)
        if author is not None and " " in author.strip():
            out.append(fold(author))
    return out


def _authors_name(name: str, authors: list[str], key: str) -> bool:
    """Whether the bio's opening ``name`` (folded) is an author's: the full name a byline
    gives, or its first name alone in a paragraph about a person (a personal pronoun in
    ``key``: a company's description that ends a press release names no person)."""
    if " " in name:
        return any(f" {name} " in f" {a} " for a in authors)
    return _PRONOUN.search(key) is not None and any(a.startswith(name + " ") for a in authors)


def named_bios(lines: list[Line], tags: list[str], start: int, end: int) -> list[int]:
    """The lines of the region ``[start, end]`` that are a bio of the page's author: a
    paragraph that opens with the name of an author the byline gives and says what the person
    is (:func:`_name`: "Jane Roe has been a freelance technology journalist ...", "Jane is
    Acme's Marketing Manager. ... you can find her ..."), after :data:`_ARTICLE_WORDS` words of
    article and named by no paragraph above it, with its name line right above it. Pages print
    such a box between the story and what they add under it (an FAQ, cards, a form), so the
    region runs on past it. A story names the people it is about, not its author: a profile's
    paragraphs about its subject stay."""
    authors = _page_authors(lines, start)
    if not authors:
        return []
    firsts = tuple({a.split(" ", 1)[0] + " " for a in authors})
    out: list[int] = []
    words = 0
    for k in range(start, end + 1):
        ln = lines[k]
        if not ln.prose or tags[k]:
            continue
        opens = words >= _ARTICLE_WORDS and ln.key.startswith(firsts)
        words += ln.words
        name = _name(ln) if opens else None
        if name is None or not _authors_name(name, authors, ln.key):
            continue
        if _named_above(lines, tags, start, k, name):
            continue  # the story speaks of the person: a profile, an interview
        out.append(k)
        if k - 1 > start and not tags[k - 1] and _name_line(lines[k - 1]):
            out.append(k - 1)  # "Jane Roe" over "Jane Roe is ..."
    return out
