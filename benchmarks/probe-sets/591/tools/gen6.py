from lib import *

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 17/4/2024, 06:30 (GMT+7)

Xuất khẩu mật ong quý I tăng 27%

Sau hai năm sụt giảm vì thuế chống bán phá giá, mật ong Việt Nam đang lấy lại đà xuất khẩu sang Mỹ.

Theo số liệu của Tổng cục Hải quan, quý I/2024, Việt Nam xuất khẩu 12.860 tấn mật ong, thu về 26,4 triệu USD, tăng 27,3% so với cùng kỳ năm trước. Mỹ vẫn là thị trường lớn nhất, chiếm tới 91,5% kim ngạch. Giá xuất khẩu bình quân đạt 2.053 USD/tấn, giảm 12,1% so với cùng kỳ.

Tháng 11/2022, Bộ Thương mại Mỹ ra kết luận cuối cùng, áp thuế chống bán phá giá với mật ong Việt Nam ở mức 58,74-61,27%. Năm 2023, kim ngạch xuất khẩu mật ong cả năm chỉ đạt 95,6 triệu USD, giảm 18% so với năm 2022, mức thấp nhất trong 10 năm.

Theo Hiệp hội Nuôi ong Việt Nam, cả nước hiện có khoảng 1,5 triệu đàn ong, trong đó ong ngoại (Apis mellifera) gần 1,2 triệu đàn; sản lượng mật mỗi năm từ 50.000 đến 60.000 tấn, trên 85% dành cho xuất khẩu. Việt Nam là nước xuất khẩu mật ong lớn thứ 6 thế giới, với hơn 35.000 hộ nuôi ong.

Ông Nguyễn Văn Hùng, Chủ tịch Hiệp hội, cho biết nhiều hộ nuôi ong ở Đắk Lắk đã phải bán bớt 30-40% số đàn trong năm 2023. "Doanh nghiệp đang chuyển hướng sang thị trường EU, Nhật Bản với giá bán cao hơn từ 15 đến 20%", ông Hùng nói.

Hiệp hội kiến nghị Bộ Công Thương hỗ trợ xây dựng mã số vùng nuôi ong, truy xuất nguồn gốc để đáp ứng yêu cầu của các thị trường khó tính.

Thanh Lâm
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("quý I tăng 27%", "27", 27, "percent", "%", "xuất khẩu mật ong", P("quý I", "2024-01-01", "2024-03-31")),
    F("khẩu 12.860 tấn", "12.860", 12860, "measure", "tấn", "mật ong xuất khẩu", Q1),
    F("về 26,4 triệu USD", "26,4", 26.4e6, "money", "USD", "kim ngạch xuất khẩu mật ong", Q1,
      change=CH("increase", 27.3, baseline="cùng kỳ năm trước")),
    F("chiếm tới 91,5%", "91,5", 91.5, "percent", "%", "tỷ trọng thị trường Mỹ trong kim ngạch xuất khẩu mật ong", I(Q1)),
    F("đạt 2.053 USD/tấn", "2.053", 2053, "money", "USD/tấn", "giá xuất khẩu mật ong bình quân", I(Q1),
      change=CH("decrease", 12.1, baseline="cùng kỳ")),
    F("mức 58,74-61,27%", "58,74", 58.74, "percent", "%", "thuế chống bán phá giá với mật ong Việt Nam",
      P("Tháng 11/2022", "2022-11-01", "2022-11-30"), value_max=61.27),
    F("đạt 95,6 triệu USD", "95,6", 95.6e6, "money", "USD", "kim ngạch xuất khẩu mật ong", Y23,
      change=CH("decrease", 18, baseline="năm 2022")),
    F("khoảng 1,5 triệu đàn", "1,5", 1.5e6, "count", "đàn ong", "đàn ong", approx="about"),
    F("gần 1,2 triệu đàn", "1,2", 1.2e6, "count", "đàn", "đàn ong ngoại (Apis mellifera)", approx="nearly", total=1.5e6),
    F("từ 50.000 đến", "50.000", 50000, "measure", "tấn", "sản lượng mật mỗi năm", value_max=60000),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ sản lượng mật dành cho xuất khẩu", approx="over"),
    F("lớn thứ 6", "6", 6, "rank", "hạng", "nước xuất khẩu mật ong thế giới"),
    F("hơn 35.000 hộ", "35.000", 35000, "count", "hộ", "hộ nuôi ong", approx="over"),
    F("bớt 30-40%", "30", 30, "percent", "%", "tỷ lệ số đàn ong các hộ nuôi ong phải bán bớt",
      P("năm 2023", "2023-01-01", "2023-12-31"), value_max=40, location="Đắk Lắk"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "giá bán mật ong tại thị trường EU, Nhật Bản cao hơn", value_max=20),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ tư, 17/4/2024, 06:30 (GMT+7)', byline at the end): honey exports Q1/2024, US anti-dumping duty,",
    "hives and output nationally. Location Việt Nam by default; Mỹ/EU/Nhật Bản are markets, not places; 'ở Đắk Lắk' makes the 30-40% Đắk Lắk's.",
    "Headline 'quý I tăng 27%' is a growth rate that is the claim: percent, no change, quý I of the dateline year. 'tăng 27,3%' after 26,4 triệu",
    "USD is its change. 'lớn thứ 6' is a rank. 'cao hơn từ 15 đến 20%' stands alone (no base amount): a percent figure. Not figures:",
    "'hai năm' (duration), 'trong 10 năm' (duration), 'Apis mellifera', dateline, GMT+7.",
]

emit("p591-6", TEXT, COMMENTS, FIGS, published="2024-04-17", location="Việt Nam")
