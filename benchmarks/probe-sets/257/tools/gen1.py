from lib import *

text = """Xuất khẩu thủy sản 9 tháng ước đạt 7,2 tỷ USD
Thứ hai, 14/10/2024, 15:20 (GMT+7)

Tôm, cá tra và cá ngừ đều tăng trưởng hai con số, giúp kim ngạch xuất khẩu thủy sản 9 tháng vượt xa cùng kỳ năm ngoái.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 9 tháng đầu năm 2024, kim ngạch xuất khẩu thủy sản ước đạt 7,2 tỷ USD, tăng 10,5% so với cùng kỳ năm 2023. Riêng tháng 9/2024, xuất khẩu đạt gần 940 triệu USD, tăng 18% so với cùng kỳ.

Tôm vẫn là mặt hàng chủ lực với 2,83 tỷ USD, chiếm 39,3% tổng kim ngạch, tăng 12%. Xuất khẩu cá tra đạt 1,48 tỷ USD, tăng 8,4%; cá ngừ đạt 744 triệu USD, tăng 21%; mực, bạch tuộc đạt 486 triệu USD, giảm 1,2% so với cùng kỳ. Nhóm cua, ghẹ và giáp xác khác tăng mạnh nhất, gấp 2,1 lần cùng kỳ nhờ nhu cầu từ Trung Quốc.

Về thị trường, Mỹ là thị trường lớn nhất với 1,33 tỷ USD, tăng 14%; tiếp theo là Trung Quốc và Hồng Kông (1,32 tỷ USD), Nhật Bản (1,1 tỷ USD, giảm 3%). Xuất khẩu sang EU đạt 743 triệu USD, chiếm khoảng 10% tổng kim ngạch; Đức, Hà Lan và Bỉ là ba thị trường lớn nhất trong khối.

Bà Lê Hằng, Giám đốc Truyền thông VASEP, cho biết tại Hội chợ Vietfish 2024, nhiều nhà nhập khẩu đã đặt hàng cho dịp lễ cuối năm. VASEP dự báo xuất khẩu thủy sản cả năm 2024 có thể đạt khoảng 10 tỷ USD, tăng 11% so với năm 2023 (năm 2023 đạt 8,9 tỷ USD). Để đạt mục tiêu này, quý IV/2024 doanh nghiệp cần xuất khẩu trên 2,8 tỷ USD.

Tuy vậy, doanh nghiệp cá ngừ vẫn lo ngại quy định hạn chế kích cỡ khai thác tại Nghị định số 37/2024/NĐ-CP khiến nguồn nguyên liệu trong nước thiếu hụt.

Minh Anh"""

p9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
S = "kim ngạch xuất khẩu thủy sản"
figs = [
    F("9 tháng ước đạt 7,2 tỷ USD\n", "7,2", 7.2e9, "money", "USD", S, status="estimate",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("ước đạt 7,2 tỷ USD, tăng", "7,2", 7.2e9, "money", "USD", S, status="estimate",
      change=C("increase", 10.5, baseline="cùng kỳ năm 2023"), period=p9),
    F("đạt gần 940 triệu USD", "940", 940e6, "money", "USD", S, approx="nearly",
      change=C("increase", 18, baseline="cùng kỳ"), period=P("tháng 9/2024", "2024-09-01", "2024-09-30")),
    F("chủ lực với 2,83 tỷ USD", "2,83", 2.83e9, "money", "USD", "kim ngạch xuất khẩu tôm", percent=39.3,
      change=C("increase", 12), period=p9i),
    F("cá tra đạt 1,48 tỷ USD", "1,48", 1.48e9, "money", "USD", "xuất khẩu cá tra",
      change=C("increase", 8.4), period=p9i),
    F("cá ngừ đạt 744 triệu USD", "744", 744e6, "money", "USD", "xuất khẩu cá ngừ",
      change=C("increase", 21), period=p9i),
    F("bạch tuộc đạt 486 triệu USD", "486", 486e6, "money", "USD", "xuất khẩu mực, bạch tuộc",
      change=C("decrease", 1.2, baseline="cùng kỳ"), period=p9i),
    F("gấp 2,1 lần cùng kỳ", "2,1", 2.1, "multiple", "lần", "xuất khẩu cua, ghẹ và giáp xác khác", period=p9i),
    F("lớn nhất với 1,33 tỷ USD", "1,33", 1.33e9, "money", "USD", "kim ngạch xuất khẩu thủy sản sang Mỹ",
      change=C("increase", 14), period=p9i),
    F("Hồng Kông (1,32 tỷ USD)", "1,32", 1.32e9, "money", "USD", "kim ngạch xuất khẩu thủy sản sang Trung Quốc và Hồng Kông", period=p9i),
    F("Nhật Bản (1,1 tỷ USD", "1,1", 1.1e9, "money", "USD", "kim ngạch xuất khẩu thủy sản sang Nhật Bản",
      change=C("decrease", 3), period=p9i),
    F("EU đạt 743 triệu USD", "743", 743e6, "money", "USD", "xuất khẩu thủy sản sang EU", percent=10, period=p9i),
    F("ba thị trường lớn nhất", "ba", 3, "count", "thị trường", "thị trường lớn nhất trong khối EU", optional=True),
    F("đạt khoảng 10 tỷ USD", "10", 10e9, "money", "USD", "xuất khẩu thủy sản cả năm 2024", approx="about", status="forecast",
      change=C("increase", 11, baseline="năm 2023"), period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("năm 2023 đạt 8,9 tỷ USD", "8,9", 8.9e9, "money", "USD", "xuất khẩu thủy sản",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("cần xuất khẩu trên 2,8 tỷ USD", "2,8", 2.8e9, "money", "USD", "xuất khẩu thủy sản", approx="over", status="target",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
]
header = """VnExpress-style national press: VASEP's 9-month 2024 seafood export figures by product and market, 2024 forecast.
Dateline 'Thứ hai, 14/10/2024, 15:20 (GMT+7)'; byline at the end. Location Việt Nam throughout (markets are trade partners, not places).
Distractors: 'hai con số' (a phrase); the headline figure takes the year of the dateline, 'Vietfish 2024', 'Nghị định số 37/2024/NĐ-CP', dateline, '(GMT+7)'.
'chiếm 39,3%' and 'chiếm khoảng 10%' are the share attributes of the amounts before them; 'gấp 2,1 lần cùng kỳ' with no base amount is a multiple figure.
'(năm 2023 đạt 8,9 tỷ USD)' is a bracketed figure with its own verb: actual. 'cần xuất khẩu trên 2,8 tỷ USD' 'Để đạt mục tiêu' : status target.
Product and market amounts take '9 tháng đầu năm 2024' from the first paragraph (inherited). 'ba thị trường' is a list head: optional.
revised after the first run: period words and baselines removed from subjects (940 triệu, 2,8 tỷ, gấp 2,1 lần); product items named as the
sentence names them ('Xuất khẩu cá tra …; cá ngừ …; mực, bạch tuộc …' → 'xuất khẩu …', as in p257-8)."""
write(1, text, figs, header, published="2024-10-14", location="Việt Nam")
