"""English chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related news",
    "related content",
    "related topics",
    "related coverage",
    "related reading",
    "read more",
    "read next",
    "read this next",
    "read also",
    "also read",
    "see also",
    "more stories",
    "more news",
    "more from",
    "more on this",
    "more on this story",
    "more in",
    "more like this",
    "more to read",
    "most read",
    "most popular",
    "most viewed",
    "popular",
    "popular posts",
    "popular stories",
    "trending",
    "trending now",
    "trending stories",
    "latest news",
    "latest stories",
    "latest",
    "latest posts",
    "recent posts",
    "recent articles",
    "recommended",
    "recommended for you",
    "recommended stories",
    "you may also like",
    "you might also like",
    "you may like",
    "you might be interested in",
    "we recommend",
    "top stories",
    "editors picks",
    "editor s picks",
    "don t miss",
    "up next",
    "what to read next",
    "further reading",
    "in case you missed it",
    "around the web",
    "sponsored stories",
    "promoted stories",
    "from the web",
    "keep reading",
    "continue reading",
    "explore more",
    "explore more articles",
    "keep exploring",
)

RELATED_LINK_LABELS: tuple[str, ...] = (
    "see more",
    "related post",
    "related article",
    "related story",
    "related link",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "follow us",
    "follow",
    "share",
    "share this",
    "share on",
    "share via",
    "share this article",
    "share this story",
    "tweet",
    "pin it",
    "email this",
    "like us on facebook",
    "join us on",
    "connect with us",
    "download the app",
    "get the app",
)

COMMENTS: tuple[str, ...] = (
    "comments",
    "comment",
    "leave a comment",
    "leave a reply",
    "add a comment",
    "post a comment",
    "join the discussion",
    "join the conversation",
    "show comments",
    "view comments",
    "reader comments",
    "discussion",
    "you are commenting using",
    "notify me of new comments",
    "notify me of follow up comments",
    "your email address will not be published",
)

COMMENT_CALLS: tuple[str, ...] = ("tell us what you think",)

COMMENT_POLICIES: tuple[str, ...] = (
    "comments are moderated",
    "comments will be moderated",
    "comments are subject to moderation",
    "comment policy",
    "will not be approved",
)

AUTHOR_BIO: tuple[str, ...] = (
    "about the author",
    "about the writer",
    "about the authors",
    "author bio",
    "about the reviewer",
    "about the editor",
)

COOKIE: tuple[str, ...] = (
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "by continuing to use",
    "by using this site",
    "accept cookies",
    "accept all cookies",
    "cookie settings",
    "cookie policy",
    "manage cookies",
    "we and our partners",
    "we value your privacy",
    "we care about your privacy",
    "your privacy choices",
    "manage consent",
    "consent preferences",
    "manage preferences",
    "our website uses cookies",
    "our site uses cookies",
    "our web site uses cookies",
    # consent lines of forms ("By submitting this form, you agree to our Privacy Policy")
    "by submitting",
    "by providing",
    "by clicking",
    "by signing up",
    "by subscribing",
    "by checking this box",
    "by registering",
    "by entering",
    "by using",
    "i hereby consent",
    "i consent to",
)

#: The consent framework's standard sentences, printed the same on every site that uses it:
#: its notice ("We and our 842 partners store and/or access information ..."), its
#: purposes and its list of vendors; folded, matched at the start of a line, ``#`` standing
#: for the count of partners (which may be left out).
CONSENT_FRAMEWORK: tuple[str, ...] = (
    "we and our # partners store and or access information",
    "store and or access information on a device",
    "list of partners vendors",
    "personalised advertising and content advertising and content measurement",
    "personalized advertising and content advertising and content measurement",
    "personalised ads and content ad and content measurement",
    "personalized ads and content ad and content measurement",
    "actively scan device characteristics for identification",
    "understand audiences through statistics or combinations of data from different sources",
)

SUBSCRIBE: tuple[str, ...] = (
    "subscribe",
    "sign up",
    "sign up for",
    "get our newsletter",
    "newsletter",
    "subscribe to our newsletter",
    "become a member",
    "support our journalism",
    "support independent journalism",
    "already a subscriber",
    "register for free",
    "join our newsletter",
    "join our mailing list",
    "stay up to date with",
    "get breaking news alerts",
    "enter your email",
    "was this newsletter forwarded",
    # appeals for donations after the article
    "enjoyed this article",
    "enjoyed this piece",
    "enjoyed this post",
    "did you like this article",
    "did you enjoy this article",
    "if you enjoyed this article",
    "if you enjoyed this post",
    "buy me a coffee",
    "become a patron",
    "donate now",
    "make a donation",
    "we rely on donations",
    "please consider supporting",
    "since you made it to the bottom",
    "we have a small favor to ask",
    "we have a favour to ask",
    # boxes that offer the story for republication under a free licence
    "republish this story",
    "republish this article",
    "republish our articles",
)

#: A paywall's offer, printed as a box inside the body (its benefits, one a line: "Unlimited
#: access to every article", "Cancel anytime"): the box goes, the story goes on after it.
PAYWALL: tuple[str, ...] = (
    "unlimited access",
    "unlimited digital access",
    "get unlimited access",
    "cancel anytime",
    "cancel any time",
    "cancel at any time",
    "subscribe to continue reading",
    "subscribe to keep reading",
    "subscribers only",
    "ad free reading",
    "ad free experience",
)

UI: tuple[str, ...] = (
    "advertisement",
    "advert",  # the British label of an ad slot
    "ad",
    "ads",
    "sponsored",
    "skip to content",
    "skip to main content",
    "skip navigation",
    "menu",
    "main menu",
    "close",
    "close menu",
    "open menu",
    "toggle navigation",
    "search",
    "search icon",
    "log in",
    "login",
    "sign in",
    "log out",
    "register",
    "print",
    "print this article",
    "back to top",
    "loading",
    "loading please wait",
    "please enable javascript to view the comments powered by disqus",
    "please wait",
    "home",
    "next",
    "previous",
    "next article",
    "previous article",
    "next post",
    "previous post",
    "load more",
    "show more",
    "view all",
    "see all",
    "see more",
    "more",
    "click here",
    "text size",
    "font size",
    "listen to this article",
    "copy link",
    "link copied",
    "reprints",
    "image",
    "photo",
    "video",
    "audio",
    "play",
    "watch",
    "expand",
    "collapse",
    "toggle",
    "mobile version",
    "desktop version",
    "javascript is disabled",
    # video player controls and their screen-reader texts
    "pause",
    "mute",
    "unmute",
    "fullscreen",
    "non fullscreen",
    "exit fullscreen",
    "picture in picture",
    "captions",
    "captions off",
    "captions settings",
    "subtitles",
    "subtitles off",
    "audio track",
    "descriptions off",
    "playback rate",
    "playback speed",
    "this is a modal window",
    "beginning of dialog window escape will cancel and close the window",
    "end of dialog window",
    "close modal dialog",
    "seek to live currently playing live",
    "seek to live currently behind live",
    "live",
    "replay",
    "up next",
    "autoplay",
    "cancel autoplay",
    "enable javascript",
    "x",
    # hidden and required fields of forms
    "this field is for validation purposes and should be left unchanged",
    "this field is hidden when viewing the form",
    "indicates a required field",
    "indicates required field",
    "indicates required fields",
    "required fields are marked",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("all rights reserved",)

FOOTER: tuple[str, ...] = (
    "copyright",
    "privacy policy",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "contact us",
    "about us",
    "advertise with us",
    "cookie policy",
    "site map",
    "sitemap",
    "accessibility",
    "powered by",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "tags",
    "tagged",
    "filed under",
    "topics",
    "related topics",
    "categories",
    "posted in",
)

BYLINE_PREFIXES: tuple[str, ...] = (
    "by",
    "written by",
    "words by",
    "author",
    "posted by",
    "reporting by",
    "story by",
)

SOURCE_PREFIXES: tuple[str, ...] = (
    "source",
    "sources",
    "via",
    "originally published",
)

SOURCE_LEADS: tuple[str, ...] = ("Via", "According to")

FORM_PROMPT_VERBS: tuple[str, ...] = (
    "enter",
    "reenter",
    "re enter",
    "confirm",
    "reconfirm",
    "re confirm",
    "select",
    "reselect",
    "re select",
    "choose",
    "rechoose",
    "re choose",
    "type",
    "retype",
    "re type",
    "provide",
    "reprovide",
    "re provide",
)

FORM_PROMPT_POLITE: tuple[str, ...] = ("please",)

FORM_PROMPT_OBJECTS: tuple[str, ...] = ("your", "the", "a", "an")

CREDITS: tuple[str, ...] = (
    "image credit",
    "photo credit",
    "image",
    "photo",
    "picture",
    "credit",
    "photograph",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("reply",)

#: What an author box says its author is ("<Name> is a freelance writer ...").
AUTHOR_ROLES: tuple[str, ...] = (
    "writer",
    "editor",
    "journalist",
    "reporter",
    "correspondent",
    "contributor",
    "columnist",
    "author",
    "blogger",
    "freelance",
    "freelancer",
    "copywriter",
    "photographer",
    "founder",
    "expert",
    "specialist",
    "attorney",
    "lawyer",
    "professor",
    "analyst",
    "consultant",
    "surgeon",
    "physician",
    "manager",
    "director",
    "strategist",
    "marketer",
    "coach",
    # the plural: a desk's or a team's box ("The Lifestyle Desk is a team of dedicated
    # journalists ...")
    "writers",
    "editors",
    "journalists",
    "reporters",
    "correspondents",
    "contributors",
    "columnists",
)

#: An affiliate disclosure speaks of commissions (word starts, anywhere in a line) ...
DISCLOSURE_TERMS: tuple[str, ...] = (
    "affiliat",
    "commission",
    "qualifying purchase",
    "amazon associate",
    "kickback",
)


#: ... or a line is labelled as one ("Disclosure: ...", "Affiliate Disclaimer: ..."): the
#: label's word, within the line's first three words, folded.
DISCLOSURE_LABELS: tuple[str, ...] = (
    "disclosure",
    "disclaimer",
)


#: ... earned on this page or site (phrases, anywhere in the same line).
DISCLOSURE_SELF: tuple[str, ...] = (
    "this post",
    "this article",
    "this page",
    "this site",
    "this website",
    "this blog",
    "this podcast",
    "our site",
    "our links",
    "our articles",
    "our posts",
    "my posts",
    "my blog",
    "on the site",
    "through links",
    "through our",
    "via the links",
    "i earn",
    "we earn",
    "i may",
    "we may",
    "i make",
    "i receive",
    "may earn",
    "earns from",
    "earn us",
    "is reader supported",
    "at no extra cost",
    "at no additional cost",
)

#: An appeal of the outlet to its reader, at the end of the story (phrases, anywhere in a line):
#: to donate, to become a member, to subscribe ("If you enjoyed this post, ..."), to follow the
#: outlet or write to its reporter ("Have a tip? Jane Roe may be reached at ...").
APPEALS: tuple[str, ...] = (
    "donate",
    "donating",
    "donation",
    "donations",
    "patreon",
    "buy me a coffee",
    "become a member",
    "become a patron",
    "become a supporter",
    "become a subscriber",
    "become a paid subscriber",
    "consider becoming",
    "consider supporting",
    "consider subscribing",
    "please support",
    "support us",
    "support our journalism",
    "support our work",
    "support independent",
    "reader supported",
    "reader funded",
    "subscribe",
    "subscribing",
    "sign up for our",
    "sign up to our",
    "our newsletter",
    "our newsletters",
    "my newsletter",
    "your inbox",
    "if you enjoyed",
    "if you liked",
    "if you ve enjoyed",
    "for as little as",
    "readers like you",
    "follow us on",
    "follow me on",
    "pin it",
    "pin this",
    "share it with your",
    "view it in your browser",
    "can be reached at",
    "may be reached at",
    "have a tip",
    "contact the author",
    "contact the reporter",
    "contact staff writer",
    # a newsletter's pitch over its button, without an e-mail field ("my free, email newsletter
    # where I share ...", "Sign up to get our guide. Plus, a weekly digest ...")
    "email newsletter",
    "sign up to get",
    "sign up to receive",
    # sign-in and paywall prompts printed under the story
    "already a subscriber",
    "already have an account",
    "create an account or sign in",
    "create a free account",
    "sign in to continue",
    "log in to continue",
    "sign in to keep reading",
    "continue reading this post",
    "purchase a paid subscription",
    # a fundraising appeal under the story ("To ensure Acme endures ... we need your financial
    # support.", "Thanks to NewsMatch, every dollar you give will be doubled", "please consider
    # pitching in what you can")
    "your financial support",
    "every dollar you give",
    "consider pitching in",
)

#: The phrases of :data:`APPEALS` that are also the words of a story ("investors subscribing for
#: shares", "donations poured in"): they make a line an appeal only where it speaks to the
#: reader (:data:`READER_ADDRESS`) or opens a sentence with them ("Subscribe for free ...").
APPEALS_PLAIN: tuple[str, ...] = (
    "donate",
    "donating",
    "donation",
    "donations",
    "subscribe",
    "subscribing",
)

#: The phrases of :data:`APPEALS` that offer the outlet's price ("for as little as $1 a month"):
#: a review's words as well, where it reports what a product costs ("You can try out the app
#: ... for as little as $2.99 for a month. A yearly subscription is currently $29.99, ...").
#: They make a line an appeal only where it names no more prices than an offer does.
APPEALS_PRICE: tuple[str, ...] = ("for as little as",)

#: Words by which a line speaks to its reader: the reader ("you", "your"), the outlet or its
#: author ("we", "our", "my": "The best way to support my work is to ... subscribe"), or a
#: request ("please"). ("us" is left out: "US" folds to it.)
READER_ADDRESS: tuple[str, ...] = (
    "you",
    "your",
    "yours",
    "yourself",
    "we",
    "our",
    "ours",
    "my",
    "me",
    "please",
)

#: A legal notice: a copyright or trademark line, a disclaimer that the page is for information
#: only (phrases, anywhere in a line).
LEGAL_NOTICES: tuple[str, ...] = (
    "all rights reserved",
    "subject to copyright",
    "copyrighted by",
    "informational purposes only",
    "information purposes only",
    "educational purposes only",
    "general information only",
    "not intended to replace",
    "not intended as a substitute",
    "is not a substitute for",
    "as a substitute for",
    "not legal advice",
    "is not responsible for",
    "not been evaluated by the food and drug administration",
    "registered trademark",
    "registered trademarks",
    "are trademarks of",
    "reproduced without",
    # the licence of the story's text and the outlet's terms to republish it ("This work is
    # licensed under a Creative Commons Attribution 4.0 License.", "You are allowed to repost or
    # reprint our stories as long as ...")
    "licensed under a creative commons",
    "licensed under the creative commons",
    "terms of the creative commons",
    "republish our",
    "reprint our",
    # a regulated outlet's disclosures under its pages (an insurer's, a bank's, an adviser's:
    # "Coverage/product information provided on this website is not an insurance policy ...",
    # "Past performance is not indicative of future returns.", "Member FDIC")
    "information provided on this website",
    "information on this website",
    "information contained on this website",
    "information contained in this website",
    "not an insurance policy",
    "not an offer to sell",
    "does not constitute an offer",
    "not constitute investment advice",
    "not constitute financial advice",
    "not constitute legal advice",
    "should not be construed as",
    "for illustrative purposes only",
    "past performance is not",
    "past performance is no guarantee",
    "past performance does not guarantee",
    "registered investment adviser",
    "registered investment advisor",
    "member fdic",
    "member finra",
    "member sipc",
    "equal housing lender",
)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case; they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "january|jan",
    "february|feb",
    "march|mar",
    "april|apr",
    "may",
    "june|jun",
    "july|jul",
    "august|aug",
    "september|sept|sep",
    "october|oct",
    "november|nov",
    "december|dec",
)

#: What opens a credit clause of the story's reporters and editors, printed after it
#: ("Reporting by Rodrigo Campos; additional reporting by ...; Editing by Nick Zieminski").
STORY_CREDITS: tuple[str, ...] = (
    "reporting by",
    "additional reporting by",
    "writing by",
    "editing by",
    "compiled by",
    "research by",
)

#: How a line that credits the story's contributors ends ("Associated Press writers Alan Fram
#: and Zeke Miller contributed to this report.").
STORY_CREDITS_END: tuple[str, ...] = (
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed to this content",
    "contributed reporting",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = (
    "cookie",
    "consent",
    "privacy",
    "partners",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "updated",
    "published",
    "posted",
    "last updated",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b.{0,30}",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "min",
    "mins",
    "minute",
    "minutes",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "read",
    "reading",
    "to read",
    "read time",
    "reading time",
    "to read time",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = (
    "reading time",
    "read time",
    "estimated reading time",
    "estimated read time",
)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = (
    "about",
    "~",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "says",
    "said",
    "wrote",
)

#: The words that open the signature line under a reader's comment, folded:
#: "Posted by: John at 3:12 PM".
COMMENT_SIGNATURES: tuple[str, ...] = (
    "posted by",
    "comment by",
    "submitted by",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("at",)

#: The words after a time of day ("10:07 pm", "10:07 Uhr"), as written.
TIME_SUFFIXES: tuple[str, ...] = (
    "am",
    "pm",
    "a.m.",
    "p.m.",
)

#: The words of :data:`TIME_SUFFIXES` that put a time of a 12-hour clock in the morning ("12:05
#: am" is 00:05) and in the afternoon ("6:18 p.m." is 18:18), as written.
MORNING_SUFFIXES: tuple[str, ...] = ("am", "a.m.")
AFTERNOON_SUFFIXES: tuple[str, ...] = ("pm", "p.m.")

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("on",)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = (
    "like",
    "likes",
    "report",
    "share",
    "flag",
    "quote",
    "upvote",
    "downvote",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = (
    "accessed",
    "retrieved",
)

#: The word of a "More ..." heading over a list of links ("More stories"), folded.
MORE_WORDS: tuple[str, ...] = ("more",)

#: The word of a picture's place in a gallery ("Photo 3 of 12"), folded.
GALLERY_WORDS: tuple[str, ...] = (
    "image",
    "photo",
    "picture",
    "slide",
)

#: The word between the picture's number and the gallery's count ("3 of 12"), folded.
GALLERY_OF: tuple[str, ...] = ("of",)

#: Words of an ``aria-label`` that name a region of chrome, as its name tokens (ASCII letters).
ARIA_REGIONS: tuple[str, ...] = (
    "related",
    "share",
    "sharing",
    "social",
    "breadcrumb",
    "breadcrumbs",
    "advertisement",
    "newsletter",
    "comments",
    "cookie",
    "cookies",
    "tags",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("home",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = (
    "multimedia",
    "video",
    "videos",
    "infographic",
    "infographics",
    "photo",
    "photos",
    "podcast",
    "podcasts",
    "emagazine",
    "longform",
    "galleries",
    "gallery",
    "watch",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "previous post",
    "previous article",
    "previous story",
    "previous entry",
    "prev post",
    "prev article",
    "prev story",
    "prev entry",
    "next post",
    "next article",
    "next story",
    "next entry",
    "older post",
    "older article",
    "older story",
    "older entry",
    "newer post",
    "newer article",
    "newer story",
    "newer entry",
)
#: A pager label only on a line of its own, folded: these open sentences of prose too.
PAGER_ALONE: tuple[str, ...] = ("up next", "next up", "read next")

LEAD_IN_WORDS: tuple[str, ...] = (
    "more",
    "other",
    "related",
    "similar",
    "these",
    "our",
    "interesting",
)

LEAD_IN_NOUNS: tuple[str, ...] = ("articles", "posts", "stories", "reads", "guides", "coverage")

LEAD_IN_PHRASES: tuple[str, ...] = (
    "you might also like",
    "you might also enjoy",
    "you might also love",
    "you may also like",
    "you may also enjoy",
    "you may also love",
    "you will also like",
    "you will also enjoy",
    "you will also love",
    "you ll also like",
    "you ll also enjoy",
    "you ll also love",
)

COMMENT_COUNT_QUALIFIERS: tuple[str, ...] = (
    "top",
    "recent",
    "latest",
    "reader",
    "user",
    "all",
    "show",
    "view",
    "hide",
    "load",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = (
    "comment",
    "comments",
    "response",
    "responses",
    "replies",
    "reactions",
    "thoughts on",
    "discussion",
)

COMMENT_STEMS: tuple[str, ...] = ("comment",)

COMMENT_TITLED_NUMBERS: tuple[str, ...] = ("one", "two", "three")

COMMENT_TITLED: tuple[str, ...] = (
    "thought on",
    "thoughts on",
    "response to",
    "responses to",
    "reply to",
    "replies to",
    "comment on",
    "comments on",
    "reaction to",
    "reactions to",
)

TAGS_UNCOLONED: tuple[str, ...] = ("filed under", "posted in")

CREDIT_SHAPE_WORDS: tuple[str, ...] = ("photo", "image", "credit")

CAPTION_PICTURES: tuple[str, ...] = ("image", "photo", "picture", "photograph")

CAPTION_CREDITS: tuple[str, ...] = ("credit",)

BY_WORDS: tuple[str, ...] = ("by",)

CAPTION_LABELS: tuple[str, ...] = ("credit", "photo", "image", "photograph")

NAME_TITLES: tuple[str, ...] = ("Dr", "Prof", "Mr", "Mrs", "Ms")

BIO_VERBS: tuple[str, ...] = ("is", "was", "has", "joined", "covers", "writes")
OUTLET_PLACES: tuple[str, ...] = ("at", "here at")
#: The words of an outlet's box on its own editorial checks ("our content is objective").
EDITORIAL_CHECKS: tuple[str, ...] = (
    "content",
    "editorial",
    "objective",
    "unbiased",
    "impartial",
    "accurate",
    "accuracy",
    "fact check",
    "fact checked",
    "fact checking",
)

POST_COUNT_NOUNS: tuple[str, ...] = ("article", "articles", "post", "posts", "stories")

ABOUT_LABELS: tuple[str, ...] = ("about",)

PERSON_PRONOUNS: tuple[str, ...] = ("he", "she", "his", "her")

GREETINGS: tuple[str, ...] = ("hi", "hello", "hey", "welcome")

SELF_INTROS: tuple[str, ...] = ("i'm", "i’m", "i am")

SELF_NAMINGS: tuple[str, ...] = ("my name is",)

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"session|persistent|permanent|never",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (
    r"website|\bsite|browser|consent|track|analytic|advertis|visitor|\buser|necessary|"
    r"functional|performance|preferences|duration|description|gdpr",
)

COOKIE_NAMES: tuple[str, ...] = ("cookie", "Cookie", "COOKIE")

CONSENT_BUTTONS: tuple[str, ...] = ("ok",)

PLAYER_READOUTS: tuple[str, ...] = (
    "current time",
    "duration",
    "remaining time",
    "loaded",
    "progress",
    "stream type",
)

#: The tokens of a class or id that name an ad slot (``CLASS_TOKENS`` holds them all).
CLASS_ADS: tuple[str, ...] = (
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "adslot",
    "adunit",
)

#: Class and id names of chrome containers (a web convention, in English on sites of every
#: language), one token wherever it stands in the name: "related", "share-bar", "footer".
CLASS_TOKENS: tuple[str, ...] = (
    # related / recommended / more stories
    "related",
    "relatedposts",
    "relatedarticles",
    "recommended",
    "recommendations",
    "recommendation",
    "recirc",
    "recirculation",
    "outbrain",
    "taboola",
    "trending",
    # share / social
    "share",
    "sharing",
    "sharebar",
    "sharethis",
    "addthis",
    "social",
    "socials",
    # navigation
    "breadcrumb",
    "breadcrumbs",
    "pagination",
    "pager",
    # tags
    "tags",
    "tagcloud",
    "taglist",
    # newsletter / subscription
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "signup",
    # comments
    "comments",
    "comment",
    "disqus",
    # ads
    *CLASS_ADS,
    "sponsored",
    "promo",
    "promoted",
    # page furniture around the article
    "footer",
    "prefooter",
    "cta",
    "megamenu",
    # a post's excerpt: the summary a listing shows, printed again above the article, or a
    # teaser card's summary of another post
    "excerpt",
    # cookie / consent banners
    "cookie",
    "cookies",
    "consent",
    "gdpr",
)

#: ... and as consecutive tokens, separated by spaces ("more-stories", "megaMenu").
CLASS_PHRASES: tuple[str, ...] = (
    "more stories",
    "more articles",
    "more news",
    "read next",
    "read more articles",
    "most read",
    "most popular",
    "most viewed",
    "you may like",
    "also like",
    "author box",
    "author bio",
    "about author",
    "post navigation",
    "nav links",
    "follow us",
    # the drop-down panels of a site's menu: a heading, a sentence and links for each section
    "mega menu",
    "mega nav",
)

#: ... and the words that count inside a class or id with its ``-``/``_`` separators taken
#: out ("relatedPosts", "box_related").
CLASS_JOINED: tuple[str, ...] = (
    "relatedposts",
    "relatedarticles",
    "boxrelated",
)

#: The tokens of a class or id that name a box shown on hover or focus (a tooltip, a hover
#: card): hidden by the page's style sheet until then.
CLASS_TOOLTIPS: tuple[str, ...] = (
    "tooltip",
    "tooltips",
    "tooltiptext",
    "popover",
    "hovercard",
)

#: The tokens of a class or id that name a dialog (a modal, a pop-up, a lightbox).
CLASS_DIALOGS: tuple[str, ...] = (
    "modal",
    "popup",
    "lightbox",
    "dialog",
)

#: A bracketed tag opening a line ("[Video]", "(Podcast)"), as written.
MEDIA_TAGS: tuple[str, ...] = (
    "video",
    "infographic",
    "infographics",
    "photo",
    "photos",
    "emagazine",
    "e magazine",
    "longform",
    "podcast",
    "clip",
    "gallery",
    "audio",
    "interactive",
    "live",
    "slideshow",
)

#: What a screen reader's note after a link says ("LinkedIn (opens new window)"), folded.
NEW_WINDOW: tuple[str, ...] = (
    "open new window",
    "open new tab",
    "open a new window",
    "open a new tab",
    "open in new window",
    "open in new tab",
    "open in a new window",
    "open in a new tab",
    "opens new window",
    "opens new tab",
    "opens a new window",
    "opens a new tab",
    "opens in new window",
    "opens in new tab",
    "opens in a new window",
    "opens in a new tab",
)

#: The words that open an instruction of the body with a verb of ``SHARE_FOLLOW`` ("Follow
#: these steps for meditation:"), folded.
FOLLOW_STEPS: tuple[str, ...] = (
    "follow these",
    "follow those",
)

#: The tokens of a class or id that name a box of questions and answers (an FAQ:
#: ``<section class="FAQ_container">``).
CLASS_FAQ: tuple[str, ...] = (
    "faq",
    "faqs",
)

#: The labels of a host name that name no site (a web convention): a prefix ("www", a mobile
#: or accelerated page's "m" and "amp") and the top and second levels of domains ("com",
#: "co" of "co.uk", "ac" of "ac.jp"), lower case.
HOST_LABELS: tuple[str, ...] = (
    "www",
    "m",
    "amp",
    "com",
    "org",
    "net",
    "gov",
    "edu",
    "co",
    "ac",
)

#: The words that join names and clauses in a credit line ("Reporting by X in
#: Washington; with additional reporting by Y and Z"), folded.
CREDIT_JOINERS: tuple[str, ...] = (
    "and",
    "with",
    "in",
)

#: The tokens of a class or id that name the article's own wrapper (a web convention:
#: ``<div class="entry-content">``, ``<div id="story-body">``).
CLASS_ARTICLE: tuple[str, ...] = (
    "article",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "text",
    "blog",
)

#: The word in brackets after a form's label that marks the field as required
#: ("Email (Required)"), as written.
FORM_REQUIRED: tuple[str, ...] = ("required",)

#: The words that end a sentence announcing the list under it ("... for the following
#: reasons.", "... as follows."), among its last three words, folded.
LIST_LEADS: tuple[str, ...] = (
    "the following",
    "as follows",
)

#: The heading of the article's conclusion in a section of its own (folded).
CLOSING_HEADINGS: tuple[str, ...] = (
    "conclusion",
    "conclusions",
    "in conclusion",
    "concluding remarks",
    "final thoughts",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "table of contents",
    "contents",
    "article contents",
    "page contents",
    "contents of this article",
    "contents of this page",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "show",
    "hide",
    "toggle",
    "open",
    "close",
    "expand",
    "collapse",
)

#: An offer of the outlet's periodical by its count of issues at a price, the words between
#: the count and the price ("12 issues for £11.99").
ISSUE_OFFERS: tuple[str, ...] = ("issues for",)

UI_MESSAGES: tuple[str, ...] = (
    "input your search term",
    "enter your search term",
    "enter search term",
    "type your search",
    "what are you looking for",
    "your submission has been received",
    "thank you for your submission",
    "your message has been sent",
    "something went wrong while submitting",
    "input not valid",
    "please fill out this field",
    "this field is required",
    "type in your search",
    "press enter to search",
    "search enhanced by google",
    "you are signed in as",
    "you are signed out",
    "your cart is empty",
)

UI_CALLS: tuple[str, ...] = (
    "contact form",
    "request a quote",
    "get a quote",
    "get a free quote",
    "get price quote",
    "book a call",
    "book a demo",
    "request a demo",
    "get started",
    "speak to an advisor",
    "talk to an expert",
    "use my current location",
    "show more sharing options",
)

#: A button's call to action read only on HTML pages (a whole line; see lexicon.BUTTON_CALLS).
BUTTON_CALLS: tuple[str, ...] = (
    "schedule a demo",
    "schedule your demo",
    "book your demo",
    "book a demo today",
    "request a free demo",
    "start free trial",
    "start your free trial",
    "start a free trial",
    "try it free",
    "try for free",
    "download now",
    "get started now",
    "get started for free",
    "sign up for free",
)

#: A page's notice that its scripts do not run, in a line that names the scripting language:
#: a player's, a viewer's, a form's or a comment box's stand-in ("This slideshow requires
#: JavaScript.", "Please enable JavaScript to view the comments", "You must have JavaScript
#: enabled to use this form."), found anywhere in a folded line.
SCRIPT_NOTICES: tuple[str, ...] = (
    "requires javascript",
    "require javascript",
    "relies on javascript",
    "need javascript",
    "needs javascript",
    "javascript is required",
    "javascript is needed",
    "javascript is necessary",
    "javascript is disabled",
    "javascript is not enabled",
    "javascript is turned off",
    "javascript is currently disabled",
    "javascript is enabled",
    "javascript must be enabled",
    "javascript to be enabled",
    "javascript enabled",
    "enable javascript",
    "enabling javascript",
    "turn on javascript",
    "does not support javascript",
    "doesn t support javascript",
)
