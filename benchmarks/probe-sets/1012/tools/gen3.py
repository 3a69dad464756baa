"""p1012-3: UBND tỉnh Phú Yên formal report 2023, flattened '|' table by district."""
from lib import fig, period, inherit, write

TEXT = """UBND TỈNH PHÚ YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 386/BC-UBND
Phú Yên, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả chuyển đổi vật liệu phao nổi trong nuôi trồng thủy sản trên biển năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Thực hiện Kế hoạch số 112/KH-UBND ngày 20/4/2023 của UBND tỉnh, năm 2023 toàn tỉnh có 3.150 hộ nuôi lồng bè trên biển với 41.820 ô lồng, trong đó 36.900 ô lồng nuôi tôm hùm. Ước đến ngày 31/12/2023, số ô lồng sử dụng phao HDPE đạt 24.600 ô, chiếm 58,8% tổng số ô lồng.

2. Kết quả thay thế phao xốp năm 2023
Đơn vị tính: quả
Địa bàn | Phao xốp thu hồi | Phao HDPE lắp mới | Phao HDPE được hỗ trợ
Thị xã Sông Cầu | 98.400 | 61.200 | 18.500
Huyện Tuy An | 27.600 | 17.800 | 5.300
Thị xã Đông Hòa | 14.300 | 9.100 | 2.700
Tổng cộng | 140.300 | 88.100 | 26.500

3. Kinh phí hỗ trợ
Tổng kinh phí hỗ trợ năm 2023 là 3,98 tỷ đồng, trong đó ngân sách tỉnh 2,65 tỷ đồng, ngân sách cấp huyện 1,33 tỷ đồng. Mức hỗ trợ 150.000 đồng/quả phao HDPE, không quá 200 quả/hộ.

II. TỒN TẠI, HẠN CHẾ
Hiện còn khoảng 17.200 ô lồng (chiếm 41,2%) sử dụng phao xốp, tập trung ở vịnh Xuân Đài và đầm Cù Mông; giá phao HDPE từ 180.000 đến 260.000 đồng/quả, vượt khả năng của nhiều hộ nuôi.

III. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 chuyển đổi thêm 9.000 ô lồng, nâng tỷ lệ ô lồng sử dụng phao HDPE lên trên 80%; dự kiến nhu cầu kinh phí hỗ trợ khoảng 5,2 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
TAB = inherit(Y23)
C1, C2, C3 = "phao xốp thu hồi", "phao HDPE lắp mới", "phao HDPE được hỗ trợ"

F = [
    fig("có 3.150 hộ", "3.150", 3150, "count", "hộ", "hộ nuôi lồng bè trên biển", Y23),
    fig("với 41.820 ô lồng", "41.820", 41820, "count", "ô lồng", "ô lồng nuôi trên biển", Y23),
    fig("36.900 ô lồng", "36.900", 36900, "count", "ô lồng", "ô lồng nuôi tôm hùm", Y23, total=41820),
    fig("đạt 24.600 ô", "24.600", 24600, "count", "ô lồng", "ô lồng sử dụng phao HDPE",
        period("Ước đến ngày 31/12/2023", None, "2023-12-31"), percent=58.8, status="estimate"),
    # table: 'Đơn vị tính: quả'; period from the heading '2. Kết quả thay thế phao xốp năm 2023' (another line)
    fig("Sông Cầu | 98.400", "98.400", 98400, "count", "quả", C1, TAB, location="Sông Cầu"),
    fig("| 61.200 |", "61.200", 61200, "count", "quả", C2, TAB, location="Sông Cầu"),
    fig("| 18.500", "18.500", 18500, "count", "quả", C3, TAB, location="Sông Cầu"),
    fig("Tuy An | 27.600", "27.600", 27600, "count", "quả", C1, TAB, location="Tuy An"),
    fig("| 17.800 |", "17.800", 17800, "count", "quả", C2, TAB, location="Tuy An"),
    fig("| 5.300", "5.300", 5300, "count", "quả", C3, TAB, location="Tuy An"),
    fig("Đông Hòa | 14.300", "14.300", 14300, "count", "quả", C1, TAB, location="Đông Hòa"),
    fig("| 9.100 |", "9.100", 9100, "count", "quả", C2, TAB, location="Đông Hòa"),
    fig("| 2.700", "2.700", 2700, "count", "quả", C3, TAB, location="Đông Hòa"),
    fig("Tổng cộng | 140.300", "140.300", 140300, "count", "quả", C1 + " tổng cộng", TAB),
    fig("| 88.100 |", "88.100", 88100, "count", "quả", C2 + " tổng cộng", TAB),
    fig("| 26.500", "26.500", 26500, "count", "quả", C3 + " tổng cộng", TAB),
    fig("là 3,98 tỷ đồng", "3,98", 3.98e9, "money", "đồng", "tổng kinh phí hỗ trợ", Y23),
    fig("tỉnh 2,65 tỷ đồng", "2,65", 2.65e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", Y23, total=3.98e9),
    fig("huyện 1,33 tỷ đồng", "1,33", 1.33e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách cấp huyện", Y23, total=3.98e9),
    fig("Mức hỗ trợ 150.000 đồng/quả", "150.000", 150000, "money", "đồng/quả", "mức hỗ trợ phao HDPE"),
    fig("không quá 200 quả/hộ", "200", 200, "measure", "quả/hộ", "số phao được hỗ trợ tối đa mỗi hộ", approx="at_most"),
    fig("khoảng 17.200 ô lồng", "17.200", 17200, "count", "ô lồng", "ô lồng còn sử dụng phao xốp", approx="about", percent=41.2),
    fig("từ 180.000 đến 260.000", "180.000", 180000, "money", "đồng/quả", "giá phao HDPE", value_max=260000),
    fig("thêm 9.000 ô lồng", "9.000", 9000, "count", "ô lồng", "ô lồng chuyển đổi thêm", Y24, status="target"),
    fig("lên trên 80%", "80", 80, "percent", "%", "tỷ lệ ô lồng sử dụng phao HDPE", Y24, approx="over", status="target"),
    fig("khoảng 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng", "nhu cầu kinh phí hỗ trợ", Y24, approx="about", status="forecast"),
]

NOTES = [
    "UBND tỉnh Phú Yên report (letterhead, Số: 386/BC-UBND, section numbers): 2023 results, flattened '|' table by district.",
    "Table: 'Đơn vị tính: quả'; subject = column label, row place = location; Tổng cộng row is its own figure (location Phú Yên),",
    "cells get no total; period năm 2023 from the section heading above the table (another line: inherited).",
    "'Ước đến ngày 31/12/2023' → estimate, as-of. '(chiếm 41,2%)' in brackets is the share of 17.200. Section III: 'Phấn đấu' → target,",
    "'dự kiến nhu cầu kinh phí' → forecast. Distractors: Số 386/BC-UBND, Kế hoạch số 112/KH-UBND ngày 20/4/2023, I./II./1./2., date line.",
]

write(3, TEXT, F, NOTES, published="2023-12-15", location="Phú Yên")
