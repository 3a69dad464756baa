"""p1477-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by product."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Công nghiệp | Thương mại | Thủ tục hành chính | Hỏi đáp

Sản xuất bàn là, máy sấy tóc trên địa bàn tỉnh năm 2024

Đồng Nai hiện có 7 doanh nghiệp sản xuất bàn là, máy sấy tóc tại các KCN Nhơn Trạch 3, Biên Hòa II và Amata, sử dụng gần 3.900 lao động. Năm 2024, sản lượng toàn ngành đạt 4,83 triệu chiếc, tăng 8,1% so với năm 2023; tỉnh đứng thứ ba cả nước về sản lượng máy sấy tóc, sau Bình Dương và Bắc Ninh.

Sản lượng theo sản phẩm
Đơn vị tính: nghìn chiếc
Sản phẩm
Năm 2023
Năm 2024
So với cùng kỳ (%)
Bàn là khô
1.426
1.388
97,3
Bàn ủi hơi nước
1.105
1.294
117,1
Máy sấy tóc
1.937
2.148
110,9
Tổng số
4.468
4.830
108,1

Năm 2024, khoảng 65% sản lượng được xuất khẩu, chủ yếu sang Mỹ và Nhật Bản; giá trị xuất khẩu ước đạt 118 triệu USD. Thu nhập bình quân của người lao động trong ngành khoảng 9,5 triệu đồng/người/tháng.

Năm 2025, Sở phấn đấu sản lượng toàn ngành đạt trên 5,2 triệu chiếc; đồng thời phối hợp kiểm tra ít nhất 40 lượt cơ sở kinh doanh đồ điện gia dụng trên địa bàn.

Tin liên quan:
- Hội nghị kết nối doanh nghiệp FDI với nhà cung ứng trong nước lần thứ 3
- Hướng dẫn dán nhãn năng lượng cho thiết bị điện gia dụng

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.445
Lượt truy cập: 1.408.226 | Đang truy cập: 52
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Bàn là khô", ["1.426", "1.388", "97,3"]), ("Bàn ủi hơi nước", ["1.105", "1.294", "117,1"]),
        ("Máy sấy tóc", ["1.937", "2.148", "110,9"]), ("Tổng số", ["4.468", "4.830", "108,1"])]
CELLS = []
for label, (a, b, pct) in ROWS:
    row = label.lower()
    CELLS.append(F(f"{label}\n{a}", a, float(a.replace(".", "")) * 1e3, "count", "chiếc",
                   subject=f"sản lượng {row} năm 2023", period=Y23c))
    CELLS.append(F(f"{a}\n{b}", b, float(b.replace(".", "")) * 1e3, "count", "chiếc",
                   subject=f"sản lượng {row} năm 2024", period=Y24c))
    CELLS.append(F(f"{b}\n{pct}", pct, float(pct.replace(",", ".")), "percent", "%",
                   subject=f"sản lượng {row} so với cùng kỳ", period=inherit(Y24c)))

FIGS = [
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bàn là, máy sấy tóc"),
    F("gần 3.900 lao động", "3.900", 3900, "count", "lao động", approx="nearly",
      subject="lao động các doanh nghiệp sử dụng"),
    F("đạt 4,83 triệu", "4,83", 4.83e6, "count", "chiếc", change=change("increase", 8.1, "%", "năm 2023"),
      subject="sản lượng toàn ngành", period=Y24),
    F("đứng thứ ba", "ba", 3, "rank", "hạng", subject="sản lượng máy sấy tóc", period=Y24),
] + CELLS + [
    F("khoảng 65%", "65", 65, "percent", "%", approx="about", subject="sản lượng được xuất khẩu", period=Y24),
    F("ước đạt 118 triệu", "118", 118e6, "money", "USD", status="estimate", subject="giá trị xuất khẩu", period=Y24),
    F("khoảng 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", approx="about",
      subject="thu nhập bình quân của người lao động trong ngành", period=inherit(Y24)),
    F("trên 5,2 triệu", "5,2", 5.2e6, "count", "chiếc", approx="over", status="target",
      subject="sản lượng toàn ngành", period=Y25),
    F("ít nhất 40 lượt", "40", 40, "count", "lượt", approx="at_least", status="target",
      subject="lượt kiểm tra cơ sở kinh doanh đồ điện gia dụng", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: 'KCN Nhơn Trạch 3', 'Biên Hòa II', 'lần thứ 3', 'Số 2 Nguyễn Văn Trị', phone 0251.3822.445, counters 1.408.226 and 52.",
    "'đứng thứ ba cả nước' → rank 3 located in Đồng Nai (the field of the ranking is the country); 'tỉnh' in that clause is Đồng Nai.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc' → ×1000, unit chiếc; the '(%)' column gives percent cells; subject = caption",
    "indicator + row label + column label. Periods from the year headers (scored); the '(%)' column names no year: period Năm 2024",
    "given as inherited (not scored). The '%' cells are growth rates as the claim (percent figures, no change). Cells get no total.",
    "'Năm 2024, khoảng 65% ...; giá trị xuất khẩu ước đạt ...' → the 'ước đạt' clause is estimate, the 65% before it is actual.",
    "'phấn đấu ...; đồng thời phối hợp kiểm tra ít nhất 40 lượt' → both target (continued clause), period Năm 2025.",
]

if __name__ == "__main__":
    write("p1477-7", TEXT, NOTES, FIGS, location="Đồng Nai")
