from lib import build, F, P, C, T

text = """KINH TẾ › Thị trường

Xuất khẩu thủy sản quý III/2024 tăng mạnh, cả năm có thể cán mốc 10 tỷ USD

Thứ Tư, 16/10/2024, 14:20 (GMT+7)

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), quý III/2024, kim ngạch xuất khẩu thủy sản cả nước đạt gần 2,8 tỷ USD, tăng 17% so với cùng kỳ năm 2023. Lũy kế 9 tháng năm 2024, xuất khẩu thủy sản đạt 7,16 tỷ USD, tăng 9,8%.

Trong 9 tháng, xuất khẩu tôm đạt 2,9 tỷ USD, tăng 12%; cá tra đạt 1,49 tỷ USD, tăng 8,6%; cá ngừ đạt 742 triệu USD, tăng 20%; mực, bạch tuộc đạt 480 triệu USD, giảm 2%. Riêng các sản phẩm cá ngừ thuộc mã HS 0304 và 1604 tăng mạnh nhờ đơn hàng từ Trung Đông.

Về thị trường, Mỹ vẫn là thị trường nhập khẩu lớn nhất với 1,36 tỷ USD, tăng 14%; tiếp đến là Trung Quốc và Hồng Kông (1,35 tỷ USD, tăng 23%), Nhật Bản (1,1 tỷ USD, giảm 5%) và EU (735 triệu USD). Xuất khẩu sang các thị trường CPTPP đạt 1,97 tỷ USD, chiếm 27,5% tổng kim ngạch.

Cả nước hiện có khoảng 2.200 cơ sở chế biến thủy sản quy mô công nghiệp, trong đó 687 cơ sở đủ điều kiện xuất khẩu sang EU. Việt Nam hiện đứng thứ 3 thế giới về xuất khẩu thủy sản, sau Trung Quốc và Na Uy.

VASEP dự báo quý IV, xuất khẩu thủy sản có thể đạt 2,8-3 tỷ USD, đưa kim ngạch cả năm 2024 lên khoảng 10 tỷ USD, tăng khoảng 11% so với năm 2023. Tuy nhiên, theo bà Lê Hằng, Phó Giám đốc Trung tâm VASEP.PRO, doanh nghiệp vẫn lo ngại thuế chống bán phá giá tôm vào Mỹ và thẻ vàng IUU mà Ủy ban châu Âu áp từ tháng 10/2017.

MINH ANH
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9b = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
N9i = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("cán mốc 10 tỷ USD", "10", 10e9, "money", "USD", "kim ngạch xuất khẩu thủy sản cả năm",
      status="forecast", optional=True),
    F("đạt gần 2,8 tỷ USD", "2,8", 2.8e9, "money", "USD", "kim ngạch xuất khẩu thủy sản",
      approx="nearly", change=C("increase", 17, baseline="cùng kỳ năm 2023"), period=Q3),
    F("đạt 7,16 tỷ USD", "7,16", 7.16e9, "money", "USD", "xuất khẩu thủy sản",
      change=C("increase", 9.8), period=N9),
    F("tôm đạt 2,9 tỷ USD", "2,9", 2.9e9, "money", "USD", "xuất khẩu tôm", change=C("increase", 12), period=N9b),
    F("cá tra đạt 1,49 tỷ USD", "1,49", 1.49e9, "money", "USD", "xuất khẩu cá tra", change=C("increase", 8.6), period=N9b),
    F("cá ngừ đạt 742 triệu USD", "742", 742e6, "money", "USD", "xuất khẩu cá ngừ", change=C("increase", 20), period=N9b),
    F("bạch tuộc đạt 480 triệu USD", "480", 480e6, "money", "USD", "xuất khẩu mực, bạch tuộc",
      change=C("decrease", 2), period=N9b),
    F("với 1,36 tỷ USD", "1,36", 1.36e9, "money", "USD", "xuất khẩu thủy sản sang thị trường Mỹ",
      change=C("increase", 14), period=N9i),
    F("(1,35 tỷ USD", "1,35", 1.35e9, "money", "USD", "xuất khẩu thủy sản sang thị trường Trung Quốc và Hồng Kông",
      change=C("increase", 23), period=N9i),
    F("(1,1 tỷ USD", "1,1", 1.1e9, "money", "USD", "xuất khẩu thủy sản sang thị trường Nhật Bản",
      change=C("decrease", 5), period=N9i),
    F("(735 triệu USD)", "735", 735e6, "money", "USD", "xuất khẩu thủy sản sang thị trường EU", period=N9i),
    F("CPTPP đạt 1,97 tỷ USD", "1,97", 1.97e9, "money", "USD", "xuất khẩu sang các thị trường CPTPP",
      percent=27.5, period=N9i),
    F("khoảng 2.200 cơ sở", "2.200", 2200, "count", "cơ sở", "cơ sở chế biến thủy sản quy mô công nghiệp",
      approx="about"),
    F("trong đó 687 cơ sở", "687", 687, "count", "cơ sở", "cơ sở đủ điều kiện xuất khẩu sang EU", total=2200),
    F("đứng thứ 3 thế giới", "3", 3, "rank", "hạng", "xuất khẩu thủy sản"),
    F("đạt 2,8-3 tỷ USD", "2,8", 2.8e9, "money", "USD", "xuất khẩu thủy sản", value_max=3e9,
      status="forecast", period=Q4),
    F("lên khoảng 10 tỷ USD", "10", 10e9, "money", "USD", "kim ngạch xuất khẩu thủy sản cả năm 2024",
      approx="about", change=C("increase", 11, baseline="năm 2023", approx="about"), status="forecast", period=Y24),
]

comments = """
National press (economy section): VASEP figures for Q3 and 9 months 2024 - products, markets, processing plants, rank, Q4 forecast.
Dateline 'Thứ Tư, 16/10/2024, 14:20 (GMT+7)'; byline at the end. Location Việt Nam throughout (cả nước; markets are trade partners).
Distractors: '(GMT+7)', HS codes 'mã HS 0304 và 1604', 'VASEP.PRO', 'từ tháng 10/2017', the person's name.
The headline 'có thể cán mốc 10 tỷ USD' repeats the body forecast: optional. Product items: 'Trong 9 tháng' (year 2024 from the sentence
before) is in their own sentence; market items take 'Lũy kế 9 tháng năm 2024' (inherited). Market items carry their own growth (change).
'chiếm 27,5% tổng kim ngạch' is the CPTPP figure's share. 'trong đó 687 cơ sở' is a part of 2.200. 'đứng thứ 3 thế giới' is a rank (no total).
'dự báo quý IV ... 2,8-3 tỷ USD': forecast range; 'lên khoảng 10 tỷ USD, tăng khoảng 11% so với năm 2023': forecast, with its change.
"""

build("p426-3", text, comments, figs, published="2024-10-16", location="Việt Nam")
