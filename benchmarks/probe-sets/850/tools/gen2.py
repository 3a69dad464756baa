from lib import F, P, I, C, T, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH CHÁNH
Tin tức - Sự kiện » Y tế - Giáo dục
Thứ Hai, 14/10/2024 - 10:20

Trạm cấp cứu vệ tinh 115 Bình Chánh rút ngắn thời gian tiếp cận người bệnh

Sau gần 2 năm đi vào hoạt động, trạm cấp cứu vệ tinh đặt tại Trung tâm Y tế huyện Bình Chánh (số 1 đường số 2, khu dân cư Trung Sơn, xã Bình Hưng) đã trở thành điểm tựa của người dân khu vực cửa ngõ phía Tây Nam thành phố.

Từ đầu năm đến nay, trạm đã tiếp nhận 1.846 yêu cầu cấp cứu do tổng đài 115 của Trung tâm Cấp cứu 115 TP. Hồ Chí Minh điều phối, thực hiện 1.712 chuyến xe, tăng 318 chuyến so với cùng kỳ năm 2023. Các ca tai nạn giao thông chiếm gần 35%, chủ yếu xảy ra trên Quốc lộ 1A, Quốc lộ 50 và đường Nguyễn Văn Linh. Trung bình mỗi ngày trạm thực hiện 6 chuyến, ngày cao điểm có tới 15 chuyến.

Nhờ trạm đặt ngay trên địa bàn, thời gian xe tiếp cận hiện trường hiện chỉ còn khoảng 10 phút, trong khi trước đây xe từ trung tâm thành phố phải mất 25-30 phút mới tới nơi.

Trạm hiện bố trí 15 nhân sự, gồm 5 bác sĩ, 5 điều dưỡng và 5 lái xe, chia thành ba kíp trực; được trang bị 2 xe cứu thương cùng máy sốc điện, máy thở và monitor theo dõi. Nhân viên của trạm được huyện hỗ trợ thêm 1,2 triệu đồng/người/tháng. Tổng kinh phí đầu tư cho trạm khoảng 4,2 tỷ đồng, trong đó ngân sách huyện 1,5 tỷ đồng.

Theo Trung tâm Cấp cứu 115 TP. Hồ Chí Minh, toàn thành phố hiện có 40 trạm cấp cứu vệ tinh. Theo kế hoạch, năm 2025 huyện Bình Chánh sẽ có thêm 1 trạm tại xã Vĩnh Lộc A, phấn đấu đưa thời gian tiếp cận hiện trường xuống dưới 8 phút.

Người dân cần cấp cứu gọi số 115, cung cấp rõ địa chỉ, số điện thoại liên lạc và tình trạng người bệnh.

Ngọc Hân (Trung tâm Y tế huyện)
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tiếp nhận 1.846 yêu cầu", "1.846", 1846, "count", "yêu cầu cấp cứu",
      "yêu cầu cấp cứu trạm tiếp nhận", YTD),
    F("thực hiện 1.712 chuyến xe", "1.712", 1712, "count", "chuyến xe",
      "chuyến xe cấp cứu trạm thực hiện", YTD,
      change=C("increase", 318, "chuyến", "cùng kỳ năm 2023")),
    F("chiếm gần 35%", "35", 35, "percent", "%", "ca tai nạn giao thông", I(YTD), approx="nearly"),
    F("trạm thực hiện 6 chuyến", "6", 6, "measure", "chuyến/ngày",
      "chuyến xe trung bình mỗi ngày", I(YTD)),
    F("có tới 15 chuyến", "15", 15, "count", "chuyến", "chuyến xe ngày cao điểm", I(YTD)),
    F("khoảng 10 phút", "10", 10, "measure", "phút",
      "thời gian xe tiếp cận hiện trường", approx="about"),
    F("mất 25-30 phút", "25", 25, "measure", "phút",
      "thời gian xe từ trung tâm thành phố tới hiện trường trước đây", value_max=30),
    F("bố trí 15 nhân sự", "15", 15, "count", "nhân sự", "nhân sự của trạm"),
    F("gồm 5 bác sĩ", "5", 5, "count", "bác sĩ", "bác sĩ của trạm", total=15),
    F("5 điều dưỡng", "5", 5, "count", "điều dưỡng", "điều dưỡng của trạm", total=15),
    F("5 lái xe", "5", 5, "count", "lái xe", "lái xe của trạm", total=15),
    F("chia thành ba kíp trực", "ba", 3, "count", "kíp trực", "kíp trực của trạm"),
    F("trang bị 2 xe cứu thương", "2", 2, "count", "xe cứu thương", "xe cứu thương của trạm"),
    F("thêm 1,2 triệu đồng/người/tháng", "1,2", 1.2e6, "money", "đồng/người/tháng",
      "mức hỗ trợ thêm cho nhân viên của trạm"),
    F("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng",
      "tổng kinh phí đầu tư cho trạm", approx="about"),
    F("ngân sách huyện 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng",
      "kinh phí đầu tư cho trạm từ ngân sách huyện", total=4.2e9),
    F("có 40 trạm", "40", 40, "count", "trạm cấp cứu vệ tinh", "trạm cấp cứu vệ tinh",
      location="TP. Hồ Chí Minh"),
    F("thêm 1 trạm", "1", 1, "count", "trạm", "trạm cấp cứu vệ tinh mới", Y25, status="target"),
    F("dưới 8 phút", "8", 8, "measure", "phút", "thời gian tiếp cận hiện trường", Y25,
      approx="under", status="target"),
]

NOTES = [
    "District portal (huyện Bình Chánh, TP. Hồ Chí Minh): satellite 115 station, 2024 to date.",
    "Distractors: 'Sau gần 2 năm' (duration locating the story), 'số 1 đường số 2', Quốc lộ 1A/50, 'số 115',",
    "'Thứ Hai', 10:20, 'năm 2023' inside the baseline.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14. The next sentences of the paragraph inherit it.",
    "The '35%' share has no base amount of its own: a percent figure. 'mỗi ngày ... 6 chuyến' is a rate (chuyến/ngày).",
    "'hiện chỉ còn khoảng 10 phút' and 'trước đây 25-30 phút' carry no period. 40 trạm is the city's (TP. Hồ Chí Minh).",
]

write("p850-2", TEXT, FIGS, NOTES, published="2024-10-14", location="Bình Chánh")
