"""p974-7: department site (Sở NN&PTNT Lào Cai), no dateline; one-cell-per-line table; footer with address, phone, counter."""
from lib import F, P, I, CH, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÀO CAI
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật

Phát triển cây dược liệu theo chuỗi liên kết tại các huyện nghèo

Năm 2023, sản lượng dược liệu các loại của tỉnh đạt 6.850 tấn, giá trị ước khoảng 296 tỷ đồng. Tại 3 huyện nghèo Si Ma Cai, Mường Khương, Bắc Hà, diện tích dược liệu chủ lực đạt 412 ha, chiếm 46,1% diện tích toàn tỉnh.

Các mô hình liên kết trồng cà gai leo, đinh lăng với Công ty CP Dược liệu Sa Pa 2 đã thu hút 730 hộ tham gia, trong đó 58% là hộ nghèo. Giá thu mua cà gai leo khô 38.000 đồng/kg, lá đinh lăng khô 15.000-18.000 đồng/kg. Riêng huyện Si Ma Cai, thu nhập từ dược liệu bình quân đạt 62 triệu đồng/ha, cao hơn trồng ngô khoảng 25 triệu đồng/ha.

Diện tích một số cây dược liệu chủ lực toàn tỉnh
Đơn vị tính: ha
Loại cây
Năm 2022
Năm 2023
Kế hoạch 2024
Đinh lăng
215
268
320
Cà gai leo
84
102
130
Atiso
310
345
380
Tam thất
160
178
200
Tổng số
769
893
1.030

Năm 2024, tỉnh đặt kế hoạch trồng mới 137 ha, tập trung tại Bắc Hà và Si Ma Cai. Theo Nghị quyết số 10/2021/NQ-HĐND, hộ nghèo được hỗ trợ 70% giá giống.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÀO CAI
Địa chỉ: Tầng 5, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai
Điện thoại: 0214.3840.329 - Fax: 0214.3840.118
Tổng lượt truy cập: 1.864.207 | Đang online: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLP = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Đinh lăng", "diện tích đinh lăng", ["215", "268", "320"]),
        ("Cà gai leo", "diện tích cà gai leo", ["84", "102", "130"]),
        ("Atiso", "diện tích atiso", ["310", "345", "380"]),
        ("Tam thất", "diện tích tam thất", ["160", "178", "200"]),
        ("Tổng số", "tổng số diện tích cây dược liệu chủ lực", ["769", "893", "1.030"])]

TABLE = []
for label, subj, cells in ROWS:
    prev = label
    for (per, st), cell in zip(COLP, cells):
        extra = {"status": st} if st != "actual" else {}
        # subject = row label + column label (FIGURES.md, Tables; cf. shared gold h23/h24) -- gold change after the first run
        TABLE.append(F(f"{prev}\n{cell}", cell, float(cell.replace(".", "")), "measure", "ha",
                       f"{subj} {per['text'][0].lower()}{per['text'][1:]}", per, **extra))
        prev = cell

FIGS = [
    F("đạt 6.850 tấn", "6.850", 6850, "measure", "tấn", "sản lượng dược liệu các loại", Y23),
    F("khoảng 296 tỷ đồng", "296", 296000000000, "money", "đồng", "giá trị sản lượng dược liệu", Y23,
      approx="about", status="estimate"),
    F("Tại 3 huyện nghèo", "3", 3, "count", "huyện nghèo", "huyện nghèo", optional=True),
    F("đạt 412 ha", "412", 412, "measure", "ha", "diện tích dược liệu chủ lực tại 3 huyện nghèo", I(Y23),
      percent=46.1),
    F("thu hút 730 hộ", "730", 730, "count", "hộ", "hộ tham gia mô hình liên kết trồng cà gai leo, đinh lăng"),
    F("trong đó 58%", "58", 58, "percent", "%", "hộ nghèo trong số hộ tham gia mô hình liên kết"),
    F("khô 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá thu mua cà gai leo khô"),
    F("khô 15.000-18.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá thu mua lá đinh lăng khô",
      value_max=18000),
    F("đạt 62 triệu đồng/ha", "62", 62000000, "money", "đồng/ha", "thu nhập từ dược liệu bình quân",
      location="Si Ma Cai", change=CH("increase", 25000000, "đồng/ha", "trồng ngô", approx="about")),
    *TABLE,
    F("trồng mới 137 ha", "137", 137, "measure", "ha", "diện tích dược liệu trồng mới",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("hỗ trợ 70% giá giống", "70", 70, "percent", "%", "mức hỗ trợ giá giống cho hộ nghèo"),
]

NOTES = [
    "Sở NN&PTNT Lào Cai site, no dateline (published null); footer address, phone, fax, visit counter and 'Đang online' are page furniture.",
    "One-cell-per-line table (Đơn vị tính: ha): subject = row label (species), period = column header (scored, as the spec reads table headers),",
    "'Kế hoạch 2024' column -> status target. Tổng số row is a figure of its own; cells carry no total.",
    "The 3 poor districts together are Lào Cai; only the Si Ma Cai sentence is Si Ma Cai. '3 huyện nghèo' names the scope (optional).",
    "'trong đó 58% là hộ nghèo' is a percent figure of its own. 'Theo Nghị quyết ..., hộ nghèo được hỗ trợ 70%' is a separate sentence: actual.",
    "Gold change after the first run: table subjects now carry the column label too ('diện tích đinh lăng năm 2022', '... kế hoạch 2024').",
    "Distractors: 'Sa Pa 2', Nghị quyết số 10/2021/NQ-HĐND, Tầng 5, Khối 5, phones, 'Tổng lượt truy cập: 1.864.207', 'Đang online: 37'.",
]

write(7, TEXT, FIGS, published=None, location="Lào Cai", notes=NOTES)
