from lib import F, P, C, T, write

TEXT = """Bộ Y tế: Tăng cường phát hiện sớm, quản lý tăng huyết áp tại y tế cơ sở

Nhân Ngày Tăng huyết áp thế giới 17/5, Bộ Y tế cho biết Việt Nam hiện có khoảng 17 triệu người trưởng thành mắc tăng huyết áp; tuy nhiên, chỉ 48,9% số người mắc được phát hiện và 29,6% được quản lý điều trị.

Theo kết quả điều tra STEPS năm 2021, tỷ lệ tăng huyết áp ở người từ 18 đến 69 tuổi là 26,2%, tăng 1,3 điểm phần trăm so với năm 2015; tỷ lệ đái tháo đường là 7,1%, tương đương gần 5 triệu người.

Năm 2023, cả nước có 98,6% trạm y tế xã, phường, thị trấn triển khai dự phòng, quản lý tăng huyết áp và 95,2% triển khai quản lý đái tháo đường; các trạm đang quản lý điều trị khoảng 2,1 triệu người bệnh tăng huyết áp và gần 820 nghìn người bệnh đái tháo đường. Một số địa phương có tỷ lệ người bệnh tăng huyết áp được quản lý cao là Thái Bình (52,3%), Hà Nam (49,8%), Bắc Ninh (47,5%); trong khi nhiều tỉnh miền núi phía Bắc còn dưới 20%.

Theo ước tính, chi phí điều trị các biến chứng do tăng huyết áp, đái tháo đường mỗi năm khoảng 3,2 nghìn tỷ đồng.

Chiến lược quốc gia phòng, chống bệnh ung thư, tim mạch, đái tháo đường, bệnh phổi tắc nghẽn mạn tính, hen phế quản và các bệnh không lây nhiễm khác giai đoạn 2015-2025 được ban hành theo Quyết định số 376/QĐ-TTg ngày 20/3/2015. Chiến lược đặt mục tiêu đến năm 2025: 50% người tăng huyết áp được phát hiện, 50% số người phát hiện được quản lý điều trị theo hướng dẫn chuyên môn; 95% trạm y tế xã có đủ thuốc thiết yếu điều trị tăng huyết áp, đái tháo đường.

Bộ Y tế đề nghị người dân từ 18 tuổi trở lên đo huyết áp ít nhất mỗi năm một lần. Thông tin chi tiết liên hệ Cục Quản lý Khám, chữa bệnh, số 138A Giảng Võ, Hà Nội; điện thoại 024.6273.2273.
"""

HEADER = [
    "Ministry site (Bộ Y tế), no dateline: tăng huyết áp and đái tháo đường nationally (STEPS 2021, year 2023), provinces, Strategy targets to 2025.",
    "Location Việt Nam throughout except the list of provinces. 'Ngày … 17/5', 'Quyết định số 376/QĐ-TTg ngày 20/3/2015', 'giai đoạn 2015-2025' (a name),",
    "'số 138A Giảng Võ', phone 024.6273.2273, 'STEPS năm 2021' are not figures. Age range 'từ 18 đến 69 tuổi', '18 tuổi trở lên' and",
    "'mỗi năm một lần' are optional. 'chỉ 48,9% số người mắc …' has its own subject: a percent figure, not the 17 triệu's share.",
    "'7,1%, tương đương gần 5 triệu người': both figures (as h01). '1,3 điểm phần trăm' is the 26,2%'s change.",
    "'dưới 20%' of unnamed mountain provinces keeps Việt Nam (as h01). 'Theo ước tính' makes 3,2 nghìn tỷ an estimate.",
    "Targets 'đến năm 2025' (start null): status target. 'hiện' figures have no period (unscored).",
]

Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", True)
Y25 = P("đến năm 2025", None, "2025-12-31")
SUBJ_L = "tỷ lệ người bệnh tăng huyết áp được quản lý"

FIGS = [
    F("khoảng 17 triệu người", "17", 17000000, "count", "người trưởng thành", "người trưởng thành mắc tăng huyết áp", approx="about"),
    F("chỉ 48,9%", "48,9", 48.9, "percent", "%", "số người mắc tăng huyết áp được phát hiện"),
    F("và 29,6% được", "29,6", 29.6, "percent", "%", "số người mắc tăng huyết áp được quản lý điều trị"),
    F("từ 18 đến 69 tuổi", "18", 18, "measure", "tuổi", value_max=69, optional=True),
    F("là 26,2%", "26,2", 26.2, "percent", "%", "tỷ lệ tăng huyết áp ở người từ 18 đến 69 tuổi",
      change=C("increase", 1.3, "điểm phần trăm", "năm 2015"), period=Y21),
    F("là 7,1%", "7,1", 7.1, "percent", "%", "tỷ lệ đái tháo đường", period=Y21),
    F("gần 5 triệu người", "5", 5000000, "count", "người", "người mắc đái tháo đường", approx="nearly", period=Y21),
    F("có 98,6% trạm", "98,6", 98.6, "percent", "%", "trạm y tế xã, phường, thị trấn triển khai dự phòng, quản lý tăng huyết áp",
      period=Y23),
    F("và 95,2% triển khai", "95,2", 95.2, "percent", "%", "trạm y tế triển khai quản lý đái tháo đường", period=Y23),
    F("khoảng 2,1 triệu người bệnh", "2,1", 2100000, "count", "người bệnh", "người bệnh tăng huyết áp các trạm đang quản lý điều trị",
      approx="about", period=Y23),
    F("gần 820 nghìn người bệnh", "820", 820000, "count", "người bệnh", "người bệnh đái tháo đường các trạm đang quản lý điều trị",
      approx="nearly", period=Y23),
    F("Thái Bình (52,3%)", "52,3", 52.3, "percent", "%", SUBJ_L, period=Y23i, location="Thái Bình"),
    F("Hà Nam (49,8%)", "49,8", 49.8, "percent", "%", SUBJ_L, period=Y23i, location="Hà Nam"),
    F("Bắc Ninh (47,5%)", "47,5", 47.5, "percent", "%", SUBJ_L, period=Y23i, location="Bắc Ninh"),
    F("còn dưới 20%", "20", 20, "percent", "%", "tỷ lệ người bệnh tăng huyết áp được quản lý ở nhiều tỉnh miền núi phía Bắc",
      approx="under", period=Y23i),
    F("khoảng 3,2 nghìn tỷ đồng", "3,2", 3200000000000, "money", "đồng",
      "chi phí điều trị các biến chứng do tăng huyết áp, đái tháo đường mỗi năm", approx="about", status="estimate"),
    F("2025: 50% người", "50", 50, "percent", "%", "người tăng huyết áp được phát hiện", status="target", period=Y25),
    F("phát hiện, 50% số người", "50", 50, "percent", "%", "số người phát hiện được quản lý điều trị theo hướng dẫn chuyên môn",
      status="target", period=Y25),
    F("95% trạm", "95", 95, "percent", "%", "trạm y tế xã có đủ thuốc thiết yếu điều trị tăng huyết áp, đái tháo đường",
      status="target", period=Y25),
    F("dân từ 18 tuổi trở lên", "18", 18, "measure", "tuổi", approx="at_least", optional=True),
    F("mỗi năm một lần", "một", 1, "count", "lần", approx="at_least", optional=True),
]

write(5, TEXT, HEADER, FIGS, location="Việt Nam")
