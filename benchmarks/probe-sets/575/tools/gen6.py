"""p575-6: national press, Lào Cai smart loudspeakers in highland villages."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự
Thứ năm, 12/9/2024, 14:30 (GMT+7)

Lào Cai lắp hơn 1.500 cụm loa thông minh tới thôn bản vùng cao

Sau 3 năm triển khai, 1.512 cụm loa truyền thanh ứng dụng công nghệ thông tin đã được lắp tại 1.085 thôn, bản của tỉnh Lào Cai, giúp tin tức đến với đồng bào bằng cả tiếng Mông, Dao và Giáy.

Trong 8 tháng đầu năm, hệ thống truyền thanh cơ sở của tỉnh phát hơn 24.600 tin, bài, trong đó khoảng 30% bằng tiếng dân tộc thiểu số. Tại huyện Bắc Hà, nơi 85% dân số là người dân tộc thiểu số, 100% thôn đã có loa.

Ông Trần Quang Huy, Phó giám đốc Sở Thông tin và Truyền thông Lào Cai, cho biết mỗi cụm loa có giá từ 45 đến 60 triệu đồng, được điều khiển qua mạng 4G; cán bộ xã có thể phát bản tin ngay trên điện thoại. Mỗi ngày loa phát 2 buổi sáng, chiều, mỗi buổi khoảng 30 phút. Tỷ lệ thôn, bản có loa hoạt động thường xuyên đã tăng từ 61% năm 2021 lên 93% hiện nay.

"Trước đây muốn nghe tin phải xuống chợ phiên, giờ sáng nào loa cũng phát", chị Giàng Thị Mai, 34 tuổi, ở thôn Sín Chải, xã Tả Van Chư, nói.

Theo kế hoạch, đến năm 2025 Lào Cai sẽ thay thế 46 đài truyền thanh FM còn lại bằng đài ứng dụng công nghệ thông tin, tổng vốn khoảng 19 tỷ đồng. Tỉnh cũng dự kiến cấp 2.000 máy thu thanh cho hộ nghèo ở các xã dọc Quốc lộ 4E.

Thanh Hương
"""

Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
M8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 1.500 cụm loa", "1.500", 1500, "count", "cụm loa", "cụm loa thông minh lắp tới thôn bản vùng cao",
      approx="over"),
    F("triển khai, 1.512", "1.512", 1512, "count", "cụm loa",
      "cụm loa truyền thanh ứng dụng công nghệ thông tin đã được lắp"),
    F("tại 1.085 thôn", "1.085", 1085, "count", "thôn, bản", "thôn, bản được lắp cụm loa"),
    F("từ 45 đến 60 triệu đồng", "45", 45e6, "money", "đồng", "giá mỗi cụm loa", value_max=60e6),
    F("loa phát 2 buổi", "2", 2, "count", "buổi", "số buổi loa phát mỗi ngày"),
    F("khoảng 30 phút", "30", 30, "measure", "phút", "thời lượng mỗi buổi phát", approx="about"),
    F("từ 61% năm 2021", "61", 61, "percent", "%", "tỷ lệ thôn, bản có loa hoạt động thường xuyên", Y21),
    F("lên 93%", "93", 93, "percent", "%", "tỷ lệ thôn, bản có loa hoạt động thường xuyên"),
    F("hơn 24.600 tin", "24.600", 24600, "count", "tin, bài", "tin, bài hệ thống truyền thanh cơ sở phát", M8,
      approx="over"),
    F("khoảng 30%", "30", 30, "percent", "%", "tin, bài bằng tiếng dân tộc thiểu số", M8, approx="about"),
    F("nơi 85% dân số", "85", 85, "percent", "%", "dân số là người dân tộc thiểu số", location="Bắc Hà"),
    F("100% thôn", "100", 100, "percent", "%", "thôn đã có loa", location="Bắc Hà"),
    F("34 tuổi", "34", 34, "measure", "tuổi", "tuổi chị Giàng Thị Mai", optional=True),
    F("thay thế 46 đài", "46", 46, "count", "đài", "đài truyền thanh FM còn lại thay thế", T25, status="target"),
    F("khoảng 19 tỷ đồng", "19", 19e9, "money", "đồng", "tổng vốn thay thế đài truyền thanh FM", T25,
      approx="about", status="target"),
    F("cấp 2.000 máy", "2.000", 2000, "count", "máy thu thanh", "máy thu thanh cấp cho hộ nghèo",
      status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ năm, 12/9/2024, 14:30 (GMT+7)' dateline, byline at the end. Lào Cai smart loudspeakers.",
    "Not figures: (GMT+7), 'Sau 3 năm triển khai' (duration locating the figure), '4G', 'Quốc lộ 4E'. The interviewee's age is optional.",
    "'tăng từ 61% năm 2021 lên 93% hiện nay' gives two percent figures (the 61% with its year); no change is stated as a number.",
    "'trong đó khoảng 30% bằng tiếng dân tộc thiểu số' is a percent figure of its own (a part given as a share, no chiếm/đạt).",
    "Bắc Hà figures carry the district as location. '8 tháng đầu năm' takes 2024 from the dateline.",
    "'Theo kế hoạch, đến năm 2025 ... sẽ thay thế' is a target (its money too); 'dự kiến cấp 2.000 máy' a forecast.",
]

if __name__ == "__main__":
    emit("p575-6", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Lào Cai")
