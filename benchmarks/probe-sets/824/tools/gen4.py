"""p824-4: Bộ Công Thương site, national footwear/handbag exports 11 months 2023, markets, rank, strategy targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu giày dép, túi xách 11 tháng năm 2023 đạt hơn 22 tỷ USD
Ngày đăng: 25/12/2023 10:42 | Nguồn: Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, 11 tháng năm 2023, kim ngạch xuất khẩu giày dép các loại của Việt Nam đạt 18,63 tỷ USD, giảm 15,1% so với cùng kỳ năm 2022; túi xách, ví, va li, mũ, ô dù đạt 3,72 tỷ USD, giảm 13,8%. Riêng tháng 11/2023, xuất khẩu giày dép đạt 1,68 tỷ USD, tăng 4,6% so với tháng trước nhưng giảm 6,2% so với tháng 11/2022.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 6,57 tỷ USD, chiếm 35,3% tổng kim ngạch xuất khẩu giày dép. Tiếp đến là EU, Trung Quốc và Nhật Bản với kim ngạch lần lượt đạt 4,81 tỷ USD, 1,62 tỷ USD và 1,04 tỷ USD.

Việt Nam hiện đứng thứ 2 thế giới về xuất khẩu giày dép, sau Trung Quốc, và đứng thứ 3 về sản xuất với khoảng 1,4 tỷ đôi mỗi năm. Ngành da giày có khoảng 2.200 doanh nghiệp, thu hút trên 1,5 triệu lao động; khu vực có vốn đầu tư nước ngoài đóng góp khoảng 80% kim ngạch xuất khẩu.

Cục Xuất nhập khẩu dự báo cả năm 2023, xuất khẩu giày dép, túi xách đạt khoảng 24 tỷ USD, giảm khoảng 14% so với năm 2022.

Theo Chiến lược phát triển ngành dệt may và da giày Việt Nam đến năm 2030, tầm nhìn đến năm 2035 ban hành kèm Quyết định số 1643/QĐ-TTg ngày 29/12/2022 của Thủ tướng Chính phủ, kim ngạch xuất khẩu da giày, túi xách phấn đấu đạt 32-34 tỷ USD vào năm 2025 và 46-50 tỷ USD vào năm 2030; tỷ lệ nội địa hóa đạt 60-65% vào năm 2030.

Bộ Công Thương - Số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")
T11 = P("tháng 11/2023", "2023-11-01", "2023-11-30")
S = "kim ngạch xuất khẩu giày dép"
FIGS = [
    F("đạt hơn 22 tỷ USD", "22", 22e9, "money", "USD", "xuất khẩu giày dép, túi xách", M11, approx="over"),
    F("đạt 18,63 tỷ USD", "18,63", 18.63e9, "money", "USD", "kim ngạch xuất khẩu giày dép các loại", M11,
      change=C("decrease", 15.1, baseline="cùng kỳ năm 2022")),
    F("đạt 3,72 tỷ USD", "3,72", 3.72e9, "money", "USD", "kim ngạch xuất khẩu túi xách, ví, va li, mũ, ô dù", M11,
      change=C("decrease", 13.8)),
    F("đạt 1,68 tỷ USD", "1,68", 1.68e9, "money", "USD", "xuất khẩu giày dép", T11,
      change=C("increase", 4.6, baseline="tháng trước")),
    F("giảm 6,2% so với", "6,2", 6.2, "percent", "%", "xuất khẩu giày dép so với tháng 11/2022", T11,
      optional=True),
    F("với 6,57 tỷ USD", "6,57", 6.57e9, "money", "USD", "kim ngạch xuất khẩu giày dép sang Hoa Kỳ", I(M11),
      percent=35.3),
    F("lần lượt đạt 4,81 tỷ USD", "4,81", 4.81e9, "money", "USD", "kim ngạch xuất khẩu giày dép sang EU", I(M11)),
    F("4,81 tỷ USD, 1,62 tỷ USD", "1,62", 1.62e9, "money", "USD", "kim ngạch xuất khẩu giày dép sang Trung Quốc",
      I(M11)),
    F("và 1,04 tỷ USD", "1,04", 1.04e9, "money", "USD", "kim ngạch xuất khẩu giày dép sang Nhật Bản", I(M11)),
    F("đứng thứ 2 thế giới", "2", 2, "rank", "hạng", "xuất khẩu giày dép thế giới"),
    F("đứng thứ 3 về sản xuất", "3", 3, "rank", "hạng", "sản xuất giày dép thế giới"),
    F("khoảng 1,4 tỷ đôi mỗi năm", "1,4", 1.4e9, "measure", "đôi/năm", "sản lượng giày dép sản xuất",
      approx="about"),
    F("khoảng 2.200 doanh nghiệp", "2.200", 2200, "count", "doanh nghiệp", "doanh nghiệp ngành da giày",
      approx="about"),
    F("trên 1,5 triệu lao động", "1,5", 1.5e6, "count", "lao động", "lao động ngành da giày", approx="over"),
    F("khoảng 80% kim ngạch", "80", 80, "percent", "%", "khu vực có vốn đầu tư nước ngoài trong kim ngạch xuất khẩu",
      approx="about"),
    F("đạt khoảng 24 tỷ USD", "24", 24e9, "money", "USD", "xuất khẩu giày dép, túi xách",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="forecast",
      change=C("decrease", 14, baseline="năm 2022", approx="about")),
    F("đạt 32-34 tỷ USD", "32", 32e9, "money", "USD", "kim ngạch xuất khẩu da giày, túi xách",
      P("vào năm 2025", "2025-01-01", "2025-12-31"), value_max=34e9, status="target"),
    F("và 46-50 tỷ USD", "46", 46e9, "money", "USD", "kim ngạch xuất khẩu da giày, túi xách",
      P("vào năm 2030", "2030-01-01", "2030-12-31"), value_max=50e9, status="target"),
    F("đạt 60-65%", "60", 60, "percent", "%", "tỷ lệ nội địa hóa", P("vào năm 2030", "2030-01-01", "2030-12-31"),
      value_max=65, status="target"),
]

NOTES = [
    "Bộ Công Thương portal, 25/12/2023: national footwear and handbag exports 11 months 2023, markets, world rank, strategy targets.",
    "Location Việt Nam throughout: Hoa Kỳ, EU, Trung Quốc, Nhật Bản are trade partners (subject), not places of the figures.",
    "'giảm 6,2% so với tháng 11/2022' is a second change of 1,68 tỷ USD: a percent figure of its own, optional (spec).",
    "'1,4 tỷ đôi mỗi năm' is a rate: measure, unit đôi/năm (cf. bác sĩ/1 vạn dân). 'vào năm 2025/2030' give the target year.",
    "Not figures: Quyết định số 1643/QĐ-TTg ngày 29/12/2022, 'đến năm 2030, tầm nhìn đến năm 2035' in the strategy's title,",
    "the address Số 54 Hai Bà Trưng, the phone number, the date line 10:42.",
]

if __name__ == "__main__":
    write("p824-4", TEXT, NOTES, FIGS, published="2023-12-25", location="Việt Nam")
