"""p1222-4: Bộ Xây dựng site, national construction-stone supply and demand 2023, forecast 2024, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Vật liệu xây dựng

Nhu cầu đá xây dựng năm 2024 dự báo tăng trở lại

Ngày đăng: 15/03/2024 | Người đăng: Vụ Vật liệu xây dựng | Lượt xem: 1.873

Theo Vụ Vật liệu xây dựng, tính đến hết năm 2023 cả nước có khoảng 1.480 mỏ đá xây dựng được cấp phép khai thác, tổng công suất thiết kế khoảng 290 triệu m3/năm. Năm 2023, lượng đá xây dựng tiêu thụ ước đạt 215 triệu m3, giảm 12% so với năm 2022 do thị trường bất động sản trầm lắng và nhiều dự án chậm triển khai.

Các địa phương có sản lượng đá xây dựng lớn nhất là Đồng Nai, Bình Dương và Hà Nam với lần lượt 28,5 triệu m3, 24,1 triệu m3 và 19,8 triệu m3. Riêng đá vôi làm nguyên liệu xi măng, sản lượng khai thác năm 2023 khoảng 118 triệu tấn, phục vụ 89 dây chuyền sản xuất xi măng. Việt Nam hiện đứng thứ 3 thế giới về công suất xi măng, sau Trung Quốc và Ấn Độ.

Dự báo năm 2024, nhu cầu đá xây dựng từ 230 đến 250 triệu m3. Riêng các dự án đường bộ cao tốc dự kiến cần khoảng 45 triệu m3. Giá đá xây dựng bình quân tại mỏ quý I/2024 khoảng 210.000 đồng/m3, cao hơn 7% so với cùng kỳ.

Theo Chiến lược phát triển vật liệu xây dựng Việt Nam thời kỳ 2021-2030 ban hành kèm Quyết định số 1266/QĐ-TTg, đến năm 2030 tỷ lệ cát nghiền thay thế cát tự nhiên trong bê tông đạt 50%; 100% mỏ đá sử dụng công nghệ nổ mìn vi sai và hệ thống dập bụi.

BỘ XÂY DỰNG
Địa chỉ: 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội | Điện thoại: 024.3976.0271
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
F24 = P("Dự báo năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
T30 = P("đến năm 2030", None, "2030-12-31")
OUT = "sản lượng đá xây dựng"

FIGS = [
    F("khoảng 1.480 mỏ", "1.480", 1480, "count", "mỏ", approx="about",
      subject="mỏ đá xây dựng được cấp phép khai thác", period=ASOF),
    F("khoảng 290 triệu", "290", 290000000, "measure", "m3/năm", approx="about",
      subject="tổng công suất thiết kế mỏ đá xây dựng", period=ASOF),
    F("ước đạt 215 triệu", "215", 215000000, "measure", "m3", status="estimate",
      change=C("decrease", 12, "%", "năm 2022"),
      subject="lượng đá xây dựng tiêu thụ", period=Y23),
    F("lần lượt 28,5 triệu", "28,5", 28500000, "measure", "m3", subject=OUT, location="Đồng Nai"),
    F("24,1 triệu m3", "24,1", 24100000, "measure", "m3", subject=OUT, location="Bình Dương"),
    F("19,8 triệu m3", "19,8", 19800000, "measure", "m3", subject=OUT, location="Hà Nam"),
    F("khoảng 118 triệu", "118", 118000000, "measure", "tấn", approx="about",
      subject="sản lượng khai thác đá vôi làm nguyên liệu xi măng", period=Y23b),
    F("phục vụ 89 dây chuyền", "89", 89, "count", "dây chuyền",
      subject="dây chuyền sản xuất xi măng", period=Y23b),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="công suất xi măng thế giới"),
    F("từ 230 đến", "230", 230000000, "measure", "m3", value_max=250000000, status="forecast",
      subject="nhu cầu đá xây dựng", period=F24),
    F("khoảng 45 triệu", "45", 45000000, "measure", "m3", approx="about", status="forecast",
      subject="nhu cầu đá xây dựng của các dự án đường bộ cao tốc", period=I(F24)),
    F("khoảng 210.000", "210.000", 210000, "money", "đồng/m3", approx="about",
      change=C("increase", 7, "%", "cùng kỳ"),
      subject="giá đá xây dựng bình quân tại mỏ", period=Q1),
    F("đạt 50%", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ cát nghiền thay thế cát tự nhiên trong bê tông", period=T30),
    F("100% mỏ đá", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ mỏ đá sử dụng công nghệ nổ mìn vi sai và hệ thống dập bụi", period=T30),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): 'Ngày đăng: 15/03/2024 | Người đăng: … | Lượt xem: 1.873', address footer. National: location Việt Nam.",
    "Distractors: counter 1.873, 'thời kỳ 2021-2030', Quyết định số 1266/QĐ-TTg, address '37 Lê Đại Hành', phone 024.3976.0271, 'm3' exponent.",
    "'lần lượt' list: each item takes its province as location, subject = the list's indicator; the list has no stated period (none in gold).",
    "'Riêng … dự kiến cần khoảng 45 triệu m3' (own sentence, 'Riêng' is no part cue): no total; forecast by 'dự kiến', period inherited.",
    "'Việt Nam hiện đứng thứ 3 thế giới' -> rank 3 (hạng). 'đến năm 2030' governs both target clauses after ';'.",
]

if __name__ == "__main__":
    write("p1222-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
