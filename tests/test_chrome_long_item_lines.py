"""A long line of items run together with a stray mark is no prose.

A research institute's page (a WCXB dev page) prints its search filters as lines of thousands
of words: each option's label run into the next ("2009 - Flowers project-team 2009 - Sierra
project-team ..."), with a comma or an apostrophe here and there inside one label. Long
enough to weigh as prose, such a line became the page's article region: two different stories
under that outlet's chrome both lost their story to it and were joined as duplicates. Lines
with no sentence mark were already items (a word list); sentences, in every script that marks
them, put a mark every few words, so a line of 100 words or more with fewer than one mark in
40 words is items too. The page's own paragraphs, long as they are, stay prose.
"""

from __future__ import annotations

from cleanscrape.chrome.features import line_features

#: The start of the page's filter line (130 of its 3,302 words, one comma among them).
_FILTERS = (
    "- Any - 2023 - Makutu project-team Directeur général de l'Afnic, de la création de "
    "l'association jusqu'en 2005 Méthodes générales d’apprentissage par curiosité et leurs "
    "applications 2007 - Alice project-team 2007 - Asap project-team 2008 - Bacchus "
    "project-team 2008 - Gemo project-team 2008 - Neuromathcomp project-team 2009 - Bamboo "
    "project-team 2009 - Erable project-team 2009 - Flowers project-team 2009 - Sierra "
    "project-team 2010 - Alf project-team 2010 - Cortex project-team 2010 - Galen project-team "
    "2010 - Geometrica project-team 2010 - Moscova project-team 2010 - Opale project-team 2010 "
    "- VideoWorld project-team 2011 - Abstraction project-team 2011 - Alice project-team 2011 - "
    "Asclepios project-team 2011 - Bang project-team 2011 - Imagine project-team 2011 - Ipso "
    "project-team 2011 - Lfant project-team 2011 - Metiss project-team 2011 - Nano-D "
    "project-team 2011 - Parsifal project-team"
)

#: Two of the page's own paragraphs (132 and 101 words).
_PARAGRAPHS = [
    (
        "The Internet of Things (IoT) is the interconnection between the Internet and objects, "
        "places and physical environments. It assigns a unique digital identity to objects, "
        "places and even environmental phenomena (a sudden rise in temperature, a volcanic "
        "eruption, a deterioration in air or water quality), giving them a life in the digital "
        'world. It is made up of "objects", means of communication, servers and various '
        'entities capable of processing, storing and restoring data related to "objects". The '
        "objects are very diverse. They can be composed of any everyday object to which an "
        'identifier has been assigned or any "sensor" and are connected to the Internet via '
        "communication technologies that are just as varied, ranging from a wired connection to "
        "any type of short-range wireless communication (Wi-Fi, Bluetooth) or long-range such "
        "as 5G."
    ),
    (
        "Connected objects and other sensor networks enable the capture, transmission and "
        "collection of a wide range of data, which is used in an ever-increasing number of "
        "applications, from precision agriculture to logistics, including smart cities. These "
        "applications face many challenges in terms of hardware and software. The objects are "
        "materially constrained (limited memory and computing capacity), they rely on batteries "
        "with limited energy and are potentially mobile. If they communicate wirelessly, data "
        "transmission is also a challenge, as bandwidth is limited and nearby objects can "
        "potentially interfere with each other if they communicate on the same frequencies at "
        "the same time."
    ),
]


def test_a_long_line_of_filter_options_with_a_stray_comma_is_no_prose() -> None:
    filters = line_features([_FILTERS, *_PARAGRAPHS])[0]
    assert filters.words >= 100
    assert not filters.prose


def test_the_pages_long_paragraphs_stay_prose() -> None:
    for line in line_features(_PARAGRAPHS):
        assert line.words >= 100
        assert line.prose
