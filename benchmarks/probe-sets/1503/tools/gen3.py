"""p1503-3: formal report (UBND TP Từ Sơn, Phòng Kinh tế, Số: 87/BC-KT): wood furniture and kitchen cabinets,
6 months 2024, flattened '|' table by product group with 'Đơn vị tính: tỷ đồng'."""
from lib import fig, per, inh, chg, write

TEXT = """UBND THÀNH PHỐ TỪ SƠN
PHÒNG KINH TẾ
Số: 87/BC-KT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Từ Sơn, ngày 05 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất đồ gỗ, tủ bếp và nội thất 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Giá trị sản xuất
Đơn vị tính: tỷ đồng
Nhóm sản phẩm | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%) | Kế hoạch năm 2024
Tủ bếp gỗ công nghiệp | 412,5 | 486,3 | 117,9 | 1.050
Tủ bếp gỗ tự nhiên | 218,4 | 231,6 | 106,0 | 480
Đồ gỗ mỹ nghệ | 1.126,0 | 1.098,2 | 97,5 | 2.300
Nội thất khác | 305,1 | 342,9 | 112,4 | 700
Tổng cộng | 2.062,0 | 2.159,0 | 104,7 | 4.530

Giá trị sản xuất 6 tháng đạt 47,7% kế hoạch năm; riêng tủ bếp gỗ công nghiệp tăng mạnh nhờ nhu cầu từ các dự án chung cư.

2. Cơ sở sản xuất và lao động
Đến ngày 30/6/2024, trên địa bàn có 1.284 cơ sở sản xuất đồ gỗ, nội thất, tăng 46 cơ sở so với cuối năm 2023; trong đó 317 cơ sở sản xuất tủ bếp, gồm 265 cơ sở làm tủ bếp gỗ công nghiệp và 52 cơ sở làm tủ bếp gỗ tự nhiên. Ngành thu hút khoảng 18.500 lao động, chiếm 38% lao động công nghiệp của thành phố.

3. Môi trường, phòng cháy chữa cháy
Kiểm tra 96 cơ sở theo Nghị định số 136/2020/NĐ-CP, phát hiện 21 cơ sở vi phạm, xử phạt 185 triệu đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu giá trị sản xuất năm 2024 đạt 4.530 tỷ đồng, tăng 9% so với năm 2023; di dời ít nhất 40 cơ sở vào Cụm công nghiệp Đồng Quang.

Nơi nhận:
- UBND tỉnh Bắc Ninh (b/c);
- Sở Công Thương;
- Lưu: VT, KT.
"""

H23 = per("6 tháng 2023", "2023-01-01", "2023-06-30")
H24 = per("6 tháng 2024", "2024-01-01", "2024-06-30")
H24T = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
K24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H6 = per("6 tháng", "2024-01-01", "2024-06-30")
ASOF = per("Đến ngày 30/6/2024", None, "2024-06-30")
YEAR = per("năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)

COLS = ["6 tháng 2023", "6 tháng 2024", "so với cùng kỳ", "kế hoạch năm 2024"]


def cell(anchor, number, row, col):
    v = float(number.replace(".", "").replace(",", "."))
    if col == "so với cùng kỳ":
        return fig(anchor, number, v, "percent", "%", subject=f"giá trị sản xuất {row} so với cùng kỳ", period=H24T)
    if col == "kế hoạch năm 2024":
        return fig(anchor, number, v * 1e9, "money", "đồng", subject=f"giá trị sản xuất {row} kế hoạch năm 2024",
                   period=K24, status="target")
    return fig(anchor, number, v * 1e9, "money", "đồng", subject=f"giá trị sản xuất {row} {col}",
               period=H23 if col.endswith("2023") else H24)


ROWS = [("Tủ bếp gỗ công nghiệp", ["412,5", "486,3", "117,9", "1.050"]),
        ("Tủ bếp gỗ tự nhiên", ["218,4", "231,6", "106,0", "480"]),
        ("Đồ gỗ mỹ nghệ", ["1.126,0", "1.098,2", "97,5", "2.300"]),
        ("Nội thất khác", ["305,1", "342,9", "112,4", "700"]),
        ("Tổng cộng", ["2.062,0", "2.159,0", "104,7", "4.530"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label.lower(), col))
        prev = n

FIGS = CELLS + [
    fig("đạt 47,7%", "47,7", 47.7, "percent", "%", subject="giá trị sản xuất so với kế hoạch năm", period=H6),
    fig("có 1.284 cơ sở", "1.284", 1284, "count", "cơ sở", change=chg("increase", 46, "cơ sở", "cuối năm 2023"),
        subject="cơ sở sản xuất đồ gỗ, nội thất", period=ASOF),
    fig("trong đó 317 cơ sở", "317", 317, "count", "cơ sở", total=1284, subject="cơ sở sản xuất tủ bếp",
        period=ASOF),
    fig("gồm 265 cơ sở", "265", 265, "count", "cơ sở", total=317, subject="cơ sở làm tủ bếp gỗ công nghiệp",
        period=ASOF),
    fig("và 52 cơ sở", "52", 52, "count", "cơ sở", total=317, subject="cơ sở làm tủ bếp gỗ tự nhiên",
        period=ASOF),
    fig("khoảng 18.500 lao động", "18.500", 18500, "count", "lao động", approx="about", percent=38,
        subject="lao động ngành thu hút", period=inh(ASOF)),
    fig("Kiểm tra 96 cơ sở", "96", 96, "count", "cơ sở", subject="cơ sở được kiểm tra", period=H24T),
    fig("phát hiện 21 cơ sở", "21", 21, "count", "cơ sở", subject="cơ sở vi phạm", period=H24T),
    fig("xử phạt 185 triệu", "185", 185e6, "money", "đồng", subject="tiền xử phạt", period=H24T),
    fig("đạt 4.530 tỷ", "4.530", 4530e9, "money", "đồng", status="target",
        change=chg("increase", 9, "%", "năm 2023"), subject="giá trị sản xuất năm 2024", period=YEAR),
    fig("ít nhất 40 cơ sở", "40", 40, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở di dời vào Cụm công nghiệp Đồng Quang", period=H2),
]

NOTES = [
    "Formal report (UBND TP Từ Sơn, Phòng Kinh tế, 'Số: 87/BC-KT', 'Từ Sơn, ngày 05 tháng 7 năm 2024', sections I/II and 1-3, 'Nơi nhận').",
    "Distractors: 87/BC-KT, the letterhead date, Nghị định số 136/2020/NĐ-CP, section numbers I., II., 1.-3., 'Lưu: VT, KT'.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng'; every numeric cell is a figure; subject = row + column label; period from the column",
    "header; 'Kế hoạch năm 2024' -> target. 'So với cùng kỳ (%)' cells are percent figures (share of the same period last year);",
    "their column has no period of its own, so the title's '6 tháng đầu năm 2024' is given as inherited (not scored). Cells get no total.",
    "'Giá trị sản xuất 6 tháng đạt 47,7% kế hoạch năm' has no amount in its sentence: a percent figure.",
    "Parts: 317 after 'trong đó' -> total 1.284; 265 and 52 after 'gồm' -> total 317. 'tăng 46 cơ sở so với cuối năm 2023' is a change (unit cơ sở).",
    "'phát hiện 21 cơ sở vi phạm' after 'Kiểm tra 96 cơ sở' has no part cue: no total. Section 3 and the 18.500 lao động inherit periods.",
    "Section II: 'Phấn đấu' governs both clauses; 'ít nhất 40 cơ sở' inherits '6 tháng cuối năm 2024' from the heading.",
]

if __name__ == "__main__":
    write("p1503-3", TEXT, NOTES, FIGS, published="2024-07-05", location="Từ Sơn")
