from lib import F, P, I, CH, TG, emit

TEXT = """Báo Bắc Giang điện tử
Xã hội > Y tế

Bệnh viện Đa khoa tỉnh: Tổng thu 9 tháng ước đạt 486,7 tỷ đồng

THU HƯƠNG 10:15, 15/10/2024

(BGĐT) - 9 tháng năm 2024, Bệnh viện Đa khoa tỉnh Bắc Giang khám bệnh cho hơn 312 nghìn lượt người, tăng 14,6% so với cùng kỳ; điều trị nội trú 41.850 lượt người bệnh. Tổng thu của bệnh viện ước đạt 486,7 tỷ đồng, đạt 76,4% kế hoạch năm. Riêng quý III, tổng thu đạt 171,2 tỷ đồng, cao nhất từ trước đến nay.

Năm 2024 là năm đầu tiên bệnh viện tự bảo đảm toàn bộ chi thường xuyên theo Quyết định số 1562/QĐ-UBND của UBND tỉnh. Sau khi cân đối thu chi, bệnh viện trích lập quỹ phát triển hoạt động sự nghiệp 18,5 tỷ đồng; thu nhập tăng thêm của viên chức ước khoảng 4,5 triệu đồng/người/tháng.

Nhờ đổi mới quy trình đón tiếp, thời gian chờ khám giảm từ 30 đến 40% so với năm 2023; tỷ lệ hài lòng của người bệnh nội trú đạt 96,8%, ngoại trú đạt 94,3%.

Toàn tỉnh hiện đạt 32,4 giường bệnh/vạn dân và 10,8 bác sĩ/vạn dân. Chi phí khám, chữa bệnh BHYT toàn tỉnh 9 tháng ước 1.318,6 tỷ đồng, bằng 78,2% dự toán được giao.

Dự kiến cả năm 2024, tổng thu của bệnh viện đạt khoảng 640 tỷ đồng. Trong quý IV, bệnh viện dự kiến đưa vào hoạt động Trung tâm Tim mạch quy mô 120 giường bệnh. Đến năm 2025, bệnh viện phấn đấu có 3 chuyên khoa đạt trình độ ngang tuyến trung ương.

Bệnh viện Đa khoa tỉnh (số 24 đường Nguyễn Văn Cừ, TP Bắc Giang) tiếp nhận phản ánh qua đường dây nóng 0204.3854.247.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9h = P("9 tháng", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24f = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
T25 = P("Đến năm 2025", None, "2025-12-31")
TT = "tổng thu của bệnh viện"

FIGS = [
    F("ước đạt 486,7 tỷ đồng\n", "486,7", 486700000000, "money", "đồng", "tổng thu Bệnh viện Đa khoa tỉnh",
      M9h, status="estimate"),
    F("hơn 312 nghìn", "312", 312000, "count", "lượt người", "lượt khám bệnh", M9, approx="over",
      change=CH("increase", 14.6, "%", "cùng kỳ")),
    F("trú 41.850 lượt", "41.850", 41850, "count", "lượt người bệnh", "lượt người bệnh điều trị nội trú", M9),
    F("ước đạt 486,7 tỷ đồng,", "486,7", 486700000000, "money", "đồng", TT, I(M9),
      percent=76.4, status="estimate"),
    F("đạt 171,2 tỷ", "171,2", 171200000000, "money", "đồng", "tổng thu quý III", Q3),
    F("nghiệp 18,5 tỷ", "18,5", 18500000000, "money", "đồng", "trích lập quỹ phát triển hoạt động sự nghiệp",
      I(Y24)),
    F("khoảng 4,5 triệu", "4,5", 4500000, "money", "đồng/người/tháng", "thu nhập tăng thêm của viên chức",
      I(Y24), approx="about", status="estimate"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "thời gian chờ khám giảm", I(M9), value_max=40),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ hài lòng của người bệnh nội trú", I(M9)),
    F("đạt 94,3%", "94,3", 94.3, "percent", "%", "tỷ lệ hài lòng của người bệnh ngoại trú", I(M9)),
    F("đạt 32,4 giường", "32,4", 32.4, "measure", "giường bệnh/vạn dân", "giường bệnh trên vạn dân"),
    F("và 10,8 bác sĩ", "10,8", 10.8, "measure", "bác sĩ/vạn dân", "bác sĩ trên vạn dân"),
    F("ước 1.318,6 tỷ", "1.318,6", 1318600000000, "money", "đồng",
      "chi phí khám, chữa bệnh BHYT toàn tỉnh", M9b, percent=78.2, status="estimate"),
    F("khoảng 640 tỷ", "640", 640000000000, "money", "đồng", TT, Y24f, approx="about", status="forecast"),
    F("quy mô 120 giường", "120", 120, "count", "giường bệnh", "quy mô Trung tâm Tim mạch", Q4,
      status="forecast"),
    F("có 3 chuyên khoa", "3", 3, "count", "chuyên khoa",
      "chuyên khoa đạt trình độ ngang tuyến trung ương", T25, status="target"),
]

COMMENTS = [
    "Báo Bắc Giang điện tử (provincial paper, tag '(BGĐT)'), byline with time and date 'THU HƯƠNG 10:15, 15/10/2024': provincial general",
    "hospital's 9-month 2024 results under recurrent-spending autonomy: visits, revenue (estimate), Q3, funds, extra income, waiting time,",
    "satisfaction; provincial bed/doctor rates; BHYT costs vs budget; year forecast, Q4 forecast, 2025 target. Location Bắc Giang.",
    "The headline '9 tháng ước đạt 486,7 tỷ' repeats the body figure: both annotated; headline period '9 tháng' takes 2024 from the lead.",
    "'hơn 312 nghìn' = 312000 (over). 'đạt 76,4% kế hoạch năm' percent. 'giảm từ 30 đến 40% so với năm 2023' is a rate that is the claim:",
    "percent figure with value_max, no change. 'giường bệnh/vạn dân', 'bác sĩ/vạn dân': rates ('hiện', no period). 'ước 1.318,6 tỷ đồng,",
    "bằng 78,2% dự toán' estimate with percent. 'Dự kiến' (two sentences) forecast; 'phấn đấu' target. 'năm đầu tiên' ordinal, not a figure.",
    "Distractors: 'Quyết định số 1562/QĐ-UBND', 'số 24 đường Nguyễn Văn Cừ', phone 0204.3854.247, '10:15'.",
]

emit("p488-8", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Bắc Giang")
