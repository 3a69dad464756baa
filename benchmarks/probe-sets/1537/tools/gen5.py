"""p1537-5: Party newspaper (Báo Cà Mau): a crocodile-leather wallet and belt workshop in TP Cà Mau."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH CÀ MAU
Kinh tế | Doanh nghiệp - Doanh nhân

15/06/2024 - 07:30

Ví da cá sấu "made in Cà Mau" đến tay khách phương xa

(CMO) - Từ một gian hàng nhỏ, cơ sở đồ da cá sấu của anh Lâm Minh Khang ở Phường 8, TP Cà Mau nay đã có sản phẩm bán ra nhiều tỉnh, thành và theo chân du khách ra nước ngoài.

Xưởng của anh Khang rộng hơn 200 m2 với 14 thợ, mỗi tháng làm ra khoảng 600 sản phẩm ví, thắt lưng, túi xách từ da cá sấu. Một chiếc ví da cá sấu có giá từ 1,2 triệu đến 3,5 triệu đồng, thắt lưng từ 1,8 triệu đồng trở lên; riêng túi xách cao cấp có giá khoảng 25 triệu đồng.

Nguồn da được mua từ hai trại nuôi cá sấu trong tỉnh, với giá 1,5-2 triệu đồng/tấm da thô. Năm 2023, cơ sở đạt doanh thu gần 4,8 tỷ đồng, lãi khoảng 900 triệu đồng. "Mỗi sản phẩm phải qua ít nhất 12 công đoạn, từ thuộc da, cắt, may tay đến đánh bóng", anh Khang chia sẻ.

Theo Sở Công Thương tỉnh Cà Mau, toàn tỉnh hiện có 7 cơ sở chế biến sản phẩm từ da cá sấu, trong đó 3 cơ sở có sản phẩm đạt OCOP 3 sao. Tổng đàn cá sấu nuôi trong tỉnh khoảng 18.000 con, giảm khoảng 45% so với năm 2018.

Năm nay, cơ sở dự kiến mở thêm một cửa hàng tại TP Hồ Chí Minh và phấn đấu doanh thu vượt 5 tỷ đồng. Liên hệ: số 126 đường Lý Thường Kiệt, Phường 8; điện thoại 0290.3567.218.

HOÀNG VŨ
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("Từ một gian hàng", "một", 1, "count", "gian hàng", optional=True),
    F("hơn 200 m2", "200", 200, "measure", "m2", approx="over",
      subject="diện tích xưởng của anh Khang"),
    F("với 14 thợ", "14", 14, "count", "thợ",
      subject="thợ của xưởng"),
    F("khoảng 600 sản phẩm", "600", 600, "measure", "sản phẩm/tháng", approx="about",
      subject="sản phẩm ví, thắt lưng, túi xách từ da cá sấu làm ra mỗi tháng"),
    F("từ 1,2 triệu đến 3,5 triệu", "1,2", 1.2e6, "money", "đồng/chiếc", value_max=3.5e6,
      subject="giá một chiếc ví da cá sấu"),
    F("từ 1,8 triệu", "1,8", 1.8e6, "money", "đồng", approx="at_least",
      subject="giá thắt lưng"),
    F("khoảng 25 triệu", "25", 25e6, "money", "đồng", approx="about",
      subject="giá túi xách cao cấp"),
    F("từ hai trại", "hai", 2, "count", "trại",
      subject="trại nuôi cá sấu cung cấp nguồn da"),
    F("giá 1,5-2 triệu", "1,5", 1.5e6, "money", "đồng/tấm", value_max=2e6,
      subject="giá da thô"),
    F("gần 4,8 tỷ", "4,8", 4.8e9, "money", "đồng", approx="nearly",
      subject="doanh thu của cơ sở", period=Y23),
    F("khoảng 900 triệu", "900", 900e6, "money", "đồng", approx="about",
      subject="lãi của cơ sở", period=Y23),
    F("ít nhất 12 công đoạn", "12", 12, "count", "công đoạn", approx="at_least",
      subject="công đoạn mỗi sản phẩm phải qua"),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở",
      subject="cơ sở chế biến sản phẩm từ da cá sấu"),
    F("trong đó 3 cơ sở", "3", 3, "count", "cơ sở", total=7,
      subject="cơ sở có sản phẩm đạt OCOP 3 sao"),
    F("khoảng 18.000 con", "18.000", 18000, "count", "con", approx="about",
      change=change("decrease", 45, "%", "năm 2018", approx="about"),
      subject="tổng đàn cá sấu nuôi trong tỉnh"),
    F("thêm một cửa hàng", "một", 1, "count", "cửa hàng", status="forecast",
      subject="cửa hàng cơ sở mở thêm", period=Y24),
    F("vượt 5 tỷ", "5", 5e9, "money", "đồng", approx="over", status="target",
      subject="doanh thu của cơ sở", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Cà Mau): masthead, '15/06/2024 - 07:30', tag '(CMO) -', sapo, byline HOÀNG VŨ at the end.",
    "Location Cà Mau for all: the workshop is in TP Cà Mau, the province figures are Cà Mau; 'TP Hồ Chí Minh' is where a shop will open, not the figure's place.",
    "'từ 1,8 triệu đồng trở lên' → at_least. 'Một chiếc ví ... từ 1,2 triệu đến 3,5 triệu đồng' → range, unit 'đồng/chiếc'. 'mỗi tháng ... khoảng 600 sản phẩm' → rate 'sản phẩm/tháng'.",
    "'giảm khoảng 45% so với năm 2018' is a change of 18.000 con in words (a fraction); no numeric change attribute is given, and 'một' of 'một nửa' is optional (a fraction, not a count).",
    "'Năm nay' → 2024 (published). 'dự kiến' governs its clause (forecast), 'và phấn đấu' the next (target, 'vượt' = over).",
    "'Từ một gian hàng nhỏ' (sapo) is optional: 'một' reads as the indefinite article as much as a count.",
    "Distractors: 'Một chiếc ví' (the price's denominator), 07:30, 'Phường 8' (twice), 'OCOP 3 sao', 'năm 2018' (baseline), 'số 126 đường Lý Thường Kiệt', phone 0290.3567.218, 'made in Cà Mau'.",
]

if __name__ == "__main__":
    write("p1537-5", TEXT, NOTES, FIGS, published="2024-06-15", location="Cà Mau")
