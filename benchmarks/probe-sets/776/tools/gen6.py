"""p776-6: national press — ice on Mẫu Sơn, temperatures, frost damage in six northern mountain provinces (22/1/2024)."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự
Thứ ba, 23/1/2024, 07:00 (GMT+7)

Băng giá phủ trắng Mẫu Sơn, hơn 1.000 ha rau màu miền núi bị hại

Nhiệt độ tại đỉnh Mẫu Sơn (Lạng Sơn) sáng 22/1 xuống -1,3 độ C, thấp nhất từ đầu mùa đông; Sa Pa (Lào Cai) 0,8 độ C, Đồng Văn (Hà Giang) 1,5 độ C.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, đây là đợt rét đậm, rét hại mạnh nhất mùa đông năm nay, có thể kéo dài 7-9 ngày ở Bắc Bộ. Rủi ro thiên tai do rét hại, sương muối được cảnh báo ở cấp độ 1.

Báo cáo nhanh của Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai cho biết, tính đến 17h ngày 22/1, băng giá và sương muối đã gây hại 1.085 ha rau màu, hoa và cây ăn quả tại 6 tỉnh miền núi phía Bắc, trong đó Lạng Sơn 412 ha, Lào Cai 286 ha. Trên 4.700 con gia súc, gia cầm bị chết.

Tại xã Mẫu Sơn (huyện Lộc Bình), khoảng 80% diện tích đào, mận đang ra hoa bị cháy hoa; năng suất dự kiến giảm từ 50 đến 60%. Ông Hoàng Văn Minh, Chủ tịch UBND xã, cho biết xã đã vận động 326 hộ đưa trâu, bò về chuồng, đốt lửa sưởi.

Lượng khách lên Mẫu Sơn ngắm băng giá dịp cuối tuần đạt khoảng 12.000 lượt, tăng gấp 3 lần so với ngày thường. Tuyến đường lên đỉnh dài 17 km từ Quốc lộ 4B bị đóng băng nhiều đoạn; lực lượng chức năng đã rải 15 tấn muối, cát.

Theo dự báo, từ ngày 25/1 đến ngày 28/1, nhiệt độ thấp nhất ở vùng núi Bắc Bộ phổ biến 8-11 độ C.

Ngọc Anh
"""

D = P("sáng 22/1", "2024-01-22", "2024-01-22")
A = P("tính đến 17h ngày 22/1", None, "2024-01-22")
FIG = [
    F("hơn 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích rau màu miền núi bị hại", I(A), approx="over"),
    F("-1,3 độ C", "1,3", -1.3, "measure", "độ C", "nhiệt độ tại đỉnh Mẫu Sơn", D, location="Lạng Sơn"),
    F("(Lào Cai) 0,8 độ C", "0,8", 0.8, "measure", "độ C", "nhiệt độ", D, location="Sa Pa"),
    F("(Hà Giang) 1,5 độ C", "1,5", 1.5, "measure", "độ C", "nhiệt độ", D, location="Đồng Văn"),
    F("kéo dài 7-9 ngày", "7", 7, "measure", "ngày", "thời gian kéo dài của đợt rét đậm, rét hại", None,
      value_max=9, optional=True),
    F("gây hại 1.085 ha", "1.085", 1085, "measure", "ha", "diện tích rau màu, hoa và cây ăn quả bị băng giá, sương muối gây hại", A),
    F("tại 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh miền núi phía Bắc bị băng giá, sương muối gây hại", A),
    F("Lạng Sơn 412 ha", "412", 412, "measure", "ha", "diện tích rau màu, hoa và cây ăn quả bị gây hại", A,
      total=1085, location="Lạng Sơn"),
    F("Lào Cai 286 ha", "286", 286, "measure", "ha", "diện tích rau màu, hoa và cây ăn quả bị gây hại", A,
      total=1085, location="Lào Cai"),
    F("Trên 4.700 con", "4.700", 4700, "count", "con gia súc, gia cầm", "gia súc, gia cầm bị chết", I(A), approx="over"),
    F("khoảng 80% diện tích", "80", 80, "percent", "%", "diện tích đào, mận đang ra hoa bị cháy hoa", None,
      approx="about", location="Lộc Bình"),
    F("từ 50 đến 60%", "50", 50, "percent", "%", "mức giảm năng suất đào, mận", None,
      value_max=60, status="forecast", location="Lộc Bình"),
    F("vận động 326 hộ", "326", 326, "count", "hộ", "hộ được vận động đưa trâu, bò về chuồng", None, location="Lộc Bình"),
    F("khoảng 12.000 lượt", "12.000", 12000, "count", "lượt", "lượng khách lên Mẫu Sơn ngắm băng giá dịp cuối tuần", None,
      approx="about", change=CH("increase", 3, "lần", "ngày thường"), location="Lạng Sơn"),
    F("dài 17 km", "17", 17, "measure", "km", "chiều dài tuyến đường lên đỉnh Mẫu Sơn", None, location="Lạng Sơn"),
    F("rải 15 tấn", "15", 15, "measure", "tấn", "muối, cát đã rải trên tuyến đường lên đỉnh", None, location="Lạng Sơn"),
    F("8-11 độ C", "8", 8, "measure", "độ C", "nhiệt độ thấp nhất ở vùng núi Bắc Bộ",
      P("từ ngày 25/1 đến ngày 28/1", "2024-01-25", "2024-01-28"), value_max=11, status="forecast"),
]

emit("p776-6", TEXT, [
    "National press (invented, VnExpress style, 23/1/2024): băng giá trên Mẫu Sơn, rét hại ở 6 tỉnh miền núi phía Bắc.",
    "Temperatures are measure figures in 'độ C'; '-1,3 độ C' has value -1.3. Places in brackets after a site give the location",
    "(Sa Pa, Đồng Văn are districts / a town; Mẫu Sơn peak → Lạng Sơn). 'trong đó Lạng Sơn 412 ha, Lào Cai 286 ha' are parts of 1.085 ha.",
    "Commune paragraph: location Lộc Bình (the district named). 'tăng gấp 3 lần so với ngày thường' after 12.000 lượt is its change.",
    "'7-9 ngày' (duration of the spell) optional. 'cấp độ 1' (risk level), '17h', 'Quốc lộ 4B', '(GMT+7)' are distractors.",
    "Years: '22/1', '25/1' take 2024 from the dateline.",
], FIG, published="2024-01-23", location="Việt Nam")
