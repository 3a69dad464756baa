"""p1547-7: department site (Sở Công Thương Hải Dương), no dateline; one-cell-per-line table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Hỏi đáp

Ngành gia công kính, gương: hơn 100 cơ sở, doanh thu vượt 330 tỷ đồng

Theo kết quả rà soát của Sở Công Thương, toàn tỉnh có 105 cơ sở sản xuất, gia công kính xây dựng và gương, gồm 14 doanh nghiệp và 91 hộ kinh doanh cá thể. Sản phẩm chủ yếu là kính cường lực, cửa nhôm kính, vách tắm và gương trang trí phục vụ nhà ở dân dụng.

Số cơ sở, lao động và doanh thu theo địa phương
Địa phương
Số cơ sở
Lao động (người)
Doanh thu năm 2023 (tỷ đồng)
Ước thực hiện 2024 (tỷ đồng)
TP Hải Dương
38
410
126,5
138,0
Thị xã Kinh Môn
21
265
74,2
80,6
Huyện Nam Sách
17
190
48,0
51,3
Các địa phương khác
29
285
61,3
64,1
Tổng cộng
105
1.150
310,0
334,0

Doanh thu năm 2024 của ngành ước tăng 7,7% so với năm 2023. Khoảng 35 cơ sở đã đầu tư máy cắt kính tự động CNC; 12 cơ sở có lò tôi kính cường lực, công suất mỗi lò từ 300 đến 500 m2/ngày. Sản phẩm kính cường lực phải được chứng nhận hợp quy theo TCVN 7455:2013.

Tin liên quan:
- Hướng dẫn thủ tục cấp Giấy chứng nhận hợp quy sản phẩm kính xây dựng
- Hội chợ Hàng Việt tỉnh Hải Dương lần thứ 7

SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Địa chỉ: Số 2, đường Hồng Quang, TP Hải Dương
Điện thoại: 0220.3852.714
Lượt truy cập: 1.216.480
"""

C23 = per("Doanh thu năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
# (subject, kind, unit, multiplier, period, status)
COLS = [("số cơ sở", "count", "cơ sở", 1, None, None),
        ("lao động", "count", "người", 1, None, None),
        ("doanh thu năm 2023", "money", "đồng", 1e9, C23, None),
        ("doanh thu ước thực hiện 2024", "money", "đồng", 1e9, E24, "estimate")]
ROWS = [("TP Hải Dương", "Hải Dương", ["38", "410", "126,5", "138,0"]),
        ("Thị xã Kinh Môn", "Kinh Môn", ["21", "265", "74,2", "80,6"]),
        ("Huyện Nam Sách", "Nam Sách", ["17", "190", "48,0", "51,3"]),
        ("Các địa phương khác", None, ["29", "285", "61,3", "64,1"]),
        ("Tổng cộng", None, ["105", "1.150", "310,0", "334,0"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (subj, kind, unit, mult, p, st), n in zip(COLS, nums):
        kw = {}
        if p:
            kw["period"] = p
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
            s = subj
        else:
            s = f"{subj} {label.lower()}"
        CELLS.append(fig(f"{prev}\n{n}", n, num(n) * mult, kind, unit, subject=s, **kw))
        prev = n

FIGS = [
    fig("hơn 100 cơ sở", "100", 100, "count", "cơ sở", approx="over", subject="cơ sở gia công kính, gương"),
    fig("vượt 330 tỷ", "330", 330e9, "money", "đồng", approx="over", subject="doanh thu ngành gia công kính, gương"),
    fig("có 105 cơ sở", "105", 105, "count", "cơ sở", subject="cơ sở sản xuất, gia công kính xây dựng và gương"),
    fig("gồm 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", total=105,
        subject="doanh nghiệp sản xuất, gia công kính xây dựng và gương"),
    fig("91 hộ kinh doanh", "91", 91, "count", "hộ kinh doanh", total=105, subject="hộ kinh doanh cá thể"),
] + CELLS + [
    fig("ước tăng 7,7%", "7,7", 7.7, "percent", "%", status="estimate",
        subject="doanh thu của ngành", period=Y24),
    fig("Khoảng 35 cơ sở", "35", 35, "count", "cơ sở", approx="about",
        subject="cơ sở đã đầu tư máy cắt kính tự động CNC"),
    fig("; 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở có lò tôi kính cường lực"),
    fig("từ 300 đến 500", "300", 300, "measure", "m2/ngày", value_max=500,
        subject="công suất mỗi lò tôi kính cường lực"),
]

NOTES = [
    "Department site (Sở Công Thương Hải Dương), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. published absent.",
    "One-cell-per-line table with a place column: row places go to location (TP Hải Dương → 'Hải Dương', the city); 'Các địa phương khác' and",
    "'Tổng cộng' stay with the province (default) and keep their label in the subject. Column headers give subject, unit and multiplier",
    "('Lao động (người)' → count người; '(tỷ đồng)' → ×10^9 đồng), period (Doanh thu năm 2023, Ước thực hiện 2024) and status (estimate).",
    "'Số cơ sở' and 'Lao động' columns name no period: none. Cells get no total.",
    "Headline 'doanh thu vượt 330 tỷ đồng': 'vượt' before an amount means 'more than' → approx over (not a plan gap: no plan is named).",
    "'gồm 14 doanh nghiệp và 91 hộ kinh doanh cá thể' → total 105. 'Doanh thu năm 2024 ... ước tăng 7,7%' → percent figure, estimate.",
    "'Khoảng 35 cơ sở' and '12 cơ sở' have no whole cue → no total; 'công suất mỗi lò từ 300 đến 500 m2/ngày' → measure range.",
    "Distractors: 'CNC', 'TCVN 7455:2013', 'lần thứ 7', 'Số 2, đường Hồng Quang', phone 0220.3852.714, counter 1.216.480.",
]

if __name__ == "__main__":
    write("p1547-7", TEXT, NOTES, FIGS, location="Hải Dương")
