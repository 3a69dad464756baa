from lib import F, P, ch, emit

TEXT = """Vĩnh Long đẩy mạnh thu hút đầu tư cảng thủy nội địa

(VLO) Với hơn 1.000 km đường sông, trong đó 186 km do Trung ương quản lý, Vĩnh Long có lợi thế lớn để phát triển vận tải thủy và dịch vụ logistics.

Giai đoạn 2021-2025, tỉnh đã kêu gọi đầu tư 5 dự án cảng thủy nội địa với tổng vốn đăng ký 2.350 tỷ đồng. Đến nay, 3 dự án đã đi vào hoạt động gồm cảng Hòa Phú, cảng Bình Minh và cảng Trà Ôn, với tổng công suất thiết kế khoảng 3,2 triệu tấn/năm, tiếp nhận được tàu có trọng tải đến 3.000 tấn.

Tính đến ngày 30/9/2024, hàng hóa thông qua các cảng, bến thủy nội địa trên địa bàn tỉnh đạt 6,85 triệu tấn, bằng 76,1% kế hoạch năm và tăng 12,4% so với cùng kỳ. Trong đó, hàng nông sản, vật liệu xây dựng chiếm 64%; riêng cát san lấp đạt khoảng 1,9 triệu tấn. Phần lớn hàng hóa được trung chuyển qua cảng Cái Cui (Cần Thơ) và các cảng khu vực TP Hồ Chí Minh theo Quốc lộ 53 và tuyến sông Cổ Chiên.

Cả năm 2024, lượng hàng qua cảng, bến ước đạt 9,1 triệu tấn, vượt kế hoạch. Toàn tỉnh hiện có 327 bến thủy nội địa, trong đó 53 bến chưa có giấy phép; Sở Giao thông vận tải đã phối hợp các huyện Long Hồ, Mang Thít, Vũng Liêm kiểm tra, đình chỉ 11 bến.

Theo quy hoạch tỉnh, đến năm 2030, Vĩnh Long phấn đấu lượng hàng qua cảng, bến thủy nội địa đạt 15 triệu tấn/năm và thu hút thêm từ 2 đến 3 dự án cảng tổng hợp, container. Dự án nạo vét luồng sông Măng Thít có tổng mức đầu tư hơn 420 tỷ đồng từ nguồn vốn Trung ương, dự kiến khởi công trong quý II/2025.

THANH TÂM
17/10/2024
"""

GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
NOW = P("Đến nay", None, "2024-10-17")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASOFI = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Y24 = P("Cả năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 1.000 km", "1.000", 1000, "measure", "km", "đường sông", approx="over"),
    F("trong đó 186 km", "186", 186, "measure", "km", "đường sông do Trung ương quản lý", total=1000),
    F("đầu tư 5 dự án", "5", 5, "count", "dự án", "dự án cảng thủy nội địa kêu gọi đầu tư", GD),
    F("đăng ký 2.350 tỷ đồng", "2.350", 2350000000000, "money", "đồng", "tổng vốn đăng ký", GD),
    F("nay, 3 dự án", "3", 3, "count", "dự án", "dự án đã đi vào hoạt động", NOW),
    F("khoảng 3,2 triệu tấn/năm", "3,2", 3200000, "measure", "tấn/năm", "tổng công suất thiết kế", NOW,
      approx="about"),
    F("đến 3.000 tấn", "3.000", 3000, "measure", "tấn", "trọng tải tàu tiếp nhận được", NOW,
      approx="at_most", optional=True),
    F("đạt 6,85 triệu tấn", "6,85", 6850000, "measure", "tấn",
      "hàng hóa thông qua các cảng, bến thủy nội địa", ASOF,
      percent=76.1, change=ch("increase", 12.4, baseline="cùng kỳ")),
    F("chiếm 64%", "64", 64, "percent", "%", "hàng nông sản, vật liệu xây dựng", ASOFI),
    F("khoảng 1,9 triệu tấn", "1,9", 1900000, "measure", "tấn", "cát san lấp", ASOFI,
      approx="about", total=6850000),
    F("ước đạt 9,1 triệu tấn", "9,1", 9100000, "measure", "tấn", "lượng hàng qua cảng, bến", Y24,
      status="estimate"),
    F("có 327 bến", "327", 327, "count", "bến thủy nội địa", "bến thủy nội địa"),
    F("53 bến", "53", 53, "count", "bến", "bến chưa có giấy phép", total=327),
    F("đình chỉ 11 bến", "11", 11, "count", "bến", "bến bị đình chỉ"),
    F("đạt 15 triệu tấn/năm", "15", 15000000, "measure", "tấn/năm",
      "lượng hàng qua cảng, bến thủy nội địa", T30, status="target"),
    F("từ 2 đến 3 dự án", "2", 2, "count", "dự án", "dự án cảng tổng hợp, container thu hút thêm", T30,
      value_max=3, status="target"),
    F("hơn 420 tỷ đồng", "420", 420000000000, "money", "đồng",
      "tổng mức đầu tư dự án nạo vét luồng sông Măng Thít", approx="over"),
]

COMMENTS = [
    "Báo Vĩnh Long (VLO), Party newspaper: river length, inland port investment 2021-2025, cargo through ports to 30/9/2024, landings, 2030 plan.",
    "No dateline at the top; the bare date '17/10/2024' after the byline at the end is the article's date. '(VLO)' tag implies Vĩnh Long.",
    "Distractors: 'Quốc lộ 53' (road name), 'cảng Cái Cui (Cần Thơ)' and 'TP Hồ Chí Minh' (not places of the figures), port names, 'quý II/2025' (a date).",
    "186 km is part of the 1.000 km ('trong đó', same unit). 'Đến nay' (as-of the publication date) dates the 3 operating projects and their capacity.",
    "3 of the 5 projects: no part-of cue, no total. 'trọng tải đến 3.000 tấn' is a technical ceiling (optional).",
    "6,85 triệu tấn: percent 76,1 ('bằng … kế hoạch năm'), change 12,4%. 'Trong đó … chiếm 64%' is a percent figure; 'riêng cát san lấp' 1,9 triệu tấn",
    "is a part of the 6,85 (after 'Trong đó', same unit and period): total 6850000. 'hiện có' stock counts and the 11 suspended landings have no period.",
    "'đến năm 2030 … phấn đấu' makes 15 triệu tấn/năm and 'từ 2 đến 3 dự án' targets. The 420 tỷ total investment has no period (the start date is not its period).",
]

emit("p260-8", TEXT, COMMENTS, FIGS, published="2024-10-17", location="Vĩnh Long")
