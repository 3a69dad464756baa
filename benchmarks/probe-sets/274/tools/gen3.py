from lib import F, P, C, emit

TEXT = """TẬP ĐOÀN CÔNG NGHIỆP CAO SU VIỆT NAM
CÔNG TY TNHH MTV CAO SU CHƯ SÊ
Số: 146/BC-CSCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Chư Sê, ngày 28 tháng 6 năm 2024

BÁO CÁO
Kết quả sản xuất kinh doanh 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024
1. Quản lý đất đai, vườn cây
Công ty đang quản lý 9.865 ha đất tại các huyện Chư Sê, Chư Pưh và Phú Thiện (tỉnh Gia Lai), trong đó diện tích vườn cây cao su 8.420 ha, gồm 6.950 ha cao su khai thác và 1.470 ha cao su kiến thiết cơ bản.

2. Sản xuất, kinh doanh
Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so KH năm (%)
Sản lượng mủ khai thác | tấn | 10.200 | 3.978 | 39,0
Sản lượng thu mua | tấn | 1.500 | 642 | 42,8
Sản lượng tiêu thụ | tấn | 11.500 | 4.815 | 41,9
Giá bán bình quân | triệu đồng/tấn | 38,5 | 41,26 | 107,2
Tổng doanh thu | tỷ đồng | 465 | 212,4 | 45,7
Lợi nhuận trước thuế | tỷ đồng | 52 | 27,8 | 53,5

Thu nhập bình quân của người lao động đạt 9,2 triệu đồng/người/tháng, tăng 7% so với cùng kỳ. Công ty đã thanh lý 215 ha cao su hết chu kỳ khai thác, thu về khoảng 34.500 m³ gỗ cao su nguyên liệu; giá bán đấu giá vườn cây thanh lý bình quân đạt 268 triệu đồng/ha.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu khai thác 6.222 tấn mủ; trồng tái canh 230 ha cao su, trong đó 45 ha trồng xen cây dược liệu; hoàn thành cấp chứng chỉ FSC cho 1.200 ha vườn cây.

Nơi nhận:
- Tập đoàn CNCS Việt Nam (b/c);
- Lưu: VT, KHĐT.
TỔNG GIÁM ĐỐC
"""

COMMENTS = [
    "Formal company report with letterhead (Công ty TNHH MTV Cao su Chư Sê, 'Số: 146/BC-CSCS'); the place-and-date line is its date.",
    "The company's land lies in three districts of Gia Lai: default location Gia Lai. Nested parts: 8.420 ha of the 9.865 ha (trong đó),",
    "6.950 / 1.470 ha of the 8.420 ha (gồm). 'đang quản lý' is a stock: no period.",
    "Flattened '|' table with a per-row ĐVT column: units and multipliers from it ('triệu đồng/tấn' -> đồng/tấn x1e6, 'tỷ đồng' -> đồng x1e9).",
    "Plan column 'Kế hoạch năm 2024' -> status target, period năm 2024 (column header, as h23); 'Thực hiện 6 tháng' -> period first half 2024;",
    "'Tỷ lệ so KH năm (%)' cells are percent figures of their own (period inherited from section heading I). No totals for table cells.",
    "Text after the table and section II inherit their periods from the headings. Section II is 'Phấn đấu' -> status target; 45 ha has total 230.",
    "Distractors: document number, date line, section numbers I./II./1./2., 'Bảng 1', 'Lưu: VT, KHĐT', '(b/c)'.",
]

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inh=True)

rows = [
    ("Sản lượng mủ khai thác", "tấn", "measure", 1, ("10.200", 10200), ("3.978", 3978), ("39,0", 39.0)),
    ("Sản lượng thu mua", "tấn", "measure", 1, ("1.500", 1500), ("642", 642), ("42,8", 42.8)),
    ("Sản lượng tiêu thụ", "tấn", "measure", 1, ("11.500", 11500), ("4.815", 4815), ("41,9", 41.9)),
    ("Giá bán bình quân", "đồng/tấn", "money", 1e6, ("38,5", 38.5), ("41,26", 41.26), ("107,2", 107.2)),
    ("Tổng doanh thu", "đồng", "money", 1e9, ("465", 465), ("212,4", 212.4), ("45,7", 45.7)),
    ("Lợi nhuận trước thuế", "đồng", "money", 1e9, ("52", 52), ("27,8", 27.8), ("53,5", 53.5)),
]
line = {r[0]: None for r in rows}
TABLE = []
for label, unit, kind, mult, plan, done, rate in rows:
    dvt = {"đồng/tấn": "triệu đồng/tấn", "đồng": "tỷ đồng"}.get(unit, unit)
    TABLE.append(F(f"{label} | {dvt} | {plan[0]} |", plan[0], round(plan[1] * mult, 6), kind, unit,
                   f"{label} kế hoạch năm 2024", PLAN, status="target"))
    TABLE.append(F(f"| {plan[0]} | {done[0]} |", done[0], round(done[1] * mult, 6), kind, unit,
                   f"{label} thực hiện 6 tháng", DONE))
    TABLE.append(F(f"| {done[0]} | {rate[0]}\n", rate[0], rate[1], "percent", "%",
                   f"Tỷ lệ {label} so kế hoạch năm", H1))

FIGS = [
    F("quản lý 9.865 ha", "9.865", 9865, "measure", "ha", "diện tích đất công ty quản lý"),
    F("cao su 8.420 ha", "8.420", 8420, "measure", "ha", "diện tích vườn cây cao su", total=9865),
    F("gồm 6.950 ha", "6.950", 6950, "measure", "ha", "diện tích cao su khai thác", total=8420),
    F("và 1.470 ha", "1.470", 1470, "measure", "ha", "diện tích cao su kiến thiết cơ bản", total=8420),
] + TABLE + [
    F("đạt 9,2 triệu đồng/người/tháng", "9,2", 9200000, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động",
      H1, change=C("increase", 7, "%", "cùng kỳ")),
    F("thanh lý 215 ha", "215", 215, "measure", "ha", "diện tích cao su hết chu kỳ khai thác được thanh lý", H1),
    F("khoảng 34.500 m³", "34.500", 34500, "measure", "m³", "gỗ cao su nguyên liệu thu về", H1, approx="about"),
    F("đạt 268 triệu đồng/ha", "268", 268000000, "money", "đồng/ha", "giá bán đấu giá vườn cây thanh lý bình quân", H1),
    F("khai thác 6.222 tấn", "6.222", 6222, "measure", "tấn", "sản lượng mủ khai thác", H2, status="target"),
    F("tái canh 230 ha", "230", 230, "measure", "ha", "diện tích trồng tái canh cao su", H2, status="target"),
    F("trong đó 45 ha", "45", 45, "measure", "ha", "diện tích trồng xen cây dược liệu", H2, status="target", total=230),
    F("cho 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích vườn cây được cấp chứng chỉ FSC", H2, status="target"),
]

emit("p274-3", TEXT, COMMENTS, FIGS, published="2024-06-28", location="Gia Lai")
