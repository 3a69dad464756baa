from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Khánh Hòa: Rạp chiếu phim đón gần 1,1 triệu lượt khán giả trong 6 tháng đầu năm
Cập nhật: 15/07/2024 08:30 | Lượt xem: 3.482

Theo báo cáo của Sở Văn hóa và Thể thao, 6 tháng đầu năm 2024, các rạp chiếu phim trên địa bàn tỉnh Khánh Hòa đã tổ chức 41.260 suất chiếu, thu hút gần 1,1 triệu lượt khán giả, tăng 12,4% so với cùng kỳ năm 2023. Tổng doanh thu phòng vé ước đạt 86,5 tỷ đồng, bằng 54,1% kế hoạch năm, tăng 15,2% so với cùng kỳ. Trong đó, doanh thu từ phim Việt đạt 31,7 tỷ đồng, chiếm 36,6%.

Hiện toàn tỉnh có 9 cụm rạp với 46 phòng chiếu và khoảng 7.300 ghế, gồm: TP. Nha Trang 6 cụm rạp (34 phòng chiếu), TP. Cam Ranh 2 cụm rạp và thị xã Ninh Hòa 1 cụm rạp. Cụm rạp mới tại số 50 đường 23 Tháng 10, TP. Nha Trang đi vào hoạt động từ tháng 4 với 8 phòng chiếu, vốn đầu tư khoảng 120 tỷ đồng.

Giá vé bình quân dao động từ 65.000 đến 110.000 đồng/vé; riêng thứ Ba hằng tuần, giá vé giảm 30-40%. Công suất sử dụng ghế bình quân đạt 27,5% (năm 2023 là 23%).

Bên cạnh đó, Trung tâm Văn hóa - Điện ảnh tỉnh đã tổ chức 312 buổi chiếu phim lưu động, phục vụ hơn 86.000 lượt người xem tại các huyện miền núi Khánh Sơn, Khánh Vĩnh.

Năm 2024, tỉnh phấn đấu doanh thu phòng vé đạt 160 tỷ đồng; đến năm 2025, toàn tỉnh có ít nhất 55 phòng chiếu.

Liên hệ: Phòng Quản lý Văn hóa, điện thoại 0258.3822.145.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("gần 1,1 triệu lượt khán giả trong", "1,1", 1100000, "count", "lượt khán giả",
      "lượt khán giả đến rạp chiếu phim", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("tổ chức 41.260 suất chiếu", "41.260", 41260, "count", "suất chiếu",
      "suất chiếu các rạp chiếu phim đã tổ chức", H1),
    F("thu hút gần 1,1 triệu", "1,1", 1100000, "count", "lượt khán giả",
      "lượt khán giả các rạp chiếu phim thu hút", H1, approx="nearly",
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("ước đạt 86,5 tỷ đồng", "86,5", 86.5e9, "money", "đồng", "tổng doanh thu phòng vé", I(H1),
      percent=54.1, change=CH("increase", 15.2, baseline="cùng kỳ"), status="estimate"),
    F("đạt 31,7 tỷ đồng", "31,7", 31.7e9, "money", "đồng", "doanh thu từ phim Việt", I(H1),
      total=86.5e9, percent=36.6, status="estimate"),
    F("có 9 cụm rạp", "9", 9, "count", "cụm rạp", "cụm rạp"),
    F("với 46 phòng chiếu", "46", 46, "count", "phòng chiếu", "phòng chiếu"),
    F("khoảng 7.300 ghế", "7.300", 7300, "count", "ghế", "ghế", approx="about"),
    F("Nha Trang 6 cụm rạp", "6", 6, "count", "cụm rạp", "cụm rạp", total=9, location="Nha Trang"),
    F("(34 phòng chiếu)", "34", 34, "count", "phòng chiếu", "phòng chiếu", total=46, location="Nha Trang"),
    F("Cam Ranh 2 cụm rạp", "2", 2, "count", "cụm rạp", "cụm rạp", total=9, location="Cam Ranh"),
    F("Ninh Hòa 1 cụm rạp", "1", 1, "count", "cụm rạp", "cụm rạp", total=9, location="Ninh Hòa"),
    F("với 8 phòng chiếu", "8", 8, "count", "phòng chiếu", "phòng chiếu của cụm rạp mới", location="Nha Trang"),
    F("khoảng 120 tỷ đồng", "120", 120e9, "money", "đồng", "vốn đầu tư cụm rạp mới", approx="about",
      location="Nha Trang"),
    F("từ 65.000 đến 110.000 đồng/vé", "65.000", 65000, "money", "đồng/vé", "giá vé bình quân", I(H1),
      value_max=110000),
    F("giảm 30-40%", "30", 30, "percent", "%", "mức giảm giá vé thứ Ba hằng tuần", value_max=40),
    F("đạt 27,5%", "27,5", 27.5, "percent", "%", "công suất sử dụng ghế bình quân", I(H1)),
    F("là 23%", "23", 23, "percent", "%", "công suất sử dụng ghế bình quân năm 2023",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tổ chức 312 buổi", "312", 312, "count", "buổi chiếu phim lưu động", "buổi chiếu phim lưu động", I(H1)),
    F("hơn 86.000 lượt người xem", "86.000", 86000, "count", "lượt người xem",
      "lượt người xem chiếu phim lưu động", I(H1), approx="over"),
    F("đạt 160 tỷ đồng", "160", 160e9, "money", "đồng", "doanh thu phòng vé",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("ít nhất 55 phòng chiếu", "55", 55, "count", "phòng chiếu", "phòng chiếu",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Probe 717-1: Khánh Hòa province portal (breadcrumb, Cập nhật + Lượt xem line): cinemas and box office, 6 months 2024.",
    "Headline '6 tháng đầu năm' has no year: takes 2024 from published (nothing earlier in the text).",
    "'gồm: TP. Nha Trang 6 cụm rạp (34 phòng chiếu), ...' are parts of 9 cụm rạp / 46 phòng chiếu (cue gồm after the whole).",
    "'Trong đó, doanh thu từ phim Việt' continues the 'ước đạt' sentence: estimate (as shared h14), total = 86,5 tỷ.",
    "'giảm 30-40%' is the claim itself: percent range, no change. '(năm 2023 là 23%)' is its own figure.",
    "Distractors: Lượt xem 3.482, số 50 đường 23 Tháng 10, từ tháng 4, thứ Ba, phone 0258.3822.145.",
]

if __name__ == "__main__":
    emit("p717-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Khánh Hòa")
