"""p1426-3: formal report (Sở Văn hóa và Thể thao Bình Định): xiangqi movement 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
SỞ VĂN HÓA VÀ THỂ THAO
Số: 245/BC-SVHTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 15 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển phong trào cờ tướng năm 2024 và phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Phong trào cơ sở
Ước đến ngày 31/12/2024, toàn tỉnh có 214 câu lạc bộ cờ tướng, tăng 18 câu lạc bộ so với năm 2023, bằng 107% kế hoạch năm; số hội viên ước đạt 5.120 người. Các huyện, thị xã, thành phố tổ chức 63 giải cờ tướng các cấp với khoảng 2.900 lượt vận động viên.

2. Thi đấu thành tích cao
Đội tuyển cờ tướng tỉnh tham dự 4 giải toàn quốc, giành 3 huy chương vàng, 5 huy chương bạc và 6 huy chương đồng; xếp thứ ba toàn đoàn tại Giải vô địch cờ tướng đồng đội quốc gia. Kinh phí cho môn cờ tướng năm 2024 là 1,35 tỷ đồng, đạt 90% dự toán.

Bảng: Số câu lạc bộ cờ tướng theo địa phương
Đơn vị tính: câu lạc bộ
Địa phương | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
TP Quy Nhơn | 46 | 51 | 55
Thị xã An Nhơn | 29 | 31 | 33
Huyện Tuy Phước | 24 | 27 | 30
Các địa phương khác | 97 | 105 | 112
Tổng cộng | 196 | 214 | 230

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu đến cuối năm 2025 toàn tỉnh có 230 câu lạc bộ, trên 5.500 hội viên; đăng cai ít nhất 1 giải cờ tướng toàn quốc.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, NVTDTT.
GIÁM ĐỐC
"""

ASOF = per("Ước đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("NĂM 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến cuối năm 2025", None, "2025-12-31")
COLS = {
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = [("TP Quy Nhơn", "Quy Nhơn", ["46", "51", "55"]),
        ("Thị xã An Nhơn", "An Nhơn", ["29", "31", "33"]),
        ("Huyện Tuy Phước", "Tuy Phước", ["24", "27", "30"]),
        ("Các địa phương khác", None, ["97", "105", "112"]),
        ("Tổng cộng", None, ["196", "214", "230"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
            subj = f"câu lạc bộ cờ tướng {col}"
        else:
            subj = f"câu lạc bộ cờ tướng {label.lower()} {col}"
        CELLS.append(fig(f"{prev} | {n}", n, int(n), "count", "câu lạc bộ", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 214 câu lạc bộ", "214", 214, "count", "câu lạc bộ", status="estimate", percent=107,
        change=chg("increase", 18, "câu lạc bộ", "năm 2023"), subject="câu lạc bộ cờ tướng", period=ASOF),
    fig("ước đạt 5.120 người", "5.120", 5120, "count", "người", status="estimate", subject="hội viên",
        period=ASOF),
    fig("tổ chức 63 giải", "63", 63, "count", "giải", subject="giải cờ tướng các cấp các huyện, thị xã, thành phố tổ chức",
        period=inh(Y24)),
    fig("khoảng 2.900 lượt", "2.900", 2900, "count", "lượt vận động viên", approx="about",
        subject="lượt vận động viên dự giải cờ tướng", period=inh(Y24)),
    fig("tham dự 4 giải", "4", 4, "count", "giải", subject="giải toàn quốc đội tuyển cờ tướng tỉnh tham dự",
        period=inh(Y24)),
    fig("giành 3 huy chương", "3", 3, "count", "huy chương vàng", subject="huy chương vàng đội tuyển giành",
        period=inh(Y24)),
    fig("5 huy chương bạc", "5", 5, "count", "huy chương bạc", subject="huy chương bạc đội tuyển giành",
        period=inh(Y24)),
    fig("6 huy chương đồng", "6", 6, "count", "huy chương đồng", subject="huy chương đồng đội tuyển giành",
        period=inh(Y24)),
    fig("xếp thứ ba", "ba", 3, "rank", "hạng",
        subject="toàn đoàn tại Giải vô địch cờ tướng đồng đội quốc gia", period=inh(Y24)),
    fig("là 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", percent=90, subject="kinh phí cho môn cờ tướng",
        period=Y24b),
] + CELLS + [
    fig("có 230 câu lạc bộ", "230", 230, "count", "câu lạc bộ", status="target", subject="câu lạc bộ cờ tướng",
        period=T25),
    fig("trên 5.500 hội viên", "5.500", 5500, "count", "hội viên", approx="over", status="target",
        subject="hội viên", period=T25),
    fig("ít nhất 1 giải", "1", 1, "count", "giải", approx="at_least", status="target",
        subject="giải cờ tướng toàn quốc đăng cai", period=T25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH ĐỊNH / SỞ VĂN HÓA VÀ THỂ THAO', 'Số: 245/BC-SVHTT', 'Bình Định, ngày 15 tháng 12 năm 2024' (= published),",
    "sections I/II and 1-2, 'Nơi nhận'. Distractors: the document number, the letterhead date, section numbers, 'Lưu: VT, NVTDTT'.",
    "'Ước đến ngày 31/12/2024' is an as-of date (end only) and makes the clause and its continuation (5.120 hội viên) estimates.",
    "214 câu lạc bộ: change +18 câu lạc bộ (baseline năm 2023), percent 107 ('bằng 107% kế hoạch năm'). 1,35 tỷ: percent 90 ('đạt 90% dự toán').",
    "Figures of section I without a period phrase in their sentence inherit 'NĂM 2024' from the heading (not scored).",
    "Flattened '|' table, 'Đơn vị tính: câu lạc bộ': every cell a count; place rows → location (Quy Nhơn, An Nhơn, Tuy Phước), other rows",
    "keep the province; periods from column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; no totals in the table.",
    "Section II 'Phấn đấu đến cuối năm 2025': three targets with an end-only period; 'ít nhất' → at_least, 'trên' → over.",
]

if __name__ == "__main__":
    write("p1426-3", TEXT, NOTES, FIGS, published="2024-12-15", location="Bình Định")
