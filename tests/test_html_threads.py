"""Readers' comment threads without class names, told by their shape (``html/threads.py``)."""

from __future__ import annotations

from lxml import html as lxml_html

from cleanscrape import clean_html
from cleanscrape.html.extract import extract_html
from cleanscrape.html.threads import comment_lists

# a real AEB dev page (a charity's blog): a quarterly open thread, its comments in a list,
# here with every class and id taken off as an older site writes it
_OPEN_THREAD = (
    "Our goal with hosting quarterly open threads is to give blog readers an opportunity to "
    "publicly raise comments or questions about GiveWell or related topics (in the comments "
    "section below). As always, you’re also welcome to email us at info@givewell.org or to "
    "request a call with GiveWell staff if you have feedback or questions you’d prefer to "
    "discuss privately. We’ll try to respond promptly to questions or comments."
)
_POST = "https://blog.givewell.org/2018/09/10/september-2018-open-thread/"
_COMMENTS = (
    (
        "Milan Griffes",
        "949868",
        "September 12, 2018 at 4:47 pm",
        (
            "Any update on how the Blattman et al. follow-up paper will affect GiveDirectly’s "
            "recommendation?",
        ),
    ),
    (
        "Alex",
        "949999",
        "September 17, 2018 at 6:34 am",
        (
            "I skimmed your Zusha report, and didn’t see any analysis of the negative utility "
            "of travelling on slower buses.",
            "I *assume* that travelling on slower but safer buses is an overall net positive… "
            "but I’m not totally sure, and I’d at least like to consider the possibility that "
            "the buses are travelling at the correct speed. After all, we should be humble and "
            "give the driver some amount of credit, before we decide that we know better than "
            "them and say that they are stupidly doing something that’s not in their own best "
            "interest.",
            "Logically, there must be some speed at which it’s no longer better (in terms of "
            "overall utility) to be slower — if not, the speed limit would be 1 MPH. Are we "
            "sure that those buses are currently travelling above that ideal speed?",
        ),
    ),
    (
        "Gary M",
        "950013",
        "September 17, 2018 at 8:50 pm",
        (
            "Have you written anything about the trade-off between giving now vs investing "
            "the money and giving in the future?",
            "In particular it seems like effective altruism research is still improving "
            "quickly, so we might be able to give more effectively in the future.",
        ),
    ),
)


def _thread_page(items: str) -> str:
    return (
        "<html><head><title>September 2018 open thread</title></head><body>"
        "<div><h1>September 2018 open thread</h1>"
        f"<p>{_OPEN_THREAD}</p>"
        f"<div><a href='{_POST}'>Permalink</a> | <a href='{_POST}#comments'>10 Comments</a></div>"
        "</div><div><h3>Comments</h3>"
        f"<ul>{items}</ul>"
        "</div></body></html>"
    )


def _items() -> str:
    return "".join(
        f"<li><div><div><strong>{name}</strong> on <a href='{_POST}#comment-{n}'>{date}</a>"
        " said:</div>" + "".join(f"<p>{t}</p>" for t in text) + "<div></div></div></li>"
        for name, n, date, text in _COMMENTS
    )


def test_a_comment_list_without_class_names_is_taken_out() -> None:
    page = _thread_page(_items())
    text = clean_html(page, url=_POST).text
    assert _OPEN_THREAD in text
    for name, _, date, comment in _COMMENTS:
        assert not any(t in text for t in comment)
        assert name not in text and date not in text
    assert extract_html(page, url=_POST).pruned["comment_list"] == 1


def test_comments_dated_by_a_time_element_and_a_reply_link() -> None:
    # the pattern of a real WCXB dev page (an engineer's blog): the permalink wraps a <time>,
    # a "Reply" link to the comment's own fragment under its text
    items = "".join(
        f"<li><article><footer><div><img alt='' src='/avatar{n}.png'><b>{name}</b> says:</div>"
        f"<div><a href='#comment-{n}'><time>{date}</time></a></div></footer>"
        "<div>" + "".join(f"<p>{t}</p>" for t in text) + "</div>"
        f"<div><a rel='nofollow' href='#comment-{n}'>Reply</a></div>"
        "</article></li>"
        for name, n, date, text in _COMMENTS
    )
    text = clean_html(_thread_page(items), url=_POST).text
    assert _OPEN_THREAD in text
    assert not any(t in text for *_, comment in _COMMENTS for t in comment)


def test_footnotes_and_contents_are_not_comment_lists() -> None:
    # a list of footnotes links back by an arrow, a table of contents by section titles, a
    # list of dated items without a link to a fragment: none is a thread
    footnotes = "".join(
        f"<li><p>{text[0]} <a href='#fnref{n}'>↩</a></p></li>" for _, n, _, text in _COMMENTS
    )
    contents = "".join(
        f"<li><a href='#section-{n}'>{text[0]}</a> ({date})</li>" for _, n, date, text in _COMMENTS
    )
    timeline = "".join(
        f"<li>{date}: {text[0]} <a href='/posts/{n}'>Read</a></li>"
        for _, n, date, text in _COMMENTS
    )
    for items in (footnotes, contents, timeline):
        body = lxml_html.document_fromstring(_thread_page(items)).find("body")
        assert body is not None
        assert comment_lists(body) == []


def test_one_item_shaped_like_a_comment_is_no_thread() -> None:
    name, n, date, text = _COMMENTS[0]
    item = f"<li><strong>{name}</strong> on <a href='{_POST}#c{n}'>{date}</a> said: {text[0]}</li>"
    body = lxml_html.document_fromstring(_thread_page(item)).find("body")
    assert body is not None
    assert comment_lists(body) == []
