from lib import F, P, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Tin hoạt động

Mạng lưới quan trắc môi trường quốc gia từng bước được hoàn thiện
Ngày đăng: 05/06/2024 | Lượt xem: 3.418

Nhân Ngày Môi trường thế giới 5/6, Cục Kiểm soát ô nhiễm môi trường cho biết, tính đến ngày 31/12/2023, cả nước có 1.046 trạm quan trắc tự động, liên tục, gồm 212 trạm quan trắc không khí, 148 trạm nước mặt và 686 trạm nước thải, khí thải tại các cơ sở sản xuất. Có 61/63 tỉnh, thành phố đã truyền dữ liệu quan trắc tự động về Bộ, tăng 9 địa phương so với năm 2021.

Kết quả quan trắc năm 2023 cho thấy chất lượng nước mặt trên các lưu vực sông Hồng - Thái Bình, sông Mã, sông Cả và sông Mê Kông phần lớn ở mức tốt, với trên 75% số điểm có chỉ số WQI từ 76 đến 100. Ô nhiễm cục bộ vẫn xảy ra tại các đoạn sông chảy qua đô thị như sông Nhuệ - Đáy, sông Cầu, sông Đồng Nai - Sài Gòn, nơi nồng độ BOD5 có thời điểm vượt từ 2 đến 4 lần quy chuẩn.

Đối với không khí, nồng độ PM2.5 trung bình năm tại Hà Nội là 41 µg/m3, tại TP. Hồ Chí Minh là 24 µg/m3; số ngày có AQI ở mức kém trở lên tại Hà Nội chiếm khoảng 36% số ngày quan trắc. Theo báo cáo Chất lượng không khí thế giới năm 2023 của IQAir, Việt Nam xếp thứ 22/134 quốc gia, vùng lãnh thổ về mức độ ô nhiễm bụi PM2.5.

Theo Kế hoạch quan trắc môi trường quốc gia, giai đoạn 2021-2025 sẽ xây dựng thêm khoảng 70 trạm quan trắc nước mặt tự động, tổng kinh phí ước 1.250 tỷ đồng. Mục tiêu đến năm 2025, 100% khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn (hiện đạt 92%).

Chi tiết xem tại Quyết định số 985a/QĐ-TTg. Liên hệ: Cục Kiểm soát ô nhiễm môi trường, số 10 Tôn Thất Thuyết, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
AS = P("tính đến ngày 31/12/2023", None, "2023-12-31")
ASi = P("tính đến ngày 31/12/2023", None, "2023-12-31", inh=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("có 1.046 trạm", "1.046", 1046, "count", "trạm", "trạm quan trắc tự động, liên tục", AS),
    F("gồm 212 trạm", "212", 212, "count", "trạm", "trạm quan trắc không khí", AS, total=1046),
    F("148 trạm", "148", 148, "count", "trạm", "trạm nước mặt", AS, total=1046),
    F("686 trạm", "686", 686, "count", "trạm", "trạm nước thải, khí thải tại các cơ sở sản xuất", AS, total=1046),
    F("Có 61/63", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố đã truyền dữ liệu quan trắc tự động về Bộ",
      ASi, total=63, change={"direction": "increase", "value": 9, "unit": "địa phương", "baseline": "năm 2021"}),
    F("trên 75%", "75", 75, "percent", "%", "số điểm có chỉ số WQI ở mức tốt", Y23, approx="over"),
    F("từ 76 đến 100", "76", 76, "measure", "điểm", "chỉ số WQI", value_max=100, optional=True),
    F("từ 2 đến 4 lần", "2", 2, "multiple", "lần", "nồng độ BOD5 vượt quy chuẩn", Y23i, value_max=4),
    F("là 41 µg/m3", "41", 41, "measure", "µg/m3", "nồng độ PM2.5 trung bình năm", Y23i, location="Hà Nội"),
    F("là 24 µg/m3", "24", 24, "measure", "µg/m3", "nồng độ PM2.5 trung bình năm", Y23i, location="TP. Hồ Chí Minh"),
    F("khoảng 36%", "36", 36, "percent", "%", "số ngày có AQI ở mức kém trở lên", Y23i, approx="about",
      location="Hà Nội"),
    F("thứ 22/134", "22", 22, "rank", "hạng", "mức độ ô nhiễm bụi PM2.5", Y23, total=134),
    F("khoảng 70 trạm", "70", 70, "count", "trạm", "trạm quan trắc nước mặt tự động xây dựng thêm", GD,
      approx="about", status="target"),
    F("ước 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng", "tổng kinh phí xây dựng trạm quan trắc nước mặt tự động", GD, status="estimate"),
    F("2025, 100%", "100", 100, "percent", "%",
      "khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("hiện đạt 92%", "92", 92, "percent", "%",
      "khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn"),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT): national monitoring network as of 31/12/2023, surface water and air in 2023, IQAir rank, 2021-2025 plan.",
    "'Ngày đăng: 05/06/2024 | Lượt xem: 3.418'. Distractors: 'Ngày Môi trường thế giới 5/6', 'Quyết định số 985a/QĐ-TTg', address 'số 10 Tôn Thất Thuyết', PM2.5, BOD5, baseline 'năm 2021'.",
    "National figures: location Việt Nam; Hà Nội and TP. Hồ Chí Minh items take their city. '1.046 trạm …, gồm 212 …, 148 … và 686 …' → totals 1.046 (212+148+686).",
    "'61/63 tỉnh, thành phố …, tăng 9 địa phương so với năm 2021' → total 63 and change. 'WQI từ 76 đến 100' defines the level: optional. 'vượt từ 2 đến 4 lần quy chuẩn': multiple range.",
    "'xếp thứ 22/134 quốc gia' → rank with total 134; the year of the report gives its period. 'Theo Kế hoạch …, giai đoạn 2021-2025 sẽ xây dựng thêm khoảng 70 trạm' → target;",
    "'tổng kinh phí ước 1.250 tỷ đồng' has its own cue (ước) → estimate. '100% … (hiện đạt 92%)': target + a bracketed actual percent of its own (no period).",
]

emit("p359-5", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Việt Nam")
