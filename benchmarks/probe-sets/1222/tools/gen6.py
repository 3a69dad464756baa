"""p1222-6: national newspaper: construction-stone prices in Đồng Nai rise with expressway demand; a quarry in Vĩnh Cửu."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa

Giá đá xây dựng tăng mạnh vì cao tốc "khát" vật liệu

Thứ Ba, 14/05/2024, 16:42 (GMT+7)

Nhu cầu lớn từ các dự án cao tốc khiến giá đá 1x2 tại nhiều mỏ ở Đồng Nai tăng từ 290.000 đồng lên 350.000 đồng/m3 chỉ trong hai tháng.

Theo Sở Tài nguyên và Môi trường Đồng Nai, tỉnh hiện có 22 mỏ đá xây dựng đang hoạt động với tổng công suất khoảng 35 triệu m3/năm. 4 tháng đầu năm, các mỏ khai thác 9,6 triệu m3, tăng 18% so với cùng kỳ năm 2023; trong đó khoảng 3,1 triệu m3 cung cấp cho các dự án giao thông trọng điểm. Riêng dự án cao tốc Biên Hòa - Vũng Tàu đoạn qua Đồng Nai (dài 53,7 km) cần khoảng 4,5 triệu m3 đá các loại.

Tại huyện Vĩnh Cửu, mỏ đá Thạnh Phú 2 rộng 42 ha đang hoạt động hết công suất. Ông Nguyễn Văn Lực, Phó giám đốc doanh nghiệp khai thác mỏ, cho biết mỗi ngày mỏ xuất bán 5.000 - 6.000 m3, gấp đôi năm ngoái. Xe tải phải xếp hàng chờ từ 2 đến 3 tiếng mới được vào lấy đá.

Theo Hiệp hội Vật liệu xây dựng Đồng Nai, giá đá 0x4 hiện khoảng 260.000 đồng/m3, đá hộc 210.000 đồng/m3, đều cao hơn khoảng 15% so với đầu năm.

Sở Tài nguyên và Môi trường dự kiến trong năm 2024 cấp phép nâng công suất cho 5 mỏ, bổ sung thêm khoảng 6 triệu m3/năm. Tỉnh cũng đặt mục tiêu dành ít nhất 30% sản lượng đá của các mỏ cho các dự án trọng điểm quốc gia.

Phước Tuấn
"""

M4 = P("4 tháng đầu năm", "2024-01-01", "2024-04-30")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
VC = "Vĩnh Cửu"

FIGS = [
    F("từ 290.000 đồng", "290.000", 290000, "money", "đồng/m3",
      subject="giá đá 1x2 tại mỏ trước đây"),
    F("lên 350.000 đồng/m3", "350.000", 350000, "money", "đồng/m3",
      subject="giá đá 1x2 tại mỏ"),
    F("hiện có 22 mỏ", "22", 22, "count", "mỏ", subject="mỏ đá xây dựng đang hoạt động"),
    F("khoảng 35 triệu", "35", 35000000, "measure", "m3/năm", approx="about",
      subject="tổng công suất mỏ đá xây dựng"),
    F("khai thác 9,6 triệu", "9,6", 9600000, "measure", "m3",
      change=C("increase", 18, "%", "cùng kỳ năm 2023"),
      subject="đá các mỏ khai thác", period=M4),
    F("khoảng 3,1 triệu", "3,1", 3100000, "measure", "m3", approx="about", total=9600000,
      subject="đá cung cấp cho các dự án giao thông trọng điểm", period=M4),
    F("dài 53,7 km", "53,7", 53.7, "measure", "km",
      subject="chiều dài đoạn cao tốc Biên Hòa - Vũng Tàu qua Đồng Nai"),
    F("khoảng 4,5 triệu", "4,5", 4500000, "measure", "m3", approx="about",
      subject="đá các loại dự án cao tốc Biên Hòa - Vũng Tàu đoạn qua Đồng Nai cần"),
    F("rộng 42 ha", "42", 42, "measure", "ha", subject="diện tích mỏ đá Thạnh Phú 2", location=VC),
    F("bán 5.000 - 6.000", "5.000", 5000, "measure", "m3/ngày", value_max=6000,
      change=C("increase", 2, "lần", "năm ngoái"),
      subject="đá mỏ xuất bán mỗi ngày", location=VC),
    F("từ 2 đến 3 tiếng", "2", 2, "measure", "tiếng", value_max=3,
      subject="thời gian xe tải xếp hàng chờ vào lấy đá", location=VC),
    F("khoảng 260.000", "260.000", 260000, "money", "đồng/m3", approx="about",
      change=C("increase", 15, "%", "đầu năm", approx="about"), subject="giá đá 0x4"),
    F("hộc 210.000", "210.000", 210000, "money", "đồng/m3",
      change=C("increase", 15, "%", "đầu năm", approx="about"), subject="giá đá hộc"),
    F("cho 5 mỏ", "5", 5, "count", "mỏ", status="forecast",
      subject="mỏ được cấp phép nâng công suất", period=Y24),
    F("khoảng 6 triệu", "6", 6000000, "measure", "m3/năm", approx="about", status="forecast",
      subject="công suất bổ sung thêm", period=Y24),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ sản lượng đá của các mỏ dành cho các dự án trọng điểm quốc gia"),
]

NOTES = [
    "National newspaper: section path, 'Thứ Ba, 14/05/2024, 16:42 (GMT+7)', byline at the end. Default location Đồng Nai.",
    "Distractors: stone grades 'đá 1x2', 'đá 0x4', mine name 'Thạnh Phú 2', 'chỉ trong hai tháng' (a duration locating the rise), time 16:42.",
    "'tăng từ 290.000 đồng lên 350.000 đồng/m3' is two prices (before and after), not a range. 'mỗi ngày … 5.000 - 6.000 m3' is a rate (m3/ngày).",
    "'gấp đôi năm ngoái' after the range: change increase 2 lần. 'đều cao hơn khoảng 15%' distributes to both prices.",
    "The Vĩnh Cửu mine passage (3 sentences) gets location Vĩnh Cửu. '4 tháng đầu năm' takes 2024 from the dateline.",
    "The expressway project 'Biên Hòa - Vũng Tàu đoạn qua Đồng Nai': location Đồng Nai, not Bà Rịa - Vũng Tàu.",
]

if __name__ == "__main__":
    write("p1222-6", TEXT, NOTES, FIGS, published="2024-05-14", location="Đồng Nai")
