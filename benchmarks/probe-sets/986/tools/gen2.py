"""p986-2: Krông Pắc district portal (Đắk Lắk) — screening round at 16 commune stations, Q1/2024."""
from lib import F, P, I, CH, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Trang chủ | Tin tức | Văn hóa - Xã hội
Thứ Năm, 04/04/2024 - 16:05

Khám sàng lọc tăng huyết áp, đái tháo đường cho người dân tại 16 trạm y tế

Trong quý I/2024, Trung tâm Y tế huyện phối hợp với 16 trạm y tế xã, thị trấn tổ chức khám sàng lọc tăng huyết áp, đái tháo đường cho 8.634 người từ 40 tuổi trở lên, tăng 1.215 người so với quý IV/2023. Đây là lần thứ 2 huyện triển khai đợt sàng lọc theo Kế hoạch số 27/KH-UBND của UBND huyện.

Kết quả, đã phát hiện 742 trường hợp nghi mắc tăng huyết áp (chiếm 8,6%) và 315 trường hợp có đường huyết lúc đói từ 7 mmol/l trở lên (chiếm 3,6%); tất cả đã được chuyển tuyến để chẩn đoán xác định. Các xã có số người được sàng lọc nhiều là Ea Kly (1.126 người), Hòa An (984 người) và thị trấn Phước An (905 người).

Tính đến cuối tháng 3/2024, toàn huyện quản lý 5.870 người bệnh tăng huyết áp và 1.942 người bệnh đái tháo đường tại trạm y tế xã; tỷ lệ người bệnh tái khám đúng hẹn đạt gần 80%. Tại Trạm Y tế xã Ea Phê (thôn 4, cạnh Quốc lộ 26), mỗi buổi sáng thứ Ba có từ 40 đến 50 người bệnh đến nhận thuốc.

Chi phí xét nghiệm đường huyết mao mạch tại trạm khoảng 15.000 đồng/lượt, được quỹ bảo hiểm y tế chi trả 100% đối với người có thẻ bảo hiểm y tế.

Năm 2024, huyện phấn đấu khám sàng lọc cho ít nhất 30.000 người, quản lý trên 7.000 người bệnh tăng huyết áp và 2.500 người bệnh đái tháo đường tại tuyến xã.

Hồng Nhung - Trung tâm Y tế huyện Krông Pắc
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
M3 = P("Tính đến cuối tháng 3/2024", end="2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho người dân tại 16 trạm y tế", "16", 16, "count", "trạm y tế",
      "trạm y tế tổ chức khám sàng lọc tăng huyết áp, đái tháo đường"),
    F("phối hợp với 16 trạm y tế", "16", 16, "count", "trạm y tế",
      "trạm y tế xã, thị trấn tổ chức khám sàng lọc", Q1),
    F("cho 8.634 người", "8.634", 8634, "count", "người",
      "người được khám sàng lọc tăng huyết áp, đái tháo đường", Q1,
      change=CH("increase", 1215, "người", "quý IV/2023")),
    F("từ 40 tuổi trở lên", "40", 40, "measure", "tuổi", "tuổi của người được sàng lọc",
      approx="at_least", optional=True),
    F("phát hiện 742 trường hợp", "742", 742, "count", "trường hợp",
      "trường hợp nghi mắc tăng huyết áp", I(Q1), percent=8.6),
    F("và 315 trường hợp", "315", 315, "count", "trường hợp",
      "trường hợp có đường huyết lúc đói từ 7 mmol/l trở lên", I(Q1), percent=3.6),
    F("từ 7 mmol/l trở lên", "7", 7, "measure", "mmol/l", "ngưỡng đường huyết lúc đói",
      approx="at_least", optional=True),
    F("Ea Kly (1.126 người)", "1.126", 1126, "count", "người", "người được sàng lọc", I(Q1)),
    F("Hòa An (984 người)", "984", 984, "count", "người", "người được sàng lọc", I(Q1)),
    F("Phước An (905 người)", "905", 905, "count", "người", "người được sàng lọc", I(Q1)),
    F("quản lý 5.870 người bệnh", "5.870", 5870, "count", "người bệnh",
      "người bệnh tăng huyết áp quản lý tại trạm y tế xã", M3),
    F("và 1.942 người bệnh", "1.942", 1942, "count", "người bệnh",
      "người bệnh đái tháo đường quản lý tại trạm y tế xã", M3),
    F("đạt gần 80%", "80", 80, "percent", "%", "tỷ lệ người bệnh tái khám đúng hẹn", M3,
      approx="nearly"),
    F("từ 40 đến 50 người bệnh", "40", 40, "count", "người bệnh",
      "người bệnh đến nhận thuốc mỗi buổi sáng thứ Ba tại Trạm Y tế xã Ea Phê", value_max=50),
    F("khoảng 15.000 đồng/lượt", "15.000", 15000, "money", "đồng/lượt",
      "chi phí xét nghiệm đường huyết mao mạch tại trạm", approx="about"),
    F("chi trả 100%", "100", 100, "percent", "%",
      "chi phí xét nghiệm được quỹ bảo hiểm y tế chi trả"),
    F("ít nhất 30.000 người", "30.000", 30000, "count", "người", "người được khám sàng lọc", Y24,
      approx="at_least", status="target"),
    F("trên 7.000 người bệnh", "7.000", 7000, "count", "người bệnh",
      "người bệnh tăng huyết áp quản lý", Y24, approx="over", status="target"),
    F("và 2.500 người bệnh", "2.500", 2500, "count", "người bệnh",
      "người bệnh đái tháo đường quản lý tại tuyến xã", Y24, status="target"),
]

COMMENTS = [
    "Krông Pắc district portal (Đắk Lắk), 'Thứ Năm, 04/04/2024 - 16:05', byline at the end: screening round Q1/2024.",
    "Not figures: lần thứ 2, Kế hoạch số 27/KH-UBND, thôn 4, Quốc lộ 26, thứ Ba, quý IV/2023 (baseline), tháng 3/2024.",
    "Commune items (Ea Kly, Hòa An, Phước An) and the Ea Phê station lie in the district: location Krông Pắc (article default).",
    "742 and 315 carry 'chiếm' shares but no total (no part-of cue). The ranking list of communes does not add up: no total.",
    "The headline's 16 is a figure of its own (no period: the headline has none).",
]

write("p986-2", TEXT, FIGS, COMMENTS, published="2024-04-04", location="Krông Pắc")
