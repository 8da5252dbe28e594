"""The button of a quote boxed to be shared ("Click To Tweet"), removed before extraction.

Blog engines offer a box that sets a sentence of the post apart for the reader to share: the
sentence, and beside it a button that opens a social network's share form with the sentence
filled in (``<a href="https://twitter.com/intent/tweet?text=..."><span>Every online business
exists in the 'space-time continuum.'</span><span>Click To Tweet</span></a>``; or the sentence
and the button as two links to that form inside one box). The sentence is the post's own and
is printed as its paragraph; the button is chrome, and since both are inline elements the
extractor runs its label into the sentence: "... 'space-time continuum.'Click To Tweet".

A share link is a link to a social network's share form (:data:`_SHARE_LINKS`: its address,
not its words, so in every language). Its *label* is the largest element inside it (or the
link itself) whose text is a few words (:data:`MAX_LABEL_WORDS`) with no end of a sentence;
the label goes when the box around it (the link, or the link's parent when the link is the
label) ends with it and holds a sentence before it (:data:`MIN_QUOTE_WORDS` words or more,
ending like a sentence). A bar of share buttons ("Share: Facebook Twitter Email") holds no
sentence and is left to the other rules. Only the parents of the page's prose paragraphs are
searched, once its chrome containers are pruned: the box stands among the post's paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree
from lxml import html as lxml_html

from .removal import drop_elements
from .words import element_text, element_words

#: Links to a share form with the text filled in: X/Twitter's tweet intent and share page,
#: Facebook's sharer, LinkedIn's share page (one pass of libxml2). A link to follow an account
#: (``intent/follow``, ``intent/user``), which a sentence may name, is not one.
_SHARE_LINKS = etree.XPath(
    "descendant::a[contains(@href, 'twitter.com/intent/tweet')"
    " or contains(@href, 'twitter.com/share') or contains(@href, '//x.com/intent/tweet')"
    " or contains(@href, '//x.com/intent/post') or contains(@href, 'facebook.com/sharer')"
    " or contains(@href, 'linkedin.com/share')]"
)
#: A button's label is at most this many words ...
MAX_LABEL_WORDS = 4
#: ... and the quote beside it at least this many, ending like a sentence.
MIN_QUOTE_WORDS = 5
#: The end of a sentence, before closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")


def _is_label(el: lxml_html.HtmlElement) -> bool:
    """``el``'s text is a button's label: a few words, not a sentence."""
    words = element_words(el)
    return 0 < len(words) <= MAX_LABEL_WORDS and not _SENTENCE_END.search(" ".join(words))


def _label_of(link: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The label of a share link: the link itself when its text is one, else the first
    element inside it that is one (the largest: an element's children are not looked at when
    it is a label); ``None`` when none is."""
    if _is_label(link):
        return link
    for el in link.iterdescendants():
        if isinstance(el.tag, str) and _is_label(el):
            return el
    return None


def _holds_quote(box: lxml_html.HtmlElement, label: lxml_html.HtmlElement) -> bool:
    """``box`` ends with ``label`` and holds a sentence before it: its text but the label's is
    :data:`MIN_QUOTE_WORDS` words or more and ends like a sentence. (A share link in the middle
    of a sentence, "you can tweet at us with ...", is the sentence's.)"""
    text = element_text(box)
    own = element_text(label)
    if not text.endswith(own):
        return False
    rest = text[: len(text) - len(own)]
    return len(rest.split()) >= MIN_QUOTE_WORDS and _SENTENCE_END.search(rest) is not None


def share_quote_labels(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The labels of the share buttons beside a quote below ``root`` (see the module's
    docstring), in document order."""
    labels: list[lxml_html.HtmlElement] = []
    for link in _SHARE_LINKS(root):
        label = _label_of(link)
        if label is None:
            continue
        box = link.getparent() if label is link else link
        if box is not None and box is not root and _holds_quote(box, label):
            labels.append(label)
    return labels


def drop_share_labels(
    paragraphs: Iterable[lxml_html.HtmlElement], texts: list[str] | None = None
) -> int:
    """Remove the labels of the share buttons beside a quote among the page's prose
    ``paragraphs`` (:func:`share_quote_labels` below their parents: a quote boxed to be shared
    is set among the post's paragraphs, and only that part of the page is searched); returns
    how many went (and appends the text of each to ``texts`` when given). A label's tail stays
    in its parent."""
    parents = {p.getparent() for p in paragraphs}
    parents.discard(None)
    tops = [el for el in parents if not any(a in parents for a in el.iterancestors())]
    return drop_elements([label for top in tops for label in share_quote_labels(top)], texts)
