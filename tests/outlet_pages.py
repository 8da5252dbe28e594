"""Pages of one outlet stored whole as test data (``data/dumps/<folder>/<name>.txt``, lines as
printed), and what the tests of the strip stage ask of them: the lines it keeps of a page, and
whether the pipeline keeps two pages with two different stories apart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline, clean_text
from cleanscrape.chrome.strip import classify_lines

DUMPS = Path(__file__).parent / "data" / "dumps"


def read_pages(folder: str, names: Iterable[str]) -> dict[str, list[str]]:
    """The pages ``names`` of ``data/dumps/<folder>/``, each as its list of lines."""
    return {
        name: (DUMPS / folder / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
        for name in names
    }


def line_at(page: Sequence[str], opening: str) -> int:
    """The index of ``page``'s first line opening with ``opening`` (a line quoted by its
    opening)."""
    return next(k for k, line in enumerate(page) if line.startswith(opening))


def tag_row(page: list[str]) -> int:
    """The index of ``page``'s tag row: its first line opening with "Tags: "."""
    return line_at(page, "Tags: ")


def opens_a_line(lines: Iterable[str], text: str) -> bool:
    """Whether a line of ``lines`` opens with ``text`` (a line quoted by its opening)."""
    return any(line.startswith(text) for line in lines)


def open_with(lines: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether ``lines`` open, one each and in order, with ``texts`` (as many of each)."""
    return len(lines) == len(texts) and all(
        line.startswith(text) for line, text in zip(lines, texts, strict=True)
    )


def kept_lines(page: list[str]) -> list[str]:
    """The lines of ``page`` the strip stage keeps."""
    return [v.text for v in classify_lines(page).verdicts if v.keep]


def clean_texts(pages: Mapping[str, list[str]], folders: bool) -> list[str]:
    """Each page's clean text in one batch without the dedup stage; ``folders``: each page
    under a folder of its own (two outlets), else all under one (one outlet)."""
    docs = [
        Document(f"{name if folders else 'outlet'}/{name}.txt", "\n".join(page))
        for name, page in pages.items()
    ]
    return [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]


def statuses(pages: Mapping[str, list[str]]) -> list[list[str]]:
    """Each page's status in one batch, at the default setting and with ``containment``: every
    status is ``kept`` when no page is taken for a copy of another."""
    docs = [Document(f"outlet/{name}.txt", "\n".join(page)) for name, page in pages.items()]
    return [
        [r.status for r in Pipeline(opts).run(docs).results]
        for opts in (CleanOptions(), CleanOptions(containment=True))
    ]


def titled(folder: str, name: str, headline: str, lede: str) -> str:
    """Clean the stored page ``data/dumps/<folder>/<name>``, check that ``headline`` is its
    title and that its text opens with ``lede`` without the headline, and return the text."""
    result = clean_text((DUMPS / folder / name).read_text(encoding="utf-8"))
    assert result.title == headline
    assert result.text.startswith(lede)
    assert headline not in result.text
    return result.text


#: A post's six paragraphs (WCXB dev 0421, a blog's news of a USB expansion board for the
#: Raspberry Pi 5, as its text dump prints them), for the tests of what the outlet prints after
#: the story: :func:`tail_page`.
TAIL_STORY = [
    "If you do, then you’re in luck, thanks to the Suptronics X1013 expansion board for the "
    "Raspberry Pi 5, which adds ten USB ports for a total of fourteen USB ports!",
    "The board connects to the 16-pin FFC PCIe connector of the Raspberry Pi 5 and adds "
    "four USB 3.0 ports and four USB 2.0 ports on the right of the Ethernet+USB side of the "
    "Pi 5, plus two extra USB 2.0 ports on the opposite side. This is what it looks like "
    "once installed.",
    "The installation is pretty straightforward, as you just have to connect the PCIe "
    "cable, align the Raspberry Pi 5 with the four mounting holes (and implicitly the pogo "
    "pins), before securing it with the four screws provided in the kit. You’ll then need "
    "to make sure PCIe is enabled, and USB PD negotiation is disabled on the Raspberry Pi, "
    "and you’re good to go. You’ll find the hardware and software instructions on the "
    "Suptronics website.",
    "I initially thought the X1013 board might also work with other SBCs featuring a "
    "compatible 16-pin FFC connector, such as the Radxa ROCK 5C or Kakip SBC, but it might "
    "not be the case due to power handling. (TBC).",
    "Don’t expect great performance for the additional ports, though. You’d have four USB "
    "3.0 (5 Gbps) ports and six USB 2.0 (480 Mbps) ports for a theoretical combined 22.88 "
    "Gbps of bandwidth going through a 5 GT/s PCIe Gen2 x1 connection. For peripherals "
    "benefiting from 5 Gbps bandwidth, the USB 3.0 ports on the Raspberry Pi 5 should be "
    "used in priority.",
    "I first found the Suptronics X1013 10-port USB expansion board on ThePiHut for about "
    "$49.5 (including VAT), but it’s also sold under the Geekworm brand on AliExpress for "
    "$35 and on Amazon for $39.",
]
#: A site's menu (five items written for these tests), and the related links of the same page.
_TAIL_MENU = ["News", "Reviews", "Raspberry Pi", "Arduino", "Subscribe"]
_TAIL_FOOTER = [
    "Related posts:",
    "Raspberry Pi 5 PCIe HAT+ board features gigabit Ethernet, 4G LTE (mini PCIe), two USB 3.2 "
    "ports",
]


def tail_page(body: list[str], tail: list[str]) -> list[str]:
    """A page of :data:`TAIL_STORY`'s outlet: its headline and menu, ``body``'s paragraphs and
    ``tail``'s lines a block each, then its related links."""
    lines = ["Do you need 14 USB ports on your Raspberry Pi 5?", "", *_TAIL_MENU, ""]
    for row in [*body, *tail]:
        lines += [row, ""]
    return [*lines, *_TAIL_FOOTER]


def recrawl(page: str, other: str) -> str:
    """``page`` fetched again: the lines its site draws for each page (its first line, a row
    of menu items, and its tag row) taken from ``other``, a page of the same site."""
    lines, drawn = page.split("\n"), other.split("\n")
    tags = [k for k, line in enumerate(lines) if line.startswith("Tags:")]
    other_tags = [line for line in drawn if line.startswith("Tags:")]
    lines[0] = drawn[0]
    lines[tags[0]] = other_tags[0]
    return "\n".join(lines)
