"""p731-3: UBND tỉnh Tuyên Quang formal report — common forest animal farming, 9 months 2024, flattened | table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH TUYÊN QUANG
Số: 415/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý cơ sở nuôi động vật rừng thông thường 9 tháng năm 2024

Thực hiện Công văn số 2871/BNN-LN ngày 12/4/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Ghi sổ theo dõi cơ sở nuôi
Trong 9 tháng năm 2024, UBND cấp xã đã tiếp nhận hồ sơ của 186 cơ sở nuôi mới, trong đó 168 cơ sở đủ điều kiện được ghi sổ theo dõi; 25 cơ sở dừng nuôi do giá bán giảm. Tổng số cơ sở đến 30/9/2024 là 1.234 cơ sở, tăng 143 cơ sở so với cuối năm 2023 (chi tiết tại Bảng 1).

Bảng 1. Cơ sở và cá thể nuôi đến 30/9/2024 theo nhóm loài
Nhóm loài | Số cơ sở (cơ sở) | Số cá thể (con) | Đã cấp mã số (cơ sở)
Nhím | 412 | 18.560 | 371
Dúi | 538 | 26.940 | 455
Rắn các loại | 127 | 9.830 | 104
Lợn rừng | 96 | 4.215 | 88
Hươu, nai | 61 | 1.122 | 61
Tổng cộng | 1.234 | 60.667 | 1.079

2. Giá bán và giá trị sản phẩm
Giá bán 9 tháng giảm mạnh: nhím thịt còn 150.000-170.000 đồng/kg, giảm 25% so với cùng kỳ; dúi thịt 300.000 đồng/kg; lợn rừng lai 110.000 đồng/kg. Ước tổng giá trị sản phẩm bán ra 9 tháng đạt 86,4 tỷ đồng, bằng 72% kế hoạch năm.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024 có 100% cơ sở nuôi được cấp mã số. Dự kiến hỗ trợ 40 hộ nghèo nuôi dúi trong quý IV/2024 với tổng kinh phí 1,2 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NLN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("đến 30/9/2024", None, "2024-09-30")
TAB = INH(ASOF)

ROWS = [  # label, subject word, (anchor, number, value) x3
    ("Nhím", "nhím", ("Nhím | 412", "412", 412), ("412 | 18.560", "18.560", 18560), ("18.560 | 371", "371", 371)),
    ("Dúi", "dúi", ("Dúi | 538", "538", 538), ("538 | 26.940", "26.940", 26940), ("26.940 | 455", "455", 455)),
    ("Rắn các loại", "rắn các loại", ("Rắn các loại | 127", "127", 127), ("127 | 9.830", "9.830", 9830),
     ("9.830 | 104", "104", 104)),
    ("Lợn rừng", "lợn rừng", ("Lợn rừng | 96", "96", 96), ("96 | 4.215", "4.215", 4215), ("4.215 | 88", "88", 88)),
    ("Hươu, nai", "hươu, nai", ("Hươu, nai | 61", "61", 61), ("61 | 1.122", "1.122", 1122),
     ("1.122 | 61", "61", 61)),
    ("Tổng cộng", "tổng cộng", ("Tổng cộng | 1.234", "1.234", 1234), ("1.234 | 60.667", "60.667", 60667),
     ("60.667 | 1.079", "1.079", 1079)),
]

TABLE = []
for label, w, c1, c2, c3 in ROWS:
    TABLE.append(F(c1[0], c1[1], c1[2], "count", "cơ sở", f"Số cơ sở nuôi {w}", TAB))
    TABLE.append(F(c2[0], c2[1], c2[2], "count", "con", f"Số cá thể {w}", TAB))
    TABLE.append(F(c3[0], c3[1], c3[2], "count", "cơ sở", f"Số cơ sở nuôi {w} đã cấp mã số", TAB))

FIGS = [
    F("hồ sơ của 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở nuôi mới được tiếp nhận hồ sơ", M9),
    F("168 cơ sở đủ", "168", 168, "count", "cơ sở", "cơ sở đủ điều kiện được ghi sổ theo dõi", M9, total=186),
    F("25 cơ sở dừng", "25", 25, "count", "cơ sở", "cơ sở dừng nuôi", M9,
      note="after ';', a clause of its own (not a part after 'trong đó'): no total"),
    F("là 1.234 cơ sở", "1.234", 1234, "count", "cơ sở", "tổng số cơ sở nuôi động vật rừng thông thường", ASOF,
      change=CH("increase", 143, "cơ sở", "cuối năm 2023")),
] + TABLE + [
    F("150.000-170.000", "150.000", 150000, "money", "đồng/kg", "giá nhím thịt", M9b, value_max=170000,
      change=CH("decrease", 25, "%", "cùng kỳ")),
    F("dúi thịt 300.000", "300.000", 300000, "money", "đồng/kg", "giá dúi thịt", M9b),
    F("lai 110.000", "110.000", 110000, "money", "đồng/kg", "giá lợn rừng lai", M9b),
    F("đạt 86,4 tỷ đồng", "86,4", 86400000000, "money", "đồng", "tổng giá trị sản phẩm bán ra", M9b,
      percent=72, status="estimate"),
    F("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi được cấp mã số",
      P("đến 31/12/2024", None, "2024-12-31"), status="target"),
    F("hỗ trợ 40 hộ", "40", 40, "count", "hộ", "hộ nghèo được hỗ trợ nuôi dúi",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
    F("kinh phí 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tổng kinh phí hỗ trợ hộ nghèo nuôi dúi",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Tuyên Quang, Báo cáo số 415/BC-UBND: quản lý cơ sở nuôi động vật rừng thông thường 9 tháng năm 2024.",
    "Formal report: letterhead, 'Số: 415/BC-UBND', place-and-date line 'Tuyên Quang, ngày 15 tháng 10 năm 2024'.",
    "Flattened '|' table 'Bảng 1' (units in the column headers): every numeric cell is a figure, subject = column + row label;",
    "period from the table title 'đến 30/9/2024' (inherited, unscored); the 'Tổng cộng' row is a figure row, cells get no total.",
    "Not figures: Công văn số 2871/BNN-LN ngày 12/4/2024, section numbers I., 1., 2., II., 'Bảng 1', 'quý IV/2024' heading.",
    "'giảm 25% so với cùng kỳ' after the nhím price range is its change; 'bằng 72% kế hoạch năm' is the percent of 86,4 tỷ.",
    "'Phấn đấu' → target; 'Dự kiến' → forecast (continues to the kinh phí in the same clause).",
]

if __name__ == "__main__":
    emit("p731-3", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Tuyên Quang")
