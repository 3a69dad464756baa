"""p1270-3: formal report (Sở NN&PTNT Ninh Bình, Số: 215/BC-SNN): zoos and wildlife exhibits 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH BÌNH
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 215/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý các cơ sở nuôi, trưng bày động vật hoang dã phục vụ tham quan năm 2024

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/11/2024, toàn tỉnh có 7 cơ sở nuôi, trưng bày động vật hoang dã phục vụ khách tham quan (tăng 2 cơ sở so với năm 2023), tổng diện tích 196,4 ha; các cơ sở đang nuôi 2.845 cá thể thuộc 112 loài, trong đó 318 cá thể thuộc danh mục loài nguy cấp, quý, hiếm.

II. KẾT QUẢ HOẠT ĐỘNG
1. Khách tham quan
Đơn vị tính: nghìn lượt khách
Cơ sở | Năm 2023 | Ước thực hiện năm 2024 | So với cùng kỳ (%) | Kế hoạch năm 2025
Vườn thú Kỳ Lân (Gia Viễn) | 412,6 | 468,3 | 113,5 | 500
Đồi Hươu Yên Thắng (Yên Mô) | 95,2 | 104,8 | 110,1 | 115
Vườn chim Hồ Đá (Hoa Lư) | 61,4 | 58,9 | 95,9 | 65
Tổng cộng | 569,2 | 632,0 | 111,0 | 680

2. Doanh thu, lao động
Năm 2024, doanh thu của các cơ sở ước đạt 186,5 tỷ đồng, tăng 14,2% so với năm 2023 và bằng 103,6% kế hoạch. Các cơ sở nộp ngân sách 11,8 tỷ đồng và sử dụng 624 lao động, trong đó 402 lao động là người địa phương.

3. Công tác bảo tồn
Trong năm, các cơ sở đã tiếp nhận 47 cá thể động vật do lực lượng kiểm lâm bàn giao, tái thả về tự nhiên 29 cá thể; có 3 cá thể bị chết do già yếu.

III. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu đón 680 nghìn lượt khách, doanh thu từ 200 đến 210 tỷ đồng; 100% cơ sở nuôi được cấp mã số theo Nghị định số 84/2021/NĐ-CP.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, KL.
"""

ASOF = per("Tính đến ngày 30/11/2024", None, "2024-11-30")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TN = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"),
        ("so với cùng kỳ", None, None), ("kế hoạch năm 2025", K25, "target")]
ROWS = [("Vườn thú Kỳ Lân", "Gia Viễn", "Vườn thú Kỳ Lân (Gia Viễn)", ["412,6", "468,3", "113,5", "500"]),
        ("Đồi Hươu Yên Thắng", "Yên Mô", "Đồi Hươu Yên Thắng (Yên Mô)", ["95,2", "104,8", "110,1", "115"]),
        ("Vườn chim Hồ Đá", "Hoa Lư", "Vườn chim Hồ Đá (Hoa Lư)", ["61,4", "58,9", "95,9", "65"]),
        ("tổng cộng", None, "Tổng cộng", ["569,2", "632,0", "111,0", "680"])]
CELLS = []
for row, loc, label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if loc:
            kw["location"] = loc
        if p:
            kw["period"] = p
        if col == "so với cùng kỳ":
            f = fig(f"{prev} | {n}", n, float(n.replace(",", ".")), "percent", "%",
                    subject=f"khách tham quan {row} so với cùng kỳ", **kw)
        else:
            f = fig(f"{prev} | {n}", n, float(n.replace(",", ".")) * 1e3, "count", "lượt khách",
                    subject=f"khách tham quan {row} {col}", **kw)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("có 7 cơ sở", "7", 7, "count", "cơ sở", change=chg("increase", 2, "cơ sở", "năm 2023"),
        subject="cơ sở nuôi, trưng bày động vật hoang dã phục vụ khách tham quan", period=ASOF),
    fig("tích 196,4 ha", "196,4", 196.4, "measure", "ha", subject="tổng diện tích các cơ sở", period=ASOF),
    fig("nuôi 2.845 cá thể", "2.845", 2845, "count", "cá thể", subject="cá thể các cơ sở đang nuôi", period=ASOF),
    fig("thuộc 112 loài", "112", 112, "count", "loài", subject="loài các cơ sở đang nuôi", period=ASOF),
    fig("đó 318 cá thể", "318", 318, "count", "cá thể", total=2845,
        subject="cá thể thuộc danh mục loài nguy cấp, quý, hiếm", period=ASOF),
] + CELLS + [
    fig("ước đạt 186,5 tỷ", "186,5", 186.5e9, "money", "đồng", status="estimate", percent=103.6,
        change=chg("increase", 14.2, "%", "năm 2023"), subject="doanh thu của các cơ sở", period=Y24),
    fig("sách 11,8 tỷ", "11,8", 11.8e9, "money", "đồng", subject="các cơ sở nộp ngân sách", period=inh(Y24)),
    fig("dụng 624 lao động", "624", 624, "count", "lao động", subject="lao động các cơ sở sử dụng",
        period=inh(Y24)),
    fig("đó 402 lao động", "402", 402, "count", "lao động", total=624, subject="lao động là người địa phương",
        period=inh(Y24)),
    fig("tiếp nhận 47 cá thể", "47", 47, "count", "cá thể",
        subject="cá thể động vật do lực lượng kiểm lâm bàn giao", period=TN),
    fig("nhiên 29 cá thể", "29", 29, "count", "cá thể", subject="cá thể tái thả về tự nhiên", period=TN),
    fig("có 3 cá thể", "3", 3, "count", "cá thể", subject="cá thể bị chết do già yếu", period=TN),
    fig("đón 680 nghìn", "680", 680e3, "count", "lượt khách", status="target", subject="lượt khách", period=Y25),
    fig("từ 200 đến 210 tỷ", "200", 200e9, "money", "đồng", value_max=210e9, status="target",
        subject="doanh thu", period=Y25),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target", subject="cơ sở nuôi được cấp mã số",
        period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH BÌNH / SỞ NÔNG NGHIỆP VÀ PTNT', 'Số: 215/BC-SNN', 'Ninh Bình, ngày 16 tháng 12 năm 2024' (published), sections I-III, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn lượt khách' -> count cells x1000 in lượt khách; the '%' column is percent, unit '%'.",
    "Row labels carry the district in brackets (Gia Viễn, Yên Mô, Hoa Lư): that district is the cell's location; 'Tổng cộng' -> Ninh Bình.",
    "Column header gives the period and status: 'Ước thực hiện năm 2024' -> estimate, 'Kế hoạch năm 2025' -> target; 'So với cùng kỳ (%)' names no period",
    "and no status cue, so its cells are actual with no period (annotation choice). Table cells get no total.",
    "'(tăng 2 cơ sở so với năm 2023)' is the change of 7 cơ sở. 'ước đạt 186,5 tỷ ..., tăng 14,2% ... và bằng 103,6% kế hoạch' -> change + percent.",
    "'Các cơ sở nộp ngân sách ...' is a new sentence without a cue: actual, period năm 2024 inherited. 'Trong năm' -> 2024.",
    "'tái thả về tự nhiên 29 cá thể' has no part-of cue after 47: no total. Section III 'Năm 2025, phấn đấu ...' -> target for all three.",
    "Distractors: 'Số: 215/BC-SNN', the letterhead date, 'Nghị định số 84/2021/NĐ-CP', section numbers I.-III., 1.-3., 'Lưu: VT, KL'.",
]

if __name__ == "__main__":
    write("p1270-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Ninh Bình")
