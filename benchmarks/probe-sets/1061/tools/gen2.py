from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ | Tin tức - Sự kiện | Nông nghiệp - Nông thôn

Diêm dân Hải Hậu phấn khởi vì muối được giá

Thứ Ba, 14/05/2024 - 09:10

Vụ muối chiêm năm 2024, toàn huyện có 235 ha đồng muối đang sản xuất, phân bố tại các xã Hải Đông (72 ha), Hải Lý (61 ha), Hải Chính (54 ha) và thị trấn Thịnh Long (48 ha). Trên 1.100 hộ với khoảng 2.300 lao động tham gia làm muối, trong đó hơn 40% là lao động nữ.

Từ đầu năm đến nay, diêm dân đã thu hoạch được 6.850 tấn muối, tăng 9,5% so với cùng kỳ năm 2023; dự kiến cả vụ đạt khoảng 10.500 tấn. Giá muối đầu vụ ở mức 2.000 đồng/kg; hiện thương lái thu mua tại ruộng 2.600-2.800 đồng/kg, tăng khoảng 30% so với cùng kỳ. Với giá này, mỗi ha đồng muối cho thu nhập 95-110 triệu đồng/vụ, bình quân mỗi lao động thu nhập 4,5 triệu đồng/tháng.

Dọc tuyến Quốc lộ 21 qua thị trấn Thịnh Long, nhiều hộ mở điểm bán muối sạch, muối rang cho khách du lịch. Thực hiện Nghị quyết số 06-NQ/HU của Ban Thường vụ Huyện ủy, năm 2024 huyện triển khai mô hình sản xuất muối sạch trải bạt quy mô 12 ha tại xã Hải Đông với tổng kinh phí 2,4 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,2 tỷ đồng (chiếm 50%), phần còn lại do hợp tác xã và diêm dân đối ứng.

Mục tiêu đến năm 2025, huyện phấn đấu có 50 ha sản xuất muối sạch, giá trị sản xuất muối đạt 150 triệu đồng/ha/năm.

Mọi ý kiến đóng góp xin gửi về Phòng Nông nghiệp và PTNT huyện, điện thoại 0228.3877.312.

Trần Hương - Trung tâm VH-TT&TT huyện
"""

Y24 = P("Vụ muối chiêm năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-14")
TO25 = P("đến năm 2025", end="2025-12-31")
M24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 235 ha", "235", 235, "measure", "ha", "diện tích đồng muối đang sản xuất", Y24),
    F("Hải Đông (72 ha)", "72", 72, "measure", "ha", "diện tích đồng muối đang sản xuất", Y24, total=235),
    F("Hải Lý (61 ha)", "61", 61, "measure", "ha", "diện tích đồng muối đang sản xuất", Y24, total=235),
    F("Hải Chính (54 ha)", "54", 54, "measure", "ha", "diện tích đồng muối đang sản xuất", Y24, total=235),
    F("Thịnh Long (48 ha)", "48", 48, "measure", "ha", "diện tích đồng muối đang sản xuất", Y24, total=235),
    F("Trên 1.100 hộ", "1.100", 1100, "count", "hộ", "hộ tham gia làm muối", I(Y24), approx="over"),
    F("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", "lao động tham gia làm muối",
      I(Y24), approx="about"),
    F("hơn 40% là lao động nữ", "40", 40, "percent", "%", "lao động nữ trong lao động làm muối",
      I(Y24), approx="over"),
    F("được 6.850 tấn", "6.850", 6850, "measure", "tấn", "muối diêm dân thu hoạch", YTD,
      change=C("increase", 9.5, "%", "cùng kỳ năm 2023")),
    F("khoảng 10.500 tấn", "10.500", 10500, "measure", "tấn", "sản lượng muối cả vụ",
      approx="about", status="forecast"),
    F("mức 2.000 đồng/kg", "2.000", 2000, "money", "đồng/kg", "giá muối đầu vụ"),
    F("ruộng 2.600-2.800 đồng/kg", "2.600", 2600, "money", "đồng/kg",
      "giá thương lái thu mua muối tại ruộng", value_max=2800,
      change=C("increase", 30, "%", "cùng kỳ", approx="about")),
    F("thu nhập 95-110 triệu", "95", 95e6, "money", "đồng/vụ", "thu nhập mỗi ha đồng muối",
      value_max=110e6),
    F("4,5 triệu đồng/tháng", "4,5", 4.5e6, "money", "đồng/tháng",
      "thu nhập bình quân mỗi lao động làm muối"),
    F("quy mô 12 ha", "12", 12, "measure", "ha", "quy mô mô hình sản xuất muối sạch trải bạt", M24),
    F("kinh phí 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng",
      "tổng kinh phí mô hình sản xuất muối sạch trải bạt", M24),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", M24,
      total=2.4e9, percent=50),
    F("có 50 ha", "50", 50, "measure", "ha", "diện tích sản xuất muối sạch", TO25, status="target"),
    F("đạt 150 triệu đồng/ha/năm", "150", 150e6, "money", "đồng/ha/năm", "giá trị sản xuất muối",
      TO25, status="target"),
]

NOTES = [
    "Hải Hậu district portal (Nam Định): spring salt season 2024 (invented). Dateline 'Thứ Ba, 14/05/2024 - 09:10'.",
    "Distractors: 'Quốc lộ 21', 'Nghị quyết số 06-NQ/HU', phone '0228.3877.312', 'VH-TT&TT', weekday and time.",
    "Communes (Hải Đông ...) lie in the district: location stays Hải Hậu; their bracketed areas add up to 235 ha (total).",
    "'dự kiến cả vụ' has no dated period; '95-110 triệu đồng/vụ' keeps the written denominator; '(chiếm 50%)' is the share of 1,2 tỷ.",
    "'hơn 40% là lao động nữ' after 'trong đó' is a share with no base amount: a percent figure, no total.",
]

write("p1061-2", TEXT, NOTES, FIGS, published="2024-05-14", location="Hải Hậu")
