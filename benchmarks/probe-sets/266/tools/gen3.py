from lib import *

text = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA
Trang chủ | Tin hoạt động | Giáo dục Mầm non

Nâng cao chất lượng bữa ăn bán trú trong các trường mầm non
Ngày đăng: 05/03/2024 | Lượt xem: 1.207

Năm 2023, toàn tỉnh có 648/652 trường mầm non tổ chức ăn bán trú, với tổng số 203.450 trẻ ăn tại trường, tăng 6.120 trẻ so với năm 2022. Trong đó, khu vực miền núi có 52.380 trẻ, chiếm 25,7%. Còn 4 trường thuộc các huyện Mường Lát, Quan Sơn, Bá Thước chưa tổ chức bán trú do thiếu bếp ăn.

Mức tiền ăn tại khu vực thành thị từ 25.000 đến 30.000 đồng/trẻ/ngày; khu vực nông thôn khoảng 18.000 đồng; miền núi chỉ từ 12.000 đến 15.000 đồng/trẻ/ngày.

Về chính sách, trong quý IV/2023, tỉnh đã chi 19,8 tỷ đồng hỗ trợ ăn trưa cho 41.215 trẻ mẫu giáo theo Nghị định số 105/2020/NĐ-CP, mức 160.000 đồng/trẻ/tháng. Lũy kế cả năm 2023, kinh phí hỗ trợ đạt 61,4 tỷ đồng, bằng 97,2% dự toán.

Trong số 215 bếp ăn được kiểm tra năm 2023, có 208 bếp đạt yêu cầu về an toàn thực phẩm, chiếm 96,7%; không xảy ra vụ ngộ độc nào.

Kết quả cân đo tháng 1/2024 cho thấy tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm còn 6,8%, giảm 0,9 điểm phần trăm so với cùng kỳ năm trước; tỷ lệ trẻ thừa cân, béo phì là 3,1%. Huyện Mường Lát có tỷ lệ thấp còi cao nhất (14,2%), tiếp đến là Quan Sơn (12,5%) và Bá Thước (11,9%).

Năm 2024, ngành phấn đấu 100% trường mầm non tổ chức bán trú, tỷ lệ trẻ thấp còi dưới 6%. Sở đề nghị các đơn vị thực hiện nghiêm Công văn số 412/SGDĐT-GDMN về công khai thực đơn, tiền ăn hằng ngày.

Phòng Giáo dục Mầm non - Sở GD&ĐT Thanh Hóa
Số 36 Đội Cung, TP Thanh Hóa - ĐT: 0237.3852.690
"""

Y23 = Y(2023)
Y23i = Y(2023, inh=True)
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
M1 = P("tháng 1/2024", "2024-01-01", "2024-01-31")
M1i = P("tháng 1/2024", "2024-01-01", "2024-01-31", inh=True)
figs = [
    F("có 648/652 trường", "648", 648, "count", "trường", "trường mầm non tổ chức ăn bán trú", Y23, total=652),
    F("tổng số 203.450 trẻ", "203.450", 203450, "count", "trẻ", "trẻ ăn bán trú tại trường", Y23,
      change=CH("increase", 6120, "trẻ", "năm 2022")),
    F("có 52.380 trẻ", "52.380", 52380, "count", "trẻ", "trẻ ăn bán trú khu vực miền núi", Y23i, total=203450, percent=25.7),
    F("Còn 4 trường", "4", 4, "count", "trường", "trường chưa tổ chức bán trú", Y23i),
    F("từ 25.000 đến 30.000", "25.000", 25000, "money", "đồng/trẻ/ngày", "mức tiền ăn khu vực thành thị", value_max=30000),
    F("khoảng 18.000 đồng", "18.000", 18000, "money", "đồng", "mức tiền ăn khu vực nông thôn", approx="about"),
    F("từ 12.000 đến 15.000", "12.000", 12000, "money", "đồng/trẻ/ngày", "mức tiền ăn miền núi", value_max=15000),
    F("chi 19,8 tỷ đồng", "19,8", 19.8e9, "money", "đồng", "kinh phí hỗ trợ ăn trưa trẻ mẫu giáo", Q4),
    F("cho 41.215 trẻ", "41.215", 41215, "count", "trẻ", "trẻ mẫu giáo được hỗ trợ ăn trưa", Q4),
    F("mức 160.000 đồng", "160.000", 160000, "money", "đồng/trẻ/tháng", "mức hỗ trợ ăn trưa", Q4),
    F("đạt 61,4 tỷ đồng", "61,4", 61.4e9, "money", "đồng", "kinh phí hỗ trợ ăn trưa lũy kế", P("cả năm 2023", "2023-01-01", "2023-12-31"),
      percent=97.2),
    F("số 215 bếp", "215", 215, "count", "bếp ăn", "bếp ăn được kiểm tra", Y23),
    F("có 208 bếp", "208", 208, "count", "bếp", "bếp ăn đạt yêu cầu về an toàn thực phẩm", Y23, total=215, percent=96.7),
    F("giảm còn 6,8%", "6,8", 6.8, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể thấp còi", M1,
      change=CH("decrease", 0.9, "điểm phần trăm", "cùng kỳ năm trước")),
    F("béo phì là 3,1%", "3,1", 3.1, "percent", "%", "tỷ lệ trẻ thừa cân, béo phì", M1),
    F("(14,2%)", "14,2", 14.2, "percent", "%", "tỷ lệ trẻ thấp còi", M1i, location="Mường Lát"),
    F("(12,5%)", "12,5", 12.5, "percent", "%", "tỷ lệ trẻ thấp còi", M1i, location="Quan Sơn"),
    F("(11,9%)", "11,9", 11.9, "percent", "%", "tỷ lệ trẻ thấp còi", M1i, location="Bá Thước"),
    F("phấn đấu 100% trường", "100", 100, "percent", "%", "trường mầm non tổ chức bán trú", Y(2024), status="target"),
    F("dưới 6%", "6", 6, "percent", "%", "tỷ lệ trẻ thấp còi", Y(2024), approx="under", status="target"),
]
emit("p266-3", text, [
    "Sở GD&ĐT Thanh Hóa (department site): school meals, lunch support, food safety, stunting. 'Ngày đăng: 05/03/2024 | Lượt xem: 1.207'.",
    "Distractors: view counter, 'Nghị định số 105/2020/NĐ-CP', 'Công văn số 412/SGDĐT-GDMN', address 'Số 36 Đội Cung', phone 0237.3852.690.",
    "'tăng 6.120 trẻ so với năm 2022' is the change of 203.450 (unit trẻ). 'bằng 97,2% dự toán' is the percent of 61,4 tỷ (FIGURES.md).",
    "'Trong số 215 bếp …, có 208 bếp' gives total 215. 'giảm còn 6,8%, giảm 0,9 điểm phần trăm' → change 0,9 điểm phần trăm.",
    "Meal-price ranges carry no period (none stated in their paragraph). The 4 schools are in three districts together: location stays the province.",
], figs, published="2024-03-05", location="Thanh Hóa")
