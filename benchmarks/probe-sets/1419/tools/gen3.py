"""p1419-3: formal report (UBND tỉnh Bắc Ninh, Số: 27/BC-UBND), flattened '|' table of machines by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển máy bán hàng tự động và cửa hàng tự phục vụ năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Mạng lưới máy bán hàng tự động
Thực hiện Kế hoạch số 1567/KH-UBND, đến ngày 31/12/2024 toàn tỉnh có 1.146 máy bán hàng tự động, tăng 212 máy so với năm 2023, đạt 104,2% kế hoạch; trong đó 738 máy đặt tại các khu công nghiệp Yên Phong I, Quế Võ II, VSIP Bắc Ninh, chiếm 64,4%.

2. Số máy theo địa bàn
Đơn vị tính: máy
Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
TP Bắc Ninh | 286 | 341 | 380
TP Từ Sơn | 172 | 205 | 230
Huyện Yên Phong | 238 | 297 | 330
Huyện Quế Võ | 156 | 203 | 240
Các huyện còn lại | 82 | 100 | 120
Tổng cộng | 934 | 1.146 | 1.300

3. Cửa hàng tự phục vụ không người bán
Toàn tỉnh có 37 cửa hàng tự phục vụ không người bán, gồm 29 cửa hàng của Công ty CP Thương mại Kinh Bắc Mart và 8 cửa hàng của hộ kinh doanh. Doanh thu năm 2024 ước đạt 96,3 tỷ đồng, tăng 27,5% so với năm 2023; bình quân 2,6 tỷ đồng/cửa hàng/năm.

4. Thanh toán không dùng tiền mặt
Trong năm 2024, tỷ lệ giao dịch thanh toán bằng mã QR, ví điện tử tại máy và cửa hàng đạt 71,8% (năm 2023 là 59,3%).

II. NHIỆM VỤ NĂM 2025
Phấn đấu đến hết năm 2025 toàn tỉnh có 1.300 máy bán hàng tự động và 50 cửa hàng không người bán; tỷ lệ thanh toán không dùng tiền mặt đạt từ 80% trở lên.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = per("đến ngày 31/12/2024", None, "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y24c = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến hết năm 2025", None, "2025-12-31")

COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Bắc Ninh", "Bắc Ninh", ["286", "341", "380"]),
        ("TP Từ Sơn", "Từ Sơn", ["172", "205", "230"]),
        ("Huyện Yên Phong", "Yên Phong", ["238", "297", "330"]),
        ("Huyện Quế Võ", "Quế Võ", ["156", "203", "240"]),
        ("Các huyện còn lại", None, ["82", "100", "120"]),
        ("Tổng cộng", None, ["934", "1.146", "1.300"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        subj = "số máy bán hàng tự động " + (f"{label.lower()} " if place is None else "") + col
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "máy",
                         subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 1.146 máy", "1.146", 1146, "count", "máy", percent=104.2,
        change=chg("increase", 212, "máy", "năm 2023"), subject="máy bán hàng tự động", period=ASOF),
    fig("trong đó 738 máy", "738", 738, "count", "máy", total=1146, percent=64.4,
        subject="máy đặt tại các khu công nghiệp", period=ASOF),
] + CELLS + [
    fig("có 37 cửa hàng", "37", 37, "count", "cửa hàng", subject="cửa hàng tự phục vụ không người bán"),
    fig("gồm 29 cửa hàng", "29", 29, "count", "cửa hàng", total=37,
        subject="cửa hàng của Công ty CP Thương mại Kinh Bắc Mart"),
    fig("và 8 cửa hàng", "8", 8, "count", "cửa hàng", total=37, subject="cửa hàng của hộ kinh doanh"),
    fig("ước đạt 96,3 tỷ", "96,3", 96.3e9, "money", "đồng", status="estimate",
        change=chg("increase", 27.5, "%", "năm 2023"),
        subject="doanh thu", period=Y24b),
    fig("bình quân 2,6 tỷ", "2,6", 2.6e9, "money", "đồng/cửa hàng/năm", status="estimate",
        subject="doanh thu bình quân mỗi cửa hàng", period=Y24b),
    fig("đạt 71,8%", "71,8", 71.8, "percent", "%",
        subject="tỷ lệ giao dịch thanh toán bằng mã QR, ví điện tử tại máy và cửa hàng", period=Y24c),
    fig("là 59,3%", "59,3", 59.3, "percent", "%",
        subject="tỷ lệ giao dịch thanh toán bằng mã QR, ví điện tử", period=Y23b),
    fig("có 1.300 máy", "1.300", 1300, "count", "máy", status="target",
        subject="máy bán hàng tự động", period=T25),
    fig("và 50 cửa hàng", "50", 50, "count", "cửa hàng", status="target",
        subject="cửa hàng không người bán", period=T25),
    fig("từ 80% trở lên", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ thanh toán không dùng tiền mặt", period=T25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC NINH', 'Số: 27/BC-UBND', 'Bắc Ninh, ngày 15 tháng 01 năm 2025', sections I/II and 1-4, 'Nơi nhận'.",
    "Distractors: 'Số: 27/BC-UBND', 'Kế hoạch số 1567/KH-UBND', KCN 'Yên Phong I', 'Quế Võ II', section numbers, 'Lưu: VT, KT'.",
    "'đạt 104,2% kế hoạch' → percent attribute of 1.146; 'tăng 212 máy so với năm 2023' → change in máy.",
    "'trong đó 738 máy ..., chiếm 64,4%' → total 1146 and percent 64.4 (738/1146 = 64.4%).",
    "Flattened '|' table, 'Đơn vị tính: máy'; place rows (TP Bắc Ninh, TP Từ Sơn, Yên Phong, Quế Võ) go to location; 'Các huyện",
    "còn lại' and 'Tổng cộng' stay in the subject with the province as location; periods from the column headers;",
    "'Kế hoạch 2025' → target. Cells get no total.",
    "'gồm 29 ... và 8 cửa hàng' → total 37. '37 cửa hàng' sentence has no period of its own: none.",
    "'bình quân 2,6 tỷ đồng/cửa hàng/năm' continues the 'ước đạt' clause → estimate; derived from the year's revenue, period 2024.",
    "'(năm 2023 là 59,3%)' is a bracketed figure with its own period (2023), not a change.",
    "revised after the first run: '96,3 tỷ' subject 'doanh thu cửa hàng tự phục vụ không người bán' → 'doanh thu' (the sentence",
    "names only 'Doanh thu'; the shops came from the previous sentence).",
    "Section II 'Phấn đấu đến hết năm 2025' → targets, start null, end 2025-12-31; 'từ 80% trở lên' → at_least.",
]

if __name__ == "__main__":
    write("p1419-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Bắc Ninh")
