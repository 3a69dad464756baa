from lib import F, P, I, C, T, write

TEXT = """
Thời sự | Kinh doanh | Đời sống
Thứ năm, 12/6/2025, 06:00 (GMT+7)
Làng nước mắm trăm năm ở Sa Huỳnh gắng giữ nghề

Từ 85 hộ cách đây một thập niên, làng nước mắm Sa Huỳnh (phường Phổ Thạnh, thị xã Đức Phổ, Quảng Ngãi) nay chỉ còn 32 hộ bám nghề.

Ông Nguyễn Văn Chín, 62 tuổi, có 40 năm trong nghề, cho biết mỗi năm gia đình ủ khoảng 30 tấn cá cơm trong 18 thùng gỗ bời lời, cho ra 25.000-28.000 lít nước mắm. "Cá phải tươi, muối phải để ráo nước ít nhất 6 tháng, chượp ủ đủ một năm mới cho nước mắm ngon", ông nói.

Theo UBND thị xã Đức Phổ, từ đầu năm đến nay, các hộ ở Sa Huỳnh sản xuất khoảng 310.000 lít, giảm 12% so với cùng kỳ năm 2024. Giá cá cơm nguyên liệu hiện lên 25.000 đồng/kg, cao gấp 1,4 lần năm trước, trong khi giá nước mắm gần như không đổi.

Nước mắm nhĩ Sa Huỳnh loại 30 độ đạm bán 150.000 đồng/lít, nước mắm loại 2 khoảng 60.000-70.000 đồng/lít. Năm 2024, nước mắm Sa Huỳnh đạt doanh thu 28 tỷ đồng, trong đó bán qua sàn thương mại điện tử chiếm 15%.

Thị xã đặt mục tiêu đến năm 2027 khôi phục lên 50 hộ sản xuất và có 2 sản phẩm đạt OCOP 4 sao.

Theo Hiệp hội Nước mắm truyền thống Việt Nam, cả nước hiện có hơn 90 làng nghề nước mắm, nhưng chỉ khoảng 40% còn hoạt động ổn định.

Phạm Linh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T27 = P("đến năm 2027", None, "2027-12-31")
VN = "Việt Nam"

FIGS = [
    F("nước mắm trăm năm", "trăm", 100, "measure", "năm", "tuổi nghề làng nước mắm Sa Huỳnh", optional=True),
    F("Từ 85 hộ", "85", 85, "count", "hộ", "hộ làm nước mắm ở làng Sa Huỳnh"),
    F("còn 32 hộ", "32", 32, "count", "hộ", "hộ bám nghề nước mắm"),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi ông Nguyễn Văn Chín", optional=True),
    F("có 40 năm", "40", 40, "measure", "năm", "thời gian trong nghề", optional=True),
    F("khoảng 30 tấn", "30", 30, "measure", "tấn", "cá cơm gia đình ủ mỗi năm", approx="about"),
    F("trong 18 thùng", "18", 18, "count", "thùng gỗ", "thùng gỗ bời lời"),
    F("ra 25.000-28.000 lít", "25.000", 25000, "measure", "lít", "nước mắm gia đình cho ra mỗi năm", value_max=28000),
    F("ít nhất 6 tháng", "6", 6, "measure", "tháng", "thời gian để ráo nước muối", approx="at_least", optional=True),
    F("đủ một năm", "một", 1, "measure", "năm", "thời gian ủ chượp", optional=True),
    F("khoảng 310.000 lít", "310.000", 310000, "measure", "lít", "nước mắm các hộ ở Sa Huỳnh sản xuất",
      P("từ đầu năm đến nay", "2025-01-01", "2025-06-12"), approx="about",
      change=C("decrease", 12, baseline="cùng kỳ năm 2024")),
    F("lên 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá cá cơm nguyên liệu",
      change=C("increase", 1.4, "lần", baseline="năm trước")),
    F("loại 30 độ đạm", "30", 30, "measure", "độ đạm", "độ đạm nước mắm nhĩ Sa Huỳnh", optional=True),
    F("bán 150.000 đồng/lít", "150.000", 150000, "money", "đồng/lít", "giá nước mắm nhĩ Sa Huỳnh loại 30 độ đạm"),
    F("khoảng 60.000-70.000 đồng/lít", "60.000", 60000, "money", "đồng/lít", "giá nước mắm loại 2",
      approx="about", value_max=70000),
    F("doanh thu 28 tỷ đồng", "28", 28e9, "money", "đồng", "doanh thu nước mắm Sa Huỳnh", Y24),
    F("chiếm 15%", "15", 15, "percent", "%", "doanh thu bán qua sàn thương mại điện tử", Y24),
    F("lên 50 hộ", "50", 50, "count", "hộ", "hộ sản xuất nước mắm", T27, status="target"),
    F("có 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao", T27, status="target"),
    F("hơn 90 làng nghề", "90", 90, "count", "làng nghề", "làng nghề nước mắm", approx="over", location=VN),
    F("khoảng 40% còn", "40", 40, "percent", "%", "làng nghề nước mắm còn hoạt động ổn định",
      approx="about", location=VN),
]

NOTES = [
    "National newspaper feature (VnExpress-like dateline 'Thứ năm, 12/6/2025, 06:00 (GMT+7)'), byline at end. Sa Huỳnh lies in thị xã Đức Phổ (Quảng Ngãi): location Đức Phổ; the association's national figures -> Việt Nam.",
    "'cao gấp 1,4 lần năm trước' after the price is its change (unit lần). Age, years in trade and the quoted technique durations are optional.",
    "'trong đó bán qua sàn ... chiếm 15%' is a share of a part with no amount: percent figure of its own. 'một thập niên', 'loại 2', 'OCOP 4 sao': not figures.",
]

if __name__ == "__main__":
    write("p1067-6", TEXT, FIGS, NOTES, published="2025-06-12", location="Đức Phổ")
