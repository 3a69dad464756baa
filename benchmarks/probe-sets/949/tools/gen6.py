"""p949-6: national newspaper (VnExpress-like), Trà Sư cajuput forest, An Giang (22/3/2025)."""
from lib import F, period, change, year, write

TEXT = """Thời sự › Môi trường
Thứ bảy, 22/3/2025, 07:30 (GMT+7)
Rừng tràm Trà Sư căng mình chống cháy

Hơn 80 người thay phiên trực chốt, tuần tra quanh rừng tràm Trà Sư khi nhiệt độ ngoài trời lên 36-37 độ C, lớp lá khô dưới tán dày 20-30 cm.

Theo Đài Khí tượng thủy văn An Giang, nắng nóng sẽ còn kéo dài, nhiệt độ cao nhất trong tháng 4 dự báo lên tới 38 độ C.

Rừng tràm Trà Sư thuộc xã Văn Giáo, thị xã Tịnh Biên, rộng 1.050 ha, trong đó vùng lõi 845 ha. Ông Phạm Văn Tài, Phó giám đốc Ban quản lý rừng phòng hộ và đặc dụng tỉnh, cho biết đơn vị đã bố trí 14 chòi canh, 8 máy bơm công suất lớn và 5 xuồng máy; mực nước trong rừng hiện còn khoảng 0,7 m, thấp hơn 0,3 m so với cùng kỳ năm ngoái. Từ đầu mùa khô, lực lượng chức năng đã dập tắt 2 vụ cháy thực bì ven rừng, không để lửa lan vào rừng tràm.

Toàn tỉnh hiện có khoảng 13.600 ha rừng, trong đó rừng tràm trên đất ngập nước trên 4.800 ha; diện tích có nguy cơ cháy cao ở cấp IV, cấp V khoảng 3.900 ha. Năm 2024, An Giang đã chi 4,7 tỷ đồng lắp 12 camera giám sát cảnh báo cháy, mỗi camera có bán kính quan sát 5 km, tại các khu rừng tràm và rừng núi Tịnh Biên, Tri Tôn.

Trà Sư cũng là điểm du lịch sinh thái nổi tiếng miền Tây. Năm 2024, khu rừng đón khoảng 560.000 lượt khách, tăng 14% so với năm 2023, doanh thu gần 45 tỷ đồng. Giá vé trọn gói hiện là 150.000 đồng/người, gồm xuồng máy và xuồng chèo.

Phước Tuấn
"""

Y24 = year(2024, "Năm 2024")
TS = "Tịnh Biên"

FIGS = [
    F("Hơn 80 người", "80", 80, "count", "người", approx="over",
      subject="người trực chốt, tuần tra quanh rừng tràm Trà Sư", location=TS),
    F("lên 36-37 độ C", "36", 36, "measure", "độ C", value_max=37, subject="nhiệt độ ngoài trời", location=TS),
    F("dày 20-30 cm", "20", 20, "measure", "cm", value_max=30, subject="độ dày lớp lá khô dưới tán", location=TS),
    F("lên tới 38 độ C", "38", 38, "measure", "độ C", status="forecast", subject="nhiệt độ cao nhất",
      period=period("trong tháng 4", "2025-04-01", "2025-04-30")),
    F("rộng 1.050 ha", "1.050", 1050, "measure", "ha", subject="diện tích rừng tràm Trà Sư", location=TS),
    F("vùng lõi 845 ha", "845", 845, "measure", "ha", total=1050, subject="diện tích vùng lõi", location=TS),
    F("bố trí 14 chòi canh", "14", 14, "count", "chòi canh", subject="chòi canh", location=TS),
    F("8 máy bơm", "8", 8, "count", "máy bơm", subject="máy bơm công suất lớn", location=TS),
    F("5 xuồng máy", "5", 5, "count", "xuồng máy", subject="xuồng máy", location=TS),
    F("khoảng 0,7 m", "0,7", 0.7, "measure", "m", approx="about",
      change=change("decrease", 0.3, "m", "cùng kỳ năm ngoái"), subject="mực nước trong rừng", location=TS),
    F("dập tắt 2 vụ", "2", 2, "count", "vụ", subject="vụ cháy thực bì ven rừng được dập tắt", location=TS),
    F("khoảng 13.600 ha", "13.600", 13600, "measure", "ha", approx="about", subject="diện tích rừng"),
    F("trên 4.800 ha", "4.800", 4800, "measure", "ha", approx="over", total=13600,
      subject="rừng tràm trên đất ngập nước"),
    F("khoảng 3.900 ha", "3.900", 3900, "measure", "ha", approx="about",
      subject="diện tích có nguy cơ cháy cao ở cấp IV, cấp V"),
    F("chi 4,7 tỷ đồng", "4,7", 4.7e9, "money", "đồng", subject="kinh phí lắp camera giám sát cảnh báo cháy",
      period=Y24),
    F("lắp 12 camera", "12", 12, "count", "camera", subject="camera giám sát cảnh báo cháy", period=Y24),
    F("bán kính quan sát 5 km", "5", 5, "measure", "km", optional=True),
    F("khoảng 560.000 lượt khách", "560.000", 560000, "count", "lượt khách", approx="about",
      change=change("increase", 14, "%", "năm 2023"), subject="lượt khách đến rừng tràm Trà Sư",
      period=Y24, location=TS),
    F("gần 45 tỷ đồng", "45", 45e9, "money", "đồng", approx="nearly", subject="doanh thu du lịch",
      period=Y24, location=TS),
    F("là 150.000 đồng/người", "150.000", 150000, "money", "đồng/người", subject="giá vé trọn gói",
      location=TS),
]

NOTES = [
    "National newspaper (VnExpress-like), 'Thứ bảy, 22/3/2025, 07:30 (GMT+7)': rừng tràm Trà Sư (thị xã Tịnh Biên, An Giang) chống cháy; byline at the end.",
    "Distractors: dateline and time, 'cấp IV, cấp V', 'xã Văn Giáo', 'Phạm Văn Tài', 'Phước Tuấn' (byline), 'năm ngoái' (baseline).",
    "Location: figures of Trà Sư are its thị xã, Tịnh Biên; the province's figures (forest area, cameras, weather) are An Giang.",
    "'trong tháng 4' (forecast) takes the year of the dateline (nothing dated stands before it): 2025.",
    "'mỗi camera có bán kính quan sát 5 km' is an equipment specification: optional.",
    "'Từ đầu mùa khô' gives no period (start not stated); 'hiện' gives none.",
    "'diện tích có nguy cơ cháy cao ... khoảng 3.900 ha' stands after ';' with no part-of cue: no total.",
]

write("p949-6", TEXT, NOTES, FIGS, published="2025-03-22", location="An Giang")
