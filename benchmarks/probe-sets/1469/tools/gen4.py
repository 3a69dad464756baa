"""p1469-4: ministry site (Bộ Công Thương): domestic school-equipment makers meet about 65% of demand."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Công nghiệp hỗ trợ

Thiết bị trường học sản xuất trong nước đáp ứng khoảng 65% nhu cầu

22/07/2024 | 14:10 | Cục Công nghiệp

Theo Cục Công nghiệp, cả nước hiện có khoảng 180 doanh nghiệp sản xuất thiết bị trường học, trong đó 42 doanh nghiệp sản xuất phấn viết bảng và các loại bảng. Năm 2023, tổng doanh thu của ngành ước đạt 9.600 tỷ đồng, tăng 7,4% so với năm 2022. Sản phẩm trong nước hiện đáp ứng khoảng 65% nhu cầu của các cơ sở giáo dục.

Riêng phấn viết bảng, sản lượng năm 2023 đạt khoảng 21.000 tấn, trong đó phấn không bụi chiếm 58%. Các địa phương có nhiều doanh nghiệp sản xuất phấn nhất là Thanh Hóa (9 doanh nghiệp), Hà Nam (6 doanh nghiệp) và Bình Dương (5 doanh nghiệp).

Tuy vậy, phấn và bảng nhập khẩu, chủ yếu từ Trung Quốc và Hàn Quốc, vẫn chiếm gần 30% thị phần phân khúc cao cấp; kim ngạch nhập khẩu nhóm hàng này năm 2023 khoảng 46 triệu USD.

Về xuất khẩu, 6 tháng đầu năm 2024, các doanh nghiệp đã xuất khẩu bảng từ và phấn sang hơn 20 thị trường, đạt 31,5 triệu USD, tăng 18% so với cùng kỳ, trong đó Hoa Kỳ chiếm 41%.

Thực hiện Quyết định số 1520/QĐ-BCT về Chương trình phát triển công nghiệp hỗ trợ, Bộ Công Thương đặt mục tiêu đến năm 2030 tỷ lệ nội địa hóa thiết bị trường học đạt ít nhất 80% và kim ngạch xuất khẩu đạt 100 triệu USD.

Tin cùng chuyên mục:
- Hội chợ Thiết bị giáo dục Việt Nam 2024 khai mạc tại Hà Nội
- Hội nghị Công nghiệp hỗ trợ lần thứ 2

BỘ CÔNG THƯƠNG - Số 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.2220.2222
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 65% nhu cầu\n", "65", 65, "percent", "%", approx="about",
        subject="thiết bị trường học sản xuất trong nước đáp ứng nhu cầu"),
    fig("khoảng 180 doanh nghiệp", "180", 180, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất thiết bị trường học"),
    fig("đó 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", total=180,
        subject="doanh nghiệp sản xuất phấn viết bảng và các loại bảng"),
    fig("ước đạt 9.600 tỷ", "9.600", 9600e9, "money", "đồng", status="estimate",
        change=chg("increase", 7.4, "%", "năm 2022"), subject="tổng doanh thu của ngành", period=Y23),
    fig("khoảng 65% nhu cầu của", "65", 65, "percent", "%", approx="about",
        subject="sản phẩm trong nước đáp ứng nhu cầu của các cơ sở giáo dục"),
    fig("khoảng 21.000 tấn", "21.000", 21000, "measure", "tấn", approx="about",
        subject="sản lượng phấn viết bảng", period=Y23b),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="phấn không bụi trong sản lượng phấn", period=Y23b),
    fig("Thanh Hóa (9", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất phấn",
        location="Thanh Hóa"),
    fig("Hà Nam (6", "6", 6, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất phấn", location="Hà Nam"),
    fig("Bình Dương (5", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất phấn",
        location="Bình Dương"),
    fig("gần 30%", "30", 30, "percent", "%", approx="nearly",
        subject="thị phần phấn và bảng nhập khẩu phân khúc cao cấp"),
    fig("khoảng 46 triệu", "46", 46e6, "money", "USD", approx="about",
        subject="kim ngạch nhập khẩu nhóm hàng này", period=Y23b),
    fig("hơn 20 thị trường", "20", 20, "count", "thị trường", approx="over",
        subject="thị trường xuất khẩu bảng từ và phấn", period=H1),
    fig("đạt 31,5 triệu", "31,5", 31.5e6, "money", "USD", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu bảng từ và phấn", period=H1),
    fig("Hoa Kỳ chiếm 41%", "41", 41, "percent", "%", subject="thị trường Hoa Kỳ trong kim ngạch xuất khẩu",
        period=H1),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa thiết bị trường học", period=TO30),
    fig("đạt 100 triệu", "100", 100e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu",
        period=TO30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/07/2024 | 14:10 | Cục Công nghiệp', related links, address footer.",
    "National figures: location Việt Nam; the list 'Thanh Hóa (9 doanh nghiệp), Hà Nam (6 ...) và Bình Dương (5 ...)' puts each item in its province;",
    "the list does not add up to 42 and has no part-of cue: no total. Trade partners (Trung Quốc, Hàn Quốc, Hoa Kỳ) are not locations.",
    "'trong đó phấn không bụi chiếm 58%' and 'trong đó Hoa Kỳ chiếm 41%' are percent figures of their own (the share is of the part, not of the amount).",
    "'Sản phẩm trong nước hiện đáp ứng khoảng 65%' stands in its own sentence after the 'ước đạt' one: actual, no period (hiện).",
    "'đặt mục tiêu đến năm 2030 ... đạt ít nhất 80% và ... 100 triệu USD' → both target, period end 2030-12-31.",
    "Distractors: 14:10, 'Quyết định số 1520/QĐ-BCT', 'Việt Nam 2024' in a fair name, 'lần thứ 2', 'Số 54 Hai Bà Trưng', phone.",
]

if __name__ == "__main__":
    write("p1469-4", TEXT, NOTES, FIGS, published="2024-07-22", location="Việt Nam")
