"""p1226-4: ministry site (Bộ Công Thương), national tissue paper and diaper market 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Công nghiệp

Ngành giấy tissue, tã giấy: Thị trường nội địa tăng trưởng ổn định

Ngày đăng: 05/06/2024 | Lượt xem: 1.072

Theo Hiệp hội Giấy và Bột giấy Việt Nam (VPPA), năm 2023 cả nước sản xuất khoảng 355.000 tấn giấy tissue (giấy vệ sinh, khăn giấy, giấy lau), tăng 5,6% so với năm 2022; tiêu dùng nội địa đạt 298.000 tấn. Xuất khẩu giấy tissue đạt 118.500 tấn; nhập khẩu 61.200 tấn, giảm 12,3%.

Năm 2023, các thị trường xuất khẩu giấy tissue lớn nhất lần lượt là Hoa Kỳ (34.600 tấn), Nhật Bản (21.800 tấn) và Campuchia (15.300 tấn).

Cả nước hiện có khoảng 120 doanh nghiệp sản xuất giấy tissue, trong đó chưa đến 20 doanh nghiệp có công suất trên 10.000 tấn/năm; phần lớn còn lại là cơ sở nhỏ với máy xeo cũ.

Với thị trường tã giấy, quy mô tiêu thụ năm 2023 ước khoảng 1,3 tỷ USD; trong đó tã trẻ em chiếm 82%, tã người lớn chiếm 18%. Phân khúc tã người lớn tăng nhanh nhất, bình quân 12-15%/năm trong giai đoạn 2019-2023.

Mức tiêu thụ giấy tissue bình quân của Việt Nam mới đạt khoảng 3 kg/người/năm, thấp hơn nhiều so với mức 6,5 kg/người/năm của Trung Quốc.

Bộ Công Thương dự báo đến năm 2030, nhu cầu giấy tissue trong nước đạt khoảng 520.000 tấn. Ngành giấy phấn đấu đến năm 2030 nâng tỷ lệ sử dụng bột giấy sản xuất trong nước lên ít nhất 50%, hiện mới đạt khoảng 30%.

Bản quyền thuộc Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.22202222
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23C = per("Năm 2023", "2023-01-01", "2023-12-31")
G1923 = per("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
EXP = "xuất khẩu giấy tissue"

FIGS = [
    fig("khoảng 355.000 tấn", "355.000", 355000, "measure", "tấn", approx="about",
        change=chg("increase", 5.6, "%", "năm 2022"), subject="giấy tissue sản xuất", period=Y23),
    fig("đạt 298.000 tấn", "298.000", 298000, "measure", "tấn", subject="tiêu dùng nội địa giấy tissue", period=Y23),
    fig("đạt 118.500 tấn", "118.500", 118500, "measure", "tấn", subject=EXP, period=inh(Y23)),
    fig("nhập khẩu 61.200 tấn", "61.200", 61200, "measure", "tấn",
        change=chg("decrease", 12.3, "%"), subject="nhập khẩu giấy tissue", period=inh(Y23)),
    fig("Hoa Kỳ (34.600 tấn)", "34.600", 34600, "measure", "tấn", subject=EXP + " sang Hoa Kỳ", period=Y23C),
    fig("Nhật Bản (21.800 tấn)", "21.800", 21800, "measure", "tấn", subject=EXP + " sang Nhật Bản", period=Y23C),
    fig("Campuchia (15.300 tấn)", "15.300", 15300, "measure", "tấn", subject=EXP + " sang Campuchia", period=Y23C),
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất giấy tissue"),
    fig("chưa đến 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", approx="under", total=120,
        subject="doanh nghiệp sản xuất giấy tissue có công suất trên 10.000 tấn/năm"),
    fig("trên 10.000 tấn/năm", "10.000", 10000, "measure", "tấn/năm", approx="over", optional=True,
        subject="ngưỡng công suất"),
    fig("ước khoảng 1,3 tỷ USD", "1,3", 1300000000, "money", "USD", approx="about", status="estimate",
        subject="quy mô tiêu thụ thị trường tã giấy", period=Y23),
    fig("chiếm 82%", "82", 82, "percent", "%", status="estimate",
        subject="tã trẻ em trong quy mô tiêu thụ tã giấy", period=Y23),
    fig("chiếm 18%", "18", 18, "percent", "%", status="estimate",
        subject="tã người lớn trong quy mô tiêu thụ tã giấy", period=Y23),
    fig("bình quân 12-15%", "12", 12, "percent", "%", value_max=15,
        subject="tốc độ tăng phân khúc tã người lớn", period=G1923),
    fig("khoảng 3 kg", "3", 3, "measure", "kg/người/năm", approx="about",
        subject="mức tiêu thụ giấy tissue bình quân"),
    fig("mức 6,5 kg", "6,5", 6.5, "measure", "kg/người/năm", optional=True,
        subject="mức tiêu thụ giấy tissue bình quân của Trung Quốc", location="Trung Quốc"),
    fig("khoảng 520.000 tấn", "520.000", 520000, "measure", "tấn", approx="about", status="forecast",
        subject="nhu cầu giấy tissue trong nước", period=per("đến năm 2030", None, "2030-12-31")),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sử dụng bột giấy sản xuất trong nước", period=T30),
    fig("đạt khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="tỷ lệ sử dụng bột giấy sản xuất trong nước hiện nay"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national tissue paper and diaper market, 2023 (VPPA figures). 'Ngày đăng: 05/06/2024 | Lượt xem: 1.072'.",
    "National: location Việt Nam throughout; trade partners (Hoa Kỳ, Nhật Bản, Campuchia) are not places of the figure.",
    "Distractors: view counter 1.072, address '54 Hai Bà Trưng', phone 024.22202222, 'giai đoạn 2019-2023' (period).",
    "'trên 10.000 tấn/năm' is a size threshold (optional). 'chưa đến 20 doanh nghiệp' after 'trong đó' has total 120.",
    "Shares 82%/18% after 'trong đó' have no base amount of their own: percent figures, continuing the 'ước khoảng' clause (estimate).",
    "'6,5 kg/người/năm của Trung Quốc' is a foreign comparison (optional; not a Vietnamese place). 'hiện mới đạt khoảng 30%' is actual.",
    "'tăng 5,6%' / 'giảm 12,3%' after a tonnage are changes. '12-15%/năm' is a growth rate that is the claim (percent, no change).",
]

if __name__ == "__main__":
    write("p1226-4", TEXT, NOTES, FIGS, published="2024-06-05", location="Việt Nam")
