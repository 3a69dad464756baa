"""p1378-3: formal report (UBND tỉnh Điện Biên, Số: 412/BC-UBND): free press for ethnic-minority areas 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả cấp một số ấn phẩm báo, tạp chí cho vùng đồng bào dân tộc thiểu số và miền núi năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Số lượng ấn phẩm
Năm 2024, toàn tỉnh tiếp nhận và cấp phát 1.132,4 nghìn bản báo, tạp chí, tăng 2,6% so với năm 2023, đạt 99,1% kế hoạch. Số lượng theo từng ấn phẩm như sau:

Đơn vị tính: nghìn bản
Ấn phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Báo Dân tộc và Phát triển | 402,6 | 411,8 | 102,3
Báo Điện Biên Phủ | 583,0 | 598,5 | 102,7
Tạp chí Dân tộc | 118,2 | 122,1 | 103,3
Tổng cộng | 1.103,8 | 1.132,4 | 102,6

2. Đối tượng thụ hưởng và kinh phí
Ấn phẩm được cấp đến 1.526 thôn, bản đặc biệt khó khăn của 129 xã, phường, thị trấn. Tổng kinh phí thực hiện là 4,27 tỷ đồng, bằng 97,5% dự toán được giao.

3. Tồn tại, hạn chế
Còn 14/129 xã nhận báo chậm từ 2 đến 3 ngày, chủ yếu thuộc huyện Mường Nhé và huyện Nậm Pồ; khoảng 1,5% số ấn phẩm bị thất lạc, hư hỏng trong quá trình vận chuyển.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% thôn, bản đặc biệt khó khăn nhận báo không quá 2 ngày kể từ ngày phát hành; đề nghị Bộ Thông tin và Truyền thông bổ sung 02 đầu báo song ngữ tiếng Mông, tiếng Thái.

Nơi nhận:
- Bộ Thông tin và Truyền thông;
- Ủy ban Dân tộc;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)


def cell(anchor, number, row, col):
    v = float(number.replace(".", "").replace(",", "."))
    if col == "So với cùng kỳ (%)":
        # the ratio column states no period of its own; it compares the 2024 column with 2023
        return fig(anchor, number, v, "percent", "%", subject=f"{row} so với cùng kỳ", period=inh(Y24))
    p = Y23 if col == "Năm 2023" else Y24
    return fig(anchor, number, v * 1e3, "count", "bản", subject=f"{row} {col.lower()}", period=p)


ROWS = [("Báo Dân tộc và Phát triển", ["402,6", "411,8", "102,3"]),
        ("Báo Điện Biên Phủ", ["583,0", "598,5", "102,7"]),
        ("Tạp chí Dân tộc", ["118,2", "122,1", "103,3"]),
        ("Tổng cộng", ["1.103,8", "1.132,4", "102,6"])]
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)"]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    fig("phát 1.132,4 nghìn", "1.132,4", 1132400, "count", "bản", percent=99.1,
        change=chg("increase", 2.6, "%", "năm 2023"),
        subject="bản báo, tạp chí toàn tỉnh tiếp nhận và cấp phát", period=Y24),
] + CELLS + [
    fig("đến 1.526 thôn", "1.526", 1526, "count", "thôn, bản", subject="thôn, bản đặc biệt khó khăn được cấp ấn phẩm"),
    fig("của 129 xã", "129", 129, "count", "xã, phường, thị trấn", subject="xã, phường, thị trấn có thôn, bản được cấp ấn phẩm"),
    fig("là 4,27 tỷ", "4,27", 4.27e9, "money", "đồng", percent=97.5, subject="tổng kinh phí thực hiện"),
    fig("Còn 14/129 xã", "14", 14, "count", "xã", total=129, subject="xã nhận báo chậm"),
    fig("từ 2 đến 3 ngày", "2", 2, "measure", "ngày", value_max=3, subject="thời gian xã nhận báo chậm"),
    fig("khoảng 1,5%", "1,5", 1.5, "percent", "%", approx="about",
        subject="ấn phẩm bị thất lạc, hư hỏng trong quá trình vận chuyển"),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="thôn, bản đặc biệt khó khăn nhận báo không quá 2 ngày", period=Y25),
    fig("không quá 2 ngày", "2", 2, "measure", "ngày", approx="at_most", status="target",
        subject="thời gian thôn, bản nhận báo kể từ ngày phát hành", period=Y25),
    fig("bổ sung 02 đầu báo", "02", 2, "count", "đầu báo", status="target",
        subject="đầu báo song ngữ tiếng Mông, tiếng Thái đề nghị bổ sung", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐIỆN BIÊN', 'Số: 412/BC-UBND', 'Điện Biên, ngày 16 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 412/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, KGVX', 'KT. CHỦ TỊCH'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn bản' → 402,6 = 402.600 bản; 1.103,8 = 1.103.800 (dot groups, comma decimal).",
    "Table cells: subject = row + column label, period from the column header (scored); the 'So với cùng kỳ (%)' column is a percent",
    "figure per row; its header states no period, so its period (2024, the compared column) is marked inherited (not scored). No totals.",
    "'bằng 97,5% dự toán' → percent attribute. '14/129 xã' → total 129; the districts Mường Nhé and Nậm Pồ after 'chủ yếu thuộc' do",
    "not move the provincial count (location Điện Biên). 'từ 2 đến 3 ngày' is a range (delay), measure.",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2025' + 'Phấn đấu': the three figures are targets; the section title is another line: period inherited.",
]

if __name__ == "__main__":
    write("p1378-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Điện Biên")
