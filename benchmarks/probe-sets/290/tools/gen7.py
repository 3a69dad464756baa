from lib import *

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CƯ M'GAR
Kinh tế - Xã hội

Cư M'gar: Chuyển dịch cây hồ tiêu theo hướng bền vững
Ngày cập nhật: 21/03/2025

Những năm gần đây, diện tích hồ tiêu của huyện Cư M'gar có xu hướng giảm do một bộ phận nông dân chuyển sang trồng sầu riêng, cà phê xen canh. Năm 2024, diện tích hồ tiêu toàn huyện còn 5.615 ha, giảm 125 ha so với năm 2023, nhưng nhờ giá tăng mạnh, giá trị sản xuất ước đạt 2.790 tỷ đồng, tăng 82% so với năm trước.

Bảng: Diện tích, năng suất, sản lượng và giá hồ tiêu giai đoạn 2022-2024

Năm
Diện tích (ha)
Năng suất (tạ/ha)
Sản lượng (tấn)
Giá bán bình quân (nghìn đồng/kg)

2022
5.960
34,2
19.870
68

2023
5.740
35,1
19.580
76

2024
5.615
36,4
19.925
140

Kế hoạch 2025
5.600
37,0
20.200
-

Hiện trên địa bàn có 3 doanh nghiệp và 27 cơ sở thu mua, sơ chế hồ tiêu; trong đó 2 cơ sở đã đầu tư dây chuyền sản xuất tiêu trắng với công suất 5 tấn/ngày.

Năm 2025, huyện phấn đấu tái canh 150 ha hồ tiêu già cỗi, nhiễm bệnh; xây dựng 2 vùng hồ tiêu đạt chuẩn hữu cơ với tổng diện tích khoảng 300 ha; tỷ lệ diện tích hồ tiêu áp dụng quy trình VietGAP đạt từ 25% trở lên.

Mọi thông tin xin liên hệ: Phòng Nông nghiệp và PTNT huyện Cư M'gar, số 02 Hùng Vương, thị trấn Quảng Phú; điện thoại 0262.3834.162.

Tổng lượt truy cập: 1.204.577
"""

def Y(y):
    return P(str(y) if isinstance(y, int) else y, f"{y}-01-01", f"{y}-12-31")

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
figs = [
    F("còn 5.615 ha", "5.615", 5615, "measure", "ha", "diện tích hồ tiêu", Y24, change=ch("decrease", 125, "ha", "năm 2023")),
    F("ước đạt 2.790 tỷ đồng", "2.790", 2790000000000, "money", "đồng", "giá trị sản xuất hồ tiêu", Y24, status="estimate",
      change=ch("increase", 82, "%", "năm trước")),
]
cols = [("Diện tích", "ha", "measure", 1), ("Năng suất", "tạ/ha", "measure", 1), ("Sản lượng", "tấn", "measure", 1),
        ("Giá bán bình quân", "đồng/kg", "money", 1000)]
rows = [("2022", ["5.960", "34,2", "19.870", "68"]),
        ("2023", ["5.740", "35,1", "19.580", "76"]),
        ("2024", ["5.615", "36,4", "19.925", "140"]),
        ("Kế hoạch 2025", ["5.600", "37,0", "20.200", None])]
for lab, cells in rows:
    yr = lab[-4:]
    per = P(yr if lab == yr else lab, f"{yr}-01-01", f"{yr}-12-31")
    prev = lab + "\n"
    for (cname, u, kind, mult), c in zip(cols, cells):
        if c is None:
            continue
        v = float(c.replace(".", "").replace(",", ".")) * mult
        v = int(v) if v == int(v) else v
        kw = {"status": "target"} if lab.startswith("Kế") else {}
        figs.append(F(f"{prev}{c}\n", c, v, kind, u, f"{cname} hồ tiêu {'kế hoạch ' if kw else 'năm '}{yr}", per, **kw))
        prev = c + "\n"
figs += [
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp thu mua, sơ chế hồ tiêu"),
    F("27 cơ sở thu mua", "27", 27, "count", "cơ sở", "cơ sở thu mua, sơ chế hồ tiêu"),
    F("đó 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở đầu tư dây chuyền sản xuất tiêu trắng", total=27),
    F("suất 5 tấn/ngày", "5", 5, "measure", "tấn/ngày", "công suất dây chuyền sản xuất tiêu trắng"),
    F("tái canh 150 ha", "150", 150, "measure", "ha", "diện tích hồ tiêu già cỗi, nhiễm bệnh tái canh", Y25, status="target"),
    F("xây dựng 2 vùng", "2", 2, "count", "vùng", "vùng hồ tiêu đạt chuẩn hữu cơ", Y25, status="target"),
    F("khoảng 300 ha", "300", 300, "measure", "ha", "tổng diện tích vùng hồ tiêu đạt chuẩn hữu cơ", Y25, approx="about", status="target"),
    F("từ 25% trở lên", "25", 25, "percent", "%", "tỷ lệ diện tích hồ tiêu áp dụng quy trình VietGAP", Y25, approx="at_least", status="target"),
]
comments = [
    "Cổng TTĐT huyện Cư M'gar (Đắk Lắk): hồ tiêu 2022-2024 and plan 2025. 'Ngày cập nhật: 21/03/2025' without time gives published.",
    "'còn 5.615 ha, giảm 125 ha so với năm 2023': the level with its change. 'giá trị sản xuất ước đạt 2.790 tỷ đồng, tăng 82%' estimate with change.",
    "One-cell-per-line table: header 'Năm | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) | Giá bán bình quân (nghìn đồng/kg)';",
    "unit from the column header, 'nghìn' multiplies the price cells (68 = 68.000 đồng/kg); period from the row label (year); 'Kế hoạch 2025' row = status target; '-' is no figure.",
    "Table title 'giai đoạn 2022-2024' is a distractor. '2 cơ sở' follows 'trong đó' after 27 cơ sở (same unit): total 27 (not the 3 doanh nghiệp).",
    "'Năm 2025, huyện phấn đấu …' targets; 'từ 25% trở lên' at_least. Distractors: 'số 02 Hùng Vương', phone, 'Tổng lượt truy cập: 1.204.577'.",
]
build(7, text, comments, figs, published="2025-03-21", location="Cư M'gar")
