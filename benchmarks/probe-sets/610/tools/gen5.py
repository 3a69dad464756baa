"""p610-5: Party newspaper (Báo Sơn La), idle rural water works in the highlands, byline and date at the end."""
from lib import F, P, I, CH, T, emit

TEXT = """Báo Sơn La - Cơ quan của Đảng bộ, Chính quyền và Nhân dân các dân tộc tỉnh Sơn La
Xã hội

Sơn La: Gần 500 công trình nước sinh hoạt vùng cao "đắp chiếu"

Theo thống kê của Sở Nông nghiệp và Phát triển nông thôn, đến hết năm 2023, toàn tỉnh có 2.215 công trình cấp nước sinh hoạt tập trung nông thôn, trong đó 489 công trình không hoạt động, chiếm 22,1%; 631 công trình hoạt động kém bền vững. Các công trình không hoạt động tập trung nhiều ở huyện Thuận Châu (64 công trình), Sốp Cộp (58 công trình) và Mường La (47 công trình).

Tại bản Huổi Lạn, xã Mường Lầm, huyện Sông Mã, công trình cấp nước đầu tư 1,8 tỷ đồng đã hư hỏng đường ống, bể chứa, khiến 86 hộ phải dùng nước khe suối. Mùa khô năm 2024, gần 4.700 hộ tại 38 bản trên địa bàn tỉnh thiếu nước sinh hoạt.

Giai đoạn 2021-2023, tỉnh đã bố trí 187,4 tỷ đồng từ các chương trình mục tiêu quốc gia để xây mới 96 công trình và sửa chữa, nâng cấp 143 công trình. Suất đầu tư bình quân từ 4 đến 6 triệu đồng/người hưởng lợi. Tuy vậy, tỷ lệ người dân vùng cao được dùng nước sạch đạt quy chuẩn mới khoảng 30 - 35%.

Ông Lò Văn Tiến, Phó Giám đốc Sở Nông nghiệp và PTNT, cho biết nguyên nhân chủ yếu là nguồn nước suy giảm, nhiều công trình thiếu tổ quản lý, người dân chưa quen trả tiền nước. Tại Kỳ họp thứ 8, HĐND tỉnh khóa XV đã yêu cầu các ngành làm rõ trách nhiệm.

Năm 2024, tỉnh phấn đấu khôi phục hoạt động ít nhất 120 công trình, nâng tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh lên 95%.

Quàng Hương
28/05/2024
"""

END23 = P("đến hết năm 2023", end="2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
DRY = P("Mùa khô năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 500 công trình", "500", 500, "count", "công trình", "công trình nước sinh hoạt vùng cao không hoạt động", I(END23),
      approx="nearly"),
    F("có 2.215 công trình", "2.215", 2215, "count", "công trình", "công trình cấp nước sinh hoạt tập trung nông thôn", END23),
    F("trong đó 489 công trình", "489", 489, "count", "công trình", "công trình không hoạt động", END23, total=2215, percent=22.1),
    F("631 công trình", "631", 631, "count", "công trình", "công trình hoạt động kém bền vững", END23, total=2215),
    F("(64 công trình)", "64", 64, "count", "công trình", "công trình không hoạt động", location="Thuận Châu"),
    F("(58 công trình)", "58", 58, "count", "công trình", "công trình không hoạt động", location="Sốp Cộp"),
    F("(47 công trình)", "47", 47, "count", "công trình", "công trình không hoạt động", location="Mường La"),
    F("tư 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "vốn đầu tư công trình cấp nước bản Huổi Lạn", location="Sông Mã"),
    F("khiến 86 hộ", "86", 86, "count", "hộ", "hộ phải dùng nước khe suối", location="Sông Mã"),
    F("gần 4.700 hộ", "4.700", 4700, "count", "hộ", "hộ thiếu nước sinh hoạt", DRY, approx="nearly"),
    F("tại 38 bản", "38", 38, "count", "bản", "bản thiếu nước sinh hoạt", DRY),
    F("bố trí 187,4 tỷ đồng", "187,4", 187.4e9, "money", "đồng", "vốn từ các chương trình mục tiêu quốc gia bố trí cho nước sinh hoạt", G),
    F("xây mới 96 công trình", "96", 96, "count", "công trình", "công trình xây mới", G),
    F("nâng cấp 143 công trình", "143", 143, "count", "công trình", "công trình sửa chữa, nâng cấp", G),
    F("từ 4 đến 6 triệu", "4", 4e6, "money", "đồng/người hưởng lợi", "suất đầu tư bình quân", value_max=6e6),
    F("khoảng 30 - 35%", "30", 30, "percent", "%", "tỷ lệ người dân vùng cao được dùng nước sạch đạt quy chuẩn",
      value_max=35, approx="about"),
    F("ít nhất 120 công trình", "120", 120, "count", "công trình", "công trình được khôi phục hoạt động", Y24,
      approx="at_least", status="target"),
    F("lên 95%", "95", 95, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", Y24, status="target"),
]

COMMENTS = [
    "Báo Sơn La (Party paper): idle rural water works; byline 'Quàng Hương' then the bare date 28/05/2024 at the end (published).",
    "Location Sơn La; the district list items take their district; the Huổi Lạn works (huyện Sông Mã) take Sông Mã.",
    "Headline 'Gần 500 công trình' takes the lead's as-of period (inherited). 'Mùa khô năm 2024' -> the year 2024.",
    "The district items in brackets after the 489 idle works do not add up and follow no cue: no total. 631 follows 'trong đó … ;' -> total 2.215.",
    "'từ 4 đến 6 triệu đồng/người hưởng lợi' -> money range, rate in the unit; 'khoảng 30 - 35%' -> about, range.",
    "Not figures: 'Kỳ họp thứ 8', 'khóa XV', names of bản/xã. 'Phó Giám đốc' etc.",
]

if __name__ == "__main__":
    emit("p610-5", TEXT, COMMENTS, FIGS, published="2024-05-28", location="Sơn La")
