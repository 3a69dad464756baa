"""p1235-8: provincial newspaper online (Báo Sơn La, tag '(SLO) -'): Thái and Mông programmes, quý III / 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Báo Sơn La điện tử > Xã hội > Văn hóa
07/10/2024 10:25

Gần 96% hộ đồng bào dân tộc được nghe, xem chương trình bằng tiếng mẹ đẻ

(SLO) - Quý III, Đài Phát thanh và Truyền hình tỉnh đã phát sóng 285 chương trình tiếng Thái, tiếng Mông, nâng tổng số chương trình tiếng dân tộc 9 tháng lên 842 chương trình, bằng 74,5% kế hoạch năm.

Hiện nay, chương trình tiếng Thái được phát 2 lần/ngày với thời lượng 45 phút mỗi lần; chương trình tiếng Mông phát 1 lần/ngày, thời lượng 30 phút.

Theo kết quả điều tra xã hội học của Sở Thông tin và Truyền thông, tỷ lệ hộ đồng bào dân tộc được nghe, xem chương trình bằng tiếng mẹ đẻ đạt 95,8%, cao hơn 3,6 điểm phần trăm so với năm 2022. Các huyện Thuận Châu, Mai Sơn, Sông Mã có tỷ lệ cao nhất, lần lượt là 98,1%, 97,6% và 97,2%; thấp nhất là huyện Sốp Cộp với 89,4%.

Tại bản Nà Ngùa, xã Chiềng Pấc, huyện Thuận Châu, anh Lò Văn Tiến nghe chương trình tiếng Thái hướng dẫn trồng cà phê rồi mạnh dạn chuyển 1,5 ha đất nương sang trồng cà phê chè. Vụ vừa qua, gia đình anh thu khoảng 12 tấn quả tươi, bán được hơn 150 triệu đồng.

Quý IV, Đài dự kiến phát sóng thêm 290 chương trình; đồng thời phối hợp tổ chức Liên hoan phát thanh viên tiếng dân tộc lần thứ 3 với khoảng 60 thí sinh đến từ 12 huyện, thành phố. Tổng kinh phí sản xuất chương trình tiếng dân tộc năm 2024 là 3,85 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 2,1 tỷ đồng.
"""

Q3 = P("Quý III", "2024-07-01", "2024-09-30")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ hộ đồng bào dân tộc được nghe, xem chương trình bằng tiếng mẹ đẻ"
TC = "Thuận Châu"

FIGS = [
    F("Gần 96%", "96", 96, "percent", "%", approx="nearly", subject=RATE),
    F("phát sóng 285 chương trình", "285", 285, "count", "chương trình",
      subject="chương trình tiếng Thái, tiếng Mông phát sóng", period=Q3),
    F("lên 842 chương trình", "842", 842, "count", "chương trình", percent=74.5,
      subject="tổng số chương trình tiếng dân tộc", period=N9),
    F("phát 2 lần/ngày", "2", 2, "measure", "lần/ngày", subject="số lần phát chương trình tiếng Thái"),
    F("thời lượng 45 phút", "45", 45, "measure", "phút/lần", subject="thời lượng chương trình tiếng Thái mỗi lần"),
    F("phát 1 lần/ngày", "1", 1, "measure", "lần/ngày", subject="số lần phát chương trình tiếng Mông"),
    F("thời lượng 30 phút", "30", 30, "measure", "phút", subject="thời lượng chương trình tiếng Mông"),
    F("đạt 95,8%", "95,8", 95.8, "percent", "%",
      change=C("increase", 3.6, "điểm phần trăm", "năm 2022"), subject=RATE),
    F("là 98,1%", "98,1", 98.1, "percent", "%", subject=RATE, location=TC),
    F("98,1%, 97,6%", "97,6", 97.6, "percent", "%", subject=RATE, location="Mai Sơn"),
    F("và 97,2%", "97,2", 97.2, "percent", "%", subject=RATE, location="Sông Mã"),
    F("với 89,4%", "89,4", 89.4, "percent", "%", subject=RATE, location="Sốp Cộp"),
    F("chuyển 1,5 ha", "1,5", 1.5, "measure", "ha",
      subject="đất nương chuyển sang trồng cà phê chè", location=TC),
    F("khoảng 12 tấn", "12", 12, "measure", "tấn", approx="about",
      subject="cà phê quả tươi thu hoạch", location=TC),
    F("hơn 150 triệu", "150", 150000000, "money", "đồng", approx="over",
      subject="tiền bán cà phê quả tươi", location=TC),
    F("thêm 290 chương trình", "290", 290, "count", "chương trình", status="forecast",
      subject="chương trình phát sóng thêm", period=Q4),
    F("khoảng 60 thí sinh", "60", 60, "count", "thí sinh", approx="about", status="forecast",
      subject="thí sinh Liên hoan phát thanh viên tiếng dân tộc", period=Q4),
    F("từ 12 huyện", "12", 12, "count", "huyện, thành phố", optional=True,
      subject="huyện, thành phố có thí sinh"),
    F("là 3,85 tỷ", "3,85", 3850000000, "money", "đồng",
      subject="tổng kinh phí sản xuất chương trình tiếng dân tộc", period=Y24),
    F("hỗ trợ 2,1 tỷ", "2,1", 2100000000, "money", "đồng", total=3850000000,
      subject="ngân sách Trung ương hỗ trợ", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Sơn La), date line '07/10/2024 10:25' (published), tag '(SLO) -' → location Sơn La.",
    "Distractors: time 10:25, '(SLO)', 'lần thứ 3', commune/village names, person's name.",
    "'Quý III', '9 tháng', 'Quý IV' are year-less: year of the dateline 2024. 'bằng 74,5% kế hoạch năm' → percent of 842.",
    "Headline 'Gần 96%' (nearly) rounds 95,8%: a figure of its own, no period. 'cao hơn 3,6 điểm phần trăm so với năm 2022' → change of 95,8%.",
    "District list 'lần lượt là 98,1%, 97,6% và 97,2%' + 'Sốp Cộp với 89,4%' → location per item, subject = list indicator.",
    "Farm passage (bản Nà Ngùa, xã Chiềng Pấc, huyện Thuận Châu) → location Thuận Châu; 'Vụ vừa qua' gives no dated period.",
    "'Quý IV, Đài dự kiến ...; đồng thời ... khoảng 60 thí sinh' → forecast (clause continues). '12 huyện, thành phố' optional (a structural count).",
    "'3,85 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 2,1 tỷ' → total 3,85 tỷ.",
]

if __name__ == "__main__":
    write("p1235-8", TEXT, NOTES, FIGS, published="2024-10-07", location="Sơn La")
