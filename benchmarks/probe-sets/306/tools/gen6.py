from lib import Doc, P, C, T

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động | 18/09/2024 10:42

Cục Thú y cảnh báo nguy cơ dịch tả lợn châu Phi lây lan diện rộng

Theo Cục Thú y, tính đến ngày 15/9/2024, cả nước đã xảy ra 1.096 ổ dịch tả lợn châu Phi, tăng 1,9 lần so với cùng kỳ năm 2023; dịch xuất hiện tại 40 tỉnh, thành phố, buộc phải tiêu hủy hơn 77.000 con lợn. Các địa phương có số lợn tiêu hủy lớn là Hải Dương (gần 9.800 con), Bình Định (7.120 con), Hà Tĩnh (6.450 con) và Lạng Sơn (5.310 con). Hiện cả nước còn 312 ổ dịch chưa qua 21 ngày tại 27 tỉnh.

Đối với bệnh cúm gia cầm, từ đầu năm đến nay cả nước có 18 ổ dịch cúm A/H5N1 và A/H5N6 tại 11 tỉnh, tiêu hủy trên 46.000 con gia cầm. Bệnh dại trên chó, mèo làm 53 người tử vong tại 24 tỉnh, thành phố, chiếm khoảng 60% số ca tử vong do bệnh truyền nhiễm.

Về vắc xin, 2 loại vắc xin phòng dịch tả lợn châu Phi sản xuất trong nước là NAVET-ASFVAC và AVAC ASF LIVE đã được cấp phép lưu hành. Từ năm 2022 đến nay, khoảng 1,1 triệu liều đã được sử dụng tại 38 tỉnh, thành phố, chưa ghi nhận phản ứng bất thường. Cục Thú y cũng đã xuất cấp 450.000 lít hóa chất sát trùng từ nguồn dự trữ quốc gia cho 15 tỉnh bị thiệt hại nặng sau bão số 3.

Theo Thông tư số 07/2016/TT-BNNPTNT, Bộ NN&PTNT yêu cầu các địa phương phấn đấu tỷ lệ tiêm phòng đàn lợn đạt tối thiểu 80% tổng đàn trong diện tiêm; bố trí kinh phí dự phòng không dưới 1% tổng chi ngân sách địa phương cho phòng, chống dịch bệnh động vật.

Thông tin chi tiết liên hệ Phòng Dịch tễ thú y, Cục Thú y, số 15 ngõ 78 đường Giải Phóng, Hà Nội; điện thoại 024.3869.5527.
"""

d = Doc("p306-6", TEXT, [
    "Ministry site (Bộ NN&PTNT, 'Tin hoạt động | 18/09/2024 10:42'): national DTLCP, avian influenza, rabies, vaccines and disinfectant, 2024.",
    "Distractors: 'A/H5N1', 'A/H5N6' (names), 'NAVET-ASFVAC', 'bão số 3' (name of a storm), 'Thông tư số 07/2016/TT-BNNPTNT', address 'số 15 ngõ 78 đường Giải Phóng', phone.",
    "National figures: location Việt Nam; province list items take the province. 'tính đến ngày 15/9/2024' (as-of) covers the whole first sentence;",
    "the province list and the active outbreaks inherit it. 'tăng 1,9 lần so với cùng kỳ năm 2023' is the change of 1.096 ổ dịch.",
    "'2 loại vắc xin … là …' is a list head (optional). 'chiếm khoảng 60% số ca tử vong …' is the percent of 53 người.",
    "'phấn đấu … tối thiểu 80%' and 'không dưới 1% tổng chi ngân sách' are targets (at_least); the second continues the requirement clause.",
    "'từ đầu năm đến nay', 'Từ năm 2022 đến nay' end at the dateline 2024-09-18.",
], published="2024-09-18", location="Việt Nam")

AS = P("tính đến ngày 15/9/2024", None, "2024-09-15")
ASi = dict(AS, inherited=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-09-18")
YTDi = dict(YTD, inherited=True)

d.f("1.096 ổ dịch", "1.096", 1096, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", change=C("increase", 1.9, "lần", "cùng kỳ năm 2023"), period=AS)
d.f("tại 40 tỉnh", "40", 40, "count", "tỉnh, thành phố", "tỉnh, thành phố xuất hiện dịch", period=AS)
d.f("hơn 77.000 con", "77.000", 77000, "count", "con", "lợn buộc phải tiêu hủy", approx="over", period=AS)
d.f("(gần 9.800 con)", "9.800", 9800, "count", "con", "số lợn tiêu hủy", approx="nearly", period=ASi, location="Hải Dương")
d.f("(7.120 con)", "7.120", 7120, "count", "con", "số lợn tiêu hủy", period=ASi, location="Bình Định")
d.f("(6.450 con)", "6.450", 6450, "count", "con", "số lợn tiêu hủy", period=ASi, location="Hà Tĩnh")
d.f("(5.310 con)", "5.310", 5310, "count", "con", "số lợn tiêu hủy", period=ASi, location="Lạng Sơn")
d.f("còn 312 ổ dịch", "312", 312, "count", "ổ dịch", "ổ dịch chưa qua 21 ngày")
d.f("chưa qua 21 ngày", "21", 21, "measure", "ngày", "thời gian ổ dịch chưa qua", optional=True)
d.f("tại 27 tỉnh", "27", 27, "count", "tỉnh", "tỉnh còn ổ dịch chưa qua 21 ngày")
d.f("có 18 ổ dịch", "18", 18, "count", "ổ dịch", "ổ dịch cúm A/H5N1 và A/H5N6", period=YTD)
d.f("tại 11 tỉnh", "11", 11, "count", "tỉnh", "tỉnh có dịch cúm gia cầm", period=YTD)
d.f("trên 46.000 con", "46.000", 46000, "count", "con", "gia cầm tiêu hủy", approx="over", period=YTD)
d.f("làm 53 người", "53", 53, "count", "người", "người tử vong do bệnh dại", percent=60, period=YTDi)
d.f("tại 24 tỉnh", "24", 24, "count", "tỉnh, thành phố", "tỉnh, thành phố có người tử vong do bệnh dại", period=YTDi)
d.f("2 loại vắc xin", "2", 2, "count", "loại vắc xin", "vắc xin phòng dịch tả lợn châu Phi sản xuất trong nước được cấp phép lưu hành", optional=True)
d.f("khoảng 1,1 triệu liều", "1,1", 1100000, "count", "liều", "vắc xin phòng dịch tả lợn châu Phi đã sử dụng", approx="about",
    period=P("Từ năm 2022 đến nay", "2022-01-01", "2024-09-18"))
d.f("tại 38 tỉnh", "38", 38, "count", "tỉnh, thành phố", "tỉnh, thành phố sử dụng vắc xin", period=P("Từ năm 2022 đến nay", "2022-01-01", "2024-09-18"))
d.f("450.000 lít", "450.000", 450000, "measure", "lít", "hóa chất sát trùng xuất cấp từ nguồn dự trữ quốc gia")
d.f("cho 15 tỉnh", "15", 15, "count", "tỉnh", "tỉnh bị thiệt hại nặng được xuất cấp hóa chất")
d.f("tối thiểu 80%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng đàn lợn", approx="at_least", status="target")
d.f("không dưới 1%", "1", 1, "percent", "%", "kinh phí dự phòng cho phòng, chống dịch bệnh động vật trong tổng chi ngân sách địa phương",
    approx="at_least", status="target")
d.write()
