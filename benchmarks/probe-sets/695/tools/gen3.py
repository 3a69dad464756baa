from lib import F, P, I, CH, T, emit

ROWS = [("Chùa Hang", "1.847", "82", "1.052.400", "1.168.900"),
        ("Vân Sơn", "1.587", "90", "968.700", "1.103.500"),
        ("Chùa Bà", "1.120", "64", "215.300", "247.800")]
HEAD = "Tuyến | Chiều dài (m) | Số cabin | Lượt khách 9 tháng 2023 | Lượt khách 9 tháng 2024"
TABLE = HEAD + "\n" + "\n".join(" | ".join(r) for r in ROWS)

TEXT = """UBND TỈNH TÂY NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả hoạt động du lịch tại Khu du lịch quốc gia Núi Bà Đen 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khách và doanh thu
9 tháng năm 2024, Khu du lịch quốc gia Núi Bà Đen đón 4.125.300 lượt khách, tăng 12,8% so với cùng kỳ, đạt 82,5% kế hoạch năm (kế hoạch 5 triệu lượt); trong đó Lễ hội Xuân Núi Bà Đen đón 2,14 triệu lượt. Tổng doanh thu ước đạt 1.486,2 tỷ đồng, nộp ngân sách 152,7 tỷ đồng.

2. Vận chuyển khách bằng cáp treo
Bảng 1. Kết quả khai thác các tuyến cáp treo
""" + TABLE + """

Tổng lượt khách đi cáp treo 9 tháng năm 2024 đạt 2.520.200 lượt, chiếm 61,1% tổng lượt khách đến Núi Bà Đen, tăng 12,7% so với cùng kỳ.

3. Công tác bảo đảm an toàn
Đơn vị khai thác đã tổ chức 36 đợt kiểm tra, bảo dưỡng định kỳ; 100% cabin được kiểm định theo quy định, không để xảy ra sự cố mất an toàn.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu quý IV/2024 đón thêm khoảng 900.000 lượt khách; dự kiến khởi công tuyến cáp treo thứ tư với tổng vốn đầu tư 850 tỷ đồng theo Quyết định số 2388/QĐ-UBND ngày 12/8/2024.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("đón 4.125.300 lượt", "4.125.300", 4125300, "count", "lượt khách",
      "lượt khách đến Khu du lịch quốc gia Núi Bà Đen", M9,
      percent=82.5, change=CH("increase", 12.8, "%", "cùng kỳ"), target=T(5000000, "lượt")),
    F("đón 2,14 triệu", "2,14", 2140000, "count", "lượt", "lượt khách Lễ hội Xuân Núi Bà Đen", I(M9),
      total=4125300),
    F("ước đạt 1.486,2 tỷ", "1.486,2", 1486200000000, "money", "đồng", "tổng doanh thu", I(M9),
      status="estimate"),
    F("nộp ngân sách 152,7 tỷ", "152,7", 152700000000, "money", "đồng", "nộp ngân sách", I(M9),
      status="estimate"),
]
for name, length, cab, v23, v24 in ROWS:
    FIGS += [
        F(f"{name} | {length}", length, int(length.replace(".", "")), "measure", "m",
          f"{name} chiều dài"),
        F(f"{length} | {cab} |", cab, int(cab), "count", "cabin", f"{name} số cabin"),
        F(f"{cab} | {v23}", v23, int(v23.replace(".", "")), "count", "lượt khách",
          f"{name} lượt khách 9 tháng 2023", C23),
        F(f"{v23} | {v24}", v24, int(v24.replace(".", "")), "count", "lượt khách",
          f"{name} lượt khách 9 tháng 2024", C24),
    ]
FIGS += [
    F("đạt 2.520.200 lượt", "2.520.200", 2520200, "count", "lượt", "tổng lượt khách đi cáp treo", M9,
      percent=61.1, change=CH("increase", 12.7, "%", "cùng kỳ")),
    F("36 đợt", "36", 36, "count", "đợt", "đợt kiểm tra, bảo dưỡng định kỳ", I(M9)),
    F("100% cabin", "100", 100, "percent", "%", "cabin được kiểm định theo quy định"),
    F("khoảng 900.000 lượt", "900.000", 900000, "count", "lượt khách", "lượt khách đón thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="target"),
    F("đầu tư 850 tỷ", "850", 850000000000, "money", "đồng", "tổng vốn đầu tư tuyến cáp treo thứ tư",
      status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Tây Ninh formal report 'Số: 412/BC-UBND', 'Tây Ninh, ngày 07 tháng 10 năm 2024': Núi Bà Đen visitors and cable cars, 9 months 2024.",
    "'đạt 82,5% kế hoạch năm (kế hoạch 5 triệu lượt)': percent 82.5 and target 5.000.000 on 4.125.300 (the plan is an attribute, not a figure).",
    "'trong đó Lễ hội Xuân … 2,14 triệu lượt': part of 4.125.300; its period is the festival's, inside the 9 months: inherited (not scored).",
    "'ước đạt 1.486,2 tỷ đồng, nộp ngân sách 152,7 tỷ đồng': the cue continues into the second clause: both estimate.",
    "Flattened '|' table: every numeric cell is a figure; subject = row label + column label; lượt-khách periods from the column headers (scored).",
    "The table rows are cable-car lines, not places. Length and cabin cells carry no period.",
    "'quý IV/2024 … khoảng 900.000 lượt' target; 'dự kiến khởi công … 850 tỷ đồng' forecast. 'tuyến cáp treo thứ tư' is an ordinal.",
    "Distractors: 'Số: 412/BC-UBND', 'Quyết định số 2388/QĐ-UBND ngày 12/8/2024', 'Bảng 1', section numbers I., II., 1.–3., place-and-date line.",
]

emit("p695-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Tây Ninh")
