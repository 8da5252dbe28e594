"""The article's FAQ under its text is the article's, not a tail to take off.

The page is a blog post of the WCXB dev half reduced to what matters: the post's body in a
``<div class="field--name-body">``, and under it, in the same column, a box of questions and
answers (``<div class="faq-container">`` of accordion items) whose answers the gold keeps. The
tail rule read the answers as lines outside the article's area and took them off.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleanscrape.html.extract import extract_html
from cleanscrape.html.tail import article_faqs, trim_tail

_BODY = (
    "With many people working remotely, getting help from a colleague can be challenging. "
    "When it comes to dealing with poor database and query performance, it’s a daunting task "
    "to venture into the dark cavern of query planning and optimization. PostgreSQL offers "
    "powerful tools like EXPLAIN Analyze to uncover inefficiencies and enhance performance.",
    "We recently received a request from one of our customers, concerned about a slow "
    "PostgreSQL query on JSON columns. They were seeing a slow performance in their development "
    "environments and were understandably worried about the impact they’d see if they went to "
    "production with poor query performance.",
    "EXPLAIN is a keyword that gets prepended to a query to show a user how the query optimizer "
    "plans to execute this query. Depending on the complexity of the query, it will show the "
    "join strategy, method of extracting data from tables, estimated rows involved in executing "
    "the query, and other useful information.",
    "All data on the disk is the same to the query optimizer. Determining the fastest way to "
    "reach a particular piece of data requires estimating the time it takes to do a full table "
    "scan, a merge of two tables, and other operations to get data back to the user.",
    "The query optimizer calculates costs based on statistics stored in pg_statistic. However, "
    "this data is not presented in a human-readable format, so it’s not useful for direct "
    "examination. For better visibility into the table and row statistics, try looking at "
    "pg_stats.",
    "Every join type and scan type has its time and place. Some people look for the term "
    "“sequential scan” in fear, not considering if it’s worthwhile to access data another way.",
    "EXPLAIN is one of the most invaluable tools for PostgreSQL, saving lots of time.",
)
_QA = (
    (
        "What is performance tuning in PostgreSQL?",
        "Performance tuning in PostgreSQL is optimizing the database’s performance and "
        "efficiency by adjusting various configuration parameters. This involves fine-tuning "
        "settings related to memory usage, CPU allocation, disk I/O, and query execution to "
        "ensure the database operates at its best.",
    ),
    (
        "What is a query optimizer?",
        "Query optimizers assess multiple potential query plans based on their resource costs, "
        "including factors such as disk reads and server memory.",
    ),
)


def _faq(cls: str) -> str:
    items = "".join(
        '<div class="accordion-item"><div class="accordion-item-header">'
        f'<div class="accordion-item-header-title">{q}</div></div>'
        '<div class="accordion-item-description-wrapper"><div class="accordion-item-description">'
        f'<div class="field field--name-field-answer"><p>{a}</p></div></div></div></div>'
        for q, a in _QA
    )
    return f'<div class="{cls}">{items}</div>'


def _page(faq_in_column: bool) -> str:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    column = (
        '<div class="col-md-9 blog-body"><div class="blog-pubdate">September 18, 2024</div>'
        f'<div class="field field--name-body field--type-text-with-summary">{body}</div>'
        + (
            '<div class="field field--name-field-additional-sections"><div class="field__item">'
            f"{_faq('faq-container')}</div></div>"
            if faq_in_column
            else ""
        )
        + "</div>"
    )
    post = (
        '<div class="node node--type-blog-post"><div class="node__content">'
        f'<div class="blog-content row">{column}</div></div></div>'
    )
    # a site's own FAQ, in another part of the page: met only at the page's <main>
    elsewhere = "" if faq_in_column else f"<section>{_faq('faq-section')}</section>"
    return f"<html><body><main>{post}{elsewhere}</main></body></html>"


def test_the_articles_faq_under_its_text_stays() -> None:
    lines = extract_html(_page(faq_in_column=True)).lines
    assert lines[0] == _BODY[0]
    for _question, answer in _QA:
        assert answer in lines


@pytest.mark.parametrize(("faq_in_column", "taken_off"), [(True, 0), (False, len(_QA))])
def test_trim_tail_keeps_the_answers_of_the_articles_faq_only(
    faq_in_column: bool, taken_off: int
) -> None:
    # the lines as the extractor printed them on the page: the post's paragraphs, the answers
    lines = [*_BODY, *(a for _q, a in _QA)]
    tree = lxml_html.document_fromstring(_page(faq_in_column))
    block = tree.find_class("field--name-body")[0]
    assert trim_tail(block, lines) == (lines[: len(lines) - taken_off], taken_off)


def test_article_faqs_are_the_named_boxes_near_the_block_only() -> None:
    tree = lxml_html.document_fromstring(_page(faq_in_column=True))
    block = tree.find_class("field--name-body")[0]
    assert [el.get("class") for el in article_faqs(block)] == ["faq-container"]
    far = lxml_html.document_fromstring(_page(faq_in_column=False))
    assert article_faqs(far.find_class("field--name-body")[0]) == []
