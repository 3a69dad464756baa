"""p784-5: Báo Nghệ An (Party newspaper) — tài xế công nghệ ở TP Vinh: thu nhập, BHXH tự nguyện (2023)."""
from lib import F, P, I, CH, emit

TEXT = """Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Xã hội

Tài xế công nghệ: Thu nhập bấp bênh, hơn 87% chưa tham gia BHXH

Kết quả khảo sát 520 tài xế xe ôm công nghệ tại TP Vinh do Liên đoàn Lao động tỉnh thực hiện trong tháng 10/2023 cho thấy, 68,4% người được hỏi là lao động chính trong gia đình; thu nhập bình quân từ 6 đến 9 triệu đồng/tháng, thời gian chạy xe từ 10 đến 12 giờ/ngày.

Đáng chú ý, chỉ 12,6% tài xế tham gia BHXH tự nguyện; các nền tảng thu chiết khấu từ 20 đến 25% trên mỗi cuốc xe.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh Nghệ An hiện có khoảng 7.800 tài xế xe công nghệ (bình quân gần 23 người/vạn dân), trong đó TP Vinh hơn 5.000 người. 10 tháng năm 2023, BHXH tỉnh phát triển mới 1.236 người tham gia BHXH tự nguyện là tài xế công nghệ, tăng 2,3 lần so với cùng kỳ. Mức đóng bình quân của nhóm này là 385.000 đồng/tháng.

Thực hiện Nghị quyết số 28-NQ/TW về cải cách chính sách BHXH, ông Nguyễn Văn Hùng, Phó Chủ tịch LĐLĐ tỉnh cho biết, năm 2024 phấn đấu vận động thêm 2.000 tài xế công nghệ tham gia BHXH tự nguyện, nâng tỷ lệ tham gia lên trên 30%. Tài xế có nhu cầu có thể liên hệ trụ sở số 16 đường Trường Thi, TP Vinh hoặc tổng đài 1900.9068.

"Nhiều anh em chạy xe cả ngày, trừ xăng và chiết khấu chỉ còn hơn 200.000 đồng", anh Trần Văn Nam (34 tuổi, phường Hưng Dũng) chia sẻ.

Thanh Hương
20/11/2023 08:15
"""

T10 = P("tháng 10/2023", "2023-10-01", "2023-10-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 87%", "87", 87, "percent", "%", "tài xế công nghệ chưa tham gia BHXH", I(T10), approx="over",
      location="Vinh"),
    F("khảo sát 520 tài xế", "520", 520, "count", "tài xế", "tài xế xe ôm công nghệ được khảo sát", T10,
      location="Vinh"),
    F("68,4%", "68,4", 68.4, "percent", "%", "người được hỏi là lao động chính trong gia đình", T10,
      location="Vinh"),
    F("từ 6 đến 9 triệu", "6", 6000000, "money", "đồng/tháng", "thu nhập bình quân", T10, value_max=9000000,
      location="Vinh"),
    F("từ 10 đến 12 giờ", "10", 10, "measure", "giờ/ngày", "thời gian chạy xe", T10, value_max=12,
      location="Vinh"),
    F("chỉ 12,6%", "12,6", 12.6, "percent", "%", "tài xế tham gia BHXH tự nguyện", I(T10), location="Vinh"),
    F("từ 20 đến 25%", "20", 20, "percent", "%", "chiết khấu các nền tảng thu trên mỗi cuốc xe", I(T10),
      value_max=25, location="Vinh"),
    F("khoảng 7.800 tài xế", "7.800", 7800, "count", "tài xế", "tài xế xe công nghệ", approx="about"),
    F("gần 23 người/vạn dân", "23", 23, "measure", "người/vạn dân", "tài xế xe công nghệ bình quân trên vạn dân",
      approx="nearly"),
    F("hơn 5.000 người", "5.000", 5000, "count", "người", "tài xế xe công nghệ", approx="over", total=7800,
      location="Vinh"),
    F("mới 1.236 người", "1.236", 1236, "count", "người",
      "người tham gia BHXH tự nguyện là tài xế công nghệ phát triển mới", M10,
      change=CH("increase", 2.3, unit="lần", baseline="cùng kỳ")),
    F("là 385.000 đồng/tháng", "385.000", 385000, "money", "đồng/tháng",
      "mức đóng bình quân của tài xế công nghệ tham gia BHXH tự nguyện", I(M10)),
    F("thêm 2.000 tài xế", "2.000", 2000, "count", "tài xế",
      "tài xế công nghệ được vận động tham gia BHXH tự nguyện", Y24, status="target"),
    F("trên 30%", "30", 30, "percent", "%", "tỷ lệ tài xế công nghệ tham gia BHXH tự nguyện", Y24, approx="over",
      status="target"),
    F("(34 tuổi", "34", 34, "measure", "tuổi", optional=True, location="Vinh"),
    F("hơn 200.000 đồng", "200.000", 200000, "money", "đồng", "thu nhập còn lại sau khi trừ xăng và chiết khấu",
      approx="over", optional=True, location="Vinh"),
]

COMMENTS = [
    "Báo Nghệ An: tài xế xe ôm công nghệ ở TP Vinh — khảo sát LĐLĐ tỉnh tháng 10/2023, BHXH tự nguyện; byline and date at the end (20/11/2023 08:15).",
    "Survey figures describe TP Vinh (location Vinh); province totals Nghệ An. Nghị quyết số 28-NQ/TW, số 16 đường Trường Thi, 1900.9068 are not figures.",
    "The headline \"hơn 87% chưa tham gia\" restates the survey (100 - 12,6): a figure, location Vinh. \"tăng 2,3 lần so với cùng kỳ\" is the change of 1.236 (unit lần).",
    "The bracketed rate (gần 23 người/vạn dân) stands between 7.800 and its trong đó part; 5.000 still takes total 7800.",
    "A quoted driver's age (34 tuổi) and his daily take (hơn 200.000 đồng) are anecdote, not statistics: optional.",
]

if __name__ == "__main__":
    emit("p784-5", TEXT, COMMENTS, FIGS, published="2023-11-20", location="Nghệ An")
