"""p861-6: national newspaper (VnExpress style), fitness chains in TP Hồ Chí Minh cut prices, 2025."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Doanh nghiệp
Chủ nhật, 16/3/2025, 10:20 (GMT+7)

Chuỗi phòng tập thể hình đua nhau giảm giá hội viên

Nhiều chuỗi phòng tập tại TP Hồ Chí Minh giảm phí hội viên 20-30% để giữ khách trong bối cảnh thị trường cạnh tranh gay gắt.

Theo Sở Văn hóa và Thể thao TP HCM, năm 2024 thành phố cấp mới 318 giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao, nhưng cũng có 97 cơ sở thể hình ngừng hoạt động hoặc trả mặt bằng. Tính đến cuối năm 2024, toàn thành phố có khoảng 3.050 cơ sở kinh doanh hoạt động thể thao, trong đó hơn 1.300 cơ sở là phòng tập gym, yoga.

Đại diện một chuỗi có 14 câu lạc bộ cho biết doanh thu năm 2024 đạt khoảng 410 tỷ đồng, giảm 8% so với năm trước, dù số hội viên vẫn tăng lên hơn 62.000 người. Gói tập 12 tháng tại chuỗi này hiện chỉ còn 6,9 triệu đồng, thấp hơn 2,1 triệu đồng so với đầu năm 2024.

Theo một công ty nghiên cứu thị trường, quy mô thị trường thể hình Việt Nam năm 2024 ước đạt 8.200 tỷ đồng và dự kiến tăng trưởng bình quân 9-10% mỗi năm đến năm 2028. Khoảng 7% dân số đô thị cả nước có thẻ hội viên phòng tập, trong khi ở TP HCM tỷ lệ này là gần 11%.

Ông Trần Minh Khoa, chủ phòng tập trên đường số 9, TP Thủ Đức, cho biết giá thuê mặt bằng đã tăng 15% so với năm 2023, tiền điện chiếm khoảng 18% tổng chi phí vận hành. "Với diện tích 500 m2, mỗi tháng tôi phải trả khoảng 120 triệu đồng tiền thuê", ông nói. Theo ông, phòng tập cần ít nhất 1.500 hội viên mới có lãi.

Bảo Ngọc
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
HCM = "TP Hồ Chí Minh"
TD = "Thủ Đức"

FIGS = [
    F("hội viên 20-30%", "20", 20, "percent", "%", "mức giảm phí hội viên của các chuỗi phòng tập", value_max=30),
    F("cấp mới 318 giấy", "318", 318, "count", "giấy chứng nhận",
      "giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao cấp mới", Y24),
    F("có 97 cơ sở", "97", 97, "count", "cơ sở", "cơ sở thể hình ngừng hoạt động hoặc trả mặt bằng", Y24),
    F("khoảng 3.050 cơ sở", "3.050", 3050, "count", "cơ sở", "cơ sở kinh doanh hoạt động thể thao",
      P("Tính đến cuối năm 2024", None, "2024-12-31"), approx="about"),
    F("hơn 1.300 cơ sở", "1.300", 1300, "count", "cơ sở", "phòng tập gym, yoga",
      P("Tính đến cuối năm 2024", None, "2024-12-31"), approx="over", total=3050),
    F("có 14 câu lạc bộ", "14", 14, "count", "câu lạc bộ", "câu lạc bộ của chuỗi phòng tập", optional=True),
    F("khoảng 410 tỷ đồng", "410", 410_000_000_000, "money", "đồng", "doanh thu của chuỗi phòng tập", Y24,
      approx="about", change=C("decrease", 8, "%", "năm trước")),
    F("hơn 62.000 người", "62.000", 62000, "count", "người", "hội viên của chuỗi phòng tập", Y24, approx="over"),
    F("Gói tập 12 tháng", "12", 12, "measure", "tháng", "thời hạn gói tập", optional=True),
    F("còn 6,9 triệu đồng", "6,9", 6_900_000, "money", "đồng", "giá gói tập 12 tháng",
      change=C("decrease", 2_100_000, "đồng", "đầu năm 2024")),
    F("ước đạt 8.200 tỷ đồng", "8.200", 8_200_000_000_000, "money", "đồng", "quy mô thị trường thể hình",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate", location="Việt Nam"),
    F("bình quân 9-10%", "9", 9, "percent", "%", "tốc độ tăng trưởng bình quân thị trường thể hình",
      P("đến năm 2028", None, "2028-12-31"), value_max=10, status="forecast", location="Việt Nam"),
    F("Khoảng 7% dân số", "7", 7, "percent", "%", "dân số đô thị có thẻ hội viên phòng tập",
      approx="about", location="Việt Nam"),
    F("gần 11%", "11", 11, "percent", "%", "tỷ lệ dân số đô thị có thẻ hội viên phòng tập", approx="nearly"),
    F("tăng 15% so với", "15", 15, "percent", "%", "giá thuê mặt bằng phòng tập", location=TD),
    F("khoảng 18% tổng chi phí", "18", 18, "percent", "%", "tiền điện trong tổng chi phí vận hành",
      approx="about", location=TD),
    F("diện tích 500 m2", "500", 500, "measure", "m2", "diện tích phòng tập", location=TD, optional=True),
    F("khoảng 120 triệu đồng", "120", 120_000_000, "money", "đồng/tháng", "tiền thuê mặt bằng phòng tập",
      approx="about", location=TD),
    F("ít nhất 1.500 hội viên", "1.500", 1500, "count", "hội viên", "hội viên cần để phòng tập có lãi",
      approx="at_least", location=TD),
]

NOTES = [
    "VnExpress-style national paper (Chủ nhật, 16/3/2025): gym chains in TP Hồ Chí Minh cut prices; city licensing 2024; national market.",
    "Default location TP Hồ Chí Minh (written 'TP Hồ Chí Minh' then 'TP HCM'); national market figures and the 7% of urban population",
    "'cả nước' → Việt Nam; the owner's gym in TP Thủ Đức → Thủ Đức. 'giảm phí hội viên 20-30%' and 'giá thuê ... tăng 15% so với",
    "năm 2023' are rates with no base amount: percent figures without change. 'giảm 8% so với năm trước' is the change of 410 tỷ;",
    "'thấp hơn 2,1 triệu đồng so với đầu năm 2024' the change of 6,9 triệu. 'trong đó hơn 1.300 cơ sở' → total 3.050.",
    "Descriptors of an example (chain of 14 câu lạc bộ, 12-month package, 500 m2) optional. 'hiện' gives no period.",
    "Distractors: dateline and GMT+7, 'đường số 9', 'đầu năm 2024' and 'năm trước' (baselines only).",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-03-16", location="TP Hồ Chí Minh")
