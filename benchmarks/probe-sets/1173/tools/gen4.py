"""p1173-4: ministry site (Bộ Xây dựng): national construction-stone output, quarries, stone-slab exports, 2030 plan."""
from lib import F, P, I, C, T, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Vật liệu xây dựng

Sản lượng đá xây dựng 6 tháng đầu năm 2024 ước đạt 98,5 triệu m3

Ngày đăng: 15/07/2024 | Lượt xem: 1.084

Theo Vụ Vật liệu xây dựng, 6 tháng đầu năm 2024, sản lượng đá xây dựng cả nước ước đạt 98,5 triệu m3, tăng 6,4% so với cùng kỳ năm 2023; trong đó đá cung cấp cho các dự án đường cao tốc khoảng 21 triệu m3, chiếm 21,3%. Các địa phương có sản lượng lớn nhất lần lượt là Đồng Nai (9,6 triệu m3), Bình Dương (8,1 triệu m3) và Thanh Hóa (7,4 triệu m3).

Hiện cả nước có khoảng 1.860 mỏ đá xây dựng và 264 mỏ đá ốp lát được cấp phép, tổng công suất thiết kế hơn 320 triệu m3/năm. Tuy vậy, nhiều mỏ mới khai thác từ 50 đến 60% công suất được cấp phép do thiếu mặt bằng và vướng thủ tục đất đai.

Về đá ốp lát, kim ngạch xuất khẩu đá granite, đá marble 6 tháng đạt 512 triệu USD, tăng 11,2% so với cùng kỳ, đưa Việt Nam đứng thứ 4 thế giới về xuất khẩu đá ốp lát tự nhiên. Thị trường Hoa Kỳ chiếm 38,5% kim ngạch.

Dự báo năm 2025, nhu cầu đá xây dựng cả nước khoảng 230 - 250 triệu m3, riêng các dự án cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025 cần thêm gần 40 triệu m3.

Theo Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản làm vật liệu xây dựng thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 1626/QĐ-TTg), đến năm 2030 công suất khai thác đá xây dựng đạt khoảng 420 triệu m3/năm; tỷ lệ thu hồi đá khối của các mỏ đá ốp lát không thấp hơn 25%.

BỘ XÂY DỰNG
Địa chỉ: 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội
Điện thoại: 024.3976.0271 | Giấy phép số 112/GP-TTĐT
"""

HEAD = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1x = P("6 tháng", "2024-01-01", "2024-06-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
OUT = "sản lượng đá xây dựng"

FIGS = [
    F("ước đạt 98,5 triệu m3\n", "98,5", 98500000, "measure", "m3", status="estimate",
      subject="sản lượng đá xây dựng", period=HEAD),
    F("cả nước ước đạt 98,5 triệu", "98,5", 98500000, "measure", "m3", status="estimate",
      change=C("increase", 6.4, "%", "cùng kỳ năm 2023"), subject="sản lượng đá xây dựng cả nước", period=H1),
    F("khoảng 21 triệu", "21", 21000000, "measure", "m3", approx="about", total=98500000, percent=21.3,
      status="estimate", subject="đá cung cấp cho các dự án đường cao tốc", period=H1),
    F("Đồng Nai (9,6 triệu", "9,6", 9600000, "measure", "m3", subject=OUT, period=I(H1), location="Đồng Nai"),
    F("Bình Dương (8,1 triệu", "8,1", 8100000, "measure", "m3", subject=OUT, period=I(H1), location="Bình Dương"),
    F("Thanh Hóa (7,4 triệu", "7,4", 7400000, "measure", "m3", subject=OUT, period=I(H1), location="Thanh Hóa"),
    F("khoảng 1.860 mỏ", "1.860", 1860, "count", "mỏ", approx="about",
      subject="mỏ đá xây dựng được cấp phép"),
    F("264 mỏ", "264", 264, "count", "mỏ", subject="mỏ đá ốp lát được cấp phép"),
    F("hơn 320 triệu", "320", 320000000, "measure", "m3/năm", approx="over",
      subject="tổng công suất thiết kế các mỏ"),
    F("từ 50 đến 60%", "50", 50, "percent", "%", value_max=60,
      subject="tỷ lệ khai thác so với công suất được cấp phép của nhiều mỏ"),
    F("đạt 512 triệu USD", "512", 512000000, "money", "USD",
      change=C("increase", 11.2, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu đá granite, đá marble", period=H1x),
    F("đứng thứ 4", "4", 4, "rank", "hạng", subject="xuất khẩu đá ốp lát tự nhiên trên thế giới"),
    F("chiếm 38,5%", "38,5", 38.5, "percent", "%",
      subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu đá ốp lát", period=I(H1x)),
    F("khoảng 230 - 250 triệu", "230", 230000000, "measure", "m3", value_max=250000000, approx="about",
      status="forecast", subject="nhu cầu đá xây dựng cả nước", period=Y25),
    F("gần 40 triệu", "40", 40000000, "measure", "m3", approx="nearly", status="forecast",
      subject="đá các dự án cao tốc Bắc - Nam phía Đông cần thêm", period=Y25),
    F("khoảng 420 triệu", "420", 420000000, "measure", "m3/năm", approx="about", status="target",
      subject="công suất khai thác đá xây dựng", period=T30),
    F("không thấp hơn 25%", "25", 25, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ thu hồi đá khối của các mỏ đá ốp lát", period=T30),
]

NOTES = [
    "Ministry site (Bộ Xây dựng), national figures -> location Việt Nam; provinces in the 'lần lượt' list are the locations of their items.",
    "'Ngày đăng: 15/07/2024 | Lượt xem: 1.084' (published). Distractors: view counter, 'thời kỳ 2021-2030, tầm nhìn đến năm 2050',",
    "'Quyết định số 1626/QĐ-TTg', 'giai đoạn 2021-2025' (part of the project name), address '37 Lê Đại Hành', phone, 'Giấy phép số 112/GP-TTĐT'.",
    "Headline and lead both give 98,5 triệu (two figures). 21 triệu after '; trong đó' -> total 98,5 triệu, percent 21,3; 'ước đạt' continues (estimate).",
    "'Thị trường Hoa Kỳ chiếm 38,5%' stands alone (no base amount in its sentence): a percent figure; Hoa Kỳ is a trade partner, not a place.",
    "'khoảng 230 - 250 triệu m3' -> range with approx about, forecast ('Dự báo năm 2025'); 'riêng ... gần 40 triệu' continues the forecast clause.",
    "'đến năm 2030' target: start null, end 2030-12-31; 'không thấp hơn 25%' -> at_least.",
]

if __name__ == "__main__":
    write("p1173-4", TEXT, NOTES, FIGS, published="2024-07-15", location="Việt Nam")
