from lib import P, F, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN KRÔNG PẮC
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Pắc, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển cây bơ, mắc ca 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích
Thực hiện Nghị quyết số 05-NQ/HU của Huyện ủy, đến ngày 30/9/2024 diện tích bơ, mắc ca trên địa bàn huyện như sau:

Bảng 1. Diện tích bơ, mắc ca
Đơn vị tính: ha
Cây trồng | Tổng diện tích | Trồng xen cà phê | Trồng thuần | Cho thu hoạch
Bơ | 4.120 | 2.680 | 1.440 | 3.310
Mắc ca | 385 | 342 | 43 | 96
Tổng cộng | 4.505 | 3.022 | 1.483 | 3.406

2. Sản lượng
Bảng 2. Sản lượng bơ, mắc ca
Cây trồng | 9 tháng năm 2023 (tấn) | 9 tháng năm 2024 (tấn) | So cùng kỳ (%)
Bơ | 33.330 | 35.400 | 106,2
Mắc ca | 152 | 185 | 121,7

Năng suất bơ bình quân đạt 10,7 tấn/ha. Giá bơ bình quân tại vườn 9 tháng đạt 24.500 đồng/kg, giảm 12% so với cùng kỳ do nguồn cung tăng mạnh vào tháng 8, tháng 9.

3. Liên kết, tiêu thụ
Trên địa bàn có 2 cơ sở sơ chế, đóng gói bơ xuất khẩu với công suất 50 tấn/ngày; 5 hợp tác xã liên kết tiêu thụ bơ với 640 hộ, diện tích liên kết 820 ha (chiếm 19,9% diện tích bơ).

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu trồng mới 150 ha bơ xen cà phê; hỗ trợ 3 hợp tác xã xây dựng vùng nguyên liệu đạt chuẩn VietGAP.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở NN&PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Y Khuê Niê
"""

PUB = "2024-10-05"
A309i = P("đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
M923 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M924 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M924i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)


def t1(anchor, number, value, col, row):
    return F(anchor, number, value, "measure", "ha", f"diện tích {col} {row}", A309i)


FIGS = [
    t1("Bơ | 4.120 |", "4.120", 4120, "Tổng diện tích", "Bơ"),
    t1("4.120 | 2.680 |", "2.680", 2680, "trồng xen cà phê", "Bơ"),
    t1("2.680 | 1.440 |", "1.440", 1440, "trồng thuần", "Bơ"),
    t1("1.440 | 3.310\n", "3.310", 3310, "cho thu hoạch", "Bơ"),
    t1("Mắc ca | 385 |", "385", 385, "Tổng diện tích", "Mắc ca"),
    t1("385 | 342 |", "342", 342, "trồng xen cà phê", "Mắc ca"),
    t1("342 | 43 |", "43", 43, "trồng thuần", "Mắc ca"),
    t1("43 | 96\n", "96", 96, "cho thu hoạch", "Mắc ca"),
    t1("Tổng cộng | 4.505 |", "4.505", 4505, "Tổng diện tích", "tổng cộng"),
    t1("4.505 | 3.022 |", "3.022", 3022, "trồng xen cà phê", "tổng cộng"),
    t1("3.022 | 1.483 |", "1.483", 1483, "trồng thuần", "tổng cộng"),
    t1("1.483 | 3.406\n", "3.406", 3406, "cho thu hoạch", "tổng cộng"),
    F("Bơ | 33.330 |", "33.330", 33330, "measure", "tấn", "sản lượng bơ 9 tháng năm 2023", M923),
    F("33.330 | 35.400 |", "35.400", 35400, "measure", "tấn", "sản lượng bơ 9 tháng năm 2024", M924),
    F("35.400 | 106,2\n", "106,2", 106.2, "percent", "%", "sản lượng bơ so cùng kỳ", M924i),
    F("Mắc ca | 152 |", "152", 152, "measure", "tấn", "sản lượng mắc ca 9 tháng năm 2023", M923),
    F("152 | 185 |", "185", 185, "measure", "tấn", "sản lượng mắc ca 9 tháng năm 2024", M924),
    F("185 | 121,7\n", "121,7", 121.7, "percent", "%", "sản lượng mắc ca so cùng kỳ", M924i),
    F("đạt 10,7 tấn/ha", "10,7", 10.7, "measure", "tấn/ha", "năng suất bơ bình quân", M924i),
    F("đạt 24.500 đồng/kg", "24.500", 24500, "money", "đồng/kg", "giá bơ bình quân tại vườn", M9,
      change={"direction": "decrease", "value": 12, "unit": "%", "baseline": "cùng kỳ"}),
    F("có 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở sơ chế, đóng gói bơ xuất khẩu"),
    F("công suất 50 tấn/ngày", "50", 50, "measure", "tấn/ngày", "công suất cơ sở sơ chế, đóng gói bơ"),
    F("ngày; 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã liên kết tiêu thụ bơ"),
    F("với 640 hộ", "640", 640, "count", "hộ", "hộ liên kết tiêu thụ bơ"),
    F("liên kết 820 ha", "820", 820, "measure", "ha", "diện tích liên kết tiêu thụ bơ", percent=19.9),
    F("trồng mới 150 ha", "150", 150, "measure", "ha", "diện tích bơ xen cà phê trồng mới", Q4, status="target"),
    F("hỗ trợ 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã được hỗ trợ xây dựng vùng nguyên liệu", Q4,
      status="target"),
]

COMMENTS = """
Formal report with letterhead (UBND huyện Krông Pắc, Đắk Lắk, 'Số: 287/BC-UBND'); 'Krông Pắc, ngày 05 tháng 10 năm 2024' is its date.
Two flattened '|' tables. Bảng 1: 'Đơn vị tính: ha', as of 'đến ngày 30/9/2024' from the sentence above (inherited); subject = column + row label;
'Tổng cộng' row cells are figures of their own, no total attribute for table cells (as p205-7).
Bảng 2: units from the column headers '(tấn)', '(%)'; periods from the column headers '9 tháng năm 2023' / '9 tháng năm 2024' (scored, as h23);
the 'So cùng kỳ (%)' cells are percent figures (growth as the claim) with the table's 2024 period (inherited).
'Giá … 9 tháng đạt 24.500 đồng/kg, giảm 12% so với cùng kỳ': change; '9 tháng' takes 2024. 'tháng 8, tháng 9' are dates.
'820 ha (chiếm 19,9% diện tích bơ)': percent 19.9. Section 'NHIỆM VỤ QUÝ IV/2024' + 'Phấn đấu' → targets, period inherited.
Distractors: Số: 287/BC-UBND, Nghị quyết số 05-NQ/HU, section numbers I./II./1./2./3., 'Bảng 1'/'Bảng 2', VietGAP, 'Lưu: VT, NN', signer.
"""

build(4, COMMENTS, TEXT, FIGS, published=PUB, location="Krông Pắc")
