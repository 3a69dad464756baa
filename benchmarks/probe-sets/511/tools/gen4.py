from lib import F, P, I, CH, T, emit

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Năng lượng
Điện mặt trời mái nhà tự sản xuất, tự tiêu thụ: gần 1.400 MWp đăng ký sau một tháng
Ngày đăng: 20/11/2024 | 14:05

Theo Cục Điện lực và Năng lượng tái tạo, sau một tháng Nghị định số 135/2024/NĐ-CP có hiệu lực, cả nước đã có 2.856 hồ sơ thông báo, đăng ký phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ với tổng công suất gần 1.400 MWp; trong đó 2.104 hồ sơ của hộ gia đình với công suất 31,5 MWp.

Các địa phương có công suất đăng ký lớn nhất gồm Bình Dương (215,6 MWp), Đồng Nai (187,3 MWp), Long An (142,8 MWp) và Bà Rịa - Vũng Tàu (96,4 MWp).

Trước đó, tính đến ngày 31/12/2020, cả nước có hơn 101.000 hệ thống điện mặt trời mái nhà được đấu nối với tổng công suất khoảng 9.580 MWp, chiếm khoảng 13% tổng công suất đặt của hệ thống điện.

Theo khoản 3 Điều 7 của Nghị định, hệ thống đấu nối với lưới điện quốc gia được bán sản lượng điện dư không quá 20% sản lượng điện sản xuất. Với suất đầu tư hiện nay khoảng 10-12 triệu đồng/kWp, một hệ thống 5 kWp cho hộ gia đình có chi phí khoảng 50-60 triệu đồng, thời gian hoàn vốn từ 6 đến 8 năm.

Theo Quy hoạch điện VIII, đến năm 2030 phấn đấu 50% tòa nhà công sở và 50% nhà dân sử dụng điện mặt trời mái nhà tự sản xuất, tự tiêu thụ; công suất loại nguồn này tăng thêm khoảng 2.600 MW.

Tổ chức, cá nhân cần hỗ trợ có thể liên hệ Cục Điện lực và Năng lượng tái tạo, số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội; điện thoại 024.2220.2358.
"""

ASOF20 = P("tính đến ngày 31/12/2020", end="2020-12-31")
T2030 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("gần 1.400 MWp đăng ký", "1.400", 1400, "measure", "MWp",
      "Điện mặt trời mái nhà tự sản xuất, tự tiêu thụ đăng ký", approx="nearly"),
    F("có 2.856 hồ sơ", "2.856", 2856, "count", "hồ sơ",
      "hồ sơ thông báo, đăng ký phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ"),
    F("gần 1.400 MWp;", "1.400", 1400, "measure", "MWp",
      "tổng công suất điện mặt trời mái nhà tự sản xuất, tự tiêu thụ đăng ký", approx="nearly"),
    F("trong đó 2.104 hồ sơ", "2.104", 2104, "count", "hồ sơ", "hồ sơ của hộ gia đình", total=2856),
    F("công suất 31,5 MWp", "31,5", 31.5, "measure", "MWp", "công suất đăng ký của hộ gia đình", total=1400),
    F("(215,6 MWp)", "215,6", 215.6, "measure", "MWp", "công suất đăng ký điện mặt trời mái nhà", location="Bình Dương"),
    F("(187,3 MWp)", "187,3", 187.3, "measure", "MWp", "công suất đăng ký điện mặt trời mái nhà", location="Đồng Nai"),
    F("(142,8 MWp)", "142,8", 142.8, "measure", "MWp", "công suất đăng ký điện mặt trời mái nhà", location="Long An"),
    F("(96,4 MWp)", "96,4", 96.4, "measure", "MWp", "công suất đăng ký điện mặt trời mái nhà", location="Bà Rịa - Vũng Tàu"),
    F("hơn 101.000 hệ thống", "101.000", 101000, "count", "hệ thống", "hệ thống điện mặt trời mái nhà được đấu nối",
      ASOF20, approx="over"),
    F("khoảng 9.580 MWp", "9.580", 9580, "measure", "MWp", "tổng công suất điện mặt trời mái nhà được đấu nối",
      ASOF20, approx="about", percent=13),
    F("không quá 20%", "20", 20, "percent", "%", "sản lượng điện dư được bán so với sản lượng điện sản xuất",
      approx="at_most"),
    F("khoảng 10-12 triệu", "10", 10e6, "money", "đồng/kWp", "suất đầu tư điện mặt trời mái nhà", value_max=12e6,
      approx="about"),
    F("hệ thống 5 kWp", "5", 5, "measure", "kWp", "công suất hệ thống cho hộ gia đình", optional=True),
    F("khoảng 50-60 triệu", "50", 50e6, "money", "đồng", "chi phí hệ thống 5 kWp cho hộ gia đình", value_max=60e6,
      approx="about"),
    F("từ 6 đến 8 năm", "6", 6, "measure", "năm", "thời gian hoàn vốn", value_max=8),
    F("phấn đấu 50%", "50", 50, "percent", "%", "tòa nhà công sở sử dụng điện mặt trời mái nhà tự sản xuất, tự tiêu thụ",
      T2030, status="target"),
    F("và 50% nhà dân", "50", 50, "percent", "%", "nhà dân sử dụng điện mặt trời mái nhà tự sản xuất, tự tiêu thụ",
      T2030, status="target"),
    F("khoảng 2.600 MW", "2.600", 2600, "measure", "MW", "công suất điện mặt trời mái nhà tự sản xuất, tự tiêu thụ tăng thêm",
      T2030, approx="about", status="target"),
]

emit("p511-4", TEXT, [
    "Bộ Công Thương site (breadcrumb, 'Ngày đăng: 20/11/2024 | 14:05'): rooftop solar for self-consumption after Nghị định 135/2024/NĐ-CP; national figures, provinces, costs, 2030 targets.",
    "'sau một tháng Nghị định ... có hiệu lực' names no calendar dates -> no period on those figures (unscored).",
    "The headline 1.400 MWp and the lead 1.400 MWp are two figures. 2.104 hồ sơ and 31,5 MWp follow 'trong đó' -> totals 2.856 / 1.400.",
    "Province list after 'gồm' with no whole number before it -> no totals; provinces go to location.",
    "The legal cap 'không quá 20%' is a figure (at_most, actual). '5 kWp' sizing an example system is optional (threshold-like).",
    "Distractors: Nghị định số 135/2024/NĐ-CP, khoản 3 Điều 7, Quy hoạch điện VIII, 14:05, số 54 Hai Bà Trưng, 024.2220.2358.",
], FIGS, published="2024-11-20", location="Việt Nam")
