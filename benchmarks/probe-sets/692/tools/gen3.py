"""p692-3: formal report under a letterhead (UBND tỉnh Quảng Trị) - Lao students, first half of 2024, flattened | table."""
from lib import write, fig, per, inh, ch, tg

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 241/BC-UBND
Quảng Trị, ngày 18 tháng 7 năm 2024

BÁO CÁO
Kết quả đào tạo lưu học sinh Lào 6 tháng đầu năm 2024

Thực hiện Công văn số 1902/BGDĐT-HTQT ngày 03/5/2024 của Bộ Giáo dục và Đào tạo, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đào tạo
Tính đến ngày 30/6/2024, các cơ sở đào tạo trên địa bàn tỉnh đang đào tạo 437 lưu học sinh Lào, trong đó 265 lưu học sinh diện học bổng của tỉnh và 172 lưu học sinh tự túc. Lưu học sinh đến từ 3 tỉnh Savannakhet, Salavan và Champasak chiếm 88,6% tổng số.

Bảng 1. Lưu học sinh Lào theo cơ sở đào tạo (tính đến 30/6/2024)
TT | Cơ sở đào tạo | Lưu học sinh (người) | Tuyển mới 6 tháng (người) | Kinh phí (triệu đồng)
1 | Phân hiệu Đại học Huế tại Quảng Trị | 168 | 42 | 3.528
2 | Trường Cao đẳng Y tế Quảng Trị | 121 | 35 | 2.178
3 | Trường Cao đẳng Kỹ thuật Quảng Trị | 97 | 28 | 1.455
4 | Trường Chính trị Lê Duẩn | 51 | 15 | 918
Tổng cộng | | 437 | 120 | 8.079

2. Kết quả học tập
6 tháng đầu năm 2024, có 96 lưu học sinh tốt nghiệp, đạt 104,3% kế hoạch; tỷ lệ lưu học sinh đạt kết quả học tập từ khá trở lên là 78,4%. Có 9 lưu học sinh vi phạm quy chế, giảm 5 trường hợp so với cùng kỳ.

3. Kinh phí
Tổng kinh phí đào tạo lưu học sinh Lào 6 tháng đầu năm ước thực hiện 8.079 triệu đồng, bằng 52,1% dự toán năm 2024 (15.500 triệu đồng).

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
Dự kiến tuyển mới 150 lưu học sinh Lào, nâng tổng quy mô đến cuối năm 2024 lên khoảng 520 người; phấn đấu 100% lưu học sinh được bố trí chỗ ở trong ký túc xá./.

Nơi nhận:
- Bộ GD&ĐT;
- Lưu: VT, KGVX.
"""

ASOF = per("Tính đến ngày 30/6/2024", end="2024-06-30")
TBL = per("tính đến 30/6/2024", end="2024-06-30", inherited=True)
TBLH = per("6 tháng", "2024-01-01", "2024-06-30", inherited=True)
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)
EOY = per("đến cuối năm 2024", end="2024-12-31")

ROWS = [
    ("Phân hiệu Đại học Huế tại Quảng Trị", "| 168 |", "168", "| 42 |", "42", "| 3.528", "3.528"),
    ("Trường Cao đẳng Y tế Quảng Trị", "| 121 |", "121", "| 35 |", "35", "| 2.178", "2.178"),
    ("Trường Cao đẳng Kỹ thuật Quảng Trị", "| 97 |", "97", "| 28 |", "28", "| 1.455", "1.455"),
    ("Trường Chính trị Lê Duẩn", "| 51 |", "51", "| 15 |", "15", "| 918", "918"),
]

FIGS = [
    fig("đào tạo 437 lưu học sinh", "437", 437, "count", "lưu học sinh", "lưu học sinh Lào đang đào tạo tại các cơ sở đào tạo", ASOF),
    fig("trong đó 265 lưu học sinh", "265", 265, "count", "lưu học sinh", "lưu học sinh diện học bổng của tỉnh", ASOF, total=437),
    fig("và 172 lưu học sinh", "172", 172, "count", "lưu học sinh", "lưu học sinh tự túc", ASOF, total=437),
    fig("từ 3 tỉnh", "3", 3, "count", "tỉnh", "tỉnh của Lào có lưu học sinh", inh(ASOF), optional=True),
    fig("chiếm 88,6%", "88,6", 88.6, "percent", "%", "lưu học sinh đến từ 3 tỉnh Savannakhet, Salavan và Champasak", inh(ASOF)),
]
for name, a1, n1, a2, n2, a3, n3 in ROWS:
    FIGS.append(fig(f"{name} {a1}", n1, int(n1.replace(".", "")), "count", "người", f"Lưu học sinh {name}", TBL))
    FIGS.append(fig(f"{a1} {n2} |", n2, int(n2), "count", "người", f"Tuyển mới 6 tháng {name}", TBLH))
    FIGS.append(fig(f"{n2} {a3}", n3, int(n3.replace(".", "")) * 1e6, "money", "đồng", f"Kinh phí {name}", TBLH))
FIGS += [
    fig("| | 437", "437", 437, "count", "người", "Lưu học sinh tổng cộng", TBL),
    fig("| 120 |", "120", 120, "count", "người", "Tuyển mới 6 tháng tổng cộng", TBLH),
    fig("| 8.079", "8.079", 8079e6, "money", "đồng", "Kinh phí tổng cộng", TBLH),
    fig("có 96 lưu học sinh", "96", 96, "count", "lưu học sinh", "lưu học sinh tốt nghiệp", H1, percent=104.3),
    fig("là 78,4%", "78,4", 78.4, "percent", "%", "tỷ lệ lưu học sinh đạt kết quả học tập từ khá trở lên", H1),
    fig("Có 9 lưu học sinh", "9", 9, "count", "lưu học sinh", "lưu học sinh vi phạm quy chế", inh(H1),
        change=ch("decrease", 5, "trường hợp", "cùng kỳ")),
    fig("thực hiện 8.079 triệu đồng", "8.079", 8079e6, "money", "đồng", "tổng kinh phí đào tạo lưu học sinh Lào", H1b,
        percent=52.1, target=tg(15500e6, "đồng"), status="estimate"),
    fig("tuyển mới 150 lưu học sinh", "150", 150, "count", "lưu học sinh", "lưu học sinh Lào tuyển mới", H2, status="forecast"),
    fig("lên khoảng 520 người", "520", 520, "count", "người", "tổng quy mô lưu học sinh Lào", EOY,
        approx="about", status="forecast"),
    fig("phấn đấu 100% lưu học sinh", "100", 100, "percent", "%", "lưu học sinh được bố trí chỗ ở trong ký túc xá",
        inh(EOY), status="target"),
]

COMMENTS = [
    "Báo cáo số 241/BC-UBND của UBND tỉnh Quảng Trị: đào tạo lưu học sinh Lào 6 tháng đầu năm 2024. The place-and-date line gives `published`.",
    "Flattened table (TT | Cơ sở đào tạo | Lưu học sinh (người) | Tuyển mới 6 tháng (người) | Kinh phí (triệu đồng)): every numeric cell is a",
    "figure, subject = column + row label, money cells x10^6 from the header. Row numbers 1-4, 'Bảng 1', section numbers I./II./1./2./3. are not figures.",
    "Table periods come from the title line / column header (another line): inherited, unscored. Table cells get no total (no cue).",
    "'bằng 52,1% dự toán năm 2024 (15.500 triệu đồng)': 52,1 is the percent, the bracketed plan amount is the target of 8.079 triệu.",
    "'3 tỉnh Savannakhet, Salavan và Champasak' optional (a count inside a name-list); Lao provinces are not places of the figures.",
    "Distractors: Số: 241/BC-UBND, Công văn số 1902/BGDĐT-HTQT ngày 03/5/2024, 'Trường Chính trị Lê Duẩn', '/.'.",
    "'Dự kiến' (forecast) continues into 'nâng tổng quy mô ... lên khoảng 520 người'; 'phấn đấu 100%' is a target.",
]

if __name__ == "__main__":
    write("p692-3", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Quảng Trị")
