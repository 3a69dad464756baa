"""p481-3: formal report (UBND tỉnh Bắc Giang) — land allocation / lease H1/2024, flattened | table."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """UBND TỈNH BẮC GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả giao đất, cho thuê đất và thu tiền sử dụng đất 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Giao đất, cho thuê đất
6 tháng đầu năm 2024, UBND tỉnh đã ban hành 87 quyết định giao đất, cho thuê đất cho 64 tổ chức với tổng diện tích 412,37 ha, tăng 23,5% so với cùng kỳ năm 2023. Kết quả theo hình thức sử dụng đất như sau:

Bảng 1. Kết quả giao đất, cho thuê đất cho tổ chức
Hình thức | Số tổ chức | Diện tích (ha) | Số tiền phải nộp (tỷ đồng)
Giao đất có thu tiền sử dụng đất | 21 | 96,45 | 1.284,6
Giao đất không thu tiền sử dụng đất | 9 | 38,12 | 0
Cho thuê đất trả tiền hằng năm | 27 | 241,80 | 36,9
Cho thuê đất trả tiền một lần | 7 | 36,00 | 158,3
Tổng cộng | 64 | 412,37 | 1.479,8

2. Thu tiền sử dụng đất, tiền thuê đất
Số tiền đã thu 6 tháng đạt 1.126,4 tỷ đồng, bằng 45,1% dự toán năm; trong đó tiền sử dụng đất 982,7 tỷ đồng. Số tiền còn phải thu là 353,4 tỷ đồng, chủ yếu tại thị xã Việt Yên (146,2 tỷ đồng) và huyện Yên Dũng (98,5 tỷ đồng).

3. Cấp giấy chứng nhận
Toàn tỉnh cấp 6.842 giấy chứng nhận quyền sử dụng đất lần đầu, đạt 57% kế hoạch năm (12.000 giấy chứng nhận).

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 giao đất, cho thuê đất khoảng 850 ha; thu tiền sử dụng đất, tiền thuê đất đạt 2.500 tỷ đồng. Thực hiện nghiêm Nghị định số 103/2024/NĐ-CP của Chính phủ về tiền sử dụng đất, tiền thuê đất.

Nơi nhận: Bộ Tài nguyên và Môi trường; TT Tỉnh ủy, TT HĐND tỉnh; Lưu: VT, TN.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1T = inh(H1)
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
T = 1e9

ROWS = [
    ("Giao đất có thu tiền sử dụng đất | 21 | 96,45 | 1.284,6",
     "giao đất có thu tiền sử dụng đất", ("21", 21), ("96,45", 96.45), ("1.284,6", 1284.6)),
    ("Giao đất không thu tiền sử dụng đất | 9 | 38,12 | 0",
     "giao đất không thu tiền sử dụng đất", ("9", 9), ("38,12", 38.12), ("0", 0)),
    ("Cho thuê đất trả tiền hằng năm | 27 | 241,80 | 36,9",
     "cho thuê đất trả tiền hằng năm", ("27", 27), ("241,80", 241.8), ("36,9", 36.9)),
    ("Cho thuê đất trả tiền một lần | 7 | 36,00 | 158,3",
     "cho thuê đất trả tiền một lần", ("7", 7), ("36,00", 36.0), ("158,3", 158.3)),
    ("Tổng cộng | 64 | 412,37 | 1.479,8",
     "tổng cộng", ("64", 64), ("412,37", 412.37), ("1.479,8", 1479.8)),
]

FIGS = [
    fig("ban hành 87 quyết định", "87", 87, "count", "quyết định",
        "quyết định giao đất, cho thuê đất UBND tỉnh ban hành", H1),
    fig("cho 64 tổ chức", "64", 64, "count", "tổ chức", "tổ chức được giao đất, cho thuê đất", H1),
    fig("diện tích 412,37 ha", "412,37", 412.37, "measure", "ha", "tổng diện tích giao đất, cho thuê đất", H1,
        change=chg("increase", 23.5, baseline="cùng kỳ năm 2023")),
]
for line, label, (n1, v1), (n2, v2), (n3, v3) in ROWS:
    head = line.split(" | ")[0]
    FIGS += [
        fig(f"{head} | {n1} |", n1, v1, "count", "tổ chức", f"số tổ chức {label}", H1T),
        fig(f"| {n2} |", n2, v2, "measure", "ha", f"diện tích {label}", H1T),
        fig(f"| {n3}\n", n3, v3 * T, "money", "đồng", f"số tiền phải nộp {label}", H1T),
    ]
FIGS += [
    fig("đạt 1.126,4 tỷ đồng", "1.126,4", 1126.4 * T, "money", "đồng",
        "số tiền sử dụng đất, tiền thuê đất đã thu", per("6 tháng", "2024-01-01", "2024-06-30"), percent=45.1),
    fig("tiền sử dụng đất 982,7 tỷ đồng", "982,7", 982.7 * T, "money", "đồng", "tiền sử dụng đất đã thu",
        per("6 tháng", "2024-01-01", "2024-06-30"), total=1126.4 * T),
    fig("là 353,4 tỷ đồng", "353,4", 353.4 * T, "money", "đồng", "số tiền còn phải thu", H1T),
    fig("(146,2 tỷ đồng)", "146,2", 146.2 * T, "money", "đồng", "số tiền còn phải thu", H1T, location="Việt Yên"),
    fig("(98,5 tỷ đồng)", "98,5", 98.5 * T, "money", "đồng", "số tiền còn phải thu", H1T, location="Yên Dũng"),
    fig("cấp 6.842 giấy", "6.842", 6842, "count", "giấy chứng nhận",
        "giấy chứng nhận quyền sử dụng đất lần đầu được cấp", H1T, percent=57, target=tgt(12000, "giấy chứng nhận")),
    fig("khoảng 850 ha", "850", 850, "measure", "ha", "diện tích giao đất, cho thuê đất", Y24,
        approx="about", status="target"),
    fig("đạt 2.500 tỷ đồng", "2.500", 2500 * T, "money", "đồng", "thu tiền sử dụng đất, tiền thuê đất", Y24,
        status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Bắc Giang số 412/BC-UBND: giao đất, cho thuê đất, thu tiền sử dụng đất 6 tháng đầu năm 2024; flattened | table.",
    "The place-and-date line 'Bắc Giang, ngày 12 tháng 7 năm 2024' is the document's date (published). 'Số: 412/BC-UBND',",
    "'Nghị định số 103/2024/NĐ-CP', section numbers 'I.', '1.', '2.', '3.', 'II.', 'Bảng 1' and the heading '6 tháng cuối năm' are not figures.",
    "Table: every numeric cell (the 0 included, and the 'Tổng cộng' row) is a figure; unit from the column header ('(ha)', '(tỷ đồng)');",
    "subject = column + row label; period inherited from the report title / lead (the table has no period column). No totals on table",
    "cells (the total row follows the parts, no part-of cue). '(12.000 giấy chứng nhận)' after 'kế hoạch năm' is the 6.842's target.",
    "146,2 and 98,5 after 'chủ yếu tại' do not add up to 353,4: no total. '6 tháng' (no year) takes 2024 from the lead.",
]

if __name__ == "__main__":
    emit("p481-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Bắc Giang")
