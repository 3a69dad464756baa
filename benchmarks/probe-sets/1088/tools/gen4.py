"""p1088-4: Bộ Công Thương site, national trade through land border gates and duty-free shops, 2024."""
from lib import F, P, I, C, T, build

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ / Tin tức / Xuất nhập khẩu
Kim ngạch qua các cửa khẩu đường bộ năm 2024 đạt gần 62 tỷ USD
18/01/2025 14:30

Theo số liệu của Tổng cục Hải quan, năm 2024 tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu đường bộ của cả nước đạt 61,8 tỷ USD, tăng 12,7% so với năm 2023, chiếm khoảng 7,8% tổng kim ngạch xuất nhập khẩu của Việt Nam. Trong đó, trao đổi hàng hóa với Trung Quốc đạt 47,3 tỷ USD, với Campuchia 10,2 tỷ USD và với Lào 4,3 tỷ USD.

Các địa phương có kim ngạch qua cửa khẩu biên giới lớn nhất lần lượt là Lạng Sơn (13,6 tỷ USD), Quảng Ninh (6,9 tỷ USD), Tây Ninh (6,1 tỷ USD) và Lào Cai (3,5 tỷ USD). Riêng cặp cửa khẩu Hữu Nghị (Lạng Sơn) - Hữu Nghị Quan (Trung Quốc) đạt 9,7 tỷ USD, xếp thứ nhất cả nước.

Năm 2024, các chi cục hải quan cửa khẩu đường bộ đã làm thủ tục cho hơn 1,1 triệu lượt phương tiện chở hàng, bình quân khoảng 3.000 lượt xe/ngày; tỷ lệ tờ khai được phân luồng xanh đạt 61,4%. Số thu ngân sách tại các chi cục này đạt 21.460 tỷ đồng, bằng 103,2% dự toán.

Cả nước hiện có 58 cửa hàng kinh doanh hàng miễn thuế, trong đó 14 cửa hàng tại khu vực cửa khẩu đường bộ. Doanh số bán hàng miễn thuế năm 2024 ước đạt 8.900 tỷ đồng, tăng khoảng 6% so với năm trước.

Bộ Công Thương đặt mục tiêu đến năm 2025 kim ngạch qua các cửa khẩu biên giới đường bộ đạt 70 tỷ USD, trong đó tỷ lệ hàng hóa thông quan qua cửa khẩu số đạt trên 50%.

Bộ Công Thương - Số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2222
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
KB = "kim ngạch qua cửa khẩu biên giới"

FIGS = [
    F("đạt gần 62 tỷ USD", "62", 62e9, "money", "USD", approx="nearly",
      subject="kim ngạch qua các cửa khẩu đường bộ", period=Y24),
    F("đạt 61,8 tỷ USD", "61,8", 61.8e9, "money", "USD", percent=7.8,
      change=C("increase", 12.7, baseline="năm 2023"),
      subject="tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu đường bộ", period=Y24),
    F("Trung Quốc đạt 47,3 tỷ USD", "47,3", 47.3e9, "money", "USD", total=61.8e9,
      subject="trao đổi hàng hóa với Trung Quốc", period=I(Y24)),
    F("Campuchia 10,2 tỷ USD", "10,2", 10.2e9, "money", "USD", total=61.8e9,
      subject="trao đổi hàng hóa với Campuchia", period=I(Y24)),
    F("Lào 4,3 tỷ USD", "4,3", 4.3e9, "money", "USD", total=61.8e9,
      subject="trao đổi hàng hóa với Lào", period=I(Y24)),
    F("Lạng Sơn (13,6 tỷ USD)", "13,6", 13.6e9, "money", "USD", subject=KB,
      location="Lạng Sơn", period=I(Y24)),
    F("Quảng Ninh (6,9 tỷ USD)", "6,9", 6.9e9, "money", "USD", subject=KB,
      location="Quảng Ninh", period=I(Y24)),
    F("Tây Ninh (6,1 tỷ USD)", "6,1", 6.1e9, "money", "USD", subject=KB,
      location="Tây Ninh", period=I(Y24)),
    F("Lào Cai (3,5 tỷ USD)", "3,5", 3.5e9, "money", "USD", subject=KB,
      location="Lào Cai", period=I(Y24)),
    F("đạt 9,7 tỷ USD", "9,7", 9.7e9, "money", "USD",
      subject="kim ngạch qua cặp cửa khẩu Hữu Nghị - Hữu Nghị Quan", location="Lạng Sơn", period=I(Y24)),
    F("xếp thứ nhất cả nước", "nhất", 1, "rank", "hạng",
      subject="kim ngạch qua cặp cửa khẩu Hữu Nghị - Hữu Nghị Quan", location="Lạng Sơn", period=I(Y24)),
    F("hơn 1,1 triệu lượt phương tiện", "1,1", 1.1e6, "count", "lượt phương tiện", approx="over",
      subject="phương tiện chở hàng được làm thủ tục hải quan",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 3.000 lượt xe/ngày", "3.000", 3000, "measure", "lượt xe/ngày", approx="about",
      subject="phương tiện chở hàng bình quân", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 61,4%", "61,4", 61.4, "percent", "%",
      subject="tỷ lệ tờ khai được phân luồng xanh", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 21.460 tỷ đồng", "21.460", 21460e9, "money", "đồng", percent=103.2,
      subject="số thu ngân sách tại các chi cục hải quan cửa khẩu đường bộ", period=I(Y24)),
    F("có 58 cửa hàng", "58", 58, "count", "cửa hàng",
      subject="cửa hàng kinh doanh hàng miễn thuế"),
    F("trong đó 14 cửa hàng", "14", 14, "count", "cửa hàng", total=58,
      subject="cửa hàng miễn thuế tại khu vực cửa khẩu đường bộ"),
    F("ước đạt 8.900 tỷ đồng", "8.900", 8900e9, "money", "đồng", status="estimate",
      change=C("increase", 6, baseline="năm trước", approx="about"),
      subject="doanh số bán hàng miễn thuế", period=Y24),
    F("đạt 70 tỷ USD", "70", 70e9, "money", "USD", status="target",
      subject="kim ngạch qua các cửa khẩu biên giới đường bộ", period=T25),
    F("đạt trên 50%", "50", 50, "percent", "%", approx="over", status="target",
      subject="tỷ lệ hàng hóa thông quan qua cửa khẩu số", period=T25),
]

NOTES = [
    "Bộ Công Thương site: national trade through land border gates and duty-free shops, 2024; dateline '18/01/2025 14:30'.",
    "Distractors: 14:30, address 'Số 54 Hai Bà Trưng', phone 024.2220.2222, 'đến năm 2025' as a period.",
    "Trade partners (Trung Quốc, Campuchia, Lào) stay in the subject, location Việt Nam; they follow 'Trong đó' and add up to 61,8 tỷ: total.",
    "Province list (lần lượt): location = province, subject = the list's indicator. The Hữu Nghị gate pair is named with '(Lạng Sơn)': location Lạng Sơn; 'xếp thứ nhất' is rank 1.",
    "'chiếm khoảng 7,8%' is the share of 61,8 tỷ; 'đạt trên 50%' after 'trong đó tỷ lệ' is a percent figure of its own (no base amount).",
]

if __name__ == "__main__":
    build("p1088-4", TEXT, NOTES, FIGS, published="2025-01-18", location="Việt Nam")
