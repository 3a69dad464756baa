"""p1066-1: province portal (Bình Dương), rooftop self-consumption registrations under Nghị định 135."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Bình Dương: hơn 1.200 hồ sơ đăng ký điện mặt trời mái nhà tự sản tự tiêu

Cập nhật: 14/03/2025 09:20 | Lượt xem: 2.315

Theo Công ty Điện lực Bình Dương, từ khi Nghị định số 135/2024/NĐ-CP có hiệu lực đến ngày 10/3/2025, đơn vị đã tiếp nhận 1.248 hồ sơ thông báo, đăng ký phát triển điện mặt trời mái nhà tự sản tự tiêu với tổng công suất 186,4 MWp. Trong đó, hộ gia đình có 1.105 hồ sơ (21,7 MWp); tổ chức, doanh nghiệp có 143 hồ sơ (164,7 MWp), tập trung tại các khu công nghiệp VSIP II, Mỹ Phước 3 và Bàu Bàng. Công suất đăng ký của khối doanh nghiệp gấp hơn 7 lần khối hộ gia đình.

Có 312 hệ thống đăng ký bán phần sản lượng điện dư lên lưới, chiếm 25% số hồ sơ, với công suất 48,2 MWp. Theo quy định, sản lượng dư bán cho EVN không quá 20% công suất lắp đặt thực tế, giá mua bằng giá thị trường điện bình quân năm trước là 1.153,8 đồng/kWh. Từ đầu năm đến nay, sản lượng phát lên lưới của các hệ thống này ước đạt gần 1,4 triệu kWh.

Trước đó, giai đoạn 2019-2020, toàn tỉnh có 4.521 hệ thống điện mặt trời mái nhà được đấu nối theo cơ chế giá FIT với tổng công suất khoảng 452 MWp.

Chi phí đầu tư hiện dao động 8-10 triệu đồng/kWp, giảm khoảng 35% so với năm 2020; thời gian hoàn vốn từ 5 đến 7 năm.

Năm 2025, ngành điện tỉnh phấn đấu phát triển thêm khoảng 250 MWp điện mặt trời mái nhà tự sản tự tiêu, trong đó khối công nghiệp chiếm trên 80%. Người dân có thể liên hệ tổng đài 1900.1006 hoặc trụ sở Công ty tại số 233 Đại lộ Bình Dương, TP Thủ Dầu Một để được hướng dẫn.
"""

ASOF = P("đến ngày 10/3/2025", None, "2025-03-10")
FIG = [
    F("hơn 1.200 hồ sơ", "1.200", 1200, "count", "hồ sơ", "hồ sơ đăng ký điện mặt trời mái nhà tự sản tự tiêu", approx="over"),
    F("tiếp nhận 1.248 hồ sơ", "1.248", 1248, "count", "hồ sơ",
      "hồ sơ thông báo, đăng ký phát triển điện mặt trời mái nhà tự sản tự tiêu", ASOF),
    F("tổng công suất 186,4 MWp", "186,4", 186.4, "measure", "MWp",
      "tổng công suất điện mặt trời mái nhà tự sản tự tiêu đăng ký", ASOF),
    F("có 1.105 hồ sơ", "1.105", 1105, "count", "hồ sơ", "hồ sơ của hộ gia đình", I(ASOF), total=1248),
    F("(21,7 MWp)", "21,7", 21.7, "measure", "MWp", "công suất đăng ký của hộ gia đình", I(ASOF), total=186.4),
    F("có 143 hồ sơ", "143", 143, "count", "hồ sơ", "hồ sơ của tổ chức, doanh nghiệp", I(ASOF), total=1248),
    F("(164,7 MWp)", "164,7", 164.7, "measure", "MWp", "công suất đăng ký của tổ chức, doanh nghiệp", I(ASOF), total=186.4),
    F("gấp hơn 7 lần", "7", 7, "multiple", "lần",
      "công suất đăng ký của khối doanh nghiệp so với khối hộ gia đình", approx="over"),
    F("Có 312 hệ thống", "312", 312, "count", "hệ thống", "hệ thống đăng ký bán phần sản lượng điện dư lên lưới", percent=25),
    F("công suất 48,2 MWp", "48,2", 48.2, "measure", "MWp", "công suất hệ thống đăng ký bán điện dư lên lưới"),
    F("không quá 20% công suất", "20", 20, "percent", "%", "sản lượng dư bán cho EVN so với công suất lắp đặt thực tế",
      approx="at_most", optional=True),
    F("là 1.153,8 đồng/kWh", "1.153,8", 1153.8, "money", "đồng/kWh", "giá mua điện dư bằng giá thị trường điện bình quân năm trước"),
    F("gần 1,4 triệu kWh", "1,4", 1400000, "measure", "kWh", "sản lượng phát lên lưới",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-03-14"), approx="nearly", status="estimate"),
    F("có 4.521 hệ thống", "4.521", 4521, "count", "hệ thống",
      "hệ thống điện mặt trời mái nhà được đấu nối theo cơ chế giá FIT", P("giai đoạn 2019-2020", "2019-01-01", "2020-12-31")),
    F("khoảng 452 MWp", "452", 452, "measure", "MWp", "tổng công suất điện mặt trời mái nhà đấu nối theo cơ chế giá FIT",
      P("giai đoạn 2019-2020", "2019-01-01", "2020-12-31"), approx="about"),
    F("dao động 8-10 triệu", "8", 8000000, "money", "đồng/kWp", "chi phí đầu tư", value_max=10000000,
      change=C("decrease", 35, baseline="năm 2020", approx="about")),
    F("từ 5 đến 7 năm", "5", 5, "measure", "năm", "thời gian hoàn vốn", value_max=7),
    F("khoảng 250 MWp", "250", 250, "measure", "MWp", "công suất điện mặt trời mái nhà tự sản tự tiêu phát triển thêm",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="target"),
    F("chiếm trên 80%", "80", 80, "percent", "%", "tỷ trọng khối công nghiệp trong công suất phát triển thêm",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="over", status="target"),
]

NOTES = [
    "Province portal (Bình Dương): rooftop solar self-consumption notifications under Nghị định 135/2024 to 10/3/2025.",
    "Parts after 'Trong đó' take the whole before the cue (1.248 hồ sơ; 186,4 MWp for the bracketed MWp); 'chiếm 25% số hồ sơ' is the share of 312.",
    "'không quá 20% công suất' is a rule threshold: optional. 'gấp hơn 7 lần' is a standalone multiple claim.",
    "Distractors: Nghị định số 135/2024/NĐ-CP, VSIP II, Mỹ Phước 3, tổng đài 1900.1006, số 233 Đại lộ Bình Dương, Lượt xem.",
]
write(1, TEXT, FIG, NOTES, published="2025-03-14", location="Bình Dương")
