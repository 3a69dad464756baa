from lib import F, P, I, CH, emit

TEXT = """UBND XÃ KIM ĐỨC - THÀNH PHỐ VIỆT TRÌ - TỈNH PHÚ THỌ
Trang chủ | Giới thiệu | Tin tức | Văn bản

Hát Xoan thu hút khách du lịch về xã Kim Đức
Ngày cập nhật 05/10/2023

Xã Kim Đức hiện có 2 trong 4 phường Xoan gốc là phường An Thái và phường Thét, với 68 thành viên; trong đó có 5 nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú và 21 thành viên là thiếu nhi.

9 tháng năm 2023, hai phường Xoan đã biểu diễn 64 buổi tại miếu Lãi Lèn, đình An Thái và các điểm du lịch, phục vụ khoảng 5.200 lượt khách, tăng 2,3 lần so với cùng kỳ năm 2022. Khách quốc tế chiếm khoảng 15% tổng lượt khách. Riêng quý III, các phường biểu diễn 28 buổi. Doanh thu từ biểu diễn ước đạt 320 triệu đồng. Mỗi buổi diễn, nghệ nhân được bồi dưỡng từ 3 đến 5 triệu đồng. Hiện mỗi tháng các phường Xoan đón từ 4 đến 6 đoàn khách, chủ yếu là học sinh, sinh viên.

Lớp truyền dạy hát Xoan dịp hè tại Nhà văn hóa khu 6, khai giảng ngày 10/6, thu hút 45 em thiếu nhi tham gia. UBND xã hỗ trợ 50.000 đồng/buổi tập cho mỗi nghệ nhân truyền dạy.

Năm 2024, xã phấn đấu đón 8.000 lượt khách đến xem hát Xoan; doanh thu dự kiến đạt trên 500 triệu đồng. Xã cũng đề nghị thành phố hỗ trợ kinh phí tu bổ 3 di tích gắn với hát Xoan.

Bản quyền thuộc UBND xã Kim Đức. Địa chỉ: khu 3, xã Kim Đức, thành phố Việt Trì. Điện thoại: 0210.3860.215
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III", "2023-07-01", "2023-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 2 trong 4", "2", 2, "count", "phường Xoan gốc", "phường Xoan gốc", total=4),
    F("với 68 thành viên", "68", 68, "count", "thành viên", "thành viên phường Xoan"),
    F("có 5 nghệ nhân", "5", 5, "count", "nghệ nhân", "nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú", total=68),
    F("và 21 thành viên", "21", 21, "count", "thành viên", "thành viên là thiếu nhi", total=68),
    F("hai phường Xoan đã", "hai", 2, "count", "phường Xoan", "phường Xoan", M9, optional=True),
    F("biểu diễn 64 buổi", "64", 64, "count", "buổi", "buổi biểu diễn hát Xoan", M9),
    F("khoảng 5.200 lượt", "5.200", 5200, "count", "lượt khách", "lượt khách", M9, approx="about",
      change=CH("increase", 2.3, "lần", "cùng kỳ năm 2022")),
    F("khoảng 15% tổng", "15", 15, "percent", "%", "khách quốc tế", I(M9), approx="about"),
    F("biểu diễn 28 buổi", "28", 28, "count", "buổi", "buổi biểu diễn", Q3),
    F("ước đạt 320 triệu đồng", "320", 320e6, "money", "đồng", "Doanh thu từ biểu diễn", I(M9), status="estimate"),
    F("từ 3 đến 5 triệu đồng", "3", 3e6, "money", "đồng", "bồi dưỡng nghệ nhân mỗi buổi diễn", value_max=5e6),
    F("từ 4 đến 6 đoàn khách", "4", 4, "count", "đoàn khách", "đoàn khách các phường Xoan đón mỗi tháng", value_max=6),
    F("thu hút 45 em", "45", 45, "count", "em", "thiếu nhi tham gia lớp truyền dạy hát Xoan"),
    F("50.000 đồng/buổi", "50.000", 50000, "money", "đồng/buổi", "hỗ trợ mỗi nghệ nhân truyền dạy"),
    F("đón 8.000 lượt", "8.000", 8000, "count", "lượt khách", "lượt khách đến xem hát Xoan", Y24, status="target"),
    F("trên 500 triệu đồng", "500", 500e6, "money", "đồng", "doanh thu", Y24, approx="over", status="forecast"),
    F("tu bổ 3 di tích", "3", 3, "count", "di tích", "di tích gắn với hát Xoan đề nghị hỗ trợ tu bổ"),
]

COMMENTS = [
    "Commune portal (UBND xã Kim Đức, TP Việt Trì, Phú Thọ): hát Xoan — phường Xoan, thành viên, buổi diễn, khách, doanh thu.",
    "'Ngày cập nhật 05/10/2023' (no time) is the dateline. Location: the commune lies in thành phố Việt Trì (the district-level",
    "unit the spec's location names); 'phường An Thái', 'phường Thét' are Xoan guilds, not wards — not locations.",
    "'2 trong 4 phường Xoan gốc' → total 4 (trong số N). 'hai phường Xoan' repeats that count: optional.",
    "'Riêng quý III … 28 buổi' is not a part cue (different period): no total. 'Mỗi buổi diễn … từ 3 đến 5 triệu đồng' is actual.",
    "Distractors: 'khu 6', 'khai giảng ngày 10/6', 'khu 3', phone 0210.3860.215, '9 tháng' itself.",
]

if __name__ == "__main__":
    emit("p708-8", TEXT, COMMENTS, FIGS, published="2023-10-05", location="Việt Trì")
