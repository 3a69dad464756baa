"""p1453-7: department site (Sở Công Thương Hải Dương), no dateline; one-cell-per-line table by district."""
from lib import fig, period, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản

Phát triển nghề sản xuất phích nước, ruột phích trên địa bàn tỉnh

Tỉnh hiện có 15 cơ sở sản xuất phích nước, ruột phích, tập trung chủ yếu ở huyện Cẩm Giàng và TP Hải Dương. Năm 2024, tổng sản lượng ước đạt hơn 3,8 triệu chiếc, tăng 6,4% so với năm 2023; giá trị sản xuất khoảng 265 tỷ đồng.

Cơ sở sản xuất phích nước, ruột phích theo địa bàn
Địa bàn
Số cơ sở
Lao động (người)
Ước thực hiện năm 2024 (nghìn chiếc)
Kế hoạch năm 2025 (nghìn chiếc)
TP Hải Dương
4
385
1.260
1.300
Thị xã Kinh Môn
3
212
740
800
Huyện Cẩm Giàng
6
438
1.515
1.650
Huyện Gia Lộc
2
96
310
320
Tổng số
15
1.131
3.825
4.070

Ngành đang gặp khó khăn do giá cát trắng, than và khí hóa lỏng tăng 15-20% so với năm trước; nhiều cơ sở nhỏ còn dùng lò thủ công, tiêu hao khoảng 1,2 kg than/ruột phích. Giai đoạn 2025-2027, Sở Công Thương phấn đấu hỗ trợ ít nhất 5 cơ sở chuyển sang lò nung dùng khí, mỗi cơ sở được hỗ trợ tối đa 300 triệu đồng từ kinh phí khuyến công.

Tin liên quan:
- Hội chợ triển lãm hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc
- Kết quả bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh

SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Địa chỉ: Số 8 đường Hồng Quang, TP Hải Dương | Điện thoại: 0220.3852.614
Lượt truy cập: 1.204.377 | Đang online: 21
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
P2527 = period("Giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
E24 = period("Ước thực hiện năm 2024 (nghìn chiếc)", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch năm 2025 (nghìn chiếc)", "2025-01-01", "2025-12-31")
# column label, kind, unit, multiplier, period, status
COLS = [
    ("số cơ sở", "count", "cơ sở", 1, None, None),
    ("lao động", "count", "người", 1, None, None),
    ("sản lượng ước thực hiện năm 2024", "count", "chiếc", 1e3, E24, "estimate"),
    ("sản lượng kế hoạch năm 2025", "count", "chiếc", 1e3, K25, "target"),
]
ROWS = [
    ("TP Hải Dương", "Hải Dương", ["4", "385", "1.260", "1.300"]),
    ("Thị xã Kinh Môn", "Kinh Môn", ["3", "212", "740", "800"]),
    ("Huyện Cẩm Giàng", "Cẩm Giàng", ["6", "438", "1.515", "1.650"]),
    ("Huyện Gia Lộc", "Gia Lộc", ["2", "96", "310", "320"]),
    ("Tổng số", None, ["15", "1.131", "3.825", "4.070"]),
]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, kind, unit, mult, per, status), n in zip(COLS, nums):
            kw = {}
            if status:
                kw["status"] = status
            if per:
                kw["period"] = per
            if place:
                kw["location"] = place
            subj = col if place else f"tổng số {col}"
            v = float(n.replace(".", "")) * mult
            out.append(fig(f"{prev}\n{n}", n, v, kind, unit, subject=subj, **kw))
            prev = n
    return out


FIGS = [
    fig("có 15 cơ sở", "15", 15, "count", "cơ sở", subject="cơ sở sản xuất phích nước, ruột phích"),
    fig("hơn 3,8 triệu", "3,8", 3.8e6, "count", "chiếc", approx="over", status="estimate",
        change=change("increase", 6.4, "%", "năm 2023"), subject="tổng sản lượng", period=Y24),
    fig("khoảng 265 tỷ", "265", 265e9, "money", "đồng", approx="about", status="estimate",
        subject="giá trị sản xuất", period=Y24),
] + cells() + [
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="giá cát trắng, than và khí hóa lỏng"),
    fig("khoảng 1,2 kg", "1,2", 1.2, "measure", "kg/ruột phích", approx="about",
        subject="tiêu hao than của lò thủ công"),
    fig("ít nhất 5 cơ sở", "5", 5, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ chuyển sang lò nung dùng khí", period=P2527),
    fig("tối đa 300 triệu", "300", 300e6, "money", "đồng/cơ sở", approx="at_most", status="target",
        subject="mức hỗ trợ mỗi cơ sở", period=P2527),
]

NOTES = [
    "Department site (Sở Công Thương Hải Dương) without a dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Số 8 đường Hồng Quang', phone 0220.3852.614, 'Lượt truy cập: 1.204.377', 'Đang online: 21'. No published date.",
    "One-cell-per-line table with a place column: the district is each row's location (TP Hải Dương = the city Hải Dương),",
    "the subject is the column label; the 'Tổng số' row keeps the province (default) and 'tổng số' in the subject.",
    "Units come from the column headers: 'Số cơ sở' → cơ sở, 'Lao động (người)' → người, '(nghìn chiếc)' → ×1000 chiếc.",
    "Periods and statuses from the headers: 'Ước thực hiện năm 2024' → estimate 2024, 'Kế hoạch năm 2025' → target 2025;",
    "the count columns have no period. Cells get no total.",
    "'ước đạt hơn 3,8 triệu chiếc, tăng 6,4%' → estimate, over; '; giá trị sản xuất khoảng 265 tỷ đồng' has no verb of its own,",
    "so it continues the 'ước đạt' predicate by ellipsis (estimate); contrast p1453-3, where the clause after ';' has its own 'đạt'.",
    "'giá ... tăng 15-20% so với năm trước' is a growth rate as the claim (percent range). 'mỗi cơ sở ... tối đa 300 triệu đồng'",
    "→ at_most, unit đồng/cơ sở; 'phấn đấu' governs both clauses of the last sentence (target, 2025-2027).",
    "revised after the first run: '1,2 kg than/ruột phích' unit 'kg than/ruột phích' → 'kg/ruột phích' (a measure's unit is the",
    "unit of measure, as km, ha, phút; 'than' is what is measured and belongs to the subject; the denominator stays).",
]

if __name__ == "__main__":
    write(7, TEXT, NOTES, FIGS, location="Hải Dương")
