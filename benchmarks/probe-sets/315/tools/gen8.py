from lib import F, P, C, T, write

TEXT = """Kiên Giang: Quý III/2024, sạt lở bờ biển gây thiệt hại hơn 20 tỷ đồng

Theo Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Kiên Giang, trong quý III/2024, triều cường kết hợp gió mùa Tây Nam gây sạt lở 23 đoạn bờ biển thuộc các huyện An Biên, An Minh và Hòn Đất, tổng chiều dài 5,6 km; thiệt hại ước hơn 20 tỷ đồng, cao gấp 1,8 lần cùng kỳ năm 2023.

Tính đến 30/9, toàn tỉnh có 68,3 km đê biển bị sạt lở, trong đó huyện An Minh 29,5 km, An Biên 24,1 km và Hòn Đất 14,7 km. Mực nước triều cường cao nhất đo được tại trạm Rạch Giá là 1,12 m, vượt mức báo động III 0,12 m.

Từ đầu năm đến nay, tỉnh đã chi 186,4 tỷ đồng xử lý khẩn cấp 9 đoạn đê xung yếu, đạt 82% kế hoạch vốn năm; di dời 214 hộ dân, trong đó An Minh 127 hộ, An Biên 87 hộ. Ngoài ra, các địa phương ven biển đã trồng mới 65 ha rừng phòng hộ, trồng dặm 38 ha, đạt lần lượt 108% và 95% kế hoạch.

Theo kế hoạch, quý IV/2024 tỉnh tiếp tục triển khai dự án kè bảo vệ bờ biển An Minh dài 12 km với tổng mức đầu tư 540 tỷ đồng. Đài Khí tượng Thủy văn tỉnh dự báo mùa khô 2024-2025 có từ 3 đến 5 đợt triều cường, mỗi đợt kéo dài 4-6 ngày, đỉnh triều tại Rạch Giá có thể ở mức 1,0-1,15 m.

Thực hiện Chỉ thị số 12/CT-UBND ngày 5/8/2024, các huyện ven biển duy trì lực lượng trực 24/24 giờ tại các đoạn đê xung yếu. Người dân phát hiện sự cố đê điều báo về số 0297.3862.115.

Hữu Tính
18/10/2024
"""

PQ3 = P("quý III/2024", "2024-07-01", "2024-09-30")
P309 = P("Tính đến 30/9", None, "2024-09-30")
PN = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-18")
PNI = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-18", inh=True)
FIGS = [
    F("hại hơn 20 tỷ đồng\n", "20", 20e9, "money", "đồng", "thiệt hại do sạt lở bờ biển", approx="over",
      period=P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("lở 23 đoạn", "23", 23, "count", "đoạn", "đoạn bờ biển sạt lở", period=PQ3),
    F("dài 5,6 km", "5,6", 5.6, "measure", "km", "tổng chiều dài sạt lở", period=PQ3),
    F("ước hơn 20 tỷ đồng", "20", 20e9, "money", "đồng", "thiệt hại", approx="over", status="estimate",
      change=C("increase", 1.8, "lần", "cùng kỳ năm 2023"), period=PQ3),
    F("có 68,3 km", "68,3", 68.3, "measure", "km", "đê biển bị sạt lở", period=P309),
    F("Minh 29,5 km", "29,5", 29.5, "measure", "km", "đê biển bị sạt lở", total=68.3, location="An Minh", period=P309),
    F("Biên 24,1 km", "24,1", 24.1, "measure", "km", "đê biển bị sạt lở", total=68.3, location="An Biên", period=P309),
    F("Đất 14,7 km", "14,7", 14.7, "measure", "km", "đê biển bị sạt lở", total=68.3, location="Hòn Đất", period=P309),
    F("là 1,12 m", "1,12", 1.12, "measure", "m", "mực nước triều cường cao nhất", change=C("increase", 0.12, "m", "mức báo động III"),
      location="Rạch Giá"),
    F("chi 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "kinh phí xử lý khẩn cấp đê xung yếu", percent=82, period=PN),
    F("khẩn cấp 9 đoạn", "9", 9, "count", "đoạn", "đoạn đê xung yếu xử lý khẩn cấp", period=PN),
    F("di dời 214 hộ", "214", 214, "count", "hộ", "hộ dân di dời", period=PN),
    F("Minh 127 hộ", "127", 127, "count", "hộ", "hộ dân di dời", total=214, location="An Minh", period=PN),
    F("Biên 87 hộ", "87", 87, "count", "hộ", "hộ dân di dời", total=214, location="An Biên", period=PN),
    F("mới 65 ha", "65", 65, "measure", "ha", "rừng phòng hộ trồng mới", percent=108, period=PNI),
    F("dặm 38 ha", "38", 38, "measure", "ha", "rừng phòng hộ trồng dặm", percent=95, period=PNI),
    F("dài 12 km", "12", 12, "measure", "km", "kè bảo vệ bờ biển An Minh", status="target", location="An Minh",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("tư 540 tỷ đồng", "540", 540e9, "money", "đồng", "tổng mức đầu tư dự án kè bảo vệ bờ biển An Minh", status="target",
      location="An Minh"),
    F("từ 3 đến 5 đợt", "3", 3, "count", "đợt", "đợt triều cường", value_max=5, status="forecast"),
    F("dài 4-6 ngày", "4", 4, "measure", "ngày", "thời gian mỗi đợt triều cường", value_max=6, status="forecast"),
    F("mức 1,0-1,15 m", "1,0", 1.0, "measure", "m", "đỉnh triều", value_max=1.15, status="forecast", location="Rạch Giá"),
    F("trực 24/24 giờ", "24", 24, "measure", "giờ", optional=True),
]
HEADER = [
    "Provincial newspaper style (Báo Kiên Giang), no dateline at the top; byline and bare date '18/10/2024' at the end = published.",
    "Distractors: Chỉ thị 12/CT-UBND ngày 5/8/2024, 'mức báo động III', 'mùa khô 2024-2025', phone 0297.3862.115; '24/24 giờ' (duty round",
    "the clock) optional. Title '20 tỷ' is a figure of its own (period from the title's 'Quý III/2024').",
    "'cao gấp 1,8 lần cùng kỳ' is the change of 20 tỷ (unit lần). 'Tính đến 30/9' takes 2024 from 'quý III/2024'. 'trong đó' district parts",
    "get total and the district as location. 'Từ đầu năm đến nay' ends at the bare date at the end. 'đạt lần lượt 108% và 95% kế hoạch'",
    "distributes the shares over 65 ha and 38 ha. 'vượt mức báo động III 0,12 m' → change of 1,12 m. 'Theo kế hoạch' → target; 'dự báo' → forecast.",
    "23 đoạn across three named districts keeps the province.",
]
write("p315-8", TEXT, HEADER, FIGS, published="2024-10-18", location="Kiên Giang")
