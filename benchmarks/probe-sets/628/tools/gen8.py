"""p628-8: provincial newspaper (Báo Lâm Đồng style) — forest-law violations, deforestation, fires, contracts, 10 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Lâm Đồng: 10 tháng năm 2024 phát hiện 412 vụ vi phạm lâm luật

Ngày cập nhật 12/11/2024

(LĐ) - Theo Chi cục Kiểm lâm tỉnh Lâm Đồng, 10 tháng năm 2024, lực lượng chức năng trên địa bàn tỉnh đã phát hiện 412 vụ vi phạm pháp luật về lâm nghiệp, giảm 86 vụ so với cùng kỳ năm 2023; trong đó có 157 vụ phá rừng trái pháp luật, diện tích rừng bị thiệt hại 38,26 ha.

Số vụ phá rừng tập trung ở các huyện Lâm Hà (28 vụ), Di Linh (24 vụ), Bảo Lâm (21 vụ) và Đam Rông (19 vụ). So với cùng kỳ, diện tích rừng bị phá tại các huyện này giảm từ 30 đến 40%.

Lực lượng kiểm lâm đã tịch thu 1.326,8 m3 gỗ các loại, trong đó 112,4 m3 gỗ quý hiếm nhóm IA, IIA; khởi tố hình sự 47 vụ theo Điều 232 và Điều 243 Bộ luật Hình sự, xử phạt vi phạm hành chính 298 vụ với tổng số tiền phạt hơn 4,7 tỷ đồng.

Từ đầu năm 2024 đến nay, toàn tỉnh xảy ra 9 vụ cháy rừng, thiệt hại 12,5 ha, chủ yếu là rừng thông non dọc Quốc lộ 20, thấp hơn nhiều so với mức bình quân 25-30 vụ/năm của giai đoạn 2016-2020.

Hiện Lâm Đồng có 533.000 ha rừng, tỷ lệ che phủ rừng đạt 54,8%; trong đó 405.300 ha đã được giao khoán bảo vệ cho 12.860 hộ, với đơn giá bình quân 850.000 đồng/ha/năm từ nguồn dịch vụ môi trường rừng.

Năm 2025, tỉnh đặt mục tiêu giảm ít nhất 20% số vụ vi phạm so với năm 2024 và nâng tỷ lệ che phủ rừng lên 55,5%.

Minh Đạo

Ý kiến bạn đọc (0)"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-11-12")
G1620 = P("giai đoạn 2016-2020", "2016-01-01", "2020-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("412 vụ vi phạm lâm luật", "412", 412, "count", "vụ", "vụ vi phạm lâm luật phát hiện", M10),
    F("412 vụ vi phạm pháp luật", "412", 412, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp phát hiện", M10,
      change=CH("decrease", 86, "vụ", "cùng kỳ năm 2023")),
    F("có 157 vụ", "157", 157, "count", "vụ", "vụ phá rừng trái pháp luật", M10, total=412),
    F("thiệt hại 38,26 ha", "38,26", 38.26, "measure", "ha", "diện tích rừng bị thiệt hại do phá rừng", M10),
    F("Lâm Hà (28 vụ)", "28", 28, "count", "vụ", "vụ phá rừng", I(M10), location="Lâm Hà"),
    F("Di Linh (24 vụ)", "24", 24, "count", "vụ", "vụ phá rừng", I(M10), location="Di Linh"),
    F("Bảo Lâm (21 vụ)", "21", 21, "count", "vụ", "vụ phá rừng", I(M10), location="Bảo Lâm"),
    F("Đam Rông (19 vụ)", "19", 19, "count", "vụ", "vụ phá rừng", I(M10), location="Đam Rông"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "diện tích rừng bị phá tại các huyện này so với cùng kỳ",
      value_max=40),
    F("tịch thu 1.326,8 m3", "1.326,8", 1326.8, "measure", "m3", "gỗ các loại tịch thu", I(M10)),
    F("trong đó 112,4 m3", "112,4", 112.4, "measure", "m3", "gỗ quý hiếm nhóm IA, IIA tịch thu", I(M10), total=1326.8),
    F("hình sự 47 vụ", "47", 47, "count", "vụ", "vụ khởi tố hình sự", I(M10)),
    F("chính 298 vụ", "298", 298, "count", "vụ", "vụ xử phạt vi phạm hành chính", I(M10)),
    F("hơn 4,7 tỷ đồng", "4,7", 4.7e9, "money", "đồng", "tổng số tiền phạt", I(M10), approx="over"),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "vụ cháy rừng", YTD),
    F("thiệt hại 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích rừng bị thiệt hại do cháy", YTD),
    F("bình quân 25-30 vụ/năm", "25", 25, "measure", "vụ/năm", "số vụ cháy rừng bình quân", G1620, value_max=30),
    F("có 533.000 ha", "533.000", 533000, "measure", "ha", "rừng"),
    F("đạt 54,8%", "54,8", 54.8, "percent", "%", "tỷ lệ che phủ rừng"),
    F("trong đó 405.300 ha", "405.300", 405300, "measure", "ha", "rừng đã được giao khoán bảo vệ", total=533000),
    F("cho 12.860 hộ", "12.860", 12860, "count", "hộ", "hộ nhận khoán bảo vệ rừng"),
    F("bình quân 850.000 đồng/ha/năm", "850.000", 850000, "money", "đồng/ha/năm",
      "đơn giá khoán bảo vệ rừng bình quân từ nguồn dịch vụ môi trường rừng"),
    F("ít nhất 20%", "20", 20, "percent", "%", "số vụ vi phạm so với năm 2024", Y25, approx="at_least", status="target"),
    F("lên 55,5%", "55,5", 55.5, "percent", "%", "tỷ lệ che phủ rừng", Y25, status="target"),
]

COMMENTS = [
    "Provincial newspaper (Báo Lâm Đồng style, invented): 'Ngày cập nhật 12/11/2024' is the dateline; '(LĐ)' tag; 'Ý kiến bạn đọc (0)'",
    "is page furniture. Not figures: 'nhóm IA, IIA', 'Điều 232 và Điều 243 Bộ luật Hình sự', 'Quốc lộ 20', 'giai đoạn 2016-2020' as a name.",
    "'10 tháng năm 2024' → 2024-01-01..2024-10-31 (like '9 tháng năm 2023'). 157 vụ after 'trong đó' is a part of 412 vụ.",
    "The district list (28+24+21+19 = 92) follows no part cue and does not add up to 157: no total; districts → location.",
    "'giảm từ 30 đến 40%' (its own sentence, 'So với cùng kỳ') is a rate as the claim: percent range, no change.",
    "'bình quân 25-30 vụ/năm của giai đoạn 2016-2020' is a rate (measure, vụ/năm) with its own period.",
    "'Hiện' gives no period. 'trong đó 405.300 ha' follows 54,8% but the whole counting the same thing (ha) is 533.000 ha.",
    "'tỷ lệ che phủ rừng đạt 54,8%' names its indicator: a percent figure, not the percent of 533.000 ha.",
    "'Năm 2025 … đặt mục tiêu' → target, period 2025 (not the baseline 'năm 2024').",
]

if __name__ == "__main__":
    emit("p628-8", TEXT, COMMENTS, FIGS, published="2024-11-12", location="Lâm Đồng")
