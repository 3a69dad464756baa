"""p1570-1: province portal (Quảng Nam), Hội An souvenirs 9 months 2024, lantern key chains."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hội An: Hàng lưu niệm 9 tháng thu gần 320 tỷ đồng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Phòng Kinh tế thành phố Hội An, 9 tháng đầu năm 2024, các cơ sở sản xuất, kinh doanh hàng lưu niệm trên địa bàn thành phố ước đạt doanh thu 318,6 tỷ đồng, tăng 14,2% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Trong đó, nhóm móc khóa, đèn lồng mini và đồ trang trí nhỏ đạt 127,4 tỷ đồng, chiếm 40% tổng doanh thu.

Hiện thành phố có 412 cơ sở sản xuất, kinh doanh hàng lưu niệm, trong đó 96 cơ sở trực tiếp sản xuất, thu hút khoảng 2.300 lao động, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng.

Tại phường Cẩm Phô, cơ sở Đèn lồng Minh Khang mỗi ngày làm ra hơn 1.500 móc khóa đèn lồng, giá bán lẻ 15.000-25.000 đồng/chiếc. Ông Trần Văn Khang, chủ cơ sở, cho biết đơn hàng từ các khách sạn năm nay gấp 3 lần năm 2023.

Lượng khách tham quan Hội An 9 tháng đạt hơn 3,2 triệu lượt, trong đó khách quốc tế khoảng 2,1 triệu lượt. Theo khảo sát của thành phố, mỗi khách quốc tế chi bình quân 180.000 đồng cho hàng lưu niệm.

Quý IV, thành phố phấn đấu doanh thu hàng lưu niệm đạt thêm 100 tỷ đồng, đưa cả năm lên khoảng 420 tỷ đồng. UBND thành phố đã ban hành Kế hoạch số 2150/KH-UBND về phát triển sản phẩm quà tặng du lịch; tổ chức lần thứ 3 Cuộc thi thiết kế sản phẩm lưu niệm Hội An, thu hút 86 tác phẩm dự thi.

Tin liên quan:
- Quảng Nam: Khai mạc Lễ hội Đèn lồng Hội An năm 2024
- Hội An ra mắt bộ nhận diện quà tặng du lịch mới
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thu gần 320 tỷ", "320", 320e9, "money", "đồng", approx="nearly",
        subject="hàng lưu niệm thu", period=NINE_S),
    fig("doanh thu 318,6 tỷ", "318,6", 318.6e9, "money", "đồng", status="estimate", percent=76,
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="doanh thu của các cơ sở sản xuất, kinh doanh hàng lưu niệm", period=NINE),
    fig("đạt 127,4 tỷ", "127,4", 127.4e9, "money", "đồng", total=318.6e9, percent=40, status="estimate",
        subject="doanh thu nhóm móc khóa, đèn lồng mini và đồ trang trí nhỏ", period=inh(NINE)),
    fig("có 412 cơ sở", "412", 412, "count", "cơ sở",
        subject="cơ sở sản xuất, kinh doanh hàng lưu niệm"),
    fig("trong đó 96 cơ sở", "96", 96, "count", "cơ sở", total=412,
        subject="cơ sở trực tiếp sản xuất hàng lưu niệm"),
    fig("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", approx="about",
        subject="lao động các cơ sở hàng lưu niệm thu hút"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân của lao động"),
    fig("hơn 1.500 móc khóa", "1.500", 1500, "measure", "móc khóa/ngày", approx="over",
        subject="móc khóa đèn lồng cơ sở Đèn lồng Minh Khang làm ra mỗi ngày"),
    fig("15.000-25.000 đồng/chiếc", "15.000", 15000, "money", "đồng/chiếc", value_max=25000,
        subject="giá bán lẻ móc khóa đèn lồng"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="đơn hàng từ các khách sạn so với năm 2023", period=NOW),
    fig("hơn 3,2 triệu lượt", "3,2", 3.2e6, "count", "lượt", approx="over",
        subject="lượng khách tham quan Hội An", period=NINE_S),
    fig("khoảng 2,1 triệu lượt", "2,1", 2.1e6, "count", "lượt", approx="about", total=3.2e6,
        subject="khách quốc tế tham quan Hội An", period=NINE_S),
    fig("bình quân 180.000 đồng", "180.000", 180000, "money", "đồng/khách",
        subject="chi bình quân của mỗi khách quốc tế cho hàng lưu niệm"),
    fig("thêm 100 tỷ", "100", 100e9, "money", "đồng", status="target",
        subject="doanh thu hàng lưu niệm đạt thêm", period=Q4),
    fig("khoảng 420 tỷ", "420", 420e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu hàng lưu niệm cả năm", period=YEAR),
    fig("thu hút 86 tác phẩm", "86", 86, "count", "tác phẩm",
        subject="tác phẩm dự thi Cuộc thi thiết kế sản phẩm lưu niệm Hội An"),
]

NOTES = [
    "Province portal (Quảng Nam) on TP Hội An: breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Kế hoạch số 2150/KH-UBND, 'lần thứ 3', 'năm 2023' as baseline, 'năm 2024' in a link title.",
    "All figures describe TP Hội An (phường Cẩm Phô is a ward, not a district): location Hội An.",
    "Headline '9 tháng' takes the year of published (2024); headline has no 'ước': actual.",
    "'Trong đó' part after a sentence break: total 318,6 tỷ, percent 40, status estimate from the whole, period inherited.",
    "'gấp 3 lần năm 2023' with no base amount is a multiple figure; 'năm nay' = 2024 (published).",
    "'mỗi ngày ... 1.500 móc khóa' is a daily rate (measure, móc khóa/ngày); 'mỗi khách ... 180.000 đồng' → đồng/khách.",
    "'Quý IV ... phấn đấu' governs both clauses (target); year-less Quý IV and 'cả năm' → 2024.",
]

if __name__ == "__main__":
    write("p1570-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hội An")
