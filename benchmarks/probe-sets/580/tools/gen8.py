"""p580-8: trade-union site (Liên đoàn Lao động tỉnh Long An), Tết bonuses, wages and union members in textile firms."""
from lib import F, P, I, CH, emit

TEXT = """LIÊN ĐOÀN LAO ĐỘNG TỈNH LONG AN
Hoạt động công đoàn > Chăm lo đoàn viên

Thưởng Tết cao nhất ngành dệt may đạt 62 triệu đồng/người
Ngày cập nhật 22/01/2025

Theo báo cáo nhanh của Liên đoàn Lao động tỉnh, tính đến ngày 20/1/2025, 96/112 doanh nghiệp dệt may trên địa bàn tỉnh đã công bố mức thưởng Tết Nguyên đán Ất Tỵ, đạt 85,7%.

Mức thưởng Tết bình quân là 7,8 triệu đồng/người, tăng 9,6% so với Tết Giáp Thìn 2024. Mức thưởng cao nhất 62 triệu đồng/người thuộc về Công ty TNHH Dệt Kim Đông Phương tại Khu công nghiệp Đức Hòa 1; thấp nhất 1,5 triệu đồng/người. Dịp Tết này, Liên đoàn Lao động tỉnh tổ chức chương trình "Chuyến xe mùa xuân" đưa 2.500 công nhân về quê đón Tết, với tổng kinh phí hơn 1,2 tỷ đồng.

Năm 2024, tiền lương bình quân của người lao động trong các doanh nghiệp dệt may đạt 8,9 triệu đồng/người/tháng, cao hơn khoảng 4% so với bình quân chung của các doanh nghiệp trong khu công nghiệp. Tại một số đơn vị, công nhân tay nghề cao có thu nhập trên 15 triệu đồng/tháng.

Toàn ngành hiện có 112 doanh nghiệp với 64.300 lao động, trong đó 58.150 người là đoàn viên công đoàn, chiếm 90,4%. Trong quý IV/2024, các công đoàn cơ sở đã ký mới 36 thỏa ước lao động tập thể, nâng tổng số lên 89 bản.

Năm 2025, Liên đoàn Lao động tỉnh phấn đấu 100% doanh nghiệp dệt may có từ 50 lao động trở lên ký kết thỏa ước lao động tập thể.

Liên đoàn Lao động tỉnh Long An - Số 12 Hùng Vương, Phường 2, TP Tân An. Đường dây nóng: 0272.3826.345
"""

FIGS = [
    F("đạt 62 triệu đồng/người", "62", 62e6, "money", "đồng/người", "thưởng Tết cao nhất ngành dệt may"),
    F("96/112 doanh nghiệp", "96", 96, "count", "doanh nghiệp",
      "doanh nghiệp dệt may đã công bố mức thưởng Tết Nguyên đán Ất Tỵ",
      P("tính đến ngày 20/1/2025", None, "2025-01-20"), total=112, percent=85.7),
    F("là 7,8 triệu đồng/người", "7,8", 7.8e6, "money", "đồng/người", "mức thưởng Tết bình quân",
      change=CH("increase", 9.6, baseline="Tết Giáp Thìn 2024")),
    F("cao nhất 62 triệu đồng/người", "62", 62e6, "money", "đồng/người", "mức thưởng cao nhất"),
    F("thấp nhất 1,5 triệu đồng/người", "1,5", 1.5e6, "money", "đồng/người", "mức thưởng thấp nhất"),
    F("đưa 2.500 công nhân", "2.500", 2500, "count", "công nhân", "công nhân được đưa về quê đón Tết"),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí chương trình Chuyến xe mùa xuân",
      approx="over"),
    F("đạt 8,9 triệu đồng/người/tháng", "8,9", 8.9e6, "money", "đồng/người/tháng",
      "tiền lương bình quân của người lao động trong các doanh nghiệp dệt may",
      P("Năm 2024", "2024-01-01", "2024-12-31"),
      change=CH("increase", 4, baseline="bình quân chung của các doanh nghiệp trong khu công nghiệp", approx="about")),
    F("trên 15 triệu đồng/tháng", "15", 15e6, "money", "đồng/tháng", "thu nhập công nhân tay nghề cao",
      approx="over"),
    F("có 112 doanh nghiệp", "112", 112, "count", "doanh nghiệp", "doanh nghiệp ngành dệt may"),
    F("với 64.300 lao động", "64.300", 64300, "count", "lao động", "lao động ngành dệt may"),
    F("58.150 người", "58.150", 58150, "count", "người", "đoàn viên công đoàn", total=64300, percent=90.4),
    F("ký mới 36 thỏa ước", "36", 36, "count", "thỏa ước lao động tập thể", "thỏa ước lao động tập thể ký mới",
      P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("lên 89 bản", "89", 89, "count", "bản", "tổng số thỏa ước lao động tập thể",
      P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "doanh nghiệp dệt may có từ 50 lao động trở lên ký kết thỏa ước lao động tập thể",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("từ 50 lao động trở lên", "50", 50, "count", "lao động", "quy mô doanh nghiệp", approx="at_least",
      status="target", optional=True),
]

COMMENTS = [
    "Liên đoàn Lao động tỉnh Long An site: Tết Ất Tỵ bonuses, 2024 wages, union members and collective agreements in",
    "textile and garment firms. 'Ngày cập nhật 22/01/2025' is the dateline. 'Khu công nghiệp Đức Hòa 1', 'Phường 2',",
    "'Số 12 Hùng Vương', the hotline and 'Tết Giáp Thìn 2024' (a baseline name) are not figures. The headline 62 triệu is a",
    "figure of its own. '96/112 ..., đạt 85,7%' → total 112, percent 85,7. The record bonus is the province's figure",
    "(location Long An; the industrial zone is not a district). 'cao hơn khoảng 4% so với bình quân chung' is the change of",
    "8,9 triệu. '89 bản' is a running total at the end of Q4: its period is left unscored (inherited). The threshold",
    "'từ 50 lao động trở lên' is optional (as in probe 469). Bonus figures carry no calendar period (Tết is a name).",
]

if __name__ == "__main__":
    emit("p580-8", TEXT, COMMENTS, FIGS, published="2025-01-22", location="Long An")
