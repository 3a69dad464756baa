from lib import F, P, I, C, T, build

ROWS = [("Cá vàng", "cá vàng", ["7,2", "7,6", "8,0"]),
        ("Cá chép Koi", "cá chép Koi", ["2,1", "2,5", "3,0"]),
        ("Cá bảy màu", "cá bảy màu", ["6,4", "6,9", "7,5"]),
        ("Cá khác", "cá khác", ["4,3", "4,4", "4,5"]),
        ("Tổng số", "tổng sản lượng cá cảnh", ["20,0", "21,4", "23,0"])]
TABLE = "\n".join(["Sản lượng cá cảnh phân theo đối tượng nuôi", "Đơn vị tính: triệu con",
                   "Đối tượng", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
                  + [x for label, _, cells in ROWS for x in [label] + cells])

TEXT = """
CHI CỤC CHĂN NUÔI, THỦY SẢN VÀ THÚ Y HÀ NỘI
Trang chủ / Tin hoạt động / Thủy sản

Phát triển nghề nuôi cá cảnh gắn với du lịch trải nghiệm

Năm 2023, toàn thành phố có 312 hộ, cơ sở nuôi cá cảnh với diện tích 148 ha, tập trung tại quận Hoàng Mai, các huyện Thanh Trì, Gia Lâm và Đông Anh. Tổng sản lượng cá cảnh đạt 21,4 triệu con, giá trị sản xuất ước đạt 185 tỷ đồng, tăng 6,3% so với năm 2022.

TABLE

Giá bán cá vàng Ranchu loại đẹp từ 200.000 đến 350.000 đồng/con; cá Koi F1 cỡ 20-25 cm giá 1,2-1,5 triệu đồng/con. Cá cảnh Hà Nội chủ yếu tiêu thụ nội địa, khoảng 15% sản lượng được xuất khẩu qua các doanh nghiệp tại TP Hồ Chí Minh và Hải Phòng.

Làng cá cảnh Yên Sở (quận Hoàng Mai) hiện có 65 hộ nuôi, đón khoảng 12.000 lượt khách tham quan mỗi năm. Năm 2024, Chi cục phấn đấu hỗ trợ 3 mô hình nuôi cá cảnh kết hợp du lịch, mỗi mô hình 150 triệu đồng, theo Quyết định số 2148/QĐ-UBND ngày 20/4/2023 của UBND thành phố.

CHI CỤC CHĂN NUÔI, THỦY SẢN VÀ THÚ Y HÀ NỘI
Địa chỉ: Số 38 Tô Hiệu, phường Nguyễn Trãi, quận Hà Đông, TP Hà Nội
Điện thoại: 024.3382.5114 - Fax: 024.3382.5115
Tổng lượt truy cập: 1.204.377 | Đang trực tuyến: 35
""".replace("TABLE", TABLE)

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def table():
    out = []
    for label, subj, (a, b, c) in ROWS:
        val = lambda s: round(float(s.replace(",", ".")) * 1_000_000)
        out.append(F(f"{label}\n{a}\n", a, val(a), "count", "con", f"{subj} năm 2022", Y22))
        out.append(F(f"{a}\n{b}\n", b, val(b), "count", "con", f"{subj} năm 2023", Y23))
        out.append(F(f"{b}\n{c}\n", c, val(c), "count", "con", f"{subj} kế hoạch 2024", KH, status="target"))
    return out


FIGS = [
    F("có 312 hộ", "312", 312, "count", "hộ, cơ sở", "hộ, cơ sở nuôi cá cảnh", Y23),
    F("diện tích 148 ha", "148", 148, "measure", "ha", "diện tích nuôi cá cảnh", Y23),
    F("đạt 21,4 triệu con", "21,4", 21_400_000, "count", "con", "tổng sản lượng cá cảnh", I(Y23)),
    F("ước đạt 185 tỷ đồng", "185", 185_000_000_000, "money", "đồng", "giá trị sản xuất cá cảnh", I(Y23),
      change=C("increase", 6.3, "%", "năm 2022"), status="estimate"),
] + table() + [
    F("từ 200.000 đến 350.000 đồng/con", "200.000", 200_000, "money", "đồng/con", "giá bán cá vàng Ranchu loại đẹp",
      value_max=350_000),
    F("cỡ 20-25 cm", "20", 20, "measure", "cm", "cỡ cá Koi F1", value_max=25, optional=True),
    F("giá 1,2-1,5 triệu đồng/con", "1,2", 1_200_000, "money", "đồng/con", "giá cá Koi F1 cỡ 20-25 cm",
      value_max=1_500_000),
    F("khoảng 15% sản lượng", "15", 15, "percent", "%", "sản lượng cá cảnh được xuất khẩu", approx="about"),
    F("có 65 hộ", "65", 65, "count", "hộ", "hộ nuôi cá cảnh làng Yên Sở", location="Hoàng Mai"),
    F("khoảng 12.000 lượt khách", "12.000", 12_000, "count", "lượt khách/năm", "lượt khách tham quan mỗi năm",
      approx="about", location="Hoàng Mai"),
    F("hỗ trợ 3 mô hình", "3", 3, "count", "mô hình", "mô hình nuôi cá cảnh kết hợp du lịch được hỗ trợ", Y24,
      status="target"),
    F("mỗi mô hình 150 triệu đồng", "150", 150_000_000, "money", "đồng/mô hình", "mức hỗ trợ mỗi mô hình", Y24,
      status="target"),
]

NOTES = [
    "Chi cục Chăn nuôi, Thủy sản và Thú y Hà Nội site (invented), NO dateline: cá cảnh 2023 and a one-cell-per-line table",
    "(Đơn vị tính: triệu con; Năm 2022 / Năm 2023 / Kế hoạch 2024 by species; Tổng số row). Cells ×10^6 con, period from the",
    "column header (scored), plan column status target, subject = row label + column label. No totals on cells.",
    "Distractors: footer address 'Số 38 Tô Hiệu', phones '024.3382.5114', fax, 'Tổng lượt truy cập: 1.204.377', 'Đang trực tuyến: 35',",
    "'cá Koi F1' (a generation), 'Quyết định số 2148/QĐ-UBND ngày 20/4/2023', exporters' cities (not places of figures), 'quận Hà Đông' (address only, not a place of figures).",
    "'cỡ 20-25 cm' is the size class in a price item: optional. 'mỗi mô hình 150 triệu đồng' -> unit đồng/mô hình, target.",
    "21,4 triệu and 185 tỷ take 'Năm 2023' from the previous sentence (inherited).",
]

build("p1011-7", TEXT, NOTES, FIGS, published=None, location="Hà Nội")
