"""p1154-3: formal report under letterhead (UBND tỉnh Cao Bằng), 2023, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH CAO BẰNG
Số: 142/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 20 tháng 12 năm 2023

BÁO CÁO
Tình hình phát triển nuôi trồng nấm linh chi, đông trùng hạ thảo năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Quy mô sản xuất
Năm 2023, toàn tỉnh có 58 cơ sở nuôi trồng nấm dược liệu (tăng 9 cơ sở so với năm 2022), trong đó 14 cơ sở nuôi trồng đông trùng hạ thảo. Sản lượng nấm linh chi khô ước đạt 41.300 kg, bằng 103,3% kế hoạch; sản lượng đông trùng hạ thảo khô ước đạt 1.150 kg. Giá trị sản xuất ước đạt 38,6 tỷ đồng, tăng 21,4% so với năm 2022.

2. Sản lượng nấm linh chi khô theo địa bàn
Đơn vị tính: kg
Địa bàn | Năm 2022 | Ước năm 2023 | Kế hoạch 2024
Huyện Trùng Khánh | 12.400 | 14.800 | 16.000
Huyện Nguyên Bình | 9.600 | 11.200 | 12.500
Huyện Hòa An | 6.300 | 7.900 | 9.000
TP Cao Bằng | 4.100 | 5.000 | 5.500
Các huyện khác | 1.900 | 2.400 | 3.000
Tổng cộng | 34.300 | 41.300 | 46.000

3. Thị trường, lao động
Giá nấm linh chi khô dao động từ 350.000 đến 450.000 đồng/kg; đông trùng hạ thảo khô từ 10 đến 14 triệu đồng/kg. Các cơ sở tạo việc làm cho khoảng 320 lao động, thu nhập bình quân 5,8 triệu đồng/người/tháng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu sản lượng đông trùng hạ thảo khô đạt 1.400 kg; phát triển thêm 5 cơ sở nuôi trồng đạt tiêu chuẩn VietGAP.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = {
    "Năm 2022": (P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
    "Ước năm 2023": (P("Ước năm 2023", "2023-01-01", "2023-12-31"), "estimate"),
    "Kế hoạch 2024": (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
}
PLAN = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
IND = "sản lượng nấm linh chi khô"


def cell(anchor, number, value, row, col):
    """row: (label for subject or '', place)."""
    per, status = COLS[col]
    label, place = row
    subj = " ".join(x for x in (IND, label, col.lower()) if x)
    kw = {"status": status} if status != "actual" else {}
    return F(anchor, number, value, "measure", "kg", subject=subj, period=per, location=place, **kw)


TK, NB, HA, CB = ("", "Trùng Khánh"), ("", "Nguyên Bình"), ("", "Hòa An"), ("", "Cao Bằng")
OTHER, TOTAL = ("các huyện khác", "Cao Bằng"), ("tổng cộng", "Cao Bằng")

FIGS = [
    F("có 58 cơ sở", "58", 58, "count", "cơ sở", change=C("increase", 9, "cơ sở", "năm 2022"),
      subject="cơ sở nuôi trồng nấm dược liệu", period=Y23),
    F("trong đó 14 cơ sở", "14", 14, "count", "cơ sở", total=58,
      subject="cơ sở nuôi trồng đông trùng hạ thảo", period=Y23),
    F("ước đạt 41.300 kg", "41.300", 41300, "measure", "kg", percent=103.3, status="estimate",
      subject="sản lượng nấm linh chi khô", period=I(Y23)),
    F("ước đạt 1.150 kg", "1.150", 1150, "measure", "kg", status="estimate",
      subject="sản lượng đông trùng hạ thảo khô", period=I(Y23)),
    F("ước đạt 38,6 tỷ", "38,6", 38.6e9, "money", "đồng", status="estimate",
      change=C("increase", 21.4, "%", "năm 2022"), subject="giá trị sản xuất", period=I(Y23)),
    cell("Trùng Khánh | 12.400", "12.400", 12400, TK, "Năm 2022"),
    cell("12.400 | 14.800", "14.800", 14800, TK, "Ước năm 2023"),
    cell("14.800 | 16.000", "16.000", 16000, TK, "Kế hoạch 2024"),
    cell("Nguyên Bình | 9.600", "9.600", 9600, NB, "Năm 2022"),
    cell("9.600 | 11.200", "11.200", 11200, NB, "Ước năm 2023"),
    cell("11.200 | 12.500", "12.500", 12500, NB, "Kế hoạch 2024"),
    cell("Hòa An | 6.300", "6.300", 6300, HA, "Năm 2022"),
    cell("6.300 | 7.900", "7.900", 7900, HA, "Ước năm 2023"),
    cell("7.900 | 9.000", "9.000", 9000, HA, "Kế hoạch 2024"),
    cell("Cao Bằng | 4.100", "4.100", 4100, CB, "Năm 2022"),
    cell("4.100 | 5.000", "5.000", 5000, CB, "Ước năm 2023"),
    cell("5.000 | 5.500", "5.500", 5500, CB, "Kế hoạch 2024"),
    cell("khác | 1.900", "1.900", 1900, OTHER, "Năm 2022"),
    cell("1.900 | 2.400", "2.400", 2400, OTHER, "Ước năm 2023"),
    cell("2.400 | 3.000", "3.000", 3000, OTHER, "Kế hoạch 2024"),
    cell("cộng | 34.300", "34.300", 34300, TOTAL, "Năm 2022"),
    cell("34.300 | 41.300", "41.300", 41300, TOTAL, "Ước năm 2023"),
    cell("41.300 | 46.000", "46.000", 46000, TOTAL, "Kế hoạch 2024"),
    F("từ 350.000 đến 450.000", "350.000", 350000, "money", "đồng/kg", value_max=450000,
      subject="giá nấm linh chi khô", period=I(Y23)),
    F("từ 10 đến 14 triệu", "10", 10e6, "money", "đồng/kg", value_max=14e6,
      subject="giá đông trùng hạ thảo khô", period=I(Y23)),
    F("khoảng 320 lao động", "320", 320, "count", "lao động", approx="about",
      subject="lao động có việc làm tại các cơ sở", period=I(Y23)),
    F("bình quân 5,8 triệu", "5,8", 5.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động", period=I(Y23)),
    F("đạt 1.400 kg", "1.400", 1400, "measure", "kg", status="target",
      subject="sản lượng đông trùng hạ thảo khô", period=PLAN),
    F("thêm 5 cơ sở", "5", 5, "count", "cơ sở", status="target",
      subject="cơ sở nuôi trồng đạt tiêu chuẩn VietGAP phát triển thêm", period=PLAN),
]

NOTES = [
    "Formal report: 'UBND TỈNH CAO BẰNG', 'Số: 142/BC-UBND', 'Cao Bằng, ngày 20 tháng 12 năm 2023' (published), sections, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: kg'; rows are places (location, not subject); subject = caption indicator + column label;",
    "periods from column headers (scored); 'Ước năm 2023' -> estimate, 'Kế hoạch 2024' -> target; 'Các huyện khác' and",
    "'Tổng cộng' rows keep the province and carry their label in the subject. Cells get no totals.",
    "Distractors: Số: 142/BC-UBND, section numbers I./II./1.-3., the letterhead date, 'Lưu: VT, KT'.",
    "Bracketed '(tăng 9 cơ sở so với năm 2022)' is the change of 58; '14 cơ sở' after 'trong đó' -> total 58.",
    "Section 1/3 sentences after the first inherit 'Năm 2023'; section II targets inherit the heading 'PHƯƠNG HƯỚNG NĂM 2024'.",
]

if __name__ == "__main__":
    write("p1154-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Cao Bằng")
