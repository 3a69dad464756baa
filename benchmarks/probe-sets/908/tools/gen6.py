"""p908-6: national newspaper, HDPE cobia cages in Kiên Giang (Kiên Hải), company + province figures."""
from lib import F, period, inherit, change, target, write

TEXT = """
Kinh doanh › Nông nghiệp
Chủ nhật, 18/8/2024, 07:30 (GMT+7)
Cá bớp nuôi lồng HDPE ở Kiên Giang thu hơn 1.000 tấn mỗi năm
Nhiều doanh nghiệp đầu tư lồng tròn HDPE ở vùng biển Kiên Hải, Phú Quốc, nâng sản lượng cá bớp, cá mú của tỉnh.
Tại xã đảo Hòn Sơn (huyện Kiên Hải), Công ty TNHH Thủy sản Hải Long đang vận hành 36 lồng tròn HDPE, mỗi lồng có chu vi 60 m, thể tích khoảng 1.200 m3. Từ đầu năm đến nay, công ty đã thu hoạch 420 tấn cá bớp và 85 tấn cá mú, doanh thu khoảng 58 tỷ đồng.
Ông Lê Minh Khoa, giám đốc công ty, cho biết cá bớp nuôi 10-12 tháng đạt trọng lượng 6-7 kg/con, tỷ lệ sống trên 85%, cao hơn nhiều so với lồng gỗ truyền thống (khoảng 60%). Giá bán tại lồng hiện khoảng 135.000 đồng/kg, trừ chi phí, doanh nghiệp lãi 25.000-30.000 đồng/kg.
Theo Sở Nông nghiệp và Phát triển nông thôn Kiên Giang, toàn tỉnh hiện có 2.150 lồng nuôi biển, trong đó 310 lồng HDPE. Sản lượng cá biển nuôi lồng 7 tháng đầu năm đạt 3.460 tấn, tăng 11% so với cùng kỳ. Tỉnh đã giao khu vực biển cho 9 doanh nghiệp với tổng diện tích 1.050 ha, vốn đăng ký trên 1.600 tỷ đồng.
Kiên Giang đặt mục tiêu đến năm 2030 có 500 lồng HDPE, sản lượng nuôi biển đạt 45.000 tấn. Tuy vậy, theo các doanh nghiệp, chi phí đầu tư một lồng HDPE khoảng 1,5-2 tỷ đồng. Con số này gấp 8-10 lần lồng gỗ, trong khi thủ tục giao mặt nước còn kéo dài.
Ngọc Tài
"""

SINCE = period("Từ đầu năm đến nay", "2024-01-01", "2024-08-18")
M7 = period("7 tháng đầu năm", "2024-01-01", "2024-07-31")
TO30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("thu hơn 1.000 tấn mỗi năm", "1.000", 1000, "measure", "tấn/năm",
      "sản lượng cá bớp nuôi lồng HDPE", approx="over"),
    F("vận hành 36 lồng", "36", 36, "count", "lồng", "lồng tròn HDPE công ty vận hành",
      location="Kiên Hải"),
    F("chu vi 60 m", "60", 60, "measure", "m", "chu vi mỗi lồng", location="Kiên Hải",
      optional=True),
    F("khoảng 1.200 m3", "1.200", 1200, "measure", "m3", "thể tích mỗi lồng", approx="about",
      location="Kiên Hải", optional=True),
    F("thu hoạch 420 tấn", "420", 420, "measure", "tấn", "cá bớp công ty thu hoạch",
      location="Kiên Hải", period=SINCE),
    F("và 85 tấn", "85", 85, "measure", "tấn", "cá mú công ty thu hoạch",
      location="Kiên Hải", period=SINCE),
    F("khoảng 58 tỷ đồng", "58", 58_000_000_000, "money", "đồng", "doanh thu của công ty",
      approx="about", location="Kiên Hải", period=SINCE),
    F("nuôi 10-12 tháng", "10", 10, "measure", "tháng", "thời gian nuôi cá bớp",
      value_max=12, location="Kiên Hải"),
    F("trọng lượng 6-7 kg/con", "6", 6, "measure", "kg/con", "trọng lượng cá bớp",
      value_max=7, location="Kiên Hải"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ sống của cá bớp nuôi lồng HDPE",
      approx="over", location="Kiên Hải"),
    F("(khoảng 60%)", "60", 60, "percent", "%", "tỷ lệ sống ở lồng gỗ truyền thống",
      approx="about", location="Kiên Hải"),
    F("khoảng 135.000 đồng/kg", "135.000", 135000, "money", "đồng/kg", "giá bán cá bớp tại lồng",
      approx="about", location="Kiên Hải"),
    F("lãi 25.000-30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "lãi của doanh nghiệp",
      value_max=30000, location="Kiên Hải"),
    F("có 2.150 lồng", "2.150", 2150, "count", "lồng", "lồng nuôi biển"),
    F("trong đó 310 lồng", "310", 310, "count", "lồng", "lồng HDPE", total=2150),
    F("đạt 3.460 tấn", "3.460", 3460, "measure", "tấn", "sản lượng cá biển nuôi lồng",
      change=change("increase", 11, "%", "cùng kỳ"), period=M7),
    F("cho 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      "doanh nghiệp được giao khu vực biển"),
    F("diện tích 1.050 ha", "1.050", 1050, "measure", "ha", "tổng diện tích khu vực biển giao"),
    F("trên 1.600 tỷ đồng", "1.600", 1_600_000_000_000, "money", "đồng", "vốn đăng ký",
      approx="over"),
    F("có 500 lồng", "500", 500, "count", "lồng", "lồng HDPE", status="target", period=TO30),
    F("đạt 45.000 tấn", "45.000", 45000, "measure", "tấn", "sản lượng nuôi biển",
      status="target", period=TO30),
    F("khoảng 1,5-2 tỷ đồng", "1,5", 1_500_000_000, "money", "đồng",
      "chi phí đầu tư một lồng HDPE", approx="about", value_max=2_000_000_000),
    F("gấp 8-10 lần", "8", 8, "multiple", "lần", "chi phí đầu tư lồng HDPE so với lồng gỗ",
      value_max=10),
]

NOTES = [
    "National newspaper: HDPE cobia cages of a company in xã Hòn Sơn, huyện Kiên Hải, and Kiên Giang's sea farming; dateline 'Chủ nhật, 18/8/2024, 07:30 (GMT+7)', byline at the end.",
    "Company figures: location Kiên Hải (the district); province figures: Kiên Giang. Headline figure has no period ('mỗi năm' is part of the unit tấn/năm).",
    "'Từ đầu năm đến nay' runs to the dateline (2024-08-18). '7 tháng đầu năm' takes 2024 from the dateline.",
    "'chu vi 60 m, thể tích khoảng 1.200 m3' describe one cage (an example's specification): optional.",
    "'nuôi 10-12 tháng' is a grow-out time stated as the claim: a measure in tháng, not a period.",
    "'(khoảng 60%)' is a percent after another percent: a figure of its own. 'Con số này gấp 8-10 lần lồng gỗ' stands in its own sentence as the claim: a multiple figure (range), not a change of 1,5-2 tỷ.",
    "Distractors: dateline, 'Công ty TNHH Thủy sản Hải Long', 'Ông Lê Minh Khoa'.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2024-08-18", location="Kiên Giang")
