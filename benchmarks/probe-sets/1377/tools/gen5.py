"""p1377-5: Party newspaper (Báo Vĩnh Long, tag VLO): footwear workers, Tết bonus, wages, lodging."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO VĨNH LONG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH VĨNH LONG
Kinh tế > Lao động - Việc làm

Công nhân da giày yên tâm đón Tết

Thứ Hai, 20/01/2025 | 06:15

Đơn hàng phục hồi trong năm 2024 giúp các doanh nghiệp da giày có điều kiện chăm lo Tết cho người lao động; mức thưởng Tết phổ biến từ 1 đến 1,5 tháng lương.

(VLO) - Theo Liên đoàn Lao động tỉnh, Vĩnh Long hiện có 9 doanh nghiệp sản xuất giày dép, sử dụng hơn 38.000 lao động, chủ yếu tại Khu công nghiệp Hòa Phú và Khu công nghiệp Bình Minh.

Tại Công ty TNHH Giày Tân Phú Mỹ ở huyện Long Hồ, doanh thu năm 2024 đạt 215 triệu USD, tăng 18% so với năm 2023. Công ty chi thưởng Tết bình quân 8,6 triệu đồng/người, người cao nhất nhận 32 triệu đồng; tổng kinh phí thưởng Tết gần 97 tỷ đồng cho 11.250 công nhân.

Lương bình quân của công nhân ngành da giày trong tỉnh năm 2024 khoảng 7,8 triệu đồng/người/tháng, cao hơn 5,4% so với năm trước. Tuy nhiên, còn khoảng 40% công nhân phải thuê trọ, chi phí từ 800.000 đến 1,2 triệu đồng/phòng/tháng.

Dịp Tết Ất Tỵ, Công đoàn các cấp tặng 2.500 suất quà, mỗi suất trị giá 500.000 đồng, và hỗ trợ 1.200 vé xe cho công nhân về quê ăn Tết.

Năm 2025, các doanh nghiệp dự kiến tuyển mới khoảng 3.000 lao động, trong đó Công ty TNHH Giày Tân Phú Mỹ cần khoảng 1.400 người.

THẢO NGUYÊN

Tin cùng chuyên mục:
- Phiên giao dịch việc làm lưu động tại thị xã Bình Minh
- Tuyên dương công nhân lao động tiêu biểu ngành da giày
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
LH = "Long Hồ"

FIGS = [
    fig("từ 1 đến 1,5 tháng", "1", 1, "measure", "tháng lương", value_max=1.5,
        subject="mức thưởng Tết phổ biến"),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép"),
    fig("hơn 38.000 lao động", "38.000", 38000, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp giày dép sử dụng"),
    fig("đạt 215 triệu", "215", 215e6, "money", "USD", change=chg("increase", 18, "%", "năm 2023"),
        subject="doanh thu của Công ty TNHH Giày Tân Phú Mỹ", period=Y24, location=LH),
    fig("bình quân 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người",
        subject="thưởng Tết bình quân của công ty", location=LH),
    fig("nhận 32 triệu", "32", 32e6, "money", "đồng",
        subject="thưởng Tết người cao nhất nhận", location=LH),
    fig("gần 97 tỷ", "97", 97e9, "money", "đồng", approx="nearly",
        subject="tổng kinh phí thưởng Tết", location=LH),
    fig("cho 11.250 công nhân", "11.250", 11250, "count", "công nhân",
        subject="công nhân được thưởng Tết", location=LH),
    fig("khoảng 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", approx="about",
        change=chg("increase", 5.4, "%", "năm trước"),
        subject="lương bình quân của công nhân ngành da giày trong tỉnh", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="công nhân phải thuê trọ"),
    fig("từ 800.000 đến 1,2 triệu", "800.000", 800000, "money", "đồng/phòng/tháng", value_max=1.2e6,
        subject="chi phí thuê trọ"),
    fig("tặng 2.500 suất", "2.500", 2500, "count", "suất quà",
        subject="suất quà Công đoàn các cấp tặng"),
    fig("trị giá 500.000", "500.000", 500000, "money", "đồng/suất",
        subject="giá trị mỗi suất quà"),
    fig("1.200 vé xe", "1.200", 1200, "count", "vé xe",
        subject="vé xe hỗ trợ cho công nhân về quê"),
    fig("khoảng 3.000 lao động", "3.000", 3000, "count", "lao động", approx="about", status="forecast", period=Y25,
        subject="lao động các doanh nghiệp tuyển mới"),
    fig("khoảng 1.400 người", "1.400", 1400, "count", "người", approx="about", status="forecast", total=3000,
        period=Y25, subject="lao động Công ty TNHH Giày Tân Phú Mỹ cần", location=LH),
]

NOTES = [
    "Party newspaper (Báo Vĩnh Long): section breadcrumb, 'Thứ Hai, 20/01/2025 | 06:15' (published), sapo, tag '(VLO) -', byline",
    "'THẢO NGUYÊN', related links. Default location Vĩnh Long (named in the body and the masthead).",
    "Distractors: 06:15, 'Tết Ất Tỵ', the sapo's 'trong năm 2024' (locates, no figure), 'thị xã Bình Minh' in a link.",
    "Sapo 'mức thưởng Tết phổ biến từ 1 đến 1,5 tháng lương' → measure in 'tháng lương', range; no period of its own (the clause",
    "before it names 'trong năm 2024' for the orders; the bonus is for Tết 2025): none given.",
    "Company passage 'ở huyện Long Hồ' → location Long Hồ for its figures; the wage sentence goes back to 'trong tỉnh' → Vĩnh Long.",
    "'mỗi suất trị giá 500.000 đồng' → rate đồng/suất. 'cao hơn 5,4% so với năm trước' → change of the wage.",
    "'Năm 2025 ... dự kiến ... khoảng 3.000, trong đó ... khoảng 1.400' → forecast; the part takes total 3.000 and location Long Hồ.",
]

if __name__ == "__main__":
    write("p1377-5", TEXT, NOTES, FIGS, published="2025-01-20", location="Vĩnh Long")
