"""p1407-7: news agency (TTXVN): monkeys from Xuân Liên reserve raiding fields in huyện Thường Xuân, Thanh Hóa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM - BÁO ĐIỆN TỬ TIN TỨC
Xã hội | Địa phương | Môi trường

Thanh Hóa: Đàn khỉ hàng trăm con phá nương, người dân Thường Xuân khốn đốn

16/05/2025 09:42 GMT+7

Thanh Hóa (TTXVN) - Từ đầu năm đến nay, khỉ từ Khu bảo tồn thiên nhiên Xuân Liên liên tục xuống phá hoại khoảng 35 ha ngô, lúa nương và mía của hơn 200 hộ dân tại các xã Vạn Xuân, Bát Mọt, Yên Nhân (huyện Thường Xuân), tăng gần 40% so với cùng kỳ năm 2024.

Anh Lò Văn Pản ở bản Vịn, xã Bát Mọt, cho biết gia đình trồng hơn một ha ngô nhưng khỉ phá gần hết. Với giá ngô hạt hiện từ 7.000 đến 7.500 đồng/kg, mỗi hộ thiệt hại bình quân 5-6 triệu đồng. Theo UBND huyện, Thường Xuân là địa phương có diện tích cây trồng bị khỉ phá lớn thứ hai của tỉnh, sau huyện Quan Sơn.

Ban quản lý Khu bảo tồn thiên nhiên Xuân Liên cho biết, khu bảo tồn có diện tích hơn 23.000 ha, là nơi sinh sống của khoảng 1.500 cá thể khỉ thuộc 4 loài. Khỉ xuống nương do nguồn thức ăn trong rừng khan hiếm vào mùa khô, kéo dài từ tháng 3 đến tháng 5.

Trong quý I/2025, huyện đã tổ chức 12 đợt xua đuổi với sự tham gia của 450 lượt người, hỗ trợ người dân 85 triệu đồng. Năm nay, huyện dự kiến hỗ trợ 50% kinh phí mua lưới rào cho các hộ có nương giáp rừng, tổng kinh phí khoảng 800 triệu đồng; mục tiêu đến năm 2026 giảm 70% diện tích bị khỉ phá so với năm 2024.

Tin liên quan:
- Nghệ An: Thả khỉ đuôi lợn về Vườn quốc gia Pù Mát
- Thanh Hóa tăng cường bảo vệ rừng mùa khô

Lê Hoa (TTXVN)
"""

YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-05-16")
Q1 = per("Trong quý I/2025", "2025-01-01", "2025-03-31")
NOW = per("Năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hàng trăm con", "hàng trăm", 100, "count", "con", approx="about", subject="số con của đàn khỉ"),
    fig("khoảng 35 ha", "35", 35, "measure", "ha", approx="about", change=chg("increase", 40, "%", "cùng kỳ năm 2024",
        approx="nearly"), subject="ngô, lúa nương và mía bị khỉ phá hoại", period=YTD),
    fig("hơn 200 hộ", "200", 200, "count", "hộ", approx="over", subject="hộ dân bị khỉ phá hoại", period=YTD),
    fig("hơn một ha", "một", 1, "measure", "ha", approx="over", subject="ngô gia đình anh Lò Văn Pản trồng"),
    fig("từ 7.000 đến 7.500", "7.000", 7000, "money", "đồng/kg", value_max=7500, subject="giá ngô hạt"),
    fig("bình quân 5-6 triệu", "5", 5e6, "money", "đồng/hộ", value_max=6e6, subject="thiệt hại bình quân mỗi hộ"),
    fig("lớn thứ hai", "hai", 2, "rank", "hạng", subject="diện tích cây trồng bị khỉ phá"),
    fig("hơn 23.000 ha", "23.000", 23000, "measure", "ha", approx="over",
        subject="diện tích Khu bảo tồn thiên nhiên Xuân Liên"),
    fig("khoảng 1.500 cá thể", "1.500", 1500, "count", "cá thể", approx="about",
        subject="cá thể khỉ sinh sống trong khu bảo tồn"),
    fig("thuộc 4 loài", "4", 4, "count", "loài", subject="loài khỉ trong khu bảo tồn"),
    fig("tổ chức 12 đợt", "12", 12, "count", "đợt", subject="đợt xua đuổi huyện tổ chức", period=Q1),
    fig("của 450 lượt", "450", 450, "count", "lượt người", subject="lượt người tham gia xua đuổi", period=Q1),
    fig("người dân 85 triệu", "85", 85e6, "money", "đồng", subject="kinh phí hỗ trợ người dân", period=Q1),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", status="forecast",
        subject="kinh phí mua lưới rào huyện hỗ trợ cho các hộ có nương giáp rừng", period=NOW),
    fig("khoảng 800 triệu", "800", 800e6, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí hỗ trợ mua lưới rào", period=NOW),
    fig("giảm 70%", "70", 70, "percent", "%", status="target", subject="diện tích bị khỉ phá giảm",
        period=per("đến năm 2026", None, "2026-12-31")),
]

NOTES = [
    "News agency (TTXVN / Báo điện tử Tin tức): menu, headline figure, '16/05/2025 09:42 GMT+7' (published), 'Thanh Hóa (TTXVN) -', related links, byline.",
    "All figures are about huyện Thường Xuân (the communes and the Xuân Liên reserve lie in it) -> location Thường Xuân; 'Thanh Hóa' is the dateline.",
    "'hàng trăm con' = 100, approx about. 'tăng gần 40% so với cùng kỳ năm 2024' -> change of 35 ha. 'hơn một ha' -> 1 ha, over.",
    "'lớn thứ hai của tỉnh' -> rank 2 of the district (location Thường Xuân). 'mỗi hộ thiệt hại bình quân 5-6 triệu' -> đồng/hộ range.",
    "'Năm nay, huyện dự kiến ... 50% ..., tổng kinh phí khoảng 800 triệu' -> forecast 2025; 'mục tiêu đến năm 2026 giảm 70%' -> target percent (own cue).",
    "Distractors: 09:42, GMT+7, 'từ tháng 3 đến tháng 5' (season), 'quý I/2025' as period, 'bản Vịn'.",
]

if __name__ == "__main__":
    write("p1407-7", TEXT, NOTES, FIGS, published="2025-05-16", location="Thường Xuân")
