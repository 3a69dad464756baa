"""p753-8: commune portal (xã Vị Thắng, huyện Vị Thủy, Hậu Giang): frog, eel, climbing-perch models, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ VỊ THẮNG - HUYỆN VỊ THỦY - TỈNH HẬU GIANG
Trang chủ > Tin tức > Kinh tế - Xã hội
Ngày đăng: 08/10/2024 16:05 | Lượt xem: 214

Vị Thắng: 9 tháng, hỗ trợ 46 hộ nghèo, cận nghèo nuôi ếch, lươn, cá rô

9 tháng năm 2024, xã Vị Thắng đã hỗ trợ 46 hộ nghèo, cận nghèo phát triển sinh kế với các mô hình nuôi ếch (21 hộ), nuôi lươn không bùn (15 hộ) và nuôi cá rô đầu vuông (10 hộ).

Tổng kinh phí hỗ trợ là 598,5 triệu đồng, tăng 27% so với cùng kỳ năm 2023, trong đó vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững 420 triệu đồng, vốn xã hội hóa 178,5 triệu đồng.

Riêng quý III, xã đã cấp 12.600 con ếch giống và 4.500 con lươn giống cho 19 hộ tại ấp 3, ấp 4 và ấp Vĩnh Thuận.

Qua theo dõi, tỷ lệ ếch sống đạt từ 80 đến 85%, lươn đạt khoảng 75%; bình quân mỗi hộ nuôi ếch có thu nhập 5-7 triệu đồng/tháng. Cán bộ khuyến nông xã thường xuyên đến tận nơi hướng dẫn kỹ thuật, kết nối thương lái bao tiêu sản phẩm cho bà con.

Đến ngày 30/9/2024, toàn xã còn 38 hộ nghèo (tỷ lệ 1,92%), giảm 23 hộ so với đầu năm; hộ cận nghèo còn 64 hộ (tỷ lệ 3,23%).

Quý IV/2024, xã dự kiến hỗ trợ thêm 12 hộ nuôi ếch theo Kế hoạch số 45/KH-UBND; phấn đấu đến cuối năm 2024 giảm tỷ lệ hộ nghèo xuống dưới 1,5%.

UBND xã Vị Thắng - Quốc lộ 61, ấp 3, xã Vị Thắng, huyện Vị Thủy. Điện thoại: 0293.3871.125
"""

M9h = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
ASOF = per("Đến ngày 30/9/2024", end="2024-09-30")
Q4 = per("Quý IV/2024", "2024-10-01", "2024-12-31")
FUND = 598_500_000

FIGS = [
    fig("hỗ trợ 46 hộ nghèo, cận nghèo nuôi", "46", 46, "count", "hộ",
        "hộ nghèo, cận nghèo được hỗ trợ nuôi ếch, lươn, cá rô", M9h),
    fig("đã hỗ trợ 46 hộ", "46", 46, "count", "hộ", "hộ nghèo, cận nghèo được hỗ trợ phát triển sinh kế", M9),
    fig("(21 hộ)", "21", 21, "count", "hộ", "hộ nuôi ếch", M9, total=46),
    fig("(15 hộ)", "15", 15, "count", "hộ", "hộ nuôi lươn không bùn", M9, total=46),
    fig("(10 hộ)", "10", 10, "count", "hộ", "hộ nuôi cá rô đầu vuông", M9, total=46),
    fig("là 598,5 triệu đồng", "598,5", FUND, "money", "đồng", "tổng kinh phí hỗ trợ", inh(M9),
        change=chg("increase", 27, "%", "cùng kỳ năm 2023")),
    fig("bền vững 420 triệu đồng", "420", 420_000_000, "money", "đồng",
        "vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững", inh(M9), total=FUND),
    fig("hóa 178,5 triệu đồng", "178,5", 178_500_000, "money", "đồng", "vốn xã hội hóa", inh(M9), total=FUND),
    fig("12.600 con", "12.600", 12600, "count", "con", "ếch giống xã cấp", Q3),
    fig("4.500 con", "4.500", 4500, "count", "con", "lươn giống xã cấp", Q3),
    fig("cho 19 hộ", "19", 19, "count", "hộ", "hộ được cấp con giống", Q3),
    fig("từ 80 đến 85%", "80", 80, "percent", "%", "tỷ lệ ếch sống", value_max=85),
    fig("khoảng 75%", "75", 75, "percent", "%", "tỷ lệ lươn sống", approx="about"),
    fig("5-7 triệu đồng/tháng", "5", 5_000_000, "money", "đồng/tháng", "thu nhập bình quân mỗi hộ nuôi ếch",
        value_max=7_000_000),
    fig("còn 38 hộ", "38", 38, "count", "hộ", "hộ nghèo", ASOF, percent=1.92,
        change=chg("decrease", 23, "hộ", "đầu năm")),
    fig("còn 64 hộ", "64", 64, "count", "hộ", "hộ cận nghèo", ASOF, percent=3.23),
    fig("thêm 12 hộ", "12", 12, "count", "hộ", "hộ nuôi ếch được hỗ trợ thêm", Q4, status="forecast"),
    fig("dưới 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ hộ nghèo", per("đến cuối năm 2024", end="2024-12-31"),
        approx="under", status="target"),
]

NOTES = [
    "Commune portal (xã Vị Thắng, huyện Vị Thủy, Hậu Giang): livelihood models for poor households, 9 months 2024.",
    "'Ngày đăng: 08/10/2024 16:05' is the dateline; 'Lượt xem: 214', 'ấp 3', 'ấp 4', 'Quốc lộ 61', 'Kế hoạch số 45/KH-UBND',",
    "the phone number are not figures. Headline '9 tháng' takes 2024 from the dateline; 'quý III' likewise.",
    "A commune is not a province/city/district: location is the district, Vị Thủy (same choice as p753-2).",
    "21+15+10 = 46 (bracketed breakdown, adds up); 420 + 178,5 = 598,5 triệu (trong đó).",
    "'còn 38 hộ nghèo (tỷ lệ 1,92%), giảm 23 hộ so với đầu năm' -> percent and change across the bracket.",
    "'dự kiến' -> forecast (Quý IV/2024); 'phấn đấu đến cuối năm 2024 ... dưới 1,5%' -> target, as-of end 2024.",
]

if __name__ == "__main__":
    write("p753-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Vị Thủy")
