"""p1570-8: radio/TV site (Đà Nẵng): stone key chains of làng đá mỹ nghệ Non Nước, quận Ngũ Hành Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """DANANG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐÀ NẴNG
Thời sự | Kinh tế | Văn hóa | Thể thao | Video

Làng đá Non Nước tìm hướng đi cho món quà lưu niệm nhỏ
28/05/2024 18:30 | Thời lượng: 02:45

(DNRT) - Trước sự cạnh tranh của hàng lưu niệm giá rẻ nhập khẩu, nhiều cơ sở tại làng nghề đá mỹ nghệ Non Nước (quận Ngũ Hành Sơn) chuyển sang làm móc khóa, vòng tay, tượng mini bằng đá với mẫu mã riêng.

Làng nghề hiện có khoảng 420 cơ sở sản xuất, kinh doanh với hơn 2.500 lao động. Theo UBND quận Ngũ Hành Sơn, 5 tháng đầu năm 2024, doanh thu của làng nghề ước đạt 142 tỷ đồng, tăng 9,6% so với cùng kỳ; trong đó hàng lưu niệm cỡ nhỏ (dưới 500 gram) chiếm khoảng 45%.

Cơ sở Đá mỹ nghệ Phúc Lâm mỗi tháng xuất xưởng khoảng 8.000 móc khóa đá cẩm thạch, giá 20.000-45.000 đồng/chiếc, bán chủ yếu cho khách tham quan Ngũ Hành Sơn. Ông Võ Phúc Lâm cho biết, nhờ đầu tư 3 máy CNC với tổng chi phí gần 900 triệu đồng, thời gian làm một chiếc móc khóa giảm từ 40 phút xuống còn 6 phút.

Năm 2023, khu danh thắng Ngũ Hành Sơn đón hơn 1,6 triệu lượt khách, xếp thứ 2 trong các điểm tham quan của thành phố về lượng khách. Quận đặt mục tiêu đến năm 2025 có 30% cơ sở của làng nghề bán hàng qua sàn thương mại điện tử; hiện tỷ lệ này mới đạt 12%.

Bình luận (0)

Tin liên quan:
- Ngũ Hành Sơn: Khai mạc Lễ hội Quán Thế Âm năm 2024
- Đà Nẵng công bố 20 điểm đến du lịch mới (Video 03:10)

Đường dây nóng: 0236.3822.366
"""

FIVE = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 420 cơ sở", "420", 420, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất, kinh doanh của làng nghề"),
    fig("hơn 2.500 lao động", "2.500", 2500, "count", "lao động", approx="over", subject="lao động của làng nghề"),
    fig("ước đạt 142 tỷ", "142", 142e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.6, "%", "cùng kỳ"), subject="doanh thu của làng nghề", period=FIVE),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%", approx="about", status="estimate",
        subject="hàng lưu niệm cỡ nhỏ trong doanh thu của làng nghề", period=FIVE),
    fig("dưới 500 gram", "500", 500, "measure", "gram", approx="under",
        subject="khối lượng hàng lưu niệm cỡ nhỏ", optional=True),
    fig("khoảng 8.000 móc khóa", "8.000", 8000, "measure", "móc khóa/tháng", approx="about",
        subject="móc khóa đá cẩm thạch cơ sở Đá mỹ nghệ Phúc Lâm xuất xưởng mỗi tháng"),
    fig("20.000-45.000 đồng/chiếc", "20.000", 20000, "money", "đồng/chiếc", value_max=45000,
        subject="giá móc khóa đá cẩm thạch"),
    fig("đầu tư 3 máy", "3", 3, "count", "máy", subject="máy CNC đầu tư"),
    fig("gần 900 triệu", "900", 900e6, "money", "đồng", approx="nearly", subject="tổng chi phí đầu tư máy CNC"),
    fig("từ 40 phút", "40", 40, "measure", "phút", subject="thời gian làm một chiếc móc khóa trước đây",
        optional=True),
    fig("còn 6 phút", "6", 6, "measure", "phút", subject="thời gian làm một chiếc móc khóa"),
    fig("hơn 1,6 triệu lượt", "1,6", 1.6e6, "count", "lượt", approx="over",
        subject="lượt khách khu danh thắng Ngũ Hành Sơn đón", period=Y23),
    fig("xếp thứ 2", "2", 2, "rank", "hạng",
        subject="lượng khách", period=Y23),
    fig("có 30% cơ sở", "30", 30, "percent", "%", status="target",
        subject="cơ sở của làng nghề bán hàng qua sàn thương mại điện tử", period=T25),
    fig("mới đạt 12%", "12", 12, "percent", "%",
        subject="tỷ lệ cơ sở của làng nghề bán hàng qua sàn thương mại điện tử"),
    fig("công bố 20 điểm", "20", 20, "count", "điểm đến", subject="điểm đến du lịch mới Đà Nẵng công bố",
        location="Đà Nẵng", optional=True),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đà Nẵng): menu, '28/05/2024 18:30 | Thời lượng: 02:45', tag '(DNRT) -', 'Bình luận (0)', related links, hotline.",
    "Làng đá Non Nước in quận Ngũ Hành Sơn: location Ngũ Hành Sơn for every figure.",
    "Distractors: 18:30, 02:45, 'Bình luận (0)', 'năm 2024' and '(Video 03:10)' in links, hotline; 'một chiếc móc khóa' (= per item).",
    "A related-link title 'Đà Nẵng công bố 20 điểm đến du lịch mới' is page furniture around the article: optional (real doubt).",
    "revised after the first run: rank 'xếp thứ 2 ... về lượng khách' subject 'khu danh thắng Ngũ Hành Sơn trong các điểm tham quan",
    "của thành phố về lượng khách' → 'lượng khách' (the shared gold's ranks take the ranked index as subject; the ranked site is in location).",
    "Optional: '(dưới 500 gram)' defines the product class; 'từ 40 phút' is the old value of 'giảm từ 40 phút xuống còn 6 phút'.",
    "'trong đó hàng lưu niệm cỡ nhỏ ... chiếm khoảng 45%' → percent figure, estimate from its whole, period of the sentence.",
    "'mục tiêu đến năm 2025 có 30%' → target; '; hiện tỷ lệ này mới đạt 12%' → actual ('hiện' starts a new clause), no period.",
]

if __name__ == "__main__":
    write("p1570-8", TEXT, NOTES, FIGS, published="2024-05-28", location="Ngũ Hành Sơn")
