"""p1050-3: formal report of UBND tỉnh Trà Vinh, mud crab results in 9 months of 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH TRÀ VINH
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Vinh, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả nuôi cua biển 9 tháng năm 2023 và nhiệm vụ quý IV/2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2023, toàn tỉnh thả nuôi cua biển được 21.540 ha, đạt 97,9% kế hoạch, trong đó nuôi chuyên canh 1.315 ha, nuôi kết hợp (tôm - cua, cua - rừng) 20.225 ha. Sản lượng thu hoạch 9 tháng đạt 8.742 tấn, tăng 9,6% so với cùng kỳ. Cụ thể:

Đơn vị tính: tấn
Địa phương | 9 tháng năm 2022 | 9 tháng năm 2023 | Kế hoạch năm 2023
Thị xã Duyên Hải | 2.415 | 2.690 | 3.600
Huyện Duyên Hải | 2.180 | 2.356 | 3.200
Huyện Cầu Ngang | 1.512 | 1.648 | 2.300
Huyện Trà Cú | 1.068 | 1.175 | 1.600
Huyện Châu Thành | 801 | 873 | 1.300
Tổng cộng | 7.976 | 8.742 | 12.000

2. Con giống, giá cả
Trong 9 tháng, người nuôi thả khoảng 64 triệu con cua giống, trong đó 38 triệu con được sản xuất tại 21 trại giống trong tỉnh. Giá cua thịt loại 1 tại thời điểm báo cáo từ 250.000 - 300.000 đồng/kg, giảm khoảng 10% so với đầu năm.

3. Tồn tại, hạn chế
Do thời tiết nắng nóng kéo dài, có 127 ha nuôi cua bị thiệt hại, chiếm 0,6% diện tích thả nuôi.

II. NHIỆM VỤ QUÝ IV/2023
1. Dự kiến quý IV/2023 thu hoạch thêm khoảng 3.100 tấn; phấn đấu sản lượng cả năm đạt 12.000 tấn.
2. Triển khai Quyết định số 339/QĐ-TTg ngày 11/3/2021 của Thủ tướng Chính phủ; hướng dẫn người nuôi thả giống đúng lịch thời vụ.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NN.
"""

AS_OF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng", "2023-01-01", "2023-09-30")
C22 = P("9 tháng năm 2022", "2022-01-01", "2022-09-30")
C23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
KH = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
SUBJ = "sản lượng cua biển thu hoạch"

ROWS = [("Thị xã Duyên Hải", "Duyên Hải", "2.415", "2.690", "3.600"),
        ("Huyện Duyên Hải", "Duyên Hải", "2.180", "2.356", "3.200"),
        ("Huyện Cầu Ngang", "Cầu Ngang", "1.512", "1.648", "2.300"),
        ("Huyện Trà Cú", "Trà Cú", "1.068", "1.175", "1.600"),
        ("Huyện Châu Thành", "Châu Thành", "801", "873", "1.300"),
        ("Tổng cộng", "Trà Vinh", "7.976", "8.742", "12.000")]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("thả nuôi cua biển được 21.540 ha", "21.540", 21540, "measure", "ha", "diện tích thả nuôi cua biển",
      percent=97.9, period=AS_OF),
    F("nuôi chuyên canh 1.315 ha", "1.315", 1315, "measure", "ha", "diện tích nuôi cua chuyên canh",
      total=21540, period=AS_OF),
    F("cua - rừng) 20.225 ha", "20.225", 20225, "measure", "ha", "diện tích nuôi cua kết hợp",
      total=21540, period=AS_OF),
    F("9 tháng đạt 8.742 tấn", "8.742", 8742, "measure", "tấn", "sản lượng cua biển thu hoạch",
      change=C("increase", 9.6, "%", "cùng kỳ"), period=M9),
]
for label, loc, a, b, c in ROWS:
    FIGS.append(F(f"{label} | {a}", a, num(a), "measure", "tấn", SUBJ, period=C22, location=loc))
    FIGS.append(F(f"{a} | {b}", b, num(b), "measure", "tấn", SUBJ, period=C23, location=loc))
    FIGS.append(F(f"{b} | {c}", c, num(c), "measure", "tấn", SUBJ, period=KH, location=loc, status="target"))
FIGS += [
    F("thả khoảng 64 triệu con", "64", 64e6, "count", "con cua giống", "cua giống thả nuôi",
      approx="about", period=P("Trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("trong đó 38 triệu con", "38", 38e6, "count", "con cua giống", "cua giống sản xuất tại trại giống trong tỉnh",
      total=64e6, period=P("Trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("tại 21 trại giống", "21", 21, "count", "trại giống", "trại giống cua trong tỉnh"),
    F("từ 250.000 - 300.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá cua thịt loại 1",
      value_max=300000, change=C("decrease", 10, "%", "đầu năm", approx="about")),
    F("có 127 ha", "127", 127, "measure", "ha", "diện tích nuôi cua bị thiệt hại", percent=0.6),
    F("thêm khoảng 3.100 tấn", "3.100", 3100, "measure", "tấn", "sản lượng cua thu hoạch thêm",
      approx="about", status="forecast", period=P("quý IV/2023", "2023-10-01", "2023-12-31")),
    F("cả năm đạt 12.000 tấn", "12.000", 12000, "measure", "tấn", "sản lượng cua cả năm",
      status="target", period=P("cả năm", "2023-01-01", "2023-12-31")),
]

NOTES = [
    "Formal report, UBND tỉnh Trà Vinh, Số: 356/BC-UBND, dated 12/10/2023: crab area and output in 9 months of 2023.",
    "Not figures: document numbers (356/BC-UBND, 339/QĐ-TTg ngày 11/3/2021), date line, section numbers I., II., 1.-3.,",
    "the heading 'NHIỆM VỤ QUÝ IV/2023', 'loại 1' (grade), 'Nơi nhận' list.",
    "Table: 'Đơn vị tính: tấn'; row label is a place (location; Tổng cộng = Trà Vinh), column header gives the period;",
    "'Kế hoạch năm 2023' column gives status target. Table cells carry no totals (the Tổng cộng row is its own figure).",
    "The 38 triệu con follow 'trong đó' after 64 triệu con (same thing, same period): total.",
    "'Dự kiến quý IV/2023' → forecast; 'phấn đấu ... cả năm' → target for 2023.",
]

write("p1050-3", TEXT, FIGS, NOTES, published="2023-10-12", location="Trà Vinh")
