"""p1260-6: department site (Sở Xây dựng TP Hồ Chí Minh), no dateline: charging and battery-swap points, one-cell-per-line table by area."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ HỒ CHÍ MINH
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp | Liên hệ

Phát triển hạ tầng sạc, đổi pin cho xe máy điện

Thành phố hiện có khoảng 7,4 triệu xe máy đang lưu hành, trong đó xe máy điện và xe đạp điện mới chiếm khoảng 3%. Để hỗ trợ người dân chuyển đổi, Sở đã phối hợp với các doanh nghiệp phát triển mạng lưới trạm sạc và tủ đổi pin cho xe hai bánh.

Số điểm sạc, đổi pin xe hai bánh đến tháng 6/2025
Đơn vị tính: điểm
Khu vực
Trạm sạc
Tủ đổi pin
Kế hoạch năm 2026
Quận 1
86
42
200
Quận Bình Thạnh
74
35
180
TP Thủ Đức
112
58
300
Các địa bàn khác
408
165
1.320
Tổng cộng
680
300
2.000

Theo kế hoạch, đến năm 2026 toàn thành phố có 2.000 điểm sạc, đổi pin; tại khu vực trung tâm, khoảng cách giữa hai điểm không quá 1 km. Giá đổi một viên pin hiện từ 12.000 đến 18.000 đồng, đủ cho quãng đường khoảng 60 km.

Từ tháng 3/2025, thành phố hỗ trợ tài xế xe công nghệ vay ưu đãi tối đa 20 triệu đồng/người để đổi xe; đến nay đã có hơn 4.600 tài xế được giải ngân với tổng dư nợ 81,5 tỷ đồng. Lãi suất ưu đãi 4,5%/năm, thấp hơn 3 điểm phần trăm so với vay thương mại.

SỞ XÂY DỰNG TP. HỒ CHÍ MINH
Địa chỉ: Số 159 Pasteur, phường Võ Thị Sáu, Quận 3
Điện thoại: (028) 3829.0451
Lượt truy cập: 4.517.203 | Đang trực tuyến: 112
"""

ASOF = period("đến tháng 6/2025", None, "2025-06-30")
K26C = period("Kế hoạch năm 2026", "2026-01-01", "2026-12-31")
BY26 = period("đến năm 2026", None, "2026-12-31")
FROM3 = period("Từ tháng 3/2025", "2025-03-01", None)
CITY = "TP Hồ Chí Minh"
COLS = [("trạm sạc", "điểm", ASOF, None), ("tủ đổi pin", "điểm", ASOF, None),
        ("điểm sạc, đổi pin kế hoạch năm 2026", "điểm", K26C, "target")]
ROWS = [("Quận 1", "Quận 1", None, ["86", "42", "200"]),
        ("Quận Bình Thạnh", "Bình Thạnh", None, ["74", "35", "180"]),
        ("TP Thủ Đức", "Thủ Đức", None, ["112", "58", "300"]),
        ("Các địa bàn khác", CITY, "các địa bàn khác", ["408", "165", "1.320"]),
        ("Tổng cộng", CITY, "tổng cộng", ["680", "300", "2.000"])]


def cells():
    out = []
    for label, place, extra, nums in ROWS:
        prev = label
        for (subj, unit, per, status), num in zip(COLS, nums):
            kw = {"status": status} if status else {}
            subject = subj + (" " + extra if extra else "")
            out.append(F(f"{prev}\n{num}", num, float(num.replace(".", "")), "count", unit,
                         subject=subject, period=per, location=place, **kw))
            prev = num
    return out


FIGS = [
    F("khoảng 7,4 triệu", "7,4", 7.4e6, "count", "xe máy", approx="about", subject="xe máy đang lưu hành"),
    F("khoảng 3%", "3", 3, "percent", "%", approx="about", subject="xe máy điện và xe đạp điện chiếm"),
] + cells() + [
    F("có 2.000 điểm", "2.000", 2000, "count", "điểm sạc, đổi pin", status="target",
      subject="điểm sạc, đổi pin toàn thành phố", period=BY26),
    F("không quá 1 km", "1", 1, "measure", "km", approx="at_most", status="target",
      subject="khoảng cách giữa hai điểm tại khu vực trung tâm", period=BY26),
    F("từ 12.000 đến 18.000", "12.000", 12000, "money", "đồng", value_max=18000, subject="giá đổi một viên pin"),
    F("khoảng 60 km", "60", 60, "measure", "km", approx="about", subject="quãng đường đủ cho một viên pin"),
    F("tối đa 20 triệu", "20", 20e6, "money", "đồng/người", approx="at_most",
      subject="vay ưu đãi hỗ trợ tài xế xe công nghệ đổi xe", period=FROM3),
    F("hơn 4.600 tài xế", "4.600", 4600, "count", "tài xế", approx="over", subject="tài xế được giải ngân",
      period=FROM3),
    F("81,5 tỷ", "81,5", 81.5e9, "money", "đồng", subject="tổng dư nợ", period=FROM3),
    F("4,5%/năm", "4,5", 4.5, "percent", "%", change=change("decrease", 3, "điểm phần trăm", "vay thương mại"),
      subject="lãi suất ưu đãi"),
]

NOTES = [
    "Department site (Sở Xây dựng TP Hồ Chí Minh), no dateline: menu, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'. published: none.",
    "Distractors: 'Quận 1' / 'Quận 3' (names with numbers), 'Số 159 Pasteur', phone (028) 3829.0451, counters 4.517.203 and 112, 'hai điểm' (between two points, not a count).",
    "One-cell-per-line table, 'Đơn vị tính: điểm'; caption 'đến tháng 6/2025' → as-of period (end 2025-06-30) for the two 'hiện có' columns;",
    "Unit of every cell is 'điểm' from the 'Đơn vị tính:' line (revised after the first run: the two 'hiện có' columns had",
    "the column labels 'trạm sạc' / 'tủ đổi pin' as unit, inconsistent with the third column and with the spec's table rule).",
    "'Kế hoạch năm 2026' column → target, 2026. Row labels that are places go to location (Quận 1, Bình Thạnh, Thủ Đức);",
    "'Các địa bàn khác' and 'Tổng cộng' stay with the city and carry the row label in the subject. Table cells get no total.",
    "'trong đó ... mới chiếm khoảng 3%' is a percent figure of its own (no amount before it in its clause).",
    "'Theo kế hoạch, đến năm 2026 ...; ... không quá 1 km' → target, period 'đến năm 2026' (start null) for both clauses.",
    "'Lãi suất ưu đãi 4,5%/năm, thấp hơn 3 điểm phần trăm so với vay thương mại': percent 4,5 with a change in điểm phần trăm.",
    "'Từ tháng 3/2025 ... đến nay': start 2025-03-01, end null (the page has no date) for the three figures of the sentence.",
]

if __name__ == "__main__":
    write("p1260-6", TEXT, NOTES, FIGS, location="TP Hồ Chí Minh")
