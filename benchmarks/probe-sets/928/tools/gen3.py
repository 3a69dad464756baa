"""p928-3: UBND tỉnh Thừa Thiên Huế formal report on flood damage to oyster/mussel rafts (Nov 2023), flattened | table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 389/BC-UBND
Thừa Thiên Huế, ngày 24 tháng 11 năm 2023

BÁO CÁO
Thiệt hại nuôi hàu, vẹm trên đầm phá do đợt mưa lũ từ ngày 12 đến ngày 16/11/2023

I. TÌNH HÌNH THIỆT HẠI
1. Diễn biến
Từ ngày 12 đến ngày 16/11/2023, trên địa bàn tỉnh xảy ra mưa to đến rất to, tổng lượng mưa phổ biến từ 600 đến 900 mm, có nơi trên 1.200 mm. Nước ngọt đổ về làm độ mặn tại đầm Lập An và đầm Cầu Hai giảm xuống dưới 5‰, làm hàu, vẹm nuôi chết.

2. Thiệt hại
Theo báo cáo của các địa phương, đợt mưa lũ từ ngày 12 đến ngày 16/11/2023 đã làm thiệt hại 2.860 bè nuôi hàu, vẹm của 614 hộ, diện tích mặt nước bị ảnh hưởng khoảng 186 ha; sản lượng thiệt hại 1.245 tấn, tổng giá trị thiệt hại ước tính 27,4 tỷ đồng. Trong đó, hàu thiệt hại hơn 1.020 tấn, chiếm khoảng 82%; vẹm xanh 225 tấn.

Bảng 1. Thiệt hại nuôi hàu, vẹm theo địa phương
Đơn vị tính: số bè (bè); sản lượng (tấn); giá trị (triệu đồng)
TT | Địa phương | Số bè thiệt hại | Sản lượng thiệt hại | Ước giá trị thiệt hại
1 | Huyện Phú Lộc | 2.140 | 985 | 21.670
2 | Huyện Phú Vang | 515 | 196 | 4.310
3 | Huyện Quảng Điền | 205 | 64 | 1.420
 | Tổng cộng | 2.860 | 1.245 | 27.400

Riêng thị trấn Lăng Cô (huyện Phú Lộc) có 1.380 bè bị thiệt hại, bằng 64,5% số bè thiệt hại của huyện.

3. Công tác khắc phục
Các địa phương đã huy động 1.150 lượt người, 230 phương tiện thu gom, xử lý hơn 400 tấn hàu, vẹm chết ven đầm và dọc Quốc lộ 49B.

II. ĐỀ XUẤT, KIẾN NGHỊ
1. Đề nghị Bộ Nông nghiệp và Phát triển nông thôn hỗ trợ theo Nghị định số 02/2017/NĐ-CP đối với diện tích thiệt hại trên 70%, tổng kinh phí khoảng 4,6 tỷ đồng.
2. Đề nghị hỗ trợ 50 tấn hàu giống để khôi phục sản xuất; dự kiến phục hồi khoảng 60% số bè trước tháng 3/2024.

Nơi nhận: Bộ NN&PTNT; Lưu: VT, NN.
"""

FL = P("từ ngày 12 đến ngày 16/11/2023", "2023-11-12", "2023-11-16")
FLI = I(FL)
TAB_B, TAB_T, TAB_V = "số bè thiệt hại", "sản lượng thiệt hại", "ước giá trị thiệt hại"


def cell(anchor, number, value, kind, unit, subject, place, **kw):
    return F(anchor, number, value, kind, unit, subject, period=FLI, location=place, **kw)


FIGS = [
    F("từ 600 đến 900 mm", "600", 600, "measure", "mm", "tổng lượng mưa phổ biến", value_max=900,
      period=P("Từ ngày 12 đến ngày 16/11/2023", "2023-11-12", "2023-11-16")),
    F("trên 1.200 mm", "1.200", 1200, "measure", "mm", "tổng lượng mưa có nơi", approx="over",
      period=P("Từ ngày 12 đến ngày 16/11/2023", "2023-11-12", "2023-11-16")),
    F("dưới 5‰", "5", 5, "measure", "‰", "độ mặn tại đầm Lập An và đầm Cầu Hai", approx="under", period=FLI),
    F("thiệt hại 2.860 bè", "2.860", 2860, "count", "bè", "bè nuôi hàu, vẹm bị thiệt hại", period=FL),
    F("614 hộ", "614", 614, "count", "hộ", "hộ nuôi hàu, vẹm bị thiệt hại", period=FL),
    F("khoảng 186 ha", "186", 186, "measure", "ha", "diện tích mặt nước bị ảnh hưởng", approx="about", period=FL),
    F("thiệt hại 1.245 tấn", "1.245", 1245, "measure", "tấn", "sản lượng thiệt hại", period=FL),
    F("ước tính 27,4 tỷ đồng", "27,4", 27.4e9, "money", "đồng", "tổng giá trị thiệt hại", status="estimate",
      period=FL),
    F("hơn 1.020 tấn", "1.020", 1020, "measure", "tấn", "sản lượng hàu thiệt hại", approx="over", total=1245,
      percent=82, period=FLI),
    F("vẹm xanh 225 tấn", "225", 225, "measure", "tấn", "sản lượng vẹm xanh thiệt hại", total=1245, period=FLI),
    # table (flattened with |); units from the 'Đơn vị tính' line; location from the row
    cell("Phú Lộc | 2.140", "2.140", 2140, "count", "bè", TAB_B, "Phú Lộc"),
    cell("2.140 | 985", "985", 985, "measure", "tấn", TAB_T, "Phú Lộc"),
    cell("21.670", "21.670", 21670e6, "money", "đồng", TAB_V, "Phú Lộc", status="estimate"),
    cell("Phú Vang | 515", "515", 515, "count", "bè", TAB_B, "Phú Vang"),
    cell("515 | 196", "196", 196, "measure", "tấn", TAB_T, "Phú Vang"),
    cell("4.310", "4.310", 4310e6, "money", "đồng", TAB_V, "Phú Vang", status="estimate"),
    cell("Quảng Điền | 205", "205", 205, "count", "bè", TAB_B, "Quảng Điền"),
    cell("205 | 64", "64", 64, "measure", "tấn", TAB_T, "Quảng Điền"),
    cell("1.420", "1.420", 1420e6, "money", "đồng", TAB_V, "Quảng Điền", status="estimate"),
    cell("Tổng cộng | 2.860", "2.860", 2860, "count", "bè", TAB_B, "Thừa Thiên Huế"),
    cell("2.860 | 1.245", "1.245", 1245, "measure", "tấn", TAB_T, "Thừa Thiên Huế"),
    cell("27.400", "27.400", 27400e6, "money", "đồng", TAB_V, "Thừa Thiên Huế", status="estimate"),
    F("có 1.380 bè", "1.380", 1380, "count", "bè", "bè bị thiệt hại", percent=64.5, period=FLI,
      location="Phú Lộc"),
    F("1.150 lượt người", "1.150", 1150, "count", "lượt người", "lượt người được huy động thu gom"),
    F("230 phương tiện", "230", 230, "count", "phương tiện", "phương tiện thu gom"),
    F("hơn 400 tấn", "400", 400, "measure", "tấn", "hàu, vẹm chết được thu gom, xử lý", approx="over"),
    F("trên 70%", "70", 70, "percent", "%", "diện tích thiệt hại", approx="over", optional=True),
    F("khoảng 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "tổng kinh phí đề nghị hỗ trợ", approx="about"),
    F("50 tấn hàu giống", "50", 50, "measure", "tấn", "hàu giống đề nghị hỗ trợ"),
    F("khoảng 60% số bè", "60", 60, "percent", "%", "số bè được phục hồi", approx="about", status="forecast"),
]

NOTES = [
    "Formal report UBND tỉnh Thừa Thiên Huế, Số: 389/BC-UBND, 24/11/2023: flood damage to oyster/mussel rafts, flattened | table by district.",
    "Damage figures take the flood period 'từ ngày 12 đến ngày 16/11/2023' (same sentence: scored; the table and the lines after: inherited).",
    "Table: 'Đơn vị tính' gives bè / tấn / triệu đồng by column (21.670 triệu = 21,67 tỷ); row place → location; 'Tổng cộng' row is the province",
    "and a figure of its own; cells get no total; the 'Ước giá trị thiệt hại' column → estimate. Row numbers 1-3 are not figures.",
    "'hàu thiệt hại hơn 1.020 tấn, chiếm khoảng 82%; vẹm xanh 225 tấn' are parts of 1.245 tấn after 'Trong đó' (1.020 + 225 = 1.245).",
    "Lăng Cô is a thị trấn of Phú Lộc: location Phú Lộc. Requests ('Đề nghị ... khoảng 4,6 tỷ đồng', '50 tấn hàu giống') stay actual",
    "(no status cue of the spec); 'dự kiến phục hồi khoảng 60%' → forecast; 'trước tháng 3/2024' is a deadline, no period.",
    "Optional: the threshold 'diện tích thiệt hại trên 70%' of the decree.",
    "Distractors: Số: 389/BC-UBND; ngày 24 tháng 11 năm 2023; Nghị định số 02/2017/NĐ-CP; Quốc lộ 49B; section numbers I., II., 1.-3.; TT.",
]

write(3, TEXT, FIGS, NOTES, published="2023-11-24", location="Thừa Thiên Huế")
