"""p1337-3: formal report (Sở GD&ĐT Thanh Hóa): teacher recruitment 2024 and plan 2025, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THANH HÓA
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 4127/BC-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả tuyển dụng giáo viên năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình đội ngũ
Tính đến ngày 30/11/2024, toàn tỉnh có 36.842 giáo viên công lập, trong đó 2.415 giáo viên hợp đồng, chiếm 6,6%. So với định mức theo Thông tư số 20/2023/TT-BGDĐT, toàn tỉnh còn thiếu 3.968 giáo viên; số biên chế được giao nhưng chưa tuyển là 1.612 chỉ tiêu. Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo đạt 89,2%, vượt 2,2% kế hoạch.

2. Kết quả tuyển dụng
Năm 2024, các địa phương tuyển dụng được 1.326 giáo viên, tăng 18,2% so với năm 2023, bằng 76,5% kế hoạch. Huyện Mường Lát và huyện Quan Sơn chỉ tuyển được 14/60 và 19/55 chỉ tiêu.

Bảng 1. Số giáo viên tuyển dụng mới theo cấp học
Đơn vị tính: người
Cấp học | Năm 2022 | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Mầm non | 312 | 348 | 402 | 560
Tiểu học | 386 | 421 | 478 | 650
Trung học cơ sở | 201 | 237 | 296 | 420
Trung học phổ thông | 104 | 116 | 150 | 210
Tổng cộng | 1.003 | 1.122 | 1.326 | 1.840

II. NHIỆM VỤ NĂM 2025
1. Năm 2025, phấn đấu tuyển dụng 1.840 giáo viên, giảm số giáo viên thiếu xuống còn khoảng 2.100 người.
2. Dự kiến hợp đồng tối đa 800 giáo viên tại các xã đặc biệt khó khăn theo Nghị định số 111/2022/NĐ-CP.

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Lưu: VT, TCCB.

GIÁM ĐỐC
(Đã ký)
Lê Văn Hùng
"""

ASOF = per("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("Kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Mầm non", ["312", "348", "402", "560"]),
        ("Tiểu học", ["386", "421", "478", "650"]),
        ("Trung học cơ sở", ["201", "237", "296", "420"]),
        ("Trung học phổ thông", ["104", "116", "150", "210"]),
        ("Tổng cộng", ["1.003", "1.122", "1.326", "1.840"])]

FIGS = [
    fig("có 36.842 giáo viên", "36.842", 36842, "count", "giáo viên",
        subject="giáo viên công lập", period=ASOF),
    fig("trong đó 2.415 giáo viên", "2.415", 2415, "count", "giáo viên", total=36842, percent=6.6,
        subject="giáo viên hợp đồng", period=ASOF),
    fig("thiếu 3.968 giáo viên", "3.968", 3968, "count", "giáo viên",
        subject="giáo viên còn thiếu so với định mức", period=inh(ASOF)),
    fig("là 1.612 chỉ tiêu", "1.612", 1612, "count", "chỉ tiêu",
        subject="biên chế được giao nhưng chưa tuyển", period=inh(ASOF)),
    fig("đạt 89,2%", "89,2", 89.2, "percent", "%", change=chg("increase", 2.2, "%", "kế hoạch"),
        subject="tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", period=inh(ASOF)),
    fig("được 1.326 giáo viên", "1.326", 1326, "count", "giáo viên", percent=76.5,
        change=chg("increase", 18.2, "%", "năm 2023"),
        subject="giáo viên các địa phương tuyển dụng được", period=Y24),
    fig("được 14/60", "14", 14, "count", "chỉ tiêu", target=tgt(60, "chỉ tiêu", False),
        subject="chỉ tiêu giáo viên tuyển được", period=inh(Y24), location="Mường Lát"),
    fig("và 19/55", "19", 19, "count", "chỉ tiêu", target=tgt(55, "chỉ tiêu", False),
        subject="chỉ tiêu giáo viên tuyển được", period=inh(Y24), location="Quan Sơn"),
]
for label, cells in ROWS:
    for (col, p, status), cell in zip(COLS, cells):
        FIGS.append(fig(f"| {cell}" + (" |" if col != "Kế hoạch 2025" else "\n"), cell,
                        float(cell.replace(".", "")), "count", "người",
                        subject=f"{label} {col}", period=p, status=status))
FIGS += [
    fig("tuyển dụng 1.840 giáo viên", "1.840", 1840, "count", "giáo viên", status="target",
        subject="giáo viên tuyển dụng", period=Y25),
    fig("khoảng 2.100 người", "2.100", 2100, "count", "người", approx="about", status="target",
        subject="số giáo viên thiếu", period=Y25),
    fig("tối đa 800 giáo viên", "800", 800, "count", "giáo viên", approx="at_most", status="forecast",
        subject="giáo viên hợp đồng tại các xã đặc biệt khó khăn", period=per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)),
]

NOTES = [
    "Formal report (Sở GD&ĐT Thanh Hóa, Số: 4127/BC-SGDĐT, 'Thanh Hóa, ngày 18 tháng 12 năm 2024'): sections I/II, 'Nơi nhận'.",
    "Distractors: Số: 4127/BC-SGDĐT, Thông tư số 20/2023/TT-BGDĐT, Nghị định số 111/2022/NĐ-CP, 'Bảng 1', section numbers I, II, 1., 2., 'ngày 30/11/2024'.",
    "Flattened '|' table, 'Đơn vị tính: người': subject = row label + column label; period and status from the column header; no totals for cells.",
    "'14/60 và 19/55 chỉ tiêu': the second number is the quota (chỉ tiêu), so it is a target (met false), not a total; places respective.",
    "'đạt 89,2%, vượt 2,2% kế hoạch': the gap to plan is a change (increase 2.2, baseline kế hoạch).",
    "'giảm số giáo viên thiếu xuống còn khoảng 2.100 người': the level after the fall, no change object.",
    "'Dự kiến hợp đồng tối đa 800 giáo viên': forecast, at_most; period from the heading 'NHIỆM VỤ NĂM 2025' (inherited).",
]

if __name__ == "__main__":
    write("p1337-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Thanh Hóa")
