"""p914-3: UBND tỉnh Nghệ An formal report on leprosy control 2023, flattened | table by district (12/2023)."""
from lib import F, P, C, T, inh, write, Doc

d = Doc()
d.add("""UBND TỈNH NGHỆ AN
Số: 487/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác phòng chống bệnh phong năm 2023

Thực hiện Công văn số 2156/BYT-KCB ngày 15/11/2023 của Bộ Y tế, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ NĂM 2023
1. Phát hiện, điều trị
Năm 2023, các đơn vị đã khám lồng ghép phát hiện bệnh phong cho 184.350 lượt người, đạt 102,4% kế hoạch; phát hiện 14 bệnh nhân mới, giảm 22,2% so với năm 2022. Tỷ lệ phát hiện 0,41 người/100.000 dân. Bệnh nhân mới phân theo huyện:

Đơn vị tính: người
TT | Huyện | Bệnh nhân mới | Thể nhiều vi khuẩn | Tàn tật độ 2
""")
ROWS = [("1", "Quỳnh Lưu", ["4", "3", "1"]),
        ("2", "Nghĩa Đàn", ["3", "2", "0"]),
        ("3", "Con Cuông", ["3", "3", "1"]),
        ("4", "Tương Dương", ["2", "1", "0"]),
        ("5", "Kỳ Sơn", ["2", "2", "1"]),
        ("", "Tổng cộng", ["14", "11", "3"])]
COLS = ["Bệnh nhân mới", "Thể nhiều vi khuẩn", "Tàn tật độ 2"]
for tt, name, cells in ROWS:
    d.add(f"{tt} | {name}" if tt else name)
    if not tt:
        d.add(" |")
    for j, c in enumerate(cells):
        d.add(" | ")
        d.add(c, mark=(name, j))
    d.add("\n")
d.add("""
2. Quản lý, chăm sóc
Toàn tỉnh đang quản lý 1.962 bệnh nhân phong, trong đó 684 người bị tàn tật độ 2, chiếm 34,9%. Trong năm, đã cấp 450 đôi giày và 320 bộ dụng cụ tự chăm sóc; phẫu thuật phục hồi chức năng cho 9 bệnh nhân. Trại phong Quỳnh Lập hiện nuôi dưỡng 96 bệnh nhân, mức trợ cấp 1,2 triệu đồng/người/tháng; tổng kinh phí chi trả năm 2023 ước đạt 1.382 triệu đồng.

3. Kinh phí
Tổng kinh phí phòng chống phong năm 2023 là 2,65 tỷ đồng, trong đó ngân sách tỉnh 1,9 tỷ đồng, nguồn tài trợ 750 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu khám phát hiện cho 185.000 lượt người; 100% bệnh nhân mới được điều trị đủ liều; giảm tỷ lệ tàn tật độ 2 ở bệnh nhân mới xuống dưới 15%.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
""")
TEXT = d.text

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23l = P("năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho 184.350 lượt người", "184.350", 184350, "count", "lượt người",
      "lượt người được khám lồng ghép phát hiện bệnh phong", Y23, percent=102.4),
    F("phát hiện 14 bệnh nhân mới", "14", 14, "count", "bệnh nhân", "bệnh nhân mới phát hiện", Y23,
      change=C("decrease", 22.2, "%", "năm 2022")),
    F("phát hiện 0,41 người/100.000 dân", "0,41", 0.41, "measure", "người/100.000 dân", "tỷ lệ phát hiện",
      inh(Y23)),
]
positions = {}
for tt, name, cells in ROWS:
    for j, c in enumerate(cells):
        s, _ = d.marks[(name, j)]
        loc = "Nghệ An" if name == "Tổng cộng" else name
        subj = COLS[j] + (" tổng cộng" if name == "Tổng cộng" else "")
        positions[len(FIGS)] = s
        FIGS.append(F(d.cell_anchor((name, j)), c, int(c), "count", "người", subj, inh(Y23), location=loc))
FIGS += [
    F("quản lý 1.962 bệnh nhân phong", "1.962", 1962, "count", "bệnh nhân", "bệnh nhân phong đang quản lý"),
    F("684 người bị tàn tật", "684", 684, "count", "người", "bệnh nhân bị tàn tật độ 2", total=1962, percent=34.9),
    F("cấp 450 đôi giày", "450", 450, "count", "đôi giày", "giày cấp cho bệnh nhân", IN_YEAR),
    F("320 bộ dụng cụ", "320", 320, "count", "bộ dụng cụ", "bộ dụng cụ tự chăm sóc được cấp", IN_YEAR),
    F("cho 9 bệnh nhân", "9", 9, "count", "bệnh nhân", "bệnh nhân được phẫu thuật phục hồi chức năng", IN_YEAR),
    F("nuôi dưỡng 96 bệnh nhân", "96", 96, "count", "bệnh nhân", "bệnh nhân Trại phong Quỳnh Lập nuôi dưỡng"),
    F("trợ cấp 1,2 triệu đồng/người/tháng", "1,2", 1.2e6, "money", "đồng/người/tháng", "mức trợ cấp"),
    F("ước đạt 1.382 triệu đồng", "1.382", 1382e6, "money", "đồng", "tổng kinh phí chi trả trợ cấp", Y23l,
      status="estimate"),
    F("là 2,65 tỷ đồng", "2,65", 2.65e9, "money", "đồng", "tổng kinh phí phòng chống phong", Y23l),
    F("ngân sách tỉnh 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "ngân sách tỉnh", Y23l, total=2.65e9),
    F("nguồn tài trợ 750 triệu đồng", "750", 750e6, "money", "đồng", "nguồn tài trợ", Y23l, total=2.65e9),
    F("cho 185.000 lượt người", "185.000", 185000, "count", "lượt người", "lượt người được khám phát hiện",
      inh(Y24), status="target"),
    F("100% bệnh nhân mới", "100", 100, "percent", "%", "bệnh nhân mới được điều trị đủ liều", inh(Y24),
      status="target"),
    F("xuống dưới 15%", "15", 15, "percent", "%", "tỷ lệ tàn tật độ 2 ở bệnh nhân mới", inh(Y24),
      approx="under", status="target"),
]

COMMENTS = [
    "Formal report of UBND tỉnh Nghệ An (Số: 487/BC-UBND, 12/12/2023) on leprosy control in 2023, with a flattened '|' table.",
    "Not figures: 'Số: 487/BC-UBND', 'Công văn số 2156/BYT-KCB ngày 15/11/2023', section numbers I./II./1.-3., the TT column, 'độ 2'.",
    "Table: unit 'người' from 'Đơn vị tính'; district rows give location, subject = column label; period from the paragraph",
    "(Năm 2023) in another sentence: inherited. Zero cells are numeric cells, hence figures. Table cells get no totals.",
    "'đạt 102,4% kế hoạch' is the percent of 184.350; 'Trong năm' = 2023 (the report's year); 'ước đạt' -> estimate.",
    "1,9 tỷ and 750 triệu follow 'trong đó' after 2,65 tỷ: total. Targets under 'PHƯƠNG HƯỚNG NĂM 2024' (heading: inherited period).",
]

if __name__ == "__main__":
    write("p914-3", TEXT, COMMENTS, FIGS, published="2023-12-12", location="Nghệ An", positions=positions)
