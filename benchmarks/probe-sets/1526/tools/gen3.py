"""p1526-3: formal report (UBND tỉnh Đồng Nai, Số: 247/BC-UBND): hand-wash and liquid soap 2023, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 247/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 18 tháng 12 năm 2023

BÁO CÁO
Tình hình sản xuất, kinh doanh nước rửa tay, xà phòng nước năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở sản xuất
Đến ngày 30/11/2023, toàn tỉnh có 23 cơ sở sản xuất nước rửa tay, xà phòng nước, giảm 6 cơ sở so với cuối năm 2022; trong đó 11 cơ sở có sản phẩm nước rửa tay khô được Bộ Y tế cấp số đăng ký lưu hành.

2. Sản lượng
Đơn vị tính: nghìn lít
Sản phẩm | Năm 2022 | Ước thực hiện 2023 | Ước thực hiện 2023 so với cùng kỳ (%) | Kế hoạch 2024
Nước rửa tay khô | 1.850 | 1.240 | 67,0 | 1.100
Nước rửa tay diệt khuẩn | 2.960 | 3.150 | 106,4 | 3.300
Xà phòng nước | 14.200 | 15.680 | 110,4 | 16.500
Tổng cộng | 19.010 | 20.070 | 105,6 | 20.900

Nước rửa tay khô tiếp tục giảm do nhu cầu phòng dịch không còn cao; xà phòng nước chiếm 78,1% tổng sản lượng.

3. Kiểm tra, xử lý vi phạm
Từ đầu năm đến nay, đoàn kiểm tra liên ngành đã kiểm tra 64 cơ sở, phát hiện 9 cơ sở vi phạm, xử phạt hành chính 186,5 triệu đồng; tiêu hủy gần 4.200 chai nước rửa tay không rõ nguồn gốc.

II. NHIỆM VỤ NĂM 2024
Phấn đấu tổng sản lượng năm 2024 đạt 20,9 triệu lít, tăng 4,1% so với năm 2023; 100% cơ sở sản xuất được kiểm tra định kỳ; tiếp tục thực hiện Nghị định số 91/2016/NĐ-CP về quản lý hóa chất, chế phẩm diệt côn trùng, diệt khuẩn dùng trong lĩnh vực gia dụng và y tế.

Nơi nhận:
- Bộ Y tế (Cục Quản lý môi trường y tế);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

ASOF = per("Đến ngày 30/11/2023", None, "2023-11-30")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
E23 = per("Ước thực hiện 2023", "2023-01-01", "2023-12-31")
C23 = per("Ước thực hiện 2023 so với cùng kỳ", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-12-18")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", Y22, None), ("ước thực hiện 2023", E23, "estimate"),
        ("ước thực hiện 2023 so với cùng kỳ", C23, "estimate"), ("kế hoạch 2024", K24, "target")]
ROWS = [("Nước rửa tay khô", ["1.850", "1.240", "67,0", "1.100"]),
        ("Nước rửa tay diệt khuẩn", ["2.960", "3.150", "106,4", "3.300"]),
        ("Xà phòng nước", ["14.200", "15.680", "110,4", "16.500"]),
        ("Tổng cộng", ["19.010", "20.070", "105,6", "20.900"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if "so với" in col:
            CELLS.append(fig(f"{prev} | {n}", n, num(n), "percent", "%",
                             subject=f"sản lượng {label.lower()} {col}", period=p, **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, num(n) * 1e3, "measure", "lít",
                             subject=f"sản lượng {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở",
        change=chg("decrease", 6, "cơ sở", "cuối năm 2022"),
        subject="cơ sở sản xuất nước rửa tay, xà phòng nước", period=ASOF),
    fig("trong đó 11 cơ sở", "11", 11, "count", "cơ sở", total=23,
        subject="cơ sở có sản phẩm nước rửa tay khô được Bộ Y tế cấp số đăng ký lưu hành", period=ASOF),
] + CELLS + [
    fig("chiếm 78,1%", "78,1", 78.1, "percent", "%",
        subject="tỷ trọng xà phòng nước trong tổng sản lượng", period=per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
    fig("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở đoàn kiểm tra liên ngành đã kiểm tra",
        period=YTD),
    fig("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở vi phạm", period=YTD),
    fig("hành chính 186,5 triệu", "186,5", 186.5e6, "money", "đồng", subject="xử phạt hành chính", period=YTD),
    fig("gần 4.200 chai", "4.200", 4200, "count", "chai", approx="nearly",
        subject="chai nước rửa tay không rõ nguồn gốc tiêu hủy", period=YTD),
    fig("đạt 20,9 triệu", "20,9", 20.9e6, "measure", "lít", status="target",
        change=chg("increase", 4.1, "%", "năm 2023"), subject="tổng sản lượng", period=Y24),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất được kiểm tra định kỳ", period=Y24),
]

NOTES = [
    "Formal report (UBND tỉnh Đồng Nai, 'Số: 247/BC-UBND', 'Đồng Nai, ngày 18 tháng 12 năm 2023'): the letterhead date is 'published'.",
    "Distractors: Số 247/BC-UBND, Nghị định số 91/2016/NĐ-CP, section numbers I./II./1.-3., 'Lưu: VT, KGVX', letterhead date.",
    "'Đến ngày 30/11/2023' → as-of period (start null) for 23 and 11 cơ sở; 'giảm 6 cơ sở so với cuối năm 2022' → change; 'trong đó 11' → total 23.",
    "Flattened '|' table, 'Đơn vị tính: nghìn lít' (×10³): each cell a figure; subject = 'sản lượng' + row + column label; period from headers;",
    "'Ước thực hiện 2023' and its 'so với cùng kỳ (%)' column → estimate; 'Kế hoạch 2024' → target; the comparison column cells are percents.",
    "'xà phòng nước chiếm 78,1% tổng sản lượng' → percent figure of its own; its year (2023) comes from the table/title: inherited.",
    "'Từ đầu năm đến nay' ends at the report date 2023-12-18. 'phát hiện 9 cơ sở vi phạm' after 'kiểm tra 64 cơ sở' has no part-of cue: no total.",
    "Section II: 'Phấn đấu' governs the ';'-chain → 20,9 triệu lít and 100% are targets for năm 2024.",
]

if __name__ == "__main__":
    write("p1526-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Đồng Nai")
