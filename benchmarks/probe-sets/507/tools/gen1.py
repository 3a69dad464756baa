"""p507-1: Festival Huế 2024 results, Thừa Thiên Huế province portal."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao

Festival Huế 2024 đón hơn 161.000 lượt khách, doanh thu du lịch ước đạt 1.250 tỷ đồng

Cập nhật: 18/06/2024 16:20
Lượt xem: 3.482

Chiều 17/6, tại trụ sở số 26 Hà Nội, TP Huế, Sở Văn hóa và Thể thao tỉnh Thừa Thiên Huế tổ chức họp báo tổng kết Festival Nghệ thuật Quốc tế Huế 2024 (Festival Huế lần thứ 13).

Theo báo cáo, trong thời gian diễn ra Festival từ ngày 7 đến ngày 12/6/2024, toàn tỉnh đón hơn 161.000 lượt khách, tăng 22,5% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 48.300 lượt, chiếm 30%. Doanh thu du lịch ước đạt 1.250 tỷ đồng, tăng 18% so với cùng kỳ. Công suất phòng bình quân của các cơ sở lưu trú đạt 82%, riêng các khách sạn từ 4 đến 5 sao đạt trên 90%.

Festival lần này có 28 đoàn nghệ thuật quốc tế đến từ 22 quốc gia và vùng lãnh thổ cùng 35 đoàn nghệ thuật trong nước với gần 2.000 nghệ sĩ, diễn viên. Ban Tổ chức đã dàn dựng 6 chương trình chính, 45 chương trình đồng hành và 120 suất diễn tại các sân khấu ở TP Huế, Phú Vang, Phong Điền.

Từ đầu năm đến ngày 15/6/2024, các điểm di tích do Trung tâm Bảo tồn Di tích Cố đô Huế quản lý đón 1,26 triệu lượt khách, doanh thu bán vé đạt 186,5 tỷ đồng, tăng 27% so với cùng kỳ.

Tổng kinh phí tổ chức Festival là 42 tỷ đồng, trong đó ngân sách tỉnh 15 tỷ đồng, còn lại huy động xã hội hóa.

Tỉnh phấn đấu đến năm 2025 đón 5,5 triệu lượt khách, doanh thu du lịch đạt 9.000 tỷ đồng.

Mọi thông tin xin liên hệ đường dây nóng du lịch: 0234.3822.355.
"""

FEST = P("từ ngày 7 đến ngày 12/6/2024", "2024-06-07", "2024-06-12")
YTD = P("Từ đầu năm đến ngày 15/6/2024", "2024-01-01", "2024-06-15")
T2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đón hơn 161.000 lượt khách, doanh", "161.000", 161000, "count", "lượt khách", approx="over",
      subject="lượt khách đến Festival Huế 2024", period=I(FEST)),
    F("1.250 tỷ đồng\n", "1.250", 1250e9, "money", "đồng", status="estimate",
      subject="doanh thu du lịch", period=I(FEST)),
    F("đón hơn 161.000 lượt khách, tăng", "161.000", 161000, "count", "lượt khách", approx="over",
      change=CH("increase", 22.5, baseline="cùng kỳ năm 2023"),
      subject="lượt khách toàn tỉnh đón trong thời gian diễn ra Festival", period=FEST),
    F("khoảng 48.300 lượt", "48.300", 48300, "count", "lượt", approx="about", total=161000, percent=30,
      subject="khách quốc tế", period=FEST),
    F("1.250 tỷ đồng, tăng", "1.250", 1250e9, "money", "đồng", change=CH("increase", 18, baseline="cùng kỳ"),
      status="estimate", subject="doanh thu du lịch", period=I(FEST)),
    F("đạt 82%", "82", 82, "percent", "%",
      subject="công suất phòng bình quân của các cơ sở lưu trú", period=I(FEST)),
    F("trên 90%", "90", 90, "percent", "%", approx="over",
      subject="công suất phòng các khách sạn từ 4 đến 5 sao", period=I(FEST)),
    F("có 28 đoàn", "28", 28, "count", "đoàn nghệ thuật", subject="đoàn nghệ thuật quốc tế", period=I(FEST)),
    F("từ 22 quốc gia", "22", 22, "count", "quốc gia và vùng lãnh thổ",
      subject="quốc gia và vùng lãnh thổ có đoàn nghệ thuật tham gia", period=I(FEST)),
    F("cùng 35 đoàn", "35", 35, "count", "đoàn nghệ thuật", subject="đoàn nghệ thuật trong nước", period=I(FEST)),
    F("gần 2.000 nghệ sĩ", "2.000", 2000, "count", "nghệ sĩ, diễn viên", approx="nearly",
      subject="nghệ sĩ, diễn viên", period=I(FEST)),
    F("dựng 6 chương trình", "6", 6, "count", "chương trình chính", subject="chương trình chính", period=I(FEST)),
    F("45 chương trình đồng hành", "45", 45, "count", "chương trình đồng hành",
      subject="chương trình đồng hành", period=I(FEST)),
    F("120 suất diễn", "120", 120, "count", "suất diễn", subject="suất diễn", period=I(FEST)),
    F("đón 1,26 triệu lượt khách", "1,26", 1260000, "count", "lượt khách",
      subject="lượt khách đến các điểm di tích do Trung tâm Bảo tồn Di tích Cố đô Huế quản lý", period=YTD),
    F("đạt 186,5 tỷ đồng", "186,5", 186.5e9, "money", "đồng", change=CH("increase", 27, baseline="cùng kỳ"),
      subject="doanh thu bán vé các điểm di tích", period=YTD),
    F("là 42 tỷ đồng", "42", 42e9, "money", "đồng", subject="tổng kinh phí tổ chức Festival"),
    F("ngân sách tỉnh 15 tỷ đồng", "15", 15e9, "money", "đồng", total=42e9,
      subject="kinh phí tổ chức Festival từ ngân sách tỉnh"),
    F("đón 5,5 triệu lượt khách", "5,5", 5500000, "count", "lượt khách", status="target",
      subject="lượt khách", period=T2025),
    F("đạt 9.000 tỷ đồng", "9.000", 9000e9, "money", "đồng", status="target",
      subject="doanh thu du lịch", period=T2025),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thừa Thiên Huế: tổng kết Festival Huế 2024 (lượt khách, doanh thu, đoàn nghệ thuật, chương trình, kinh phí, mục tiêu 2025).",
    "Not figures: 'Lượt xem: 3.482', 'số 26 Hà Nội' (address), 'Festival Huế lần thứ 13', 'Festival ... 2024' (name),",
    "hotel class 'từ 4 đến 5 sao' (a category, like 'mức độ 3, 4'), the hotline 0234.3822.355, dates 17/6, 15/6/2024.",
    "The festival's date range 'từ ngày 7 đến ngày 12/6/2024' is the period of the lead sentence (scored there), inherited elsewhere.",
    "Headline figures inherit the lead's period. 'khách quốc tế khoảng 48.300 lượt, chiếm 30%' after 'trong đó' -> total 161.000, percent 30.",
]

if __name__ == "__main__":
    emit("p507-1", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Thừa Thiên Huế")
