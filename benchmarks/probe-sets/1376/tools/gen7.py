"""p1376-7: department site (Sở Công Thương Hưng Yên), no dateline: the Phú Mỹ áo dài village, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức | Khuyến công | Văn bản | Liên hệ

Khuyến công tiếp sức làng nghề may áo dài Phú Mỹ

Làng nghề may Phú Mỹ (xã Thiện Phiến, huyện Tiên Lữ) được UBND tỉnh công nhận năm 2009, hiện có 356 hộ làm nghề với gần 1.100 lao động. Năm 2024, làng nghề ước sản xuất 220 nghìn bộ áo dài, tăng 10% so với năm 2023; giá trị sản xuất ước đạt 118 tỷ đồng.

Sản lượng áo dài của làng nghề may Phú Mỹ
Đơn vị tính: nghìn bộ
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Áo dài truyền thống
62,5
68,0
75,0
Áo dài cách tân
41,2
49,5
56,0
Đồng phục áo dài
96,3
102,5
110,0
Tổng số
200,0
220,0
241,0

Giai đoạn 2021-2024, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp đã hỗ trợ làng nghề 1,35 tỷ đồng để mua 40 máy may công nghiệp Juki DDL-8700, 6 máy thêu vi tính và mở 3 lớp đào tạo cho 105 học viên. Thu nhập bình quân của lao động làng nghề đạt 7,5 triệu đồng/người/tháng, cao hơn 1,4 lần mức bình quân khu vực nông thôn của tỉnh.

Năm 2025, Sở Công Thương phấn đấu đưa 2 sản phẩm áo dài Phú Mỹ đạt chứng nhận OCOP 4 sao, xây dựng 1 điểm giới thiệu sản phẩm tại trung tâm huyện.

Bài viết liên quan:
- Hội nghị tập huấn công tác khuyến công lần thứ 2
- Hướng dẫn hồ sơ đề nghị công nhận làng nghề

SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Địa chỉ: Số 8 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên
Điện thoại: 0221.3862.456
Lượt truy cập: 1.294.307 | Trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
G = per("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}
ROWS = [("Áo dài truyền thống", ["62,5", "68,0", "75,0"]), ("Áo dài cách tân", ["41,2", "49,5", "56,0"]),
        ("Đồng phục áo dài", ["96,3", "102,5", "110,0"]), ("Tổng số", ["200,0", "220,0", "241,0"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        v = float(n.replace(",", ".")) * 1e3
        CELLS.append(fig(f"{prev}\n{n}", n, v, "count", "bộ", subject=f"sản lượng {label.lower()} {col}",
                         period=p, **kw))
        prev = n

FIGS = [
    fig("có 356 hộ", "356", 356, "count", "hộ", subject="hộ làm nghề may"),
    fig("gần 1.100 lao động", "1.100", 1100, "count", "lao động", approx="nearly", subject="lao động làng nghề may"),
    fig("ước sản xuất 220 nghìn", "220", 220000, "count", "bộ", status="estimate",
        change=chg("increase", 10, "%", "năm 2023"), subject="áo dài làng nghề sản xuất", period=Y24),
    fig("ước đạt 118 tỷ", "118", 118e9, "money", "đồng", status="estimate", subject="giá trị sản xuất", period=Y24),
] + CELLS + [
    fig("làng nghề 1,35 tỷ", "1,35", 1.35e9, "money", "đồng",
        subject="kinh phí Trung tâm Khuyến công hỗ trợ làng nghề", period=G),
    fig("mua 40 máy", "40", 40, "count", "máy may công nghiệp", subject="máy may công nghiệp", period=G),
    fig("6 máy thêu", "6", 6, "count", "máy thêu vi tính", subject="máy thêu vi tính", period=G),
    fig("mở 3 lớp", "3", 3, "count", "lớp", subject="lớp đào tạo", period=G),
    fig("cho 105 học viên", "105", 105, "count", "học viên", subject="học viên được đào tạo", period=G),
    fig("đạt 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 1.4, "lần", "mức bình quân khu vực nông thôn của tỉnh"),
        subject="thu nhập bình quân của lao động làng nghề"),
    fig("đưa 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm áo dài Phú Mỹ đạt chứng nhận OCOP 4 sao", period=Y25),
    fig("xây dựng 1 điểm", "1", 1, "count", "điểm", status="target",
        subject="điểm giới thiệu sản phẩm", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Hưng Yên), no dateline: menu, related links, footer address, phone, 'Lượt truy cập',",
    "'Trực tuyến'. published = none.",
    "Distractors: 'công nhận năm 2009', 'Juki DDL-8700' (a model name), 'OCOP 4 sao', 'lần thứ 2', 'Số 8 đường Chùa Chuông',",
    "phone 0221.3862.456, counters 1.294.307 and 52.",
    "The whole article is about a village of huyện Tiên Lữ → location Tiên Lữ (default of the file).",
    "'ước sản xuất 220 nghìn bộ' → estimate; 'Năm 2024' at the head of the sentence governs both clauses.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn bộ' (62,5 = 62 500 bộ, count); subject = caption indicator + row + column;",
    "period from column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells have no total.",
    "'Giai đoạn 2021-2024' governs all five figures of its sentence. 'cao hơn 1,4 lần mức bình quân ...' → change 1.4 lần.",
    "'Năm 2025, ... phấn đấu đưa 2 ..., xây dựng 1 điểm ...' → both target, period 2025.",
]

if __name__ == "__main__":
    write("p1376-7", TEXT, NOTES, FIGS, location="Tiên Lữ")
