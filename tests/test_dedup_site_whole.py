"""Different stories of one outlet whose bodies meet in the paragraph the outlet prints above
each of them: with ``containment``, a short story's body lies in another page of the site
through that paragraph, while its headline and story lines do not
(:func:`cleanscrape.dedup.core.whole_inside`, two texts of one site); a cut re-crawl of one of
the pages still lies in it whole and is joined.

The pages are a dev draw of the syndication benchmark (seed 755, ``--negative-paragraphs 2
--negative-words 150``): three different stories of one outlet, each under the same standard
paragraph, the clean texts as the strip stage wrote them.
"""

from __future__ import annotations

from cleanscrape import CleanOptions
from cleanscrape.dedup import find_duplicates
from cleanscrape.dedup.core import whole_inside
from cleanscrape.dedup.prints import PrintList

#: the paragraph the outlet prints under each page's headline
STANDARD = (
    "One common misconception is viewing AI as a competitor or replacement, rather than what it "
    "truly is: an extension tool. To my mind, AI doesn't replace creativity or critical "
    "thinking; it enhances them. It empowers us to iterate faster, navigate complex problems "
    "with greater efficiency, and organize our ideas in ways that free us up for the parts of "
    "architecture that matter most: imagination, ingenuity, and collaboration. In the AEC "
    "world, artificial intelligence is less a job thief and more the tireless assistant we "
    "always wished for."
)
SHORT = "\n".join(
    [
        "How to Adopt an Online Leader Success Mindset",
        STANDARD,
        "There’s a strange disconnect in the online business world.",
        "I mean, really … it’s the perfect job for an introvert!",
    ]
)
VIDEO_LINES = [
    "What's the Best Video Editing Software for Creators?",
    STANDARD,
    "Are you creating full-scale videos for YouTube? What about video podcasting? Or video "
    "shorts for your social media channels? Some smart guy once said that the future of the "
    "internet is video. Well, audio-only is still going strong, but I certainly can’t deny "
    "that video is pushing hard!",
    "But, if you’re creating video, then you’re also editing it. And that’s where it can start "
    "to feel complicated! Video editing goes deep, and a glance at the best video editing "
    "software? Well, let’s say they tend to be less “go-kart” and more “airplane cockpit.” 🤯",
]
VIDEO = "\n".join(VIDEO_LINES)
SITES = ["news.example", "news.example"]
CONTAINMENT = CleanOptions(containment=True)


def test_a_short_story_under_the_sites_paragraph_is_not_contained_in_another_story() -> None:
    prints = PrintList([SHORT, VIDEO], CONTAINMENT, sites=SITES)
    assert not whole_inside(prints.whole(0), prints.whole(1))
    assert find_duplicates([SHORT, VIDEO], CONTAINMENT, sites=SITES).duplicate_of == [None, None]
    # a re-crawl of the video page cut after its first paragraph lies in it whole: joined
    cut = "\n".join(VIDEO_LINES[:3])
    assert find_duplicates([VIDEO, cut], CONTAINMENT, sites=SITES).duplicate_of == [None, 0]
