from lib import *
T = """Báo Đồng Nai điện tử
Kinh tế | Cập nhật: 30/12/2024 - 16:40

CPI tháng 12 của Đồng Nai tăng 0,29%

Theo Cục Thống kê tỉnh Đồng Nai, chỉ số giá tiêu dùng (CPI) tháng 12/2024 tăng 0,29% so với tháng trước, tăng 2,87% so với tháng 12/2023. Bình quân năm 2024, CPI tăng 3,45% so với năm 2023, thấp hơn mục tiêu dưới 4,5% mà Nghị quyết HĐND tỉnh đề ra.

Trong 11 nhóm hàng hóa và dịch vụ chính, có 8 nhóm tăng giá so với tháng trước, 2 nhóm giảm và 1 nhóm ổn định. Nhóm tăng cao nhất là nhà ở, điện nước, chất đốt và vật liệu xây dựng (tăng 0,86%); tiếp đến là hàng ăn và dịch vụ ăn uống (0,54%), may mặc, mũ nón, giày dép (0,31%). Nhóm giao thông giảm 0,64% do giá xăng RON 95 và dầu diesel 0,05S giảm theo các kỳ điều hành.

Chỉ số giá vàng tháng 12 giảm 0,72% so với tháng trước nhưng tăng 31,2% so với cùng kỳ; chỉ số giá đô la Mỹ tăng 0,18%.

Về phát triển doanh nghiệp, năm 2024 toàn tỉnh có 2.386 doanh nghiệp thành lập mới, gấp 1,1 lần năm trước, với tổng vốn đăng ký 30.512 tỷ đồng; 1.045 doanh nghiệp quay lại hoạt động; 512 doanh nghiệp giải thể. Riêng tháng 12 có 247 doanh nghiệp thành lập mới.

Dự báo CPI bình quân năm 2025 của tỉnh tăng khoảng 3,5-4%. Giai đoạn 2021-2025, tỉnh phấn đấu đạt 10 doanh nghiệp/1.000 dân trong độ tuổi lao động.

Phòng Thống kê Giá - Cục Thống kê Đồng Nai, số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa.
"""
HDR = """Báo Đồng Nai (Party newspaper), 'Kinh tế | Cập nhật: 30/12/2024 - 16:40'. CPI tháng 12/2024 and new enterprises in 2024.
Distractors: 'xăng RON 95', 'dầu diesel 0,05S' (product names), 'số 2 đường Nguyễn Văn Trị', baselines 'tháng 12/2023', 'năm 2023'.
'thấp hơn mục tiêu dưới 4,5%': target 4.5 (met) of the yearly CPI rate. 'Trong 11 nhóm' is structure (optional); the 8/2/1 groups have total 11,
period inherited from the CPI tháng 12 sentence, as are the group rates. 'gấp 1,1 lần năm trước' is the change of the 2.386 enterprises.
'10 doanh nghiệp/1.000 dân' is a rate (measure), target for giai đoạn 2021-2025; the CPI 2025 range is a forecast."""
T12 = P("tháng 12", "2024-12-01", "2024-12-31")
T12i = P("tháng 12/2024", "2024-12-01", "2024-12-31", inh=True)
Y = P("năm 2024", "2024-01-01", "2024-12-31")
figs = [
 F("Đồng Nai tăng 0,29%", "0,29", 0.29, "percent", "%", "CPI tháng 12", T12),
 F("tháng 12/2024 tăng 0,29%", "0,29", 0.29, "percent", "%", "chỉ số giá tiêu dùng (CPI) tháng 12/2024 so với tháng trước",
   P("tháng 12/2024", "2024-12-01", "2024-12-31")),
 F("tăng 2,87%", "2,87", 2.87, "percent", "%", "chỉ số giá tiêu dùng (CPI) tháng 12/2024 so với tháng 12/2023",
   P("tháng 12/2024", "2024-12-01", "2024-12-31")),
 F("CPI tăng 3,45%", "3,45", 3.45, "percent", "%", "CPI bình quân năm 2024 so với năm 2023",
   P("Bình quân năm 2024", "2024-01-01", "2024-12-31"), target=TG(4.5, met=True)),
 F("Trong 11 nhóm", "11", 11, "count", "nhóm", "nhóm hàng hóa và dịch vụ chính", optional=True),
 F("có 8 nhóm", "8", 8, "count", "nhóm", "nhóm tăng giá so với tháng trước", T12i, total=11),
 F("2 nhóm giảm", "2", 2, "count", "nhóm", "nhóm giảm giá", T12i, total=11),
 F("1 nhóm ổn định", "1", 1, "count", "nhóm", "nhóm ổn định giá", T12i, total=11),
 F("(tăng 0,86%)", "0,86", 0.86, "percent", "%", "nhóm nhà ở, điện nước, chất đốt và vật liệu xây dựng", T12i),
 F("(0,54%)", "0,54", 0.54, "percent", "%", "nhóm hàng ăn và dịch vụ ăn uống", T12i),
 F("(0,31%)", "0,31", 0.31, "percent", "%", "nhóm may mặc, mũ nón, giày dép", T12i),
 F("giảm 0,64%", "0,64", 0.64, "percent", "%", "nhóm giao thông", T12i),
 F("tháng 12 giảm 0,72%", "0,72", 0.72, "percent", "%", "chỉ số giá vàng tháng 12 so với tháng trước", T12),
 F("tăng 31,2%", "31,2", 31.2, "percent", "%", "chỉ số giá vàng tháng 12 so với cùng kỳ", T12),
 F("Mỹ tăng 0,18%", "0,18", 0.18, "percent", "%", "chỉ số giá đô la Mỹ", T12),
 F("có 2.386 doanh nghiệp", "2.386", 2386, "count", "doanh nghiệp", "doanh nghiệp thành lập mới", Y,
   change=CH("increase", 1.1, unit="lần", baseline="năm trước")),
 F("đăng ký 30.512 tỷ đồng", "30.512", 30512000000000, "money", "đồng", "tổng vốn đăng ký", Y),
 F("1.045 doanh nghiệp", "1.045", 1045, "count", "doanh nghiệp", "doanh nghiệp quay lại hoạt động", Y),
 F("512 doanh nghiệp giải thể", "512", 512, "count", "doanh nghiệp", "doanh nghiệp giải thể", Y),
 F("có 247 doanh nghiệp", "247", 247, "count", "doanh nghiệp", "doanh nghiệp thành lập mới tháng 12", T12),
 F("khoảng 3,5-4%", "3,5", 3.5, "percent", "%", "CPI bình quân năm 2025", P("năm 2025", "2025-01-01", "2025-12-31"),
   value_max=4, approx="about", status="forecast"),
 F("đạt 10 doanh nghiệp/1.000 dân", "10", 10, "measure", "doanh nghiệp/1.000 dân", "doanh nghiệp/1.000 dân trong độ tuổi lao động",
   P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
]
write("p459-8", T, HDR, figs, published="2024-12-30", location="Đồng Nai")
