"""p1235-4: ministry site (Bộ TT&TT): national ethnic-language radio/TV, 2023 and targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ » Tin tức » Báo chí - Phát thanh, truyền hình
Ngày đăng: 10/01/2024 | Lượt xem: 1.087

47 cơ quan báo chí sản xuất chương trình phát thanh, truyền hình tiếng dân tộc

Theo Cục Phát thanh, truyền hình và thông tin điện tử, tính đến ngày 31/12/2023, cả nước có 47/65 cơ quan báo chí được cấp phép hoạt động phát thanh, truyền hình sản xuất chương trình bằng tiếng dân tộc thiểu số, với 28 thứ tiếng. Trong số 28 thứ tiếng này, 13 thứ tiếng được phát trên Hệ Phát thanh dân tộc (VOV4) của Đài Tiếng nói Việt Nam với tổng thời lượng khoảng 125 giờ/ngày; kênh VTV5 phát sóng 24/24 giờ, trong đó chương trình tiếng dân tộc chiếm khoảng 40% thời lượng.

Năm 2023, các đài địa phương đã sản xuất 38.600 giờ chương trình phát thanh và 21.400 giờ chương trình truyền hình tiếng dân tộc, tăng lần lượt 6,2% và 9,8% so với năm 2022. Dẫn đầu về thời lượng là Gia Lai (2.940 giờ), Đắk Lắk (2.615 giờ) và Sơn La (2.480 giờ).

Đội ngũ làm chương trình tiếng dân tộc hiện có hơn 1.200 người, trong đó khoảng 65% là người dân tộc thiểu số. Nhiều đài còn thiếu biên dịch viên tiếng Xơ Đăng, Cơ Tu, Hrê; có đài chỉ có một phát thanh viên cho mỗi thứ tiếng.

Giai đoạn 2021-2025, Dự án 10 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi bố trí khoảng 1.450 tỷ đồng cho truyền thông, tuyên truyền, trong đó hỗ trợ sản xuất chương trình phát thanh, truyền hình tiếng dân tộc gần 320 tỷ đồng.

Mục tiêu đến năm 2025, 100% đài phát thanh, truyền hình cấp tỉnh vùng dân tộc thiểu số có chương trình tiếng dân tộc trên nền tảng số; đến năm 2030, trên 95% đồng bào dân tộc thiểu số được nghe, xem chương trình bằng tiếng mẹ đẻ.

Địa chỉ: 18 Nguyễn Du, Hà Nội | Điện thoại: 024.3943.7321
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "giờ chương trình phát thanh, truyền hình tiếng dân tộc của các đài địa phương"

FIGS = [
    F("47 cơ quan báo chí sản xuất", "47", 47, "count", "cơ quan báo chí",
      subject="cơ quan báo chí sản xuất chương trình phát thanh, truyền hình tiếng dân tộc"),
    F("có 47/65 cơ quan", "47", 47, "count", "cơ quan báo chí", total=65,
      subject="cơ quan báo chí được cấp phép hoạt động phát thanh, truyền hình sản xuất chương trình bằng tiếng dân tộc thiểu số",
      period=ASOF),
    F("với 28 thứ tiếng", "28", 28, "count", "thứ tiếng",
      subject="thứ tiếng dân tộc thiểu số có chương trình phát thanh, truyền hình", period=ASOF),
    F("này, 13 thứ tiếng", "13", 13, "count", "thứ tiếng", total=28,
      subject="thứ tiếng được phát trên Hệ Phát thanh dân tộc (VOV4)"),
    F("khoảng 125 giờ/ngày", "125", 125, "measure", "giờ/ngày", approx="about",
      subject="tổng thời lượng Hệ Phát thanh dân tộc (VOV4)"),
    F("24/24 giờ", "24", 24, "measure", "giờ", total=24, optional=True,
      subject="thời lượng phát sóng kênh VTV5"),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="chương trình tiếng dân tộc trong thời lượng kênh VTV5"),
    F("sản xuất 38.600 giờ", "38.600", 38600, "measure", "giờ",
      change=C("increase", 6.2, "%", "năm 2022"),
      subject="giờ chương trình phát thanh tiếng dân tộc của các đài địa phương", period=Y23),
    F("và 21.400 giờ", "21.400", 21400, "measure", "giờ",
      change=C("increase", 9.8, "%", "năm 2022"),
      subject="giờ chương trình truyền hình tiếng dân tộc của các đài địa phương", period=Y23),
    F("Gia Lai (2.940 giờ)", "2.940", 2940, "measure", "giờ", subject=LIST, period=I(Y23), location="Gia Lai"),
    F("Đắk Lắk (2.615 giờ)", "2.615", 2615, "measure", "giờ", subject=LIST, period=I(Y23), location="Đắk Lắk"),
    F("Sơn La (2.480 giờ)", "2.480", 2480, "measure", "giờ", subject=LIST, period=I(Y23), location="Sơn La"),
    F("hơn 1.200 người", "1.200", 1200, "count", "người", approx="over",
      subject="đội ngũ làm chương trình tiếng dân tộc"),
    F("khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="người dân tộc thiểu số trong đội ngũ làm chương trình tiếng dân tộc"),
    F("chỉ có một phát thanh viên", "một", 1, "measure", "phát thanh viên/thứ tiếng", optional=True,
      subject="phát thanh viên cho mỗi thứ tiếng"),
    F("khoảng 1.450 tỷ", "1.450", 1450000000000, "money", "đồng", approx="about",
      subject="kinh phí Dự án 10 bố trí cho truyền thông, tuyên truyền", period=GD),
    F("gần 320 tỷ", "320", 320000000000, "money", "đồng", approx="nearly", total=1450000000000,
      subject="hỗ trợ sản xuất chương trình phát thanh, truyền hình tiếng dân tộc", period=GD),
    F("2025, 100% đài", "100", 100, "percent", "%", status="target",
      subject="đài phát thanh, truyền hình cấp tỉnh vùng dân tộc thiểu số có chương trình tiếng dân tộc trên nền tảng số",
      period=T25),
    F("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
      subject="đồng bào dân tộc thiểu số được nghe, xem chương trình bằng tiếng mẹ đẻ", period=T30),
]

NOTES = [
    "Ministry site (Bộ TT&TT): national figures, 'Ngày đăng: 10/01/2024 | Lượt xem: 1.087' (published). Default location Việt Nam.",
    "Distractors: counter 1.087, 'ngày 31/12/2023' (as-of date), VOV4, VTV5, 'Dự án 10', 'Giai đoạn 2021-2025', address '18 Nguyễn Du', phone 024.3943.7321.",
    "'Trong số 28 thứ tiếng này, 13 thứ tiếng' → total 28. '24/24 giờ' (round the clock) optional. 'tăng lần lượt 6,2% và 9,8%' → one change each.",
    "Ranking list 'Gia Lai (2.940 giờ), ...': items take the list's indicator; province = location; period inherited from the previous sentence.",
    "'có đài chỉ có một phát thanh viên' optional (an unnamed station; location unknown). 'gần 320 tỷ' after 'trong đó' → total 1.450 tỷ.",
    "'Mục tiêu đến năm 2025 ... 100%', 'đến năm 2030 ... trên 95%' → target, periods end 2025-12-31 / 2030-12-31.",
]

if __name__ == "__main__":
    write("p1235-4", TEXT, NOTES, FIGS, published="2024-01-10", location="Việt Nam")
