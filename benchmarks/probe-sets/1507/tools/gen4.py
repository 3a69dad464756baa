"""p1507-4: ministry site (Bộ Công Thương, Cục Phòng vệ thương mại): US anti-dumping case on boltless steel shelving."""
from lib import F, P, inherit, C, T, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Phòng vệ thương mại

Hoa Kỳ điều tra chống bán phá giá kệ thép không bu lông nhập khẩu từ Việt Nam

21/10/2024 | 16:05 | Cục Phòng vệ thương mại

Ngày 17/10/2024, Bộ Thương mại Hoa Kỳ (DOC) đã khởi xướng điều tra chống bán phá giá đối với sản phẩm kệ thép không bu lông (boltless steel shelving) có xuất xứ từ Việt Nam và 4 nước, vùng lãnh thổ khác. Sản phẩm bị điều tra có mã HS 9403.20.0080, 9403.90.8041 và 7326.90.8688.

Theo hồ sơ yêu cầu, biên độ bán phá giá cáo buộc đối với Việt Nam từ 98,2% đến 224,7%. Năm 2023, kim ngạch xuất khẩu kệ thép không bu lông của Việt Nam sang Hoa Kỳ đạt khoảng 68 triệu USD, tăng 41% so với năm 2022, chiếm gần 17% lượng nhập khẩu của Hoa Kỳ, đứng thứ hai sau Thái Lan. Lượng xuất khẩu đạt 2,4 triệu bộ, giá bình quân khoảng 28 USD/bộ. 8 tháng đầu năm 2024, kim ngạch này đạt 52,3 triệu USD.

Cục Phòng vệ thương mại cho biết, hiện có khoảng 30 doanh nghiệp Việt Nam xuất khẩu sản phẩm này, tập trung tại Bình Dương, Đồng Nai và Long An. Trong đó, 5 doanh nghiệp lớn nhất chiếm trên 70% kim ngạch. Ngoài Hoa Kỳ, kệ thép của Việt Nam còn có mặt tại hơn 20 thị trường. Ngành sản xuất kệ, giá kim loại gia dụng sử dụng khoảng 25.000 lao động.

Theo quy định, DOC dự kiến ban hành kết luận sơ bộ vào tháng 3/2025 và kết luận cuối cùng trong khoảng 12-18 tháng kể từ ngày khởi xướng. Cục khuyến nghị doanh nghiệp hợp tác đầy đủ với cơ quan điều tra và đa dạng hóa thị trường; năm 2023, thị trường Hoa Kỳ chiếm tới 82% kim ngạch xuất khẩu kệ thép của Việt Nam.

Mọi thông tin chi tiết xin liên hệ: Phòng Điều tra bán phá giá, Cục Phòng vệ thương mại, 25 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.5002.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")

FIGS = [
    F("và 4 nước", "4", 4, "count", "nước, vùng lãnh thổ",
      subject="nước, vùng lãnh thổ khác có kệ thép không bu lông bị điều tra"),
    F("từ 98,2% đến 224,7%", "98,2", 98.2, "percent", "%", value_max=224.7,
      subject="biên độ bán phá giá cáo buộc đối với Việt Nam"),
    F("khoảng 68 triệu", "68", 68e6, "money", "USD", approx="about", percent=17,
      change=C("increase", 41, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu kệ thép không bu lông của Việt Nam sang Hoa Kỳ", period=Y23),
    F("đứng thứ hai", "hai", 2, "rank", "hạng",
      subject="kim ngạch xuất khẩu kệ thép không bu lông sang Hoa Kỳ", period=Y23),
    F("đạt 2,4 triệu bộ", "2,4", 2.4e6, "count", "bộ", subject="lượng kệ thép không bu lông xuất khẩu sang Hoa Kỳ",
      period=inherit(Y23)),
    F("khoảng 28 USD/bộ", "28", 28, "money", "USD/bộ", approx="about", subject="giá xuất khẩu bình quân",
      period=inherit(Y23)),
    F("đạt 52,3 triệu", "52,3", 52.3e6, "money", "USD",
      subject="kim ngạch xuất khẩu kệ thép không bu lông sang Hoa Kỳ", period=M8),
    F("khoảng 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp Việt Nam xuất khẩu kệ thép không bu lông"),
    F("5 doanh nghiệp lớn nhất", "5", 5, "count", "doanh nghiệp", total=30, optional=True,
      subject="doanh nghiệp lớn nhất"),
    F("trên 70%", "70", 70, "percent", "%", approx="over",
      subject="tỷ trọng kim ngạch của 5 doanh nghiệp lớn nhất"),
    F("hơn 20 thị trường", "20", 20, "count", "thị trường", approx="over",
      subject="thị trường có kệ thép của Việt Nam ngoài Hoa Kỳ"),
    F("khoảng 25.000 lao động", "25.000", 25000, "count", "lao động", approx="about",
      subject="lao động ngành sản xuất kệ, giá kim loại gia dụng"),
    F("khoảng 12-18 tháng", "12", 12, "measure", "tháng", value_max=18, approx="about", status="forecast",
      optional=True, subject="thời hạn ban hành kết luận cuối cùng"),
    F("chiếm tới 82%", "82", 82, "percent", "%",
      subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu kệ thép của Việt Nam", period=y23),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '21/10/2024 | 16:05 | Cục Phòng vệ thương mại', contact footer.",
    "National figures: location Việt Nam; Hoa Kỳ and Thái Lan are trade partners, and the provinces where the exporters",
    "cluster ('tập trung tại Bình Dương, Đồng Nai và Long An') do not make the national count provincial.",
    "Distractors: HS codes 9403.20.0080 / 9403.90.8041 / 7326.90.8688, 'Ngày 17/10/2024', 'tháng 3/2025', 16:05,",
    "'25 Ngô Quyền', phone 024.2220.5002, baseline 'năm 2022'.",
    "'chiếm gần 17% lượng nhập khẩu của Hoa Kỳ' is the share of 68 triệu USD (percent attribute 17); 'tăng 41%' its change.",
    "'đứng thứ hai sau Thái Lan' continues the 2023 sentence: rank 2, period 2023.",
    "Optional: '5 doanh nghiệp lớn nhất' names the group whose share follows (total 30 after 'Trong đó'); 'khoảng 12-18",
    "tháng kể từ ngày khởi xướng' is the length of the procedure, close to a duration that only locates an event in time.",
    "'trên 70%' and 'chiếm tới 82%' are percent figures ('tới' is emphasis, not an approximation).",
]

if __name__ == "__main__":
    write("p1507-4", TEXT, NOTES, FIGS, published="2024-10-21", location="Việt Nam")
