"""p1260-8: radio/TV site (Đài PT-TH thành phố Cần Thơ): ride-hailing drivers switching to e-motorbikes, e-bike fires, targets."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Video | Podcast

Tài xế công nghệ ở Cần Thơ chuyển sang xe máy điện

THTPCT - Thứ Sáu, 22/08/2025 17:45

Nghe bài viết | 00:03:12

Từ đầu năm đến nay, khoảng 2.300 tài xế xe công nghệ tại Cần Thơ đã chuyển sang dùng xe máy điện. Hiện toàn thành phố có hơn 3,1 nghìn tài xế công nghệ chạy xe điện, chiếm khoảng 35% số tài xế đang hoạt động, xếp thứ 2 khu vực Đồng bằng sông Cửu Long.

Anh Nguyễn Văn Tài, một tài xế ở trung tâm thành phố, cho biết mỗi ngày anh chạy khoảng 120 km; tiền sạc chỉ hết 25.000-30.000 đồng/ngày, bằng khoảng 45% so với đổ xăng. "Mỗi tháng tôi để dành thêm được hơn 1,5 triệu đồng", anh Tài nói.

Theo Công an thành phố, 7 tháng năm 2025, số xe máy điện đăng ký mới gấp 2,5 lần cùng kỳ. Cũng trong 7 tháng, trên địa bàn xảy ra 11 vụ cháy liên quan đến xe máy điện, xe đạp điện, tăng 4 vụ so với cùng kỳ, trong đó 6 vụ xảy ra khi đang sạc vào ban đêm. Lực lượng chức năng đã kiểm tra 126 nhà trọ, ký túc xá, yêu cầu bố trí khu sạc riêng cách lối thoát nạn ít nhất 2 m.

Thành phố phấn đấu đến năm 2030, 100% xe ôm công nghệ và xe giao hàng sử dụng xe điện. Dự kiến trong năm 2026, Sở Xây dựng sẽ phối hợp với các hãng lắp thêm khoảng 150 tủ đổi pin tại bến xe, chợ và trường đại học.

Thanh Tâm - Quốc Huy/THTPCT

Tin cùng chuyên mục:
- Cần Thơ: Khởi công cầu Trần Hoàng Na giai đoạn 2
"""

YTD = period("Từ đầu năm đến nay", "2025-01-01", "2025-08-22")
M7 = period("7 tháng năm 2025", "2025-01-01", "2025-07-31")
M7S = period("7 tháng", "2025-01-01", "2025-07-31")
BY30 = period("đến năm 2030", None, "2030-12-31")
Y26 = period("năm 2026", "2026-01-01", "2026-12-31")

FIGS = [
    F("khoảng 2.300", "2.300", 2300, "count", "tài xế", approx="about",
      subject="tài xế xe công nghệ chuyển sang dùng xe máy điện", period=YTD),
    F("hơn 3,1 nghìn", "3,1", 3100, "count", "tài xế", approx="over", percent=35,
      subject="tài xế công nghệ chạy xe điện"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", subject="tài xế công nghệ chạy xe điện"),
    F("khoảng 120 km", "120", 120, "measure", "km/ngày", approx="about", subject="quãng đường tài xế chạy mỗi ngày"),
    F("25.000-30.000", "25.000", 25000, "money", "đồng/ngày", value_max=30000, percent=45, subject="tiền sạc"),
    F("hơn 1,5 triệu", "1,5", 1.5e6, "money", "đồng/tháng", approx="over", subject="tiền để dành thêm mỗi tháng"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", subject="số xe máy điện đăng ký mới", period=M7),
    F("xảy ra 11 vụ", "11", 11, "count", "vụ cháy", change=change("increase", 4, "vụ", "cùng kỳ"),
      subject="vụ cháy liên quan đến xe máy điện, xe đạp điện", period=M7S),
    F("6 vụ", "6", 6, "count", "vụ", total=11, subject="vụ cháy xảy ra khi đang sạc vào ban đêm", period=M7S),
    F("kiểm tra 126", "126", 126, "count", "nhà trọ, ký túc xá", subject="nhà trọ, ký túc xá được kiểm tra"),
    F("ít nhất 2 m", "2", 2, "measure", "m", approx="at_least", subject="khoảng cách khu sạc riêng đến lối thoát nạn"),
    F("100% xe", "100", 100, "percent", "%", status="target",
      subject="xe ôm công nghệ và xe giao hàng sử dụng xe điện", period=BY30),
    F("khoảng 150 tủ", "150", 150, "count", "tủ đổi pin", approx="about", status="forecast",
      subject="tủ đổi pin lắp thêm", period=Y26),
]

NOTES = [
    "Radio/TV site (Đài PT-TH thành phố Cần Thơ): menu, 'THTPCT - Thứ Sáu, 22/08/2025 17:45', audio player '00:03:12', byline, related link.",
    "Distractors: 17:45, 00:03:12 (audio length), 'giai đoạn 2' in a link, 'cùng kỳ', 'Đồng bằng sông Cửu Long' (region of the rank).",
    "'Từ đầu năm đến nay' ends at the dateline 2025-08-22. The stock 'Hiện ... hơn 3,1 nghìn' has no period; 'chiếm khoảng 35%' → percent attribute.",
    "'xếp thứ 2 khu vực ĐBSCL' is the city's rank: location Cần Thơ, subject the ranked indicator.",
    "The driver's figures are rates: 'mỗi ngày ... khoảng 120 km' → km/ngày; 'Mỗi tháng ... hơn 1,5 triệu đồng' → đồng/tháng.",
    "'bằng khoảng 45% so với đổ xăng' → percent attribute of the 25.000-30.000 đồng/ngày range.",
    "'gấp 2,5 lần cùng kỳ' with no amount before it is the claim itself: kind multiple.",
    "'Cũng trong 7 tháng' (year-less) → 2025. '6 vụ' after 'trong đó' → total 11. 'tăng 4 vụ so với cùng kỳ' → change in vụ.",
    "'yêu cầu ... ít nhất 2 m' is a requirement, not a target cue of the spec: status actual (borderline).",
    "'phấn đấu đến năm 2030' → target, start null; 'Dự kiến trong năm 2026' → forecast.",
]

if __name__ == "__main__":
    write("p1260-8", TEXT, NOTES, FIGS, published="2025-08-22", location="Cần Thơ")
