from lib import F, P, I, C, emit

TEXT = """TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM
BƯU ĐIỆN TỈNH QUẢNG BÌNH
Số: 187/BC-BĐQB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả cung cấp dịch vụ bưu chính công ích và hành chính công năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Doanh thu
Năm 2023, tổng doanh thu các dịch vụ bưu chính công ích và hành chính công của đơn vị đạt 38.408 triệu đồng, bằng 104,2% kế hoạch, tăng 11,3% so với năm 2022. Chi tiết tại Bảng 1.

Bảng 1. Doanh thu theo nhóm dịch vụ
Đơn vị tính: triệu đồng
Nhóm dịch vụ | Kế hoạch 2023 | Thực hiện 2023 | Tỷ lệ so KH (%)
Bưu chính công ích | 6.850 | 7.124 | 104,0
Chi trả BHXH, trợ cấp | 14.200 | 15.031 | 105,9
Hành chính công | 9.600 | 9.487 | 98,8
Phát hành báo chí công ích | 2.150 | 2.306 | 107,3
Dịch vụ khác tại điểm BĐVHX | 4.060 | 4.460 | 109,9

2. Tiếp nhận, trả kết quả thủ tục hành chính
Trong năm, đơn vị tiếp nhận 6.318 hồ sơ và chuyển trả 24.905 kết quả giải quyết TTHC qua dịch vụ bưu chính công ích; tỷ lệ chuyển phát đúng thời gian quy định đạt 99,6%. Nhân viên bưu điện được bố trí làm việc tại 8/8 bộ phận một cửa cấp huyện và Trung tâm Phục vụ hành chính công tỉnh.

3. Chi trả chính sách
Bình quân mỗi tháng, đơn vị chi trả cho 41.870 người hưởng lương hưu, trợ cấp BHXH và 63.250 đối tượng bảo trợ xã hội tại 151 xã, phường, thị trấn.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu doanh thu dịch vụ bưu chính công ích và hành chính công đạt 41.500 triệu đồng, tăng khoảng 8% so với năm 2023; 100% điểm BĐVHX cung cấp dịch vụ công trực tuyến.

Nơi nhận:
- Sở TT&TT;
- Lưu: VT, KH.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H23 = P("2023", "2023-01-01", "2023-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Bưu chính công ích", "6.850", "7.124", "104,0"),
    ("Chi trả BHXH, trợ cấp", "14.200", "15.031", "105,9"),
    ("Hành chính công", "9.600", "9.487", "98,8"),
    ("Phát hành báo chí công ích", "2.150", "2.306", "107,3"),
    ("Dịch vụ khác tại điểm BĐVHX", "4.060", "4.460", "109,9"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đạt 38.408 triệu đồng", "38.408", 38_408_000_000, "money", "đồng",
      "tổng doanh thu các dịch vụ bưu chính công ích và hành chính công", Y23, percent=104.2,
      change=C("increase", 11.3, "%", "năm 2022")),
]
for label, plan, done, rate in ROWS:
    FIGS.append(F(f"{label} | {plan}", plan, int(num(plan)) * 1_000_000, "money", "đồng",
                  f"Doanh thu {label} kế hoạch 2023", H23, status="target"))
    FIGS.append(F(f"| {done} |", done, int(num(done)) * 1_000_000, "money", "đồng",
                  f"Doanh thu {label} thực hiện 2023", H23))
    FIGS.append(F(f"{done} | {rate}", rate, num(rate), "percent", "%", f"Tỷ lệ so KH {label}", I(H23)))

FIGS += [
    F("tiếp nhận 6.318 hồ sơ", "6.318", 6318, "count", "hồ sơ",
      "hồ sơ TTHC tiếp nhận qua dịch vụ bưu chính công ích", TN),
    F("chuyển trả 24.905 kết quả", "24.905", 24905, "count", "kết quả",
      "kết quả giải quyết TTHC chuyển trả qua dịch vụ bưu chính công ích", TN),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ chuyển phát đúng thời gian quy định", TN),
    F("tại 8/8 bộ phận", "8", 8, "count", "bộ phận một cửa cấp huyện",
      "bộ phận một cửa cấp huyện có nhân viên bưu điện làm việc", I(Y23), total=8),
    F("cho 41.870 người", "41.870", 41870, "count", "người",
      "người hưởng lương hưu, trợ cấp BHXH được chi trả bình quân mỗi tháng", I(Y23)),
    F("và 63.250 đối tượng", "63.250", 63250, "count", "đối tượng bảo trợ xã hội",
      "đối tượng bảo trợ xã hội được chi trả bình quân mỗi tháng", I(Y23)),
    F("tại 151 xã", "151", 151, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có điểm chi trả", I(Y23)),
    F("đạt 41.500 triệu đồng", "41.500", 41_500_000_000, "money", "đồng",
      "doanh thu dịch vụ bưu chính công ích và hành chính công", I(Y24), status="target",
      change=C("increase", 8, "%", "năm 2023", approx="about")),
    F("100% điểm BĐVHX", "100", 100, "percent", "%", "điểm BĐVHX cung cấp dịch vụ công trực tuyến", I(Y24),
      status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Bưu điện tỉnh Quảng Bình, 'Số: 187/BC-BĐQB', place-and-date line 'ngày 12 tháng 01 năm 2024'):",
    "public-service postal revenue 2023, flattened '|' table with 'Đơn vị tính: triệu đồng', dossiers, pension payments, 2024 plan.",
    "Distractors: document number, date line, section numbers (I., 1., 2., 3., II.), 'Bảng 1', 'Lưu: VT, KH'.",
    "38.408 triệu: 'bằng 104,2% kế hoạch' is its share (percent), 'tăng 11,3% so với năm 2022' its change.",
    "Table: every numeric cell is a figure; triệu from the Đơn vị tính line; 'Kế hoạch 2023' cells are targets; period from the column",
    "header year (as h23); the 'Tỷ lệ so KH (%)' column has no year in its header (inherited). No totals for table cells.",
    "'Trong năm' = 2023 (the report's year). 8/8 total 8. 'PHƯƠNG HƯỚNG NĂM 2024' is a heading: the 2024 plan's period is inherited;",
    "'Phấn đấu' makes both clauses targets; 'tăng khoảng 8%' is the change of 41.500 triệu (approx about).",
]

emit("p363-3", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Quảng Bình")
