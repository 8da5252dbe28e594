"""Teaser cards printed one a line, the headline run into its summary, above a story in a
whole-page text dump without blank lines: a local news site's menu of sections, each with its
latest stories (the lines of a benchmark page of the development half), over a story of
another outlet (the paragraphs of a benchmark story)."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.glued_cards import _title_lines, glued_cards
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines

_HEAD = [
    "Blogs · Business Development · Local · Watch Video · Local Radars · CW50 Detroit · "
    "Michigan Matters · Video · All Sports",
    "Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported – CBS Detroit",
    "Menu",
]
_MENU_AND_CARDS = [
    "Only CBS",
    "News",
    "Latest Headlines",
    "Police: 2 In Custody After Death Of U of M-Dearborn Student-Athlete A "
    "24-year-old woman and a 28-year-old man have been arrested in connection with "
    "the death of a University of Michigan-Dearborn student-athlete.",
    "Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six left "
    "Ruth's Chris Steakhouse in Troy without paying their bill after a fight in the "
    "restaurant.",
    "Michigan To Mail Redistricting Panel Applications To 250,000 The state of "
    "Michigan will mail 250,000 applications encouraging voters to apply to serve on "
    "a new commission responsible for drawing congressional and legislative maps.",
    "DNR Seeks Tips About Bull Elk Poached In Northern Michigan Michigan Department "
    "of Natural Resources conservation officers in Gaylord are seeking information "
    "about a bull elk that was poached in the Pigeon River State Forest, east of "
    "Vanderbilt in Otsego County.",
    "Michigan Couple Finds Newspapers Dating Back To 1940s During Home Renovation "
    "Michigan Couple Finds Newspapers Dating Back To 1940s During Home Renovation",
    "Mayor: ‘Despicable’ Move For Health Benefits Won’t Stand Warren Mayor Jim Fouts "
    "says it was “despicable” and “underhanded” for a city council to grant lifetime "
    "health insurance to some elected officials.",
    "Weather",
    "More Weather",
    "School Closings",
    "Local Radars",
    "Weather Stories",
    "Weather Videos",
    "First Forecast Weather November 20, 2019 (This Morning) Some sunshine by the end of the day.",
    "1 hour ago",
    "First Forecast Weather November 20, 2019 (Overnight) Patchy Fog Continues Overnight",
    "7 hours ago",
    "Weather Stories",
    "Your Weather Today In Detroit for 11/15 You can leave your umbrella at home "
    "through Sunday, but light rainfall is in the forecast for Detroit later in the "
    "week.",
    "First Snowfall in Metro Detroit Officially, the start of winter is on December "
    "22nd, but of course, that doesn’t necessarily mean that is the first time we’ll "
    "see snow.",
    "Sports",
    "All Sports",
    "Lions",
    "Tigers",
    "Red Wings",
    "Pistons",
    "U-M",
    "MSU",
    "NFL",
    "MLB",
    "NBA",
    "NHL",
    "NASCAR",
    "PGA",
    "Latest Sports",
    "Fantasy Football Waiver Wire Week 12: Deebo Samuel, Darius Slayton Emerging As "
    "Strong WR Options The 49ers and Giants rookies have seen their roles in the "
    "offense grow as the season goes, making them solid options in your fantasy "
    "lineup.",
    "Harvick Fails To Rally Overmatched Ford In NASCAR Finale Ford v Toyota flopped "
    "for the blue oval at the track.",
    "Is Violence In Sports On The Rise? Violence is part of the game in many sports "
    "but Myles Garrett crossed a line that attracts the attention of authorities "
    "sometimes from within their sport and in other cases from criminal prosecutors.",
    "Tape Gaffe Ends Hamlin's Title Run Denny Hamlin's championship run was foiled by "
    "the tale of the tape.",
    "Best Of",
    "Latest Headlines",
    "Attention, Deal-Hunters: Here Are The Top Health And Fitness Deals In Detroit In "
    "the market to save some money on health and fitness in Detroit? Whether you're a "
    "born bargain-hunter or just looking to find a great option near you.",
    "The 4 Best Vegan Spots In Detroit Hoodline crunched the numbers to find the top "
    "vegan spots around Detroit, using both Yelp data and our own secret sauce to "
    "produce a ranked list of the best spots to achieve your dreams.",
    "There's No Place Like A Michigan Cider Mill. Here's A Look At Some Metro-Detroit "
    "Favorites Fall has officially arrived. That means it's getting a little colder "
    "and if you're living in Michigan - you have a craving for apple cider.",
    "Say Cheese? Detroit's Top 3 Cheese Shops Wondering where to find the best cheese "
    "near you? Hoodline crunched the numbers to find the top cheese shops in Detroit "
    "to venture next time you're in the market for some melty cheese.",
    "Find Burgers & More at Downtown's New Frita Batidos A new Cuban spot, offering "
    "burgers and more, has opened its doors in the neighborhood. Located at 66 W. "
    "Columbia St. in Downtown, the new addition is called Frita Batidos.",
    "Detroit's 5 Best Spots For Desserts Need more desserts in your life? Hoodline "
    "crunched the numbers to find the best affordable dessert spots in Detroit to "
    "produce a ranked list of where to satisfy your cravings.",
    "Video",
    "All Videos",
    "Michigan Matters",
    "Eye on Detroit",
    "News",
    "Weather",
    "Autos & More",
    "Station Info",
    "CBS 62",
    "Advertise",
    "Contests",
    "Travel",
    "Explore The 3 Top Spots in Detroit's Rivertown Neighborhood Visiting Rivertown, "
    "or just looking to better appreciate what it has to offer? From a dining "
    "establishment known for its brunch plates to a beauty salon that specializes in "
    "skin care treatments.",
    "Heading To An NFL Game? Be Sure To Check Out Our NFL Stadium Guides If you and "
    "your family are headed to an NFL game this season, we have you covered with "
    "guides to stadiums across the league.",
    "Autos",
    "Auto Union Opens Talks With Fiat Chrysler; Strike Possible The United Auto "
    "Workers union on Monday turned its bargaining focus to Fiat Chrysler, raising "
    "the possibility of another strike against a Detroit automaker.",
    "Ford Recalls F-150s; Loose Cable Can Cause Stalling Or Fires Ford is recalling "
    "over 168,000 F-150 pickup trucks in North America to fix an electrical problem "
    "that could cause engine stalling or fires.",
    "More",
    "CBS Entertainment",
]
_STORY = [
    "Amnesty. More than 100 protesters killed in Iran unrest",
    "PanARMENIAN.Net - Verified video footage, eyewitness testimony from people on "
    "the ground and information gathered from human rights activists outside Iran "
    "reveal a harrowing pattern of unlawful killings by Iranian security forces, "
    "which have used excessive and lethal force to crush largely peaceful protests in "
    "more than 100 cities across Iran sparked by a hike in fuel prices on 15 "
    "November, said Amnesty International on Tuesday, November 19.",
    "At least 106 protesters in 21 cities have been killed, according to credible "
    "reports received by Amnesty. The organization believes that the real death toll "
    "may be much higher, with some reports suggesting as many as 200 have been "
    "killed. State media have reported only a handful of protester deaths, as well as "
    "the deaths of at least four members of the security forces.",
    "Video footage shows security forces using firearms, water cannons and tear gas "
    "to disperse protests and beating demonstrators with batons. Images of bullet "
    "casings left on the ground afterwards, as well as the resulting high death toll, "
    "indicate that they used live ammunition.",
    "“The authorities must end this brutal and deadly crackdown immediately and show "
    "respect for human life,” said Philip Luther, Research and Advocacy Director for "
    "the Middle East and North Africa at Amnesty International.",
    "“The frequency and persistence of lethal force used against peaceful protesters "
    "in these and previous mass protests, as well as the systematic impunity for "
    "security forces who kill protesters, raise serious fears that the intentional "
    "lethal use of firearms to crush protests has become a matter of state policy.”",
    "Hundreds of demonstrators blocked roads, using their parked cars as a form of "
    "protest. Verified video footage shows riot police smashing windows of cars with "
    "drivers still inside.",
    "According to eyewitness accounts corroborated by video footage, snipers have "
    "also shot into crowds of people from rooftops and, in one case, a helicopter.",
]
_TAIL = [
    "Tags: Lions, U-M, Local",
    "facebook_url",
    "twitter_url",
    "youtube_url",
    "linkedin_url",
    "Our | Newsletter",
]


def test_cards_printed_one_a_line_are_not_the_story_start() -> None:
    result = strip_lines([*_HEAD, *_MENU_AND_CARDS, *_STORY, *_TAIL])
    kept = result.lines
    assert kept[-len(_STORY) + 1 :] == _STORY[1:]
    assert len(kept) <= len(_STORY)
    assert not set(kept) & set(_MENU_AND_CARDS)


def test_the_cards_are_found_and_the_story_is_not() -> None:
    lines = [*_MENU_AND_CARDS, *_STORY]
    feats = page_lines(lines, None)
    found = {lines[k] for k in glued_cards(feats, tag_lines(feats, diacritics=False))}
    for headline in (
        "Police: 2 In Custody After Death Of U of M-Dearborn Student-Athlete A 24-year-old",
        "Harvick Fails To Rally Overmatched Ford In NASCAR Finale Ford v Toyota flopped",
        "Explore The 3 Top Spots in Detroit's Rivertown Neighborhood Visiting Rivertown",
        "Auto Union Opens Talks With Fiat Chrysler; Strike Possible The United Auto",
    ):
        assert any(card.startswith(headline) for card in found), headline
    assert not found & set(_STORY)


#: a story's paragraphs, two of them opening with a name of several capitalised words
_NAMES = [
    "European Central Bank President Christine Lagarde told reporters in Frankfurt that rates "
    "would stay where they are for the rest of the year.",
    "New York City Mayor Bill de Blasio said the city would open more testing sites in the "
    "coming weeks, starting with the Bronx and Queens.",
    *_STORY[1:],
]


def test_paragraphs_that_open_with_a_name_are_no_cards() -> None:
    feats = page_lines(_NAMES, None)
    assert not glued_cards(feats, tag_lines(feats, diacritics=False))
    result = strip_lines(["Menu", "News", _STORY[0], *_NAMES, *_TAIL])
    assert result.lines == _NAMES


def test_headlines_of_capitals_beyond_ascii_open_cards() -> None:
    # a headline that opens with a Greek word, and headlines with curly quotes, accents and a
    # dash among their words open with a headline in title case; the story's paragraphs do not
    cards = [
        "Ἀθῆναι Festival Opens Its 2019 Season With Sophocles Under The Stars The city of "
        "Athens opened its summer season with a production at the Odeon of Herodes Atticus.",
        "Café Owner’s “Pay What You Can” Menu Feeds Half The Neighbourhood A café in Lyon "
        "lets customers decide what a meal is worth, and most pay more than the menu price.",
        "Élysée Confirms Macron – Merkel Talks On Budget Next Week The French presidency said "
        "the two leaders would meet in Paris on Tuesday.",
    ]
    lines = [*_STORY, *cards]
    feats = page_lines(lines, None)
    assert [lines[k] for k in _title_lines(feats, [""] * len(lines))] == cards
