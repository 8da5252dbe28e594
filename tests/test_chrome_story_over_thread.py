"""A short story above its outlet's readers' thread: the thread is no region of the story.

A crafts blog prints a post's head, then a short story (four lines, one of them ending with a
full stop, some 60 words) closed by its tag row, then a "Comments" heading over some thirty
comments, each a name and date header ("Sheri says" / "July 31, 2018 at 2:41 pm"), the
comment and its "Reply" line. The comments are prose, the story's lines mostly are not (no
full stop): the region search settled on a run of comments (a three-line one and those under
it), kept them as the article and dropped the story as menu, so the page shared no text with
the story's copy on another outlet, and ``--containment`` missed the pair.

The thread's shape (a comments heading, then name and date headers over each comment) says
that what lies in it is the readers'; the region is looked for again above the heading, the
thread's lines weighed as chrome.

The pages (``data/dumps/story_over_thread/``): the two copies of the story in the dev draw of
seed 2047 (short negatives, every copy edited), lines as printed.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.chrome.threads import thread_around

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages

PAGES = read_pages("story_over_thread", ("wood_projects", "workout_earbuds"))
BLOG = PAGES["wood_projects"]
#: The story's last line, which both copies print.
STORY_END = "Kepa Arrizabalaga will undergo a medical"
#: The first comment that the region search took for the article.
COMMENT = "Have you ever thought about creating an ebook"


def _thread(page: list[str], opening: str) -> tuple[int, int] | None:
    """The thread (page indices) that the page's line opening with ``opening`` lies in."""
    feats = page_lines(page, None)
    tags = tag_lines(feats, diacritics=False)
    at = next(k for k, ln in enumerate(feats) if ln.index == line_at(page, opening))
    found = thread_around(feats, tags, at)
    return None if found is None else (feats[found[0]].index, feats[found[1]].index)


def test_the_page_is_as_described() -> None:
    heading = BLOG.index("Comments")
    assert line_at(BLOG, STORY_END) < line_at(BLOG, "Tags: ") < heading < line_at(BLOG, COMMENT)
    assert BLOG[heading + 1 : heading + 5] == [
        "Sheri says",
        "July 31, 2018 at 2:41 pm",
        BLOG[heading + 3],
        "Reply",
    ]


def test_the_comment_lies_in_the_thread_and_the_story_does_not() -> None:
    thread = _thread(BLOG, COMMENT)
    assert thread is not None
    assert thread[0] == BLOG.index("Comments")
    assert thread[1] >= line_at(BLOG, "Are you a woodworking enthusiast?")
    assert _thread(BLOG, STORY_END) is None


def test_the_story_is_kept_and_no_comment() -> None:
    kept = kept_lines(BLOG)
    assert opens_a_line(kept, STORY_END)
    assert not opens_a_line(kept, COMMENT)
    assert not opens_a_line(kept, "Reply")


def test_the_copy_on_another_outlet_is_found() -> None:
    docs = [Document(f"{name}/{name}.txt", "\n".join(page)) for name, page in PAGES.items()]
    results = Pipeline(CleanOptions(containment=True)).run(docs).results
    assert sorted(r.status for r in results) == ["duplicate", "kept"]
