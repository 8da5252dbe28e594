"""Captions of the article's images printed as lines of its text: taken out.

trafilatura drops a ``<figure>`` and its ``<figcaption>``, but many templates set an image and
its caption in plain elements between the paragraphs, and the extractor prints the caption as a
line of the body: ``The slimmer bezels of the 16-inch MacBook Pro`` under a review's photo,
``Light a Wish by OGE Group`` under each view of an exhibition. The markup tells such a line by
its place, whatever the site or the language:

* **an unmarked figure**: the image's frame (the image and the wrappers around it that hold no
  text) shares its parent with one short element of text and nothing else (``<div><div><img>
  </div><br><span>caption</span></div>``): the parent is a figure written without the tag;
* **an emphasised line under the image**: the next element after the frame (past empty
  paragraphs and line breaks) is a short line set wholly in italics or small print
  (``<p><img></p><p><em>caption</em></p>``).

Either way the line is a caption only when it is short (at most :data:`MAX_CAPTION_WORDS`
words), ends without a sentence's final stop, and is no heading, bold label, link, list item
or cell of a table (a subheading under a photo, an award's label on a product's card, a link
under a thumbnail are the article's). The captions' texts are collected from the images of
the article's nodes by content score (the HTML path passes them; a whole page's images cost
several times more to read, chrome's logos and cards among them), and the extracted lines
equal to one are taken out (:func:`drop_captions`): the tree is not changed, so the
extractor's reading of the page does not either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree
from lxml import html as lxml_html

from .tags import ANY_HEADING
from .words import element_words

#: Elements that show a picture or a player.
MEDIA = ("img", "picture", "video", "iframe")
#: An unmarked figure holds at most this many elements: its image's frame, the caption, line
#: breaks and empty wrappers.
MAX_FIGURE_CHILDREN = 8
#: A caption has at most this many words.
MAX_CAPTION_WORDS = 25
#: Elements that set text in italics or small print: a caption's type.
_EMPHASIS = frozenset({"em", "i", "small", "cite"})
#: Elements whose short text is the article's (headings, bold labels, links, lists, tables,
#: quotes, controls), or that hold such elements.
_NOT_CAPTION = frozenset(
    {*ANY_HEADING, "strong", "b", "a", "li", "ul", "ol", "dl", "table", "tr", "td", "th",
     "blockquote", "button", "label", "form", "script", "style", "noscript"}
)  # fmt: skip
#: Containers whose children are data, not an image and its caption; the frame of an image
#: (:meth:`_Figures.frame`) stops below them.
_CELLS = frozenset({"td", "th", "tr", "li", "body", "html"})
#: ... and a link: a thumbnail and the title it links to are no image and caption.
_NOT_FIGURE = _CELLS | {"a"}
_NOT_CAPTION_XPATH = " or ".join(f"self::{t} or descendant::{t}" for t in sorted(_NOT_CAPTION))
#: ``True`` for an element that is, or holds, one of :data:`_NOT_CAPTION`.
_HOLDS_NOT_CAPTION = etree.XPath(f"boolean({_NOT_CAPTION_XPATH})")
#: A sentence's final stop at the end of a line, before closing quotes or brackets.
_FINAL_STOP = re.compile(r"[.!?:;…。！？][\"'”’»)\]]*$")


def _emphasised(el: lxml_html.HtmlElement, text: str) -> bool:
    """``el``'s whole text is set in italics or small print."""
    if el.tag in _EMPHASIS:
        return True
    outer = (e for e in el.iter(*_EMPHASIS) if e.getparent().tag not in _EMPHASIS)
    inner = sum(len(w) for e in outer for w in element_words(e))
    return inner >= len(text) - text.count(" ")


def _caption_text(el: lxml_html.HtmlElement, *, emphasis: bool) -> str | None:
    """``el``'s text when it reads as a caption (see the module's docstring), else ``None``."""
    if not isinstance(el.tag, str) or el.tag in _NOT_CAPTION:
        return None
    words = element_words(el)
    if not words or len(words) > MAX_CAPTION_WORDS:
        return None
    text = " ".join(words)
    if _FINAL_STOP.search(text):
        return None
    if _HOLDS_NOT_CAPTION(el):
        return None
    if next(el.iter(*MEDIA), None) is not None:
        return None
    if emphasis and not _emphasised(el, text):
        return None
    return text


class _Figures:
    """One page's images read for captions. Whether an element holds text is looked up once
    per element: the images of a gallery share the wrappers their frames climb through."""

    def __init__(self) -> None:
        self._texty: dict[lxml_html.HtmlElement, bool] = {}

    def has_text(self, el: lxml_html.HtmlElement) -> bool:
        """``el`` holds some text other than white space."""
        found = self._texty.get(el)
        if found is None:
            found = self._texty[el] = any(s.strip() for s in el.itertext())
        return found

    def frame(self, media: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
        """The image and the wrappers around it that hold no text: its highest such
        ancestor."""
        el = media
        parent = el.getparent()
        while parent is not None and parent.tag not in _CELLS and not self.has_text(parent):
            el = parent
            parent = el.getparent()
        return el

    def blank(self, el: lxml_html.HtmlElement) -> bool:
        """``el`` shows nothing: a line break, a comment, an empty paragraph."""
        if not isinstance(el.tag, str) or el.tag == "br":
            return True
        return not self.has_text(el) and el.tag not in MEDIA and next(el.iter(*MEDIA), None) is None

    def figure_caption(self, frame: lxml_html.HtmlElement) -> str | None:
        """The one short line that shares the frame's parent with nothing but blank elements
        and images: the caption of a figure written without the tag."""
        parent = frame.getparent()
        if parent is None or parent.tag in _NOT_FIGURE or (parent.text or "").strip():
            return None
        if len(parent) > MAX_FIGURE_CHILDREN:  # a section of the page, not a figure
            return None
        line = None
        for child in parent:
            if (child.tail or "").strip():
                return None
            if child is frame or not isinstance(child.tag, str) or not self.has_text(child):
                continue  # a line break, an empty element or another image
            if line is not None:
                return None
            line = child
        return None if line is None else _caption_text(line, emphasis=False)

    def line_under(self, frame: lxml_html.HtmlElement) -> str | None:
        """The emphasised short line right after the frame (past blank elements)."""
        parent = frame.getparent()
        if parent is None or parent.tag in _NOT_FIGURE or (frame.tail or "").strip():
            return None
        nxt = frame.getnext()
        while nxt is not None and self.blank(nxt):
            if (nxt.tail or "").strip():
                return None
            nxt = nxt.getnext()
        return None if nxt is None else _caption_text(nxt, emphasis=True)


def caption_texts(roots: Iterable[lxml_html.HtmlElement]) -> frozenset[str]:
    """The texts of the captions of the images inside ``roots`` (white space collapsed)."""
    found: set[str] = set()
    figures = _Figures()
    frames: set[lxml_html.HtmlElement] = set()  # the images of one frame are read once
    for media in (m for root in roots for m in root.iter(*MEDIA)):
        frame = figures.frame(media)
        if frame in frames:
            continue
        frames.add(frame)
        text = figures.figure_caption(frame) or figures.line_under(frame)
        if text:
            found.add(text)
    return frozenset(found)


def drop_captions(lines: list[str], captions: frozenset[str]) -> tuple[list[str], int]:
    """``lines`` without those equal to a caption (white space collapsed), and their count."""
    if not captions:
        return lines, 0
    kept = [ln for ln in lines if " ".join(ln.split()) not in captions]
    return kept, len(lines) - len(kept)
