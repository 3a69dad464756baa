"""p984-3: formal report (UBND tỉnh Kiên Giang), H1/2024, flattened '|' table of landings by port and quarter."""
from lib import F, asof, change, inh, months, quarter, write, year

TEXT = """
UBND TỈNH KIÊN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Kiên Giang, ngày 09 tháng 7 năm 2024

BÁO CÁO
Kết quả giám sát tàu cá, kiểm soát sản lượng qua cảng và xác nhận nguồn gốc thủy sản khai thác 6 tháng đầu năm 2024

Thực hiện Chỉ thị số 32-CT/TW của Ban Bí thư, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Giám sát hành trình tàu cá
Toàn tỉnh có 9.326 tàu cá đăng ký, trong đó 4.318 tàu có chiều dài từ 15 m trở lên. Tính đến ngày 30/6/2024, có 4.301 tàu đã lắp đặt thiết bị giám sát hành trình, đạt 99,6%. Trong 6 tháng đầu năm, hệ thống ghi nhận 1.127 lượt tàu mất kết nối quá 6 giờ, giảm 18,2% so với cùng kỳ; trong đó đã xác minh, xử lý 1.094 lượt.

2. Kiểm soát sản lượng qua cảng
Các cảng cá chỉ định đã kiểm soát 21.436 lượt tàu cập cảng, bốc dỡ 186.540 tấn thủy sản, đạt 52,3% kế hoạch năm. Sản lượng bốc dỡ tại từng cảng như sau:
Đơn vị tính: tấn
Cảng cá | Quý I/2024 | Quý II/2024 | 6 tháng
Tắc Cậu | 41.210 | 46.385 | 87.595
An Thới | 18.640 | 20.115 | 38.755
Xẻo Nhàu | 12.870 | 14.026 | 26.896
Mũi Gành | 15.482 | 17.812 | 33.294
Tổng cộng | 88.202 | 98.338 | 186.540

3. Xác nhận nguồn gốc thủy sản khai thác
Chi cục Thủy sản đã cấp 1.862 giấy xác nhận nguyên liệu thủy sản khai thác với khối lượng 14.725 tấn và 96 giấy chứng nhận thủy sản khai thác cho 3.410 tấn sản phẩm xuất khẩu sang thị trường EU.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu duy trì 100% tàu cá từ 15 m trở lên kết nối thiết bị giám sát hành trình khi hoạt động trên biển; sản lượng qua cảng cả năm đạt 360.000 tấn.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = months(2024, 1, 6, "6 tháng đầu năm")
H1t = months(2024, 1, 6, "6 tháng")
Q = {1: quarter(2024, 1, "Quý I/2024"), 2: quarter(2024, 2, "Quý II/2024")}
H2 = months(2024, 7, 12, "6 THÁNG CUỐI NĂM 2024", inherited=True)

ROWS = [
    ("Tắc Cậu", "41.210", "46.385", "87.595", "Tắc Cậu | "),
    ("An Thới", "18.640", "20.115", "38.755", "An Thới | "),
    ("Xẻo Nhàu", "12.870", "14.026", "26.896", "Xẻo Nhàu | "),
    ("Mũi Gành", "15.482", "17.812", "33.294", "Mũi Gành | "),
]


def num(s):
    return float(s.replace(".", ""))


TABLE = []
for port, q1, q2, h, lead in ROWS:
    TABLE += [
        F(f"{lead}{q1}", q1, num(q1), "measure", "tấn", f"sản lượng bốc dỡ cảng cá {port} quý I/2024", Q[1]),
        F(f"{q1} | {q2}", q2, num(q2), "measure", "tấn", f"sản lượng bốc dỡ cảng cá {port} quý II/2024", Q[2]),
        F(f"{q2} | {h}", h, num(h), "measure", "tấn", f"sản lượng bốc dỡ cảng cá {port} 6 tháng", H1t),
    ]
TABLE += [
    F("Tổng cộng | 88.202", "88.202", 88202, "measure", "tấn", "tổng cộng sản lượng bốc dỡ quý I/2024", Q[1]),
    F("88.202 | 98.338", "98.338", 98338, "measure", "tấn", "tổng cộng sản lượng bốc dỡ quý II/2024", Q[2]),
    F("98.338 | 186.540", "186.540", 186540, "measure", "tấn", "tổng cộng sản lượng bốc dỡ 6 tháng", H1t),
]

FIGS = [
    F("có 9.326 tàu cá", "9.326", 9326, "count", "tàu cá", "tàu cá đăng ký"),
    F("4.318 tàu", "4.318", 4318, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", total=9326),
    F("chiều dài từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("có 4.301 tàu", "4.301", 4301, "count", "tàu", "tàu đã lắp đặt thiết bị giám sát hành trình",
      asof("2024-06-30", "Tính đến ngày 30/6/2024"), percent=99.6),
    F("1.127 lượt", "1.127", 1127, "count", "lượt tàu", "lượt tàu mất kết nối quá 6 giờ", H1,
      change=change("decrease", 18.2, baseline="cùng kỳ")),
    F("quá 6 giờ", "6", 6, "measure", "giờ", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("1.094 lượt", "1.094", 1094, "count", "lượt", "lượt mất kết nối đã xác minh, xử lý", H1, total=1127),
    F("kiểm soát 21.436 lượt", "21.436", 21436, "count", "lượt tàu", "lượt tàu cập cảng được các cảng cá chỉ định kiểm soát", inh(H1)),
    F("bốc dỡ 186.540 tấn", "186.540", 186540, "measure", "tấn", "thủy sản bốc dỡ qua các cảng cá chỉ định", inh(H1), percent=52.3),
] + TABLE + [
    F("cấp 1.862 giấy", "1.862", 1862, "count", "giấy", "giấy xác nhận nguyên liệu thủy sản khai thác được cấp", inh(H1)),
    F("khối lượng 14.725 tấn", "14.725", 14725, "measure", "tấn", "khối lượng nguyên liệu thủy sản khai thác được xác nhận", inh(H1)),
    F("96 giấy", "96", 96, "count", "giấy", "giấy chứng nhận thủy sản khai thác được cấp", inh(H1)),
    F("3.410 tấn", "3.410", 3410, "measure", "tấn", "sản phẩm thủy sản xuất khẩu sang thị trường EU được chứng nhận", inh(H1)),
    F("duy trì 100%", "100", 100, "percent", "%", "tàu cá từ 15 m trở lên kết nối thiết bị giám sát hành trình khi hoạt động trên biển",
      H2, status="target"),
    F("cá từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("360.000 tấn", "360.000", 360000, "measure", "tấn", "sản lượng qua cảng cả năm", year(2024, "cả năm"), status="target"),
]

NOTES = [
    "Formal report of UBND tỉnh Kiên Giang (Số: 287/BC-UBND, 09/7/2024): VMS, lost connections, landings by port (flattened '|' table), certificates.",
    "Table: every numeric cell is a measure in tấn (Đơn vị tính: tấn); period from the column header ('6 tháng' takes 2024);",
    "the row labels are fishing ports, not provinces or districts, so they go into the subject and the location stays Kiên Giang. No totals on cells.",
    "Sections 2 and 3 have no period phrase in their sentences: inherited from '6 tháng đầu năm' (section 1) and the title.",
    "'Số: 287/BC-UBND', 'Chỉ thị số 32-CT/TW', the date line, section numbers I./II./1.-3. are not figures.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-07-09", location="Kiên Giang")
