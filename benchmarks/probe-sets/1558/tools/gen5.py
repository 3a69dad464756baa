"""p1558-5: provincial Party newspaper (Báo Bắc Giang, BGĐT): a cooperative in huyện Lục Nam makes cloth diapers and pads."""
from lib import fig, per, chg, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Nông nghiệp - Nông thôn

Thứ Năm, 18/07/2024 - 14:25

Tã vải, băng vệ sinh vải của HTX Hồng Giang vươn ra thị trường

(BGĐT) - Từ một tổ may gia công nhỏ, HTX Dệt may Hồng Giang (xã Cẩm Lý, huyện Lục Nam) đã phát triển dòng tã vải, băng vệ sinh vải dùng nhiều lần, được công nhận sản phẩm OCOP 3 sao.

Năm 2020, chị Trần Thị Hoa cùng 6 thành viên thành lập HTX với số vốn ban đầu 250 triệu đồng. Hiện HTX có gần ba chục lao động, trong đó 17 là phụ nữ, thu nhập bình quân từ 6 đến 7 triệu đồng/người/tháng.

Mỗi tháng, HTX sản xuất khoảng 3.500 sản phẩm, trong đó tã vải chiếm 60%. Mỗi bộ băng vệ sinh vải gồm 5 miếng có giá 150.000 đồng, dùng được khoảng 2 năm. "Một bộ băng vệ sinh vải thay thế được hàng trăm miếng băng dùng một lần, vừa tiết kiệm vừa giảm rác thải nhựa", chị Hoa chia sẻ.

Năm 2023, doanh thu của HTX đạt 1,8 tỷ đồng, tăng 35% so với năm 2022; lợi nhuận khoảng 320 triệu đồng. 6 tháng đầu năm 2024, HTX bán được hơn 19 nghìn sản phẩm, bằng 52% kế hoạch năm, trong đó khoảng 4.000 sản phẩm bán qua sàn thương mại điện tử. Sản phẩm hiện có mặt tại 14 tỉnh, thành phố.

Năm nay, HTX phấn đấu doanh thu đạt 2,5 tỷ đồng và dự kiến đầu tư thêm 3 máy may công nghiệp. Theo Phòng Kinh tế và Hạ tầng huyện Lục Nam, toàn huyện hiện có 41 sản phẩm OCOP, trong đó HTX Hồng Giang là đơn vị duy nhất sản xuất sản phẩm vệ sinh phụ nữ.

Thu Hằng
"""

Y20 = per("Năm 2020", "2020-01-01", "2020-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("cùng 6 thành viên", "6", 6, "count", "thành viên", subject="thành viên thành lập HTX", period=Y20),
    fig("ban đầu 250 triệu", "250", 250e6, "money", "đồng", subject="số vốn ban đầu của HTX", period=Y20),
    fig("gần ba chục lao động", "ba chục", 30, "count", "lao động", approx="nearly", subject="lao động của HTX"),
    fig("17 là phụ nữ", "17", 17, "count", "lao động", total=30, subject="lao động là phụ nữ"),
    fig("từ 6 đến 7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6, subject="thu nhập bình quân"),
    fig("khoảng 3.500 sản phẩm", "3.500", 3500, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm HTX sản xuất mỗi tháng"),
    fig("chiếm 60%", "60", 60, "percent", "%", subject="tỷ trọng tã vải trong sản phẩm của HTX"),
    fig("gồm 5 miếng", "5", 5, "count", "miếng", subject="miếng trong mỗi bộ băng vệ sinh vải"),
    fig("giá 150.000 đồng", "150.000", 150000, "money", "đồng/bộ", subject="giá mỗi bộ băng vệ sinh vải"),
    fig("khoảng 2 năm", "2", 2, "measure", "năm", approx="about",
        subject="thời gian sử dụng của bộ băng vệ sinh vải"),
    fig("\"Một bộ", "Một", 1, "count", "bộ", optional=True),
    fig("hàng trăm miếng", "hàng trăm", 100, "count", "miếng", approx="about", optional=True),
    fig("đạt 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", change=chg("increase", 35, "%", "năm 2022"),
        subject="doanh thu của HTX", period=Y23),
    fig("khoảng 320 triệu", "320", 320e6, "money", "đồng", approx="about", subject="lợi nhuận của HTX",
        period=Y23),
    fig("hơn 19 nghìn", "19", 19000, "count", "sản phẩm", approx="over", percent=52,
        subject="sản phẩm HTX bán được", period=H1),
    fig("khoảng 4.000 sản phẩm", "4.000", 4000, "count", "sản phẩm", approx="about", total=19000,
        subject="sản phẩm bán qua sàn thương mại điện tử", period=H1),
    fig("tại 14 tỉnh", "14", 14, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có sản phẩm của HTX",
        location="Việt Nam"),
    fig("đạt 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", status="target", subject="doanh thu của HTX", period=NOW),
    fig("thêm 3 máy", "3", 3, "count", "máy may công nghiệp", status="forecast",
        subject="máy may công nghiệp HTX đầu tư thêm", period=NOW),
    fig("có 41 sản phẩm", "41", 41, "count", "sản phẩm OCOP", subject="sản phẩm OCOP của huyện"),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): 'Thứ Năm, 18/07/2024 - 14:25', sapo with tag '(BGĐT) -', byline at the end.",
    "Distractors: 14:25, 'OCOP 3 sao' (a rating name), 'Năm 2020' as founding year, baseline 'năm 2022'.",
    "Location: the cooperative is in huyện Lục Nam; every figure is Lục Nam except '14 tỉnh, thành phố' (a count of provinces → Việt Nam).",
    "'gần ba chục lao động' = 30 (number word, nearly); '17 là phụ nữ' after 'trong đó' takes total 30; the unit is the whole's (lao động).",
    "'Mỗi tháng ... khoảng 3.500 sản phẩm' is a rate: measure, unit 'sản phẩm/tháng'. 'Mỗi bộ ... giá 150.000 đồng' → unit 'đồng/bộ'.",
    "'trong đó tã vải chiếm 60%' is a percent figure of its own (a share of a part). Product facts 'gồm 5 miếng' and 'dùng được khoảng 2 năm' are figures.",
    "Optional: the quote's generic '\"Một bộ ... thay thế được hàng trăm miếng\"' (one set as an example; 'hàng trăm' vague).",
    "'Năm nay' = 2024 (published). 'phấn đấu' → target for 2,5 tỷ; 'dự kiến' governs its own clause → forecast for 3 máy may.",
]

if __name__ == "__main__":
    write("p1558-5", TEXT, NOTES, FIGS, published="2024-07-18", location="Lục Nam")
