"""p947-1: province portal, Thừa Thiên Huế, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 12/07/2024 09:45 | Lượt xem: 1.276

Tập trung 146 lượt người lang thang, xin ăn trong 6 tháng

(TTĐT) - Theo Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, lực lượng chức năng trên địa bàn tỉnh Thừa Thiên Huế đã tổ chức 15 đợt ra quân, đưa 146 lượt người lang thang, xin ăn về nơi tập trung, tăng 21 lượt so với cùng kỳ năm 2023. Trong đó có 58 người xin ăn, 39 người lang thang cơ nhỡ, 27 trẻ em bán hàng rong kèm xin tiền và 22 người tâm thần lang thang. Riêng quý II/2024, do lượng khách tăng cao dịp Festival Huế 2024, số được tập trung là 89 lượt, chiếm 61% cả 6 tháng.

Qua sàng lọc, phân loại, các địa phương đã bàn giao 97 lượt người về gia đình, chiếm 66,4%; đưa 31 người vào nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh; số còn lại được hỗ trợ tiền ăn, tiền xe để trở về quê. Hiện Trung tâm đang quản lý, nuôi dưỡng 312 đối tượng, trong đó có 64 người lang thang không xác định được nơi cư trú.

Mức trợ cấp nuôi dưỡng tại Trung tâm là 2.250.000 đồng/người/tháng. Tổng kinh phí cho công tác tập trung, nuôi dưỡng 6 tháng ước đạt 3,6 tỷ đồng, bằng 52% dự toán năm.

Hiện 9/9 huyện, thị xã, thành phố đã thành lập đội kiểm tra liên ngành. Nhờ ra quân thường xuyên, tình trạng xin ăn tại Đại Nội, chùa Thiên Mụ, cầu Trường Tiền và Quốc lộ 1A đoạn qua thị xã Hương Thủy giảm rõ rệt; số trường hợp tái diễn chỉ còn 12 lượt, giảm gần 40% so với cùng kỳ.

Thời gian tới, Sở phấn đấu 100% người lang thang, xin ăn được phát hiện sẽ được tiếp nhận, sàng lọc trong vòng 24 giờ; tỷ lệ hồi gia, tái hòa nhập cộng đồng đạt trên 70% theo Kế hoạch số 187/KH-UBND ngày 14/4/2023 của UBND tỉnh. Người dân có thể phản ánh qua đường dây nóng 0234.3822.561.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SUBJ = "lượt người lang thang, xin ăn được tập trung"
FIGS = [
    F("Tập trung 146 lượt", "146", 146, "count", "lượt người", SUBJ,
      P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("tổ chức 15 đợt ra quân", "15", 15, "count", "đợt", "đợt ra quân", H1),
    F("đưa 146 lượt người", "146", 146, "count", "lượt người", SUBJ, H1,
      change=C("increase", 21, "lượt", "cùng kỳ năm 2023")),
    F("có 58 người xin ăn", "58", 58, "count", "người", "người xin ăn", I(H1), total=146),
    F("39 người lang thang cơ nhỡ", "39", 39, "count", "người", "người lang thang cơ nhỡ", I(H1), total=146),
    F("27 trẻ em bán hàng rong", "27", 27, "count", "trẻ em", "trẻ em bán hàng rong kèm xin tiền", I(H1), total=146),
    F("22 người tâm thần", "22", 22, "count", "người", "người tâm thần lang thang", I(H1), total=146),
    F("là 89 lượt", "89", 89, "count", "lượt", "số lượt người lang thang, xin ăn được tập trung",
      P("quý II/2024", "2024-04-01", "2024-06-30"), percent=61),
    F("bàn giao 97 lượt người", "97", 97, "count", "lượt người", "lượt người bàn giao về gia đình", I(H1),
      percent=66.4),
    F("đưa 31 người vào nuôi dưỡng", "31", 31, "count", "người",
      "người đưa vào nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh", I(H1)),
    F("nuôi dưỡng 312 đối tượng", "312", 312, "count", "đối tượng", "đối tượng Trung tâm đang quản lý, nuôi dưỡng"),
    F("có 64 người lang thang", "64", 64, "count", "người",
      "người lang thang không xác định được nơi cư trú", total=312),
    F("là 2.250.000 đồng/người/tháng", "2.250.000", 2250000, "money", "đồng/người/tháng",
      "mức trợ cấp nuôi dưỡng tại Trung tâm"),
    F("ước đạt 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "kinh phí cho công tác tập trung, nuôi dưỡng",
      P("6 tháng", "2024-01-01", "2024-06-30"), percent=52, status="estimate"),
    F("Hiện 9/9 huyện", "9", 9, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố đã thành lập đội kiểm tra liên ngành", total=9),
    F("chỉ còn 12 lượt", "12", 12, "count", "lượt", "trường hợp tái diễn", I(H1),
      change=C("decrease", 40, "%", "cùng kỳ", "nearly")),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "người lang thang, xin ăn được phát hiện được tiếp nhận, sàng lọc trong vòng 24 giờ", status="target"),
    F("trong vòng 24 giờ", "24", 24, "measure", "giờ", "thời gian tiếp nhận, sàng lọc",
      approx="at_most", status="target", optional=True),
    F("đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ hồi gia, tái hòa nhập cộng đồng",
      approx="over", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thừa Thiên Huế: người lang thang, xin ăn tập trung 6 tháng đầu năm 2024.",
    "Headline '6 tháng' takes 2024 from the dateline before it. 'Trong đó' parts (58+39+27+22) add up to 146.",
    "'Hiện' sentences get no period. '24 giờ' is the target's specification: optional.",
    "Distractors: Lượt xem 1.276, Festival Huế 2024, Quốc lộ 1A, Kế hoạch số 187/KH-UBND ngày 14/4/2023, 0234.3822.561.",
]

write("p947-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Thừa Thiên Huế")
