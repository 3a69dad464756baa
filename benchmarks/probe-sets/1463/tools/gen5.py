"""p1463-5: national newspaper: watch imports 8 months 2024, smartwatches, a retail chain."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Hàng hóa
Thứ sáu, 13/9/2024, 15:40 (GMT+7)

Người Việt chi hơn 400 triệu USD nhập đồng hồ trong 8 tháng

Nhập khẩu đồng hồ và linh kiện 8 tháng đầu năm tăng gần 10%, trong khi đồng hồ thông minh đang dần lấn át đồng hồ cơ truyền thống.

Số liệu của Tổng cục Hải quan cho thấy, 8 tháng đầu năm 2024, Việt Nam nhập khẩu 412,6 triệu USD đồng hồ và linh kiện, tăng 9,7% so với cùng kỳ năm ngoái. Riêng tháng 8, kim ngạch đạt 61,3 triệu USD, cao nhất từ đầu năm. Thụy Sĩ, Trung Quốc và Nhật Bản là ba thị trường cung cấp lớn nhất, lần lượt đạt 148 triệu USD, 97 triệu USD và 54 triệu USD.

Theo Liên đoàn Công nghiệp Đồng hồ Thụy Sĩ (FH), năm 2023 Việt Nam xếp thứ 23 trong các thị trường nhập khẩu đồng hồ Thụy Sĩ, với giá trị khoảng 190 triệu CHF.

Tại các cửa hàng, đồng hồ thông minh đang chiếm ưu thế. Đại diện chuỗi bán lẻ Thời Gian Vàng, với 62 cửa hàng tại 18 tỉnh, thành, cho biết đồng hồ thông minh chiếm khoảng 35% số sản phẩm bán ra, gấp đôi năm 2020. Các mẫu như Apple Watch Series 9 hay Galaxy Watch7 có giá phổ biến từ 7 đến 12 triệu đồng.

"Doanh thu đồng hồ cơ của chúng tôi 6 tháng đầu năm giảm khoảng 8%, nhưng mảng sửa chữa, bảo dưỡng lại tăng 15%", ông Lê Quang Vinh, Giám đốc điều hành chuỗi, nói. Mỗi tháng, các trung tâm bảo hành của chuỗi (tổng đài 1800 6868) tiếp nhận khoảng 1.800 lượt đồng hồ thay pin, lau dầu.

Các chuyên gia dự báo thị trường đồng hồ Việt Nam sẽ tăng trưởng bình quân 6-7%/năm giai đoạn 2024-2028, đạt quy mô khoảng 1,1 tỷ USD vào năm 2028.

Minh Anh
"""

E8H = period("8 tháng", "2024-01-01", "2024-08-31")
E8S = period("8 tháng đầu năm", "2024-01-01", "2024-08-31")
E8 = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8 = period("tháng 8", "2024-08-01", "2024-08-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
H1 = period("6 tháng đầu năm", "2023-01-01", "2023-06-30")
P2428 = period("giai đoạn 2024-2028", "2024-01-01", "2028-12-31")
Y28 = period("vào năm 2028", "2028-01-01", "2028-12-31")

FIGS = [
    F("chi hơn 400 triệu", "400", 400e6, "money", "USD", approx="over",
      subject="chi nhập đồng hồ", period=E8H),
    F("tăng gần 10%", "10", 10, "percent", "%", approx="nearly",
      subject="nhập khẩu đồng hồ và linh kiện", period=E8S),
    F("nhập khẩu 412,6 triệu", "412,6", 412.6e6, "money", "USD",
      change=change("increase", 9.7, "%", "cùng kỳ năm ngoái"),
      subject="nhập khẩu đồng hồ và linh kiện", period=E8),
    F("đạt 61,3 triệu", "61,3", 61.3e6, "money", "USD",
      subject="kim ngạch nhập khẩu đồng hồ và linh kiện", period=M8),
    F("là ba thị trường", "ba", 3, "count", "thị trường", subject="thị trường cung cấp lớn nhất", optional=True),
    F("đạt 148 triệu", "148", 148e6, "money", "USD",
      subject="kim ngạch nhập khẩu đồng hồ và linh kiện từ Thụy Sĩ", period=inherit(E8)),
    F("USD, 97 triệu", "97", 97e6, "money", "USD",
      subject="kim ngạch nhập khẩu đồng hồ và linh kiện từ Trung Quốc", period=inherit(E8)),
    F("và 54 triệu", "54", 54e6, "money", "USD",
      subject="kim ngạch nhập khẩu đồng hồ và linh kiện từ Nhật Bản", period=inherit(E8)),
    F("xếp thứ 23", "23", 23, "rank", "hạng",
      subject="thứ hạng trong các thị trường nhập khẩu đồng hồ Thụy Sĩ", period=Y23),
    F("khoảng 190 triệu", "190", 190e6, "money", "CHF", approx="about",
      subject="giá trị nhập khẩu đồng hồ Thụy Sĩ", period=Y23),
    F("với 62 cửa hàng", "62", 62, "count", "cửa hàng", subject="cửa hàng của chuỗi bán lẻ Thời Gian Vàng"),
    F("tại 18 tỉnh", "18", 18, "count", "tỉnh, thành", subject="tỉnh, thành có cửa hàng của chuỗi"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      change=change("increase", 2, "lần", "năm 2020"),
      subject="tỷ trọng đồng hồ thông minh trong số sản phẩm bán ra"),
    F("từ 7 đến 12 triệu", "7", 7e6, "money", "đồng", value_max=12e6,
      subject="giá các mẫu đồng hồ thông minh"),
    F("giảm khoảng 8%", "8", 8, "percent", "%", approx="about",
      subject="doanh thu đồng hồ cơ của chuỗi", period=H1),
    F("tăng 15%", "15", 15, "percent", "%", subject="doanh thu mảng sửa chữa, bảo dưỡng", period=H1),
    F("khoảng 1.800 lượt", "1.800", 1800, "measure", "lượt/tháng", approx="about",
      subject="lượt đồng hồ thay pin, lau dầu các trung tâm bảo hành của chuỗi tiếp nhận"),
    F("bình quân 6-7%", "6", 6, "percent", "%", value_max=7, status="forecast",
      subject="tốc độ tăng trưởng bình quân thị trường đồng hồ", period=P2428),
    F("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="about", status="forecast",
      subject="quy mô thị trường đồng hồ", period=Y28),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 13/9/2024, 15:40 (GMT+7)', headline, sapo, quote, byline 'Minh Anh'. Location Việt Nam throughout.",
    "Distractors: 15:40, GMT+7, 'Apple Watch Series 9', 'Galaxy Watch7', hotline '1800 6868', baseline 'năm 2020',",
    "'giai đoạn 2024-2028' (the period of the forecast), 'từ đầu năm'.",
    "Headline '8 tháng' and sapo '8 tháng đầu năm' (year-less) take 2024 from the dateline.",
    "Growth rates as the claim ('tăng gần 10%', 'giảm khoảng 8%', 'tăng 15%', '6-7%/năm') are percent figures, no change.",
    "The 'lần lượt' list: items are trade partners, not places (location Việt Nam); their 8-month period is inherited",
    "(the nearest earlier phrase is 'Riêng tháng 8', but 148 > 61,3 shows the list is 8-month data).",
    "'ba thị trường' names the group: optional. 'gấp đôi năm 2020' → change ×2 (lần) on the 35% share.",
    "'Mỗi tháng ... khoảng 1.800 lượt' is a rate: measure 'lượt/tháng'. 'dự báo' governs both clauses: forecast.",
    "'vào năm 2028' → the year 2028.",
    "revised after the first run: the quote's year-less '6 tháng đầu năm' takes, by the spec's rule, the year of the nearest",
    "earlier period, 'năm 2023' (FH paragraph; the baseline 'năm 2020' is not a period): 2023-01-01..2023-06-30. A reader",
    "would say 2024 (a September 2024 interview); the contract decides.",
]

if __name__ == "__main__":
    write("p1463-5", TEXT, NOTES, FIGS, published="2024-09-13", location="Việt Nam")
