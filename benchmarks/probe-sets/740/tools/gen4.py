from lib import *

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ | Tin tức - Sự kiện | Thể dục thể thao

Bế mạc Giải Vô địch Đua thuyền truyền thống quốc gia năm 2024: đoàn Hà Nội giành 7 Huy chương Vàng

Ngày đăng: 24/06/2024 | Lượt xem: 1.318

Chiều 23/6, tại sông Lam, TP. Vinh, Giải Vô địch Đua thuyền truyền thống quốc gia năm 2024 do Cục Thể dục thể thao phối hợp với UBND tỉnh Nghệ An tổ chức đã bế mạc sau 5 ngày tranh tài. Giải quy tụ 21 đoàn với gần 700 vận động viên, tăng 3 đoàn so với giải năm 2023. Các vận động viên tranh tài ở 24 nội dung, gồm 12 nội dung nam, 8 nội dung nữ và 4 nội dung nam nữ phối hợp, ở các cự ly 200 m, 500 m và 1.000 m.

Kết quả, đoàn Hà Nội xếp thứ nhất toàn đoàn với 7 HCV, 4 HCB và 3 HCĐ; các đoàn Quảng Bình và Hà Tĩnh lần lượt xếp thứ 2 và thứ 3. Ban Tổ chức đã trao tổng cộng 72 huy chương, gồm 24 HCV, 24 HCB và 24 HCĐ.

Theo Cục Thể dục thể thao, hiện cả nước có khoảng 40 lễ hội đua thuyền truyền thống được tổ chức định kỳ, tập trung ở 26 tỉnh, thành phố. 6 tháng đầu năm 2024, các địa phương đã tổ chức 18 giải đua thuyền cấp tỉnh, thu hút hơn 9.500 vận động viên và khoảng 1,2 triệu lượt khán giả.

Bộ đặt mục tiêu đưa đua thuyền truyền thống vào chương trình thi đấu Đại hội Thể thao toàn quốc lần thứ X năm 2026; phấn đấu đến năm 2030 có ít nhất 35 tỉnh, thành phố tổ chức giải đua thuyền hằng năm.

Cổng thông tin điện tử Bộ Văn hóa, Thể thao và Du lịch – 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

Y24 = Y(2024)
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("giành 7 Huy chương Vàng", "7", 7, "count", "Huy chương Vàng", "Huy chương Vàng đoàn Hà Nội giành",
      Y24, location="Hà Nội"),
    F("sau 5 ngày", "5", 5, "measure", "ngày", "thời gian tranh tài", optional=True),
    F("quy tụ 21 đoàn", "21", 21, "count", "đoàn", "đoàn tham gia giải", I(Y24),
      change=CH("increase", 3, "đoàn", "giải năm 2023")),
    F("gần 700 vận động viên", "700", 700, "count", "vận động viên", "vận động viên tham gia giải", I(Y24),
      approx="nearly"),
    F("ở 24 nội dung", "24", 24, "count", "nội dung", "nội dung thi đấu", I(Y24)),
    F("gồm 12 nội dung", "12", 12, "count", "nội dung", "nội dung nam", I(Y24), total=24),
    F("8 nội dung nữ", "8", 8, "count", "nội dung", "nội dung nữ", I(Y24), total=24),
    F("4 nội dung nam nữ", "4", 4, "count", "nội dung", "nội dung nam nữ phối hợp", I(Y24), total=24),
    F("cự ly 200 m", "200", 200, "measure", "m", "cự ly thi đấu"),
    F("200 m, 500 m", "500", 500, "measure", "m", "cự ly thi đấu"),
    F("và 1.000 m", "1.000", 1000, "measure", "m", "cự ly thi đấu"),
    F("xếp thứ nhất toàn đoàn", "nhất", 1, "rank", "hạng", "xếp hạng toàn đoàn", I(Y24), location="Hà Nội"),
    F("với 7 HCV", "7", 7, "count", "HCV", "HCV", I(Y24), location="Hà Nội"),
    F("HCV, 4 HCB", "4", 4, "count", "HCB", "HCB", I(Y24), location="Hà Nội"),
    F("và 3 HCĐ", "3", 3, "count", "HCĐ", "HCĐ", I(Y24), location="Hà Nội"),
    F("xếp thứ 2 và", "2", 2, "rank", "hạng", "xếp hạng toàn đoàn", I(Y24), location="Quảng Bình"),
    F("và thứ 3", "3", 3, "rank", "hạng", "xếp hạng toàn đoàn", I(Y24), location="Hà Tĩnh"),
    F("tổng cộng 72 huy chương", "72", 72, "count", "huy chương", "huy chương Ban Tổ chức đã trao", I(Y24)),
    F("gồm 24 HCV", "24", 24, "count", "HCV", "HCV đã trao", I(Y24), total=72),
    F("HCV, 24 HCB", "24", 24, "count", "HCB", "HCB đã trao", I(Y24), total=72),
    F("và 24 HCĐ", "24", 24, "count", "HCĐ", "HCĐ đã trao", I(Y24), total=72),
    F("khoảng 40 lễ hội", "40", 40, "count", "lễ hội", "lễ hội đua thuyền truyền thống được tổ chức định kỳ",
      approx="about"),
    F("ở 26 tỉnh", "26", 26, "count", "tỉnh, thành phố", "tỉnh, thành phố có lễ hội đua thuyền truyền thống"),
    F("tổ chức 18 giải", "18", 18, "count", "giải", "giải đua thuyền cấp tỉnh các địa phương đã tổ chức", H6),
    F("hơn 9.500 vận động viên", "9.500", 9500, "count", "vận động viên", "vận động viên giải đua thuyền cấp tỉnh", H6,
      approx="over"),
    F("khoảng 1,2 triệu lượt", "1,2", 1.2e6, "count", "lượt khán giả", "lượt khán giả giải đua thuyền cấp tỉnh", H6,
      approx="about"),
    F("ít nhất 35 tỉnh", "35", 35, "count", "tỉnh, thành phố", "tỉnh, thành phố tổ chức giải đua thuyền hằng năm",
      P("đến năm 2030", None, "2030-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL): closing of the national traditional boat racing championship 2024 (held in Nghệ An) + national festival counts.",
    "'Ngày đăng: 24/06/2024 | Lượt xem: 1.318' (counter). '51 Ngô Quyền', 'lần thứ X', 'năm 2026', 'Chiều 23/6' are not figures; '5 ngày' duration optional.",
    "Location: the national championship and the national counts are Việt Nam (host city/province is only the venue); a delegation's medals and rank take its province.",
    "'xếp thứ nhất' = rank 1; 'lần lượt xếp thứ 2 và thứ 3' ranks for Quảng Bình, Hà Tĩnh. 'gồm' parts get the whole (24 nội dung, 72 huy chương).",
    "Distances '200 m, 500 m và 1.000 m' are each a measure (list of one indicator).",
    "revised: body medal subjects '7 HCV, 4 HCB, 3 HCĐ' now 'HCV'/'HCB'/'HCĐ' as the sentence names them (were the expanded names).",
]

if __name__ == "__main__":
    emit("p740-4", TEXT, COMMENTS, FIGS, published="2024-06-24", location="Việt Nam")
