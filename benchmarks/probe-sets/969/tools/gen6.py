from lib import F, P, I, C, T, write

TEXT = """Thứ năm, 15/5/2025, 10:30 (GMT+7)
Vắc xin lở mồm long móng nội địa chiếm 45% thị trường

Sau 5 năm đưa vào sản xuất, vắc xin lở mồm long móng (LMLM) của doanh nghiệp trong nước đã chiếm khoảng 45% lượng tiêu thụ, giá thấp hơn hàng nhập khẩu 20-25%.

Theo Cục Chăn nuôi và Thú y (Bộ Nông nghiệp và Môi trường), năm 2024 cả nước sử dụng khoảng 68 triệu liều vắc xin LMLM, trong đó 30,5 triệu liều do 3 doanh nghiệp trong nước sản xuất, phần còn lại nhập khẩu. Tổng giá trị thị trường vắc xin LMLM năm 2024 ước đạt 1.450 tỷ đồng. Lượng vắc xin nội địa năm 2024 gấp 2,5 lần năm 2020.

Tại Long An, nhà máy của Công ty CP Vắc xin thú y Phương Nam trong khu công nghiệp Tân Đức có công suất 15 triệu liều/năm, vốn đầu tư 720 tỷ đồng. Năm 2024, công ty xuất xưởng 11,2 triệu liều, doanh thu đạt 268 tỷ đồng, tăng 34% so với năm 2023. Giá bán vắc xin của công ty khoảng 18.000 đồng/liều, trong khi hàng nhập khẩu có giá 23.000-26.000 đồng/liều.

Ông Phạm Văn Hai, đại diện Cục Chăn nuôi và Thú y, cho biết mục tiêu đến năm 2030 vắc xin sản xuất trong nước đáp ứng 70% nhu cầu. Dự kiến năm 2025, lượng vắc xin LMLM nội địa đạt khoảng 36 triệu liều.

Tổng đàn bò cả nước hiện khoảng 6,3 triệu con, đàn trâu gần 2,1 triệu con, đàn lợn trên 26 triệu con. Theo ông Hai, tỷ lệ tiêm phòng LMLM trên đàn trâu, bò mới đạt khoảng 65%, nhiều hộ nhỏ lẻ vẫn chưa tiêm.

Hoài Thu
"""

NOTES = [
    "National newspaper (VnExpress style, 'Thứ năm, 15/5/2025, 10:30 (GMT+7)'): domestic LMLM vaccine market share, use in 2024, a Long An plant.",
    "Distractors: 'Sau 5 năm' (a duration that only locates), the dateline/time, 'Phạm Văn Hai'/'ông Hai' (a name that is a number word),",
    "'năm 2020' (baseline of the multiple), 'khu công nghiệp Tân Đức'. Headline 45% and lead 45% are two mentions, two figures.",
    "'giá thấp hơn hàng nhập khẩu 20-25%' has no base amount: a percent range figure. 'gấp 2,5 lần năm 2020' stands alone: multiple.",
    "The plant's figures are Long An; the import price (23.000-26.000) describes the national market: Việt Nam.",
    "'mục tiêu đến năm 2030 ... 70%' target; 'Dự kiến năm 2025 ... 36 triệu liều' forecast. Herd sizes carry their own approx words.",
]

y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("chiếm 45% thị trường", "45", 45, "percent", "%", "thị phần vắc xin lở mồm long móng nội địa"),
    F("khoảng 45% lượng tiêu thụ", "45", 45, "percent", "%", "vắc xin LMLM của doanh nghiệp trong nước trong lượng tiêu thụ", approx="about"),
    F("20-25%", "20", 20, "percent", "%", "giá vắc xin nội địa thấp hơn hàng nhập khẩu", value_max=25),
    F("khoảng 68 triệu liều", "68", 68000000, "count", "liều", "vắc xin LMLM cả nước sử dụng", y24, approx="about"),
    F("30,5 triệu liều", "30,5", 30500000, "count", "liều", "vắc xin LMLM do doanh nghiệp trong nước sản xuất", y24, total=68000000),
    F("do 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp trong nước sản xuất vắc xin LMLM", y24),
    F("ước đạt 1.450 tỷ đồng", "1.450", 1450000000000, "money", "đồng", "tổng giá trị thị trường vắc xin LMLM", y24, status="estimate"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "lượng vắc xin nội địa so với năm 2020", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("công suất 15 triệu liều/năm", "15", 15000000, "measure", "liều/năm", "công suất nhà máy vắc xin", location="Long An"),
    F("vốn đầu tư 720 tỷ đồng", "720", 720000000000, "money", "đồng", "vốn đầu tư nhà máy", location="Long An"),
    F("xuất xưởng 11,2 triệu liều", "11,2", 11200000, "count", "liều", "vắc xin công ty xuất xưởng",
      P("Năm 2024", "2024-01-01", "2024-12-31"), location="Long An"),
    F("đạt 268 tỷ đồng", "268", 268000000000, "money", "đồng", "doanh thu của công ty", P("Năm 2024", "2024-01-01", "2024-12-31"),
      change=C("increase", 34, "%", "năm 2023"), location="Long An"),
    F("khoảng 18.000 đồng/liều", "18.000", 18000, "money", "đồng/liều", "giá bán vắc xin của công ty", approx="about", location="Long An"),
    F("23.000-26.000 đồng/liều", "23.000", 23000, "money", "đồng/liều", "giá vắc xin nhập khẩu", value_max=26000),
    F("đáp ứng 70% nhu cầu", "70", 70, "percent", "%", "vắc xin sản xuất trong nước đáp ứng nhu cầu",
      P("đến năm 2030", end="2030-12-31"), status="target"),
    F("khoảng 36 triệu liều", "36", 36000000, "count", "liều", "lượng vắc xin LMLM nội địa",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
    F("khoảng 6,3 triệu con", "6,3", 6300000, "count", "con", "tổng đàn bò cả nước", approx="about"),
    F("gần 2,1 triệu con", "2,1", 2100000, "count", "con", "đàn trâu", approx="nearly"),
    F("trên 26 triệu con", "26", 26000000, "count", "con", "đàn lợn", approx="over"),
    F("khoảng 65%", "65", 65, "percent", "%", "tỷ lệ tiêm phòng LMLM trên đàn trâu, bò", approx="about"),
]

write("p969-6", TEXT, NOTES, FIGS, published="2025-05-15", location="Việt Nam")
