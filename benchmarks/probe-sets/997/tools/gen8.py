"""p997-8: provincial newspaper online (Báo Long An), headline figure and '(BLA) -' tag, fines for fertilizer violations 2025."""
from lib import F, P, I, C, T, build

TEXT = """Long An: Phạt hơn 2,3 tỷ đồng vi phạm về phân bón

Thứ Ba, 10/06/2025 14:05

(BLA) - Từ đầu năm đến nay, lực lượng quản lý thị trường và ngành nông nghiệp tỉnh đã phát hiện, xử lý 47 vụ vi phạm trong sản xuất, kinh doanh phân bón, phạt tiền hơn 2,3 tỷ đồng, gấp 2,1 lần cùng kỳ năm 2024.

Đáng chú ý, ngày 14/4, Đội Quản lý thị trường số 5 kiểm tra một kho hàng ven Quốc lộ N2 thuộc xã Đức Hòa Hạ, huyện Đức Hòa, phát hiện 38,5 tấn phân bón NPK có dấu hiệu giả mạo nhãn hiệu, trị giá khoảng 540 triệu đồng. Kết quả kiểm định cho thấy hàm lượng đạm tổng số chỉ đạt 4,2%, trong khi mức công bố trên bao bì là 16%.

Theo Sở Nông nghiệp và Môi trường, toàn tỉnh hiện có 1.052 cơ sở buôn bán phân bón, trong đó 986 cơ sở đã được cấp giấy chứng nhận đủ điều kiện, đạt 93,7%. Trong 5 tháng đầu năm, ngành đã lấy 78 mẫu phân bón, trong đó 12 mẫu không đạt chất lượng; các huyện có nhiều mẫu vi phạm là Đức Hòa (4 mẫu), Cần Giuộc (3 mẫu) và Thạnh Hóa (2 mẫu).

Giá phân bón trên địa bàn hiện tương đối ổn định: urê khoảng 11.500 đồng/kg, DAP từ 19.000 đến 20.000 đồng/kg. So với cuối năm 2024, giá các loại phân bón giảm 5-7%.

Tỉnh đặt mục tiêu đến cuối năm 2025 có 100% cơ sở buôn bán phân bón được cấp giấy chứng nhận đủ điều kiện và lấy ít nhất 150 mẫu phân bón để kiểm tra chất lượng. Người dân phát hiện vi phạm có thể báo qua đường dây nóng 0272.3826.112.

THANH TÚ
"""

SINCE = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-10")
M5 = P("Trong 5 tháng đầu năm", "2025-01-01", "2025-05-31")
END25 = P("đến cuối năm 2025", None, "2025-12-31")
DH = "Đức Hòa"

FIGS = [
    F("Phạt hơn 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "tiền phạt vi phạm về phân bón", approx="over"),
    F("xử lý 47 vụ", "47", 47, "count", "vụ", "vụ vi phạm trong sản xuất, kinh doanh phân bón", SINCE),
    F("tiền hơn 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "tiền phạt", SINCE, approx="over",
      change=C("increase", 2.1, "lần", "cùng kỳ năm 2024")),
    F("phát hiện 38,5 tấn", "38,5", 38.5, "measure", "tấn", "phân bón NPK có dấu hiệu giả mạo nhãn hiệu",
      location=DH),
    F("khoảng 540 triệu đồng", "540", 540000000, "money", "đồng", "trị giá lô phân bón", approx="about",
      location=DH),
    F("chỉ đạt 4,2%", "4,2", 4.2, "percent", "%", "hàm lượng đạm tổng số", location=DH),
    F("là 16%", "16", 16, "percent", "%", "hàm lượng đạm công bố trên bao bì", location=DH, optional=True),
    F("có 1.052 cơ sở", "1.052", 1052, "count", "cơ sở", "cơ sở buôn bán phân bón"),
    F("trong đó 986 cơ sở", "986", 986, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận đủ điều kiện",
      total=1052, percent=93.7),
    F("lấy 78 mẫu", "78", 78, "count", "mẫu", "mẫu phân bón lấy", M5),
    F("trong đó 12 mẫu", "12", 12, "count", "mẫu", "mẫu không đạt chất lượng", M5, total=78),
    F("(4 mẫu)", "4", 4, "count", "mẫu", "mẫu vi phạm", M5, location="Đức Hòa"),
    F("(3 mẫu)", "3", 3, "count", "mẫu", "mẫu vi phạm", M5, location="Cần Giuộc"),
    F("(2 mẫu)", "2", 2, "count", "mẫu", "mẫu vi phạm", M5, location="Thạnh Hóa"),
    F("khoảng 11.500 đồng/kg", "11.500", 11500, "money", "đồng/kg", "giá urê", approx="about"),
    F("từ 19.000 đến 20.000 đồng/kg", "19.000", 19000, "money", "đồng/kg", "giá DAP", value_max=20000),
    F("giảm 5-7%", "5", 5, "percent", "%", "giá các loại phân bón giảm so với cuối năm 2024", value_max=7),
    F("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở buôn bán phân bón được cấp giấy chứng nhận đủ điều kiện",
      END25, status="target"),
    F("ít nhất 150 mẫu", "150", 150, "count", "mẫu", "mẫu phân bón lấy để kiểm tra chất lượng", END25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Long An online: headline 'Long An: Phạt hơn 2,3 tỷ đồng ...', dateline 'Thứ Ba, 10/06/2025 14:05', tag '(BLA) -'.",
    "The seized lot in huyện Đức Hòa: location Đức Hòa (also for the test result in the next sentence). The declared 16% is the label's",
    "specification: optional. '5 tháng đầu năm' takes 2025. 'gấp 2,1 lần cùng kỳ' is the fines' change (lần).",
    "'giảm 5-7%' (own sentence, no base amount) is a percent figure without change.",
    "Distractors: 'Đội Quản lý thị trường số 5', 'Quốc lộ N2', 'ngày 14/4', time 14:05, hotline 0272.3826.112.",
]

build("p997-8", TEXT, FIGS, COMMENTS, published="2025-06-10", location="Long An")
