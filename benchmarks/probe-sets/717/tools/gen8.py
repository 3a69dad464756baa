from lib import F, P, I, CH, TG, emit

TEXT = """Cần Thơ có thêm cụm rạp 10 phòng chiếu tại quận Cái Răng
BẢO TRÂN 14:20, 22/08/2024

(CT) - Ngày 21/8, Công ty TNHH Điện ảnh Mê Kông Sao khai trương cụm rạp chiếu phim tại Trung tâm thương mại Vạn Phát, số 208 đường 3 Tháng 2, quận Cái Răng. Cụm rạp có tổng vốn đầu tư hơn 150 tỷ đồng, gồm 10 phòng chiếu với 1.420 ghế, trong đó có 1 phòng IMAX 280 ghế và 2 phòng 4DX, mỗi phòng 96 ghế.

Theo đại diện doanh nghiệp, cụm rạp dự kiến phục vụ khoảng 600.000 lượt khán giả/năm, tạo việc làm cho 85 lao động địa phương. Giá vé từ 55.000 đồng (suất chiếu trước 12 giờ) đến 250.000 đồng (phòng IMAX).

Với cụm rạp mới, TP. Cần Thơ hiện có 8 cụm rạp, 49 phòng chiếu và gần 7.900 ghế. Theo Sở Văn hóa, Thể thao và Du lịch, 7 tháng năm 2024, các rạp trên địa bàn đón khoảng 1,32 triệu lượt khán giả, doanh thu ước đạt 98,6 tỷ đồng, tăng 11,7% so với cùng kỳ; trong đó các rạp tại quận Ninh Kiều chiếm 78% doanh thu. Có 4 phim Việt đạt doanh thu trên 5 tỷ đồng tại Cần Thơ. Theo Đề án phát triển văn hóa giai đoạn 2021-2025, đến năm 2025 thành phố phấn đấu có ít nhất 60 phòng chiếu.

Dịp này, doanh nghiệp trao tặng 500 vé xem phim miễn phí cho học sinh có hoàn cảnh khó khăn của quận Cái Răng và 50 triệu đồng cho Quỹ Vì người nghèo thành phố.

Đường dây nóng phản ánh: 1900 6017.
"""

CR = "Cái Răng"
M7 = P("7 tháng năm 2024", "2024-01-01", "2024-07-31")

FIGS = [
    F("cụm rạp 10 phòng chiếu", "10", 10, "count", "phòng chiếu", "phòng chiếu của cụm rạp mới", location=CR),
    F("hơn 150 tỷ đồng", "150", 150e9, "money", "đồng", "tổng vốn đầu tư cụm rạp", approx="over", location=CR),
    F("gồm 10 phòng chiếu", "10", 10, "count", "phòng chiếu", "phòng chiếu của cụm rạp", location=CR),
    F("với 1.420 ghế", "1.420", 1420, "count", "ghế", "ghế của cụm rạp", location=CR),
    F("có 1 phòng IMAX", "1", 1, "count", "phòng IMAX", "phòng chiếu IMAX", total=10, location=CR),
    F("IMAX 280 ghế", "280", 280, "count", "ghế", "ghế phòng chiếu IMAX", total=1420, location=CR),
    F("2 phòng 4DX", "2", 2, "count", "phòng 4DX", "phòng chiếu 4DX", total=10, location=CR),
    F("mỗi phòng 96 ghế", "96", 96, "count", "ghế", "ghế mỗi phòng chiếu 4DX", location=CR),
    F("khoảng 600.000 lượt", "600.000", 600000, "measure", "lượt khán giả/năm", "lượt khán giả cụm rạp dự kiến phục vụ",
      approx="about", status="forecast", location=CR),
    F("cho 85 lao động", "85", 85, "count", "lao động", "lao động địa phương được tạo việc làm", status="forecast",
      location=CR),
    F("từ 55.000 đồng", "55.000", 55000, "money", "đồng", "giá vé", value_max=250000, location=CR),
    F("có 8 cụm rạp", "8", 8, "count", "cụm rạp", "cụm rạp"),
    F("49 phòng chiếu", "49", 49, "count", "phòng chiếu", "phòng chiếu"),
    F("gần 7.900 ghế", "7.900", 7900, "count", "ghế", "ghế", approx="nearly"),
    F("khoảng 1,32 triệu", "1,32", 1.32e6, "count", "lượt khán giả", "lượt khán giả các rạp trên địa bàn đón", M7,
      approx="about"),
    F("ước đạt 98,6 tỷ đồng", "98,6", 98.6e9, "money", "đồng", "doanh thu các rạp", M7,
      change=CH("increase", 11.7, baseline="cùng kỳ"), status="estimate"),
    F("chiếm 78%", "78", 78, "percent", "%", "tỷ trọng doanh thu của các rạp tại quận Ninh Kiều", M7,
      status="estimate", location="Ninh Kiều"),
    F("Có 4 phim Việt", "4", 4, "count", "phim Việt", "phim Việt đạt doanh thu trên 5 tỷ đồng", I(M7)),
    F("trên 5 tỷ đồng", "5", 5e9, "money", "đồng", "ngưỡng doanh thu phim", approx="over", optional=True),
    F("ít nhất 60 phòng chiếu", "60", 60, "count", "phòng chiếu", "phòng chiếu",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("tặng 500 vé", "500", 500, "count", "vé", "vé xem phim miễn phí trao tặng học sinh có hoàn cảnh khó khăn",
      location=CR),
    F("và 50 triệu đồng", "50", 50e6, "money", "đồng", "tiền trao tặng Quỹ Vì người nghèo thành phố"),
]

COMMENTS = [
    "Probe 717-8: provincial newspaper (Báo Cần Thơ style), byline with time and date 'BẢO TRÂN 14:20, 22/08/2024', tag (CT).",
    "The new cinema's figures are quận Cái Răng (where it stands); city totals and the 7-month box office are Cần Thơ;",
    "'các rạp tại quận Ninh Kiều chiếm 78%' is Ninh Kiều, estimate (continues the 'ước đạt' clause after 'trong đó', as h14).",
    "'trong đó có 1 phòng IMAX 280 ghế và 2 phòng 4DX' are parts of 10 phòng / 1.420 ghế; 'mỗi phòng 96 ghế' is per room (no total).",
    "'600.000 lượt khán giả/năm' is a rate (measure); 'dự kiến' governs it and the continuing clause (85 lao động).",
    "'Giá vé từ 55.000 đồng (...) đến 250.000 đồng (...)' is one range split by brackets. 'trên 5 tỷ đồng' threshold: optional.",
    "Distractors: Vạn Phát (a name with 'vạn'), số 208 đường 3 Tháng 2, 4DX, IMAX, trước 12 giờ, Ngày 21/8, 1900 6017.",
]

if __name__ == "__main__":
    emit("p717-8", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Cần Thơ")
