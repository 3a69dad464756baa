from lib import F, P, build

TEXT = """
ỦY BAN NHÂN DÂN
HUYỆN HẢI HẬU
Số: 158/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Hậu, ngày 20 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách đối với người khuyết tật 6 tháng đầu năm 2024

Thực hiện Công văn số 1125/SLĐTBXH-BTXH của Sở Lao động - Thương binh và Xã hội tỉnh Nam Định, UBND huyện báo cáo như sau:

I. TÌNH HÌNH NGƯỜI KHUYẾT TẬT
Tính đến ngày 31/5/2024, toàn huyện có 4.386 người khuyết tật tại 35 xã, thị trấn, phân theo dạng tật và mức độ như sau:

Bảng 1. Người khuyết tật phân theo dạng tật và mức độ khuyết tật
Đơn vị tính: người
Dạng tật | Đặc biệt nặng | Nặng | Nhẹ | Cộng
Vận động | 412 | 1.035 | 628 | 2.075
Nghe, nói | 96 | 287 | 214 | 597
Nhìn | 58 | 193 | 121 | 372
Thần kinh, tâm thần | 187 | 402 | 65 | 654
Trí tuệ | 143 | 276 | 38 | 457
Khác | 41 | 119 | 71 | 231
Cộng | 937 | 2.312 | 1.137 | 4.386

II. KẾT QUẢ THỰC HIỆN CHÍNH SÁCH
1. Trợ cấp xã hội: 6 tháng đầu năm, huyện chi trả trợ cấp hằng tháng cho 3.204 người khuyết tật nặng và đặc biệt nặng với tổng kinh phí 9,62 tỷ đồng; chi trả qua tài khoản cho 1.458 người, đạt 45,5%.
2. Hỗ trợ chăm sóc: 895 người khuyết tật đặc biệt nặng được hỗ trợ kinh phí chăm sóc; 12 người được nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh.
3. Phục hồi chức năng: cấp 64 xe lăn, 23 xe lắc và 15 máy trợ thính; khám sàng lọc cho 520 lượt người khuyết tật.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
Phấn đấu 100% người khuyết tật đủ điều kiện được hưởng trợ cấp kịp thời; nâng tỷ lệ chi trả không dùng tiền mặt lên trên 60%.

Nơi nhận:
- Sở LĐ-TB&XH tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Thịnh
"""

ASOF = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
ASOF_I = P("Tính đến ngày 31/5/2024", None, "2024-05-31", inherited=True)
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_I = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
H2_I = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

ROWS = [("Vận động", ["412", "1.035", "628", "2.075"]),
        ("Nghe, nói", ["96", "287", "214", "597"]),
        ("Nhìn", ["58", "193", "121", "372"]),
        ("Thần kinh, tâm thần", ["187", "402", "65", "654"]),
        ("Trí tuệ", ["143", "276", "38", "457"]),
        ("Khác", ["41", "119", "71", "231"]),
        ("Cộng", ["937", "2.312", "1.137", "4.386"])]
COLS = ["Đặc biệt nặng", "Nặng", "Nhẹ", "Cộng"]

FIGS = [
    F("có 4.386 người", "4.386", "count", "người khuyết tật", "người khuyết tật", period=ASOF),
    F("tại 35 xã", "35", "count", "xã, thị trấn", "xã, thị trấn", optional=True, period=ASOF),
]
for label, cells in ROWS:
    for i, cell in enumerate(cells):
        if i == 0:
            anchor = f"{label} | {cell} |"
        elif i == 3:
            anchor = f"{cells[2]} | {cell}\n"
        else:
            anchor = f"{cells[i-1]} | {cell} |"
        FIGS.append(F(anchor, cell, "count", "người", f"người khuyết tật {label} {COLS[i]}", period=ASOF_I))

FIGS += [
    F("cho 3.204 người", "3.204", "count", "người khuyết tật", "người khuyết tật nặng và đặc biệt nặng được chi trả trợ cấp hằng tháng", period=H1),
    F("phí 9,62 tỷ", "9,62", "money", "đồng", "tổng kinh phí chi trả trợ cấp", mult=1e9, period=H1),
    F("cho 1.458 người", "1.458", "count", "người", "người khuyết tật được chi trả trợ cấp qua tài khoản", percent=45.5, period=H1),
    F("895 người", "895", "count", "người khuyết tật", "người khuyết tật đặc biệt nặng được hỗ trợ kinh phí chăm sóc", period=H1_I),
    F("12 người", "12", "count", "người", "người khuyết tật được nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh", period=H1_I),
    F("cấp 64 xe lăn", "64", "count", "xe lăn", "xe lăn được cấp", period=H1_I),
    F("23 xe lắc", "23", "count", "xe lắc", "xe lắc được cấp", period=H1_I),
    F("15 máy trợ thính", "15", "count", "máy trợ thính", "máy trợ thính được cấp", period=H1_I),
    F("cho 520 lượt", "520", "count", "lượt người khuyết tật", "lượt người khuyết tật được khám sàng lọc", period=H1_I),
    F("Phấn đấu 100%", "100", "percent", "%", "người khuyết tật đủ điều kiện được hưởng trợ cấp kịp thời", status="target", period=H2_I),
    F("trên 60%", "60", "percent", "%", "tỷ lệ chi trả không dùng tiền mặt", approx="over", status="target", period=H2_I),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Hải Hậu, Nam Định, 'Số: 158/BC-UBND'); the place-and-date line gives published 2024-06-20.",
    "Flattened '|' table with 'Đơn vị tính: người': every numeric cell is a figure (28), subject = row label (dạng tật) + column label (mức độ)",
    "as the labels stand ('Cộng' kept), after the table title's noun 'người khuyết tật';",
    "period from 'Tính đến ngày 31/5/2024' in the sentence above the table (inherited). No total for table cells (as in the shared probe conventions).",
    "'35 xã, thị trấn' (structure) optional. Section II '6 tháng đầu năm' takes 2024 from the earlier dates; items 2 and 3 inherit it.",
    "'1.458 người, đạt 45,5%' share of the allowance recipients (percent attribute; no part cue, so no total).",
    "Section III heading '6 THÁNG CUỐI NĂM 2024' is the period of the targets (inherited); 'Phấn đấu' governs both clauses.",
    "revised: table-cell subjects reduced to the literal row and column labels (FIGURES.md Tables); first version paraphrased 'Cộng' and added header words.",
    "Distractors: document numbers, section numbers I./II./1./2./3., 'Bảng 1', 'Lưu: VT', signer.",
]

if __name__ == "__main__":
    build("p354-6", TEXT, FIGS, COMMENTS, published="2024-06-20", location="Hải Hậu")
