from lib import F, P, ch, build

A = """Bế mạc Đại hội Thể dục thể thao huyện Yên Thành lần thứ IX năm 2025
Thứ Sáu, 16/05/2025 - 09:20

Tối 15/5, tại Sân vận động trung tâm huyện, UBND huyện Yên Thành tổ chức lễ bế mạc Đại hội Thể dục thể thao huyện lần thứ IX năm 2025. Sau gần 2 tháng tranh tài, đại hội đã thu hút 1.860 vận động viên của 38 xã, thị trấn và 6 đơn vị lực lượng vũ trang, trường học tham gia, trong đó có 614 vận động viên nữ, chiếm 33%.

Các vận động viên tranh tài ở 14 môn thi đấu với 286 bộ huy chương. Ban Tổ chức đã trao 286 huy chương Vàng, 284 huy chương Bạc và 371 huy chương Đồng; có 5 kỷ lục đại hội ở môn điền kinh và bơi được phá. Kết quả toàn đoàn, giải Nhất thuộc về xã Tăng Thành, giải Nhì thuộc về thị trấn Yên Thành, giải Ba thuộc về xã Hoa Thành.

Giai đoạn 2021-2025, phong trào thể dục thể thao quần chúng của huyện phát triển mạnh. Đến nay, tỷ lệ người dân tập luyện thể dục thể thao thường xuyên đạt 38,5%, tăng 7,3 điểm phần trăm so với năm 2020; toàn huyện có 27.450 gia đình thể thao, chiếm 31,6% tổng số hộ. Hiện toàn huyện có 156 sân bóng chuyền, 48 sân bóng đá mini cỏ nhân tạo, 35 sân pickleball và 4 bể bơi. Tổng kinh phí xã hội hóa đầu tư sân bãi giai đoạn 2021-2025 ước khoảng 62 tỷ đồng.

Phát biểu bế mạc, đồng chí Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn tiếp tục duy trì các câu lạc bộ sau đại hội, phấn đấu đến năm 2030 tỷ lệ người tập luyện thường xuyên đạt trên 45%, 100% xã, thị trấn có sân thể thao đạt chuẩn. Dự kiến, huyện sẽ cử khoảng 120 vận động viên tham dự Đại hội Thể dục thể thao tỉnh Nghệ An lần thứ X năm 2026.

Hoàng Lam (Trung tâm VH-TT&TT huyện Yên Thành)
Đường dây nóng: 0238.3863.215
"""

Yi = P("năm 2025", "2025-01-01", "2025-12-31", inh=True)
DN = P("Đến nay", None, "2025-05-16")
DNi = P("Đến nay", None, "2025-05-16", inh=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("gần 2 tháng", "2", 2, "measure", "tháng", "thời gian tranh tài", approx="nearly", optional=True),
    F("thu hút 1.860 vận động viên", "1.860", 1860, "count", "vận động viên", "vận động viên tham gia đại hội", Yi),
    F("của 38 xã", "38", 38, "count", "xã, thị trấn", "xã, thị trấn tham gia đại hội", Yi),
    F("và 6 đơn vị", "6", 6, "count", "đơn vị", "đơn vị lực lượng vũ trang, trường học tham gia", Yi),
    F("có 614 vận động viên nữ", "614", 614, "count", "vận động viên nữ", "vận động viên nữ", Yi, total=1860, percent=33),
    F("ở 14 môn", "14", 14, "count", "môn thi đấu", "môn thi đấu", Yi),
    F("286 bộ huy chương", "286", 286, "count", "bộ huy chương", "bộ huy chương", Yi),
    F("trao 286 huy chương Vàng", "286", 286, "count", "huy chương Vàng", "huy chương Vàng được trao", Yi),
    F("284 huy chương Bạc", "284", 284, "count", "huy chương Bạc", "huy chương Bạc được trao", Yi),
    F("371 huy chương Đồng", "371", 371, "count", "huy chương Đồng", "huy chương Đồng được trao", Yi),
    F("có 5 kỷ lục", "5", 5, "count", "kỷ lục", "kỷ lục đại hội được phá", Yi),
    F("đạt 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ người dân tập luyện thể dục thể thao thường xuyên", DN,
      change=ch("increase", 7.3, "điểm phần trăm", "năm 2020")),
    F("có 27.450 gia đình", "27.450", 27450, "count", "gia đình thể thao", "gia đình thể thao", DN, percent=31.6),
    F("có 156 sân", "156", 156, "count", "sân bóng chuyền", "sân bóng chuyền", DNi),
    F("48 sân bóng đá", "48", 48, "count", "sân bóng đá mini", "sân bóng đá mini cỏ nhân tạo", DNi),
    F("35 sân pickleball", "35", 35, "count", "sân pickleball", "sân pickleball", DNi),
    F("và 4 bể bơi", "4", 4, "count", "bể bơi", "bể bơi", DNi),
    F("khoảng 62 tỷ đồng", "62", 62000000000, "money", "đồng", "tổng kinh phí xã hội hóa đầu tư sân bãi", GD,
      approx="about", status="estimate"),
    F("trên 45%", "45", 45, "percent", "%", "tỷ lệ người tập luyện thường xuyên", T30, approx="over", status="target"),
    F("100% xã", "100", 100, "percent", "%", "xã, thị trấn có sân thể thao đạt chuẩn", T30, status="target"),
    F("khoảng 120 vận động viên", "120", 120, "count", "vận động viên", "vận động viên tham dự Đại hội Thể dục thể thao tỉnh",
      P("năm 2026", "2026-01-01", "2026-12-31"), approx="about", status="forecast"),
]

build(2, A, [
    "Cổng TTĐT huyện Yên Thành (Nghệ An), district portal: bế mạc Đại hội TDTT huyện lần thứ IX năm 2025. Dateline 'Thứ Sáu, 16/05/2025 - 09:20'; byline at the end.",
    "Distractors: 'lần thứ IX', 'lần thứ X' (edition names), 'Tối 15/5', 'giải Nhất/Nhì/Ba' (prize names, no figures; commune names), hotline 0238.3863.215, 'cấp' words.",
    "'Sau gần 2 tháng' is a duration (optional). Figures of the games take 'năm 2025' from the title-like event name in the first sentence (inherited).",
    "614 nữ follows 'trong đó' after 1.860 (total) and carries 'chiếm 33%' (percent). 27.450 gia đình 'chiếm 31,6% tổng số hộ' = percent.",
    "'Đến nay' ends at the dateline (2025-05-16); the facility counts in the next sentence ('Hiện') inherit it. 'ước khoảng 62 tỷ' = about + estimate.",
    "'Dự kiến, huyện sẽ cử khoảng 120' = forecast, about; period 'năm 2026' (the year of the provincial games the athletes go to).",
], figs, published="2025-05-16", location="Yên Thành")
