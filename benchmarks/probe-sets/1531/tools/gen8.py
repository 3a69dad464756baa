"""p1531-8: radio/TV site (Bắc Ninh TV): bamboo-fan export orders in xã Xuân Lai, huyện Gia Bình."""
from lib import F, period, inherit, change, target, write

TEXT = """BẮC NINH TV
Thời sự | Kinh tế | Xã hội | Văn hóa | Video

Đơn hàng quạt tre Xuân Lai tăng mạnh dịp hè

Đăng lúc: 22/05/2024 - 14:25 | 0 bình luận

BTV - Từ đầu năm đến nay, các doanh nghiệp, hộ sản xuất ở xã Xuân Lai, huyện Gia Bình đã xuất khẩu khoảng 340 nghìn chiếc quạt tre, quạt nan sang Nhật Bản, Hàn Quốc, tăng 25% so với cùng kỳ năm ngoái.

Tại Công ty TNHH Tre Việt Xuân Lai, hơn 70 công nhân làm việc cả ngày chủ nhật để kịp đơn hàng 120.000 chiếc quạt cho đối tác Nhật Bản, giao trước ngày 30/6. Ông Nguyễn Đức Thịnh, Giám đốc công ty cho biết, 4 tháng đầu năm 2024, doanh thu của công ty đạt 6,8 tỷ đồng, bằng 45% kế hoạch năm. Trong tháng 5, công ty đã xuất 2 container 40 feet sang cảng Osaka.

Theo UBND huyện Gia Bình, xã Xuân Lai hiện có 3 doanh nghiệp và khoảng 200 hộ làm hàng tre trúc, trong đó 45 hộ chuyên làm quạt. Nghề tre trúc mang lại khoảng 70% thu nhập của người dân trong xã. Giá quạt tre xuất khẩu từ 0,8 đến 1,5 USD/chiếc; thợ lành nghề có thu nhập 7-8 triệu đồng/tháng.

Dự kiến năm 2024, sản lượng quạt tre của xã đạt khoảng 900.000 chiếc, kim ngạch xuất khẩu khoảng 1 triệu USD. Huyện đặt mục tiêu đến năm 2025 có thêm hai sản phẩm quạt tre đạt chuẩn OCOP.

Video: Quạt tre Xuân Lai vào mùa (02:35)
Tags: quạt tre, Gia Bình, xuất khẩu
"""

PUB = "2024-05-22"
YTD = period("Từ đầu năm đến nay", "2024-01-01", PUB)
M4 = period("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
MAY = period("Trong tháng 5", "2024-05-01", "2024-05-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
TO25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 340 nghìn", "340", 340000, "count", "chiếc", approx="about",
      change=change("increase", 25, "%", "cùng kỳ năm ngoái"),
      subject="quạt tre, quạt nan xuất khẩu", period=YTD),
    F("hơn 70 công nhân", "70", 70, "count", "công nhân", approx="over",
      subject="công nhân Công ty TNHH Tre Việt Xuân Lai làm việc cả ngày chủ nhật"),
    F("hàng 120.000", "120.000", 120000, "count", "chiếc", subject="quạt trong đơn hàng cho đối tác Nhật Bản"),
    F("đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", percent=45, subject="doanh thu của công ty", period=M4),
    F("xuất 2 container", "2", 2, "count", "container", subject="container công ty đã xuất", period=MAY),
    F("container 40 feet", "40", 40, "measure", "feet", subject="cỡ container", optional=True),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp làm hàng tre trúc"),
    F("khoảng 200 hộ", "200", 200, "count", "hộ", approx="about", subject="hộ làm hàng tre trúc"),
    F("trong đó 45 hộ", "45", 45, "count", "hộ", total=200, subject="hộ chuyên làm quạt"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="thu nhập của người dân trong xã do nghề tre trúc mang lại"),
    F("từ 0,8 đến 1,5", "0,8", 0.8, "money", "USD/chiếc", value_max=1.5, subject="giá quạt tre xuất khẩu"),
    F("nhập 7-8 triệu", "7", 7e6, "money", "đồng/tháng", value_max=8e6, subject="thu nhập thợ lành nghề"),
    F("khoảng 900.000", "900.000", 900000, "count", "chiếc", approx="about", status="forecast",
      subject="sản lượng quạt tre của xã", period=Y24),
    F("khoảng 1 triệu USD", "1", 1e6, "money", "USD", approx="about", status="forecast",
      subject="kim ngạch xuất khẩu", period=Y24),
    F("thêm hai sản phẩm", "hai", 2, "count", "sản phẩm", status="target",
      subject="sản phẩm quạt tre đạt chuẩn OCOP", period=TO25),
]

NOTES = [
    "Radio/TV site (Bắc Ninh TV): menu, 'Đăng lúc: 22/05/2024 - 14:25 | 0 bình luận', source tag 'BTV -', video line with duration, tags.",
    "Distractors: 14:25, '0 bình luận', 'giao trước ngày 30/6', video duration '02:35'.",
    "Every figure is about xã Xuân Lai or a company there, in huyện Gia Bình: location Gia Bình. Nhật Bản, Hàn Quốc, Osaka are partners/destinations, not places of the figures.",
    "'Từ đầu năm đến nay' ends at the dateline; 'Trong tháng 5' takes 2024 from '4 tháng đầu năm 2024'.",
    "'container 40 feet' names a container size (like a product spec): optional, neither missed nor false.",
    "'bằng 45% kế hoạch năm' is the percent of 6,8 tỷ. '200 hộ ..., trong đó 45 hộ': total 200. 'khoảng 70% thu nhập' is a percent figure.",
    "'Dự kiến năm 2024' governs both clauses of its sentence (forecast); 'đặt mục tiêu đến năm 2025' → target, start null.",
]

if __name__ == "__main__":
    write("p1531-8", TEXT, NOTES, FIGS, published=PUB, location="Gia Bình")
