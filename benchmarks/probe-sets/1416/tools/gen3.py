"""p1416-3: formal report (Sở Y tế Khánh Hòa), flattened '|' table by transplant type with a 'Trong đó' sub-row."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH KHÁNH HÒA
SỞ Y TẾ
Số: 412/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 14 tháng 01 năm 2025

BÁO CÁO
Kết quả triển khai kỹ thuật ghép tế bào gốc tạo máu năm 2024

Thực hiện Kế hoạch số 1187/KH-SYT ngày 20/3/2024, Sở Y tế báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Số ca ghép
Năm 2024, Bệnh viện Đa khoa tỉnh Khánh Hòa thực hiện 18 ca ghép tế bào gốc tạo máu, đạt 120% kế hoạch, tăng 5 ca so với năm 2023. Lũy kế từ năm 2020 đến hết năm 2024, bệnh viện đã ghép 49 ca.

Bảng 1. Số ca ghép tế bào gốc tạo máu theo loại ghép
Đơn vị tính: ca
Loại ghép | Năm 2023 | Năm 2024 | Kế hoạch 2025
Ghép tự thân | 10 | 13 | 15
Ghép đồng loài | 3 | 5 | 7
Tổng cộng | 13 | 18 | 22
Trong đó: bệnh nhi | 2 | 4 | 5

2. Chi phí và nguồn lực
Chi phí bình quân mỗi ca ghép tự thân là 285 triệu đồng, ghép đồng loài là 720 triệu đồng. Quỹ bảo hiểm y tế đã thanh toán 4,3 tỷ đồng, chiếm 58,9% tổng chi phí các ca ghép năm 2024. Đơn vị ghép có 12 giường vô khuẩn, 6 bác sĩ và 14 điều dưỡng; thời gian nằm viện trung bình 28 ngày/ca.

3. Tồn tại
Còn 9 người bệnh có chỉ định ghép đồng loài chưa tìm được người hiến phù hợp; thời gian chờ ghép trung bình trên 6 tháng.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu thực hiện 22 ca ghép, trong đó ít nhất 7 ca ghép đồng loài; dự kiến kinh phí mua sắm thiết bị khoảng 15 tỷ đồng.

Nơi nhận:
- Bộ Y tế (Cục QLKCB);
- UBND tỉnh;
- Lưu: VT, NVY.

GIÁM ĐỐC
Nguyễn Văn Phúc
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CUM = per("từ năm 2020 đến hết năm 2024", "2020-01-01", "2024-12-31")
INYEAR = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("năm 2024", C24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Ghép tự thân", "ghép tự thân", ["10", "13", "15"], None),
        ("Ghép đồng loài", "ghép đồng loài", ["3", "5", "7"], None),
        ("Tổng cộng", "tổng cộng", ["13", "18", "22"], None),
        ("Trong đó: bệnh nhi", "bệnh nhi", ["2", "4", "5"], [13, 18, 22])]

CELLS = []
for label, name, nums, totals in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if totals:
            kw["total"] = totals[i]
        CELLS.append(fig(f"{prev} | {n}", n, int(n), "count", "ca",
                         subject=f"số ca ghép tế bào gốc tạo máu {name} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("thực hiện 18 ca", "18", 18, "count", "ca", percent=120, change=chg("increase", 5, "ca", "năm 2023"),
        subject="ca ghép tế bào gốc tạo máu Bệnh viện Đa khoa tỉnh Khánh Hòa thực hiện", period=Y24),
    fig("ghép 49 ca", "49", 49, "count", "ca", subject="ca bệnh viện đã ghép lũy kế", period=CUM),
] + CELLS + [
    fig("là 285 triệu", "285", 285e6, "money", "đồng/ca", subject="chi phí bình quân mỗi ca ghép tự thân"),
    fig("là 720 triệu", "720", 720e6, "money", "đồng/ca", subject="chi phí bình quân mỗi ca ghép đồng loài"),
    fig("thanh toán 4,3 tỷ", "4,3", 4.3e9, "money", "đồng", percent=58.9,
        subject="Quỹ bảo hiểm y tế đã thanh toán", period=INYEAR),
    fig("có 12 giường", "12", 12, "count", "giường", subject="giường vô khuẩn của Đơn vị ghép"),
    fig("6 bác sĩ", "6", 6, "count", "bác sĩ", subject="bác sĩ của Đơn vị ghép"),
    fig("14 điều dưỡng", "14", 14, "count", "điều dưỡng", subject="điều dưỡng của Đơn vị ghép"),
    fig("trung bình 28 ngày", "28", 28, "measure", "ngày/ca", subject="thời gian nằm viện trung bình"),
    fig("Còn 9 người", "9", 9, "count", "người bệnh",
        subject="người bệnh có chỉ định ghép đồng loài chưa tìm được người hiến phù hợp"),
    fig("trên 6 tháng", "6", 6, "measure", "tháng", approx="over", subject="thời gian chờ ghép trung bình"),
    fig("thực hiện 22 ca", "22", 22, "count", "ca", status="target", subject="ca ghép thực hiện",
        period=Y25),
    fig("ít nhất 7 ca", "7", 7, "count", "ca", approx="at_least", total=22, status="target",
        subject="ca ghép đồng loài", period=Y25),
    fig("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí mua sắm thiết bị", period=Y25),
]

NOTES = [
    "revised after the first run: the target subject no longer carries the status cue (phấn đấu / đặt mục tiêu);",
    "the cue is the status field, the subject names the indicator.",
    "Formal report: 'UBND TỈNH KHÁNH HÒA / SỞ Y TẾ', 'Số: 412/BC-SYT', 'Khánh Hòa, ngày 14 tháng 01 năm 2025', sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: document numbers (412/BC-SYT, Kế hoạch số 1187/KH-SYT ngày 20/3/2024), section numbers, 'Bảng 1', 'Lưu: VT, NVY'.",
    "'đạt 120% kế hoạch' → percent attribute; 'tăng 5 ca so với năm 2023' → change in ca. 'Lũy kế từ năm 2020 đến hết năm 2024'.",
    "Flattened '|' table, 'Đơn vị tính: ca'; subject = caption indicator + row + column; period from the column header (scored);",
    "'Kế hoạch 2025' → target. The 'Trong đó: bệnh nhi' row follows the 'Tổng cộng' row: its cells take that column's total",
    "(FIGURES.md parts of a whole: a part after 'trong đó' that follows the whole). Other cells: no total.",
    "'chiếm 58,9% tổng chi phí các ca ghép năm 2024' → percent attribute of 4,3 tỷ, period 2024 (same sentence).",
    "Standing costs, staff, beds, stay and waiting times: no period. 'trên 6 tháng' is a waiting time (measure), not a period.",
    "Section II: 'Năm 2025, phấn đấu' → target; 'trong đó ít nhất 7 ca' → total 22; 'dự kiến' clause → forecast.",
]

if __name__ == "__main__":
    write("p1416-3", TEXT, NOTES, FIGS, published="2025-01-14", location="Khánh Hòa")
