"""p1513-7: department site (Sở Công Thương Bắc Ninh), no dateline: cookware output, one-cell-per-line table by district."""
from lib import fig, per, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Ngành sản xuất dụng cụ nhà bếp duy trì đà tăng trưởng

Ngành sản xuất nồi, chảo, dụng cụ nhà bếp bằng kim loại tiếp tục là điểm sáng của công nghiệp chế biến, chế tạo trên địa bàn tỉnh. Năm 2024, sản lượng toàn ngành ước đạt 6,34 triệu chiếc, tăng 8% so với năm 2023; giá trị sản xuất ước đạt 2.480 tỷ đồng.

Bảng: Sản xuất nồi, chảo theo địa bàn
Đơn vị tính sản lượng: nghìn chiếc
Địa bàn
Số doanh nghiệp
Năm 2023
Ước thực hiện năm 2024
So với cùng kỳ (%)
Thị xã Quế Võ
7
2.850
3.120
109,5
Huyện Tiên Du
4
1.420
1.515
106,7
Huyện Yên Phong
3
960
1.104
115,0
Thành phố Từ Sơn
5
640
598
93,4
Tổng cộng
19
5.870
6.337
108,0

Toàn ngành hiện sử dụng khoảng 5.600 lao động, trong đó lao động nữ chiếm 46%. Năm 2025, Sở Công Thương phấn đấu sản lượng toàn ngành đạt 7 triệu chiếc và hỗ trợ ít nhất 3 doanh nghiệp tham gia Chương trình Thương hiệu quốc gia.

Tin cùng chuyên mục:
- Hội nghị tổng kết công tác khuyến công năm 2024
- Bắc Ninh: Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán Ất Tỵ 2025

Cơ quan chủ quản: Sở Công Thương tỉnh Bắc Ninh
Địa chỉ: Số 10 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.615 - Fax: 0222.3822.616
Lượt truy cập: 1.204.377
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24C = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Thị xã Quế Võ", "Quế Võ", ["7", "2.850", "3.120", "109,5"]),
        ("Huyện Tiên Du", "Tiên Du", ["4", "1.420", "1.515", "106,7"]),
        ("Huyện Yên Phong", "Yên Phong", ["3", "960", "1.104", "115,0"]),
        ("Thành phố Từ Sơn", "Từ Sơn", ["5", "640", "598", "93,4"]),
        ("Tổng cộng", None, ["19", "5.870", "6.337", "108,0"])]


def cells(label, place, nums):
    out = []
    loc = {"location": place} if place else {}
    tot = "tổng cộng " if place is None else ""
    prev = label
    for i, n in enumerate(nums):
        anchor = f"{prev}\n{n}"
        if i == 0:
            out.append(fig(anchor, n, float(n), "count", "doanh nghiệp", subject=f"số doanh nghiệp {tot}".strip(), **loc))
        elif i == 1:
            out.append(fig(anchor, n, float(n.replace(".", "")) * 1e3, "count", "chiếc",
                           subject=f"sản lượng {tot}năm 2023", period=Y23, **loc))
        elif i == 2:
            out.append(fig(anchor, n, float(n.replace(".", "")) * 1e3, "count", "chiếc", status="estimate",
                           subject=f"sản lượng {tot}ước thực hiện năm 2024", period=Y24C, **loc))
        else:
            out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                           subject=f"sản lượng {tot}so với cùng kỳ", **loc))
        prev = n
    return out


TABLE = [f for label, place, nums in ROWS for f in cells(label, place, nums)]

FIGS = [
    fig("ước đạt 6,34 triệu", "6,34", 6.34e6, "count", "chiếc", status="estimate",
        change=chg("increase", 8, "%", "năm 2023"),
        subject="sản lượng toàn ngành", period=Y24),
    fig("ước đạt 2.480 tỷ", "2.480", 2480e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=Y24),
] + TABLE + [
    fig("khoảng 5.600 lao động", "5.600", 5600, "count", "lao động", approx="about",
        subject="lao động toàn ngành sử dụng"),
    fig("chiếm 46%", "46", 46, "percent", "%", subject="lao động nữ"),
    fig("đạt 7 triệu", "7", 7e6, "count", "chiếc", status="target",
        subject="sản lượng toàn ngành", period=Y25),
    fig("ít nhất 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hỗ trợ tham gia Chương trình Thương hiệu quốc gia", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Bắc Ninh), no dateline: menu, related links, footer with address, phone, fax, 'Lượt truy cập'. published = none.",
    "One-cell-per-line table with a place column: the place goes to location (Quế Võ, Tiên Du, Yên Phong, Từ Sơn); 'Tổng cộng' row → Bắc Ninh.",
    "'Đơn vị tính sản lượng: nghìn chiếc' applies to the output columns only: 'Số doanh nghiệp' cells are counts of enterprises, not ×10^3.",
    "Output cells: count in chiếc ×10^3, period from the column header (scored); 'Ước thực hiện năm 2024' → estimate.",
    "'So với cùng kỳ (%)' cells: percent figures, no period in the header, no status cue → actual (borderline, as in p1513-3).",
    "'trong đó lao động nữ chiếm 46%' → a percent figure of its own. 'Năm 2025 ... phấn đấu' governs both clauses → target.",
    "Distractors: 'Số 10 đường Lý Thái Tổ', phone/fax numbers, 'Lượt truy cập: 1.204.377', 'năm 2024' and 'Ất Tỵ 2025' in link titles.",
]

if __name__ == "__main__":
    write("p1513-7", TEXT, NOTES, FIGS, published=None, location="Bắc Ninh")
