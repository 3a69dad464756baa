from lib import F, P, emit
text = """Lai Châu: 104/106 xã, phường, thị trấn đạt chuẩn phổ cập giáo dục THCS
Cập nhật: 08/03/2024 15:20 | Lượt xem: 1.327

Theo báo cáo của Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ tỉnh, năm 2023 toàn tỉnh Lai Châu có 106/106 xã, phường, thị trấn duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi; 8/8 huyện, thành phố đạt chuẩn phổ cập giáo dục tiểu học mức độ 2.

Về phổ cập giáo dục trung học cơ sở, có 104 xã đạt chuẩn, chiếm 98,1%, tăng 3 xã so với năm 2022; trong đó 61 xã đạt mức độ 2 và 12 xã đạt mức độ 3. Hai xã chưa đạt chuẩn là Pa Vệ Sử và Tà Tổng (huyện Mường Tè).

Tỷ lệ người từ 15 đến 35 tuổi biết chữ mức độ 1 đạt 97,64%, mức độ 2 đạt 95,12%; đối với độ tuổi từ 15 đến 60, tỷ lệ biết chữ mức độ 1 đạt 93,85%, mức độ 2 đạt 89,07%, tăng 1,26% so với năm 2022. Tuy vậy, tỷ lệ biết chữ mức độ 2 ở ba huyện vùng cao vẫn thấp hơn bình quân của tỉnh:

Đơn vị tính: %
Huyện | Năm 2022 | Năm 2023
Mường Tè | 78,42 | 80,15
Sìn Hồ | 82,37 | 84,60
Nậm Nhùn | 80,91 | 83,02

Năm 2023, các huyện, thành phố đã mở 47 lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ với 1.126 học viên, trong đó 1.058 học viên là người dân tộc thiểu số, chủ yếu là đồng bào Mông, Dao, Hà Nhì. Tổng kinh phí hỗ trợ từ Chương trình mục tiêu quốc gia 1719 khoảng 3,4 tỷ đồng.

Mục tiêu năm 2024, tỉnh phấn đấu 106/106 xã đạt chuẩn phổ cập giáo dục THCS, tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 đạt trên 90%. Thực hiện Kế hoạch số 1395/KH-UBND ngày 12/5/2022, giai đoạn 2021-2025 tỉnh tiếp tục huy động người mù chữ, tái mù chữ ra lớp.

Ban Biên tập Cổng TTĐT tỉnh
"""
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
LIT2 = "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2"
figs = [
    F("Lai Châu: 104/106", "104", 104, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đạt chuẩn phổ cập giáo dục THCS", total=106, period=Y23i),
    F("có 106/106 xã", "106", 106, "count", "xã, phường, thị trấn", "xã, phường, thị trấn duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi", total=106, period=Y23),
    F("trẻ em 5 tuổi", "5", 5, "measure", "tuổi", optional=True),
    F("8/8 huyện", "8", 8, "count", "huyện, thành phố", "huyện, thành phố đạt chuẩn phổ cập giáo dục tiểu học mức độ 2", total=8, period=Y23),
    F("có 104 xã đạt chuẩn", "104", 104, "count", "xã", "xã đạt chuẩn phổ cập giáo dục trung học cơ sở", percent=98.1,
      change={"direction": "increase", "value": 3, "unit": "xã", "baseline": "năm 2022"}, period=Y23i),
    F("trong đó 61 xã", "61", 61, "count", "xã", "xã đạt chuẩn phổ cập giáo dục THCS mức độ 2", total=104, period=Y23i),
    F("và 12 xã đạt mức độ 3", "12", 12, "count", "xã", "xã đạt chuẩn phổ cập giáo dục THCS mức độ 3", total=104, period=Y23i),
    F("Hai xã chưa đạt", "Hai", 2, "count", "xã", "xã chưa đạt chuẩn phổ cập giáo dục THCS", optional=True, location="Mường Tè"),
    F("từ 15 đến 35 tuổi", "15", 15, "measure", "tuổi", value_max=35, optional=True),
    F("mức độ 1 đạt 97,64%", "97,64", 97.64, "percent", "%", "tỷ lệ người từ 15 đến 35 tuổi biết chữ mức độ 1", period=Y23i),
    F("mức độ 2 đạt 95,12%", "95,12", 95.12, "percent", "%", "tỷ lệ người từ 15 đến 35 tuổi biết chữ mức độ 2", period=Y23i),
    F("độ tuổi từ 15 đến 60,", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("mức độ 1 đạt 93,85%", "93,85", 93.85, "percent", "%", "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 1", period=Y23i),
    F("mức độ 2 đạt 89,07%", "89,07", 89.07, "percent", "%", LIT2,
      change={"direction": "increase", "value": 1.26, "unit": "%", "baseline": "năm 2022"}, period=Y23i),
    F("ở ba huyện vùng cao", "ba", 3, "count", "huyện", "huyện vùng cao có tỷ lệ biết chữ mức độ 2 thấp", optional=True),
    F("Tè | 78,42", "78,42", 78.42, "percent", "%", LIT2, period=Y22c, location="Mường Tè"),
    F("78,42 | 80,15", "80,15", 80.15, "percent", "%", LIT2, period=Y23c, location="Mường Tè"),
    F("Hồ | 82,37", "82,37", 82.37, "percent", "%", LIT2, period=Y22c, location="Sìn Hồ"),
    F("82,37 | 84,60", "84,60", 84.60, "percent", "%", LIT2, period=Y23c, location="Sìn Hồ"),
    F("Nhùn | 80,91", "80,91", 80.91, "percent", "%", LIT2, period=Y22c, location="Nậm Nhùn"),
    F("80,91 | 83,02", "83,02", 83.02, "percent", "%", LIT2, period=Y23c, location="Nậm Nhùn"),
    F("mở 47 lớp", "47", 47, "count", "lớp", "lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ", period=Y23),
    F("với 1.126 học viên", "1.126", 1126, "count", "học viên", "học viên lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ", period=Y23),
    F("trong đó 1.058 học viên", "1.058", 1058, "count", "học viên", "học viên là người dân tộc thiểu số", total=1126, period=Y23),
    F("khoảng 3,4 tỷ đồng", "3,4", 3.4e9, "money", "đồng", "tổng kinh phí hỗ trợ xóa mù chữ từ Chương trình mục tiêu quốc gia 1719", approx="about", period=Y23i),
    F("phấn đấu 106/106 xã", "106", 106, "count", "xã", "xã đạt chuẩn phổ cập giáo dục THCS", total=106, status="target", period=Y24),
    F("người từ 15 đến 60 tuổi biết", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("đạt trên 90%", "90", 90, "percent", "%", LIT2, approx="over", status="target", period=Y24),
]
emit("p336-1", text, [
    "Cổng TTĐT tỉnh Lai Châu (province portal): kết quả phổ cập giáo dục, xóa mù chữ năm 2023. 'Cập nhật: 08/03/2024 15:20 | Lượt xem: 1.327' (counter = furniture).",
    "Flattened '|' table with 'Đơn vị tính: %': district rows are locations, period from the column headers 'Năm 2022'/'Năm 2023' (scored, as shared h23/h24).",
    "'mức độ 1/2/3' are standard levels (names), not figures; age bounds ('5 tuổi', 'từ 15 đến 35 tuổi', 'từ 15 đến 60') are optional labels.",
    "'có 104 xã đạt chuẩn, chiếm 98,1%, tăng 3 xã so với năm 2022': percent and change (unit xã) of 104; '61 xã'/'12 xã' after 'trong đó' take total 104.",
    "Headline '104/106' has total 106; period of year-less sentences inherited from 'năm 2023' of the lead. List heads 'Hai xã', 'ba huyện' optional.",
    "Distractors: 'Kế hoạch số 1395/KH-UBND ngày 12/5/2022', 'Chương trình mục tiêu quốc gia 1719', 'giai đoạn 2021-2025', dateline, view counter.",
], figs, published="2024-03-08", location="Lai Châu")
