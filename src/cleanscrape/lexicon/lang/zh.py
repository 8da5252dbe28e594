"""Chinese chrome phrases, simplified and traditional (see :mod:`cleanscrape.lexicon`).

Chinese is written without spaces, so a phrase here matches a whole line (headings, buttons).
"""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "相关新闻",
    "相關新聞",
    "相关阅读",
    "相關閱讀",
    "相关文章",
    "相關文章",
    "延伸阅读",
    "延伸閱讀",
    "推荐阅读",
    "推薦閱讀",
    "热门文章",
    "熱門文章",
    "热门新闻",
    "熱門新聞",
    "猜你喜欢",
    "猜你喜歡",
    "最新新闻",
    "最新新聞",
    "更多新闻",
    "更多新聞",
    "排行榜",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "分享",
    "分享到",
    "分享至",
    "关注我们",
    "關注我們",
)

COMMENTS: tuple[str, ...] = (
    "评论",
    "評論",
    "发表评论",
    "發表評論",
    "网友评论",
    "網友評論",
    "留言",
)

SUBSCRIBE: tuple[str, ...] = (
    "订阅",
    "訂閱",
    "立即订阅",
    "立即訂閱",
)

#: A paywall's offer inside the body, printed as a box ("本文为付费内容，订阅后可阅读全文",
#: "登录后阅读全文", "随时取消"). Written without spaces: a phrase opens the line as
#: characters, whatever follows it.
PAYWALL: tuple[str, ...] = (
    "订阅后",
    "訂閱後",
    "登录后阅读",
    "登录后继续阅读",
    "登录后查看全文",
    "登入後閱讀",
    "登錄後閱讀",
    "本文为付费",
    "本文為付費",
    "付费内容",
    "付費內容",
    "付费阅读",
    "付費閱讀",
    "付费订阅",
    "付費訂閱",
    "付费会员",
    "付費會員",
    "开通会员",
    "開通會員",
    "成为会员",
    "成為會員",
    "无限阅读",
    "無限閱讀",
    "随时取消",
    "隨時取消",
    "已是订户",
    "已是訂戶",
)

UI: tuple[str, ...] = (
    "广告",
    "廣告",
    "打印",
    "列印",
    "搜索",
    "搜尋",
    "登录",
    "登入",
    "返回顶部",
    "回到頂部",
    "首页",
    "首頁",
    "上一篇",
    "下一篇",
    "阅读全文",
    "閱讀全文",
    "查看更多",
    "责任编辑",
    "責任編輯",
    # video player controls
    "播放",
    "暂停",
    "暫停",
    "静音",
    "靜音",
    "全屏",
    "退出全屏",
    "全螢幕",
    "字幕",
    "倍速",
    "播放速度",
    "画质",
    "畫質",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = (
    "版权所有",
    "版權所有",
)

FOOTER: tuple[str, ...] = (
    "隐私政策",
    "隱私權政策",
    "联系我们",
    "聯絡我們",
    "关于我们",
    "關於我們",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "标签",
    "標籤",
    "关键词",
    "關鍵字",
)

SOURCE_PREFIXES: tuple[str, ...] = (
    "来源",
    "來源",
)

CREDITS: tuple[str, ...] = (
    "图片来源",
    "圖片來源",
    "摄影",
    "攝影",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("回复", "回覆")

#: The words before a time of a 12-hour clock that put it in the morning and in the afternoon
#: ("오후 3:20" is 15:20), as written.
MORNING_PREFIXES: tuple[str, ...] = ("上午",)
AFTERNOON_PREFIXES: tuple[str, ...] = ("下午",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "发布时间",
    "發布時間",
    "發佈時間",
    "更新时间",
    "更新時間",
    "发布日期",
    "發布日期",
    "发布于",
    "發佈於",
    "发表于",
    "發表於",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s*(?:秒|分|分钟|分鐘|小时|小時|日|天|周|週|个月|個月|年)前",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "分钟",
    "分鐘",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "阅读",
    "閱讀",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = (
    "阅读时间",
    "閱讀時間",
    "预计阅读",
    "預計閱讀",
)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = (
    "约",
    "約",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("首页",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = (
    "视频",
    "图片",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "上一篇",
    "下一篇",
)

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (r"秒|分|小时|小時|天|日|周|个月|個月|年",)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"会话|會話",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (r"同意|网站|網站",)

COOKIE_SITE_WORDS: tuple[str, ...] = (r"本网站|本網站|本站|我们使用|我們使用",)

COOKIE_ACCEPT_WORDS: tuple[str, ...] = ("接受", "同意并继续")

CONSENT_BUTTONS: tuple[str, ...] = (
    "接受",
    "拒绝",
    "拒絕",
    "同意并继续",
    "设置",
    "設置",
    "关闭",
    "關閉",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "目录",
    "目錄",
    "文章目录",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "显示",
    "隐藏",
    "展开",
    "收起",
)
