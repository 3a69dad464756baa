"""p778-8: Khâu Vai commune portal (Mèo Vạc, Hà Giang) — the Khâu Vai market festival 2024."""
from lib import F, P, INH, CH, emit

TEXT = """UBND XÃ KHÂU VAI - HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Trang thông tin điện tử xã
Đăng ngày: 08/05/2024

Phiên chợ Khâu Vai năm 2024 thu hút hơn 15.000 lượt khách

Phiên chợ Khâu Vai (chợ phong lưu) diễn ra trong hai ngày 26 và 27 tháng 3 âm lịch (tức ngày 4 và 5/5/2024) tại thôn Khâu Vai. Đây là năm thứ 17 huyện Mèo Vạc tổ chức Lễ hội chợ Khâu Vai gắn với phát triển du lịch cộng đồng.

Theo Ban Tổ chức, phiên chợ năm nay đón khoảng 15.600 lượt khách, tăng 2.100 lượt so với năm 2023; trong đó khách quốc tế gần 1.300 lượt, khách nội địa hơn 14.300 lượt. Ban Tổ chức bố trí 146 gian hàng, gồm 58 gian hàng nông sản, đặc sản; 42 gian hàng thổ cẩm, đồ thủ công và 46 gian hàng ẩm thực.

Doanh thu từ hoạt động mua bán, dịch vụ ước đạt 3,8 tỷ đồng, cao hơn năm trước khoảng 600 triệu đồng. Các cơ sở lưu trú trên địa bàn xã gồm 23 homestay với 186 phòng, công suất phòng đạt 100% trong dịp lễ hội.

Xã Khâu Vai cách trung tâm huyện Mèo Vạc khoảng 20 km, cách thành phố Hà Giang 180 km theo Quốc lộ 4C. Năm 2024, xã phấn đấu thu nhập bình quân đầu người đạt 32 triệu đồng/người/năm. Tổng lượt khách đến xã trong 4 tháng đầu năm đạt 41.200 lượt, xếp thứ 2 toàn huyện.

Mọi ý kiến đóng góp xin gửi về Văn phòng UBND xã Khâu Vai, điện thoại 0219.3871.205.
"""

Y24 = P("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 15.000 lượt khách", "15.000", 15000, "count", "lượt khách", "lượt khách đến phiên chợ Khâu Vai",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("khoảng 15.600 lượt khách", "15.600", 15600, "count", "lượt khách", "lượt khách đến phiên chợ",
      Y24, approx="about", change=CH("increase", 2100, "lượt", "năm 2023")),
    F("gần 1.300 lượt", "1.300", 1300, "count", "lượt", "khách quốc tế", Y24,
      approx="nearly", total=15600),
    F("hơn 14.300 lượt", "14.300", 14300, "count", "lượt", "khách nội địa", Y24,
      approx="over", total=15600),
    F("bố trí 146 gian hàng", "146", 146, "count", "gian hàng", "gian hàng"),
    F("gồm 58 gian hàng", "58", 58, "count", "gian hàng", "gian hàng nông sản, đặc sản", total=146),
    F("42 gian hàng", "42", 42, "count", "gian hàng", "gian hàng thổ cẩm, đồ thủ công", total=146),
    F("và 46 gian hàng", "46", 46, "count", "gian hàng", "gian hàng ẩm thực", total=146),
    F("ước đạt 3,8 tỷ đồng", "3,8", 3800000000, "money", "đồng",
      "doanh thu từ hoạt động mua bán, dịch vụ", INH(Y24),
      change=CH("increase", 600000000, "đồng", "năm trước", approx="about"), status="estimate"),
    F("gồm 23 homestay", "23", 23, "count", "homestay", "cơ sở lưu trú homestay trên địa bàn xã"),
    F("với 186 phòng", "186", 186, "count", "phòng", "phòng của các cơ sở lưu trú"),
    F("đạt 100%", "100", 100, "percent", "%", "công suất phòng trong dịp lễ hội"),
    F("khoảng 20 km", "20", 20, "measure", "km", "khoảng cách từ xã Khâu Vai đến trung tâm huyện Mèo Vạc",
      approx="about"),
    F("Hà Giang 180 km", "180", 180, "measure", "km", "khoảng cách từ xã Khâu Vai đến thành phố Hà Giang"),
    F("đạt 32 triệu đồng", "32", 32000000, "money", "đồng/người/năm", "thu nhập bình quân đầu người",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 41.200 lượt", "41.200", 41200, "count", "lượt", "tổng lượt khách đến xã",
      P("4 tháng đầu năm", "2024-01-01", "2024-04-30")),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "tổng lượt khách đến xã",
      P("4 tháng đầu năm", "2024-01-01", "2024-04-30")),
]

COMMENTS = [
    "Khâu Vai commune portal (Mèo Vạc, Hà Giang; 'Đăng ngày: 08/05/2024'): the 2024 Khâu Vai market festival.",
    "A commune is no location category in FIGURES.md: the commune's figures take its district, Mèo Vạc (as a district portal takes its district).",
    "'năm nay' = 2024 (published and the headline). Domestic + international visitors after 'trong đó' add up to 15.600: total.",
    "'gồm 58 …; 42 …; 46 …' add up to 146: total. 'cao hơn năm trước khoảng 600 triệu đồng' is the change of 3,8 tỷ (unit đồng, about).",
    "'xếp thứ 2 toàn huyện' is a rank in the '4 tháng đầu năm' sentence (year from 'Năm 2024' just before); subject without the scope 'toàn huyện'",
    "(revised after the first run for consistency with p778-7 and the shared rank subjects; it was not an error line).",
    "Distractors: 'hai ngày 26 và 27 tháng 3 âm lịch', 'ngày 4 và 5/5/2024', 'năm thứ 17', Quốc lộ 4C, phone 0219.3871.205, 'thôn Khâu Vai'.",
]

if __name__ == "__main__":
    emit("p778-8", TEXT, COMMENTS, FIGS, published="2024-05-08", location="Mèo Vạc")
