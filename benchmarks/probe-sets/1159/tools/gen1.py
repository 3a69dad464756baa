"""p1159-1: Nam Định province portal, wig and tangled-hair exports, 9 months 2024."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Công nghiệp

Nam Định: Xuất khẩu tóc giả, tóc rối 9 tháng đạt gần 48 triệu USD

Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.317

(namdinh.gov.vn) - 9 tháng đầu năm 2024, kim ngạch xuất khẩu tóc giả và sản phẩm từ tóc của tỉnh Nam Định ước đạt 47,6 triệu USD, bằng 79,3% kế hoạch năm, tăng 18,2% so với cùng kỳ năm 2023. Trong đó, tóc giả thành phẩm ước đạt 31,4 triệu USD; tóc rối, tóc nguyên liệu đã sơ chế ước đạt 16,2 triệu USD.

Toàn tỉnh hiện có 14 làng nghề tóc rối, tóc giả được công nhận, tập trung ở huyện Nam Trực (6 làng), Trực Ninh (4 làng) và Xuân Trường (3 làng). Nghề thu gom, sơ chế, gia công tóc thu hút khoảng 12.500 lao động, trong đó lao động nữ chiếm hơn 70%. Thu nhập của thợ gỡ tóc, phân loại tóc từ 5,5 đến 7 triệu đồng/người/tháng; thợ làm tóc giả thành phẩm trên 9 triệu đồng/người/tháng.

Tại làng Bình Yên, xã Nam Thanh, huyện Nam Trực, nghề tóc rối có từ những năm 1990. Hiện làng có 320 hộ làm nghề, mỗi ngày thu gom, xử lý khoảng 3 tấn tóc nguyên liệu. Tóc dài từ 60 cm trở lên được thu mua với giá 4-6 triệu đồng/kg, tóc ngắn dưới 30 cm chỉ khoảng 300.000 đồng/kg. Nhiều hộ có xưởng riêng bên Quốc lộ 21B, mỗi xưởng thuê từ 10 đến 20 lao động.

Năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu sản phẩm tóc đạt 70 triệu USD; hình thành ít nhất 2 cụm công nghiệp chuyên ngành tóc tại các huyện Nam Trực, Trực Ninh. Tháng 11 tới, Sở Công Thương sẽ tổ chức Hội chợ làng nghề tóc lần thứ 3 tại TP Nam Định.
"""

HEAD = P("9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
EXP = "kim ngạch xuất khẩu tóc giả và sản phẩm từ tóc"
VIL = "làng nghề tóc rối, tóc giả được công nhận"

FIGS = [
    F("9 tháng đạt gần 48 triệu USD", "48", 48000000, "money", "USD", approx="nearly",
      subject="kim ngạch xuất khẩu tóc giả, tóc rối", period=HEAD),
    F("ước đạt 47,6 triệu USD", "47,6", 47600000, "money", "USD", percent=79.3,
      change=C("increase", 18.2, "%", "cùng kỳ năm 2023"), status="estimate", subject=EXP, period=NINE),
    F("ước đạt 31,4 triệu USD", "31,4", 31400000, "money", "USD", total=47600000, status="estimate",
      subject="kim ngạch xuất khẩu tóc giả thành phẩm", period=I(NINE)),
    F("ước đạt 16,2 triệu USD", "16,2", 16200000, "money", "USD", total=47600000, status="estimate",
      subject="kim ngạch xuất khẩu tóc rối, tóc nguyên liệu đã sơ chế", period=I(NINE)),
    F("có 14 làng nghề", "14", 14, "count", "làng nghề", subject=VIL),
    F("Nam Trực (6 làng)", "6", 6, "count", "làng", subject=VIL, location="Nam Trực"),
    F("Trực Ninh (4 làng)", "4", 4, "count", "làng", subject=VIL, location="Trực Ninh"),
    F("Xuân Trường (3 làng)", "3", 3, "count", "làng", subject=VIL, location="Xuân Trường"),
    F("khoảng 12.500 lao động", "12.500", 12500, "count", "lao động", approx="about",
      subject="lao động nghề thu gom, sơ chế, gia công tóc"),
    F("chiếm hơn 70%", "70", 70, "percent", "%", approx="over",
      subject="tỷ lệ lao động nữ trong lao động nghề tóc"),
    F("từ 5,5 đến 7 triệu", "5,5", 5500000, "money", "đồng/người/tháng", value_max=7000000,
      subject="thu nhập của thợ gỡ tóc, phân loại tóc"),
    F("trên 9 triệu", "9", 9000000, "money", "đồng/người/tháng", approx="over",
      subject="thu nhập của thợ làm tóc giả thành phẩm"),
    F("có 320 hộ", "320", 320, "count", "hộ", subject="hộ làm nghề tóc rối ở làng Bình Yên",
      location="Nam Trực"),
    F("khoảng 3 tấn", "3", 3, "measure", "tấn", approx="about",
      subject="tóc nguyên liệu thu gom, xử lý mỗi ngày ở làng Bình Yên", location="Nam Trực"),
    F("từ 60 cm", "60", 60, "measure", "cm", approx="at_least", optional=True,
      subject="độ dài tóc", location="Nam Trực"),
    F("giá 4-6 triệu", "4", 4000000, "money", "đồng/kg", value_max=6000000,
      subject="giá thu mua tóc dài từ 60 cm trở lên", location="Nam Trực"),
    F("dưới 30 cm", "30", 30, "measure", "cm", approx="under", optional=True,
      subject="độ dài tóc ngắn", location="Nam Trực"),
    F("khoảng 300.000 đồng/kg", "300.000", 300000, "money", "đồng/kg", approx="about",
      subject="giá thu mua tóc ngắn dưới 30 cm", location="Nam Trực"),
    F("từ 10 đến 20 lao động", "10", 10, "measure", "lao động/xưởng", value_max=20,
      subject="lao động mỗi xưởng thuê", location="Nam Trực"),
    F("đạt 70 triệu USD", "70", 70000000, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu sản phẩm tóc", period=Y25),
    F("ít nhất 2 cụm", "2", 2, "count", "cụm công nghiệp", approx="at_least", status="target",
      subject="cụm công nghiệp chuyên ngành tóc", period=Y25),
]

NOTES = [
    "Province portal (Nam Định): wig and tangled-hair exports, 9 months 2024. Breadcrumb, 'Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.317'.",
    "Distractors: view counter 2.317, time 08:30, 'những năm 1990', 'Quốc lộ 21B', 'Tháng 11 tới', 'lần thứ 3' (ordinal), 'TP Nam Định'.",
    "Headline '9 tháng' is year-less: 2024 from the dateline. The parts after 'Trong đó' carry their own 'ước đạt' and total 47,6 triệu.",
    "District list 6+4+3 = 13 does not add up to 14 ('tập trung ở'): no total. 'trong đó lao động nữ chiếm hơn 70%' is a percent figure of its own.",
    "Village passage (làng Bình Yên, xã Nam Thanh, huyện Nam Trực): location Nam Trực. Hair-length thresholds (từ 60 cm trở lên, dưới 30 cm) name price classes: optional.",
    "'mỗi xưởng thuê từ 10 đến 20 lao động' is a per-workshop rate: measure, unit 'lao động/xưởng'.",
]

if __name__ == "__main__":
    write("p1159-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Nam Định")
