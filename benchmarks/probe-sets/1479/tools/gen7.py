"""p1479-7: department site (Sở Y tế Đắk Lắk), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ TỈNH ĐẮK LẮK
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Trang bị máy đo huyết áp cho trạm y tế xã: 176/184 trạm đã có máy

Thực hiện Kế hoạch số 2150/KH-SYT về phòng, chống bệnh không lây nhiễm, đến tháng 9/2024, toàn tỉnh Đắk Lắk có 176/184 trạm y tế xã, phường, thị trấn được trang bị máy đo huyết áp điện tử (đạt 95,7%). Tỷ lệ người từ 40 tuổi trở lên được đo huyết áp đạt 62%, mục tiêu đến năm 2025 là 80%.

Số máy đo huyết áp điện tử cấp cho trạm y tế theo địa bàn
Đơn vị tính: chiếc
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Buôn Ma Thuột
42
48
55
Huyện Krông Pắc
35
40
44
Huyện Ea H'leo
28
33
36
Tổng cộng
105
121
135

Mỗi máy đo huyết áp điện tử có giá khoảng 1,1 triệu đồng. Tổng kinh phí dự kiến giai đoạn 2023-2025 khoảng 2,6 tỷ đồng từ ngân sách tỉnh và nguồn tài trợ của Quỹ Vì sức khỏe cộng đồng. Ngoài ra, Sở phấn đấu trong năm 2025 cấp thêm 1.500 nhiệt kế điện tử cho các điểm trường mầm non vùng đồng bào dân tộc thiểu số.

Bài viết liên quan:
- Tập huấn quản lý bệnh tăng huyết áp cho nhân viên y tế thôn, buôn đợt 2
- Hội nghị tổng kết công tác y tế năm 2023

SỞ Y TẾ TỈNH ĐẮK LẮK
Địa chỉ: 68 Lê Duẩn, TP Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.547
Lượt truy cập: 1.204.377 | Đang online: 25
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Buôn Ma Thuột", "Buôn Ma Thuột", ["42", "48", "55"]),
        ("Huyện Krông Pắc", "Krông Pắc", ["35", "40", "44"]),
        ("Huyện Ea H'leo", "Ea H'leo", ["28", "33", "36"]),
        ("Tổng cộng", "Đắk Lắk", ["105", "121", "135"])]
IND = "máy đo huyết áp điện tử cấp cho trạm y tế"
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = f"{'tổng cộng ' if label == 'Tổng cộng' else ''}{IND} {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n), "count", "chiếc", subject=subj, period=p,
                         location=place, **kw))
        prev = n

ASOF = per("đến tháng 9/2024", None, "2024-09-30")
FIGS = [
    fig("xã: 176/184", "176", 176, "count", "trạm", total=184, subject="trạm y tế xã đã có máy đo huyết áp"),
    fig("có 176/184 trạm", "176", 176, "count", "trạm", total=184, percent=95.7,
        subject="trạm y tế xã, phường, thị trấn được trang bị máy đo huyết áp điện tử", period=ASOF),
    fig("từ 40 tuổi", "40", 40, "measure", "tuổi", optional=True),
    fig("đạt 62%", "62", 62, "percent", "%", target=tgt(80),
        subject="tỷ lệ người từ 40 tuổi trở lên được đo huyết áp", period=inh(ASOF)),
] + CELLS + [
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "money", "đồng/máy", approx="about", subject="giá máy đo huyết áp điện tử"),
    fig("khoảng 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí", period=per("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")),
    fig("thêm 1.500 nhiệt kế", "1.500", 1500, "count", "nhiệt kế", status="target",
        subject="nhiệt kế điện tử cấp thêm cho các điểm trường mầm non", period=per("trong năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Department site (Sở Y tế Đắk Lắk), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Kế hoạch số 2150/KH-SYT', 'đợt 2', 'năm 2023' in a link title, '68 Lê Duẩn', phone 0262.3852.547, counters 1.204.377 and 25.",
    "'176/184' → total 184 (headline and body); '(đạt 95,7%)' is the body figure's percent. 'đến tháng 9/2024' is an as-of date.",
    "'người từ 40 tuổi trở lên' is an age threshold naming the group: optional. 'mục tiêu đến năm 2025 là 80%' is the 62%'s target.",
    "One-cell-per-line table, 'Đơn vị tính: chiếc'; row labels are places → location (Tổng cộng → Đắk Lắk), subject = caption indicator + column;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; periods from the column headers (scored). Cells get no total.",
    "'Mỗi máy ... giá khoảng 1,1 triệu đồng' is a unit price: đồng/máy, no period. 'Tổng kinh phí dự kiến giai đoạn 2023-2025' → forecast.",
]

if __name__ == "__main__":
    write("p1479-7", TEXT, NOTES, FIGS, published=None, location="Đắk Lắk")
