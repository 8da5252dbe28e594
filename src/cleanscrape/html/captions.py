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
under a thumbnail are the article's). The captions' texts are collected on the page's tree
before extraction; the extracted lines equal to one are taken out
(:func:`drop_captions`), so the extractor's reading of the page does not change.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

#: Elements that show a picture or a player.
MEDIA = ("img", "picture", "video", "iframe")
#: A caption has at most this many words.
MAX_CAPTION_WORDS = 25
#: Elements that set text in italics or small print: a caption's type.
_EMPHASIS = frozenset({"em", "i", "small", "cite"})
#: Elements whose short text is the article's (headings, bold labels, links, lists, tables,
#: quotes, controls), or that hold such elements.
_NOT_CAPTION = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "a", "li", "ul", "ol", "dl", "table",
     "tr", "td", "th", "blockquote", "button", "label", "form", "script", "style", "noscript"}
)  # fmt: skip
#: Containers whose children are data, not an image and its caption; the frame of an image
#: (:func:`_frame`) stops below them.
_CELLS = frozenset({"td", "th", "tr", "li", "body", "html"})
#: ... and a link: a thumbnail and the title it links to are no image and caption.
_NOT_FIGURE = _CELLS | {"a"}
_NOT_CAPTION_XPATH = " or ".join(f"self::{t} or descendant::{t}" for t in sorted(_NOT_CAPTION))
#: ``True`` for an element that is, or holds, one of :data:`_NOT_CAPTION`.
_HOLDS_NOT_CAPTION = etree.XPath(f"boolean({_NOT_CAPTION_XPATH})")
#: A sentence's final stop at the end of a line, before closing quotes or brackets.
_FINAL_STOP = re.compile(r"[.!?:;…。！？][\"'”’»)\]]*$")
_SPACE = re.compile(r"\s+")


def _has_text(el: lxml_html.HtmlElement) -> bool:
    """``el`` holds some text other than white space."""
    return any(s.strip() for s in el.itertext())


def _text(el: lxml_html.HtmlElement) -> str:
    """``el``'s text, white space collapsed."""
    return _SPACE.sub(" ", el.text_content()).strip()


def _frame(media: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The image and the wrappers around it that hold no text: its highest such ancestor."""
    el = media
    parent = el.getparent()
    while parent is not None and parent.tag not in _CELLS and not _has_text(parent):
        el = parent
        parent = el.getparent()
    return el


def _blank(el: lxml_html.HtmlElement) -> bool:
    """``el`` shows nothing: a line break, a comment, an empty paragraph."""
    if not isinstance(el.tag, str) or el.tag == "br":
        return True
    return not _has_text(el) and el.tag not in MEDIA and next(el.iter(*MEDIA), None) is None


def _emphasised(el: lxml_html.HtmlElement, text: str) -> bool:
    """``el``'s whole text is set in italics or small print."""
    if el.tag in _EMPHASIS:
        return True
    outer = (e for e in el.iter(*_EMPHASIS) if e.getparent().tag not in _EMPHASIS)
    inner = " ".join(_text(e) for e in outer)
    return len(_SPACE.sub("", inner)) >= len(_SPACE.sub("", text))


def _caption_text(el: lxml_html.HtmlElement, *, emphasis: bool) -> str | None:
    """``el``'s text when it reads as a caption (see the module's docstring), else ``None``."""
    if not isinstance(el.tag, str) or _HOLDS_NOT_CAPTION(el):
        return None
    text = _text(el)
    words = len(text.split())
    if not words or words > MAX_CAPTION_WORDS or _FINAL_STOP.search(text):
        return None
    if next(el.iter(*MEDIA), None) is not None:
        return None
    if emphasis and not _emphasised(el, text):
        return None
    return text


def _figure_caption(frame: lxml_html.HtmlElement) -> str | None:
    """The one short line that shares the frame's parent with nothing but blank elements and
    images: the caption of a figure written without the tag."""
    parent = frame.getparent()
    if parent is None or parent.tag in _NOT_FIGURE or (parent.text or "").strip():
        return None
    line = None
    for child in parent:
        if (child.tail or "").strip():
            return None
        if child is frame or _blank(child):
            continue
        if not _has_text(child):  # another image
            continue
        if line is not None:
            return None
        line = child
    return None if line is None else _caption_text(line, emphasis=False)


def _line_under(frame: lxml_html.HtmlElement) -> str | None:
    """The emphasised short line right after the frame (past blank elements)."""
    parent = frame.getparent()
    if parent is None or parent.tag in _NOT_FIGURE or (frame.tail or "").strip():
        return None
    nxt = frame.getnext()
    while nxt is not None and _blank(nxt):
        if (nxt.tail or "").strip():
            return None
        nxt = nxt.getnext()
    return None if nxt is None else _caption_text(nxt, emphasis=True)


def caption_texts(body: lxml_html.HtmlElement) -> frozenset[str]:
    """The texts of the page's image captions (white space collapsed)."""
    found: set[str] = set()
    for media in body.iter(*MEDIA):
        frame = _frame(media)
        text = _figure_caption(frame) or _line_under(frame)
        if text:
            found.add(text)
    return frozenset(found)


def drop_captions(lines: list[str], captions: frozenset[str]) -> tuple[list[str], int]:
    """``lines`` without those equal to a caption (white space collapsed), and their count."""
    if not captions:
        return lines, 0
    kept = [ln for ln in lines if " ".join(ln.split()) not in captions]
    return kept, len(lines) - len(kept)
