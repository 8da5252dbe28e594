"""A table of contents between a post's first paragraph and its body, in a dump that prints no
page title (inscriptis): the list weighs against the region, which started below it and left
the first paragraph out. Written to the pattern of a real page of the benchmark (a developer's
notes from a conference talk: breadcrumbs, the author and the date, an introduction of one
paragraph, the contents as a nested list, then the sections under the same headings)."""

from __future__ import annotations

from cleanscrape.chrome.strip import classify_lines

_HEAD = [
    "1. Home",
    "2. Blog",
    "3. Notes on Building a Layout Pipeline for Audio Plugins - Part 1",
    "Notes on Building a Layout Pipeline for Audio Plugins - Part 1",
    "* Maria Lindqvist",
    "* 02-12-2025",
    "Introduction",
]
_INTRO = (
    "These are the extended notes from my talk in Bristol this autumn. The talk covered the "
    "pipeline we use to turn a designer's files into a working plugin interface, and this "
    "first part follows the images from the design tool into the code."
)
_SECTIONS = [
    (
        "* Overview of Our Workflow",
        [
            "I will start with the high-level picture and then look at each piece of it in turn.",
            "We draw everything with the framework's own renderer, without web views or custom "
            "renderers, and the code examples in these notes reflect that choice throughout.",
        ],
    ),
    (
        "   + How It Used to Work",
        [
            "Our original workflow was painful:",
            "* The designer sent a zip file full of frames, a flat list of images without names.",
            "* We assembled them by hand into one large file and measured every position again.",
        ],
    ),
    (
        "   + How It Works Now",
        [
            "Now the designer exports the frames with their names and positions, and a small "
            "tool reads them and writes the layout file that the plugin loads when it starts.",
            "The designer can now change a control without asking us, and the plugin shows the "
            "change the next time it is built, with no code touched on our side.",
        ],
    ),
    (
        "* Exporting the Images",
        [
            "Each layer of the design file becomes one image, and the layer's name says which "
            "control it belongs to and which of its states it shows on the screen.",
            "Layers that belong to no control, such as the background and the labels, are "
            "merged into one image so that the plugin draws them in a single step.",
        ],
    ),
    (
        "   + Defining Hit Areas",
        [
            "A hit area is a layer that is never drawn: its outline tells the plugin where a "
            "click on the control counts, which matters for round knobs on a square image.",
            "Without hit areas a click in the corner of a knob's image would turn the knob, which "
            "users find strange because the corner looks empty on the screen.",
        ],
    ),
    (
        "   + Generating the Layout File",
        [
            "The tool walks the layers from the top, writes one entry for each control with its "
            "images and its hit area, and checks that no two controls share a name.",
            "The file is plain text, so a change of design shows up as a small difference in the "
            "history of the project and can be reviewed like any other change.",
        ],
    ),
    (
        "   + Loading the Layout",
        [
            "When the plugin starts it reads the layout file once, builds every control from its "
            "entry, and keeps the images in memory so that nothing is read again later.",
            "A control whose entry is missing is drawn as a grey box with its name on it, which "
            "makes a mistake in the design file easy to see during testing.",
        ],
    ),
    (
        "* Scaling for Other Screens",
        [
            "Every image is exported twice, at the normal size and at twice the size, and the "
            "plugin picks one of them from the scale of the screen it is drawn on.",
            "Screens with other scales get the nearer of the two sizes, scaled by the renderer, "
            "which looks good enough for the few users who have such screens.",
        ],
    ),
    (
        "   + Images for Large Screens",
        [
            "The larger images are only loaded on screens that need them, so the plugin does not "
            "take more memory on an ordinary laptop than it did before.",
            "On a large screen the plugin takes about twice the memory for its images, which is "
            "still small next to the audio buffers it keeps for its own work.",
        ],
    ),
    (
        "* Conclusion",
        [
            "With the layout written by a tool, a change of design costs an afternoon instead of "
            "a week, and nobody measures the positions of the controls by hand any more.",
            "The second part of these notes will look at how the same layout file drives the "
            "animations of the controls, and at the tests we run on every build.",
        ],
    ),
    (
        "* Glossary",
        [
            "A frame is one image of one state of a control, such as a knob turned halfway.",
            "A hit area is the outline of the part of a control that answers to the mouse, drawn "
            "as a layer of its own in the design file and never shown to the user.",
        ],
    ),
]
_CONTENTS = ["Table of Contents", "* Introduction", *(entry for entry, _ in _SECTIONS)]
_BODY = [line for entry, text in _SECTIONS for line in (entry.lstrip(" *+"), *text)]


def _laid_out(head: list[str], contents: list[str]) -> list[str]:
    """As inscriptis prints a page: list items indented with their bullet or number, other
    blocks indented and apart (a blank line between), no title line at the top."""
    lines: list[str] = []
    for ln in head:
        lines += [" " * 10 + ln, ""]
    lines += [" " * 12 + _INTRO, ""]
    lines += [" " * 12 + ln for ln in contents] + [""]
    for ln in _BODY:
        lines += [" " * 12 + ln, ""]
    return lines


def _verdicts(lines: list[str]) -> dict[str, str]:
    return {v.text.strip(): v.category for v in classify_lines(lines).verdicts}


def test_the_first_paragraph_above_a_table_of_contents_is_kept() -> None:
    got = _verdicts(_laid_out(_HEAD, _CONTENTS))
    assert got[_INTRO] == "article"
    # the entries come back below as the sections' headings: the list itself is chrome
    assert got["Table of Contents"] == "contents"
    assert got["+ Loading the Layout"] == "contents"
    # ... and the body under those headings, its own list included, stays
    assert all(got[ln] == "article" for ln in _BODY)


def test_a_list_whose_entries_do_not_come_back_is_no_table_of_contents() -> None:
    # the same page with a box of the site's links where the contents were: none of them is a
    # heading of the body, so the region starts below the box as before
    box = ["More from the blog", *(f"* Plugin Diary, Part {n}" for n in range(2, 15))]
    got = _verdicts(_laid_out(_HEAD, box))
    assert "contents" not in got.values()
    assert got[_INTRO] != "article"
    assert all(got[ln] == "article" for ln in _BODY[1:])


def test_a_second_copy_of_the_contents_above_the_body_takes_nothing_in() -> None:
    # a page that prints its contents twice (a sidebar's copy, then the list in the page):
    # the first copy's entries come back in the body, but the second copy stands between it
    # and the body, so the region is left where it was
    got = _verdicts(_laid_out(_HEAD, _CONTENTS + _CONTENTS))
    assert "contents" not in got.values()
    assert got[_INTRO] != "article"
