"""Two stamps on one line: the article's date and its update's ("PUBLISHED: 10:48, Tue, Nov
19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"), read as the dateline it is."""

from __future__ import annotations

import pytest

from cleanscrape.chrome.bylines import parse_published
from cleanscrape.chrome.features import is_stamps, line_features
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_text_document


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the date lines of four dev benchmark pages, three outlets' forms
        (
            "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
            "2019-11-19T10:48",
        ),
        (
            "Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.",
            "2019-11-19T18:18",
        ),
        (
            "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019",
            "2019-11-18T16:07",
        ),
        (
            "Published Tue, Nov 19 2019 7:05 AM EST Updated Tue, Nov 19 2019 7:16 AM EST",
            "2019-11-19T07:05",
        ),
    ],
)
def test_a_line_of_two_stamps_is_a_dateline(line: str, published: str) -> None:
    assert is_stamps(line)
    assert line_features([line])[0].dateline
    # the first stamp's date and time are the article's, a 12-hour clock's read on 24 hours
    assert parse_published(line) == published


@pytest.mark.parametrize(
    "line",
    [
        # lines of dev pages that open with a stamp word and say more: a byline with the
        # post's title, a date glued to the body's first sentence, a sentence of a review
        "Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on Do you need "
        "14 USB ports on your Raspberry Pi 5?",
        "Updated: December 9, 2024If you are serving food at your reception, choosing a caterer "
        "is an important part of the wedding planning process.",
        "Published in Dukaj’s native Poland in 2007 to great acclaim, Ice has now been "
        "translated fluently into English by Ursula Phillips.",
    ],
)
def test_a_stamp_word_opening_more_than_stamps_is_no_dateline(line: str) -> None:
    assert not is_stamps(line)
    assert not line_features([line])[0].dateline


#: An inscriptis dump of a dev benchmark page (a news story), reduced to its head, the story
#: and its related links: the dateline of two stamps sits inside the region, under the byline.
_STORY = [
    "  Express. Home of the Daily and Sunday Express.",
    "",
    "        7 °C",
    "        * Find us on Facebook",
    "        * Follow us on Twitter",
    "              * Login",
    "              * Register",
    "        Apps Puzzles Horoscopes Discounts Shop Paper",
    "      * HOME",
    "      * News",
    "      * Showbiz & TV",
    "      * Sport",
    "      * Comment",
    "      * Finance",
    "      * Travel",
    "      * Entertainment",
    "      * Life & Style",
    "    * UK",
    "    * Politics",
    "    * World",
    "    * Weather",
    "    * Royal",
    "    * Science",
    "    * Weird",
    "    * Nature",
    "    * Sunday",
    "    * Scotland",
    "    * Home",
    "    * News",
    "    * World",
    "",
    "      Hong Kong chaos: China deploys troops and warns SURRENDER is only option",
    "",
    "      CHINA has sent troops to Hong Kong in a bid to restore order following the "
    "months of violent riots, warnings it will not allow the city to spiral into chaos.",
    "",
    "            By Laura Mowat",
    "            PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
    "",
    "            This comes after police said the demonstrators inside the Polytechnic "
    "University in Hong Kong had no option but to come out and surrender. The protests "
    "began peacefully in June and were sparked by proposed legislation that would have "
    "meant criminal suspects could be extradited to the mainland. Although the bill was "
    "withdrawn, the protests had broadened into a resistance movement against the "
    "territory’s government and Beijing.",
    "",
    "            Related articles",
    "",
    "              * Hong Kong uprising: Protestors send defiant warning to China",
    "              * Hong Kong protests: 800 students under siege in university",
    "",
    "            Many of the protesters wear masks to shield their identities for protection.",
    "",
    "            China’s ambassador to Britain accused the UK and the US of meddling in "
    "the country’s affairs and warned that the Chinese government “will not sit on our "
    "hands” if the Hong Kong situation “becomes uncontrollable”.",
    "",
    "            Cheuk Hau-yip, the commander of Kowloon West district, said: “These "
    "rioters, they are also criminals. They have to face the consequences of their acts.",
    "",
    "            China has warned they will cease control of Hong Kong (Image: GETTY )",
    "",
    "            The protests kicked off in June and have strengthened in size (Image: GETTY )",
    "",
    "            “Other than coming out to surrender, I don’t see that there’s any "
    "viable option for them.”",
    "",
    "            China’s ambassador to Britain Liu Xiaming has said that China has the "
    "“resolution and power” to end Hong Kong unrest amid protests.",
    "",
    "            Liu said that the People’s Liberation Army could be deployed in "
    "Beijing, warning: “They are already there in the Hong Kong garrison. They are there "
    "to show sovereignty and are responsible for defence purposes.",
    "",
    "            SEE MORE: Hong Kong protests: 800 students under siege in university",
    "",
    "            Protesters do not want Hong Kong to lose its autonomy (Image: getty )",
    "",
    "            “If the situation becomes uncontrollable, the central government "
    "certainly would not sit on our hands and watch. We have enough resolution and power "
    "to end the unrest.”",
    "",
    "            This comes as China has denounced a Hong Kong court ruling declaring "
    "the government’s mask ban unconstitutional.",
    "",
    "            This decision has been seen as “seriously weakening” the power of the "
    "Hong Kong chief executive.",
    "",
    "            Chris Tang, Hong Kong’s new police commissioner, said in an interview "
    "that police alone are not able to end the violence.",
    "",
    "            DON'T MISS",
    "",
    "            China furious at Macron for Hong Kong protest jibe [INSIGHT]|",
    "            Lakers vs Nets: NBA make final decision on game amid China turmoil [VIDEO]",
    "            Hong Kong 'threatened with Chinese military intervention' [REACTION]",
    "",
    "            Protesters have worn masks to protect their identities (Image: GETTY )",
    "",
    "            Protesters believe the extradition bill is an example of Hong Kong’s "
    "eroding autonomy under Beijing.",
    "",
    "            They worry China is taking back the freedoms given to Hong Kong when "
    "the UK returned the territory to China.",
    "",
    "            Hong Kong police have laid siege to a university, pinning 800 students "
    "inside and threatened to use live ammunition on them, as the latest round of "
    "anti-government protests escalates.",
    "",
    "            The Hong Kong Protests - how they happened (Image: EXPRESS )",
    "",
    "            China said it is committed to the “one country, two systems” formula "
    "granting Hong Kong autonomy, while the city’s police deny accusations of brutality "
    "and say they show utmost restraint.",
    "",
    "            The UK has urged an “end to the violence and for all sides to engage in "
    "meaningful political dialogue”.",
    "",
    "          Related articles",
    "",
    "            * Carol Vorderman showcases curves in clingy khaki to see Hong Kong",
    "            * Hong Kong uprising: Protestors send defiant warning to China",
    "            * Hong Kong protests: 800 students under siege in university",
]


def test_the_stamps_under_the_byline_are_dropped_and_the_story_kept() -> None:
    result = clean_text_document("\n".join(_STORY), CleanOptions(), trace=True)
    verdicts = {" ".join(v.text.split()): v for v in result.trace or []}
    stamps = verdicts["PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"]
    assert not stamps.keep
    assert stamps.reason == "dateline"
    assert result.metadata["published"] == "2019-11-19T10:48"
    text = result.text.split("\n")
    assert text[0].startswith("CHINA has sent troops to Hong Kong")
    assert any(line.startswith("This comes after police said the demonstrators") for line in text)
    assert any(line.startswith("Chris Tang, Hong Kong’s new police commissioner") for line in text)
    assert not any(line.startswith("PUBLISHED") for line in text)
