"""p1495-7: department site (Sở Công Thương Hải Phòng), no dateline: food-container exports, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ HẢI PHÒNG
Giới thiệu | Tin tức - Sự kiện | Xúc tiến thương mại | Văn bản | Hỏi đáp

Xuất khẩu hộp đựng thực phẩm đứng thứ 3 toàn quốc

Hải Phòng hiện có 12 doanh nghiệp sản xuất hộp đựng thực phẩm xuất khẩu, tập trung tại các khu công nghiệp Tràng Duệ, Nam Đình Vũ và Deep C II. Năm 2024, kim ngạch xuất khẩu nhóm hàng này ước đạt 115,7 triệu USD, tăng 13% so với năm 2023, đứng thứ 3 toàn quốc sau Bình Dương và TP Hồ Chí Minh.

Kim ngạch xuất khẩu hộp đựng thực phẩm theo sản phẩm
Đơn vị tính: triệu USD
Sản phẩm
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Hộp nhựa đựng thực phẩm
68,4
75,2
82,0
Hộp cơm giữ nhiệt
21,7
24,9
28,0
Hộp thủy tinh
12,3
15,6
19,0
Tổng cộng
102,4
115,7
129,0
Trong đó: thị trường EU
30,8
36,1
41,0

Các doanh nghiệp sử dụng khoảng 5.400 lao động. Giá hạt nhựa PP nguyên sinh bình quân năm 2024 khoảng 31.500 đồng/kg, tăng 6% so với năm 2023, khiến chi phí sản xuất của doanh nghiệp tăng.

Tin cùng chuyên mục:
- Hội nghị kết nối giao thương với thị trường EU lần thứ 3
- Hướng dẫn thực hiện Nghị định số 31/2018/NĐ-CP về xuất xứ hàng hóa

SỞ CÔNG THƯƠNG THÀNH PHỐ HẢI PHÒNG
Địa chỉ: Số 3 Lê Đại Hành, quận Hồng Bàng, TP Hải Phòng
Điện thoại: 0225.3842.618 - Fax: 0225.3842.619
Lượt truy cập: 1.204.336 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"), ("kế hoạch năm 2025", K25, "target")]
ROWS = [("Hộp nhựa đựng thực phẩm", ["68,4", "75,2", "82,0"]),
        ("Hộp cơm giữ nhiệt", ["21,7", "24,9", "28,0"]),
        ("Hộp thủy tinh", ["12,3", "15,6", "19,0"]),
        ("Tổng cộng", ["102,4", "115,7", "129,0"]),
        ("Trong đó: thị trường EU", ["30,8", "36,1", "41,0"])]
TOTALS = [102.4e6, 115.7e6, 129.0e6]

CELLS = []
for label, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[i]
            row = "thị trường EU"
        else:
            row = label.lower()
        v = float(n.replace(",", ".")) * 1e6
        CELLS.append(fig(f"{prev}\n{n}", n, v, "money", "USD",
                         subject=f"kim ngạch xuất khẩu {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("đứng thứ 3 toàn quốc\n", "3", 3, "rank", "hạng", subject="xuất khẩu hộp đựng thực phẩm"),
    fig("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất hộp đựng thực phẩm xuất khẩu"),
    fig("ước đạt 115,7 triệu", "115,7", 115.7e6, "money", "USD", status="estimate",
        change=chg("increase", 13, "%", "năm 2023"), subject="kim ngạch xuất khẩu nhóm hàng hộp đựng thực phẩm",
        period=Y24),
    fig("đứng thứ 3 toàn quốc sau", "3", 3, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu nhóm hàng hộp đựng thực phẩm", period=Y24),
] + CELLS + [
    fig("khoảng 5.400 lao động", "5.400", 5400, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("khoảng 31.500 đồng/kg", "31.500", 31500, "money", "đồng/kg", approx="about",
        change=chg("increase", 6, "%", "năm 2023"), subject="giá hạt nhựa PP nguyên sinh bình quân", period=Y24b),
]

NOTES = [
    "Department site (Sở Công Thương Hải Phòng), no dateline: menu, related links, footer address, phone/fax, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Deep C II', 'lần thứ 3', 'Nghị định số 31/2018/NĐ-CP', 'Số 3 Lê Đại Hành', phone/fax, counters 1.204.336 and 52.",
    "Headline 'đứng thứ 3 toàn quốc' -> rank of the city's food-box exports (location Hải Phòng, no period in the headline).",
    "'đứng thứ 3 toàn quốc sau Bình Dương và TP Hồ Chí Minh' continues the 'ước đạt' clause -> estimate; Bình Dương/TP HCM are comparators.",
    "One-cell-per-line table, 'Đơn vị tính: triệu USD'; subject = indicator + row + column; periods from column headers;",
    "'Ước thực hiện năm 2024' -> estimate, 'Kế hoạch năm 2025' -> target. The 'Trong đó: thị trường EU' sub-row follows the",
    "Tổng cộng row: its cells take the total of the same column (spec: a part after 'trong đó' that follows the whole). Borderline.",
    "'bình quân năm 2024 khoảng 31.500 đồng/kg, tăng 6% so với năm 2023' -> money rate with a change.",
]

if __name__ == "__main__":
    write("p1495-7", TEXT, NOTES, FIGS, location="Hải Phòng")
