"""A select box's options printed as one line: names run together, a stray mark among them.

A converter prints a form's drop-down list as its options joined by blanks ("Select Country
United States Canada Afghanistan ..."; "State International Alabama Alaska ... Washington
D.C. West Virginia ..."; "Categories Select Category Gardening (149) Container Gardening (14)
..."). A line without a sentence mark was already a word list; one stray mark ("D.C.",
"Korea, Republic of") or a post count in brackets per option made such a line prose, and a
line of hundreds of words weighs as a paragraph: the region reached it under the story, and it
was kept. Now a line of 30 words or more whose words nearly all open with a capital, with
fewer than one sentence mark in 20 words and no marks setting items apart, is a word list too;
prose opens most of its words in lower case, and a list of names written out as running text
puts a comma after every name or two.
"""

from __future__ import annotations

import pytest

from cleanscrape.chrome.features import line_features
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_text_document

#: An inscriptis dump of a dev benchmark page (a guide on an office furniture maker's site),
#: reduced to its head, the guide's first two sections and its last, its references, the
#: newsletter box with its country select and the related articles under it.
_GUIDE = [
    "      How to Set Up an Ergonomically-Designed Workstation at Home: A Complete Guide",
    "",
    "          Wellness & Ergonomics",
    "",
    "      Related Products",
    "",
    "",
    "      With the rise of remote work, creating a comfortable and efficient home "
    "office setup has never been more important. While it might be tempting to work "
    "from your couch or kitchen table, an ergonomically designed workstation can "
    "significantly improve your long-term health and productivity while reducing "
    "risk of injury. Here's how to create an optimal ergonomic workspace at home.",
    "",
    "      1. Adjust Your Chair",
    "",
    "      At the heart of any ergonomically designed workstation is a supportive "
    "chair. Well-designed chairs are intuitive to adjust and promote movement. Try "
    "to source a chair that has the following adjustments.",
    "",
    "        * Seat Height: Set the seat height such that your feet are firmly "
    "planted on the floor or on a footrest, with your thighs about parallel to the "
    "floor. This ensures even pressure along your thighs.",
    "        * Seat Pan Depth: Adjust the seat pan depth to allow 2-3 fingers of "
    "space between the back of your knee and the front edge of the chair. This "
    "adjustment prevents contact stress behind your knees and ensures even pressure "
    "distribution along the length of the seat pan.",
    "        * Backrest: The backrest of your chair should be adjusted to fit the "
    "lumbar region of your spine, which is your lower back. Chairs with foam "
    "cushioned backrests will often adjust, whereas many mesh back chairs are "
    "designed to self-adjust. Choose a chair that best supports the natural "
    "curvature of your lower back.",
    "        * Armrests: Adjust the armrests such that they are aligned with your "
    "resting elbow height. Your shoulders should be relaxed when using the armrests.",
    "        * Recline: It is a misconception that sitting up straight is the "
    "healthiest posture. The best posture is the next posture, and this implies that "
    "movement is critical for maintaining long term comfort and health. Select a "
    "chair that allows you to vary your posture without having to make manual "
    "adjustments. Self-adjusting recline mechanisms rely on the users body weight to "
    "automatically tension the backrest. Transferring body weight to your chair has "
    "been shown to significantly reduce spinal disc pressure. Movement promotes "
    "spinal nutrition and reduces fatigue.",
    "",
    "      \u200b2. To Sit or To Stand?",
    "",
    "      Alternating between sitting and standing throughout the workday has been "
    "shown to have significant health benefits. You will burn more calories, improve "
    "your cardiovascular health, and increase your circulation.Dr. Alan Hedge, "
    "professor emeritus at Cornell University, recommends sitting for 16 minutes, "
    "standing for 8 minutes and stretching for 2 minutes every thirty minutes. "
    "Standing all day is just as unhealthy as sitting all day, so be sure to vary "
    "your posture according to the guidelines.",
    "",
    "      Whether you are sitting or standing, the worksurface should be aligned "
    "with your resting elbow height. Select a height-adjustable table that can be "
    "adjusted quickly and easily.",
    "",
    "      6. Microbreaks and Movement",
    "",
    "      It's essential to take regular breaks and vary your posture throughout "
    "the day. A microbreak is defined as a 30-60 second break from your work. "
    "Examples include talking a quick walk, getting a glass of water, or stretching. "
    "Taking 2-3 microbreaks per hour will reduce fatigue and discomfort associated "
    "with prolonged computer usage.",
    "",
    "      In Summary",
    "",
    "      Setting up an ergonomically designed workstation for the home requires "
    "thoughtful consideration of your body’s posture, your work tools, and the work "
    "environment. Simple adjustments can significantly improve comfort levels and "
    "reduce your risk of injury. Fitting the work environment to you will also "
    "improve your overall efficiency. Prioritizing ergonomics may take some initial "
    "effort, but your body will thank you in the long run!",
    "",
    "      References",
    "",
    "      Mayo Clinic. Ergonomics: The Science of Workplace Comfort. Retrieved from "
    "[mayoclinic.org](https://www.mayoclinic.org).",
    "",
    "      Occupational Safety and Health Administration (OSHA). Computer "
    "Workstations eTool. Retrieved from [osha.gov](https://www.osha.gov).",
    "",
    "      National Institute for Occupational Safety and Health (NIOSH). Preventing "
    "Work-Related Musculoskeletal Disorders. Retrieved from "
    "[cdc.gov/niosh](https://www.cdc.gov/niosh).",
    "",
    "      American Optometric Association. Computer Vision Syndrome. Retrieved from "
    "[aoa.org](https://www.aoa.org).",
    "",
    "      American Physical Therapy Association (APTA). Workstation Ergonomics. "
    "Retrieved from [apta.org](https://www.apta.org).",
    "",
    "        Subscribe",
    "          Facebook (opens new window)",
    "          Twitter (opens new window)",
    "          Linkedin (opens new window)",
    "",
    "      Subscribe to the Humanscale newsletter",
    "",
    "      Select Country United States Canada Afghanistan Åland Islands Albania "
    "Algeria American Samoa Andorra Angola Anguilla Antarctica Antigua and Barbuda "
    "Argentina Armenia Aruba Australia Austria Azerbaijan Bahamas Bahrain Bangladesh "
    "Barbados Belarus Belgium Belize Benin Bermuda Bhutan Bolivia Bosnia and "
    "Herzegovina Botswana Bouvet Island Brazil British Indian Ocean Territory Brunei "
    "Darussalam Bulgaria Burkina Faso Burundi Cambodia Cameroon Cape Verde Cayman "
    "Islands Central African Republic Chad Chile China Christmas Island Cocos "
    "(Keeling) Islands Colombia Comoros Congo Congo, The Democratic Republic of The "
    "Cook Islands Costa Rica Cote D'ivoire Croatia Cuba Cyprus Czech Republic "
    "Denmark Djibouti Dominica Dominican Republic Ecuador Egypt El Salvador "
    "Equatorial Guinea Eritrea Estonia Ethiopia Falkland Islands (Malvinas) Faroe "
    "Islands Fiji Finland France French Guiana French Polynesia French Southern "
    "Territories Gabon Gambia Georgia Germany Ghana Gibraltar Greece Greenland "
    "Grenada Guadeloupe Guam Guatemala Guernsey Guinea Guinea-bissau Guyana Haiti "
    "Heard Island and Mcdonald Islands Holy See (Vatican City State) Honduras Hong "
    "Kong Hungary Iceland India Indonesia Iran, Islamic Republic of Iraq Ireland "
    "Isle of Man Israel Italy Jamaica Japan Jersey Jordan Kazakhstan Kenya Kiribati "
    "Korea, Democratic People's Republic of Korea, Republic of Kuwait Kyrgyzstan Lao "
    "People's Democratic Republic Latvia Lebanon Lesotho Liberia Libyan Arab "
    "Jamahiriya Liechtenstein Lithuania Luxembourg Macao Macedonia, The Former "
    "Yugoslav Republic of Madagascar Malawi Malaysia Maldives Mali Malta Marshall "
    "Islands Martinique Mauritania Mauritius Mayotte Mexico Micronesia, Federated "
    "States of Moldova, Republic of Monaco Mongolia Montenegro Montserrat Morocco "
    "Mozambique Myanmar Namibia Nauru Nepal Netherlands Netherlands Antilles New "
    "Caledonia New Zealand Nicaragua Niger Nigeria Niue Norfolk Island Northern "
    "Mariana Islands Norway Oman Pakistan Palau Palestinian Territory, Occupied "
    "Panama Papua New Guinea Paraguay Peru Philippines Pitcairn Poland Portugal "
    "Puerto Rico Qatar Reunion Romania Russian Federation Rwanda Saint Helena Saint "
    "Kitts and Nevis Saint Lucia Saint Pierre and Miquelon Saint Vincent and The "
    "Grenadines Samoa San Marino Sao Tome and Principe Saudi Arabia Senegal Serbia "
    "Seychelles Sierra Leone Singapore Slovakia Slovenia Solomon Islands Somalia "
    "South Africa South Georgia and The South Sandwich Islands Spain Sri Lanka Sudan "
    "Suriname Svalbard and Jan Mayen Swaziland Sweden Switzerland Syrian Arab "
    "Republic Taiwan, Province of China Tajikistan Tanzania, United Republic of "
    "Thailand Timor-leste Togo Tokelau Tonga Trinidad and Tobago Tunisia Turkey "
    "Turkmenistan Turks and Caicos Islands Tuvalu Uganda Ukraine United Arab "
    "Emirates United Kingdom United States Minor Outlying Islands Uruguay Uzbekistan "
    "Vanuatu Venezuela Viet Nam Virgin Islands, British Virgin Islands, U.S. Wallis "
    "and Futuna Western Sahara Yemen Zambia Zimbabwe Submit",
    "",
    "    Related Articles",
    "",
    "        Good Ergonomics Is Good Economics: Why Investing in People Pays Dividends",
    "",
    "        Our Humanscale Consulting Experts joined the Worktech Academy, the "
    "world’s leading online knowledge platform and member network exploring the "
    "future of work and workplac...",
    "",
    "            Wellness & Ergonomics",
    "",
    "        The Art of Meeting: Why High Performers Are Pushing the Heaviest Boulders",
    "",
    "        Discover why today’s office design is failing your best employees and "
    "how better meeting spaces can bring them back.",
    "",
    "        How to Prevent Carpal Tunnel with an Ergonomic Desk Setup",
    "",
    "        Ever felt a twinge in your wrist after a long day at your desk? That "
    "persistent ache or tingling might seem minor at first, but for many, it’s the "
    "early warning sign of carpal tunnel syndrome. W...",
    "",
    "        ×",
    "",
    "          Like What You See?",
]


def _line(prefix: str) -> str:
    """The line of :data:`_GUIDE` that opens with ``prefix``, without its indentation."""
    return next(x.strip() for x in _GUIDE if x.strip().startswith(prefix))


_COUNTRIES = _line("Select Country")
_FIRST = _line("With the rise of remote work")
_SUMMARY = _line("Setting up an ergonomically designed workstation")


@pytest.mark.parametrize(
    "line",
    [
        # select boxes of three dev pages (a newsletter form's countries, a race's sign-up
        # form's states, a blog's categories with their posts' counts)
        _COUNTRIES,
        "State International Alabama Alaska Arizona Arkansas California Colorado Connecticut "
        "Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana "
        "Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska "
        "Nevada New Hampshire New Jersey New Mexico New York North Carolina North Dakota Ohio "
        "Oklahoma Oregon Pennsylvania Rhode Island South Carolina South Dakota Tennessee Texas "
        "Utah Vermont Virginia Washington Washington D.C. West Virginia Wisconsin Wyoming",
        "Categories Select Category Gardening (149) Container Gardening (14) Edible Gardening "
        "(16) Fall Gardening (20) Habitat Gardening (10) Spring Gardening (12) Summer Gardening "
        "(21) Winter Gardening (14) Holiday Décor & Gifts (19) Indoor Plants (40) Landscaping "
        "(38) Urban Plantscapes (12)",
    ],
)
def test_a_select_box_printed_as_one_line_is_a_word_list(line: str) -> None:
    feats = line_features([line])[0]
    assert feats.wordlist
    assert not feats.prose


@pytest.mark.parametrize(
    "line",
    [
        # names a gold keeps, written out with a comma after each (an AEB dev page's credits,
        # a WCXB dev page's list item)
        "Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Writer_Kyeong Min Seon, "
        "Composer_Kim Cheol Hwan, Art Director_Park Dong Woo, Lighting Design_Sin Ho, Video "
        "Design_Jeong Jae Jin, Costume Design_Lee Ho Jun, Make-up_Kim Jong nn, Prop "
        "Design_Kim Sang Hee",
        "Itinerary Highlights: Discover Scottsdale, Sedona, the Grand Canyon, Lake Powell, "
        "Springdale, Zion National Park, Bryce Canyon National Park, Salt Lake City, Jackson "
        "Hole, Grand Teton National Park, Yellowstone National Park, Cody, Sheridan and Rapid "
        "City.",
        # the guide's own paragraphs
        _FIRST,
        _SUMMARY,
    ],
)
def test_names_with_their_commas_and_prose_stay_prose(line: str) -> None:
    assert not line_features([line])[0].wordlist


def test_the_select_box_under_the_story_is_dropped_and_the_story_kept() -> None:
    result = clean_text_document("\n".join(_GUIDE), CleanOptions())
    kept = result.text.split("\n")
    assert not any(x.startswith("Select Country") for x in kept)
    for line in (_FIRST, "1. Adjust Your Chair", "In Summary", _SUMMARY):
        assert line in kept
    assert not any(x.startswith("Related Articles") for x in kept)
