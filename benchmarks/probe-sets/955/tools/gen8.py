"""p955-8: provincial newspaper online (Báo Bắc Giang, tag BGĐT), miến Chũ - xã Nam Dương, Lục Ngạn; headline figure."""
from lib import P, I, C, T, F, write

TEXT = """Báo Bắc Giang điện tử
Kinh tế
Miến Chũ ước thu gần 300 tỷ đồng trong năm
Thứ Ba, 26/12/2023, 10:45

(BGĐT) - Năm 2023, các hộ làm miến ở xã Nam Dương (Lục Ngạn) ước sản xuất 2.400 tấn miến, tăng 9% so với năm 2022, doanh thu khoảng 290 tỷ đồng. Đây là năm thứ 3 liên tiếp sản lượng miến Chũ tăng.

Những ngày cuối năm, dọc Quốc lộ 31 vào thị trấn Chũ, các lò miến đỏ lửa từ 3 giờ sáng. Toàn xã hiện có 210 hộ làm miến, trong đó có 65 hộ sản xuất quy mô lớn (công suất từ 1 tấn/ngày trở lên) và 12 hộ đã thành lập doanh nghiệp, hợp tác xã. Làng nghề tạo việc làm cho khoảng 1.500 lao động, thu nhập 7-9 triệu đồng/người/tháng.

Nguyên liệu chính là tinh bột dong riềng; mỗi năm các hộ nhập khoảng 2.000 tấn tinh bột từ Bắc Kạn, Tuyên Quang, Lạng Sơn và Cao Bằng. Giá miến dong loại 1 hiện bán 75.000-80.000 đồng/kg, tăng 5.000 đồng/kg so với đầu năm. Riêng tháng 11/2023, các hộ tiêu thụ 320 tấn miến, cao nhất từ đầu năm.

Miến Chũ đã được Cục Sở hữu trí tuệ cấp Giấy chứng nhận nhãn hiệu tập thể; toàn xã có 8 sản phẩm đạt OCOP, trong đó 3 sản phẩm 4 sao. Tuy vậy, mới có 41/210 hộ có hệ thống xử lý nước thải.

Năm 2024, xã phấn đấu nâng sản lượng lên 2.600 tấn, có thêm 10 hộ lắp đặt hệ thống xử lý nước thải; dự kiến giá trị sản xuất đạt 320 tỷ đồng.

Thanh Bình
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
HEAD = P("trong năm", "2023-01-01", "2023-12-31")
NOV = P("tháng 11/2023", "2023-11-01", "2023-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 300 tỷ đồng", "300", 300e9, "money", "đồng", "doanh thu miến Chũ", HEAD, approx="nearly", status="estimate"),
    F("ước sản xuất 2.400 tấn", "2.400", 2400, "measure", "tấn", "miến các hộ xã Nam Dương sản xuất", Y23,
      status="estimate", change=C("increase", 9, "%", "năm 2022")),
    F("khoảng 290 tỷ đồng", "290", 290e9, "money", "đồng", "doanh thu miến", Y23, approx="about", status="estimate"),
    F("năm thứ 3 liên tiếp", "3", 3, "count", "năm", optional=True),
    F("có 210 hộ", "210", 210, "count", "hộ", "hộ làm miến"),
    F("có 65 hộ", "65", 65, "count", "hộ", "hộ sản xuất miến quy mô lớn", total=210),
    F("từ 1 tấn/ngày", "1", 1, "measure", "tấn/ngày", optional=True),
    F("và 12 hộ", "12", 12, "count", "hộ", "hộ đã thành lập doanh nghiệp, hợp tác xã", total=210),
    F("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động", "lao động làng nghề miến có việc làm", approx="about"),
    F("7-9 triệu", "7", 7e6, "money", "đồng/người/tháng", "thu nhập lao động làng nghề miến", value_max=9e6),
    F("khoảng 2.000 tấn", "2.000", 2000, "measure", "tấn", "tinh bột dong riềng các hộ nhập mỗi năm", approx="about"),
    F("75.000-80.000 đồng/kg", "75.000", 75000, "money", "đồng/kg", "giá miến dong loại 1", value_max=80000,
      change=C("increase", 5000, "đồng/kg", "đầu năm")),
    F("tiêu thụ 320 tấn", "320", 320, "measure", "tấn", "miến các hộ tiêu thụ", NOV),
    F("có 8 sản phẩm", "8", 8, "count", "sản phẩm", "sản phẩm đạt OCOP"),
    F("trong đó 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm OCOP 4 sao", total=8),
    F("sản phẩm 4 sao", "4", 4, "measure", "sao", optional=True),
    F("41/210 hộ", "41", 41, "count", "hộ", "hộ có hệ thống xử lý nước thải", total=210),
    F("lên 2.600 tấn", "2.600", 2600, "measure", "tấn", "sản lượng miến", Y24, status="target"),
    F("thêm 10 hộ", "10", 10, "count", "hộ", "hộ lắp đặt hệ thống xử lý nước thải", Y24, status="target"),
    F("đạt 320 tỷ đồng", "320", 320e9, "money", "đồng", "giá trị sản xuất", Y24, status="forecast"),
]

COMMENTS = [
    "Báo Bắc Giang điện tử (BGĐT): miến Chũ, xã Nam Dương, huyện Lục Ngạn, year 2023. Location: the district Lục Ngạn.",
    "Headline 'gần 300 tỷ đồng trong năm' (ước thu -> estimate; year-less 'trong năm' = 2023, the dateline's year) is a figure of its own;",
    "the lead gives 'khoảng 290 tỷ đồng' (continuing the 'ước sản xuất' clause -> estimate).",
    "Distractors: 'Thứ Ba, 26/12/2023, 10:45', '(BGĐT)', 'Quốc lộ 31', '3 giờ sáng' (time of day), 'loại 1' (grade), 'năm thứ 3 liên tiếp' (streak, optional as in the shared gold).",
    "'công suất từ 1 tấn/ngày trở lên' is a class threshold: optional. Sources of starch (Bắc Kạn, …) are not the place of the figure.",
    "'Riêng tháng 11/2023 … 320 tấn' has no part-of cue and no whole of the same period: no total. '41/210 hộ' -> total 210.",
    "'xã phấn đấu nâng … 2.600 tấn, có thêm 10 hộ …' -> target; '; dự kiến giá trị sản xuất đạt 320 tỷ đồng' -> forecast.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, COMMENTS, published="2023-12-26", location="Lục Ngạn")
