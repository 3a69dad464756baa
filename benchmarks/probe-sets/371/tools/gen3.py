from lib import F, P, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN HẢI HẬU
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Hậu, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác chăm sóc sức khỏe bà mẹ, trẻ em năm 2023

Thực hiện Công văn số 2874/SYT-NVY ngày 05/12/2023 của Sở Y tế, UBND huyện Hải Hậu báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Năm 2023, toàn huyện có 3.126 trẻ được sinh ra (1.618 trẻ trai, 1.508 trẻ gái); tỷ số giới tính khi sinh là 107,3 trẻ trai/100 trẻ gái. 100% ca đẻ được cán bộ y tế đỡ.

2. Kết quả thực hiện một số chỉ tiêu:
Bảng 1. Kết quả các chỉ tiêu chăm sóc sức khỏe sinh sản
Đơn vị tính: người
TT | Chỉ tiêu | Kế hoạch 2023 | Thực hiện 2023 | Tỷ lệ đạt (%)
1 | Phụ nữ có thai được quản lý | 3.200 | 3.154 | 98,6
2 | Bà mẹ được khám thai ≥ 4 lần | 2.900 | 2.987 | 103,0
3 | Bà mẹ sinh con tại cơ sở y tế | 3.050 | 3.071 | 100,7
4 | Trẻ sơ sinh được sàng lọc | 2.500 | 2.214 | 88,6
5 | Trẻ dưới 1 tuổi tiêm chủng đầy đủ | 3.100 | 3.082 | 99,4

3. Tử vong mẹ và trẻ em: Trong năm không có trường hợp tử vong mẹ; tử vong trẻ em dưới 1 tuổi 7 trường hợp, giảm 3 trường hợp so với năm 2022. Tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gram là 4,1%.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu năm 2024: tỷ lệ phụ nữ sinh con tại cơ sở y tế đạt trên 98%; 95% trẻ sơ sinh được sàng lọc ít nhất 2 bệnh; giảm số trẻ dưới 1 tuổi tử vong xuống dưới 6 trường hợp.

Nơi nhận:
- Sở Y tế (b/c);
- TT Huyện ủy, HĐND huyện;
- Lưu: VT, YT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Thịnh
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
KH = P("Kế hoạch 2023", "2023-01-01", "2023-12-31")
TH = P("Thực hiện 2023", "2023-01-01", "2023-12-31")
T24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Phụ nữ có thai được quản lý", "3.200", 3200, "3.154", 3154, "98,6", 98.6),
    ("Bà mẹ được khám thai ≥ 4 lần", "2.900", 2900, "2.987", 2987, "103,0", 103.0),
    ("Bà mẹ sinh con tại cơ sở y tế", "3.050", 3050, "3.071", 3071, "100,7", 100.7),
    ("Trẻ sơ sinh được sàng lọc", "2.500", 2500, "2.214", 2214, "88,6", 88.6),
    ("Trẻ dưới 1 tuổi tiêm chủng đầy đủ", "3.100", 3100, "3.082", 3082, "99,4", 99.4),
]
FIGS = [
    F("có 3.126 trẻ", "3.126", 3126, "count", "trẻ", "trẻ được sinh ra", Y),
    F("(1.618 trẻ trai", "1.618", 1618, "count", "trẻ trai", "trẻ trai được sinh ra", Y, total=3126),
    F("1.508 trẻ gái)", "1.508", 1508, "count", "trẻ gái", "trẻ gái được sinh ra", Y, total=3126),
    F("là 107,3 trẻ trai", "107,3", 107.3, "measure", "trẻ trai/100 trẻ gái", "tỷ số giới tính khi sinh", Y),
    F("100% ca đẻ", "100", 100, "percent", "%", "ca đẻ được cán bộ y tế đỡ", Yi),
]
for label, kn, kv, tn, tvv, rn, rv in ROWS:
    FIGS.append(F(f"| {kn} |", kn, kv, "count", "người", f"{label} kế hoạch 2023", KH, status="target"))
    FIGS.append(F(f"| {tn} |", tn, tvv, "count", "người", f"{label} thực hiện 2023", TH))
    FIGS.append(F(f"| {rn}\n", rn, rv, "percent", "%", f"{label} tỷ lệ đạt", Yi))
FIGS += [
    F("khám thai ≥ 4 lần |", "4", 4, "count", "lần", approx="at_least", optional=True),
    F("Trẻ dưới 1 tuổi tiêm", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("em dưới 1 tuổi 7 trường hợp", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("tuổi 7 trường hợp", "7", 7, "count", "trường hợp", "tử vong trẻ em dưới 1 tuổi",
      P("Trong năm", "2023-01-01", "2023-12-31"),
      change=dict(direction="decrease", value=3, unit="trường hợp", baseline="năm 2022")),
    F("dưới 2.500 gram", "2.500", 2500, "measure", "gram", approx="under", optional=True),
    F("là 4,1%", "4,1", 4.1, "percent", "%", "Tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gram", Yi),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", T24,
      approx="over", status="target"),
    F("95% trẻ sơ sinh", "95", 95, "percent", "%", "trẻ sơ sinh được sàng lọc ít nhất 2 bệnh", T24,
      status="target"),
    F("ít nhất 2 bệnh", "2", 2, "count", "bệnh", approx="at_least", status="target", optional=True),
    F("dưới 6 trường hợp", "6", 6, "count", "trường hợp", "số trẻ dưới 1 tuổi tử vong", T24,
      approx="under", status="target"),
    F("số trẻ dưới 1 tuổi tử vong", "1", 1, "measure", "tuổi", approx="under", optional=True),
]

COMMENTS = [
    "Formal report, letterhead UBND huyện Hải Hậu (Nam Định), 'Số: 215/BC-UBND'; the place-and-date line 'Hải Hậu, ngày 18 tháng 12 năm 2023' is its date.",
    "Flattened '|' table 'TT | Chỉ tiêu | Kế hoạch 2023 | Thực hiện 2023 | Tỷ lệ đạt (%)' with 'Đơn vị tính: người'; the '(%)' column overrides the unit.",
    "Every numeric cell is a figure; row numbers (TT) are not. Plan cells status target, period from the column header (scored, as in shared h23);",
    "the 'Tỷ lệ đạt (%)' column has no year: period from the report's year (inherited). Table cells get no total/percent/target attributes.",
    "Distractors: document numbers, dates, section numbers I./II./1./2./3., 'Bảng 1', 'Lưu: VT, YT'. '(1.618 trẻ trai, 1.508 trẻ gái)' adds up to 3.126: total.",
    "'107,3 trẻ trai/100 trẻ gái' is a rate (denominator in the unit, no total). Ages, '≥ 4 lần', 'dưới 2.500 gram', 'ít nhất 2 bệnh' are criteria: optional.",
    "'Trong năm' in a yearly report = 2023. Section II 'Phấn đấu năm 2024' gives status target and period 2024 to the three targets.",
]
emit(3, TEXT, COMMENTS, FIGS, published="2023-12-18", location="Hải Hậu")
