"""p712-3: formal report UBND tỉnh Bắc Ninh — kết quả phát triển nhà ở năm 2023, flattened '|' table, thị trường, nhiệm vụ 2024."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/BC-UBND
Bắc Ninh, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện Chương trình phát triển nhà ở tỉnh Bắc Ninh năm 2023

Thực hiện Nghị quyết số 09/2021/NQ-HĐND và Quyết định số 338/QĐ-TTg ngày 03/4/2023 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ PHÁT TRIỂN NHÀ Ở
1. Kết quả chung
Năm 2023, toàn tỉnh ước hoàn thành 21 dự án nhà ở với tổng số 6.388 căn, tổng diện tích sàn 587.500 m², đạt 104,2% kế hoạch năm. Diện tích nhà ở bình quân toàn tỉnh ước đạt 32,8 m² sàn/người, tăng 1,1 m² sàn so với năm 2022. Tỷ lệ nhà ở kiên cố đạt 98,2%.

2. Kết quả theo loại hình nhà ở
Bảng 1. Kết quả phát triển nhà ở năm 2023
Loại hình nhà ở | Số dự án | Số căn (căn) | Diện tích sàn (m²)
Nhà ở thương mại | 14 | 3.260 | 412.500
Nhà ở xã hội | 5 | 2.148 | 126.300
Nhà ở cho công nhân | 2 | 980 | 48.700
Tổng cộng | 21 | 6.388 | 587.500

II. TÌNH HÌNH THỊ TRƯỜNG BẤT ĐỘNG SẢN
Giá căn hộ chung cư thương mại tại thành phố Bắc Ninh phổ biến từ 25 đến 32 triệu đồng/m², tăng khoảng 12% so với năm 2022; giá nhà ở xã hội từ 12,5 đến 14 triệu đồng/m². Lượng giao dịch nhà ở năm 2023 ước đạt 9.870 giao dịch, giảm 18,3% so với năm 2022.

III. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 hoàn thành 3.500 căn nhà ở xã hội; đến năm 2025 diện tích nhà ở bình quân toàn tỉnh đạt 34 m² sàn/người, trong đó khu vực đô thị đạt 37 m² sàn/người.

Nơi nhận:
- Bộ Xây dựng;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, XD.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

COMMENTS = [
    "Formal report under letterhead (UBND TỈNH BẮC NINH, 'Số: 412/BC-UBND', 'Bắc Ninh, ngày 18 tháng 12 năm 2023'): phát triển nhà ở 2023.",
    "Flattened '|' table (Loại hình nhà ở | Số dự án | Số căn (căn) | Diện tích sàn (m²)): every numeric cell is a figure; units from the",
    "column headers; period from the table title 'năm 2023' (another line: inherited); no Ước column, so cells are actual; the Tổng",
    "cộng row is a figure per cell, and table cells get no total (no cue in the text). 'đạt 104,2% kế hoạch năm' is the percent of the",
    "figure it follows (587.500 m²). 'trong đó khu vực đô thị đạt 37 m² sàn/người' is an average, not a part: no total (cf. h14).",
    "Distractors: Số: 412/BC-UBND, Nghị quyết số 09/2021/NQ-HĐND, Quyết định số 338/QĐ-TTg ngày 03/4/2023, section numbers I./1./2.,",
    "'Bảng 1', place-and-date line.",
]

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T23 = I(P("năm 2023", "2023-01-01", "2023-12-31"))
G2025 = P("đến năm 2025", None, "2025-12-31")


def cell(anchor, number, value, kind, unit, subject):
    return F(anchor, number, value, kind, unit, subject, T23)


FIGS = [
    F("hoàn thành 21 dự án", "21", 21, "count", "dự án", "dự án nhà ở hoàn thành", Y23, status="estimate"),
    F("tổng số 6.388 căn", "6.388", 6388, "count", "căn", "căn nhà ở hoàn thành", Y23, status="estimate"),
    F("sàn 587.500 m², đạt", "587.500", 587500, "measure", "m²", "tổng diện tích sàn nhà ở hoàn thành", Y23,
      percent=104.2, status="estimate"),
    F("ước đạt 32,8 m²", "32,8", 32.8, "measure", "m² sàn/người", "diện tích nhà ở bình quân toàn tỉnh", I(Y23),
      change=CH("increase", 1.1, unit="m² sàn", baseline="năm 2022"), status="estimate"),
    F("kiên cố đạt 98,2%", "98,2", 98.2, "percent", "%", "tỷ lệ nhà ở kiên cố", I(Y23)),
    cell("thương mại | 14 |", "14", 14, "count", "dự án", "số dự án nhà ở thương mại"),
    cell("| 3.260 |", "3.260", 3260, "count", "căn", "số căn nhà ở thương mại"),
    cell("| 412.500", "412.500", 412500, "measure", "m²", "diện tích sàn nhà ở thương mại"),
    cell("xã hội | 5 |", "5", 5, "count", "dự án", "số dự án nhà ở xã hội"),
    cell("| 2.148 |", "2.148", 2148, "count", "căn", "số căn nhà ở xã hội"),
    cell("| 126.300", "126.300", 126300, "measure", "m²", "diện tích sàn nhà ở xã hội"),
    cell("công nhân | 2 |", "2", 2, "count", "dự án", "số dự án nhà ở cho công nhân"),
    cell("| 980 |", "980", 980, "count", "căn", "số căn nhà ở cho công nhân"),
    cell("| 48.700", "48.700", 48700, "measure", "m²", "diện tích sàn nhà ở cho công nhân"),
    cell("cộng | 21 |", "21", 21, "count", "dự án", "tổng cộng số dự án nhà ở"),
    cell("| 6.388 |", "6.388", 6388, "count", "căn", "tổng cộng số căn nhà ở"),
    cell("| 587.500\n", "587.500", 587500, "measure", "m²", "tổng cộng diện tích sàn nhà ở"),
    F("từ 25 đến 32 triệu", "25", 25e6, "money", "đồng/m²", "giá căn hộ chung cư thương mại", I(Y23),
      value_max=32e6, change=CH("increase", 12, baseline="năm 2022", approx="about")),
    F("từ 12,5 đến 14 triệu", "12,5", 12.5e6, "money", "đồng/m²", "giá nhà ở xã hội", I(Y23), value_max=14e6),
    F("ước đạt 9.870 giao dịch", "9.870", 9870, "count", "giao dịch", "lượng giao dịch nhà ở",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 18.3, baseline="năm 2022"), status="estimate"),
    F("hoàn thành 3.500 căn", "3.500", 3500, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 34 m²", "34", 34, "measure", "m² sàn/người", "diện tích nhà ở bình quân toàn tỉnh", G2025, status="target"),
    F("đạt 37 m²", "37", 37, "measure", "m² sàn/người", "diện tích nhà ở bình quân khu vực đô thị", G2025, status="target"),
]

if __name__ == "__main__":
    emit("p712-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Bắc Ninh")
