"""p1462-4: provincial Party newspaper (Báo Bắc Ninh): scaffolding and ladder workshops of phường Châu Khê (TP Từ Sơn)."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO BẮC NINH
Kinh tế > Làng nghề

Châu Khê: Nghề làm giàn giáo, thang sắt giữ nhịp sản xuất

Thứ Ba, 18/06/2024 - 10:15

(BNO) - Từ những xưởng cán thép nhỏ, nhiều hộ ở phường Châu Khê (TP Từ Sơn) đã chuyển sang sản xuất giàn giáo, thang sắt, thang nhôm, mỗi năm cung ứng cho thị trường hàng chục nghìn tấn sản phẩm.

Xưởng của anh Nguyễn Văn Thắng ở khu phố Đa Hội rộng khoảng 2.000 m2, có 4 máy cắt, 6 máy hàn tự động và 25 công nhân. Mỗi ngày xưởng xuất ra thị trường 350 bộ giàn giáo khung, giá bán từ 520.000 đến 580.000 đồng/bộ tùy độ dày ống thép. Năm 2023, doanh thu của xưởng đạt gần 18 tỷ đồng, lãi khoảng 1,5 tỷ đồng. "5 tháng đầu năm nay, đơn hàng giảm chừng 15% do nhiều công trình chậm triển khai", anh Thắng cho biết. Nhôm phế liệu được xưởng thu mua lại với giá 42.000 đồng/kg để tái chế.

Theo UBND phường Châu Khê, toàn phường có 64 hộ, cơ sở sản xuất giàn giáo, thang các loại, trong đó 11 cơ sở đã thành lập doanh nghiệp; thu hút trên 1.500 lao động, thu nhập từ 7 đến 10 triệu đồng/người/tháng. Tổng sản lượng năm 2023 ước khoảng 42.000 tấn, chiếm gần 30% sản lượng thép thành phẩm của làng nghề.

Để giảm ô nhiễm, thành phố đã di dời 27 cơ sở vào Cụm công nghiệp Châu Khê có diện tích 13,5 ha. Mục tiêu đến năm 2025, 100% cơ sở sản xuất giàn giáo trên địa bàn phường hoạt động trong cụm công nghiệp.

Hoàng Lan

Bình luận (0)
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm nay", "2024-01-01", "2024-05-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hàng chục nghìn tấn", "hàng chục", 1e4, "measure", "tấn/năm", approx="about", optional=True),
    fig("khoảng 2.000 m2", "2.000", 2000, "measure", "m2", approx="about",
        subject="diện tích xưởng của anh Nguyễn Văn Thắng"),
    fig("có 4 máy cắt", "4", 4, "count", "máy cắt", subject="máy cắt của xưởng"),
    fig("6 máy hàn", "6", 6, "count", "máy hàn", subject="máy hàn tự động của xưởng"),
    fig("25 công nhân", "25", 25, "count", "công nhân", subject="công nhân của xưởng"),
    fig("thị trường 350 bộ", "350", 350, "measure", "bộ/ngày",
        subject="giàn giáo khung xưởng xuất ra thị trường mỗi ngày"),
    fig("từ 520.000 đến", "520.000", 520000, "money", "đồng/bộ", value_max=580000,
        subject="giá bán giàn giáo khung"),
    fig("gần 18 tỷ", "18", 18e9, "money", "đồng", approx="nearly", subject="doanh thu của xưởng", period=Y23),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="about", subject="lãi của xưởng", period=Y23),
    fig("chừng 15%", "15", 15, "percent", "%", approx="about", subject="đơn hàng giảm", period=M5),
    fig("giá 42.000 đồng/kg", "42.000", 42000, "money", "đồng/kg", subject="giá thu mua nhôm phế liệu"),
    fig("có 64 hộ", "64", 64, "count", "hộ, cơ sở",
        subject="hộ, cơ sở sản xuất giàn giáo, thang các loại"),
    fig("đó 11 cơ sở", "11", 11, "count", "cơ sở", total=64, subject="cơ sở đã thành lập doanh nghiệp"),
    fig("trên 1.500 lao động", "1.500", 1500, "count", "lao động", approx="over", subject="lao động thu hút"),
    fig("từ 7 đến 10 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập của lao động"),
    fig("khoảng 42.000 tấn", "42.000", 42000, "measure", "tấn", approx="about", status="estimate", percent=30,
        subject="tổng sản lượng", period=Y23b),
    fig("dời 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở di dời vào Cụm công nghiệp Châu Khê"),
    fig("13,5 ha", "13,5", 13.5, "measure", "ha", subject="diện tích Cụm công nghiệp Châu Khê"),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất giàn giáo trên địa bàn phường hoạt động trong cụm công nghiệp", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Ninh): section path, 'Thứ Ba, 18/06/2024 - 10:15', tag '(BNO) -', sapo, byline 'Hoàng Lan', 'Bình luận (0)'.",
    "Distractors: 10:15, the dateline, 'Bình luận (0)', khu phố 'Đa Hội' (name).",
    "Location: phường Châu Khê of TP Từ Sơn → 'Từ Sơn' (the city is the district-level place) for every figure.",
    "Sapo 'hàng chục nghìn tấn' is a vague number word: optional (10^4, about).",
    "'Mỗi ngày xưởng xuất ra ... 350 bộ' is a rate: measure, unit 'bộ/ngày'. Price per bộ and per kg keep their denominators.",
    "'5 tháng đầu năm nay, đơn hàng giảm chừng 15%' is the claim itself: percent figure, about, no change; 'năm nay' = 2024 (dateline).",
    "'64 hộ, cơ sở ..., trong đó 11 cơ sở' → total 64. 'Tổng sản lượng năm 2023 ước khoảng 42.000 tấn, chiếm gần 30%' → estimate, about, percent 30.",
    "'Mục tiêu đến năm 2025, 100% cơ sở ...' → percent figure, target, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1462-4", TEXT, NOTES, FIGS, published="2024-06-18", location="Từ Sơn")
