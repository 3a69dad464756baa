"""p1426-6: department site (Sở Văn hóa và Thể thao Quảng Ninh), no dateline, one-cell-per-line medal table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG NINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thể thao thành tích cao | Liên hệ

Thành tích đội tuyển cờ tướng Quảng Ninh giai đoạn 2022-2024

Đội tuyển cờ tướng tỉnh hiện có 14 vận động viên, trong đó 5 vận động viên nữ và 6 vận động viên dưới 18 tuổi. Vận động viên tập trung được hưởng chế độ dinh dưỡng 250.000 đồng/người/ngày. Năm 2024, kinh phí đào tạo đội tuyển khoảng 2,1 tỷ đồng, tăng 12% so với năm 2023.

Năm 2024, đội giành 19 huy chương tại các giải quốc gia, vượt 3 huy chương so với chỉ tiêu; tại Giải vô địch cờ tướng quốc gia, Quảng Ninh xếp thứ 5/27 đơn vị.

Số huy chương đội tuyển cờ tướng giành được tại các giải quốc gia
Đơn vị tính: huy chương
Loại huy chương
Năm 2022
Năm 2023
Năm 2024
Kế hoạch 2025
Huy chương vàng
2
3
5
6
Huy chương bạc
4
4
6
7
Huy chương đồng
5
7
8
9
Tổng số
11
14
19
22

Mục tiêu đến năm 2030, đội tuyển có ít nhất 2 vận động viên đạt đẳng cấp đại kiện tướng và duy trì vị trí trong tốp 6 toàn quốc.

Tin liên quan:
- Quảng Ninh đăng cai Giải cờ vua trẻ toàn quốc 2025
- Thông báo tuyển sinh năng khiếu thể thao năm học 2025-2026

SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG NINH
Địa chỉ: Tầng 9, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.128 | Lượt truy cập: 1.207.455
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = {
    "năm 2022": (per("Năm 2022", "2022-01-01", "2022-12-31"), None),
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "năm 2024": (per("Năm 2024", "2024-01-01", "2024-12-31"), None),
    "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = [("Huy chương vàng", ["2", "3", "5", "6"]), ("Huy chương bạc", ["4", "4", "6", "7"]),
        ("Huy chương đồng", ["5", "7", "8", "9"]), ("Tổng số", ["11", "14", "19", "22"])]
CELLS = []
NEXT = [r[0] for r in ROWS[1:]] + ["\nMục tiêu"]
for (label, nums), nxt in zip(ROWS, NEXT):
    for i, (col, n) in enumerate(zip(COLS, nums)):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        # the anchor starts at the cell and runs to the next row label, so the cell is the first whole number in it
        anchor = "\n" + "\n".join(nums[i:]) + "\n" + nxt
        CELLS.append(fig(anchor, n, int(n), "count", "huy chương",
                         subject=(f"tổng số huy chương đội tuyển cờ tướng giành tại các giải quốc gia {col}"
                                  if label == "Tổng số" else
                                  f"{label.lower()} đội tuyển cờ tướng giành tại các giải quốc gia {col}"),
                         period=p, **kw))

FIGS = [
    fig("có 14 vận động viên", "14", 14, "count", "vận động viên", subject="vận động viên đội tuyển cờ tướng tỉnh"),
    fig("trong đó 5 vận động viên", "5", 5, "count", "vận động viên", total=14, subject="vận động viên nữ"),
    fig("và 6 vận động viên", "6", 6, "count", "vận động viên", total=14, subject="vận động viên dưới 18 tuổi"),
    fig("dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under", optional=True),
    fig("dưỡng 250.000 đồng", "250.000", 250000, "money", "đồng/người/ngày",
        subject="chế độ dinh dưỡng vận động viên tập trung"),
    fig("khoảng 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", approx="about",
        change=chg("increase", 12, "%", "năm 2023"), subject="kinh phí đào tạo đội tuyển", period=Y24),
    fig("giành 19 huy chương", "19", 19, "count", "huy chương",
        change=chg("increase", 3, "huy chương", "chỉ tiêu"),
        subject="huy chương đội giành tại các giải quốc gia", period=Y24),
    fig("xếp thứ 5/27", "5", 5, "rank", "hạng", total=27,
        subject="xếp hạng tại Giải vô địch cờ tướng quốc gia", period=Y24),
] + CELLS + [
    fig("ít nhất 2 vận động viên", "2", 2, "count", "vận động viên", approx="at_least", status="target",
        subject="vận động viên đạt đẳng cấp đại kiện tướng", period=T30),
    fig("tốp 6 toàn quốc", "6", 6, "rank", "hạng", status="target", optional=True),
]

NOTES = [
    "Department site (Sở Văn hóa và Thể thao Quảng Ninh) without a dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'giai đoạn 2022-2024' (period), 'Giải cờ vua trẻ toàn quốc 2025', 'năm học 2025-2026', 'Tầng 9', 'Trụ sở Liên cơ quan số 3',",
    "phone 0203.3835.128, 'Lượt truy cập: 1.207.455'.",
    "5 nữ and 6 dưới 18 tuổi follow 'trong đó' after 14: total 14 (overlapping parts; the spec needs no sum for 'trong đó').",
    "'dưới 18 tuổi' (qualifier) and 'tốp 6' (a label, as 'top 10' in the shared gold) are optional.",
    "'vượt 3 huy chương so với chỉ tiêu' is a gap to the plan: change +3 huy chương, baseline chỉ tiêu. 'thứ 5/27 đơn vị' → rank 5, total 27.",
    "One-cell-per-line table, 'Đơn vị tính: huy chương': every cell a count; subject = row + caption + column; period from the",
    "revised after the first run: rank subject 'Quảng Ninh tại Giải ...' → 'xếp hạng tại Giải ...' (the province is the location, not the",
    "subject); 'Tổng số' row subjects had lost the caption's head noun ('tổng số đội tuyển ...' = number of teams): now 'tổng số huy chương ...'.",
    "column header (scored); 'Kế hoạch 2025' → target. Table cells get no total. No dateline: published absent.",
]

if __name__ == "__main__":
    write("p1426-6", TEXT, NOTES, FIGS, location="Quảng Ninh")
