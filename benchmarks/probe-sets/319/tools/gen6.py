from lib import F, P, ch, emit

TEXT = """ỦY BAN NHÂN DÂN
THỊ XÃ KINH MÔN
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kinh Môn, ngày 05 tháng 7 năm 2024

BÁO CÁO
Tình hình quản lý nhà nước về khoáng sản 6 tháng đầu năm 2024

I. HIỆN TRẠNG HOẠT ĐỘNG KHOÁNG SẢN
Trên địa bàn thị xã hiện có 14 giấy phép khai thác khoáng sản còn hiệu lực, tổng diện tích 486,3 ha. Kết quả khai thác 6 tháng đầu năm 2024 theo loại khoáng sản như sau:

Bảng 1. Sản lượng khai thác và nộp ngân sách
Đơn vị tính: nghìn tấn
Loại khoáng sản | Số giấy phép | Công suất cấp phép (nghìn tấn/năm) | Sản lượng 6 tháng | Nộp ngân sách (triệu đồng)
Đá vôi xi măng | 6 | 9.850 | 4.612 | 58.420
Đá vôi xây dựng | 4 | 1.320 | 587 | 9.175
Sét xi măng | 3 | 1.150 | 498 | 6.240
Cát xây dựng | 1 | 45 | 0 | 0
Cộng | 14 | 12.365 | 5.697 | 73.835

II. CÔNG TÁC KIỂM TRA, XỬ LÝ VI PHẠM
Trong kỳ, thị xã kiểm tra 9 mỏ, phát hiện 4 trường hợp khai thác vượt công suất, xử phạt 312 triệu đồng; giải tỏa 2 điểm khai thác đất trái phép tại phường Phú Thứ. Mỏ cát xây dựng chưa khai thác do đang làm thủ tục gia hạn giấy phép.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu sản lượng khai thác cả năm 2024 đạt khoảng 11,5 triệu tấn; thu ngân sách từ khoáng sản trên 150 tỷ đồng.

Nơi nhận:
- UBND tỉnh Hải Dương;
- Sở TN&MT;
- Lưu: VT, TNMT.
CHỦ TỊCH
Trần Quốc Bảo
"""

H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H1c = P("6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    # label, anchors/number strings for: licences, capacity, output, budget
    ("Đá vôi xi măng", [("Đá vôi xi măng | 6 |", "6"), ("6 | 9.850 |", "9.850"), ("9.850 | 4.612 |", "4.612"),
                        ("4.612 | 58.420", "58.420")]),
    ("Đá vôi xây dựng", [("Đá vôi xây dựng | 4 |", "4"), ("4 | 1.320 |", "1.320"), ("1.320 | 587 |", "587"),
                         ("587 | 9.175", "9.175")]),
    ("Sét xi măng", [("Sét xi măng | 3 |", "3"), ("3 | 1.150 |", "1.150"), ("1.150 | 498 |", "498"),
                     ("498 | 6.240", "6.240")]),
    ("Cát xây dựng", [("Cát xây dựng | 1 |", "1"), ("1 | 45 |", "45"), ("45 | 0 |", "0"), ("| 0\nCộng", "0")]),
    ("Cộng", [("Cộng | 14 |", "14"), ("14 | 12.365 |", "12.365"), ("12.365 | 5.697 |", "5.697"),
              ("5.697 | 73.835", "73.835")]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("hiện có 14 giấy phép", "14", 14, "count", "giấy phép", "giấy phép khai thác khoáng sản còn hiệu lực"),
    F("tổng diện tích 486,3 ha", "486,3", 486.3, "measure", "ha", "tổng diện tích"),
]
for label, cells in ROWS:
    row = "tổng cộng" if label == "Cộng" else label
    (a1, n1), (a2, n2), (a3, n3), (a4, n4) = cells
    FIGS.append(F(a1, n1, num(n1), "count", "giấy phép", f"Số giấy phép {row}"))
    FIGS.append(F(a2, n2, num(n2) * 1e3, "measure", "tấn/năm", f"Công suất cấp phép {row}"))
    FIGS.append(F(a3, n3, num(n3) * 1e3, "measure", "tấn", f"Sản lượng 6 tháng {row}", H1c))
    FIGS.append(F(a4, n4, num(n4) * 1e6, "money", "đồng", f"Nộp ngân sách {row}", H1i))
FIGS += [
    F("kiểm tra 9 mỏ", "9", 9, "count", "mỏ", "mỏ được kiểm tra", H1i),
    F("phát hiện 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp khai thác vượt công suất", H1i),
    F("xử phạt 312 triệu đồng", "312", 312e6, "money", "đồng", "tiền xử phạt", H1i),
    F("giải tỏa 2 điểm", "2", 2, "count", "điểm", "điểm khai thác đất trái phép tại phường Phú Thứ giải tỏa", H1i),
    F("khoảng 11,5 triệu tấn", "11,5", 11.5e6, "measure", "tấn", "sản lượng khai thác", Y24,
      approx="about", status="target"),
    F("trên 150 tỷ đồng", "150", 150e9, "money", "đồng", "thu ngân sách từ khoáng sản", Y24,
      approx="over", status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND thị xã Kinh Môn, Hải Dương, 'Số: 187/BC-UBND'); place-and-date line 'Kinh Môn, ngày 05 tháng 7 năm 2024'.",
    "FLATTENED '|' TABLE: 'Đơn vị tính: nghìn tấn' for output; headers override it: 'Số giấy phép' (count, giấy phép),",
    "'Công suất cấp phép (nghìn tấn/năm)' (×10³, tấn/năm), 'Nộp ngân sách (triệu đồng)' (×10⁶ đồng). Every numeric cell is a figure, zeros included;",
    "subject = column label + row label ('Cộng' = tổng cộng); no total attribute for table cells (as set 205). Period: 'Sản lượng 6 tháng' column",
    "header states it (2024 from the title); budget cells inherit the report's '6 tháng đầu năm 2024'; licence counts and capacities are stocks (no period).",
    "'Trong kỳ' = the report period (inherited). 'phường Phú Thứ' (a ward) stays in the subject; location Kinh Môn. Section III 'Phấn đấu … cả năm 2024' → targets.",
    "revised: 'giải tỏa 2 điểm' had location Phú Thứ (a ward); FIGURES.md locations are province/city/district → Kinh Môn.",
    "Distractors: document number, date line, 'Bảng 1', section numbers I./II./III., 'Lưu: VT, TNMT', 'UBND tỉnh Hải Dương', signer.",
]

emit("p319-6", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Kinh Môn")
