"""p1110-6: national newspaper (VnExpress style), Phú Quốc MPA rescues in 2024, national context."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Môi trường
Thứ tư, 12/3/2025, 10:40 (GMT+7)

Phú Quốc giải cứu 52 cá thể động vật biển quý hiếm

Số rùa biển, cá heo, bò biển mắc lưới được ngư dân Phú Quốc bàn giao cho lực lượng bảo tồn trong năm 2024 gấp 1,6 lần năm trước.

Theo Ban quản lý Khu bảo tồn biển Phú Quốc (Kiên Giang), năm 2024 đơn vị đã tiếp nhận, cứu hộ 52 cá thể động vật biển, gồm 41 rùa biển, 7 cá heo và 4 bò biển. Sau khi được chăm sóc, 46 cá thể đã được thả về biển an toàn. Riêng quý IV/2024, số cá thể được bàn giao là 19, chiếm 36,5% cả năm, do gió chướng khiến nhiều con dạt vào bờ.

Đáng chú ý, quần thể bò biển tại vùng biển Phú Quốc hiện ước tính chỉ còn khoảng 10-15 cá thể. Thảm cỏ biển, nguồn thức ăn chính của loài này, hiện còn khoảng 11.000 ha, giảm gần 30% so với năm 2014. Trong năm 2024, lực lượng chức năng cũng ghi nhận 9 cá thể rùa biển và 2 cá thể bò biển chết do mắc lưới, va chạm chân vịt tàu.

Khu bảo tồn biển Phú Quốc rộng 26.863 ha, được chia thành 3 phân khu, nhưng Ban quản lý chỉ có 28 cán bộ và 2 tàu tuần tra. Kinh phí hoạt động hằng năm chưa đến 3 tỷ đồng. Năm 2024, đơn vị thực hiện 168 chuyến tuần tra, tăng 24 chuyến so với năm 2023, xử lý 31 vụ khai thác thủy sản trái phép.

Theo Cục Thủy sản, năm 2024 cả nước cứu hộ 1.318 cá thể động vật biển quý hiếm, trong đó Kiên Giang chiếm khoảng 24%.

Theo kế hoạch, năm 2025 Ban quản lý sẽ lắp đặt thêm 40 phao ranh giới và đề nghị tăng biên chế lên 35 người.

Ngọc Tài
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("giải cứu 52 cá thể", "52", 52, "count", "cá thể", "cá thể động vật biển quý hiếm được giải cứu", I(Y24)),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần",
      "số rùa biển, cá heo, bò biển mắc lưới được ngư dân bàn giao so với năm trước", P("trong năm 2024", "2024-01-01", "2024-12-31")),
    F("cứu hộ 52 cá thể", "52", 52, "count", "cá thể", "cá thể động vật biển được tiếp nhận, cứu hộ", Y24),
    F("gồm 41 rùa biển", "41", 41, "count", "rùa biển", "rùa biển được cứu hộ", Y24, total=52),
    F("7 cá heo", "7", 7, "count", "cá heo", "cá heo được cứu hộ", Y24, total=52),
    F("4 bò biển", "4", 4, "count", "bò biển", "bò biển được cứu hộ", Y24, total=52),
    F("46 cá thể", "46", 46, "count", "cá thể", "cá thể được thả về biển an toàn", I(Y24)),
    F("là 19, chiếm", "19", 19, "count", "cá thể", "số cá thể được bàn giao", P("quý IV/2024", "2024-10-01", "2024-12-31"),
      percent=36.5),
    F("khoảng 10-15 cá thể", "10", 10, "count", "cá thể", "quần thể bò biển tại vùng biển Phú Quốc",
      value_max=15, approx="about", status="estimate"),
    F("khoảng 11.000 ha", "11.000", 11000, "measure", "ha", "diện tích thảm cỏ biển", approx="about",
      change=C("decrease", 30, "%", "năm 2014", approx="nearly")),
    F("ghi nhận 9 cá thể", "9", 9, "count", "cá thể", "cá thể rùa biển chết do mắc lưới, va chạm chân vịt tàu",
      P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("và 2 cá thể bò biển", "2", 2, "count", "cá thể", "cá thể bò biển chết do mắc lưới, va chạm chân vịt tàu",
      P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("rộng 26.863 ha", "26.863", 26863, "measure", "ha", "diện tích Khu bảo tồn biển Phú Quốc"),
    F("thành 3 phân khu", "3", 3, "count", "phân khu", "phân khu của Khu bảo tồn"),
    F("có 28 cán bộ", "28", 28, "count", "cán bộ", "cán bộ Ban quản lý"),
    F("và 2 tàu tuần tra", "2", 2, "count", "tàu tuần tra", "tàu tuần tra của Ban quản lý"),
    F("chưa đến 3 tỷ đồng", "3", 3e9, "money", "đồng", "kinh phí hoạt động hằng năm", approx="under"),
    F("thực hiện 168 chuyến", "168", 168, "count", "chuyến tuần tra", "chuyến tuần tra", Y24,
      change=C("increase", 24, "chuyến", "năm 2023")),
    F("xử lý 31 vụ", "31", 31, "count", "vụ", "vụ khai thác thủy sản trái phép bị xử lý", Y24),
    F("cứu hộ 1.318 cá thể", "1.318", 1318, "count", "cá thể", "cá thể động vật biển quý hiếm được cứu hộ", Y24,
      location="Việt Nam"),
    F("chiếm khoảng 24%", "24", 24, "percent", "%", "tỷ trọng của Kiên Giang trong số cá thể được cứu hộ cả nước", Y24,
      approx="about", location="Kiên Giang"),
    F("thêm 40 phao", "40", 40, "count", "phao ranh giới", "phao ranh giới lắp đặt thêm", Y25, status="target"),
    F("lên 35 người", "35", 35, "count", "người", "biên chế Ban quản lý", Y25, status="target"),
]

NOTES = [
    "National newspaper style (Thứ tư, 12/3/2025, 10:40 (GMT+7), byline at the end): Phú Quốc MPA (Kiên Giang) rescues in 2024.",
    "Figures of the MPA describe TP Phú Quốc; the national total is Việt Nam; Kiên Giang's share of it is Kiên Giang.",
    "Distractors: dateline and time, 'quý IV/2024' (period), 'năm 2014' (baseline), 'năm trước'.",
    "Sapo 'gấp 1,6 lần năm trước' stands alone as the claim (no base amount in its sentence): kind multiple.",
    "'gồm 41 rùa biển, 7 cá heo và 4 bò biển' adds up to 52: parts with total 52; '46 cá thể' has no part-of cue: no total.",
    "'số cá thể được bàn giao là 19, chiếm 36,5% cả năm' → percent 36.5 of 19. 'hiện ước tính ... khoảng 10-15 cá thể' → estimate, range, about.",
    "Sentences with 'hiện' and standing facts (area, staff, boats, annual budget) get no period.",
    "'Theo kế hoạch, năm 2025 ... sẽ lắp đặt thêm 40 phao ... và đề nghị tăng biên chế lên 35 người' → target for both.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-03-12", location="Phú Quốc")
