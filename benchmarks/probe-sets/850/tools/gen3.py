from lib import F, P, I, C, T, write

TEXT = """
UBND TỈNH QUẢNG NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND                Quảng Nam, ngày 16 tháng 10 năm 2023

BÁO CÁO
Kết quả công tác cấp cứu ngoại viện 9 tháng đầu năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận cuộc gọi
Thực hiện Kế hoạch số 2150/KH-UBND ngày 05/4/2022 của UBND tỉnh, 9 tháng đầu năm 2023 Trung tâm Cấp cứu 115 tỉnh tiếp nhận 14.262 cuộc gọi, trong đó 4.105 cuộc gọi cần điều xe cấp cứu. Số cuộc gọi nhầm, quấy rối là 2.730 cuộc, giảm 18% so với cùng kỳ.

2. Cấp cứu, vận chuyển người bệnh
Các kíp cấp cứu đã thực hiện 3.986 chuyến xe, cấp cứu 4.017 người bệnh, đạt 76,7% kế hoạch năm. Thu dịch vụ vận chuyển người bệnh ước đạt 3,45 tỷ đồng, bằng 81,2% dự toán năm. Kết quả tại các trạm như sau:
Đơn vị tính: ca
Trạm | Cấp cứu tại chỗ | Vận chuyển về viện | Cộng
Tam Kỳ | 412 | 1.268 | 1.680
Hội An | 205 | 716 | 921
Núi Thành | 138 | 524 | 662
Đại Lộc | 96 | 455 | 551
Phước Sơn | 31 | 172 | 203
Tổng cộng | 882 | 3.135 | 4.017

3. Thời gian tiếp cận
Thời gian tiếp cận hiện trường bình quân toàn tỉnh là 18,6 phút; khu vực đô thị 12 phút, khu vực miền núi 41 phút. Tỷ lệ người bệnh được tiếp cận trong vòng 15 phút đạt 58,3%.

II. TỒN TẠI, HẠN CHẾ
Toàn tỉnh có 22 xe cứu thương, trong đó 9 xe đã hết khấu hao; 5/9 trạm vệ tinh chưa đủ bác sĩ.

III. NHIỆM VỤ QUÝ IV/2023
Phấn đấu cả năm 2023 cấp cứu 5.240 người bệnh. Dự kiến bố trí 7,8 tỷ đồng mua sắm 3 xe cứu thương.

Nơi nhận: Bộ Y tế; TT Tỉnh ủy; Lưu: VT, KGVX.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH
Lê Văn Bảy
"""

Q9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
Q4 = P("QUÝ IV/2023", "2023-10-01", "2023-12-31", inherited=True)
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")

COLS = [("Cấp cứu tại chỗ", "ca cấp cứu tại chỗ"), ("Vận chuyển về viện", "ca vận chuyển về viện"),
        ("Cộng", "Cộng")]
ROWS = [("Tam Kỳ", ["412", "1.268", "1.680"]), ("Hội An", ["205", "716", "921"]),
        ("Núi Thành", ["138", "524", "662"]), ("Đại Lộc", ["96", "455", "551"]),
        ("Phước Sơn", ["31", "172", "203"]), ("Tổng cộng", ["882", "3.135", "4.017"])]


def table_figs():
    out = []
    for place, cells in ROWS:
        line = f"{place} | " + " | ".join(cells)
        for j, cell in enumerate(cells):
            # anchor: the previous cell (or the row label) and this cell, unique in the text
            prev = place if j == 0 else cells[j - 1]
            anchor = f"{prev} | {cell}"
            assert anchor in line
            loc = "Quảng Nam" if place == "Tổng cộng" else place
            value = float(cell.replace(".", ""))
            subj = "Tổng cộng" if (place == "Tổng cộng" and j == 2) else COLS[j][1]
            out.append(F(anchor, cell, value, "count", "ca", subj, I(Q9), location=loc))
    return out


FIGS = [
    F("tiếp nhận 14.262 cuộc gọi", "14.262", 14262, "count", "cuộc gọi",
      "cuộc gọi Trung tâm Cấp cứu 115 tỉnh tiếp nhận", Q9),
    F("trong đó 4.105 cuộc gọi", "4.105", 4105, "count", "cuộc gọi",
      "cuộc gọi cần điều xe cấp cứu", Q9, total=14262),
    F("là 2.730 cuộc", "2.730", 2730, "count", "cuộc", "cuộc gọi nhầm, quấy rối", I(Q9),
      change=C("decrease", 18, "%", "cùng kỳ")),
    F("thực hiện 3.986 chuyến xe", "3.986", 3986, "count", "chuyến xe",
      "chuyến xe các kíp cấp cứu thực hiện", I(Q9)),
    F("cấp cứu 4.017 người bệnh", "4.017", 4017, "count", "người bệnh",
      "người bệnh được cấp cứu", I(Q9), percent=76.7),
    F("ước đạt 3,45 tỷ đồng", "3,45", 3.45e9, "money", "đồng",
      "thu dịch vụ vận chuyển người bệnh", I(Q9), percent=81.2, status="estimate"),
] + table_figs() + [
    F("toàn tỉnh là 18,6 phút", "18,6", 18.6, "measure", "phút",
      "thời gian tiếp cận hiện trường bình quân toàn tỉnh", I(Q9)),
    F("đô thị 12 phút", "12", 12, "measure", "phút",
      "thời gian tiếp cận hiện trường bình quân khu vực đô thị", I(Q9)),
    F("miền núi 41 phút", "41", 41, "measure", "phút",
      "thời gian tiếp cận hiện trường bình quân khu vực miền núi", I(Q9)),
    F("trong vòng 15 phút", "15", 15, "measure", "phút",
      "ngưỡng thời gian tiếp cận", optional=True),
    F("đạt 58,3%", "58,3", 58.3, "percent", "%",
      "tỷ lệ người bệnh được tiếp cận trong vòng 15 phút", I(Q9)),
    F("có 22 xe cứu thương", "22", 22, "count", "xe cứu thương", "xe cứu thương toàn tỉnh"),
    F("trong đó 9 xe", "9", 9, "count", "xe", "xe cứu thương đã hết khấu hao", total=22),
    F("5/9 trạm", "5", 5, "count", "trạm vệ tinh", "trạm vệ tinh chưa đủ bác sĩ", total=9),
    F("cấp cứu 5.240 người bệnh", "5.240", 5240, "count", "người bệnh",
      "người bệnh được cấp cứu", Y23, status="target"),
    F("bố trí 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng",
      "kinh phí mua sắm xe cứu thương", Q4, status="forecast"),
    F("mua sắm 3 xe", "3", 3, "count", "xe cứu thương", "xe cứu thương mua sắm", Q4,
      status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Nam, Số: 318/BC-UBND, 16/10/2023): cấp cứu ngoại viện, 9 months of 2023.",
    "Flattened '|' table with 'Đơn vị tính: ca', a place column and a 'Tổng cộng' row: every cell is a figure,",
    "unit ca, subject = column label, place = row label; the total row is Quảng Nam. Table cells take the",
    "9-month period from the heading (another sentence): inherited. Cells get no totals.",
    "Distractors: Số 318/BC-UBND, Kế hoạch số 2150/KH-UBND ngày 05/4/2022, section numbers I-III / 1-3,",
    "heading 'QUÝ IV/2023', signer 'Lê Văn Bảy'. '15 phút' is the threshold of the indicator (optional).",
    "'đạt 76,7% kế hoạch năm' is the share of 4.017 (percent). 'Dự kiến' governs both 7,8 tỷ and 3 xe (forecast).",
    "revised after scoring: the 'Cộng' column's subject is its label 'Cộng' ('Tổng cộng' in the total row), as",
    "FIGURES.md's table rule says (row label + column label); the first gold paraphrased it as 'tổng số ca cấp cứu'.",
    "'Dự kiến bố trí ...' stands under the heading 'NHIỆM VỤ QUÝ IV/2023': that quarter, inherited.",
]

write("p850-3", TEXT, FIGS, NOTES, published="2023-10-16", location="Quảng Nam")
