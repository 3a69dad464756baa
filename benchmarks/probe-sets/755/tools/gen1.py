from lib import F, P, I, CH, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Văn hóa - Thể thao
Hà Tĩnh: 36,8% dân số tập luyện thể dục thể thao thường xuyên
Cập nhật: 18/07/2024 08:45 | Lượt xem: 1.482

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, tỷ lệ dân số tập luyện thể dục thể thao thường xuyên trên địa bàn tỉnh Hà Tĩnh đạt 36,8%, tăng 1,3% so với cùng kỳ năm 2023; tỷ lệ gia đình thể thao đạt 27,5%.

Toàn tỉnh hiện có 2.146 câu lạc bộ thể dục thể thao cơ sở, trong đó 612 câu lạc bộ bóng chuyền và 438 câu lạc bộ bóng đá. Trong 6 tháng, các xã, phường, thị trấn đã tổ chức 1.245 giải thể thao cấp cơ sở, tăng 8,6% so với cùng kỳ, thu hút hơn 56.000 lượt vận động viên tham gia. Các huyện tổ chức nhiều giải nhất là Cẩm Xuyên (168 giải), Thạch Hà (152 giải) và Kỳ Anh (137 giải).

Kinh phí xã hội hóa cho các giải bóng đá, bóng chuyền phong trào ước đạt 4,7 tỷ đồng, chiếm khoảng 62% tổng kinh phí tổ chức giải. Đáng chú ý, Giải bóng đá Cúp Truyền hình Hà Tĩnh lần thứ XVII có 24 đội bóng với 576 cầu thủ đăng ký; sau 47 trận đấu, giải thu hút gần 40.000 lượt khán giả.

Mục tiêu đến năm 2025, tỷ lệ dân số tập luyện thể dục thể thao thường xuyên đạt 38%, tỷ lệ gia đình thể thao đạt 28%; 100% thôn, tổ dân phố có sân bóng chuyền đạt chuẩn.

Sở Văn hóa, Thể thao và Du lịch Hà Tĩnh - Số 01 đường Nguyễn Tất Thành, TP. Hà Tĩnh
Điện thoại: 0239.3855.462
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hà Tĩnh: 36,8%", "36,8", 36.8, "percent", "%", "dân số tập luyện thể dục thể thao thường xuyên", I(H1)),
    F("thường xuyên trên địa bàn tỉnh Hà Tĩnh đạt 36,8%", "36,8", 36.8, "percent", "%",
      "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", H1,
      change=CH("increase", 1.3, "%", "cùng kỳ năm 2023")),
    F("đạt 27,5%", "27,5", 27.5, "percent", "%", "tỷ lệ gia đình thể thao", H1),
    F("có 2.146 câu lạc bộ", "2.146", 2146, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở"),
    F("612 câu lạc bộ bóng chuyền", "612", 612, "count", "câu lạc bộ", "câu lạc bộ bóng chuyền", total=2146),
    F("438 câu lạc bộ bóng đá", "438", 438, "count", "câu lạc bộ", "câu lạc bộ bóng đá", total=2146),
    F("tổ chức 1.245 giải", "1.245", 1245, "count", "giải", "giải thể thao cấp cơ sở các xã, phường, thị trấn tổ chức", T6,
      change=CH("increase", 8.6, "%", "cùng kỳ")),
    F("hơn 56.000 lượt", "56.000", 56000, "count", "lượt vận động viên", "lượt vận động viên tham gia giải thể thao cấp cơ sở", T6,
      approx="over"),
    F("(168 giải)", "168", 168, "count", "giải", "giải thể thao cấp cơ sở tổ chức", I(T6), location="Cẩm Xuyên"),
    F("(152 giải)", "152", 152, "count", "giải", "giải thể thao cấp cơ sở tổ chức", I(T6), location="Thạch Hà"),
    F("(137 giải)", "137", 137, "count", "giải", "giải thể thao cấp cơ sở tổ chức", I(T6), location="Kỳ Anh"),
    F("ước đạt 4,7 tỷ đồng", "4,7", 4.7e9, "money", "đồng",
      "kinh phí xã hội hóa cho các giải bóng đá, bóng chuyền phong trào", percent=62, status="estimate"),
    F("có 24 đội bóng", "24", 24, "count", "đội bóng", "đội bóng tham gia Giải bóng đá Cúp Truyền hình Hà Tĩnh"),
    F("576 cầu thủ", "576", 576, "count", "cầu thủ", "cầu thủ đăng ký Giải bóng đá Cúp Truyền hình Hà Tĩnh"),
    F("sau 47 trận", "47", 47, "count", "trận đấu", "trận đấu Giải bóng đá Cúp Truyền hình Hà Tĩnh"),
    F("gần 40.000 lượt", "40.000", 40000, "count", "lượt khán giả", "lượt khán giả Giải bóng đá Cúp Truyền hình Hà Tĩnh",
      approx="nearly"),
    F("đạt 38%", "38", 38, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", Y25, status="target"),
    F("đạt 28%", "28", 28, "percent", "%", "tỷ lệ gia đình thể thao", Y25, status="target"),
    F("100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có sân bóng chuyền đạt chuẩn", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh: phong trào TDTT quần chúng 6 tháng đầu năm 2024 (tập luyện thường xuyên, CLB, giải cơ sở, Cúp Truyền hình).",
    "Distractors: 'Lượt xem: 1.482', 'lần thứ XVII', 'Số 01', phone, dates. 'Hiện có' sentences get no period.",
    "Districts in the bracketed list go to location; the list items inherit 'Trong 6 tháng'. 'chiếm khoảng 62%' is the share of 4,7 tỷ.",
]

if __name__ == "__main__":
    emit("p755-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Hà Tĩnh")
