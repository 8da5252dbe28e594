"""The outlet's own prose at the end of the story: its appeals to the reader ("Support CNX
Software! Donate via ...", "Become a paid subscriber to ...", "Thanks for reading! Subscribe for
free to receive new posts.", a newsletter's pitch over its button without an e-mail field, a
sign-in or paywall prompt: "Already a subscriber? Log in"), the story's credit line
("Reporting by ...; Editing by ...", :mod:`~cleanscrape.chrome.story_credits`) and its legal
notices ("This material is not intended to replace the advice of a qualified advisor.", "©
2019 Acme, LLC. All rights reserved. ..."), and its lead-ins to more of its posts ("Other
posts you'll love:"), also over those posts' cards with their summaries
(:func:`cards_start`).

They read as sentences, often long ones, so the article's region runs on through them. Their
words tell them (:data:`lexicon.APPEALS`, :data:`lexicon.LEGAL_NOTICES`), but the same words
are the story's own in an article about subscriptions, donations or copyright (the plainest of
them, "subscribe" or "donations", make an appeal only where the line asks or speaks to the
reader: :func:`_plain_appeal`), so a line counts only where the page puts such prose: at the
end of the region, after the story, with at most :data:`_OTHER_PARAGRAPHS` paragraph of
another kind below it (an author box, a line of thanks). :func:`appeal_start` gives the first
line of that block; the region ends above it. In the lines an HTML extractor chose, the caller
allows no paragraph of another kind below the block: those lines end at the article, not at
the page's footer, and a paragraph below an appeal there is more often the story's own last
one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .. import lexicon as lx
from ..lexicon import folded_phrases
from ..lexicon.folding import fold
from .features import AUTHOR_BIO, CLOSERS, RELATED_HEADING, Line, content_words, copyright_sign
from .story_credits import CREDIT_LINE, story_credit

APPEAL = "appeal"
LEGAL_NOTICE = "legal_notice"


def _phrases(table: Mapping[str, tuple[str, ...]] | frozenset[str]) -> re.Pattern[str]:
    """A pattern for the folded phrases of ``table`` (or the phrases given), as whole words
    anywhere in a key with a blank put before it (:func:`_holds`): the search skips to the
    blanks, and at each tries a tree of the phrases' shared beginnings, one test per distinct
    first letter."""
    found = table if isinstance(table, frozenset) else lx.phrases(table)
    return re.compile(" " + lx.trie_pattern(found) + "(?= |$)")


def _words(table: Mapping[str, tuple[str, ...]] | frozenset[str]) -> frozenset[str]:
    """A word of each phrase of ``table`` (or of the phrases given; its longest). Every word of
    a phrase that :func:`_phrases` finds is a word of the key, so a key holding none of these
    words holds none of the phrases: set probes rule out most lines before the search."""
    found = table if isinstance(table, frozenset) else lx.phrases(table)
    return frozenset(max(p.split(" "), key=len) for p in found)


def _holds(pattern: re.Pattern[str], words: frozenset[str], key: str, key_words: list[str]) -> bool:
    """Whether ``key`` (its words ``key_words``) holds a phrase of ``pattern``
    (:func:`_phrases`), ``words`` the phrases' words (:func:`_words`)."""
    return not words.isdisjoint(key_words) and pattern.search(" " + key) is not None


#: The appeals' phrases but those that are also a story's words (:data:`lexicon.APPEALS_PLAIN`),
#: and those words, which make an appeal only where the line speaks to the reader
#: (:func:`_plain_appeal`).
_PLAIN_PHRASES = lx.phrases(lx.APPEALS_PLAIN)
_PRICE_PHRASES = lx.phrases(lx.APPEALS_PRICE)
_APPEAL_PHRASES = lx.phrases(lx.APPEALS) - _PLAIN_PHRASES - _PRICE_PHRASES
_APPEAL = _phrases(_APPEAL_PHRASES)
_APPEAL_WORDS = _words(_APPEAL_PHRASES)
#: The appeals' phrases that offer a price (:data:`lexicon.APPEALS_PRICE`), an appeal only in a
#: line naming fewer than :data:`_REPORTED_PRICES` prices (:func:`_price_offer`).
_PRICE_OFFER = _phrases(_PRICE_PHRASES)
_PRICE_OFFER_WORDS = _words(_PRICE_PHRASES)
#: A price as written: a currency sign or code and an amount, either way round ("$2.99",
#: "Rs 599", "€ 10", "10€", "USD 5").
_PRICE = re.compile(
    r"(?:[$€£¥₹]|\b(?:Rs|INR|USD|EUR|GBP)\.?)\s?\d|\d(?:[.,]\d+)?\s?(?:[€£]|\b(?:USD|EUR|GBP)\b)"
)
#: A line naming at least this many prices reports what things cost (a review's plans and
#: their prices): an offer names its price, perhaps two (a month's and a year's).
_REPORTED_PRICES = 3
#: An offer of the outlet's periodical by its count of issues at a price: a count and a phrase
#: of :data:`lexicon.ISSUE_OFFERS` ("12 issues for £11.99", "11 numéros pour 49 €"), as
#: whole words of a key (:func:`_issue_offer`).
_ISSUE_OFFER = re.compile(
    r"(?:^| )\d+ " + lx.trie_pattern(lx.phrases(lx.ISSUE_OFFERS)) + r"(?= |$)"
)
_ISSUE_OFFER_WORDS = _words(lx.ISSUE_OFFERS)
_PLAIN = _phrases(_PLAIN_PHRASES)
_PLAIN_WORDS = _words(_PLAIN_PHRASES)
_READER_ADDRESS = lx.phrases(lx.READER_ADDRESS)
#: A plain appeal word that opens a sentence of the line as written ("Subscribe for free to
#: receive new posts.", "Thanks for reading! Donate today."): a request.
_PLAIN_OPENS = re.compile(
    r"(?:^|[.!?…:]\s+)[\"'“‘(\[]*(?:" + lx.trie_pattern(_PLAIN_PHRASES) + r")\b", re.IGNORECASE
)
_LEGAL = _phrases(lx.LEGAL_NOTICES)
_LEGAL_WORDS = _words(lx.LEGAL_NOTICES)
_COMMENT_CALL = _phrases(lx.COMMENT_CALLS)
_COMMENT_CALL_WORDS = _words(lx.COMMENT_CALLS)
_COMMENT_POLICY = _phrases(lx.COMMENT_POLICIES)
_COMMENT_POLICY_WORDS = _words(lx.COMMENT_POLICIES)
#: A call to comment is a label of at most this many words: the same words in a sentence of the
#: author's ("... tell us what you think of it in the comments below!") are the story's close.
_COMMENT_CALL_MAX_WORDS = 8
#: A comment policy has at most this many words.
_COMMENT_POLICY_MAX_WORDS = 40
#: A copyright line: "©" (:func:`~cleanscrape.chrome.features.copyright_sign`) or
#: "Copyright" and a year ("Copyright 2010-2025 - CNX Software").
_COPYRIGHT_YEAR = re.compile(r"(?:^| )copyright \d{4}\b")
#: An appeal or notice has at most this many words (a longer line is the story's).
_WORDS = 90
#: The story before the block: at least this many words of paragraphs, and no fewer than the
#: block holds.
_ARTICLE_WORDS = 150
#: Paragraphs of another kind that the block may hold below its first line.
_OTHER_PARAGRAPHS = 1

#: A line that leads in to more of the outlet's posts ("Other posts you'll love:", "If you liked
#: this post you might also like:", "More Helpful Articles by Acme:"): at most this many words.
_LEAD_IN_WORDS = 16
#: (the words before the posts, :data:`lexicon.LEAD_IN_WORDS`, and what they are,
#: :data:`lexicon.LEAD_IN_NOUNS`; or a phrase of :data:`lexicon.LEAD_IN_PHRASES`).
#: A lead-in over cards (:func:`cards_start`) has at least this many cards under it.
_LEAD_IN_CARDS = 2
_LEAD_IN = re.compile(
    rf"\b(?:{lx.phrase_pattern(lx.LEAD_IN_WORDS)} (?:\w+ )?{lx.phrase_pattern(lx.LEAD_IN_NOUNS)}"
    rf"|{lx.phrase_pattern(lx.LEAD_IN_PHRASES)})\b"
)


#: A call to follow the outlet's coverage or feed ("Follow AP's full coverage of Brexit at
#: https://...", "Follow @BGRDeals on Twitter to keep up with the latest deals ..."): the line
#: opens with a share or follow phrase of the lexicon ("Follow", "Síguenos", "Folgen Sie uns")
#: and holds a link or a handle. Its words name no appeal, and the lexicon's share/follow lines
#: are short and name a network; such a call is long, or names a page instead.
_FOLLOW_START = lx.prefix_regex(folded_phrases(lx.SHARE_FOLLOW), max_extra_words=_WORDS)
_LINK_OR_HANDLE = re.compile(r"https?://|\bwww\.\w|(?:^|\s)@\w")


def follow_call(ln: Line) -> bool:
    """The line is a call to follow the outlet, a page of its coverage or its feed, with the
    link or the handle to follow (see :data:`_FOLLOW_START`)."""
    return _FOLLOW_START.match(ln.key) and _LINK_OR_HANDLE.search(ln.text) is not None


def comment_prompt(ln: Line) -> bool:
    """The line leads in to the readers' comments: a label that calls on the reader to comment
    ("Tell us what YOU think...", :data:`lexicon.COMMENT_CALLS`, at most
    :data:`_COMMENT_CALL_MAX_WORDS` words) or the comments' policy ("ATENÇÃO: Comentários com
    textos ininteligíveis ... não serão aprovados pelo moderador.",
    :data:`lexicon.COMMENT_POLICIES`, at most :data:`_COMMENT_POLICY_MAX_WORDS` words). The
    caller looks for it among the last lines of the story only."""
    words = ln.words
    if words > _COMMENT_POLICY_MAX_WORDS:
        return False
    key = ln.key
    key_words = key.split(" ")
    return _holds(_COMMENT_POLICY, _COMMENT_POLICY_WORDS, key, key_words) or (
        words <= _COMMENT_CALL_MAX_WORDS
        and _holds(_COMMENT_CALL, _COMMENT_CALL_WORDS, key, key_words)
    )


#: A question's mark, in the scripts whose questions end with one of their own ("?", the
#: fullwidth "？" of Chinese and Japanese, the Arabic "؟").
_QUESTION_MARKS = "?？؟"
#: A line whose first sentence is a question: no other sentence mark before its question mark,
#: and text after it ("How do I watch ...? Each of these services offer their own apps ...").
_OPENING_QUESTION = re.compile(
    rf"^[^.!。！{_QUESTION_MARKS}]+[{_QUESTION_MARKS}][{re.escape(CLOSERS)}]*\s*(?=\S)"
)
#: An answer repeats at least this many of its question's content words
#: (:func:`~cleanscrape.chrome.features.content_words`, of at least :data:`_CONTENT_LETTERS`
#: letters; one may be a word such as "which" or "about")...
_SHARED_WORDS = 2
#: ... words of fewer letters than this are the page's own ("more", "like", "this" of "Want
#: more like this?"), not what the question is about.
_CONTENT_LETTERS = 5
#: Korean is written with spaces, but each syllable block holds two or three letters, so its
#: words are short by count (most have two to four blocks) and rarely reach
#: :data:`_CONTENT_LETTERS`: they are compared by their pairs of blocks, as before one
#: definition of content words served every rule.
_HANGUL_PAIRS = re.compile(r"(?=([\uac00-\ud7af]{2}))")


def _content(key: str) -> set[str]:
    """The content words of a folded key of a question or an answer
    (:func:`~cleanscrape.chrome.features.content_words`): of :data:`_CONTENT_LETTERS` letters
    or more, or pairs of characters of a script written without spaces, or of Korean syllable
    blocks (:data:`_HANGUL_PAIRS`)."""
    return content_words(key, letters=_CONTENT_LETTERS) | set(_HANGUL_PAIRS.findall(key))


def _answers_question(ln: Line, above: Line | None) -> bool:
    """The line answers a question of the story's FAQ: a question sits just above it (a line
    ending with a question mark, :data:`_QUESTION_MARKS`) or opens it (:data:`_OPENING_QUESTION`:
    "How do I watch live TV streaming services? Each of these services offer their own apps
    ... You can subscribe to these services through their own websites ..."), and the answer
    repeats :data:`_SHARED_WORDS` content words of the question (:func:`_content`). Such an
    answer speaks to the reader as an appeal does, but tells how to get what the story is
    about; an appeal after a question of the page's own ("Want more like this?", "Like What
    You're Reading?") asks about the page and repeats none of its words in the offer."""
    opening = _OPENING_QUESTION.match(ln.text)
    if opening is not None:
        question, answer = fold(opening.group()), fold(ln.text[opening.end() :])
    elif above is not None and above.text.rstrip(CLOSERS).endswith(tuple(_QUESTION_MARKS)):
        question, answer = above.key, ln.key
    else:
        return False
    return len(_content(question) & _content(answer)) >= _SHARED_WORDS


def _plain_appeal(ln: Line, key: str, key_words: list[str], above: Line | None) -> bool:
    """The line asks the reader to subscribe or donate in words that are also a story's
    (:data:`lexicon.APPEALS_PLAIN`): it holds one and is a label or a button ("Digital Magazine -
    Subscribe", "Fundraisers & Donations": no prose), or it speaks to the reader
    (:data:`lexicon.READER_ADDRESS`: "Your monthly donations keep us going."), or a sentence of
    it opens with the word ("Subscribe to the blog to receive ..."). A story's "Small investors
    have welcomed the deal, subscribing for so many shares ..., Reuters reported." is prose and
    does neither. An answer of the story's FAQ speaks to the reader too ("You can subscribe to
    these services through their own websites ..."): under a question it answers
    (:func:`_answers_question`, ``above`` the line right over it) it is no appeal unless it
    asks ("... Subscribe here.")."""
    if not _holds(_PLAIN, _PLAIN_WORDS, key, key_words):
        return False
    return (
        not ln.prose
        or _PLAIN_OPENS.search(ln.text) is not None
        or (not _READER_ADDRESS.isdisjoint(key_words) and not _answers_question(ln, above))
    )


def _price_offer(ln: Line, key: str, key_words: list[str], below: Line | None) -> bool:
    """The line offers the outlet's price in an appeal's words (:data:`lexicon.APPEALS_PRICE`):
    it holds one and names fewer than :data:`_REPORTED_PRICES` prices ("Get access to ... Pro
    for as little as Rs 599 for first year."). A review's paragraph on what an app costs ("...
    for as little as $2.99 for a month. A yearly subscription is currently $29.99, ... it's
    $69.99.") names several: it reports prices, and offers none of the outlet's. (Speaking to
    the reader tells neither: a review says "you can try it for as little as ...".)

    The prices of ``below``, the line of prose right under it, count with the line's own: a
    page that breaks the review's paragraph at its sentences leaves the sentence with the
    phrase on a line with one price ("... for as little as $2.99 for a month."), and the
    paragraph goes on below it with the others ("A yearly subscription is currently $29.99,
    ..."). An offer's line is followed by its button, a form or the page's footer, or by
    prose naming no more prices."""
    if not _holds(_PRICE_OFFER, _PRICE_OFFER_WORDS, key, key_words):
        return False
    prices = len(_PRICE.findall(ln.text))
    if below is not None and below.prose:
        prices += len(_PRICE.findall(below.text))
    return prices < _REPORTED_PRICES


def _issue_offer(ln: Line, key: str, key_words: list[str]) -> bool:
    """The line sells the outlet's periodical by its count of issues at a price ("Get Motor
    Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click
    here for more information.", "Top Gear Magazine Subscription – 5 issues for £5"): a count,
    the words of :data:`lexicon.ISSUE_OFFERS` after it, and a price, fewer than
    :data:`_REPORTED_PRICES` of them. It names no appeal's word ("subscribe" is not needed to
    sell twelve issues), and the count and the price are what a magazine's offer prints in any
    language; a story that says a magazine "printed 12 issues for its readers" names no price,
    and a review that compares the plans of several magazines names more."""
    if _ISSUE_OFFER_WORDS.isdisjoint(key_words) or _ISSUE_OFFER.search(key) is None:
        return False
    return 0 < len(_PRICE.findall(ln.text)) < _REPORTED_PRICES


def _notice_words(ln: Line, key: str, key_words: list[str]) -> bool:
    """The line's words make it a legal notice: the copyright sign
    (:func:`~cleanscrape.chrome.features.copyright_sign`), "copyright" and a year
    (:data:`_COPYRIGHT_YEAR`) or a phrase of :data:`lexicon.LEGAL_NOTICES` ("All rights
    reserved", "not intended to replace the advice of"), in the line's folded ``key`` (its
    words ``key_words``) outside quotation marks (:func:`_legal_unquoted`)."""
    return (
        copyright_sign(ln.text)
        or ("copyright " in key and _COPYRIGHT_YEAR.search(key) is not None)
        or (_holds(_LEGAL, _LEGAL_WORDS, key, key_words) and _legal_unquoted(ln))
    )


#: A quotation: between curly, low or angle quotation marks, or a pair of straight ones.
_QUOTATION = re.compile(r"“[^“”]*”|„[^„“”]*[“”]|«[^«»]*»|\"[^\"]*\"")


def _legal_unquoted(ln: Line) -> bool:
    """The line (whose key holds a phrase of :data:`lexicon.LEGAL_NOTICES`) holds one outside
    what it quotes (:data:`_QUOTATION`); a line that quotes nothing does.

    A disclaimer's words in a quotation are someone's speech that a story reports ("“...
    fasting is not a substitute for a comprehensive healthy lifestyle ...,” Fontana says"),
    not the outlet's notice; a notice quotes a short name at most (an adviser's firm,
    "(“Facet”)"), and its phrase stands outside the marks."""
    bare = _QUOTATION.sub(" ", ln.text)
    if bare == ln.text:
        return True
    key = fold(bare)
    return _holds(_LEGAL, _LEGAL_WORDS, key, key.split(" "))


def legal_notice(ln: Line) -> bool:
    """The line is one of the outlet's legal notices: a line of at most :data:`_WORDS` words
    that its words make a notice (:func:`_notice_words`) and that is no credit line of the story
    (:func:`~cleanscrape.chrome.story_credits.story_credit`: "Reporting by ...; Editing by
    ... © Reuters" names the wire's copyright but credits the story). What
    :func:`tail_kind` calls ``LEGAL_NOTICE``; it asks for the credit line first, as here."""
    if ln.words > _WORDS:
        return False
    key = ln.key
    return _notice_words(ln, key, key.split(" ")) and not story_credit(ln)


#: Where a sentence of a line as written ends: its mark (a full stop, a question or exclamation
#: mark, an ellipsis) with the quotation marks that close it and a blank after it, or a mark of
#: the scripts written without spaces ("。", "！", "？"); a figure's decimal point has no blank
#: after it ("$12.99").
_SENTENCE_END = re.compile(rf"[.!?…]+[{re.escape(CLOSERS)}]*\s+|[。！？]+[{re.escape(CLOSERS)}]*")
#: A story's paragraph tells at least this many sentences before the call to the reader that
#: closes it (:func:`_story_before_call`); an appeal of the outlet's asks in its first
#: sentences, after a lead-in at most ("Thanks for reading!", "Five Books interviews are
#: expensive to produce.", "Want to keep up with ...? The free weekly ... email is ...").
_STORY_SENTENCES = 3
#: ... holding together at least this many words, as many as make a line prose whatever its
#: end (:attr:`~cleanscrape.chrome.features.Line.prose`): a slogan's words over a call ("Explore.
#: Discover. Connect. Follow us on:") are sentences by their marks, but no story.
_STORY_WORDS = 30


def _call_words(sentence: str) -> bool:
    """The sentence holds an appeal's words: a phrase of :data:`lexicon.APPEALS` (the plainest,
    "subscribe" or "donations", and those of a price, anywhere), an offer of issues at a price
    (:data:`_ISSUE_OFFER`) or a call to follow the outlet (:data:`_FOLLOW_START`)."""
    key = fold(sentence)
    words = key.split(" ")
    return (
        _holds(_APPEAL, _APPEAL_WORDS, key, words)
        or _holds(_PLAIN, _PLAIN_WORDS, key, words)
        or _holds(_PRICE_OFFER, _PRICE_OFFER_WORDS, key, words)
        or _ISSUE_OFFER.search(key) is not None
        or bool(_FOLLOW_START.match(key))
    )


def _narrated(sentences: list[str]) -> bool:
    """The ``sentences`` hold at least :data:`_STORY_WORDS` words, and more than half of them
    are in sentences that speak to no one (no word of :data:`lexicon.READER_ADDRESS`): a
    story tells. The outlet's box before its ask speaks to the reader or as the outlet in most
    of its words ("Sorry! As a registered member you get 10 free posts from our archive ...
    You have reached your limit ...", "Did you make one of my recipes? Please take a moment to
    leave a star rating.", "We send newsletters ... We measure how often our emails are
    opened")."""
    words = [len(s.split()) for s in sentences]
    told = sum(
        n
        for n, s in zip(words, sentences, strict=True)
        if _READER_ADDRESS.isdisjoint(fold(s).split(" "))
    )
    return sum(words) >= _STORY_WORDS and 2 * told > sum(words)


def _story_before_call(ln: Line) -> bool:
    """The line is the story's paragraph that ends with a call to the reader: at least
    :data:`_STORY_SENTENCES` sentences (:data:`_SENTENCE_END`) without an appeal's words
    (:func:`_call_words`) come before the first that holds them, and they tell a story
    (:func:`_narrated`). A blog's list post closes its
    last item's paragraph with a call ("Build an outdoor coffee table and add a fun stencil, get
    the plans and more details in this post. If you like these woodwork projects, pin this image
    and save it for later."), and a page that runs the paragraphs of its last items into one
    line puts several of the story's sentences before it. The output is never cut inside a line:
    the call stays with the story it closes, where its own line would be dropped. An appeal box
    of the outlet (donate, subscribe, support us) speaks of the outlet from its first sentence
    or after one line of lead-in, so it stays an appeal."""
    sentences = _SENTENCE_END.split(ln.text)
    for n, sentence in enumerate(sentences):
        if _call_words(sentence):
            return n >= _STORY_SENTENCES and _narrated(sentences[:n])
    return False


def tail_kind(ln: Line, below: Line | None = None, above: Line | None = None) -> str:
    """``APPEAL``, ``LEGAL_NOTICE`` (:func:`legal_notice`), ``RELATED_HEADING`` (a lead-in to
    other stories, :data:`~cleanscrape.chrome.features.RELATED_HEADING`) or the story's credit
    line (:data:`~cleanscrape.chrome.story_credits.CREDIT_LINE`) when the line's words make it
    one, else ``""``. ``below``: the line right under it, when it is no chrome already (the prices
    of a paragraph broken at its sentences, :func:`_price_offer`); ``above``: the line right
    over it, when it is no chrome already (a question the line answers: no plain appeal,
    :func:`_answers_question`)."""
    if ln.words > _WORDS:
        return ""
    if story_credit(ln):
        return CREDIT_LINE
    key = ln.key
    words = key.split(" ")  # (the phrases are searched for only in keys holding their words)
    if _notice_words(ln, key, words):
        return LEGAL_NOTICE
    if (
        _holds(_APPEAL, _APPEAL_WORDS, key, words)
        or _plain_appeal(ln, key, words, above)
        or _price_offer(ln, key, words, below)
        or _issue_offer(ln, key, words)
        or follow_call(ln)
    ) and not _story_before_call(ln):
        return APPEAL
    if lead_in(ln):
        return RELATED_HEADING
    return ""


def lead_in(ln: Line) -> bool:
    """The line leads in to more of the outlet's posts (:data:`_LEAD_IN`: "Other posts you'll
    love:", "On a related note, here are some interesting articles.")."""
    return ln.words <= _LEAD_IN_WORDS and _LEAD_IN.search(ln.key) is not None


def cards_start(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """First line of a lead-in to more posts over their cards that end the region ``[start,
    end]`` (``end + 1`` when there is none). Scanning up from the end: cards (a title line, no
    paragraph, with at most one paragraph right under it, its summary) and lines a rule tags
    (a card's date), up to a lead-in (:func:`lead_in`, or a related heading of the lexicon's,
    in any of its languages) over at least :data:`_LEAD_IN_CARDS` cards, after the story's
    :data:`_ARTICLE_WORDS` words and no fewer than the cards hold. A paragraph under no title
    line is the story's, and an author's box (its name over its bio reads as a card) is no
    card: either ends the scan. The summaries are paragraphs, so neither the region search nor
    the appeals' block (:func:`appeal_start`) stops at the cards without this."""
    cards = 0
    for k in range(end, start, -1):
        ln, tag = lines[k], tags[k]
        if tag == RELATED_HEADING or (not tag and lead_in(ln)):
            ends = ends_story(lines, tags, start, end, k, _ARTICLE_WORDS)
            return k if cards >= _LEAD_IN_CARDS and ends else end + 1
        if tag == AUTHOR_BIO:
            break
        if tag:
            continue
        if not ln.prose:
            cards += ln.titlelike
            continue
        title = lines[k - 1]  # (k > start)
        if tags[k - 1] or title.prose or not title.titlelike:
            break
    return end + 1


def appeal_start(
    lines: list[Line], tags: list[str], start: int, end: int, *, others: int = _OTHER_PARAGRAPHS
) -> int:
    """First line of the appeals and notices that end the region ``[start, end]`` (``end + 1``
    when there are none): scanning up from the end, the topmost such line (a paragraph, or a
    short line such as "Join my newsletter" or a lead-in to more posts) with at most
    ``others`` paragraphs of another kind below it; other lines that are not paragraphs
    (headings, links) go with the block."""
    first = end + 1
    other = 0
    for k in range(end, start, -1):
        ln = lines[k]
        if tags[k]:
            continue
        below = lines[k + 1] if k < end and not tags[k + 1] else None
        above = lines[k - 1] if not tags[k - 1] else None  # (k > start)
        if tail_kind(ln, below, above):
            first = k
            continue
        if not ln.prose:
            continue
        other += 1
        if other > others:
            break
    if first > end:
        return first
    return first if ends_story(lines, tags, start, end, first, _ARTICLE_WORDS) else end + 1


def ends_story(
    lines: list[Line], tags: list[str], start: int, end: int, first: int, min_words: int
) -> bool:
    """Whether a block from line ``first`` is where the page ends the story of the region
    ``[start, end]``: the story's paragraphs before it hold at least ``min_words`` words, and
    no fewer than the region's paragraphs from ``first`` on."""
    words = [
        ln.words if ln.prose and not tags[k] else 0
        for k, ln in enumerate(lines[start : end + 1], start)
    ]
    before, after = sum(words[: first - start]), sum(words[first - start :])
    return before >= min_words and before >= after


#: A region whose paragraphs' words are more than this share legal notices is the outlet's
#: notices, not a story (:func:`notices_region`).
_NOTICES_SHARE = 0.5


def notices_region(lines: list[Line], tags: list[str], start: int, end: int) -> list[int]:
    """The legal notices (:func:`legal_notice`) of the region ``[start, end]`` when they hold
    more than half the words of its paragraphs, else ``[]``. An outlet prints its notices under
    every page ("The information provided on this website ... was originally intended for a US
    audience.", "*These statements have not been evaluated by the Food and Drug
    Administration.", "© 2019 Acme, LLC. All rights reserved. ...", "... are registered
    trademarks of ..."): several long sentences in a row, which outweigh a short story whose
    body is mostly a table or a list (its rows weigh nothing) in the region search. A story
    that quotes a notice holds it in one paragraph among its own, never most of its words."""
    notices: list[int] = []
    words = 0
    for k in range(start, end + 1):
        ln = lines[k]
        if tags[k] or not ln.prose:
            continue
        words += ln.words
        if legal_notice(ln):
            notices.append(k)
    held = sum(lines[k].words for k in notices)
    return notices if held > _NOTICES_SHARE * words else []
