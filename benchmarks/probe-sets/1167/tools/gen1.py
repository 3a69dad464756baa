"""p1167-1: Thừa Thiên Huế province portal: áo dài visitors at the relics, tailoring shops, festival plans."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Thừa Thiên Huế: Gần 60.000 lượt khách mặc áo dài được miễn vé tham quan di tích

Cập nhật: 11/03/2024 08:30 | Lượt xem: 2.415

(TTĐT) - Năm 2023, Trung tâm Bảo tồn Di tích Cố đô Huế đã miễn vé tham quan cho 58.640 lượt khách mặc áo dài, tăng 21,3% so với năm 2022. Trong đó, khách quốc tế 9.870 lượt, khách trong nước 48.770 lượt. Chính sách được áp dụng từ năm 2021 theo Đề án "Huế - Kinh đô áo dài Việt Nam" ban hành kèm Quyết định số 2163/QĐ-UBND của UBND tỉnh.

Theo Sở Công Thương, tính đến ngày 29/02/2024 toàn tỉnh có 412 cơ sở may đo áo dài, thu hút khoảng 1.900 lao động; trong đó thành phố Huế có 286 cơ sở (chiếm 69,4%). Riêng khu vực chợ Đông Ba và đường Phan Đình Phùng có hơn 40 tiệm may lâu năm, nhiều tiệm đã truyền qua ba thế hệ.

Hai tháng đầu năm 2024, các cơ sở may đo tiêu thụ ước khoảng 23.500 bộ áo dài, doanh thu ước đạt 28 tỷ đồng, bằng 118% cùng kỳ. Giá may một bộ áo dài truyền thống phổ biến từ 450.000 đến 1,2 triệu đồng/bộ; áo dài thêu tay, vẽ tay có giá trên 3 triệu đồng/bộ.

Năm 2024, tỉnh phấn đấu đón 75.000 lượt khách mặc áo dài tham quan di tích; dự kiến tổ chức 12 chương trình trình diễn áo dài trong khuôn khổ Festival Huế 2024, trong đó 4 chương trình dành cho học sinh, sinh viên.

Thông tin liên hệ: Trung tâm Thông tin xúc tiến du lịch, số 106 Nguyễn Huệ, TP Huế; điện thoại 0234.3828.288.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("tính đến ngày 29/02/2024", None, "2024-02-29")
M2 = per("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
VIS = "lượt khách mặc áo dài được miễn vé tham quan di tích"

FIGS = [
    fig("Gần 60.000 lượt khách", "60.000", 60000, "count", "lượt khách", approx="nearly", subject=VIS),
    fig("cho 58.640 lượt khách", "58.640", 58640, "count", "lượt khách",
        change=chg("increase", 21.3, "%", "năm 2022"), subject=VIS, period=Y23),
    fig("khách quốc tế 9.870 lượt", "9.870", 9870, "count", "lượt", total=58640,
        subject="lượt khách quốc tế mặc áo dài được miễn vé", period=inh(Y23)),
    fig("khách trong nước 48.770 lượt", "48.770", 48770, "count", "lượt", total=58640,
        subject="lượt khách trong nước mặc áo dài được miễn vé", period=inh(Y23)),
    fig("có 412 cơ sở", "412", 412, "count", "cơ sở may đo áo dài", subject="cơ sở may đo áo dài", period=ASOF),
    fig("khoảng 1.900 lao động", "1.900", 1900, "count", "lao động", approx="about",
        subject="lao động tại các cơ sở may đo áo dài", period=ASOF),
    fig("có 286 cơ sở", "286", 286, "count", "cơ sở", total=412, percent=69.4,
        subject="cơ sở may đo áo dài", period=ASOF, location="Huế"),
    fig("hơn 40 tiệm may", "40", 40, "count", "tiệm may", approx="over",
        subject="tiệm may lâu năm khu vực chợ Đông Ba và đường Phan Đình Phùng", period=inh(ASOF), location="Huế"),
    fig("qua ba thế hệ", "ba", 3, "count", "thế hệ", optional=True, location="Huế"),
    fig("ước khoảng 23.500 bộ", "23.500", 23500, "count", "bộ áo dài", approx="about", status="estimate",
        subject="bộ áo dài các cơ sở may đo tiêu thụ", period=M2),
    fig("ước đạt 28 tỷ", "28", 28e9, "money", "đồng", percent=118, status="estimate",
        subject="doanh thu các cơ sở may đo áo dài", period=M2),
    fig("từ 450.000 đến 1,2 triệu", "450.000", 450000, "money", "đồng/bộ", value_max=1.2e6,
        subject="giá may một bộ áo dài truyền thống"),
    fig("trên 3 triệu", "3", 3e6, "money", "đồng/bộ", approx="over", subject="giá áo dài thêu tay, vẽ tay"),
    fig("đón 75.000 lượt", "75.000", 75000, "count", "lượt khách", status="target",
        subject="lượt khách mặc áo dài tham quan di tích", period=Y24),
    fig("tổ chức 12 chương trình", "12", 12, "count", "chương trình", status="forecast",
        subject="chương trình trình diễn áo dài trong khuôn khổ Festival Huế", period=Y24),
    fig("trong đó 4 chương trình", "4", 4, "count", "chương trình", total=12, status="forecast",
        subject="chương trình trình diễn áo dài dành cho học sinh, sinh viên", period=Y24),
]

NOTES = [
    "Province portal (Thừa Thiên Huế): áo dài visitors admitted free to the relics, tailoring shops, 2 months 2024, 2024 plans.",
    "Breadcrumb, 'Cập nhật: 11/03/2024 08:30 | Lượt xem: 2.415' (published; the counter and the time are furniture).",
    "Distractors: Quyết định số 2163/QĐ-UBND, 'từ năm 2021' (a start date, not a figure), 'Festival Huế 2024' (a name),",
    "'số 106 Nguyễn Huệ', phone 0234.3828.288, 'Hai tháng đầu năm 2024' (period: the number word is not a figure).",
    "'bằng 118% cùng kỳ' is the share of 28 tỷ (percent attribute); '(chiếm 69,4%)' the share of 286 (total 412).",
    "Thành phố Huế / chợ Đông Ba figures: location 'Huế' (the city), the rest Thừa Thiên Huế. 'ba thế hệ' optional.",
    "Prices are standing facts (no period); 'hơn 40 tiệm' takes the as-of date of the previous sentence (inherited).",
]

if __name__ == "__main__":
    emit("p1167-1", TEXT, NOTES, FIGS, published="2024-03-11", location="Thừa Thiên Huế")
