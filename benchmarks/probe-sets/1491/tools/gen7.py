"""p1491-7: department site (Sở NN&PTNT Long An), no dateline, one-cell-per-line table by district (9 months 2024)."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
Giới thiệu | Tin tức | Thủ tục hành chính | Hỏi đáp | Liên hệ

Sản xuất võng 9 tháng năm 2024 tăng khá

Theo Chi cục Phát triển nông thôn, 9 tháng năm 2024, toàn tỉnh sản xuất ước đạt 286,4 nghìn chiếc võng, tăng 6,2% so với cùng kỳ, bằng 74,4% kế hoạch năm. Giá trị sản xuất ước đạt gần 42 tỷ đồng, chiếm 2,6% giá trị sản xuất ngành nghề nông thôn. Nghề đan võng hiện thu hút khoảng 2.300 lao động tại 3 huyện Cần Đước, Thủ Thừa và Tân Trụ.

Sản lượng võng 9 tháng năm 2024
Đơn vị tính: nghìn chiếc
Địa phương
Kế hoạch năm 2024
Ước thực hiện 9 tháng
So với cùng kỳ (%)
Cần Đước
165,0
124,8
105,1
Thủ Thừa
120,0
89,3
108,4
Tân Trụ
100,0
72,3
105,7
Tổng số
385,0
286,4
106,2

Tại xã Phước Vân (huyện Cần Đước), Tổ hợp tác đan võng Phước Vân có 28 tổ viên, mỗi tháng làm ra khoảng 1.500 chiếc võng lưới, giá bán bình quân 95.000 đồng/chiếc. Năm 2025, tỉnh dự kiến bố trí 1,5 tỷ đồng hỗ trợ các cơ sở đan võng đầu tư máy móc, thiết bị.

Tin liên quan:
- Long An công nhận 4 nghề truyền thống đợt 2
- Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
Địa chỉ: số 37 Quốc lộ 1, Phường 6, TP Tân An
Điện thoại: 0272.3826.135
Lượt truy cập: 1.208.457 | Đang online: 26
"""

NINE = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
CAPTION = period("Sản lượng võng 9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
COLS = [("kế hoạch năm 2024", period("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target", False),
        ("ước thực hiện 9 tháng", period("Ước thực hiện 9 tháng", "2024-01-01", "2024-09-30"), "estimate", False),
        ("so với cùng kỳ", CAPTION, None, True)]
ROWS = [("Cần Đước", "Cần Đước", ["165,0", "124,8", "105,1"]),
        ("Thủ Thừa", "Thủ Thừa", ["120,0", "89,3", "108,4"]),
        ("Tân Trụ", "Tân Trụ", ["100,0", "72,3", "105,7"]),
        ("Tổng số", "Long An", ["385,0", "286,4", "106,2"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, per, status, pct), n in zip(COLS, nums):
            v = float(n.replace(",", "."))
            kw = {"status": status} if status else {}
            head = "sản lượng võng" if place != "Long An" else "tổng số sản lượng võng"
            if pct:
                out.append(F(f"{prev}\n{n}", n, v, "percent", "%", subject=f"{head} {col}", per=per,
                             location=place, **kw))
            else:
                out.append(F(f"{prev}\n{n}", n, v * 1000, "count", "chiếc", subject=f"{head} {col}", per=per,
                             location=place, **kw))
            prev = n
    return out


FIGS = [
    F("ước đạt 286,4 nghìn", "286,4", 286400, "count", "chiếc", status="estimate", percent=74.4,
      change=change("increase", 6.2, "%", "cùng kỳ"), subject="chiếc võng toàn tỉnh sản xuất", per=NINE),
    F("gần 42 tỷ", "42", 42000000000, "money", "đồng", approx="nearly", status="estimate", percent=2.6,
      subject="giá trị sản xuất", per=inherit(NINE)),
    F("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", approx="about",
      subject="lao động nghề đan võng"),
    F("tại 3 huyện", "3", 3, "count", "huyện", subject="huyện có nghề đan võng"),
] + cells() + [
    F("có 28 tổ viên", "28", 28, "count", "tổ viên", subject="tổ viên của Tổ hợp tác đan võng Phước Vân",
      location="Cần Đước"),
    F("khoảng 1.500 chiếc", "1.500", 1500, "measure", "chiếc/tháng", approx="about",
      subject="võng lưới tổ hợp tác làm ra mỗi tháng", location="Cần Đước"),
    F("95.000 đồng/chiếc", "95.000", 95000, "money", "đồng/chiếc", subject="giá bán bình quân võng lưới",
      location="Cần Đước"),
    F("bố trí 1,5 tỷ", "1,5", 1500000000, "money", "đồng", status="forecast",
      subject="kinh phí hỗ trợ các cơ sở đan võng đầu tư máy móc, thiết bị", per=period("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Department site (Sở NN&PTNT Long An), no dateline: menu, headline, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'đợt 2', '4 nghề truyền thống' in a link title (page furniture), 'số 37 Quốc lộ 1', 'Phường 6', phone",
    "0272.3826.135, counters 1.208.457 and 26. The headline '9 tháng năm 2024' is only a period.",
    "One-cell-per-line table with 'Đơn vị tính: nghìn chiếc'. Row labels are districts → location (Tổng số → Long An);",
    "subject = caption indicator + column; 'Kế hoạch năm 2024' → target, 'Ước thực hiện 9 tháng' → estimate with the caption's",
    "year (2024-01-01..2024-09-30). 'So với cùng kỳ (%)' cells are percents (the header gives the unit, not the thousands);",
    "their header names no period and no status cue: period from the caption (inherited, not scored), status actual (borderline).",
    "'bằng 74,4% kế hoạch năm' is the percent attribute of 286,4 nghìn chiếc. '3 huyện' followed by names: a count of districts.",
    "'mỗi tháng làm ra khoảng 1.500 chiếc' is a rate: measure, chiếc/tháng. 'tỉnh dự kiến bố trí 1,5 tỷ' → forecast.",
]

if __name__ == "__main__":
    write("p1491-7", TEXT, NOTES, FIGS, location="Long An")
