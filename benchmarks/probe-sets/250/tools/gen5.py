from lib import F, P, I, C, T, build

TEXT = """Thời sự › Pháp luật
Thứ bảy, 19/10/2024, 14:20 (GMT+7)

Đồng Nai khởi tố 27 vụ án tham nhũng trong 9 tháng

Số vụ án tham nhũng, chức vụ bị khởi tố tại Đồng Nai tăng mạnh, song tỷ lệ thu hồi tài sản mới đạt khoảng 9-10%.

Theo báo cáo của Ban Nội chính Tỉnh ủy Đồng Nai, 9 tháng năm 2024, cơ quan điều tra hai cấp trong tỉnh đã khởi tố mới 27 vụ án/84 bị can về các tội tham nhũng, chức vụ, tăng 8 vụ so với cùng kỳ năm 2023. Viện KSND hai cấp truy tố 21 vụ/63 bị can; Tòa án xét xử sơ thẩm 19 vụ/52 bị cáo.

Tổng thiệt hại trong các vụ án tham nhũng, kinh tế được xác định hơn 1.350 tỷ đồng. Cơ quan chức năng đã thu hồi 128,5 tỷ đồng, đạt 9,5%; đồng thời kê biên 46 bất động sản, phong tỏa 312 tài khoản với số dư gần 1,2 nghìn tỷ đồng.

Đáng chú ý là vụ án xảy ra tại Trung tâm Đăng kiểm xe cơ giới 60-05D. Cơ quan điều tra xác định từ năm 2019 đến năm 2022, các bị can đã nhận hối lộ hơn 38 tỷ đồng để bỏ qua lỗi cho khoảng 2.300 xe không đủ điều kiện. Cựu giám đốc trung tâm bị tuyên phạt 12 năm tù.

Cũng theo Ban Nội chính, tỉnh phấn đấu đến năm 2025 tỷ lệ thu hồi tài sản trong các vụ án tham nhũng, kinh tế đạt trên 50%; ước cả năm 2024, số tiền thu hồi đạt khoảng 180 tỷ đồng.

Trên phạm vi cả nước, theo Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực, 9 tháng năm 2024 các cơ quan chức năng đã thu hồi hơn 25.000 tỷ đồng tài sản trong các vụ án tham nhũng, kinh tế.

Phước Tuấn
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("khởi tố 27 vụ án tham nhũng trong 9 tháng", "27", 27, "count", "vụ án", "vụ án tham nhũng khởi tố",
      period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 9-10%", "9", 9, "percent", "%", "tỷ lệ thu hồi tài sản", value_max=10, approx="about"),
    F("mới 27 vụ án", "27", 27, "count", "vụ án", "vụ án tham nhũng, chức vụ khởi tố mới",
      change=C("increase", 8, "vụ", "cùng kỳ năm 2023"), period=N9),
    F("án/84 bị can", "84", 84, "count", "bị can", "bị can về các tội tham nhũng, chức vụ khởi tố mới", period=N9),
    F("truy tố 21 vụ", "21", 21, "count", "vụ", "vụ án tham nhũng, chức vụ truy tố", period=I(N9)),
    F("vụ/63 bị can", "63", 63, "count", "bị can", "bị can truy tố", period=I(N9)),
    F("sơ thẩm 19 vụ", "19", 19, "count", "vụ", "vụ án xét xử sơ thẩm", period=I(N9)),
    F("vụ/52 bị cáo", "52", 52, "count", "bị cáo", "bị cáo xét xử sơ thẩm", period=I(N9)),
    F("hơn 1.350 tỷ", "1.350", 1350e9, "money", "đồng", "tổng thiệt hại trong các vụ án tham nhũng, kinh tế",
      approx="over", period=I(N9)),
    F("thu hồi 128,5 tỷ", "128,5", 128.5e9, "money", "đồng", "tài sản đã thu hồi", percent=9.5, period=I(N9)),
    F("kê biên 46 bất động sản", "46", 46, "count", "bất động sản", "bất động sản kê biên", period=I(N9)),
    F("phong tỏa 312 tài khoản", "312", 312, "count", "tài khoản", "tài khoản phong tỏa", period=I(N9)),
    F("gần 1,2 nghìn tỷ", "1,2", 1.2e12, "money", "đồng", "số dư tài khoản phong tỏa", approx="nearly",
      period=I(N9)),
    F("hơn 38 tỷ", "38", 38e9, "money", "đồng", "tiền nhận hối lộ", approx="over",
      period=P("từ năm 2019 đến năm 2022", "2019-01-01", "2022-12-31"), location="Đồng Nai"),
    F("khoảng 2.300 xe", "2.300", 2300, "count", "xe", "xe không đủ điều kiện được bỏ qua lỗi", approx="about",
      period=P("từ năm 2019 đến năm 2022", "2019-01-01", "2022-12-31")),
    F("12 năm tù", "12", 12, "measure", "năm", "mức án tù của cựu giám đốc trung tâm", optional=True),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ thu hồi tài sản trong các vụ án tham nhũng, kinh tế",
      approx="over", status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("khoảng 180 tỷ", "180", 180e9, "money", "đồng", "số tiền thu hồi", approx="about", status="estimate",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 25.000 tỷ", "25.000", 25000e9, "money", "đồng", "tài sản thu hồi trong các vụ án tham nhũng, kinh tế",
      approx="over", period=N9, location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress-like), 'Thứ bảy, 19/10/2024, 14:20 (GMT+7)', byline at the end. Corruption cases in Đồng Nai, 9 months of 2024.",
    "Distractors: '(GMT+7)', the inspection centre's name '60-05D', years 2019-2022 as a period, the byline.",
    "Headline figure '27 vụ án ... trong 9 tháng' takes the year from the dateline. Sapo 'khoảng 9-10%' is a range with approx about (no period).",
    "'N vụ/M bị can' = two counts, no total. '128,5 tỷ đồng, đạt 9,5%' -> percent (no total: no cue). 'gần 1,2 nghìn tỷ' = 1.2e12.",
    "'12 năm tù' (prison term) optional. 'phấn đấu đến năm 2025 ... trên 50%' target (end 2025-12-31); 'ước cả năm 2024 ... khoảng 180 tỷ' estimate + about.",
    "The national 25.000 tỷ (Ban Chỉ đạo Trung ương, 'cả nước') has location Việt Nam.",
]

if __name__ == "__main__":
    build("p250-5", TEXT, COMMENTS, FIGS, published="2024-10-19", location="Đồng Nai")
