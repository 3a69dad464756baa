"""p861-5: Party/provincial newspaper (Báo Quảng Ninh style), gym boom in TP Hạ Long, 2023; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Phòng tập thể hình "nở rộ" ở Hạ Long

Từ năm 2021 đến nay, trên địa bàn TP Hạ Long có thêm 26 phòng tập gym, thể hình mở cửa. Hiện toàn thành phố có 74 phòng tập, gấp hơn 1,5 lần so với năm 2021, tập trung ở các phường Bãi Cháy, Hồng Hải, Bạch Đằng.

Anh Nguyễn Văn Tư, chủ một phòng tập trên đường 25/4, phường Bạch Đằng, cho biết anh đầu tư khoảng 3,5 tỷ đồng cho mặt bằng rộng 650 m2 với 80 máy tập. Phòng tập hiện có gần 500 hội viên, phí tập 450.000 đồng/tháng; nếu thuê huấn luyện viên cá nhân, người tập trả thêm 4-6 triệu đồng cho gói 12 buổi. "Giờ cao điểm từ 17 giờ đến 20 giờ, phòng tập luôn kín chỗ", anh Tư nói.

Theo Phòng Văn hóa và Thông tin thành phố, 6 tháng đầu năm 2023, thành phố đã kiểm tra 31 phòng tập, trong đó 9 phòng tập chưa được cấp giấy chứng nhận đủ điều kiện kinh doanh. Đến nay, đã có 65/74 phòng tập được cấp giấy chứng nhận, đạt 87,8%. Các phòng tập vi phạm bị xử phạt tổng cộng 38 triệu đồng và được yêu cầu hoàn thiện hồ sơ trong 30 ngày.

Bà Vũ Thị Thanh Hương, Phó Trưởng phòng Văn hóa và Thông tin, cho biết nhu cầu tập luyện tăng mạnh, khoảng 60% hội viên các phòng tập là người từ 18 đến 35 tuổi. Thành phố phấn đấu đến cuối năm 2023, 100% phòng tập thể hình được cấp giấy chứng nhận và có người hướng dẫn đạt chuẩn.

Tuy vậy, theo khảo sát của Trung tâm Văn hóa - Thể thao thành phố, chỉ khoảng 1/3 phòng tập có nhân viên được tập huấn sơ cứu, nhiều phòng tập ở tầng 4, tầng 5 nhà dân chưa bảo đảm lối thoát hiểm.

THU HẰNG
15/08/2023
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2023-08-15")
H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
NOW = P("Đến nay", None, "2023-08-15")

FIGS = [
    F("thêm 26 phòng tập", "26", 26, "count", "phòng tập", "phòng tập gym, thể hình mở mới", SINCE),
    F("có 74 phòng tập", "74", 74, "count", "phòng tập", "phòng tập gym, thể hình",
      change=C("increase", 1.5, "lần", "năm 2021", approx="over")),
    F("khoảng 3,5 tỷ đồng", "3,5", 3_500_000_000, "money", "đồng", "vốn đầu tư phòng tập", approx="about"),
    F("rộng 650 m2", "650", 650, "measure", "m2", "diện tích mặt bằng phòng tập", optional=True),
    F("với 80 máy tập", "80", 80, "count", "máy tập", "máy tập của phòng tập", optional=True),
    F("gần 500 hội viên", "500", 500, "count", "hội viên", "hội viên của phòng tập", approx="nearly"),
    F("phí tập 450.000 đồng/tháng", "450.000", 450_000, "money", "đồng/tháng", "phí tập"),
    F("trả thêm 4-6 triệu", "4", 4_000_000, "money", "đồng", "phí thuê huấn luyện viên cá nhân gói 12 buổi",
      value_max=6_000_000),
    F("gói 12 buổi", "12", 12, "count", "buổi", "số buổi của gói huấn luyện cá nhân", optional=True),
    F("kiểm tra 31 phòng tập", "31", 31, "count", "phòng tập", "phòng tập được kiểm tra", H1),
    F("9 phòng tập chưa", "9", 9, "count", "phòng tập", "phòng tập chưa được cấp giấy chứng nhận đủ điều kiện kinh doanh",
      H1, total=31),
    F("có 65/74 phòng tập", "65", 65, "count", "phòng tập", "phòng tập được cấp giấy chứng nhận", NOW,
      total=74, percent=87.8),
    F("tổng cộng 38 triệu đồng", "38", 38_000_000, "money", "đồng", "tiền xử phạt các phòng tập vi phạm", I(H1)),
    F("trong 30 ngày", "30", 30, "measure", "ngày", "thời hạn hoàn thiện hồ sơ", optional=True),
    F("khoảng 60% hội viên", "60", 60, "percent", "%", "hội viên các phòng tập là người từ 18 đến 35 tuổi",
      approx="about"),
    F("từ 18 đến 35 tuổi", "18", 18, "measure", "tuổi", "độ tuổi hội viên", value_max=35, optional=True),
    F("2023, 100% phòng tập", "100", 100, "percent", "%", "phòng tập thể hình được cấp giấy chứng nhận",
      P("đến cuối năm 2023", None, "2023-12-31"), status="target"),
    F("khoảng 1/3 phòng tập", "1", 1, "count", "phòng tập", "phòng tập có nhân viên được tập huấn sơ cứu",
      total=3, approx="about", optional=True),
]

NOTES = [
    "Báo Quảng Ninh style feature: gym boom in TP Hạ Long; byline THU HẰNG and bare date 15/08/2023 at the end.",
    "'Hiện toàn thành phố có 74 phòng tập, gấp hơn 1,5 lần so với năm 2021' → change ×1,5 (over) of 74; 'Hiện' gives no period.",
    "The example gym's area 650 m2, 80 máy tập and the package size 12 buổi are its specification (optional); its investment, members",
    "and fees are stated facts (required). '65/74' → total 74, 'đạt 87,8%' its percent; 'Đến nay' is as-of the date line.",
    "'trong đó 9 phòng tập' → total 31. The 38 triệu fines inherit H1/2023 from the previous paragraph's sentence.",
    "'khoảng 1/3 phòng tập' (a fraction, no count) optional. Age band 18-35 and the deadline 'trong 30 ngày' optional.",
    "Distractors: 'Anh Nguyễn Văn Tư', 'đường 25/4', '17 giờ đến 20 giờ' (times), 'tầng 4, tầng 5'.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2023-08-15", location="Hạ Long")
