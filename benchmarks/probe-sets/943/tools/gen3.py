"""p943-3: formal report of UBND tỉnh Bắc Kạn, măng tươi / măng khô 9 tháng 2023, flattened | table."""
from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH BẮC KẠN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Kạn, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả sản xuất, chế biến măng 9 tháng đầu năm 2023

Thực hiện Nghị quyết số 03-NQ/TU ngày 26/11/2020 của Tỉnh ủy, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tổng diện tích tre, mai, vầu, trúc cho măng toàn tỉnh là 8.640 ha. Trồng mới năm 2023 được 325 ha, đạt 108,3% kế hoạch (300 ha). 9 tháng đầu năm 2023, sản lượng măng tươi khai thác đạt 21.480 tấn, tăng 6,2% so với cùng kỳ; chế biến được 1.265 tấn măng khô. Chi tiết như sau:

Đơn vị tính: diện tích - ha; sản lượng - tấn
STT | Huyện, thành phố | Diện tích cho măng | Măng tươi | Măng khô
1 | Ba Bể | 1.850 | 4.620 | 285
2 | Chợ Đồn | 2.120 | 5.340 | 318
3 | Na Rì | 1.960 | 4.870 | 276
4 | Ngân Sơn | 1.420 | 3.550 | 214
5 | Các địa phương khác | 1.290 | 3.100 | 172
Tổng cộng | | 8.640 | 21.480 | 1.265

2. Chế biến, tiêu thụ
Toàn tỉnh có 14 HTX và 36 hộ kinh doanh chế biến măng; 4 sản phẩm măng đạt OCOP (3 sản phẩm 3 sao, 1 sản phẩm 4 sao). Giá măng khô bình quân 230.000 đồng/kg, tăng 15.000 đồng/kg so với năm 2022. Doanh thu từ măng 9 tháng ước đạt 142,6 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2023
1. Phấn đấu cả năm 2023 sản lượng măng tươi đạt 28.500 tấn, măng khô 1.700 tấn.
2. Tiếp tục thực hiện chính sách hỗ trợ theo Nghị định số 83/2018/NĐ-CP về khuyến nông.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9i = I(M9)
FY = P("cả năm 2023", "2023-01-01", "2023-12-31")

ROWS = [  # (row anchor prefix, place, area, fresh, dried)
    ("Ba Bể", "Ba Bể", "1.850", "4.620", "285"),
    ("Chợ Đồn", "Chợ Đồn", "2.120", "5.340", "318"),
    ("Na Rì", "Na Rì", "1.960", "4.870", "276"),
    ("Ngân Sơn", "Ngân Sơn", "1.420", "3.550", "214"),
]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("là 8.640 ha", "8.640", 8640, "measure", "ha", "tổng diện tích tre, mai, vầu, trúc cho măng"),
    F("được 325 ha", "325", 325, "measure", "ha", "diện tích trồng mới", Y23, percent=108.3,
      target=T(300, "ha", met=True)),
    F("đạt 21.480 tấn", "21.480", 21480, "measure", "tấn", "sản lượng măng tươi khai thác", M9,
      change=C("increase", 6.2, baseline="cùng kỳ")),
    F("được 1.265 tấn", "1.265", 1265, "measure", "tấn", "măng khô chế biến", M9),
]
for label, place, area, fresh, dried in ROWS:
    FIGS += [
        F(f"{label} | {area}", area, num(area), "measure", "ha", "diện tích cho măng", location=place),
        F(f"{area} | {fresh}", fresh, num(fresh), "measure", "tấn", "sản lượng măng tươi", M9i, location=place),
        F(f"{fresh} | {dried}", dried, num(dried), "measure", "tấn", "sản lượng măng khô", M9i, location=place),
    ]
FIGS += [
    F("khác | 1.290", "1.290", 1290, "measure", "ha", "diện tích cho măng các địa phương khác"),
    F("1.290 | 3.100", "3.100", 3100, "measure", "tấn", "sản lượng măng tươi các địa phương khác", M9i),
    F("3.100 | 172", "172", 172, "measure", "tấn", "sản lượng măng khô các địa phương khác", M9i),
    F("| | 8.640", "8.640", 8640, "measure", "ha", "tổng cộng diện tích cho măng"),
    F("8.640 | 21.480", "21.480", 21480, "measure", "tấn", "tổng cộng sản lượng măng tươi", M9i),
    F("21.480 | 1.265", "1.265", 1265, "measure", "tấn", "tổng cộng sản lượng măng khô", M9i),
    F("có 14 HTX", "14", 14, "count", "HTX", "HTX chế biến măng"),
    F("36 hộ kinh doanh", "36", 36, "count", "hộ kinh doanh", "hộ kinh doanh chế biến măng"),
    F("4 sản phẩm măng", "4", 4, "count", "sản phẩm", "sản phẩm măng đạt OCOP"),
    F("(3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm măng đạt OCOP 3 sao", total=4),
    F("sản phẩm 3 sao", "3", 3, "measure", "sao", "hạng OCOP", optional=True),
    F("1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm măng đạt OCOP 4 sao", total=4),
    F("4 sao)", "4", 4, "measure", "sao", "hạng OCOP", optional=True),
    F("bình quân 230.000 đồng/kg", "230.000", 230000, "money", "đồng/kg", "giá măng khô bình quân",
      change=C("increase", 15000, "đồng/kg", "năm 2022")),
    F("ước đạt 142,6 tỷ đồng", "142,6", 142.6e9, "money", "đồng", "doanh thu từ măng",
      P("9 tháng", "2023-01-01", "2023-09-30"), status="estimate"),
    F("đạt 28.500 tấn", "28.500", 28500, "measure", "tấn", "sản lượng măng tươi", FY, status="target"),
    F("măng khô 1.700 tấn", "1.700", 1700, "measure", "tấn", "sản lượng măng khô", FY, status="target"),
]

NOTES = [
    "Formal report under the letterhead of UBND tỉnh Bắc Kạn (invented), dated 'Bắc Kạn, ngày 12 tháng 10 năm 2023'.",
    "Not figures: Số: 318/BC-UBND, Nghị quyết số 03-NQ/TU ngày 26/11/2020, Nghị định số 83/2018/NĐ-CP, section numbers I./II./1./2.,",
    "the STT column 1-5, heading 'NHIỆM VỤ QUÝ IV/2023'. 'đạt 108,3% kế hoạch (300 ha)': percent 108.3 and target 300 (not a figure).",
    "Table: every numeric cell is a figure; district row label -> location; 'Các địa phương khác' and 'Tổng cộng' stay Bắc Kạn;",
    "no totals on table cells; periods of the production columns come from the sentence above the table (inherited), area has none.",
    "'3 sao', '4 sao' are OCOP rating classes (optional); 3 + 1 products add up to the 4 before the bracket -> total 4.",
]

if __name__ == "__main__":
    emit("p943-3", TEXT, FIGS, NOTES, published="2023-10-12", location="Bắc Kạn")
