"""p1310-3: formal report (UBND tỉnh Đồng Nai): noise control in 2024, flattened '|' table of violations by type."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH ĐỒNG NAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/BC-UBND
Đồng Nai, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả kiểm soát ô nhiễm tiếng ồn năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Quan trắc tiếng ồn
Năm 2024, Sở Tài nguyên và Môi trường thực hiện 4 đợt quan trắc tại 62 điểm, tổng cộng 248 lượt đo. Có 19 điểm có giá trị vượt QCVN 26:2010/BTNMT, chiếm 30,6%, giảm 3 điểm so với năm 2023. Mức ồn trung bình cao nhất ghi nhận tại vòng xoay Tam Hiệp, TP Biên Hòa với 78,6 dBA, vượt 8,6 dBA so với quy chuẩn.

2. Xử lý vi phạm
Bảng 1. Số vụ vi phạm về tiếng ồn bị xử lý
Đơn vị tính: vụ
STT | Loại hình | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1 | Karaoke, quán bar | 96 | 118 | 122,9
2 | Cơ sở sản xuất | 21 | 17 | 81,0
3 | Công trình xây dựng | 34 | 39 | 114,7
4 | Phương tiện giao thông | 57 | 73 | 128,1
 | Tổng cộng | 208 | 247 | 118,8

Tổng số tiền phạt năm 2024 là 2,86 tỷ đồng, tăng 0,41 tỷ đồng so với năm 2023.

II. NHIỆM VỤ NĂM 2025
Phấn đấu 100% cơ sở sản xuất trong khu công nghiệp có biện pháp giảm thiểu tiếng ồn; nâng số điểm quan trắc lên 70 điểm; đưa vào vận hành trạm quan trắc tiếng ồn tự động thứ 3 tại TP Long Khánh.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [("Karaoke, quán bar", ["96", "118", "122,9"]),
        ("Cơ sở sản xuất", ["21", "17", "81,0"]),
        ("Công trình xây dựng", ["34", "39", "114,7"]),
        ("Phương tiện giao thông", ["57", "73", "128,1"]),
        ("Tổng cộng", ["208", "247", "118,8"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    row = label[0].lower() + label[1:]
    for col, n in zip(("năm 2023", "năm 2024", "so với cùng kỳ"), nums):
        a = f"{prev} | {n}"
        v = float(n.replace(",", "."))
        if col == "năm 2023":
            CELLS.append(fig(a, n, v, "count", "vụ", subject=f"{row} năm 2023", period=C23))
        elif col == "năm 2024":
            CELLS.append(fig(a, n, v, "count", "vụ", subject=f"{row} năm 2024", period=Y24))
        else:
            CELLS.append(fig(a, n, v, "percent", "%", subject=f"{row} so với cùng kỳ",
                             period=inh(Y24)))
        prev = n

FIGS = [
    fig("thực hiện 4 đợt", "4", 4, "count", "đợt", subject="đợt quan trắc", period=Y24),
    fig("tại 62 điểm", "62", 62, "count", "điểm", subject="điểm quan trắc", period=Y24),
    fig("tổng cộng 248 lượt", "248", 248, "count", "lượt đo", subject="lượt đo", period=Y24),
    fig("Có 19 điểm", "19", 19, "count", "điểm", percent=30.6,
        change=chg("decrease", 3, "điểm", "năm 2023"),
        subject="điểm có giá trị vượt QCVN 26:2010/BTNMT", period=inh(Y24)),
    fig("với 78,6 dBA", "78,6", 78.6, "measure", "dBA",
        change=chg("increase", 8.6, "dBA", "quy chuẩn"),
        subject="mức ồn trung bình cao nhất", period=inh(Y24), location="Biên Hòa"),
] + CELLS + [
    fig("là 2,86 tỷ", "2,86", 2.86e9, "money", "đồng",
        change=chg("increase", 0.41e9, "đồng", "năm 2023"),
        subject="tổng số tiền phạt", period=Y24b),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất trong khu công nghiệp có biện pháp giảm thiểu tiếng ồn", period=inh(Y25)),
    fig("lên 70 điểm", "70", 70, "count", "điểm", status="target",
        subject="số điểm quan trắc", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG NAI', 'Số: 27/BC-UBND', 'Đồng Nai, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: vụ': rows are violation types (not places) → location Đồng Nai; subject = row label + column label",
    "(FIGURES.md, Tables; revised after the first run: the caption 'vụ vi phạm về tiếng ồn bị xử lý' had been prefixed, which the spec does not say);",
    "period from the column header (scored); 'So với cùng kỳ (%)' cells are percent figures, their year (2024) only from the caption context",
    "(inherited, not scored). Row numbers 1-4 (STT) are not figures; cells get no total (as in the model set).",
    "'Có 19 điểm ..., chiếm 30,6%, giảm 3 điểm so với năm 2023' → percent 30.6 + change in điểm; no cue for total 62.",
    "'78,6 dBA, vượt 8,6 dBA so với quy chuẩn' → change in dBA with baseline 'quy chuẩn'; vòng xoay Tam Hiệp in TP Biên Hòa → location Biên Hòa.",
    "Section II 'NHIỆM VỤ NĂM 2025', 'Phấn đấu ...;' governs the list → target, period inherited from the heading.",
    "Distractors: Số: 27/BC-UBND, letterhead date, QCVN 26:2010/BTNMT, 'Bảng 1', STT 1-4, 'I.', 'II.', '1.', '2.', 'trạm ... thứ 3', 'Lưu: VT, KTN'.",
]

if __name__ == "__main__":
    write("p1310-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Đồng Nai")
