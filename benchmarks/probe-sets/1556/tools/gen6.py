"""p1556-6: national newspaper: wall-paint prices rise before the year-end repainting season (store in TP Thủ Đức, a firm in Bình Dương)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Hàng hóa
Thứ hai, 14/10/2024, 07:30 (GMT+7)

Giá sơn tường tăng trước mùa sửa nhà cuối năm

Nhiều hãng sơn điều chỉnh tăng giá bán 3-8% trong tháng 10, khi nhu cầu sơn sửa nhà dịp cuối năm bắt đầu tăng.

Tại cửa hàng vật liệu xây dựng của chị Nguyễn Thị Hạnh trên đường Lê Văn Việt, TP Thủ Đức, thùng sơn nước nội thất 18 lít của một thương hiệu phổ thông hiện có giá 1,45 triệu đồng, tăng 90.000 đồng so với tháng 9. Dòng sơn ngoại thất cao cấp có giá từ 3,2 đến 4,1 triệu đồng mỗi thùng. "Tuần qua cửa hàng bán được khoảng 120 thùng, gấp đôi tháng trước", chị Hạnh nói.

Đại diện Công ty CP Sơn Sao Mai Việt (Bình Dương) cho biết giá nhựa acrylic và bột titan nhập khẩu quý III tăng 10-15% so với quý II, buộc doanh nghiệp tăng giá bán trung bình 5%. Công ty có 3 nhà máy với tổng công suất 75 triệu lít/năm; 9 tháng đầu năm tiêu thụ 41 triệu lít, đạt 62% kế hoạch năm.

Theo Hiệp hội Sơn - Mực in Việt Nam, quý IV thường chiếm khoảng 35-40% sản lượng sơn trang trí tiêu thụ cả năm. Riêng TP HCM, nơi chiếm gần 25% thị trường sơn cả nước, hiện có hơn 2.500 cửa hàng, đại lý kinh doanh sơn tường.

Anh Trần Văn Lộc, thợ sơn lâu năm, lưu ý mỗi lít sơn phủ được khoảng 10-12 m2 tường cho hai lớp; nhà phố ba tầng thường cần khoảng 12-14 thùng sơn các loại.

Minh Châu
"""

OCT = per("trong tháng 10", "2024-10-01", "2024-10-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
TD, BD, HCM = "Thủ Đức", "Bình Dương", "TP Hồ Chí Minh"

FIGS = [
    fig("giá bán 3-8%", "3", 3, "percent", "%", value_max=8, subject="giá bán của nhiều hãng sơn", period=OCT),
    fig("nội thất 18 lít", "18", 18, "measure", "lít", subject="dung tích thùng sơn nước nội thất",
        location=TD, optional=True),
    fig("giá 1,45 triệu", "1,45", 1.45e6, "money", "đồng", change=chg("increase", 90000, "đồng", "tháng 9"),
        subject="giá thùng sơn nước nội thất", location=TD),
    fig("từ 3,2 đến 4,1 triệu", "3,2", 3.2e6, "money", "đồng/thùng", value_max=4.1e6,
        subject="giá dòng sơn ngoại thất cao cấp", location=TD),
    fig("khoảng 120 thùng", "120", 120, "count", "thùng", approx="about",
        change=chg("increase", 2, "lần", "tháng trước"), subject="thùng sơn cửa hàng bán được", location=TD),
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="giá nhựa acrylic và bột titan nhập khẩu", period=Q3),
    fig("trung bình 5%", "5", 5, "percent", "%", subject="giá bán trung bình của doanh nghiệp", location=BD),
    fig("có 3 nhà máy", "3", 3, "count", "nhà máy", subject="nhà máy của Công ty CP Sơn Sao Mai Việt", location=BD),
    fig("công suất 75 triệu", "75", 75e6, "measure", "lít/năm", subject="tổng công suất các nhà máy",
        location=BD),
    fig("tiêu thụ 41 triệu", "41", 41e6, "measure", "lít", percent=62, subject="sơn công ty tiêu thụ",
        period=NINE, location=BD),
    fig("khoảng 35-40%", "35", 35, "percent", "%", value_max=40, approx="about",
        subject="quý IV trong sản lượng sơn trang trí tiêu thụ cả năm"),
    fig("gần 25%", "25", 25, "percent", "%", approx="nearly", subject="thị trường sơn cả nước", location=HCM),
    fig("hơn 2.500 cửa hàng", "2.500", 2500, "count", "cửa hàng, đại lý", approx="over",
        subject="cửa hàng, đại lý kinh doanh sơn tường", location=HCM),
    fig("khoảng 10-12 m2", "10", 10, "measure", "m2/lít", value_max=12, approx="about",
        subject="diện tích tường mỗi lít sơn phủ được"),
    fig("cho hai lớp", "hai", 2, "count", "lớp", subject="lớp sơn", optional=True),
    fig("phố ba tầng", "ba", 3, "count", "tầng", subject="tầng nhà phố", optional=True),
    fig("khoảng 12-14 thùng", "12", 12, "count", "thùng", value_max=14, approx="about",
        subject="sơn nhà phố ba tầng cần"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 14/10/2024, 07:30 (GMT+7)', headline, sapo, quotes, byline at the end.",
    "Distractors: 07:30, '(GMT+7)', 'Sơn - Mực in', 'quý IV'/'quý III'/'quý II' as periods and baselines, 'tháng 9' baseline.",
    "Default location Việt Nam (the national market, the association, the painter's rule of thumb). The store in TP Thủ Đức → Thủ Đức;",
    "the firm '(Bình Dương)' → Bình Dương; 'Riêng TP HCM ...' → TP Hồ Chí Minh.",
    "'tăng 90.000 đồng so với tháng 9' → change in đồng; 'gấp đôi tháng trước' → change 2 lần. 'mỗi thùng', 'mỗi lít' are denominators.",
    "Growth rates as the claim ('tăng giá bán 3-8%', 'quý III tăng 10-15% so với quý II', 'tăng giá bán trung bình 5%') are percent figures, no change.",
    "'quý IV thường chiếm khoảng 35-40%' is habitual: no period. 'Tuần qua' (in a quote) is not dated: no period.",
    "Container size '18 lít', 'hai lớp', 'ba tầng' qualify other figures: optional.",
]

if __name__ == "__main__":
    write("p1556-6", TEXT, NOTES, FIGS, published="2024-10-14", location="Việt Nam")
