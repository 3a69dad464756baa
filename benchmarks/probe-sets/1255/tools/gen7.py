"""p1255-7: department site (Chi cục ATVSTP Đồng Nai), no dateline: certification, post-inspection, and a
one-cell-per-line table of producers (Năm 2023 | Ước thực hiện năm 2024 | Kế hoạch năm 2025, 'Trong đó' sub-row)."""
from lib import fig, per, inh, write

TEXT = """CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Liên hệ

Quản lý cơ sở sản xuất nước uống đóng chai, nước đá: nhiều chuyển biến

Từ đầu năm 2024 đến nay, Chi cục đã tiếp nhận 58 hồ sơ đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm của các cơ sở sản xuất nước uống đóng chai, đã cấp 52 giấy, đạt 89,7%. Qua hậu kiểm 64 cơ sở, Chi cục phát hiện 7 cơ sở vi phạm, chiếm 10,9%, xử phạt 112 triệu đồng.

Số cơ sở sản xuất nước uống đóng chai, nước đá trên địa bàn tỉnh
Đơn vị tính: cơ sở
Chỉ tiêu
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Cơ sở sản xuất nước uống đóng chai
186
203
210
Trong đó: áp dụng HACCP, ISO 22000
41
48
60
Cơ sở sản xuất nước đá
95
98
100
Tổng số
281
301
310

Năm 2025, Chi cục phấn đấu 100% cơ sở sản xuất nước uống đóng chai được kiểm tra định kỳ; tổ chức 4 lớp tập huấn cho khoảng 350 chủ cơ sở và người lao động.

Tin cùng chuyên mục:
- Hướng dẫn hồ sơ công bố sản phẩm nước uống đóng chai
- Kế hoạch kiểm tra liên ngành Tết Nguyên đán năm 2025

CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Phan Đình Phùng, phường Quang Vinh, TP Biên Hòa, tỉnh Đồng Nai
Điện thoại: 0251.3847.415
Lượt truy cập: 1.204.337 | Đang trực tuyến: 24
"""

YTD = per("Từ đầu năm 2024 đến nay", "2024-01-01", None)
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện năm 2024", per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch năm 2025", per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target")]
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Cơ sở sản xuất nước uống đóng chai", "cơ sở sản xuất nước uống đóng chai", ["186", "203", "210"], None),
        ("Trong đó: áp dụng HACCP, ISO 22000", "cơ sở áp dụng HACCP, ISO 22000", ["41", "48", "60"],
         [186, 203, 210]),
        ("Cơ sở sản xuất nước đá", "cơ sở sản xuất nước đá", ["95", "98", "100"], None),
        ("Tổng số", "tổng số cơ sở", ["281", "301", "310"], None)]
CELLS = []
for label, subj, nums, totals in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if totals:
            kw["total"] = totals[i]
        CELLS.append(fig(f"{prev}\n{n}\n", n, float(n), "count", "cơ sở", subject=f"{subj} {col}",
                         period=p, **kw))
        prev = n

FIGS = [
    fig("tiếp nhận 58 hồ sơ", "58", 58, "count", "hồ sơ",
        subject="hồ sơ đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", period=YTD),
    fig("cấp 52 giấy", "52", 52, "count", "giấy", percent=89.7, subject="giấy chứng nhận đã cấp",
        period=YTD),
    fig("hậu kiểm 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở được hậu kiểm", period=inh(YTD)),
    fig("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở", percent=10.9, subject="cơ sở vi phạm",
        period=inh(YTD)),
    fig("phạt 112 triệu", "112", 112e6, "money", "đồng", subject="tiền xử phạt", period=inh(YTD)),
] + CELLS + [
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất nước uống đóng chai được kiểm tra định kỳ", period=Y25),
    fig("tổ chức 4 lớp", "4", 4, "count", "lớp", status="target", subject="lớp tập huấn", period=Y25),
    fig("khoảng 350 chủ", "350", 350, "count", "chủ cơ sở và người lao động", approx="about",
        status="target", subject="chủ cơ sở và người lao động được tập huấn", period=Y25),
]

NOTES = [
    "Department site (Chi cục ATVSTP Đồng Nai) with no dateline: menu, related links, footer address/phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "No published date: 'Từ đầu năm 2024 đến nay' starts 2024-01-01 and has no end (spec: published, else null).",
    "'đã cấp 52 giấy, đạt 89,7%' (giấy vs hồ sơ; no part-of cue): percent only. '7 cơ sở vi phạm, chiếm 10,9%' after 'hậu kiểm 64': no cue, no total.",
    "One-cell-per-line table, 'Đơn vị tính: cơ sở': subject = row label + column label, period from the column header,",
    "'Ước thực hiện năm 2024' -> estimate, 'Kế hoạch năm 2025' -> target. The 'Trong đó:' sub-row is a part that follows its whole",
    "(the bottled-water row, same column, same thing, same period): total = that cell. 'ISO 22000' in the row label is a name.",
    "'Năm 2025, Chi cục phấn đấu ...; tổ chức 4 lớp ... khoảng 350 ...' -> target for all three.",
    "Distractors: ISO 22000, 'Số 2 Phan Đình Phùng', phone, 'Tết Nguyên đán năm 2025' in a link, visitor counters.",
]

if __name__ == "__main__":
    write("p1255-7", TEXT, NOTES, FIGS, location="Đồng Nai")
