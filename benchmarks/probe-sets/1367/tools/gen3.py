"""p1367-3: formal report (Sở VHTTDL Thái Bình, Số: 412/BC-SVHTTDL): grassroots sports clubs 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 412/BC-SVHTTDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển câu lạc bộ thể dục thể thao cơ sở năm 2024 và phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Phát triển câu lạc bộ
Năm 2024, toàn tỉnh ước có 2.148 câu lạc bộ thể dục thể thao cơ sở, tăng 5,4% so với năm 2023, vượt 3,2% so với kế hoạch; số hội viên ước đạt 96,5 nghìn người. Có 236/260 xã, phường, thị trấn có từ 5 câu lạc bộ trở lên hoạt động thường xuyên.

2. Số câu lạc bộ theo môn thể thao
Đơn vị tính: câu lạc bộ
Môn thể thao | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Bóng bàn | 512 | 547 | 570
Bóng đá, futsal | 389 | 421 | 440
Cầu lông | 466 | 480 | 495
Môn khác | 671 | 700 | 735
Tổng cộng | 2.038 | 2.148 | 2.240

3. Thi đấu, đào tạo
Các câu lạc bộ đã tổ chức và tham gia 1.326 giải thi đấu các cấp, trong đó 87 giải cấp tỉnh. Đội tuyển bóng bàn tỉnh giành 11 huy chương tại các giải toàn quốc (3 vàng, 3 bạc, 5 đồng), xếp thứ 6 toàn đoàn tại Giải bóng bàn vô địch quốc gia. Ngân sách tỉnh hỗ trợ hoạt động các câu lạc bộ 1,85 tỷ đồng, bình quân khoảng 860 nghìn đồng/câu lạc bộ/năm.

II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025
Phấn đấu đến hết năm 2025, toàn tỉnh có 2.240 câu lạc bộ; 100% xã, phường, thị trấn có câu lạc bộ bóng bàn hoặc futsal; tỷ lệ người tập luyện thể dục thể thao thường xuyên đạt 40-42%.

Nơi nhận:
- Bộ VHTTDL (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, NVTDTT.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24I = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
TO25 = per("đến hết năm 2025", None, "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Bóng bàn", "bóng bàn", ["512", "547", "570"]),
        ("Bóng đá, futsal", "bóng đá, futsal", ["389", "421", "440"]),
        ("Cầu lông", "cầu lông", ["466", "480", "495"]),
        ("Môn khác", "môn khác", ["671", "700", "735"]),
        ("Tổng cộng", "tổng cộng", ["2.038", "2.148", "2.240"])]

CELLS = []
for label, row, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "câu lạc bộ",
                         subject=f"câu lạc bộ {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước có 2.148 câu lạc bộ", "2.148", 2148, "count", "câu lạc bộ", status="estimate",
        change=chg("increase", 5.4, "%", "năm 2023"),
        subject="câu lạc bộ thể dục thể thao cơ sở", period=Y24),
    fig("vượt 3,2%", "3,2", 3.2, "percent", "%", status="estimate",
        subject="số câu lạc bộ thể dục thể thao cơ sở vượt so với kế hoạch", period=Y24, optional=True),
    fig("ước đạt 96,5 nghìn", "96,5", 96500, "count", "người", status="estimate",
        subject="số hội viên", period=Y24),
    fig("Có 236/260", "236", 236, "count", "xã, phường, thị trấn", total=260,
        subject="xã, phường, thị trấn có từ 5 câu lạc bộ trở lên hoạt động thường xuyên", period=Y24I),
    fig("từ 5 câu lạc bộ", "5", 5, "count", "câu lạc bộ", approx="at_least", optional=True),
] + CELLS + [
    fig("tham gia 1.326 giải", "1.326", 1326, "count", "giải",
        subject="giải thi đấu các cấp các câu lạc bộ tổ chức và tham gia", period=Y24I),
    fig("trong đó 87 giải", "87", 87, "count", "giải", total=1326, subject="giải cấp tỉnh", period=Y24I),
    fig("giành 11 huy chương", "11", 11, "count", "huy chương",
        subject="huy chương đội tuyển bóng bàn tỉnh giành tại các giải toàn quốc", period=Y24I),
    fig("(3 vàng", "3", 3, "count", "huy chương", total=11, subject="huy chương vàng", period=Y24I),
    fig("3 bạc", "3", 3, "count", "huy chương", total=11, subject="huy chương bạc", period=Y24I),
    fig("5 đồng)", "5", 5, "count", "huy chương", total=11, subject="huy chương đồng", period=Y24I),
    fig("xếp thứ 6", "6", 6, "rank", "hạng",
        subject="xếp hạng toàn đoàn đội tuyển bóng bàn tỉnh tại Giải bóng bàn vô địch quốc gia", period=Y24I),
    fig("câu lạc bộ 1,85 tỷ", "1,85", 1.85e9, "money", "đồng",
        subject="ngân sách tỉnh hỗ trợ hoạt động các câu lạc bộ", period=Y24I),
    fig("khoảng 860 nghìn", "860", 860000, "money", "đồng/câu lạc bộ/năm", approx="about",
        subject="hỗ trợ bình quân cho mỗi câu lạc bộ", period=Y24I),
    fig("có 2.240 câu lạc bộ", "2.240", 2240, "count", "câu lạc bộ", status="target",
        subject="câu lạc bộ thể dục thể thao cơ sở", period=TO25),
    fig("100% xã", "100", 100, "percent", "%", status="target",
        subject="xã, phường, thị trấn có câu lạc bộ bóng bàn hoặc futsal", period=TO25),
    fig("đạt 40-42%", "40", 40, "percent", "%", value_max=42, status="target",
        subject="tỷ lệ người tập luyện thể dục thể thao thường xuyên", period=TO25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI BÌNH / SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Số: 412/BC-SVHTTDL', 'Thái Bình, ngày 16 tháng 12 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "'ước có 2.148 ..., tăng 5,4% so với năm 2023, vượt 3,2% so với kế hoạch': two changes → the first is the attribute, 'vượt 3,2%' an own percent figure (optional, spec §3).",
    "'236/260' → total 260; the threshold 'từ 5 câu lạc bộ trở lên' qualifies the subject (optional, at_least).",
    "Flattened '|' table, 'Đơn vị tính: câu lạc bộ': subject = row + column; period from column header (scored); 'Ước thực hiện 2024' → estimate,",
    "'Kế hoạch 2025' → target; cells get no total; 'Tổng cộng' is a row like the others.",
    "Section 3 has no period of its own: 'NĂM 2024' of the section heading (inherited, not scored).",
    "'(3 vàng, 3 bạc, 5 đồng)' adds up to 11 → total 11; the counted thing is medals ('5 đồng' is 5 bronze medals, not money).",
    "Section II 'Phấn đấu đến hết năm 2025' governs all three ';' clauses → target, period null..2025-12-31.",
    "Distractors: 'Số: 412/BC-SVHTTDL', section numbers I/II/1-3, letterhead date, '(b/c)', 'Lưu: VT, NVTDTT'.",
]

if __name__ == "__main__":
    write("p1367-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Thái Bình")
