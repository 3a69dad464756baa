"""p889-6: national newspaper (VnExpress style) — Hà Nội: hộ kinh doanh dạy thêm đăng ký sau Thông tư 29; TP HCM."""
from lib import F, P, CH, build

TEXT = """Giáo dục > Tin tức

Thứ hai, 10/3/2025, 07:30 (GMT+7)

Hà Nội: Hơn 1.100 hộ kinh doanh dạy thêm đăng ký sau ba tuần

Giáo viên, trung tâm ở Hà Nội đổ xô đăng ký kinh doanh dạy thêm sau khi quy định mới có hiệu lực.

Theo Sở Kế hoạch và Đầu tư Hà Nội, từ ngày 14/2 đến 7/3, thành phố cấp mới đăng ký cho 1.148 hộ kinh doanh và 96 doanh nghiệp hoạt động dạy thêm, học thêm. Tổng số đăng ký mới gấp 3,5 lần cùng kỳ năm 2024. Các quận Cầu Giấy, Đống Đa, Thanh Xuân có số hộ đăng ký nhiều nhất, lần lượt 142, 128 và 117 hộ.

Cô Nguyễn Thu Hà, giáo viên Toán một trường THCS ở quận Cầu Giấy, vừa thuê phòng 45 m2 gần nhà với giá 9 triệu đồng/tháng để mở lớp. Cô dạy 4 lớp, sĩ số 12-15 học sinh/lớp, học phí 200.000 đồng/buổi 90 phút.

Khảo sát nhanh của báo với 1.200 phụ huynh tại Hà Nội cho thấy 43% dự định giảm số buổi học thêm của con, 31% giữ nguyên; chi phí học thêm của một học sinh lớp 9 phổ biến từ 2 đến 3,5 triệu đồng mỗi tháng.

Tại TP HCM, Sở Giáo dục và Đào tạo cho biết đến ngày 7/3 có 312 cơ sở nộp hồ sơ đăng ký, khoảng 70% trong số đó tập trung ở TP Thủ Đức, quận 10 và quận Bình Thạnh. Dự kiến trong tháng 3, số hồ sơ sẽ vượt 500.

Theo PGS.TS Trần Thành Nam, Đại học Giáo dục, việc đưa dạy thêm ra ngoài nhà trường giúp minh bạch hơn nhưng cần có cơ chế hậu kiểm, tránh tình trạng "đăng ký một đằng, dạy một nẻo".

Thanh Hằng
"""

WIN = P("từ ngày 14/2 đến 7/3", "2025-02-14", "2025-03-07")
WIN_I = P("từ ngày 14/2 đến 7/3", "2025-02-14", "2025-03-07", inherited=True)
HCM = P("đến ngày 7/3", end="2025-03-07")
MAR = P("trong tháng 3", "2025-03-01", "2025-03-31")
SUBJ = "hộ kinh doanh dạy thêm đăng ký mới"

FIGS = [
    F("Hơn 1.100 hộ", "1.100", "count", "hộ kinh doanh", SUBJ, approx="over", period=WIN_I),
    F("cho 1.148 hộ", "1.148", "count", "hộ kinh doanh", "hộ kinh doanh dạy thêm, học thêm được cấp mới đăng ký",
      period=WIN),
    F("và 96 doanh nghiệp", "96", "count", "doanh nghiệp", "doanh nghiệp dạy thêm, học thêm được cấp mới đăng ký",
      period=WIN),
    F("gấp 3,5 lần", "3,5", "multiple", "lần", "tổng số đăng ký mới so với cùng kỳ năm 2024", period=WIN_I),
    F("lần lượt 142", "142", "count", "hộ", SUBJ, period=WIN_I, location="Cầu Giấy"),
    F("128 và", "128", "count", "hộ", SUBJ, period=WIN_I, location="Đống Đa"),
    F("117 hộ", "117", "count", "hộ", SUBJ, period=WIN_I, location="Thanh Xuân"),
    F("phòng 45 m2", "45", "measure", "m2", "diện tích phòng thuê để mở lớp", location="Cầu Giấy", optional=True),
    F("giá 9 triệu đồng/tháng", "9", "money", "đồng/tháng", "giá thuê phòng mở lớp dạy thêm", location="Cầu Giấy"),
    F("dạy 4 lớp", "4", "count", "lớp", "lớp dạy thêm của cô giáo", location="Cầu Giấy"),
    F("sĩ số 12-15 học sinh/lớp", "12", "measure", "học sinh/lớp", "sĩ số lớp dạy thêm", value_max=15,
      location="Cầu Giấy"),
    F("học phí 200.000 đồng/buổi", "200.000", "money", "đồng/buổi", "học phí dạy thêm", location="Cầu Giấy"),
    F("buổi 90 phút", "90", "measure", "phút", "thời lượng một buổi học", location="Cầu Giấy", optional=True),
    F("với 1.200 phụ huynh", "1.200", "count", "phụ huynh", "phụ huynh được khảo sát"),
    F("43% dự định", "43", "percent", "%", "phụ huynh dự định giảm số buổi học thêm của con"),
    F("31% giữ nguyên", "31", "percent", "%", "phụ huynh giữ nguyên số buổi học thêm"),
    F("từ 2 đến 3,5 triệu đồng", "2", "money", "đồng/tháng", "chi phí học thêm của một học sinh lớp 9",
      value=2000000, value_max=3500000),
    F("có 312 cơ sở", "312", "count", "cơ sở", "cơ sở nộp hồ sơ đăng ký dạy thêm", period=HCM, location="Hồ Chí Minh"),
    F("khoảng 70%", "70", "percent", "%", "cơ sở nộp hồ sơ tập trung ở TP Thủ Đức, quận 10 và quận Bình Thạnh",
      approx="about", period=HCM, location="Hồ Chí Minh"),
    F("vượt 500", "500", "count", "hồ sơ", "hồ sơ đăng ký dạy thêm", approx="over", status="forecast", period=MAR,
      location="Hồ Chí Minh"),
]

NOTES = [
    "National newspaper (VnExpress style): Hà Nội registrations of dạy thêm businesses after Thông tư 29 took effect; TP HCM applications.",
    "Dateline 'Thứ hai, 10/3/2025, 07:30 (GMT+7)'. 'sau ba tuần' (headline) only locates the figure in time; 'lớp 9', 'quận 10',",
    "'Toán', 'PGS.TS' and the byline are not figures. 'Tổng số đăng ký mới gấp 3,5 lần cùng kỳ năm 2024' stands alone: a multiple.",
    "The teacher's figures take her district Cầu Giấy; the room size and the 90-minute session are descriptive details: optional.",
    "'khoảng 70% trong số đó' is a percent, so it has no whole in cơ sở (no total). 'vượt 500' (số hồ sơ sẽ vượt 500) is a forecast, approx over.",
    "The survey of 1.200 Hà Nội parents has no period phrase. 'TP HCM' is recorded as Hồ Chí Minh.",
]

if __name__ == "__main__":
    build("p889-6", TEXT, FIGS, published="2025-03-10", location="Hà Nội", notes=NOTES)
