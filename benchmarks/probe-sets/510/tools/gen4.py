"""p510-4: Bộ Tư pháp ministry site — national legal aid (trợ giúp pháp lý) results 2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ BỘ TƯ PHÁP
Trang chủ | Tin tức - Sự kiện | Trợ giúp pháp lý

Năm 2023, trợ giúp pháp lý cho hơn 37.000 vụ việc
Ngày đăng: 16/01/2024 | Lượt xem: 1.208

(Moj.gov.vn) - Theo báo cáo của Cục Trợ giúp pháp lý, năm 2023 các tổ chức thực hiện trợ giúp pháp lý trên toàn quốc đã thụ lý 37.412 vụ việc, tăng 8,2% so với năm 2022, đạt 106,9% kế hoạch. Trong đó, tham gia tố tụng 25.936 vụ việc (chiếm 69,3%), tư vấn pháp luật 10.871 vụ việc, đại diện ngoài tố tụng 605 vụ việc. Bình quân cả nước đạt khoảng 3,7 vụ việc/vạn dân.

Tỷ lệ vụ việc tham gia tố tụng trên tổng số vụ việc tăng từ 65% năm 2022 lên 69,3% năm 2023. Số vụ việc tham gia tố tụng được đánh giá thành công là 23.118 vụ việc, chiếm 89,1%.

Các địa phương thụ lý nhiều vụ việc nhất là Hà Nội (2.184 vụ việc), TP Hồ Chí Minh (1.957 vụ việc), Thanh Hóa (1.426 vụ việc) và Nghệ An (1.312 vụ việc). Có 9 địa phương thụ lý dưới 200 vụ việc, trong đó có Bắc Kạn, Lai Châu, Điện Biên.

Cả nước hiện có 63 Trung tâm Trợ giúp pháp lý nhà nước với 1.642 người làm công tác trợ giúp pháp lý, trong đó có 820 người là trợ giúp viên pháp lý; ngoài ra có 2.516 luật sư, tư vấn viên pháp luật ký hợp đồng thực hiện trợ giúp pháp lý. Mức thù lao bình quân khoảng 2,8 triệu đồng/vụ việc.

Năm 2024, Bộ Tư pháp đặt mục tiêu tỷ lệ vụ việc tham gia tố tụng đạt ít nhất 70%; dự kiến kinh phí chi trả thù lao khoảng 95 tỷ đồng. Các địa phương tiếp tục triển khai Luật Trợ giúp pháp lý năm 2017 và Quyết định số 2324/QĐ-BTP.

Cục Trợ giúp pháp lý - 58-60 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.62739321
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 37.000 vụ việc", "37.000", 37000, "count", "vụ việc", "vụ việc trợ giúp pháp lý",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("thụ lý 37.412 vụ việc", "37.412", 37412, "count", "vụ việc", "vụ việc các tổ chức thực hiện trợ giúp pháp lý đã thụ lý", Y23,
      percent=106.9, change=CH("increase", 8.2, "%", "năm 2022")),
    F("tố tụng 25.936 vụ việc", "25.936", 25936, "count", "vụ việc", "vụ việc tham gia tố tụng", I(Y23),
      total=37412, percent=69.3),
    F("luật 10.871 vụ việc", "10.871", 10871, "count", "vụ việc", "vụ việc tư vấn pháp luật", I(Y23), total=37412),
    F("tố tụng 605 vụ việc", "605", 605, "count", "vụ việc", "vụ việc đại diện ngoài tố tụng", I(Y23), total=37412),
    F("khoảng 3,7 vụ việc", "3,7", 3.7, "measure", "vụ việc/vạn dân", "vụ việc trợ giúp pháp lý bình quân cả nước", I(Y23),
      approx="about"),
    F("từ 65% năm 2022", "65", 65, "percent", "%", "Tỷ lệ vụ việc tham gia tố tụng trên tổng số vụ việc",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("lên 69,3% năm 2023", "69,3", 69.3, "percent", "%", "Tỷ lệ vụ việc tham gia tố tụng trên tổng số vụ việc",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("là 23.118 vụ việc", "23.118", 23118, "count", "vụ việc", "vụ việc tham gia tố tụng được đánh giá thành công", I(Y23),
      percent=89.1),
    F("Hà Nội (2.184 vụ việc)", "2.184", 2184, "count", "vụ việc", "vụ việc thụ lý", I(Y23), location="Hà Nội"),
    F("Minh (1.957 vụ việc)", "1.957", 1957, "count", "vụ việc", "vụ việc thụ lý", I(Y23), location="Hồ Chí Minh"),
    F("Thanh Hóa (1.426 vụ việc)", "1.426", 1426, "count", "vụ việc", "vụ việc thụ lý", I(Y23), location="Thanh Hóa"),
    F("Nghệ An (1.312 vụ việc)", "1.312", 1312, "count", "vụ việc", "vụ việc thụ lý", I(Y23), location="Nghệ An"),
    F("Có 9 địa phương", "9", 9, "count", "địa phương", "địa phương thụ lý dưới 200 vụ việc", I(Y23)),
    F("dưới 200 vụ việc", "200", 200, "count", "vụ việc", "vụ việc thụ lý", approx="under", optional=True),
    F("có 63 Trung tâm", "63", 63, "count", "Trung tâm Trợ giúp pháp lý nhà nước", "Trung tâm Trợ giúp pháp lý nhà nước"),
    F("với 1.642 người", "1.642", 1642, "count", "người", "người làm công tác trợ giúp pháp lý"),
    F("có 820 người", "820", 820, "count", "người", "trợ giúp viên pháp lý", total=1642),
    F("có 2.516 luật sư", "2.516", 2516, "count", "luật sư, tư vấn viên pháp luật",
      "luật sư, tư vấn viên pháp luật ký hợp đồng thực hiện trợ giúp pháp lý"),
    F("khoảng 2,8 triệu", "2,8", 2.8e6, "money", "đồng/vụ việc", "mức thù lao bình quân", approx="about"),
    F("ít nhất 70%", "70", 70, "percent", "%", "tỷ lệ vụ việc tham gia tố tụng", Y24, approx="at_least", status="target"),
    F("khoảng 95 tỷ", "95", 95e9, "money", "đồng", "kinh phí chi trả thù lao", Y24, approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Tư pháp: kết quả trợ giúp pháp lý toàn quốc năm 2023. 'Ngày đăng: 16/01/2024 | Lượt xem: 1.208' (counter = furniture).",
    "National figures: location Việt Nam; provinces in the ranked list go to location; the 9 địa phương with Bắc Kạn … named after",
    "'trong đó' stay national. 'dưới 200 vụ việc' is a threshold (optional). Distractors: Luật Trợ giúp pháp lý năm 2017,",
    "Quyết định số 2324/QĐ-BTP, '58-60 Trần Phú', phone 024.62739321.",
    "25.936 + 10.871 + 605 = 37.412 after 'Trong đó' -> total. '(chiếm 69,3%)' is 25.936's share; 'đạt 106,9% kế hoạch' is 37.412's share",
    "(plan reached, no plan number given, so percent rather than target).",
    "'tăng từ 65% năm 2022 lên 69,3% năm 2023' is two values in time, not a range: two percent figures with their own years.",
    "Rates: '3,7 vụ việc/vạn dân' measure; '2,8 triệu đồng/vụ việc' money with the rate in the unit.",
    "'1.642 người …, trong đó có 820 người là trợ giúp viên' -> total 1642 (same thing, people). 'Năm 2024 … mục tiêu … ít nhất 70%' target;",
    "'dự kiến … khoảng 95 tỷ đồng' forecast, same sentence as 'Năm 2024'.",
]

emit("p510-4", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Việt Nam")
