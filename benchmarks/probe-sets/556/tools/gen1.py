"""p556-1: province portal, Quảng Bình, late-October 2024 flood damage."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Phòng, chống thiên tai

Quảng Bình: Mưa lũ làm 3 người chết, hơn 8.400 nhà bị ngập

Cập nhật: 31/10/2024 16:45
Lượt xem: 3.482

Theo báo cáo nhanh của Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Bình, từ ngày 26 đến ngày 29/10/2024 trên địa bàn tỉnh có mưa to đến rất to, lượng mưa phổ biến từ 400 đến 600 mm, riêng trạm Tân Lâm (huyện Minh Hóa) đo được 782,4 mm. Đỉnh lũ sông Kiến Giang tại Lệ Thủy lên mức 4,12 m, vượt báo động 3.

Mưa lũ đã làm 3 người chết (huyện Lệ Thủy 2 người, huyện Quảng Ninh 1 người) và 7 người bị thương. Toàn tỉnh có 8.436 nhà bị ngập, trong đó 1.205 nhà ngập sâu trên 1 m. Ngoài ra, 62 nhà bị sập, tốc mái. Các huyện có nhiều nhà bị ngập là Lệ Thủy (4.120 nhà), Quảng Ninh (2.318 nhà) và Bố Trạch (1.097 nhà).

Về sản xuất, có 1.250 ha cây vụ đông và 2.730,5 ha rau màu bị ngập úng, hư hại; khoảng 15.600 con gia súc, gia cầm bị chết, cuốn trôi; 430 lồng nuôi cá bị hư hỏng. Nhiều tuyến đường bị sạt lở, ách tắc, trong đó có Quốc lộ 12A và đường Hồ Chí Minh nhánh Tây.

Ước tính tổng thiệt hại do đợt mưa lũ khoảng 215 tỷ đồng, tăng gần 1,8 lần so với đợt lũ cùng kỳ năm 2023.

UBND tỉnh đã xuất 500 tấn gạo dự trữ và trích 12 tỷ đồng từ Quỹ Phòng, chống thiên tai tỉnh để hỗ trợ khẩn cấp người dân vùng lũ; mỗi hộ có người chết được hỗ trợ 10 triệu đồng. Dự kiến đến ngày 5/11/2024, 100% trường học bị ngập được vệ sinh, khắc phục để học sinh trở lại lớp.

Ban Chỉ huy PTDS tỉnh, số 2 Quang Trung, TP. Đồng Hới. Đường dây nóng: 0232.3822.129
"""

RAIN = P("từ ngày 26 đến ngày 29/10/2024", "2024-10-26", "2024-10-29")
LOC = "Quảng Bình"

FIGS = [
    F("làm 3 người chết, hơn", "3", 3, "count", "người", "người chết do mưa lũ"),
    F("hơn 8.400 nhà", "8.400", 8400, "count", "nhà", "nhà bị ngập", approx="over"),
    F("từ 400 đến 600 mm", "400", 400, "measure", "mm", "lượng mưa phổ biến", RAIN, value_max=600),
    F("đo được 782,4 mm", "782,4", 782.4, "measure", "mm", "lượng mưa tại trạm Tân Lâm", RAIN,
      location="Minh Hóa"),
    F("lên mức 4,12 m", "4,12", 4.12, "measure", "m", "đỉnh lũ sông Kiến Giang", location="Lệ Thủy"),
    F("làm 3 người chết (huyện", "3", 3, "count", "người", "người chết do mưa lũ"),
    F("Lệ Thủy 2 người", "2", 2, "count", "người", "người chết do mưa lũ", total=3, location="Lệ Thủy"),
    F("Quảng Ninh 1 người", "1", 1, "count", "người", "người chết do mưa lũ", total=3, location="Quảng Ninh"),
    F("và 7 người bị thương", "7", 7, "count", "người", "người bị thương"),
    F("có 8.436 nhà", "8.436", 8436, "count", "nhà", "nhà bị ngập"),
    F("trong đó 1.205 nhà", "1.205", 1205, "count", "nhà", "nhà ngập sâu trên 1 m", total=8436),
    F("ngập sâu trên 1 m.", "1", 1, "measure", "m", "mức ngập sâu", approx="over", optional=True),
    F("62 nhà bị sập", "62", 62, "count", "nhà", "nhà bị sập, tốc mái"),
    F("Lệ Thủy (4.120 nhà)", "4.120", 4120, "count", "nhà", "nhà bị ngập", location="Lệ Thủy"),
    F("Quảng Ninh (2.318 nhà)", "2.318", 2318, "count", "nhà", "nhà bị ngập", location="Quảng Ninh"),
    F("Bố Trạch (1.097 nhà)", "1.097", 1097, "count", "nhà", "nhà bị ngập", location="Bố Trạch"),
    F("có 1.250 ha", "1.250", 1250, "measure", "ha", "cây vụ đông bị ngập úng, hư hại"),
    F("2.730,5 ha rau màu", "2.730,5", 2730.5, "measure", "ha", "rau màu bị ngập úng, hư hại"),
    F("khoảng 15.600 con", "15.600", 15600, "count", "con", "gia súc, gia cầm bị chết, cuốn trôi", approx="about"),
    F("430 lồng", "430", 430, "count", "lồng", "lồng nuôi cá bị hư hỏng"),
    F("khoảng 215 tỷ đồng", "215", 215e9, "money", "đồng", "tổng thiệt hại do đợt mưa lũ",
      approx="about", change=CH("increase", 1.8, "lần", "đợt lũ cùng kỳ năm 2023", approx="nearly"),
      status="estimate"),
    F("500 tấn gạo", "500", 500, "measure", "tấn", "gạo dự trữ xuất hỗ trợ người dân vùng lũ"),
    F("trích 12 tỷ đồng", "12", 12e9, "money", "đồng", "kinh phí trích từ Quỹ Phòng, chống thiên tai tỉnh hỗ trợ khẩn cấp"),
    F("hỗ trợ 10 triệu đồng", "10", 10e6, "money", "đồng", "mức hỗ trợ mỗi hộ có người chết"),
    F("100% trường học", "100", 100, "percent", "%", "trường học bị ngập được vệ sinh, khắc phục",
      P("đến ngày 5/11/2024", None, "2024-11-05"), status="forecast"),
]

COMMENTS = [
    "Quảng Bình province portal (breadcrumb, Cập nhật, Lượt xem): mưa lũ 26-29/10/2024, damage and emergency support.",
    "Not figures: Lượt xem 3.482, báo động 3 (warning level name), Quốc lộ 12A, số 2 Quang Trung, hotline 0232.3822.129.",
    "Headline figures: no period in the headline. The bracket (Lệ Thủy 2, Quảng Ninh 1) adds up to 3, so total 3.",
    "'Ngoài ra, 62 nhà bị sập' is not a part of the flooded houses (no total); the district list after 'là' has no cue: no total.",
    "'trên 1 m' is a depth threshold: optional. 'tăng gần 1,8 lần so với ... cùng kỳ năm 2023' is the change of 215 tỷ.",
]

if __name__ == "__main__":
    emit("p556-1", TEXT, COMMENTS, FIGS, published="2024-10-31", location=LOC)
