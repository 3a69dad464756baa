"""p649-4: ministry site (Bộ Công Thương, Cục Phòng vệ thương mại) - US anti-dumping review on Vietnamese honey, exports to US/EU."""
from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG THƯƠNG - CỤC PHÒNG VỆ THƯƠNG MẠI
Tin tức > Phòng vệ thương mại > Cảnh báo sớm
Hoa Kỳ ban hành kết luận sơ bộ rà soát thuế chống bán phá giá mật ong Việt Nam
Cập nhật lúc 14:20 ngày 05/11/2024

Ngày 01/11/2024, Bộ Thương mại Hoa Kỳ (DOC) ban hành kết luận sơ bộ đợt rà soát hành chính lần thứ nhất đối với sản phẩm mật ong nhập khẩu từ Việt Nam (mã vụ việc A-552-833), giai đoạn rà soát từ ngày 11/6/2022 đến ngày 31/5/2023.

Theo kết luận sơ bộ, DOC xác định biên độ phá giá của 2 công ty bị đơn bắt buộc lần lượt là 3,47% và 8,26%; các công ty còn lại được hưởng mức thuế riêng rẽ 5,87%. Trước đó, tại kết luận cuối cùng của cuộc điều tra ban đầu năm 2022, mức thuế áp dụng với mật ong Việt Nam từ 58,74% đến 61,27%.

Theo số liệu của Tổng cục Hải quan, năm 2023 Việt Nam xuất khẩu 48.650 tấn mật ong, trị giá 121,4 triệu USD, giảm 23,5% so với năm 2022; trong đó thị trường Hoa Kỳ chiếm 86,2% về lượng. Xuất khẩu sang EU đạt 3.210 tấn, tăng gấp 2,3 lần so với năm 2022. 9 tháng năm 2024, kim ngạch xuất khẩu mật ong ước đạt 98,7 triệu USD, tăng 7,9% so với cùng kỳ. Giá xuất khẩu bình quân sang Hoa Kỳ chỉ khoảng 2.450 USD/tấn, thấp hơn 18% so với giá mật ong nhập khẩu từ Argentina.

Hiện cả nước có khoảng 35 doanh nghiệp xuất khẩu mật ong, trong đó 12 doanh nghiệp xuất khẩu thường xuyên sang Hoa Kỳ. Cục Phòng vệ thương mại khuyến nghị các doanh nghiệp hợp tác đầy đủ với DOC; thời hạn nộp bình luận là 30 ngày kể từ ngày công bố kết luận sơ bộ. DOC dự kiến ban hành kết luận cuối cùng vào tháng 3/2025.

Mọi thông tin chi tiết xin liên hệ: Phòng Điều tra bán phá giá, số 25 Ngô Quyền, Hoàn Kiếm, Hà Nội; điện thoại: 024.2220.5002.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
POR = P("giai đoạn rà soát từ ngày 11/6/2022 đến ngày 31/5/2023", "2022-06-11", "2023-05-31", inh=True)

FIGS = [
    F("của 2 công ty", "2", 2, "count", "công ty", "công ty bị đơn bắt buộc"),
    F("là 3,47%", "3,47", 3.47, "percent", "%", "biên độ phá giá sơ bộ công ty bị đơn bắt buộc", POR),
    F("và 8,26%", "8,26", 8.26, "percent", "%", "biên độ phá giá sơ bộ công ty bị đơn bắt buộc", POR),
    F("riêng rẽ 5,87%", "5,87", 5.87, "percent", "%", "mức thuế riêng rẽ các công ty còn lại", POR),
    F("từ 58,74% đến 61,27%", "58,74", 58.74, "percent", "%",
      "mức thuế chống bán phá giá áp dụng với mật ong Việt Nam tại kết luận cuối cùng điều tra ban đầu",
      P("năm 2022", "2022-01-01", "2022-12-31"), value_max=61.27),
    F("khẩu 48.650 tấn", "48.650", 48650, "measure", "tấn", "mật ong xuất khẩu", Y23),
    F("trị giá 121,4 triệu USD", "121,4", 121.4e6, "money", "USD", "trị giá xuất khẩu mật ong", Y23,
      change=CH("decrease", 23.5, baseline="năm 2022")),
    F("chiếm 86,2%", "86,2", 86.2, "percent", "%", "tỷ trọng thị trường Hoa Kỳ trong lượng mật ong xuất khẩu", Y23),
    F("đạt 3.210 tấn", "3.210", 3210, "measure", "tấn", "xuất khẩu mật ong sang EU", I(Y23),
      change=CH("increase", 2.3, "lần", baseline="năm 2022")),
    F("ước đạt 98,7 triệu USD", "98,7", 98.7e6, "money", "USD", "kim ngạch xuất khẩu mật ong",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), change=CH("increase", 7.9, baseline="cùng kỳ"),
      status="estimate"),
    F("khoảng 2.450 USD/tấn", "2.450", 2450, "money", "USD/tấn", "giá xuất khẩu mật ong bình quân sang Hoa Kỳ",
      approx="about", change=CH("decrease", 18, baseline="giá mật ong nhập khẩu từ Argentina")),
    F("khoảng 35 doanh nghiệp", "35", 35, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu mật ong", approx="about"),
    F("đó 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu mật ong thường xuyên sang Hoa Kỳ",
      total=35),
    F("là 30 ngày", "30", 30, "measure", "ngày", "thời hạn nộp bình luận", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương / Cục Phòng vệ thương mại): US DOC preliminary administrative review on honey, honey exports 2023 and 9M/2024.",
    "All figures national (Việt Nam); Hoa Kỳ, EU, Argentina are trade partners, not places of a figure.",
    "Not figures: mã vụ việc A-552-833, 'lần thứ nhất', review-period dates, 'tháng 3/2025', số 25 Ngô Quyền, phone.",
    "'2 công ty bị đơn bắt buộc' is a count (required). The review period is in another sentence: inherited, unscored.",
    "'trị giá 121,4 triệu USD, giảm 23,5%' - the change follows the money, so it is the money's; 'trong đó … chiếm 86,2% về lượng' is a share of a part",
    "with no base amount: its own percent figure. 'tăng gấp 2,3 lần so với năm 2022' is the change of 3.210 tấn (unit lần).",
    "'thời hạn nộp bình luận là 30 ngày' is a procedural duration: optional.",
]

if __name__ == "__main__":
    emit("p649-4", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Việt Nam")
