"""p1422-7: department site (Sở Xây dựng Khánh Hòa), no dateline: materials for the Vân Phong - Nha Trang highway,
one-cell-per-line table with a 'Trong đó' sub-row and a 'Tổng số' row."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ XÂY DỰNG TỈNH KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức | Công bố giá | Thủ tục hành chính | Liên hệ

Vật liệu cho cao tốc Vân Phong - Nha Trang: đã cung ứng gần 70% kế hoạch năm

Cao tốc Vân Phong - Nha Trang dài 83,35 km, đi qua huyện Vạn Ninh, thị xã Ninh Hòa và huyện Diên Khánh, gồm 3 gói thầu xây lắp. Theo Sở Xây dựng, 9 tháng năm 2024, các mỏ trên địa bàn tỉnh đã cung ứng cho dự án hơn 3,5 triệu m3 vật liệu các loại.

Khối lượng vật liệu cung ứng cho dự án
Đơn vị tính: nghìn m3
Loại vật liệu
Kế hoạch năm 2024
Thực hiện 9 tháng
So với kế hoạch (%)
Đất đắp nền
3.600
2.412
67,0
Đá các loại
1.250
905
72,4
Trong đó: đá dăm 1x2
480
362
75,4
Cát xây dựng
310
198
63,9
Tổng số
5.160
3.515
68,1

Giá đá dăm 1x2 tại mỏ trong quý III dao động từ 255.000 đến 290.000 đồng/m3, đá 4x6 khoảng 230.000 đồng/m3. Hiện có 12 mỏ đá, 9 mỏ đất được cấp phép phục vụ dự án.

Theo Ban Quản lý dự án 7, dự án hiện đạt khoảng 56% giá trị hợp đồng. Dự kiến quý IV/2024, nhu cầu vật liệu của dự án khoảng 1,65 triệu m3, tăng 18% so với quý III.

Tin liên quan:
- Công bố giá vật liệu xây dựng quý II/2024
- Hội nghị tập huấn Luật Xây dựng lần thứ 3

SỞ XÂY DỰNG TỈNH KHÁNH HÒA
Địa chỉ: Số 4 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.415
Lượt truy cập: 1.204.337
"""

M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = period("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = period("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
Q3 = period("trong quý III", "2024-07-01", "2024-09-30")
Q4 = period("quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [("Đất đắp nền", "đất đắp nền", ["3.600", "2.412", "67,0"], None),
        ("Đá các loại", "đá các loại", ["1.250", "905", "72,4"], None),
        ("Trong đó: đá dăm 1x2", "đá dăm 1x2", ["480", "362", "75,4"], ("1.250", "905")),
        ("Cát xây dựng", "cát xây dựng", ["310", "198", "63,9"], None),
        ("Tổng số", "tổng số", ["5.160", "3.515", "68,1"], None)]


def value(n):
    return float(n.replace(".", "").replace(",", "."))


def cells():
    out = []
    for label, row, nums, whole in ROWS:
        plan, done, pct = nums
        kw = {"total": value(whole[0]) * 1e3} if whole else {}
        out.append(F(f"{label}\n{plan}", plan, value(plan) * 1e3, "measure", "m3", status="target",
                     subject=f"khối lượng {row} kế hoạch năm 2024", per=KH, **kw))
        kw = {"total": value(whole[1]) * 1e3} if whole else {}
        out.append(F(f"{plan}\n{done}", done, value(done) * 1e3, "measure", "m3",
                     subject=f"khối lượng {row} thực hiện 9 tháng", per=TH, **kw))
        out.append(F(f"{done}\n{pct}", pct, value(pct), "percent", "%",
                     subject=f"khối lượng {row} so với kế hoạch"))
    return out


FIGS = [
    F("gần 70% kế hoạch", "70", 70, "percent", "%", approx="nearly",
      subject="vật liệu cung ứng cho cao tốc Vân Phong - Nha Trang so với kế hoạch năm"),
    F("dài 83,35 km", "83,35", 83.35, "measure", "km", subject="chiều dài cao tốc Vân Phong - Nha Trang"),
    F("gồm 3 gói", "3", 3, "count", "gói thầu", subject="gói thầu xây lắp"),
    F("hơn 3,5 triệu", "3,5", 3.5e6, "measure", "m3", approx="over",
      subject="vật liệu các loại các mỏ đã cung ứng cho dự án", per=M9),
] + cells() + [
    F("từ 255.000 đến 290.000", "255.000", 255000, "money", "đồng/m3", value_max=290000,
      subject="giá đá dăm 1x2 tại mỏ", per=Q3),
    F("khoảng 230.000", "230.000", 230000, "money", "đồng/m3", approx="about", subject="giá đá 4x6", per=Q3),
    F("có 12 mỏ", "12", 12, "count", "mỏ đá", subject="mỏ đá được cấp phép phục vụ dự án"),
    F("9 mỏ đất", "9", 9, "count", "mỏ đất", subject="mỏ đất được cấp phép phục vụ dự án"),
    F("khoảng 56%", "56", 56, "percent", "%", approx="about", subject="tiến độ dự án so với giá trị hợp đồng"),
    F("khoảng 1,65 triệu", "1,65", 1.65e6, "measure", "m3", approx="about", status="forecast",
      change=change("increase", 18, "%", "quý III"), subject="nhu cầu vật liệu của dự án", per=Q4),
]

NOTES = [
    "Department site (Sở Xây dựng Khánh Hòa), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'đá dăm 1x2' (row label and price sentence), 'đá 4x6', 'quý II/2024' and 'lần thứ 3' in links, 'Số 4', phone, counter.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn m3' (×1000); 'Kế hoạch năm 2024' → target, period 2024; 'Thực hiện 9 tháng' → actual,",
    "2024-01-01..2024-09-30 (year from the plan header); 'So với kế hoạch (%)' cells are percent figures with no period in their header.",
    "'Trong đó: đá dăm 1x2' sub-row follows 'Đá các loại': its two volume cells take that row's cells as total (parts-of-whole rule).",
    "Headline 'gần 70% kế hoạch năm' → percent figure, nearly; no period (the article has no date and the headline no year).",
    "'trong quý III' takes 2024 from the table headers; it governs both prices of its sentence.",
    "Distractor 'Ban Quản lý dự án 7'. 'Dự kiến quý IV/2024 ... khoảng 1,65 triệu m3, tăng 18% so với quý III' → forecast with a change.",
]

if __name__ == "__main__":
    write("p1422-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
