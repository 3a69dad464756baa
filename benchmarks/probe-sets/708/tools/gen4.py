from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Nghệ thuật biểu diễn
Ngày đăng: 21/11/2024 | Lượt xem: 2.046

Cả nước còn 61 đơn vị nghệ thuật biểu diễn công lập

Theo Cục Nghệ thuật biểu diễn, tính đến hết tháng 10/2024, cả nước có 61 đơn vị nghệ thuật biểu diễn công lập, giảm 12 đơn vị so với năm 2019 do sáp nhập, hợp nhất; trong đó 19 đơn vị thuộc Trung ương và 42 đơn vị thuộc địa phương. Các đơn vị nghệ thuật truyền thống (chèo, tuồng, cải lương, dân ca, bài chòi) chiếm 58%.

Năm 2023, các đơn vị công lập thực hiện khoảng 14.500 buổi biểu diễn, phục vụ hơn 7,2 triệu lượt khán giả, bình quân 72 lượt khán giả/1.000 dân; doanh thu đạt 312 tỷ đồng, tăng 18,6% so với năm 2022. Số buổi biểu diễn phục vụ đồng bào vùng sâu, vùng xa, biên giới, hải đảo là 4.860 buổi, chiếm 33,5% tổng số buổi.

Tại Liên hoan Sân khấu cải lương toàn quốc năm 2024, 22 đơn vị nghệ thuật tham gia với 25 vở diễn; Ban Giám khảo trao 14 Huy chương Vàng và 11 Huy chương Bạc. TP. Hồ Chí Minh, Tiền Giang và Vĩnh Long dẫn đầu với lần lượt 4, 3 và 3 Huy chương Vàng.

Theo Quyết định số 1341/QĐ-BVHTTDL, đến năm 2030 phấn đấu 100% đơn vị nghệ thuật truyền thống dàn dựng ít nhất 2 vở diễn mới mỗi năm; tỷ lệ khán giả trẻ tại các buổi diễn nghệ thuật truyền thống đạt từ 30 đến 40%. Bộ dự kiến hỗ trợ khoảng 1.200 tỷ đồng cho giai đoạn 2025-2030.

Cục Nghệ thuật biểu diễn - 32 Nguyễn Thái Học, Ba Đình, Hà Nội
"""

ASOF = P("tính đến hết tháng 10/2024", None, "2024-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
HCV = "Huy chương Vàng Liên hoan Sân khấu cải lương toàn quốc"

FIGS = [
    F("còn 61 đơn vị", "61", 61, "count", "đơn vị", "đơn vị nghệ thuật biểu diễn công lập", I(ASOF)),
    F("có 61 đơn vị", "61", 61, "count", "đơn vị", "đơn vị nghệ thuật biểu diễn công lập", ASOF,
      change=CH("decrease", 12, "đơn vị", "năm 2019")),
    F("trong đó 19 đơn vị", "19", 19, "count", "đơn vị", "đơn vị thuộc Trung ương", ASOF, total=61),
    F("và 42 đơn vị", "42", 42, "count", "đơn vị", "đơn vị thuộc địa phương", ASOF, total=61),
    F("chiếm 58%", "58", 58, "percent", "%", "đơn vị nghệ thuật truyền thống", I(ASOF)),
    F("khoảng 14.500 buổi", "14.500", 14500, "count", "buổi", "buổi biểu diễn của các đơn vị công lập", Y23,
      approx="about"),
    F("hơn 7,2 triệu lượt", "7,2", 7.2e6, "count", "lượt khán giả", "lượt khán giả được phục vụ", Y23, approx="over"),
    F("bình quân 72 lượt", "72", 72, "measure", "lượt khán giả/1.000 dân", "lượt khán giả bình quân", Y23),
    F("đạt 312 tỷ đồng", "312", 312e9, "money", "đồng", "doanh thu của các đơn vị công lập", Y23,
      change=CH("increase", 18.6, "%", "năm 2022")),
    F("là 4.860 buổi", "4.860", 4860, "count", "buổi",
      "buổi biểu diễn phục vụ đồng bào vùng sâu, vùng xa, biên giới, hải đảo", I(Y23), percent=33.5),
    F("năm 2024, 22 đơn vị", "22", 22, "count", "đơn vị",
      "đơn vị nghệ thuật tham gia Liên hoan Sân khấu cải lương toàn quốc", Y24),
    F("với 25 vở diễn", "25", 25, "count", "vở diễn", "vở diễn tham gia Liên hoan Sân khấu cải lương toàn quốc", Y24),
    F("trao 14 Huy chương Vàng", "14", 14, "count", "Huy chương Vàng", HCV, Y24),
    F("11 Huy chương Bạc", "11", 11, "count", "Huy chương Bạc", "Huy chương Bạc Liên hoan Sân khấu cải lương toàn quốc", Y24),
    F("lần lượt 4,", "4", 4, "count", "Huy chương Vàng", HCV, I(Y24), location="TP. Hồ Chí Minh"),
    F(", 3 và", "3", 3, "count", "Huy chương Vàng", HCV, I(Y24), location="Tiền Giang"),
    F("và 3 Huy chương Vàng", "3", 3, "count", "Huy chương Vàng", HCV, I(Y24), location="Vĩnh Long"),
    F("100% đơn vị", "100", 100, "percent", "%",
      "đơn vị nghệ thuật truyền thống dàn dựng ít nhất 2 vở diễn mới mỗi năm", T30, status="target"),
    F("ít nhất 2 vở diễn", "2", 2, "count", "vở diễn", "vở diễn mới mỗi năm", T30, approx="at_least",
      status="target", optional=True),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ khán giả trẻ tại các buổi diễn nghệ thuật truyền thống", T30,
      value_max=40, status="target"),
    F("khoảng 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "kinh phí Bộ hỗ trợ",
      P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Bộ VHTTDL site: đơn vị nghệ thuật biểu diễn công lập (national), buổi diễn, khán giả, doanh thu 2023, Liên hoan cải lương 2024.",
    "Ministry site: 'Ngày đăng: 21/11/2024 | Lượt xem: 2.046' (counter not a figure). National figures: location Việt Nam;",
    "the festival (national) stays Việt Nam; provinces in the 'lần lượt' list go to location, indicator = Huy chương Vàng.",
    "'chiếm 33,5% tổng số buổi' is the share of 4.860 (no numeric whole given, so no total). '1.000 dân' is a rate denominator.",
    "'ít nhất 2 vở diễn mới mỗi năm' is a threshold inside the target's definition: optional.",
    "Distractors: Quyết định số 1341/QĐ-BVHTTDL, address '32 Nguyễn Thái Học', 'tháng 10/2024', 'năm 2019' baseline.",
]

if __name__ == "__main__":
    emit("p708-4", TEXT, COMMENTS, FIGS, published="2024-11-21", location="Việt Nam")
