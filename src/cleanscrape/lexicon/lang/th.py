"""Thai chrome phrases (see :mod:`cleanscrape.lexicon`).

Thai is written without spaces between words, so a phrase here matches a whole line (headings,
buttons) or opens one; the folded form keeps the letters and their vowel and tone marks.
"""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "ข่าวที่เกี่ยวข้อง",
    "ข่าวเกี่ยวข้อง",
    "บทความที่เกี่ยวข้อง",
    "เรื่องที่เกี่ยวข้อง",
    "อ่านเพิ่มเติม",
    "อ่านต่อ",
    "ข่าวล่าสุด",
    "ข่าวยอดนิยม",
    "ยอดนิยม",
    "บทความแนะนำ",
    "ข่าวแนะนำ",
    "คุณอาจสนใจ",
    "อ่านข่าวอื่นๆ",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "แชร์",
    "ติดตามเรา",
    "ติดตามเราได้ที่",
)

COMMENTS: tuple[str, ...] = (
    "ความคิดเห็น",
    "แสดงความคิดเห็น",
)

SUBSCRIBE: tuple[str, ...] = (
    "สมัครรับจดหมายข่าว",
    "สมัครสมาชิก",
)

UI: tuple[str, ...] = (
    "โฆษณา",
    "ค้นหา",
    "เข้าสู่ระบบ",
    "พิมพ์",
    "กลับสู่ด้านบน",
    "ดูเพิ่มเติม",
    "หน้าแรก",
    "ข่าวถัดไป",
    "ข่าวก่อนหน้า",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("สงวนลิขสิทธิ์",)

FOOTER: tuple[str, ...] = (
    "นโยบายความเป็นส่วนตัว",
    "ติดต่อเรา",
    "เกี่ยวกับเรา",
    "ข้อกำหนดการใช้งาน",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = ("แท็ก",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("ตอบกลับ",)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (r"\d+\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน|ปี)\s*(?:ที่แล้ว|ก่อน)",)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("นาที",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = (
    "เวลาอ่าน",
    "อ่าน",
)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = ("ประมาณ",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("หน้าแรก",)

COOKIE_NAMES_UNSPACED: tuple[str, ...] = ("คุกกี้",)

COOKIE_SITE_WORDS: tuple[str, ...] = (r"เว็บไซต์นี้|เราใช้",)

COOKIE_ACCEPT_WORDS: tuple[str, ...] = ("ยอมรับ",)

CONSENT_BUTTONS: tuple[str, ...] = (
    "ยอมรับ",
    "ยอมรับทั้งหมด",
    "ปฏิเสธ",
    "ตั้งค่า",
)
