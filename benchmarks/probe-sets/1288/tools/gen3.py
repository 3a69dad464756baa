"""p1288-3: formal report (UBND tỉnh Lào Cai): medicinal herbs and herbal tea 2024; flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                     Độc lập - Tự do - Hạnh phúc
Số: 27/BC-UBND                       Lào Cai, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển cây dược liệu và sản phẩm trà thảo dược năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, sản lượng
Năm 2024, tổng diện tích cây dược liệu toàn tỉnh đạt 3.846 ha, bằng 101,2% kế hoạch, tăng 214 ha so với năm 2023, đứng thứ 2 trong các tỉnh trung du và miền núi phía Bắc; sản lượng dược liệu khô ước đạt 5.120 tấn. Kết quả theo địa bàn như sau:

Đơn vị tính: tấn dược liệu khô
TT | Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Thị xã Sa Pa | 1.420 | 1.585 | 1.650
2 | Huyện Bát Xát | 1.105 | 1.230 | 1.300
3 | Huyện Bắc Hà | 986 | 1.072 | 1.150
4 | Huyện Si Ma Cai | 640 | 718 | 760
5 | Các địa bàn khác | 472 | 515 | 540
Tổng cộng | | 4.623 | 5.120 | 5.400

2. Chế biến, tiêu thụ
Toàn tỉnh có 23 cơ sở chế biến dược liệu, trong đó 9 cơ sở sản xuất trà túi lọc (atiso, giảo cổ lam, trà shan tuyết phối trộn thảo mộc). Sản lượng trà túi lọc năm 2024 đạt 6,8 triệu túi, tăng 1,4 lần so với năm 2023; doanh thu từ dược liệu và sản phẩm chế biến ước khoảng 410 tỷ đồng. Có 14 sản phẩm đạt OCOP 3 sao trở lên.

II. NHIỆM VỤ NĂM 2025
Phấn đấu diện tích cây dược liệu đạt 4.000 ha; sản lượng trà túi lọc từ 8 đến 9 triệu túi; thu hút thêm ít nhất 2 doanh nghiệp đầu tư nhà máy chế biến.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NLN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
N25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [("năm 2023", C23, None), ("năm 2024", C24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Thị xã Sa Pa", "Sa Pa", ["1.420", "1.585", "1.650"]),
        ("Huyện Bát Xát", "Bát Xát", ["1.105", "1.230", "1.300"]),
        ("Huyện Bắc Hà", "Bắc Hà", ["986", "1.072", "1.150"]),
        ("Huyện Si Ma Cai", "Si Ma Cai", ["640", "718", "760"]),
        ("Các địa bàn khác", None, ["472", "515", "540"]),
        ("Tổng cộng |", None, ["4.623", "5.120", "5.400"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"sản lượng dược liệu khô {col}"
        elif label.startswith("Các"):
            subj = f"sản lượng dược liệu khô các địa bàn khác {col}"
        else:
            subj = f"tổng cộng sản lượng dược liệu khô {col}"
        v = float(n.replace(".", ""))
        CELLS.append(fig(f"{prev} | {n}", n, v, "measure", "tấn", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("đạt 3.846 ha", "3.846", 3846, "measure", "ha", percent=101.2,
        change=chg("increase", 214, "ha", "năm 2023"),
        subject="tổng diện tích cây dược liệu toàn tỉnh", period=Y24),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="tổng diện tích cây dược liệu trong các tỉnh trung du và miền núi phía Bắc", period=Y24),
    fig("ước đạt 5.120 tấn", "5.120", 5120, "measure", "tấn", status="estimate",
        subject="sản lượng dược liệu khô", period=Y24),
] + CELLS + [
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở chế biến dược liệu"),
    fig("đó 9 cơ sở", "9", 9, "count", "cơ sở", total=23, subject="cơ sở sản xuất trà túi lọc"),
    fig("đạt 6,8 triệu", "6,8", 6.8e6, "count", "túi", change=chg("increase", 1.4, "lần", "năm 2023"),
        subject="sản lượng trà túi lọc", period=Y24b),
    fig("khoảng 410 tỷ", "410", 410e9, "money", "đồng", approx="about", status="estimate",
        subject="doanh thu từ dược liệu và sản phẩm chế biến", period=Y24b),
    fig("Có 14 sản phẩm", "14", 14, "count", "sản phẩm", subject="sản phẩm đạt OCOP 3 sao trở lên"),
    fig("đạt 4.000 ha", "4.000", 4000, "measure", "ha", status="target",
        subject="diện tích cây dược liệu", period=N25),
    fig("từ 8 đến 9 triệu", "8", 8e6, "count", "túi", value_max=9e6, status="target",
        subject="sản lượng trà túi lọc", period=N25),
    fig("ít nhất 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp đầu tư nhà máy chế biến thu hút thêm", period=N25),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Số: 27/BC-UBND', 'Lào Cai, ngày 16 tháng 01 năm 2025', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers, table row numbers 1-5 (column TT), 'OCOP 3 sao', 'Lưu: VT'.",
    "'bằng 101,2% kế hoạch' → percent; 'tăng 214 ha so với năm 2023' → change in ha; 'đứng thứ 2 trong các tỉnh ...' rank of the province.",
    "Flattened '|' table, 'Đơn vị tính: tấn dược liệu khô'; place column → location; 'Các địa bàn khác' and 'Tổng cộng' stay Lào Cai;",
    "subject = indicator + column; period from the column header; 'Kế hoạch 2025' → target. Table cells get no total.",
    "'tăng 1,4 lần so với năm 2023' → change in lần. 'ước khoảng' → estimate + about; the ';' clause keeps 'năm 2024' of its sentence.",
    "Section 'II. NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target, period 2025 stated in the heading (inherited, not scored).",
]

if __name__ == "__main__":
    write("p1288-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Lào Cai")
