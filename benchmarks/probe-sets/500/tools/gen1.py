"""p500-1: Cổng TTĐT tỉnh Quảng Bình — số liệu KT-XH quý II và 6 tháng đầu năm 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Trang chủ / Tin tức - Sự kiện / Kinh tế
GRDP 6 tháng đầu năm 2024 của Quảng Bình ước tăng 6,87%
Cập nhật: 09/07/2024 16:42 | Lượt xem: 3.518

Chiều 8/7, tại Trụ sở UBND tỉnh (số 12 Quang Trung, TP Đồng Hới), Cục Thống kê tỉnh tổ chức họp báo công bố số liệu kinh tế - xã hội quý II và 6 tháng đầu năm 2024.

Theo đó, tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng đầu năm 2024 ước tăng 6,87% so với cùng kỳ. Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 2,95%; khu vực công nghiệp - xây dựng tăng 9,41%; khu vực dịch vụ tăng 6,62%. Mức tăng này xếp thứ 3/6 tỉnh vùng Bắc Trung Bộ. Riêng quý II, GRDP ước tăng 7,15%.

Chỉ số sản xuất toàn ngành công nghiệp (IIP) 6 tháng tăng 10,2% so với cùng kỳ; riêng tháng 6 tăng 3,4% so với tháng trước. Một số sản phẩm tăng khá như điện sản xuất đạt 1.052,3 triệu kWh, tăng 18,6%; xi măng đạt 1,26 triệu tấn, tăng 5,1%; gỗ ván ép 48.900 m3.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 6 tháng ước đạt 24.876,5 tỷ đồng, tăng 11,3% so với cùng kỳ, đạt 51,2% kế hoạch năm. Khách du lịch đến Quảng Bình đạt hơn 2,4 triệu lượt, trong đó khách quốc tế khoảng 57.000 lượt.

Thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 3.148,7 tỷ đồng, bằng 42,6% dự toán, giảm 4,8% so với cùng kỳ; trong đó thu nội địa 2.806 tỷ đồng, thu từ hoạt động xuất nhập khẩu 342,7 tỷ đồng.

Tính đến ngày 30/6/2024, toàn tỉnh có 1.724 dự án còn hiệu lực với tổng vốn đăng ký trên 366.000 tỷ đồng.

Năm 2024, tỉnh đặt mục tiêu tăng trưởng GRDP từ 7 đến 7,5%. Để hoàn thành mục tiêu này, 6 tháng cuối năm kinh tế tỉnh phải phấn đấu tăng khoảng 8%.

Cổng Thông tin điện tử tỉnh Quảng Bình - Điện thoại: 0232.3822.656
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = P("6 tháng", "2024-01-01", "2024-06-30")

FIGS = [
    F("của Quảng Bình ước tăng 6,87%", "6,87", 6.87, "percent", "%",
      "tăng trưởng GRDP", H1, status="estimate"),
    F("(GRDP) 6 tháng đầu năm 2024 ước tăng 6,87%", "6,87", 6.87, "percent", "%",
      "tổng sản phẩm trên địa bàn tỉnh (GRDP)", H1, status="estimate"),
    F("thủy sản tăng 2,95%", "2,95", 2.95, "percent", "%",
      "khu vực nông, lâm nghiệp và thủy sản", H1i, status="estimate"),
    F("xây dựng tăng 9,41%", "9,41", 9.41, "percent", "%",
      "khu vực công nghiệp - xây dựng", H1i, status="estimate"),
    F("dịch vụ tăng 6,62%", "6,62", 6.62, "percent", "%",
      "khu vực dịch vụ", H1i, status="estimate"),
    F("xếp thứ 3/6 tỉnh", "3", 3, "rank", "hạng",
      "mức tăng GRDP trong vùng Bắc Trung Bộ", H1i, total=6),
    F("GRDP ước tăng 7,15%", "7,15", 7.15, "percent", "%",
      "GRDP quý II", P("quý II", "2024-04-01", "2024-06-30"), status="estimate"),
    F("(IIP) 6 tháng tăng 10,2%", "10,2", 10.2, "percent", "%",
      "chỉ số sản xuất toàn ngành công nghiệp (IIP)", H1s),
    F("tháng 6 tăng 3,4%", "3,4", 3.4, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) tháng 6 so với tháng trước", P("tháng 6", "2024-06-01", "2024-06-30")),
    F("đạt 1.052,3 triệu kWh", "1.052,3", 1052300000, "measure", "kWh",
      "điện sản xuất", H1i, change=CH("increase", 18.6)),
    F("đạt 1,26 triệu tấn", "1,26", 1260000, "measure", "tấn",
      "xi măng", H1i, change=CH("increase", 5.1)),
    F("ép 48.900 m3", "48.900", 48900, "measure", "m3",
      "gỗ ván ép", H1i),
    F("ước đạt 24.876,5 tỷ đồng", "24.876,5", 24876500000000, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", H1s,
      percent=51.2, change=CH("increase", 11.3, baseline="cùng kỳ"), status="estimate"),
    F("hơn 2,4 triệu lượt", "2,4", 2400000, "count", "lượt",
      "khách du lịch đến Quảng Bình", H1i, approx="over"),
    F("khoảng 57.000 lượt", "57.000", 57000, "count", "lượt",
      "khách quốc tế", H1i, approx="about", total=2400000),
    F("ước đạt 3.148,7 tỷ đồng", "3.148,7", 3148700000000, "money", "đồng",
      "thu ngân sách nhà nước trên địa bàn", H1s,
      percent=42.6, change=CH("decrease", 4.8, baseline="cùng kỳ"), status="estimate"),
    F("nội địa 2.806 tỷ đồng", "2.806", 2806000000000, "money", "đồng",
      "thu nội địa", H1s, total=3148700000000, status="estimate"),
    F("khẩu 342,7 tỷ đồng", "342,7", 342700000000, "money", "đồng",
      "thu từ hoạt động xuất nhập khẩu", H1s, total=3148700000000, status="estimate"),
    F("có 1.724 dự án", "1.724", 1724, "count", "dự án",
      "dự án còn hiệu lực", P("Tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("trên 366.000 tỷ đồng", "366.000", 366000000000000, "money", "đồng",
      "tổng vốn đăng ký", P("Tính đến ngày 30/6/2024", None, "2024-06-30"), approx="over"),
    F("từ 7 đến 7,5%", "7", 7, "percent", "%",
      "mục tiêu tăng trưởng GRDP", P("Năm 2024", "2024-01-01", "2024-12-31"),
      value_max=7.5, status="target"),
    F("tăng khoảng 8%", "8", 8, "percent", "%",
      "tăng trưởng kinh tế tỉnh 6 tháng cuối năm", P("6 tháng cuối năm", "2024-07-01", "2024-12-31"),
      approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình: Cục Thống kê công bố số liệu KT-XH quý II và 6 tháng đầu năm 2024 (GRDP, IIP, bán lẻ, du lịch, thu ngân sách, FDI).",
    "Dateline 'Cập nhật: 09/07/2024 16:42'; 'Lượt xem: 3.518', the address 'số 12 Quang Trung', the phone number and 'Chiều 8/7' are not figures.",
    "The headline 6,87% is a figure of its own (estimate, same period as the lead). Sector rates after 'Trong đó' continue the 'ước' (estimate, no total).",
    "'xếp thứ 3/6 tỉnh vùng Bắc Trung Bộ' is a rank with total 6 (its own sentence, no 'ước': actual).",
    "Products after 'Một số sản phẩm tăng khá như' carry their own change; no 'ước' in that sentence (actual).",
    "'trong đó thu nội địa …, thu từ hoạt động xuất nhập khẩu …' are parts of the 3.148,7 tỷ (they add up), estimate continues.",
    "'6 tháng cuối năm' = 2024-07-01..2024-12-31; 'phải phấn đấu tăng khoảng 8%' is a target.",
]

if __name__ == "__main__":
    emit("p500-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Quảng Bình")
