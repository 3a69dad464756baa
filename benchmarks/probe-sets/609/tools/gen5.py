"""p609-5: Báo Nam Định (Party newspaper) — textile and garment industry 8 tháng 2024: index, output, exports, firms, labour."""
from lib import F, P, CH, emit, inh

TEXT = """Ngành dệt may Nam Định: Đơn hàng phục hồi, lao động tăng

Tám tháng năm 2024, chỉ số sản xuất ngành dệt, may của tỉnh tăng 14,6% so với cùng kỳ, cao hơn mức tăng chung của toàn ngành công nghiệp (tăng 11,2%).

Theo Sở Công Thương, 8 tháng, sản lượng vải các loại đạt 98,4 triệu m², tăng 9,7%; sợi các loại đạt 112,5 nghìn tấn, tăng 18,3%; quần áo may sẵn đạt 186,2 triệu sản phẩm, tăng 15,1% so với cùng kỳ. Kim ngạch xuất khẩu hàng dệt may ước đạt 1,42 tỷ USD, chiếm 58,6% tổng kim ngạch xuất khẩu của tỉnh.

Toàn tỉnh hiện có 462 doanh nghiệp dệt may, trong đó 38 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng khoảng 98.000 lao động. Các doanh nghiệp tập trung chủ yếu tại thành phố Nam Định (112 doanh nghiệp) và các huyện Hải Hậu (86 doanh nghiệp), Giao Thủy (54 doanh nghiệp), Nghĩa Hưng (47 doanh nghiệp).

Chỉ số sử dụng lao động ngành dệt may tại thời điểm 1/8/2024 tăng 6,2% so với cùng thời điểm năm trước. Thu nhập bình quân của người lao động từ 7,5 đến 9 triệu đồng/người/tháng, tăng từ 5 đến 8% so với năm 2023. Công ty CP May Sông Hồng (số 105 đường Nguyễn Đức Thuận, TP Nam Định) từ đầu năm đến nay đã tuyển thêm 1.200 công nhân cho 3 nhà máy mới tại Khu công nghiệp Rạng Đông.

Phấn đấu đến năm 2025, giá trị sản xuất ngành dệt may chiếm 30% giá trị sản xuất công nghiệp toàn tỉnh, kim ngạch xuất khẩu dệt may đạt 2,5 tỷ USD.

Thanh Hương
09/09/2024
"""

T8 = P("Tám tháng năm 2024", "2024-01-01", "2024-08-31")
E8 = P("8 tháng", "2024-01-01", "2024-08-31")
G25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("của tỉnh tăng 14,6%", "14,6", 14.6, "percent", "%", "chỉ số sản xuất ngành dệt, may", T8),
    F("(tăng 11,2%)", "11,2", 11.2, "percent", "%", "mức tăng chung của toàn ngành công nghiệp", T8),
    F("đạt 98,4 triệu m²", "98,4", 98400000, "measure", "m²", "sản lượng vải các loại", E8,
      change=CH("increase", 9.7)),
    F("đạt 112,5 nghìn tấn", "112,5", 112500, "measure", "tấn", "sợi các loại", E8,
      change=CH("increase", 18.3)),
    F("đạt 186,2 triệu sản phẩm", "186,2", 186200000, "count", "sản phẩm", "quần áo may sẵn", E8,
      change=CH("increase", 15.1, baseline="cùng kỳ")),
    F("ước đạt 1,42 tỷ USD", "1,42", 1420000000, "money", "USD", "kim ngạch xuất khẩu hàng dệt may", inh(E8),
      percent=58.6, status="estimate"),
    F("có 462 doanh nghiệp", "462", 462, "count", "doanh nghiệp", "doanh nghiệp dệt may"),
    F("38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", "doanh nghiệp dệt may có vốn đầu tư nước ngoài",
      total=462),
    F("khoảng 98.000 lao động", "98.000", 98000, "count", "lao động", "lao động doanh nghiệp dệt may sử dụng",
      approx="about"),
    F("(112 doanh nghiệp)", "112", 112, "count", "doanh nghiệp", "doanh nghiệp dệt may", location="Nam Định"),
    F("(86 doanh nghiệp)", "86", 86, "count", "doanh nghiệp", "doanh nghiệp dệt may", location="Hải Hậu"),
    F("(54 doanh nghiệp)", "54", 54, "count", "doanh nghiệp", "doanh nghiệp dệt may", location="Giao Thủy"),
    F("(47 doanh nghiệp)", "47", 47, "count", "doanh nghiệp", "doanh nghiệp dệt may", location="Nghĩa Hưng"),
    F("tăng 6,2%", "6,2", 6.2, "percent", "%", "chỉ số sử dụng lao động ngành dệt may",
      P("tại thời điểm 1/8/2024", None, "2024-08-01")),
    F("từ 7,5 đến 9 triệu", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động",
      value_max=9000000, change=CH("increase", 5, baseline="năm 2023")),
    F("thêm 1.200 công nhân", "1.200", 1200, "count", "công nhân", "công nhân Công ty CP May Sông Hồng tuyển thêm",
      P("từ đầu năm đến nay", "2024-01-01", "2024-09-09")),
    F("cho 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy mới tại Khu công nghiệp Rạng Đông của Công ty CP May Sông Hồng"),
    F("chiếm 30%", "30", 30, "percent", "%", "giá trị sản xuất ngành dệt may trong giá trị sản xuất công nghiệp toàn tỉnh",
      G25, status="target"),
    F("đạt 2,5 tỷ USD", "2,5", 2500000000, "money", "USD", "kim ngạch xuất khẩu dệt may", G25, status="target"),
]

COMMENTS = [
    "Báo Nam Định (Party newspaper): ngành dệt may 8 tháng năm 2024 — chỉ số sản xuất, sản phẩm, xuất khẩu, doanh nghiệp, lao động.",
    "Byline and bare date '09/09/2024' at the end give published. 'Tám tháng năm 2024' (number word) is a period, not a figure.",
    "'cao hơn mức tăng chung … (tăng 11,2%)': 11,2 is the industry-wide rate, a figure of its own (the gap is not stated), not a change.",
    "'38 doanh nghiệp' after 'trong đó' → total 462. The bracketed city/district list (112+86+54+47 ≠ 462, 'tập trung chủ yếu')",
    "gets no total; each item's place is its location (thành phố Nam Định → 'Nam Định').",
    "'tăng từ 5 đến 8%' is the change of the income range (first value 5). 'từ đầu năm đến nay' ends at published.",
    "'Phấn đấu đến năm 2025' → target for both clauses. Not figures: 'số 105 đường Nguyễn Đức Thuận', 'Khu công nghiệp Rạng Đông'.",
    "revised: subject of '3 nhà máy' was 'nhà máy mới của Công ty CP May Sông Hồng', which dropped the sentence's own qualifier",
    "'tại Khu công nghiệp Rạng Đông'; now 'nhà máy mới tại Khu công nghiệp Rạng Đông của Công ty CP May Sông Hồng'.",
]

if __name__ == "__main__":
    emit("p609-5", TEXT, COMMENTS, FIGS, published="2024-09-09", location="Nam Định")
