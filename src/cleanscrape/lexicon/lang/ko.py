"""Korean chrome phrases (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "관련기사",
    "관련 기사",
    "관련뉴스",
    "관련 뉴스",
    "많이 본 뉴스",
    "많이 본 기사",
    "인기기사",
    "인기 기사",
    "추천기사",
    "추천 기사",
    "최신기사",
    "최신 기사",
    "이 시각 주요뉴스",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "공유하기",
    "공유",
    "기사 공유",
    "구독하기",
)

COMMENTS: tuple[str, ...] = (
    "댓글",
    "댓글쓰기",
    "댓글 쓰기",
)

SUBSCRIBE: tuple[str, ...] = (
    "뉴스레터",
    "구독",
)

PAYWALL: tuple[str, ...] = (
    "무제한 이용",
    "무제한 열람",
    "언제든지 해지",
    "언제든 해지",
)

UI: tuple[str, ...] = (
    "광고",
    "인쇄",
    "검색",
    "로그인",
    "맨위로",
    "맨 위로",
    "기사 더보기",
    "더보기",
    "이전기사",
    "다음기사",
    "홈",
    # video player controls
    "재생",
    "일시정지",
    "음소거",
    "음소거 해제",
    "전체 화면",
    "전체화면",
    "자막",
    "재생 속도",
    "화질",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = (
    "무단전재 및 재배포 금지",
    "무단 전재 및 재배포 금지",
)

FOOTER: tuple[str, ...] = (
    "개인정보처리방침",
    "이용약관",
    "저작권자",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "태그",
    "키워드",
)

CREDITS: tuple[str, ...] = ("사진",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("답글", "답글쓰기")

#: The words before a time of a 12-hour clock that put it in the morning and in the afternoon
#: ("오후 3:20" is 15:20), as written.
MORNING_PREFIXES: tuple[str, ...] = ("오전",)
AFTERNOON_PREFIXES: tuple[str, ...] = ("오후",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "입력",
    "기사입력",
    "업데이트",
    "등록일",
    "작성일",
    "수정일",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (r"\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전",)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("분",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "읽기",
    "분량",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = (
    "읽는 시간",
    "읽는시간",
    "읽기 시간",
    "읽기시간",
)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = ("약",)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = ("좋아요",)

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (r"초|분|시간|일|주|개월|년",)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"세션",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (r"웹사이트|동의",)

COOKIE_NAMES: tuple[str, ...] = ("쿠키",)

COOKIE_SITE_WORDS: tuple[str, ...] = (r"(?:이|본|당) ?(?:웹)?사이트|당사|저희",)

COOKIE_ACCEPT_WORDS: tuple[str, ...] = ("동의",)

CONSENT_BUTTONS: tuple[str, ...] = (
    "동의",
    "동의합니다",
    "거부",
    "설정",
    "확인",
    "닫기",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = ("목차",)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "보기",
    "숨기기",
    "열기",
    "닫기",
)
