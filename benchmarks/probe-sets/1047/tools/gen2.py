"""p1047-2: district portal (huyện Phú Quý, Bình Thuận), offshore squid fleet, 7 months of 2023."""
from lib import C, F, I, P, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ QUÝ
Tin tức > Kinh tế - Xã hội
Thứ Ba, 22/08/2023 - 10:05

Nghề câu mực khơi ở Phú Quý: hướng đi bền vững cho ngư dân đảo

Huyện đảo Phú Quý hiện có 1.138 tàu cá, trong đó 324 tàu hành nghề câu mực khơi, chiếm 28,5% tổng số tàu của huyện. Đội tàu câu mực chủ yếu hoạt động tại ngư trường Trường Sa và vùng biển phía Nam, mỗi chuyến biển kéo dài khoảng 45 ngày.

7 tháng đầu năm 2023, sản lượng mực khai thác của ngư dân Phú Quý ước đạt 3.920 tấn, bằng 62,2% kế hoạch năm và tăng 8,7% so với cùng kỳ năm 2022. Riêng tháng 7, các tàu câu mực cập cảng với sản lượng 610 tấn, giảm 4,1% so với tháng trước do thời tiết không thuận lợi.

Theo ông Trần Văn Mười, chủ tàu BTh 98168 TS ở xã Long Hải, mỗi chuyến câu mực cần chi phí từ 250 đến 300 triệu đồng, chủ yếu là dầu (khoảng 12.000 lít) và đá lạnh. Chuyến vừa qua tàu ông thu được 9 tấn mực, bán được hơn 1,1 tỷ đồng; mỗi lao động được chia bình quân 28 triệu đồng.

Giá mực xà tươi tại cảng Phú Quý hiện ở mức 160.000-180.000 đồng/kg; mực khô thành phẩm được các cơ sở trên đảo thu mua với giá 650.000 đồng/kg. Toàn huyện có 46 cơ sở chế biến hải sản khô, giải quyết việc làm cho hơn 500 lao động.

Để phát triển nghề câu mực bền vững, huyện phấn đấu đến năm 2025 sản lượng khai thác mực đạt 7.500 tấn/năm và 100% tàu câu mực có chiều dài từ 15 m trở lên lắp thiết bị giám sát hành trình.

Phòng Nông nghiệp và PTNT huyện Phú Quý - ĐT: 0252.3769.215
"""

M7 = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
T7 = P("tháng 7", "2023-07-01", "2023-07-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hiện có 1.138 tàu cá", "1.138", 1138, "count", "tàu cá", "tàu cá của huyện đảo"),
    F("trong đó 324 tàu", "324", 324, "count", "tàu", "tàu hành nghề câu mực khơi", total=1138, percent=28.5),
    F("khoảng 45 ngày", "45", 45, "measure", "ngày", "thời gian mỗi chuyến biển câu mực", approx="about"),
    F("ước đạt 3.920 tấn", "3.920", 3920, "measure", "tấn", "sản lượng mực khai thác", M7,
      status="estimate", percent=62.2, change=C("increase", 8.7, baseline="cùng kỳ năm 2022")),
    F("sản lượng 610 tấn", "610", 610, "measure", "tấn", "sản lượng mực các tàu câu mực cập cảng", T7,
      change=C("decrease", 4.1, baseline="tháng trước")),
    F("từ 250 đến 300 triệu đồng", "250", 250e6, "money", "đồng", "chi phí mỗi chuyến câu mực",
      value_max=300e6),
    F("khoảng 12.000 lít", "12.000", 12000, "measure", "lít", "dầu cho mỗi chuyến câu mực", approx="about"),
    F("thu được 9 tấn mực", "9", 9, "measure", "tấn", "mực thu được chuyến vừa qua"),
    F("hơn 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "tiền bán mực chuyến vừa qua", approx="over"),
    F("bình quân 28 triệu đồng", "28", 28e6, "money", "đồng", "tiền chia mỗi lao động"),
    F("160.000-180.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", "giá mực xà tươi tại cảng",
      value_max=180000),
    F("giá 650.000 đồng/kg", "650.000", 650000, "money", "đồng/kg", "giá thu mua mực khô thành phẩm"),
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở chế biến hải sản khô"),
    F("hơn 500 lao động", "500", 500, "count", "lao động", "lao động có việc làm tại cơ sở chế biến hải sản khô",
      approx="over"),
    F("đạt 7.500 tấn/năm", "7.500", 7500, "measure", "tấn/năm", "sản lượng khai thác mực", TO25, status="target"),
    F("100% tàu câu mực", "100", 100, "percent", "%", "tàu câu mực lắp thiết bị giám sát hành trình", TO25,
      status="target"),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Phú Quý (Bình Thuận): nghề câu mực khơi, 7 tháng đầu năm 2023, chi phí và thu nhập một chuyến biển, giá mực, mục tiêu 2025.",
    "Not figures: 'Thứ Ba, 22/08/2023 - 10:05', 'BTh 98168 TS', 'Trần Văn Mười' (name), phone '0252.3769.215'.",
    "Whole district is the place (location Phú Quý, the xã Long Hải lies in it). 'tháng 7' takes 2023 from the earlier period.",
    "324 tàu after 'trong đó' is a part of the 1.138 tàu cá; 'chiếm 28,5%' its share. 'bằng 62,2% kế hoạch năm' is the share of 3.920 tấn.",
    "The cost and catch of the boat owner are in sentences with no period phrase: no period. 'hiện' gives no period.",
]

emit("p1047-2", TEXT, COMMENTS, FIGS, published="2023-08-22", location="Phú Quý")
