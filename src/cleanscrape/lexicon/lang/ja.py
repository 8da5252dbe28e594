"""Japanese chrome phrases (see :mod:`cleanscrape.lexicon`).

Japanese is written without spaces, so a phrase here matches a whole line (headings, buttons);
the folded form keeps kana and kanji as they are.
"""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "関連記事",
    "関連ニュース",
    "関連リンク",
    "おすすめ記事",
    "あわせて読みたい",
    "合わせて読みたい",
    "こちらもおすすめ",
    "人気記事",
    "アクセスランキング",
    "ランキング",
    "最新記事",
    "注目記事",
    "新着記事",
    "この記事を読んだ人はこんな記事も読んでいます",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "シェア",
    "シェアする",
    "この記事をシェア",
    "ツイート",
    "フォローする",
    "ブックマーク",
)

COMMENTS: tuple[str, ...] = (
    "コメント",
    "コメントする",
    "コメントを書く",
    "コメント一覧",
)

SUBSCRIBE: tuple[str, ...] = (
    "メルマガ登録",
    "ニュースレター",
    "会員登録",
    "無料会員登録",
    "今すぐ登録",
)

#: A paywall's offer inside the body, printed as a box ("この記事は有料記事です。", "続きを読む
#: には、有料会員登録が必要です。", "初月無料", "いつでも解約できます"). Written without spaces:
#: a phrase opens the line as characters, whatever follows it.
PAYWALL: tuple[str, ...] = (
    "続きを読むには",
    "続きをお読みいただくには",
    "続きをお読みいただけます",
    "この記事は有料",
    "この記事は会員限定",
    "この記事は無料会員限定",
    "有料会員になると",
    "有料会員限定",
    "有料会員登録",
    "有料会員の方は",
    "会員登録すると",
    "会員登録で続き",
    "ログインして続き",
    "ログインすると続き",
    "初月無料",
    "いつでも解約",
)

UI: tuple[str, ...] = (
    "広告",
    "印刷",
    "検索",
    "ログイン",
    "トップへ戻る",
    "ページトップへ",
    "続きを読む",
    "もっと見る",
    "前の記事",
    "次の記事",
    "ホーム",
    "メニュー",
    # video player controls
    "再生",
    "一時停止",
    "ミュート",
    "ミュート解除",
    "全画面",
    "全画面表示",
    "フルスクリーン",
    "字幕",
    "再生速度",
    "画質",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("無断転載を禁じます",)

FOOTER: tuple[str, ...] = (
    "プライバシーポリシー",
    "利用規約",
    "お問い合わせ",
    "運営会社",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "タグ",
    "キーワード",
)

CREDITS: tuple[str, ...] = (
    "写真",
    "画像",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("返信",)

#: The words before a time of a 12-hour clock that put it in the morning and in the afternoon
#: ("오후 3:20" is 15:20), as written.
MORNING_PREFIXES: tuple[str, ...] = ("午前",)
AFTERNOON_PREFIXES: tuple[str, ...] = ("午後",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "公開日",
    "更新日時",
    "更新日",
    "配信日",
    "配信",
    "投稿日",
    "掲載日",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (r"\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前",)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("分",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("で読めます",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("読了時間",)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = ("約",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("ホーム",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = ("動画",)

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (r"秒|分|時間|日|週間|ヶ月|か月|年",)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"セッション",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (r"同意|サイト",)

COOKIE_NAMES: tuple[str, ...] = ("クッキー",)

COOKIE_SITE_WORDS: tuple[str, ...] = (
    r"(?:当|本|この|弊社の?)(?:ウェブ|web|Web|WEB)?サイト|当社|弊社",
)

COOKIE_ACCEPT_WORDS: tuple[str, ...] = ("同意",)

CONSENT_BUTTONS: tuple[str, ...] = (
    "同意する",
    "同意しない",
    "同意",
    "拒否",
    "拒否する",
    "設定",
    "詳細",
    "詳細設定",
    "閉じる",
    "すべて許可",
    "許可する",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = ("目次",)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "表示",
    "非表示",
    "開く",
    "閉じる",
)
