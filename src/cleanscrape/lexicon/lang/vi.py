"""Vietnamese chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "tin lien quan",
    "tin bai lien quan",
    "bai lien quan",
    "bai viet lien quan",
    "tin tuc lien quan",
    "cac tin bai khac",
    "cac tin khac",
    "tin khac",
    "bai khac",
    "tin bai khac",
    "cac bai viet khac",
    "doc them",
    "xem them",
    "doc nhieu",
    "doc nhieu nhat",
    "xem nhieu",
    "xem nhieu nhat",
    "tin moi",
    "tin moi nhat",
    "tin moi cap nhat",
    "tin noi bat",
    "tin hot",
    "tin cung chuyen muc",
    "cung chuyen muc",
    "tin xem nhieu",
    "co the ban quan tam",
    "ban co the quan tam",
    "co the ban chua doc",
    "dung bo lo",
    "tieu diem",
    "chu de",
    "su kien",
    "tin anh",
    "tin video",
    "multimedia",
    "tin da dang",
    "moi nhat",
    "nong",
    "goc nhin",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "theo doi",
    "chia se",
    "chia se bai viet",
    "chia se facebook",
    "gui bai viet",
    "gui email",
    "like fanpage",
    "ket noi voi chung toi",
    "tai ung dung",
    "quet ma",
    # the outlet's call to read it in its app, over the stores' badges ("Đọc báo <outlet> trên
    # mobile:")
    "doc bao",
)

COMMENTS: tuple[str, ...] = (
    "binh luan",
    "y kien ban doc",
    "y kien",
    "gui binh luan",
    "viet binh luan",
    "gui y kien",
    "ban doc binh luan",
    "ban con tu ky tu",
)

AUTHOR_BIO: tuple[str, ...] = (
    "ve tac gia",
    "thong tin tac gia",
)

COOKIE: tuple[str, ...] = (
    "chung toi su dung cookie",
    "trang web nay su dung cookie",
    "chap nhan cookie",
)

SUBSCRIBE: tuple[str, ...] = (
    "dang ky nhan tin",
    "dang ky nhan ban tin",
    "dang ky",
    "nhan ban tin",
)

PAYWALL: tuple[str, ...] = (
    "truy cap khong gioi han",
    "huy bat cu luc nao",
    "huy bat ky luc nao",
)

UI: tuple[str, ...] = (
    "aa",
    "a a",
    "in bai viet",
    "in bai nay",
    "phien ban di dong",
    "phien ban may tinh",
    "xin cho trong giay lat",
    "dang tai",
    "quang cao",
    "ve dau trang",
    "len dau trang",
    "tro ve",
    "quay lai",
    "tim kiem",
    "dang nhap",
    "dang xuat",
    "trang chu",
    "lien he",
    "gioi thieu",
    "co chu",
    "nghe doc bai",
    "nghe doc bai viet",
    "nghe bai viet",
    "luu bai viet",
    "sao chep lien ket",
    "copy link",
    "xem tiep",
    "doc tiep",
    "xem chi tiet",
    "tai them",
    "xem tat ca",
    # the reader's account and the outlet's services, links of its header and footer
    "tin da luu",
    "dat bao",
    "rao vat",
    "bao loi",
    "gop y",
    "gui gop y",
)

FOOTER: tuple[str, ...] = (
    "ban quyen",
    "giay phep",
    # the licence's line, whose number and date split into many words of its key ("Giấy phép số
    # 110/GP-BTTTT do Bộ ... cấp ngày 24/03/2020", "Giấy phép hoạt động báo điện tử <outlet> số
    # 15/GP-BVHTTDL Hà Nội, ngày 14-4-2025"): the words after the longer phrase are fewer
    "giay phep so",
    "giay phep hoat dong bao dien tu",
    "tong bien tap",
    "pho tong bien tap",
    "chiu trach nhiem",
    "toa soan",
    "dia chi",
    "dien thoai",
    "co quan chu quan",
    "ghi ro nguon",
    "chi duoc phat hanh lai",
    "copyright",
    "hotline",
    "email",
    "lien he quang cao",
    # the footer's link to the newsroom's contact page ("Liên hệ tòa soạn")
    "lien he toa soan",
)
#: The imprint's fields every outlet prints in its footer (the press law's masthead: its
#: office, hotline, licence number, managing editor), as labels with their colon.
FOOTER_LABELS: tuple[str, ...] = (
    "van phong dai dien",
    "tru so",
    "duong day nong",
    "hotline",
    "so giay phep",
    "thu ky toa soan",
)
#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("bao luu moi quyen",)

TAGS: tuple[str, ...] = (
    "tu khoa",
    "the",
    "tag",
    "chu de lien quan",
)

BYLINE_PREFIXES: tuple[str, ...] = (
    "tac gia",
    "bai va anh",
    "bai anh",
    "bai",
    "anh",
    "phong vien",
    "nhom phong vien",
)

SOURCE_PREFIXES: tuple[str, ...] = (
    "nguon",
    "theo",
)

SOURCE_LABELS: tuple[str, ...] = ("nguồn",)

SOURCE_LEADS: tuple[str, ...] = ("Theo",)

COMPILED_MARKS: tuple[str, ...] = ("t/h", "th", "tổng hợp", "TH", "T/H")

COMPILED_FROM: tuple[str, ...] = ("theo", "tổng hợp từ")

CREDITS: tuple[str, ...] = (
    "anh",
    "anh minh hoa",
    "anh tu lieu",
    "anh chup man hinh",
    "nguon anh",
    "do hoa",
    "video",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("tra loi",)

#: What an author box says its author is ("<Name> is a freelance writer ...").
AUTHOR_ROLES: tuple[str, ...] = (
    "nha bao",
    "phong vien",
    "bien tap vien",
    "tac gia",
    "cong tac vien",
)

APPEALS: tuple[str, ...] = (
    "ung ho chung toi",
    "dang ky nhan ban tin",
    "quyen gop",
    "dang nhap de doc tiep",
    "dang nhap de tiep tuc doc",
    "ban da co tai khoan",
)

LEGAL_NOTICES: tuple[str, ...] = (
    "ban quyen",
    "giu ban quyen",
    # "(Nghiêm) cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản":
    # the copyright line's second sentence, which outlets print on a line of its own
    "sao chep duoi moi hinh thuc",
    # "Chỉ được phát hành lại thông tin từ website này khi có sự đồng ý bằng văn bản của ...":
    # the footer's phrase, as a sentence longer than a footer line
    "chi duoc phat hanh lai",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "cập nhật",
    "đăng",
    "ngày đăng",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (r"\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước",)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("phút",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("đọc",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = (
    "đọc trong",
    "thời gian đọc",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "viết",
    "nói",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("lúc",)

#: The words after a time of day ("10:07 pm", "10:07 Uhr"), as written.
TIME_SUFFIXES: tuple[str, ...] = (
    "sa",
    "ch",
)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = ("thich",)

#: The word of a picture's place in a gallery ("Photo 3 of 12"), folded.
GALLERY_WORDS: tuple[str, ...] = ("anh",)

#: The word between the picture's number and the gallery's count ("3 of 12"), folded.
GALLERY_OF: tuple[str, ...] = ("tren",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("trang chu",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = (
    "anh",
    "phong su anh",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "bai truoc",
    "bai tiep theo",
    "tin truoc",
    "tin tiep theo",
)
#: A pager label only on a line of its own, folded: "Trước", "Tiếp theo" open sentences of
#: prose too ("Trước đó, ...", "Tiếp theo, ...").
PAGER_ALONE: tuple[str, ...] = ("truoc", "tiep theo")

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("binh luan",)

COMMENT_STEMS: tuple[str, ...] = ("binh luan",)

CREDIT_SHAPE_WORDS: tuple[str, ...] = ("ảnh",)

BIO_VERBS: tuple[str, ...] = ("là",)

POST_COUNT_NOUNS: tuple[str, ...] = ("bai viet",)

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (r"giây|phút|giờ|ngày|tuần|tháng|năm",)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"phiên",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (r"trang web|đồng ý",)

#: The site conventions of class and id names of chrome containers, one token (written
#: without diacritics): "tinlienquan", "xemthem".
CLASS_TOKENS: tuple[str, ...] = (
    "tinlienquan",
    "lienquan",
    "tinlq",
    "tinkhac",
    "xemthem",
    "docthem",
)

#: ... and the same as consecutive tokens, separated by spaces ("tin-lien-quan").
CLASS_PHRASES: tuple[str, ...] = (
    "tin lien quan",
    "tin khac",
    "tin cung chuyen muc",
    "xem them",
    "doc them",
)

#: ... and the words that count inside a class or id with its ``-``/``_`` separators taken
#: out ("box-tinlienquan", "tin_lien_quan").
CLASS_JOINED: tuple[str, ...] = ("tinlienquan",)

#: A bracketed tag opening a line ("(Ảnh)", "[Trực tiếp]"), as written, with its accents and
#: without (sites that print them without).
MEDIA_TAGS: tuple[str, ...] = (
    "anh",
    "ảnh",
    "truc tiep",
    "trực tiếp",
)

#: The words that end a sentence announcing the list under it ("... for the following
#: reasons.", "... as follows."), among its last three words, folded.
LIST_LEADS: tuple[str, ...] = (
    "sau day",
    "nhu sau",
)

#: The heading of the article's conclusion in a section of its own (folded).
CLOSING_HEADINGS: tuple[str, ...] = ("ket luan",)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = ("muc luc",)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "hien",
    "an",
)
