from lib import F, P, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Nam
Trang chủ » Tin tức - Sự kiện » Thời sự

Khu vực thủy điện Sông Tranh 2 ghi nhận 27 trận động đất từ đầu năm
Cập nhật: 12/10/2024 16:20 | Lượt xem: 3.147

(QNP) - Theo Viện Vật lý địa cầu, từ đầu năm đến nay, khu vực lòng hồ thủy điện Sông Tranh 2 thuộc huyện Bắc Trà My đã ghi nhận 27 trận động đất có độ lớn từ 2,5 đến 4,1 độ richter, tăng 8 trận so với cùng kỳ năm 2023. Trong đó, 19 trận có độ lớn dưới 3,0; 7 trận từ 3,0 đến 3,9 và 1 trận trên 4,0 độ richter.

Trận mạnh nhất xảy ra lúc 9 giờ 32 phút ngày 5/8/2024, có độ lớn 4,1 độ richter, tâm chấn tại tọa độ 15,066 độ vĩ Bắc, 108,295 độ kinh Đông, độ sâu khoảng 8,1 km. Rung động khiến 14 ngôi nhà tại xã Trà Đốc và Trà Bui bị nứt tường, hai phòng học bị bong tróc vữa; không có thiệt hại về người.

Tính đến 7 giờ ngày 12/10/2024, mực nước hồ Sông Tranh 2 ở cao trình 168,4 m, thấp hơn mực nước dâng bình thường (175 m) là 6,6 m; dung tích hồ khoảng 620 triệu m³, bằng 84,7% dung tích toàn bộ. Công ty Thủy điện Sông Tranh cho biết đã hoàn thành kiểm định an toàn đập theo Nghị định số 114/2018/NĐ-CP; các số liệu quan trắc thấm, chuyển vị thân đập đều trong giới hạn cho phép.

Để theo dõi, Viện Vật lý địa cầu duy trì mạng lưới 6 trạm địa chấn quanh hồ. Năm 2024, chủ đầu tư bố trí hơn 18,5 tỷ đồng để sửa chữa khe co giãn, gia cố mái hạ lưu và nâng cấp hệ thống cảnh báo xả lũ cho 9 xã vùng hạ du.

UBND tỉnh yêu cầu huyện Bắc Trà My rà soát 326 hộ dân sống ven lòng hồ, sẵn sàng phương án sơ tán khi xảy ra động đất trên 4,5 độ richter. Thông tin phản ánh xin liên hệ đường dây nóng 0235.3812.468.
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-12")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-10-12", inh=True)
D58 = P("ngày 5/8/2024", "2024-08-05", "2024-08-05")
D58i = P("ngày 5/8/2024", "2024-08-05", "2024-08-05", inh=True)
ASOF = P("Tính đến 7 giờ ngày 12/10/2024", None, "2024-10-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q = "trận động đất"
M = "độ lớn động đất"

FIGS = [
    F("ghi nhận 27 trận động đất từ đầu năm", "27", 27, "count", Q, "trận động đất ghi nhận khu vực thủy điện Sông Tranh 2",
      P("từ đầu năm", "2024-01-01", "2024-10-12")),
    F("đã ghi nhận 27 trận", "27", 27, "count", Q, "trận động đất ghi nhận khu vực lòng hồ thủy điện Sông Tranh 2", YTD,
      change=CH("increase", 8, "trận", "cùng kỳ năm 2023")),
    F("từ 2,5 đến 4,1 độ richter", "2,5", 2.5, "measure", "độ richter", M, YTD, value_max=4.1),
    F("19 trận có độ lớn", "19", 19, "count", "trận", "trận động đất có độ lớn dưới 3,0", YTDi, total=27),
    F("dưới 3,0;", "3,0", 3.0, "measure", "độ richter", approx="under", optional=True),
    F("7 trận từ 3,0", "7", 7, "count", "trận", "trận động đất có độ lớn từ 3,0 đến 3,9", YTDi, total=27),
    F("trận từ 3,0 đến 3,9", "3,0", 3.0, "measure", "độ richter", value_max=3.9, optional=True),
    F("và 1 trận trên", "1", 1, "count", "trận", "trận động đất có độ lớn trên 4,0 độ richter", YTDi, total=27),
    F("trên 4,0 độ richter", "4,0", 4.0, "measure", "độ richter", approx="over", optional=True),
    F("có độ lớn 4,1 độ richter", "4,1", 4.1, "measure", "độ richter", "độ lớn trận động đất mạnh nhất", D58),
    F("15,066 độ vĩ Bắc", "15,066", 15.066, "measure", "độ vĩ Bắc", optional=True),
    F("108,295 độ kinh Đông", "108,295", 108.295, "measure", "độ kinh Đông", optional=True),
    F("khoảng 8,1 km", "8,1", 8.1, "measure", "km", "độ sâu tâm chấn", D58, approx="about"),
    F("khiến 14 ngôi nhà", "14", 14, "count", "ngôi nhà", "ngôi nhà bị nứt tường", D58i),
    F("hai phòng học", "hai", 2, "count", "phòng học", "phòng học bị bong tróc vữa", D58i),
    F("cao trình 168,4 m", "168,4", 168.4, "measure", "m", "mực nước hồ Sông Tranh 2", ASOF,
      change=CH("decrease", 6.6, "m", "mực nước dâng bình thường")),
    F("(175 m)", "175", 175, "measure", "m", "mực nước dâng bình thường", optional=True),
    F("khoảng 620 triệu m³", "620", 620000000, "measure", "m³", "dung tích hồ", ASOF, approx="about", percent=84.7),
    F("mạng lưới 6 trạm", "6", 6, "count", "trạm địa chấn", "trạm địa chấn quanh hồ"),
    F("hơn 18,5 tỷ đồng", "18,5", 18500000000, "money", "đồng",
      "kinh phí sửa chữa khe co giãn, gia cố mái hạ lưu và nâng cấp hệ thống cảnh báo xả lũ", Y24, approx="over"),
    F("cho 9 xã", "9", 9, "count", "xã", "xã vùng hạ du được cảnh báo xả lũ", Y24, location="Quảng Nam"),
    F("rà soát 326 hộ", "326", 326, "count", "hộ dân", "hộ dân sống ven lòng hồ"),
    F("trên 4,5 độ richter", "4,5", 4.5, "measure", "độ richter", approx="over", optional=True),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Nam (province portal): earthquakes around the Sông Tranh 2 hydropower reservoir (huyện Bắc Trà My), 2024.",
    "Dateline 'Cập nhật: 12/10/2024 16:20 | Lượt xem: 3.147' (counter is furniture). 'Sông Tranh 2' is a name; 'Nghị định số 114/2018/NĐ-CP',",
    "'9 giờ 32 phút', 'ngày 5/8/2024', '7 giờ', hotline 0235.3812.468 are distractors. Magnitude = measure in 'độ richter'.",
    "The reservoir figures describe huyện Bắc Trà My (default location); the 9 downstream communes are only 'vùng hạ du' of the province: Quảng Nam.",
    "'tăng 8 trận so với cùng kỳ năm 2023' is the change of 27. 19/7/1 after 'Trong đó' have total 27; their magnitude bounds are optional thresholds.",
    "A single day ('ngày 5/8/2024') gives start = end (as shared h-gold 'Ngày 10/10/2022'). Coordinates and the bracketed design level (175 m) optional.",
    "'từ đầu năm đến nay' ends at the dateline. 'thấp hơn … (175 m) là 6,6 m' is the change of 168,4 m; 'bằng 84,7%' the share of 620 triệu m³.",
]

emit("p419-1", TEXT, COMMENTS, FIGS, published="2024-10-12", location="Bắc Trà My")
