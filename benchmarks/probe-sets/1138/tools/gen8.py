"""p1138-8: provincial newspaper online (Báo Sơn La, '(SLO) -'): nhà văn hóa bản, tiểu khu, quý III and 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO SƠN LA ĐIỆN TỬ
Văn hóa - Thể thao

Hơn 2.300 bản, tiểu khu có nhà văn hóa

Cập nhật: 10:35, Thứ Sáu, 11/10/2024

(SLO) - Quý III, các huyện, thành phố trong tỉnh đã khánh thành 46 nhà văn hóa bản, tiểu khu và 19 sân thể thao, nâng tổng số bản, tiểu khu có nhà văn hóa lên 2.318/2.463, chiếm 94,1%. Các huyện có nhiều nhà văn hóa mới là Mộc Châu, Mai Sơn và Sông Mã với lần lượt 9, 8 và 7 nhà.

Tại huyện Mộc Châu, nhiều bản chủ động góp công, góp đất làm nhà văn hóa. Bản Áng, xã Đông Sang, có 156 hộ với hơn 700 nhân khẩu; nhà văn hóa bản mới được xây trên diện tích 450 m2, kinh phí 1,2 tỷ đồng, trong đó nhân dân đóng góp 350 triệu đồng và hơn 600 ngày công. Sân bóng chuyền cạnh nhà văn hóa là nơi đội bóng của bản tập luyện mỗi chiều. Ông Lò Văn Hưng, Trưởng bản, cho biết năm nay bản đăng cai giải bóng chuyền hơi các bản trong xã lần thứ 5 với 12 đội, khoảng 150 vận động viên tham gia.

Theo Sở Văn hóa, Thể thao và Du lịch, 9 tháng năm 2024, toàn tỉnh tổ chức 524 giải thể thao cấp xã, đạt 87,3% kế hoạch năm, tăng 9,2% so với cùng kỳ; số câu lạc bộ thể dục thể thao đạt 1.265 câu lạc bộ. Đến ngày 30/9/2024, chương trình hỗ trợ xây dựng nhà văn hóa cho các bản đặc biệt khó khăn đã hoàn thành 58/65 công trình kế hoạch, tổng vốn hỗ trợ hơn 29 tỷ đồng.

Dự kiến trong quý IV, các địa phương khởi công thêm 24 nhà văn hóa; tỉnh phấn đấu đến hết năm 2025 có ít nhất 97% bản, tiểu khu có nhà văn hóa.

Thu Hằng
"""

Q3 = P("Quý III", "2024-07-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("trong quý IV", "2024-10-01", "2024-12-31")
T25 = P("đến hết năm 2025", None, "2025-12-31")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
MC = "Mộc Châu"
NEW = "nhà văn hóa mới khánh thành"

FIGS = [
    F("Hơn 2.300 bản", "2.300", 2300, "count", "bản, tiểu khu", approx="over",
      subject="bản, tiểu khu có nhà văn hóa"),
    F("khánh thành 46 nhà", "46", 46, "count", "nhà văn hóa bản, tiểu khu",
      subject="nhà văn hóa bản, tiểu khu khánh thành", period=Q3),
    F("và 19 sân", "19", 19, "count", "sân thể thao", subject="sân thể thao khánh thành", period=Q3),
    F("2.318/2.463", "2.318", 2318, "count", "bản, tiểu khu", total=2463, percent=94.1,
      subject="bản, tiểu khu có nhà văn hóa"),
    F("lần lượt 9", "9", 9, "count", "nhà", subject=NEW, period=I(Q3), location=MC),
    F("9, 8", "8", 8, "count", "nhà", subject=NEW, period=I(Q3), location="Mai Sơn"),
    F("8 và 7", "7", 7, "count", "nhà", subject=NEW, period=I(Q3), location="Sông Mã"),
    F("có 156 hộ", "156", 156, "count", "hộ", subject="hộ của bản Áng", location=MC),
    F("hơn 700 nhân khẩu", "700", 700, "count", "nhân khẩu", approx="over", subject="nhân khẩu của bản Áng",
      location=MC),
    F("diện tích 450 m2", "450", 450, "measure", "m2", subject="diện tích nhà văn hóa bản Áng", location=MC),
    F("phí 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", subject="kinh phí xây nhà văn hóa bản Áng", location=MC),
    F("góp 350 triệu", "350", 350e6, "money", "đồng", total=1.2e9, subject="nhân dân đóng góp", location=MC),
    F("hơn 600 ngày công", "600", 600, "count", "ngày công", approx="over", subject="ngày công nhân dân đóng góp",
      location=MC),
    F("với 12 đội", "12", 12, "count", "đội", subject="đội tham gia giải bóng chuyền hơi các bản trong xã",
      period=NOW, location=MC),
    F("khoảng 150 vận động viên", "150", 150, "count", "vận động viên", approx="about",
      subject="vận động viên tham gia giải bóng chuyền hơi các bản trong xã", period=NOW, location=MC),
    F("tổ chức 524 giải", "524", 524, "count", "giải thể thao", percent=87.3,
      change=C("increase", 9.2, "%", "cùng kỳ"), subject="giải thể thao cấp xã tổ chức", period=N9),
    F("đạt 1.265", "1.265", 1265, "count", "câu lạc bộ", subject="câu lạc bộ thể dục thể thao", period=N9),
    F("58/65", "58", 58, "count", "công trình", target=T(65, "công trình"),
      subject="công trình nhà văn hóa cho các bản đặc biệt khó khăn đã hoàn thành", period=ASOF),
    F("hơn 29 tỷ", "29", 29e9, "money", "đồng", approx="over", subject="tổng vốn hỗ trợ xây dựng nhà văn hóa",
      period=ASOF),
    F("thêm 24 nhà", "24", 24, "count", "nhà văn hóa", status="forecast",
      subject="nhà văn hóa khởi công thêm", period=Q4),
    F("ít nhất 97%", "97", 97, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ bản, tiểu khu có nhà văn hóa", period=T25),
]

NOTES = [
    "Provincial newspaper online (Báo Sơn La), tag '(SLO) -', 'Cập nhật: 10:35, Thứ Sáu, 11/10/2024' (published), byline at the end.",
    "Year-less 'Quý III', 'quý IV', 'năm nay' take 2024 from the dateline. '2.318/2.463, chiếm 94,1%' → total and percent; no period given",
    "(a stock 'nâng tổng số … lên' after the quarter's works: the as-of reading is a reader's guess, so left without period).",
    "'lần lượt 9, 8 và 7 nhà': list items with the districts as location. Bản Áng passage (xã Đông Sang, huyện Mộc Châu) → location Mộc Châu.",
    "'trong đó nhân dân đóng góp 350 triệu đồng và hơn 600 ngày công': 350 triệu → total 1,2 tỷ; 600 ngày công counts another unit (no total).",
    "'58/65 công trình kế hoạch' → target 65 (the plan), not a total. Distractors: '10:35', 'lần thứ 5', '30/9/2024'.",
]

if __name__ == "__main__":
    write("p1138-8", TEXT, NOTES, FIGS, published="2024-10-11", location="Sơn La")
