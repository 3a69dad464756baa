"""p878-3: formal report (UBND tỉnh Hậu Giang), snakehead farming H1/2025, flattened '|' table by district."""
from lib import F, P, I, C, T, write_set

TEXT = """UBND TỈNH HẬU GIANG
Số: 218/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Giang, ngày 08 tháng 7 năm 2025

BÁO CÁO
Kết quả phát triển nuôi cá lóc 6 tháng đầu năm 2025

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2025 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/6/2025, toàn tỉnh có 247 ha nuôi cá lóc (ao đất 231 ha, vèo và bể lót bạt 16 ha), tăng 18,3 ha so với cùng kỳ. Sản lượng thu hoạch 6 tháng đầu năm đạt 7.300 tấn, bằng 52,1% kế hoạch năm (14.000 tấn). Giá bán bình quân 41.500 đồng/kg, giảm 3.500 đồng/kg so với cùng kỳ năm 2024.

Kết quả theo địa bàn 6 tháng đầu năm 2025:
Đơn vị tính: diện tích (ha), sản lượng (tấn), số hộ (hộ)
STT | Địa phương | Diện tích | Sản lượng | Số hộ nuôi
1 | Long Mỹ | 95,4 | 2.860 | 214
2 | Phụng Hiệp | 72,1 | 2.150 | 186
3 | Vị Thủy | 48,6 | 1.420 | 117
4 | Châu Thành A | 30,9 | 870 | 82
 | Tổng cộng | 247,0 | 7.300 | 599

2. Xây dựng mô hình
Toàn tỉnh đã xây dựng 12 mô hình nuôi cá lóc an toàn sinh học với 36 hộ tham gia; tổng kinh phí hỗ trợ 1,86 tỷ đồng, trong đó ngân sách tỉnh 1,2 tỷ đồng, còn lại do người dân đối ứng. Năng suất bình quân của các mô hình đạt 165 tấn/ha, cao hơn 12% so với nuôi đại trà.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2025
Phấn đấu nhân rộng thêm 8 mô hình; dự kiến sản lượng 6 tháng cuối năm đạt khoảng 6.900 tấn, đưa sản lượng cả năm đạt 14.200 tấn.

Nơi nhận:
- Bộ Nông nghiệp và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hòa
"""

H1 = P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
H2 = P("6 tháng cuối năm", "2025-07-01", "2025-12-31")
ROWS = [("Long Mỹ", "95,4", 95.4, "2.860", 2860, "214", 214),
        ("Phụng Hiệp", "72,1", 72.1, "2.150", 2150, "186", 186),
        ("Vị Thủy", "48,6", 48.6, "1.420", 1420, "117", 117),
        ("Châu Thành A", "30,9", 30.9, "870", 870, "82", 82)]

FIGS = [
    F("có 247 ha", "247", 247, "measure", "ha", "diện tích nuôi cá lóc",
      P("Tính đến ngày 30/6/2025", None, "2025-06-30"), change=C("increase", 18.3, "ha", "cùng kỳ")),
    F("ao đất 231 ha", "231", 231, "measure", "ha", "diện tích nuôi cá lóc trong ao đất",
      P("Tính đến ngày 30/6/2025", None, "2025-06-30"), total=247),
    F("bể lót bạt 16 ha", "16", 16, "measure", "ha", "diện tích nuôi cá lóc trong vèo và bể lót bạt",
      P("Tính đến ngày 30/6/2025", None, "2025-06-30"), total=247),
    F("đạt 7.300 tấn", "7.300", 7300, "measure", "tấn", "sản lượng cá lóc thu hoạch",
      P("6 tháng đầu năm", "2025-01-01", "2025-06-30"), percent=52.1, target=T(14000, "tấn")),
    F("bình quân 41.500 đồng/kg", "41.500", 41500, "money", "đồng/kg", "giá bán cá lóc bình quân", I(H1),
      change=C("decrease", 3500, "đồng/kg", "cùng kỳ năm 2024")),
]
for place, a, av, s, sv, h, hv in ROWS:
    FIGS += [
        F(f"{place} | {a}", a, av, "measure", "ha", "diện tích nuôi cá lóc", I(H1), location=place),
        F(f"{a} | {s}", s, sv, "measure", "tấn", "sản lượng cá lóc", I(H1), location=place),
        F(f"{s} | {h}", h, hv, "count", "hộ", "số hộ nuôi cá lóc", I(H1), location=place),
    ]
FIGS += [
    F("| 247,0", "247,0", 247.0, "measure", "ha", "tổng cộng diện tích nuôi cá lóc", I(H1)),
    F("| 7.300 |", "7.300", 7300, "measure", "tấn", "tổng cộng sản lượng cá lóc", I(H1)),
    F("| 599", "599", 599, "count", "hộ", "tổng cộng số hộ nuôi cá lóc", I(H1)),
    F("xây dựng 12 mô hình", "12", 12, "count", "mô hình", "mô hình nuôi cá lóc an toàn sinh học", I(H1)),
    F("với 36 hộ", "36", 36, "count", "hộ", "hộ tham gia mô hình", I(H1)),
    F("hỗ trợ 1,86 tỷ đồng", "1,86", 1_860_000_000, "money", "đồng", "tổng kinh phí hỗ trợ", I(H1)),
    F("ngân sách tỉnh 1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh",
      I(H1), total=1_860_000_000),
    F("đạt 165 tấn/ha", "165", 165, "measure", "tấn/ha", "năng suất bình quân của các mô hình", I(H1),
      change=C("increase", 12, "%", "nuôi đại trà")),
    F("thêm 8 mô hình", "8", 8, "count", "mô hình", "mô hình nuôi cá lóc nhân rộng thêm", I(H2), status="target"),
    F("khoảng 6.900 tấn", "6.900", 6900, "measure", "tấn", "sản lượng cá lóc 6 tháng cuối năm", H2,
      approx="about", status="forecast"),
    F("đạt 14.200 tấn", "14.200", 14200, "measure", "tấn", "sản lượng cá lóc cả năm",
      P("cả năm", "2025-01-01", "2025-12-31"), status="forecast"),
]

NOTES = [
    "Hậu Giang provincial report Số 218/BC-UBND (8/7/2025): cá lóc farming H1/2025, flattened '|' table by district, models, H2 outlook.",
    "'bằng 52,1% kế hoạch năm (14.000 tấn)': 52,1 is the percent of 7.300 tấn and the bracketed plan 14.000 its target (not a figure).",
    "Bracketed breakdown ao đất 231 + vèo/bể 16 = 247 ha: total 247. ngân sách tỉnh 1,2 tỷ (trong đó) is part of 1,86 tỷ.",
    "Table: row label is a district -> location; column label -> subject; unit from 'Đơn vị tính'; period from the line above (inherited).",
    "STT numbers 1-4 are row numbers, not figures. Table cells carry no total (the Tổng cộng row is a figure of its own, location Hậu Giang).",
    "Section-2 figures are the report period's (inherited). 'Phấn đấu ... 8 mô hình' target, 'dự kiến ... đưa sản lượng cả năm' forecast.",
    "Distractors: Số 218/BC-UBND, Kế hoạch số 45/KH-UBND ngày 10/02/2025, date line, section numbers I., II., 1., 2., STT column.",
]

write_set(3, TEXT, FIGS, NOTES, published="2025-07-08", location="Hậu Giang")
