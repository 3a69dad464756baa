from lib import *

text = """UBND TỈNH QUẢNG BÌNH
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 1856/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 14 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động của các cơ sở trợ giúp xã hội công lập 9 tháng năm 2024

1. Công tác tiếp nhận, nuôi dưỡng đối tượng
Thực hiện Nghị định số 20/2021/NĐ-CP, 9 tháng năm 2024, các cơ sở trợ giúp xã hội công lập trực thuộc Sở tiếp nhận, chăm sóc đối tượng như sau:

Bảng 1. Tình hình đối tượng tại các cơ sở
Đơn vị tính: người
Cơ sở | Công suất (chỗ) | Đang nuôi dưỡng | Tiếp nhận mới | Hòa nhập cộng đồng
Trung tâm Bảo trợ xã hội tỉnh | 250 | 231 | 18 | 7
Trung tâm Chăm sóc và phục hồi chức năng người tâm thần | 300 | 286 | 24 | 5
Cơ sở cai nghiện ma túy tỉnh | 200 | 143 | 96 | 81
Cộng | 750 | 660 | 138 | 93

Tỷ lệ sử dụng công suất bình quân đạt 88%; riêng Trung tâm Chăm sóc và phục hồi chức năng người tâm thần đạt 95,3%.

2. Nhân lực và kinh phí
Tổng số viên chức, người lao động tại 03 cơ sở là 187 người (chỉ tiêu biên chế được giao là 205 người), trong đó 52 nhân viên công tác xã hội, 29 bác sĩ, điều dưỡng.
Kinh phí 9 tháng ước thực hiện 26,47 tỷ đồng, đạt 71,8% dự toán năm; trong đó chi nuôi dưỡng đối tượng 14,2 tỷ đồng, chi lương và các khoản theo lương 10,35 tỷ đồng.

3. Phương hướng quý IV/2024
Phấn đấu tiếp nhận thêm 30-35 đối tượng; 100% đối tượng đủ điều kiện được đưa về hòa nhập cộng đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ LĐ-TB&XH;
- Lưu: VT, BTXH.
GIÁM ĐỐC
Trần Quốc Tuấn
"""

N = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q = P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)
K9 = P("9 tháng", "2024-01-01", "2024-09-30")

rows = [
    ("Trung tâm Bảo trợ xã hội tỉnh", "Trung tâm Bảo trợ xã hội tỉnh |", ["250", "231", "18", "7"]),
    ("Trung tâm Chăm sóc và phục hồi chức năng người tâm thần", "người tâm thần |", ["300", "286", "24", "5"]),
    ("Cơ sở cai nghiện ma túy tỉnh", "Cơ sở cai nghiện ma túy tỉnh |", ["200", "143", "96", "81"]),
    ("Cộng", "Cộng |", ["750", "660", "138", "93"]),
]
cols = [("Công suất", "chỗ"), ("Đang nuôi dưỡng", "người"), ("Tiếp nhận mới", "người"), ("Hòa nhập cộng đồng", "người")]
figs = []
for label, head, cells in rows:
    line = head + " " + " | ".join(cells)
    for i, ((col, unit), c) in enumerate(zip(cols, cells)):
        left = head if i == 0 else cells[i - 1] + " |"
        right = " |" if i < 3 else "\n"
        figs.append(F(f"{left} {c}{right}", c, int(c), "count", unit, f"{col} {label}", period=N))

figs += [
    F("bình quân đạt 88%", "88", 88, "percent", "%", "tỷ lệ sử dụng công suất bình quân", period=N),
    F("đạt 95,3%", "95,3", 95.3, "percent", "%", "tỷ lệ sử dụng công suất Trung tâm Chăm sóc và phục hồi chức năng người tâm thần", period=N),
    F("tại 03 cơ sở", "03", 3, "count", "cơ sở", "cơ sở", optional=True),
    F("là 187 người", "187", 187, "count", "người", "viên chức, người lao động", target=tg(205, "người", False)),
    F("trong đó 52 nhân viên", "52", 52, "count", "nhân viên công tác xã hội", "nhân viên công tác xã hội", total=187),
    F("29 bác sĩ", "29", 29, "count", "bác sĩ, điều dưỡng", "bác sĩ, điều dưỡng", total=187),
    F("thực hiện 26,47 tỷ đồng", "26,47", 26470000000, "money", "đồng", "kinh phí", percent=71.8, status="estimate", period=K9),
    F("đối tượng 14,2 tỷ đồng", "14,2", 14200000000, "money", "đồng", "chi nuôi dưỡng đối tượng", total=26470000000,
      status="estimate", period=K9),
    F("lương 10,35 tỷ đồng", "10,35", 10350000000, "money", "đồng", "chi lương và các khoản theo lương", total=26470000000,
      status="estimate", period=K9),
    F("thêm 30-35 đối tượng", "30", 30, "count", "đối tượng", "đối tượng tiếp nhận thêm", value_max=35, status="target", period=Q),
    F("; 100% đối tượng", "100", 100, "percent", "%", "đối tượng đủ điều kiện được đưa về hòa nhập cộng đồng", status="target", period=Q),
]

build(4, [
    "Formal report with letterhead (Sở LĐ-TB&XH Quảng Bình, 'Số: 1856/BC-SLĐTBXH'); place-and-date line 'Quảng Bình, ngày 14 tháng 10 năm 2024'.",
    "Flattened '|' table with 'Đơn vị tính: người'; column 'Công suất (chỗ)' overrides the unit. Every numeric cell is a figure, 'Cộng' row included;",
    "subject = column + row label; period '9 tháng năm 2024' from the text above (inherited). No totals for table cells.",
    "'187 người (chỉ tiêu biên chế được giao là 205 người)' → target 205; 'trong đó 52 …, 29 …' totals 187. '03 cơ sở' optional (structure).",
    "'Kinh phí 9 tháng ước thực hiện 26,47 tỷ' estimate + percent 71.8; the 'trong đó' parts continue the clause → estimate, total 26,47 tỷ.",
    "Section 3 heading 'Phương hướng quý IV/2024' gives the targets their period (inherited). Distractors: doc number, Nghị định 20/2021, Bảng 1, 1./2./3.",
], text, figs, published="2024-10-14", location="Quảng Bình")
