"""p1193-3: formal report (UBND tỉnh Cao Bằng) on cane and molasses / đường phên in 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH CAO BẰNG
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình sản xuất mía và chế biến mật mía, đường phên năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Vùng nguyên liệu
Năm 2023, diện tích mía toàn tỉnh đạt 2.180 ha, bằng 96,9% kế hoạch; năng suất bình quân 58,5 tấn/ha; sản lượng mía cây ước đạt 127.530 tấn. Trong đó, diện tích mía phục vụ nấu mật, đường phên thủ công là 640 ha, tập trung tại huyện Hòa An và huyện Quảng Hòa.

2. Chế biến
Toàn tỉnh có 214 cơ sở, hộ nấu mật mía, đường phên, tăng 9 cơ sở so với năm 2022, thu hút khoảng 1.050 lao động. Sản lượng mật mía, đường phên năm 2023 theo địa bàn như sau:
Đơn vị tính: tấn
Huyện | Mật mía | Đường phên | Cộng
Hòa An | 1.240 | 385 | 1.625
Quảng Hòa | 860 | 210 | 1.070
Thạch An | 515 | 146 | 661
Hà Quảng | 302 | 88 | 390
Tổng cộng | 2.917 | 829 | 3.746
Giá bán đường phên tại chỗ bình quân 32.000 đồng/kg; giá trị sản xuất ước đạt 71,4 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu duy trì diện tích mía 2.250 ha; hỗ trợ 30 hộ đầu tư lò nấu cải tiến; xây dựng 2 sản phẩm đường phên đạt OCOP 3 sao trở lên.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Lưu: VT, KT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23T = P("Sản lượng mật mía, đường phên năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Mật mía": "sản lượng mật mía", "Đường phên": "sản lượng đường phên",
        "Cộng": "sản lượng mật mía, đường phên cộng"}


def cell(anchor, number, value, place, col):
    return F(anchor, number, value, "measure", "tấn", subject=COLS[col], period=Y23T,
             location=place)


FIGS = [
    F("đạt 2.180 ha", "2.180", 2180, "measure", "ha", percent=96.9,
      subject="diện tích mía toàn tỉnh", period=Y23),
    F("bình quân 58,5 tấn/ha", "58,5", 58.5, "measure", "tấn/ha",
      subject="năng suất mía bình quân", period=Y23),
    F("ước đạt 127.530 tấn", "127.530", 127530, "measure", "tấn", status="estimate",
      subject="sản lượng mía cây", period=Y23),
    F("là 640 ha", "640", 640, "measure", "ha", total=2180,
      subject="diện tích mía phục vụ nấu mật, đường phên thủ công", period=I(Y23)),
    F("có 214 cơ sở", "214", 214, "count", "cơ sở, hộ",
      change=C("increase", 9, "cơ sở", "năm 2022"),
      subject="cơ sở, hộ nấu mật mía, đường phên", period=I(Y23)),
    F("khoảng 1.050 lao động", "1.050", 1050, "count", "lao động", approx="about",
      subject="lao động nấu mật mía, đường phên", period=I(Y23)),
    cell("Hòa An | 1.240", "1.240", 1240, "Hòa An", "Mật mía"),
    cell("1.240 | 385", "385", 385, "Hòa An", "Đường phên"),
    cell("385 | 1.625", "1.625", 1625, "Hòa An", "Cộng"),
    cell("Quảng Hòa | 860", "860", 860, "Quảng Hòa", "Mật mía"),
    cell("860 | 210", "210", 210, "Quảng Hòa", "Đường phên"),
    cell("210 | 1.070", "1.070", 1070, "Quảng Hòa", "Cộng"),
    cell("Thạch An | 515", "515", 515, "Thạch An", "Mật mía"),
    cell("515 | 146", "146", 146, "Thạch An", "Đường phên"),
    cell("146 | 661", "661", 661, "Thạch An", "Cộng"),
    cell("Hà Quảng | 302", "302", 302, "Hà Quảng", "Mật mía"),
    cell("302 | 88", "88", 88, "Hà Quảng", "Đường phên"),
    cell("88 | 390", "390", 390, "Hà Quảng", "Cộng"),
    F("Tổng cộng | 2.917", "2.917", 2917, "measure", "tấn", subject="tổng cộng sản lượng mật mía",
      period=Y23T),
    F("2.917 | 829", "829", 829, "measure", "tấn", subject="tổng cộng sản lượng đường phên",
      period=Y23T),
    F("829 | 3.746", "3.746", 3746, "measure", "tấn",
      subject="tổng cộng sản lượng mật mía, đường phên", period=Y23T),
    F("bình quân 32.000 đồng/kg", "32.000", 32000, "money", "đồng/kg",
      subject="giá bán đường phên tại chỗ bình quân", period=I(Y23)),
    F("ước đạt 71,4 tỷ", "71,4", 71.4e9, "money", "đồng", status="estimate",
      subject="giá trị sản xuất mật mía, đường phên", period=I(Y23)),
    F("diện tích mía 2.250 ha", "2.250", 2250, "measure", "ha", status="target",
      subject="diện tích mía duy trì", period=Y24),
    F("hỗ trợ 30 hộ", "30", 30, "count", "hộ", status="target",
      subject="hộ được hỗ trợ đầu tư lò nấu cải tiến", period=Y24),
    F("xây dựng 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
      subject="sản phẩm đường phên đạt OCOP 3 sao trở lên", period=Y24),
    F("OCOP 3 sao", "3", 3, "measure", "sao", optional=True, subject="hạng sao OCOP"),
]

NOTES = [
    "Formal report: 'UBND TỈNH CAO BẰNG', 'Số: 18/BC-UBND', 'Cao Bằng, ngày 22 tháng 01 năm 2024', sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: document number 18/BC-UBND, date line, section numbers I, II, 1., 2., the year in the title.",
    "Flattened '|' table, 'Đơn vị tính: tấn': every numeric cell is a figure; district rows give the location, the column gives the subject; 'Tổng cộng' row is province-wide.",
    "Table period comes from the intro sentence before the table (another line): inherited. Section II targets inherit 2024 from the heading.",
    "'bằng 96,9% kế hoạch' is the share of the 2.180 ha. '640 ha' follows 'Trong đó' after a sentence break: total 2180 (same indicator, same year).",
]

if __name__ == "__main__":
    write("p1193-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Cao Bằng")
