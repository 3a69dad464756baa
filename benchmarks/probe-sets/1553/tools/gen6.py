"""p1553-6: national newspaper: a domestic sneaker brand (TP Hồ Chí Minh) and the national market."""
from lib import fig, per, chg, write

TEXT = """Thứ bảy, 21/9/2024, 14:10 (GMT+7)

Giày thể thao nội địa giành lại thị phần

Từ một xưởng nhỏ ở TP Hồ Chí Minh, thương hiệu NAVIRUN đã có mặt ở 15 tỉnh, thành phố, bán ra gần 800.000 đôi mỗi năm.

Ra đời năm 2018, thương hiệu NAVIRUN của Công ty cổ phần Giày Nam Việt hiện có 42 cửa hàng tại 15 tỉnh, thành phố. Năm 2023, doanh nghiệp bán ra khoảng 780.000 đôi, gấp đôi năm 2021; doanh thu đạt 410 tỷ đồng. 8 tháng đầu năm nay, doanh số tăng 27% so với cùng kỳ, trong đó kênh trực tuyến chiếm gần 48%.

Mẫu bán chạy nhất là NAVIRUN Pro 3 giá 890.000 đồng/đôi; các mẫu khác có giá từ 550.000 đến 1,25 triệu đồng/đôi, chỉ bằng khoảng 35% giá giày ngoại cùng phân khúc.

"Người tiêu dùng giờ sẵn sàng chi tiền cho giày Việt nếu chất lượng tương đương", ông Trịnh Quốc Bảo, Tổng giám đốc công ty, nói. Năm nay, doanh nghiệp dự kiến mở thêm 10 cửa hàng, nâng doanh thu lên khoảng 520 tỷ đồng và xuất khẩu lô hàng đầu tiên 20.000 đôi sang Singapore.

Theo một khảo sát thị trường, quy mô thị trường giày thể thao Việt Nam năm 2023 ước khoảng 1,1 tỷ USD, trong đó hàng nội địa chiếm khoảng 18%. Năm 2020, tỷ lệ này chỉ là 11%. Cả nước hiện có khoảng hai chục thương hiệu giày thể thao nội địa có hệ thống cửa hàng riêng.

Minh Tâm
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y20 = per("Năm 2020", "2020-01-01", "2020-12-31")
HCM = "TP Hồ Chí Minh"
VN = "Việt Nam"

FIGS = [
    fig("ở 15 tỉnh", "15", 15, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có mặt thương hiệu NAVIRUN",
        location=VN),
    fig("gần 800.000 đôi", "800.000", 800000, "measure", "đôi/năm", approx="nearly",
        subject="giày thương hiệu NAVIRUN bán ra mỗi năm"),
    fig("có 42 cửa hàng", "42", 42, "count", "cửa hàng", subject="cửa hàng của thương hiệu NAVIRUN"),
    fig("tại 15 tỉnh", "15", 15, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có cửa hàng NAVIRUN",
        location=VN),
    fig("khoảng 780.000 đôi", "780.000", 780000, "count", "đôi", approx="about",
        change=chg("increase", 2, "lần", "năm 2021"), subject="giày doanh nghiệp bán ra", period=Y23),
    fig("đạt 410 tỷ", "410", 410e9, "money", "đồng", subject="doanh thu", period=Y23),
    fig("tăng 27%", "27", 27, "percent", "%", subject="doanh số", period=M8),
    fig("gần 48%", "48", 48, "percent", "%", approx="nearly", subject="tỷ trọng kênh trực tuyến trong doanh số",
        period=M8),
    fig("giá 890.000 đồng", "890.000", 890000, "money", "đồng/đôi", subject="giá mẫu NAVIRUN Pro 3"),
    fig("từ 550.000 đến 1,25 triệu", "550.000", 550000, "money", "đồng/đôi", value_max=1.25e6, percent=35,
        subject="giá các mẫu khác"),
    fig("thêm 10 cửa hàng", "10", 10, "count", "cửa hàng", status="forecast",
        subject="cửa hàng doanh nghiệp mở thêm", period=NOW),
    fig("khoảng 520 tỷ", "520", 520e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu", period=NOW),
    fig("đầu tiên 20.000 đôi", "20.000", 20000, "count", "đôi", status="forecast",
        subject="lô hàng xuất khẩu đầu tiên sang Singapore", period=NOW),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="about", status="estimate",
        subject="quy mô thị trường giày thể thao Việt Nam", period=Y23b, location=VN),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng hàng nội địa trong thị trường giày thể thao", period=Y23b, location=VN),
    fig("là 11%", "11", 11, "percent", "%", subject="tỷ lệ hàng nội địa trong thị trường giày thể thao",
        period=Y20, location=VN),
    fig("khoảng hai chục", "hai chục", 20, "count", "thương hiệu", approx="about",
        subject="thương hiệu giày thể thao nội địa có hệ thống cửa hàng riêng", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 21/9/2024, 14:10 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 14:10, (GMT+7), founding year 'Ra đời năm 2018', product name 'NAVIRUN Pro 3', 'gấp đôi' (a change, not a count of pairs).",
    "Firm figures are located in TP Hồ Chí Minh (the firm's city, named in the sapo); counts of provinces ('15 tỉnh, thành phố') → Việt Nam (spec: a count of provinces).",
    "'gần 800.000 đôi mỗi năm' is a rate (measure, đôi/năm); 'gấp đôi năm 2021' is the change of 780.000 đôi (2 lần).",
    "'doanh số tăng 27%' is a growth rate as the claim; 'trong đó kênh trực tuyến chiếm gần 48%' is a percent of its own.",
    "'chỉ bằng khoảng 35% giá giày ngoại' → percent 35 of the price range (share after bằng).",
    "'Năm nay' and '8 tháng đầu năm nay' take the year of published (2024); 'dự kiến' governs the three coordinated clauses (forecast).",
    "'ước khoảng 1,1 tỷ USD' → estimate + about; its 'trong đó' share keeps estimate. 'Năm 2020, tỷ lệ này chỉ là 11%' is its own figure (actual).",
]

if __name__ == "__main__":
    write("p1553-6", TEXT, NOTES, FIGS, published="2024-09-21", location="TP Hồ Chí Minh")
