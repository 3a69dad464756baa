"""p804-8: Báo Long An online, '(BLA) -' tag, headline figure: 9-month 2024 boiler and pressure-vessel inspection."""
from lib import F, P, I, C, T, write

TEXT = """Báo Long An điện tử > Xã hội
Hơn 1.300 nồi hơi, bình chịu áp lực được kiểm định trong 9 tháng
Đăng lúc: 10:12 - 25/10/2024

(BLA) - Theo Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2024, các tổ chức kiểm định đã kiểm định 1.348 nồi hơi, bình chịu áp lực tại các doanh nghiệp trên địa bàn tỉnh, đạt 74,9% kế hoạch năm, tăng 8,3% so với cùng kỳ. Trong đó, nồi hơi 286 thiết bị, bình chịu áp lực 1.062 thiết bị.

Các thiết bị tập trung chủ yếu tại các huyện Đức Hòa, Bến Lức, Cần Giuộc với số lượng lần lượt là 402, 357 và 218 thiết bị. Hiện, số doanh nghiệp sử dụng nồi hơi đốt biomass, củi, trấu chiếm khoảng 60%.

Qua kiểm tra, Sở phát hiện 126 thiết bị quá hạn kiểm định, yêu cầu doanh nghiệp dừng sử dụng; xử phạt 8 doanh nghiệp với tổng số tiền 392 triệu đồng, gấp 1,6 lần cùng kỳ. Ngày 14/8, tại một doanh nghiệp sản xuất bao bì ở Khu công nghiệp Tân Đức (huyện Đức Hòa) xảy ra vụ nổ bình khí nén làm 2 công nhân bị thương.

Sở cũng phối hợp tổ chức huấn luyện an toàn cho 1.920 người vận hành nồi hơi, bình chịu áp lực với chi phí 450.000 đồng/người, do doanh nghiệp chi trả.

Dự kiến đến cuối năm, số thiết bị được kiểm định đạt khoảng 1.850 thiết bị, vượt 2,8% kế hoạch. Năm 2025, tỉnh phấn đấu kiểm tra 100% doanh nghiệp có nồi hơi công suất từ 1 tấn hơi/giờ trở lên.

Minh Thư
"""

M9h = P("trong 9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
DAY = P("Ngày 14/8", "2024-08-14", "2024-08-14")
EOY = P("đến cuối năm", None, "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "nồi hơi, bình chịu áp lực được kiểm định"

FIGS = [
    F("Hơn 1.300 nồi hơi", "1.300", 1300, "count", "nồi hơi, bình chịu áp lực", approx="over",
      subject=SUBJ, period=M9h),
    F("kiểm định 1.348 nồi hơi", "1.348", 1348, "count", "nồi hơi, bình chịu áp lực", percent=74.9,
      change=C("increase", 8.3, baseline="cùng kỳ"), subject=SUBJ, period=M9),
    F("nồi hơi 286 thiết bị", "286", 286, "count", "thiết bị", total=1348,
      subject="nồi hơi được kiểm định", period=I(M9)),
    F("áp lực 1.062 thiết bị", "1.062", 1062, "count", "thiết bị", total=1348,
      subject="bình chịu áp lực được kiểm định", period=I(M9)),
    F("lần lượt là 402", "402", 402, "count", "thiết bị",
      subject="thiết bị được kiểm định", location="Đức Hòa", period=I(M9)),
    F("402, 357", "357", 357, "count", "thiết bị",
      subject="thiết bị được kiểm định", location="Bến Lức", period=I(M9)),
    F("và 218 thiết bị", "218", 218, "count", "thiết bị",
      subject="thiết bị được kiểm định", location="Cần Giuộc", period=I(M9)),
    F("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="doanh nghiệp sử dụng nồi hơi đốt biomass, củi, trấu"),
    F("phát hiện 126 thiết bị", "126", 126, "count", "thiết bị",
      subject="thiết bị quá hạn kiểm định", period=I(M9)),
    F("xử phạt 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp",
      subject="doanh nghiệp bị xử phạt", period=I(M9)),
    F("tiền 392 triệu đồng", "392", 392000000, "money", "đồng",
      change=C("increase", 1.6, "lần", baseline="cùng kỳ"),
      subject="tổng số tiền xử phạt", period=I(M9)),
    F("làm 2 công nhân", "2", 2, "count", "công nhân",
      subject="công nhân bị thương do nổ bình khí nén", location="Đức Hòa", period=DAY),
    F("cho 1.920 người", "1.920", 1920, "count", "người",
      subject="người vận hành nồi hơi, bình chịu áp lực được huấn luyện an toàn", period=I(M9)),
    F("chi phí 450.000 đồng/người", "450.000", 450000, "money", "đồng/người",
      subject="chi phí huấn luyện an toàn", period=I(M9)),
    F("khoảng 1.850 thiết bị", "1.850", 1850, "count", "thiết bị", approx="about", status="forecast",
      change=C("increase", 2.8, baseline="kế hoạch"),
      subject="thiết bị được kiểm định", period=EOY),
    F("kiểm tra 100% doanh nghiệp", "100", 100, "percent", "%", status="target",
      subject="doanh nghiệp có nồi hơi công suất từ 1 tấn hơi/giờ trở lên được kiểm tra", period=Y25),
    F("từ 1 tấn hơi/giờ trở lên", "1", 1, "measure", "tấn hơi/giờ", approx="at_least",
      subject="công suất nồi hơi", optional=True),
]

NOTES = [
    "Báo Long An online (invented), tag '(BLA) -', headline with a figure and year-less 'trong 9 tháng' (→ 2024, the dateline year).",
    "'1.348 ..., đạt 74,9% kế hoạch năm, tăng 8,3% so với cùng kỳ' → percent and change on the count; parts after 'Trong đó' total 1.348.",
    "'lần lượt là 402, 357 và 218 thiết bị' → a list sharing the indicator, each item takes its district (Đức Hòa, Bến Lức, Cần Giuộc);",
    "402+357+218 ≠ 1.348 and 'tập trung chủ yếu' is no breakdown: no total.",
    "'392 triệu đồng, gấp 1,6 lần cùng kỳ' → change increase 1.6 lần (a multiple attached to an amount is its change).",
    "'Dự kiến đến cuối năm ... khoảng 1.850 thiết bị, vượt 2,8% kế hoạch' → forecast, change +2.8% against the plan.",
    "'từ 1 tấn hơi/giờ trở lên' is a category threshold: optional. Distractors: 'Ngày 14/8', KCN Tân Đức, '10:12 - 25/10/2024'.",
    "'Hiện, ... chiếm khoảng 60%' has no period. Sentences without a period phrase in the 9-month report inherit '9 tháng năm 2024'.",
]

write("p804-8", TEXT, NOTES, FIGS, published="2024-10-25", location="Long An")
