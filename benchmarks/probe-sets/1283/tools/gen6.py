"""p1283-6: national newspaper: a canned coconut water maker in huyện Cầu Kè (Trà Vinh); national coconut figures."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Hàng hóa

Nước dừa đóng hộp Việt vào 18 thị trường

Thứ ba, 3/12/2024, 14:05 (GMT+7)

Một doanh nghiệp ở Trà Vinh mỗi ngày chế biến 150.000-180.000 trái dừa, đưa nước dừa đóng hộp đi 18 thị trường.

Nhà máy của Công ty TNHH Dừa Cửu Long Xanh tại huyện Cầu Kè, Trà Vinh, chạy ba ca mỗi ngày. Ông Trần Minh Hậu, Tổng giám đốc, cho biết 11 tháng năm nay công ty xuất khẩu khoảng 42 triệu hộp nước dừa loại 330 ml, doanh thu 31 triệu USD, tăng 26% so với cùng kỳ. Thị trường Mỹ chiếm 45% sản lượng xuất khẩu của công ty.

Theo ông Hậu, giá dừa nguyên liệu công ty thu mua hiện ở mức 90.000-110.000 đồng/chục, cao hơn khoảng 30% so với đầu năm do dừa tươi xuất sang Trung Quốc tăng mạnh. Công ty có 260 công nhân, thu nhập bình quân 9,5 triệu đồng/người/tháng.

"Chúng tôi không dám nhận thêm đơn hàng vì thiếu nguyên liệu", ông Hậu nói.

Theo Hiệp hội Dừa Việt Nam, cả nước có khoảng 200.000 ha dừa, trong đó hơn 40.000 ha đạt chứng nhận hữu cơ. Kim ngạch xuất khẩu các sản phẩm từ dừa năm 2024 dự kiến đạt khoảng 1,1 tỷ USD, gấp 1,5 lần năm 2020, trong đó nước dừa đóng hộp chiếm khoảng 22%. Hiệp hội dự báo đến năm 2030, kim ngạch xuất khẩu ngành dừa có thể đạt 2 tỷ USD.

Trà Vinh hiện đứng thứ hai cả nước về diện tích dừa với hơn 27.000 ha, sau Bến Tre.

Hoài Thu
"""

M11 = period("11 tháng năm nay", "2024-01-01", "2024-11-30")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
TO30 = period("đến năm 2030", None, "2030-12-31")
CK = "Cầu Kè"
VN = "Việt Nam"

FIGS = [
    F("vào 18 thị trường", "18", 18, "count", "thị trường", subject="thị trường của nước dừa đóng hộp Việt"),
    F("150.000-180.000", "150.000", 150000, "measure", "trái dừa/ngày", value_max=180000,
      subject="trái dừa doanh nghiệp chế biến mỗi ngày"),
    F("đi 18 thị trường", "18", 18, "count", "thị trường", subject="thị trường xuất khẩu nước dừa đóng hộp"),
    F("chạy ba ca", "ba", 3, "measure", "ca/ngày", subject="ca sản xuất của nhà máy", location=CK),
    F("khoảng 42 triệu hộp", "42", 42e6, "count", "hộp", approx="about", subject="nước dừa công ty xuất khẩu",
      period=M11, location=CK),
    F("loại 330 ml", "330", 330, "measure", "ml", optional=True, location=CK),
    F("doanh thu 31 triệu", "31", 31e6, "money", "USD", change=change("increase", 26, "%", "cùng kỳ"),
      subject="doanh thu công ty", period=M11, location=CK),
    F("chiếm 45%", "45", 45, "percent", "%", subject="thị trường Mỹ trong sản lượng xuất khẩu của công ty",
      period=inherit(M11), location=CK),
    F("mức 90.000-110.000", "90.000", 90000, "money", "đồng/chục", value_max=110000,
      change=change("increase", 30, "%", "đầu năm", approx="about"),
      subject="giá dừa nguyên liệu công ty thu mua", location=CK),
    F("có 260 công nhân", "260", 260, "count", "công nhân", subject="công nhân công ty", location=CK),
    F("9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân công nhân", location=CK),
    F("khoảng 200.000 ha", "200.000", 200000, "measure", "ha", approx="about", subject="diện tích dừa cả nước",
      location=VN),
    F("hơn 40.000 ha", "40.000", 40000, "measure", "ha", approx="over", total=200000,
      subject="diện tích dừa đạt chứng nhận hữu cơ", location=VN),
    F("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="about", status="forecast",
      change=change("increase", 1.5, "lần", "năm 2020"), subject="kim ngạch xuất khẩu các sản phẩm từ dừa",
      period=Y24, location=VN),
    F("khoảng 22%", "22", 22, "percent", "%", approx="about", status="forecast",
      subject="nước dừa đóng hộp trong kim ngạch xuất khẩu các sản phẩm từ dừa", period=Y24, location=VN),
    F("đạt 2 tỷ", "2", 2e9, "money", "USD", status="forecast", subject="kim ngạch xuất khẩu ngành dừa",
      period=TO30, location=VN),
    F("thứ hai cả nước", "hai", 2, "rank", "hạng", subject="diện tích dừa"),
    F("hơn 27.000 ha", "27.000", 27000, "measure", "ha", approx="over", subject="diện tích dừa"),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ ba, 3/12/2024, 14:05 (GMT+7)', sapo, quote, byline 'Hoài Thu' at the end.",
    "Distractors: 14:05, (GMT+7), 'loại 330 ml' (product size, optional), 'đầu năm' and 'năm 2020' as baselines.",
    "The headline and the sapo name only Trà Vinh (default location); the body places the factory in huyện Cầu Kè → Cầu Kè",
    "for the company's figures. Hiệp hội Dừa Việt Nam's figures ('cả nước') → Việt Nam; the rank and 27.000 ha → Trà Vinh.",
    "Headline 18 and sapo 18 are two mentions, two figures. 'mỗi ngày chế biến 150.000-180.000 trái dừa' → rate trái dừa/ngày;",
    "'chạy ba ca mỗi ngày' → 3 ca/ngày (measure). '11 tháng năm nay' → 2024-01-01..2024-11-30 (published year).",
    "'cao hơn khoảng 30% so với đầu năm' is the change of the price range; 'gấp 1,5 lần năm 2020' the change of 1,1 tỷ USD.",
    "'trong đó hơn 40.000 ha' → total 200.000; 'trong đó nước dừa đóng hộp chiếm khoảng 22%' is a percent figure that",
    "continues the 'dự kiến' clause (forecast). 'Hiệp hội dự báo đến năm 2030' → forecast, start null.",
]

if __name__ == "__main__":
    write("p1283-6", TEXT, NOTES, FIGS, published="2024-12-03", location="Trà Vinh")
