"""p1076-2: huyện Krông Bông (Đắk Lắk) district portal, vitamin A đợt 2/2023 and cân đo."""
from lib import F, P, I, C, write

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG
Tin tức - Sự kiện › Văn hóa - Xã hội
Thứ Hai, 11/12/2023 - 16:05

Krông Bông: hơn 5.800 trẻ được uống vitamin A

Trong hai ngày 4 và 5/12/2023, Trung tâm Y tế huyện Krông Bông phối hợp với UBND 14 xã, thị trấn tổ chức chiến dịch bổ sung vitamin A đợt 2 cho trẻ em từ 6 đến 36 tháng tuổi. Kết quả, toàn huyện có 5.842 trẻ được uống vitamin A, đạt 99,2% kế hoạch, trong đó 712 trẻ từ 6 đến 11 tháng tuổi uống liều 100.000 đơn vị và 5.130 trẻ từ 12 đến 36 tháng tuổi uống liều 200.000 đơn vị.

Cùng đợt, ngành y tế đã cân, đo cho 6.915 trẻ dưới 5 tuổi. Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân toàn huyện là 13,7%, thể thấp còi là 22,6%, giảm lần lượt 0,8 và 1,3 điểm phần trăm so với cùng kỳ năm 2022. Xã Cư Pui và xã Hòa Phong vẫn là hai địa phương có tỷ lệ thấp còi cao nhất, với 31,4% và 29,8%.

Từ đầu năm đến nay, huyện triển khai mô hình phục hồi dinh dưỡng tại 6 xã vùng đồng bào dân tộc thiểu số, hỗ trợ 320 trẻ suy dinh dưỡng, mỗi trẻ 3 hộp sữa/tháng, mức hỗ trợ 450.000 đồng/trẻ/tháng. Tổng kinh phí thực hiện mô hình trong năm 2023 khoảng 864 triệu đồng. Năm 2024, huyện phấn đấu giảm tỷ lệ thấp còi xuống còn 21,5%, tỷ lệ trẻ dưới 2 tuổi được theo dõi tăng trưởng hằng tháng đạt trên 90%.

Hồng Nhung (Trung tâm VH-TT&TT huyện)
"""

D = P("Trong hai ngày 4 và 5/12/2023", "2023-12-04", "2023-12-05")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-12-11")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 5.800 trẻ", "5.800", 5800, "count", "trẻ", "trẻ được uống vitamin A", approx="over"),
    F("UBND 14 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn tổ chức chiến dịch bổ sung vitamin A", D),
    F("em từ 6 đến 36 tháng", "6", 6, "measure", "tháng tuổi", value_max=36, optional=True),
    F("có 5.842 trẻ", "5.842", 5842, "count", "trẻ", "trẻ được uống vitamin A", I(D), percent=99.2),
    F("trong đó 712 trẻ", "712", 712, "count", "trẻ", "trẻ từ 6 đến 11 tháng tuổi uống liều 100.000 đơn vị", I(D),
      total=5842),
    F("trẻ từ 6 đến 11 tháng", "6", 6, "measure", "tháng tuổi", value_max=11, optional=True),
    F("liều 100.000 đơn vị", "100.000", 100000, "measure", "đơn vị", "liều vitamin A", optional=True),
    F("và 5.130 trẻ", "5.130", 5130, "count", "trẻ", "trẻ từ 12 đến 36 tháng tuổi uống liều 200.000 đơn vị", I(D),
      total=5842),
    F("trẻ từ 12 đến 36 tháng", "12", 12, "measure", "tháng tuổi", value_max=36, optional=True),
    F("liều 200.000 đơn vị", "200.000", 200000, "measure", "đơn vị", "liều vitamin A", optional=True),
    F("cho 6.915 trẻ", "6.915", 6915, "count", "trẻ", "trẻ dưới 5 tuổi được cân, đo", I(D)),
    F("trẻ dưới 5 tuổi.", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("là 13,7%", "13,7", 13.7, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", I(D),
      change=C("decrease", 0.8, "điểm phần trăm", "cùng kỳ năm 2022")),
    F("là 22,6%", "22,6", 22.6, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể thấp còi", I(D),
      change=C("decrease", 1.3, "điểm phần trăm", "cùng kỳ năm 2022")),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có tỷ lệ thấp còi cao nhất", optional=True),
    F("với 31,4%", "31,4", 31.4, "percent", "%", "tỷ lệ thấp còi", I(D), location="Cư Pui"),
    F("và 29,8%", "29,8", 29.8, "percent", "%", "tỷ lệ thấp còi", I(D), location="Hòa Phong"),
    F("tại 6 xã", "6", 6, "count", "xã", "xã triển khai mô hình phục hồi dinh dưỡng", YTD),
    F("hỗ trợ 320 trẻ", "320", 320, "count", "trẻ", "trẻ suy dinh dưỡng được hỗ trợ", YTD),
    F("3 hộp sữa/tháng", "3", 3, "measure", "hộp sữa/tháng", "sữa hỗ trợ mỗi trẻ", YTD),
    F("450.000 đồng/trẻ/tháng", "450.000", 450000, "money", "đồng/trẻ/tháng", "mức hỗ trợ", YTD),
    F("khoảng 864 triệu đồng", "864", 864e6, "money", "đồng", "tổng kinh phí thực hiện mô hình",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("xuống còn 21,5%", "21,5", 21.5, "percent", "%", "tỷ lệ thấp còi", Y24, status="target"),
    F("trẻ dưới 2 tuổi", "2", 2, "measure", "tuổi", approx="under", optional=True),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ trẻ dưới 2 tuổi được theo dõi tăng trưởng hằng tháng", Y24,
      approx="over", status="target"),
]

NOTES = [
    "Krông Bông district portal: chiến dịch vitamin A đợt 2 (4-5/12/2023), cân đo, mô hình phục hồi dinh dưỡng, 2024 targets.",
    "Distractors: 'Thứ Hai, 11/12/2023 - 16:05', 'Trong hai ngày 4 và 5/12/2023' (a duration that locates), 'đợt 2', 'VH-TT&TT'.",
    "'giảm lần lượt 0,8 và 1,3 điểm phần trăm' distributes one change to each of the two rates. Commune figures take the commune.",
    "Dose sizes (100.000/200.000 đơn vị), age bands and 'hai địa phương' are optional. Location Krông Bông (district).",
]

if __name__ == "__main__":
    write("p1076-2", TEXT, NOTES, FIGS, published="2023-12-11", location="Krông Bông")
