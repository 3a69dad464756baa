from lib import F, P, CH, TG, emit

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Pháp luật

Đẩy mạnh xét xử trực tuyến: Tiết kiệm chi phí, bảo đảm an toàn

(BGĐT) - Tính đến ngày 30/9/2024, Tòa án nhân dân hai cấp tỉnh Bắc Giang đã tổ chức 1.126 phiên tòa xét xử trực tuyến, trong đó Tòa án nhân dân tỉnh 218 phiên, 10 Tòa án cấp huyện 908 phiên.

Riêng 9 tháng năm 2024, số phiên tòa trực tuyến đạt 412 phiên, chiếm 27,5% tổng số phiên tòa hình sự sơ thẩm, tăng 11,2% so với cùng kỳ. Bắc Giang hiện xếp thứ 3 toàn quốc về số phiên tòa trực tuyến, chỉ sau Hà Nội và TP Hồ Chí Minh.

Tại Phòng xử án số 1 của TAND tỉnh, phiên tòa được kết nối với điểm cầu tại Trại tạm giam Công an tỉnh từ 8 giờ 30. Theo đánh giá của TAND tỉnh, mỗi phiên tòa trực tuyến tiết kiệm từ 3 đến 5 triệu đồng chi phí trích xuất, dẫn giải bị cáo; tổng kinh phí tiết kiệm từ năm 2021 đến nay ước khoảng 4,6 tỷ đồng. Thời gian trích xuất bị cáo giảm trung bình 4 giờ mỗi phiên.

Hiện toàn tỉnh có 12 phòng xử án được trang bị thiết bị trực tuyến, kết nối với 5 trại tạm giam, nhà tạm giữ; tổng kinh phí đầu tư gần 2,8 tỷ đồng. Việc tổ chức phiên tòa trực tuyến thực hiện theo Nghị quyết số 33/2021/QH15 và Thông tư số 01/2021/TT-TANDTC.

Giai đoạn 2021-2025, TAND tỉnh đặt mục tiêu 100% Tòa án cấp huyện có phòng xử án trực tuyến và tỷ lệ phiên tòa trực tuyến đạt ít nhất 30% số phiên tòa hình sự sơ thẩm. Năm 2025, đơn vị dự kiến đầu tư thêm 4 phòng xử án trực tuyến với kinh phí khoảng 900 triệu đồng.

Hà Phương
15/10/2024
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASOFi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-10-15")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tổ chức 1.126 phiên", "1.126", 1126, "count", "phiên tòa", "phiên tòa xét xử trực tuyến", ASOF),
    F("tỉnh 218 phiên", "218", 218, "count", "phiên", "phiên tòa trực tuyến của Tòa án nhân dân tỉnh", ASOF, total=1126),
    F("10 Tòa án cấp huyện", "10", 10, "count", "Tòa án cấp huyện", "Tòa án cấp huyện", optional=True),
    F("huyện 908 phiên", "908", 908, "count", "phiên", "phiên tòa trực tuyến của Tòa án cấp huyện", ASOF, total=1126),
    F("đạt 412 phiên", "412", 412, "count", "phiên", "số phiên tòa trực tuyến", M9, percent=27.5,
      change=CH("increase", 11.2, "%", "cùng kỳ")),
    F("xếp thứ 3 toàn quốc", "3", 3, "rank", "hạng", "số phiên tòa trực tuyến"),
    F("từ 3 đến 5 triệu đồng", "3", 3e6, "money", "đồng", "chi phí trích xuất, dẫn giải bị cáo tiết kiệm mỗi phiên tòa trực tuyến",
      value_max=5e6),
    F("ước khoảng 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "tổng kinh phí tiết kiệm", SINCE,
      approx="about", status="estimate"),
    F("trung bình 4 giờ", "4", 4, "measure", "giờ", "Thời gian trích xuất bị cáo giảm trung bình mỗi phiên"),
    F("có 12 phòng", "12", 12, "count", "phòng xử án", "phòng xử án được trang bị thiết bị trực tuyến"),
    F("với 5 trại", "5", 5, "count", "trại tạm giam, nhà tạm giữ", "trại tạm giam, nhà tạm giữ kết nối"),
    F("gần 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "tổng kinh phí đầu tư", approx="nearly"),
    F("mục tiêu 100%", "100", 100, "percent", "%", "Tòa án cấp huyện có phòng xử án trực tuyến", GD, status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "tỷ lệ phiên tòa trực tuyến", GD, approx="at_least", status="target"),
    F("thêm 4 phòng", "4", 4, "count", "phòng xử án", "phòng xử án trực tuyến đầu tư thêm", Y25, status="forecast"),
    F("khoảng 900 triệu đồng", "900", 900e6, "money", "đồng", "kinh phí đầu tư phòng xử án trực tuyến", Y25,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Bắc Giang điện tử (BGĐT tag), byline and bare date '15/10/2024' at the end (published). Online court hearings, location Bắc Giang.",
    "'Tính đến ngày 30/9/2024 … 1.126 phiên …, trong đó … 218 phiên, … 908 phiên': as-of period (start null); parts add up, total 1126.",
    "'10 Tòa án cấp huyện' structure (optional). '412 phiên, chiếm 27,5% …, tăng 11,2% so với cùng kỳ': percent + change on the count.",
    "'xếp thứ 3 toàn quốc' rank; no period in its sentence ('hiện'). 'từ 3 đến 5 triệu đồng' money range per hearing; 'giảm trung bình 4 giờ'",
    "states the reduction itself (a measure in giờ, no change), while '8 giờ 30' is a time of day (distractor). 'từ năm 2021 đến nay' ends at published.",
    "Infrastructure counts and 'gần 2,8 tỷ đồng' have no period ('Hiện'). 'Giai đoạn 2021-2025 … mục tiêu': targets; 'Năm 2025 … dự kiến': forecast.",
    "Distractors: Phòng xử án số 1, 8 giờ 30, Nghị quyết số 33/2021/QH15, Thông tư số 01/2021/TT-TANDTC, 'Giai đoạn 2021-2025', date line.",
]

emit("p355-7", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Bắc Giang")
