"""Russian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "читайте также",
    "похожие статьи",
    "по теме",
    "самое читаемое",
    "популярное",
    "ещё по теме",
    "еще по теме",
    "другие новости",
    "новости по теме",
    "читать далее",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "поделиться",
    "подписывайтесь на нас",
    "мы в соцсетях",
    "поделитесь",
)

COMMENTS: tuple[str, ...] = (
    "комментарии",
    "оставить комментарий",
    "комментировать",
)

AUTHOR_BIO: tuple[str, ...] = ("об авторе",)

COOKIE: tuple[str, ...] = (
    "мы используем файлы cookie",
    "мы используем cookie",
    "этот сайт использует cookie",
    "наш сайт использует файлы cookie",
    "наш сайт использует cookie",
)

SUBSCRIBE: tuple[str, ...] = (
    "подпишитесь",
    "подписаться",
    "подпишись на рассылку",
)

UI: tuple[str, ...] = (
    "реклама",
    "печать",
    "поиск",
    "войти",
    "наверх",
    "версия для печати",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("все права защищены",)

FOOTER: tuple[str, ...] = (
    "политика конфиденциальности",
    "пользовательское соглашение",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "теги",
    "метки",
    "темы",
)

BYLINE_PREFIXES: tuple[str, ...] = (
    "автор",
    "текст",
)

SOURCE_PREFIXES: tuple[str, ...] = ("источник",)

CREDITS: tuple[str, ...] = (
    "фото",
    "изображение",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("ответить",)

#: What an author box says its author is ("<Name> is a freelance writer ...").
AUTHOR_ROLES: tuple[str, ...] = (
    "журналист",
    "корреспондент",
    "редактор",
    "автор",
    "обозреватель",
    "журналисты",
    "корреспонденты",
    "редакторы",
    "авторы",
)

APPEALS: tuple[str, ...] = (
    "поддержите",
    "подпишитесь",
    "пожертвуйте",
    "пожертвование",
    "пожертвования",
)

LEGAL_NOTICES: tuple[str, ...] = ("все права защищены",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case, in the genitive as a date writes them ("12 марта 2020"); they are matched on the text
#: of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "января|янв",
    "февраля|фев",
    "марта|мар",
    "апреля|апр",
    "мая",
    "июня|июн",
    "июля|июл",
    "августа|авг",
    "сентября|сент|сен",
    "октября|окт",
    "ноября|ноя",
    "декабря|дек",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "обновлено",
    "опубликовано",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:секунд\w*|минут\w*|мин\.?|час\w*|дн\w+|день|недел\w+|месяц\w*|год\w*|лет)\s+назад",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "мин",
    "минут",
    "минуты",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "чтения",
    "на чтение",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("время чтения",)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = ("около",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "пишет",
    "написал",
    "написала",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("в",)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("в",)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("дата обращения",)

#: The word of a "More ..." heading over a list of links ("More stories"), folded.
MORE_WORDS: tuple[str, ...] = (
    "ещё",
    "еще",
)

#: The word of a picture's place in a gallery ("Photo 3 of 12"), folded.
GALLERY_WORDS: tuple[str, ...] = ("фото",)

#: The word between the picture's number and the gallery's count ("3 of 12"), folded.
GALLERY_OF: tuple[str, ...] = ("из",)

#: The word for "year" beside the year of a date ("12 марта 2020 г."), as written.
YEAR_WORDS: tuple[str, ...] = (
    "г.",
    "года",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("главная",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = (
    "видео",
    "фотогалереи",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "предыдущая статья",
    "следующая статья",
    "предыдущая новость",
    "следующая новость",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = (
    "комментарий",
    "комментария",
    "комментарию",
    "комментарием",
    "комментарии",
    "комментариев",
    "комментариям",
    "комментариями",
    "комментариях",
)

COMMENT_STEMS: tuple[str, ...] = ("комментари",)

ABOUT_LABELS: tuple[str, ...] = ("об", "о")

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"секунд\w*|минут\w*|час\w*|дн\w*|день|недел\w*|месяц\w*|год\w*|лет",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"сеанс\w*|сесси\w*",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (r"сайт|соглас",)

COOKIE_NAMES: tuple[str, ...] = ("куки", "Куки", "КУКИ")

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "содержание",
    "оглавление",
    "содержание статьи",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "показать",
    "скрыть",
    "развернуть",
    "свернуть",
)
