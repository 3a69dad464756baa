"""p1523-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Ngành sản xuất bút chì, đồ dùng học tập phát triển ổn định

Đồng Nai hiện có 9 doanh nghiệp sản xuất bút chì, tẩy, gọt bút chì và các loại đồ dùng học tập, trong đó 6 doanh nghiệp có vốn đầu tư nước ngoài, tổng vốn đăng ký khoảng 210 triệu USD. Năm 2023, sản lượng bút chì toàn tỉnh đạt 512 triệu chiếc, giảm 3,4% so với năm 2022 do đơn hàng xuất khẩu sụt giảm; xuất khẩu chiếm khoảng 70% sản lượng.

Sản lượng bút chì theo địa bàn
Địa bàn
Số doanh nghiệp
Năm 2023 (triệu chiếc)
Kế hoạch 2024 (triệu chiếc)
TP Biên Hòa
4
236,0
250,0
Huyện Nhơn Trạch
3
198,5
215,0
Huyện Long Thành
2
77,5
85,0
Tổng số
9
512,0
550,0

Các doanh nghiệp sử dụng khoảng 6.800 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng. Năm 2024, ngành phấn đấu sản lượng bút chì đạt 550 triệu chiếc, kim ngạch xuất khẩu đạt trên 95 triệu USD; tỷ lệ nội địa hóa nguyên liệu (gỗ, ruột chì) nâng lên 35%.

Sở Công Thương đề nghị các doanh nghiệp thực hiện Quyết định số 2175/QĐ-UBND về phát triển công nghiệp hỗ trợ và tham gia Chương trình kết nối tiêu thụ lần thứ 3.

Bài viết liên quan:
- Đồng Nai tổ chức Hội chợ hàng Việt năm 2023
- Hướng dẫn cấp giấy chứng nhận xuất xứ hàng hóa (C/O)

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.401
Lượt truy cập: 1.204.557 | Đang truy cập: 42
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("TP Biên Hòa", "Biên Hòa", ["4", "236,0", "250,0"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", ["3", "198,5", "215,0"]),
        ("Huyện Long Thành", "Long Thành", ["2", "77,5", "85,0"]),
        ("Tổng số", None, ["9", "512,0", "550,0"])]
CELLS = []
for label, place, nums in ROWS:
    loc = {"location": place} if place else {}
    tot = "tổng số " if not place else ""
    prev = label
    for j, n in enumerate(nums):
        a = f"{prev}\n{n}"
        if j == 0:
            CELLS.append(fig(a, n, float(n), "count", "doanh nghiệp", subject="tổng số doanh nghiệp" if tot else "số doanh nghiệp", **loc))
        elif j == 1:
            CELLS.append(fig(a, n, float(n.replace(",", ".")) * 1e6, "count", "chiếc",
                             subject=f"{tot}sản lượng bút chì năm 2023", period=Y23, **loc))
        else:
            CELLS.append(fig(a, n, float(n.replace(",", ".")) * 1e6, "count", "chiếc", status="target",
                             subject=f"{tot}sản lượng bút chì kế hoạch 2024", period=K24, **loc))
        prev = n

FIGS = [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bút chì, tẩy, gọt bút chì và các loại đồ dùng học tập"),
    fig("đó 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 210 triệu", "210", 210e6, "money", "USD", approx="about", subject="tổng vốn đăng ký"),
    fig("đạt 512 triệu", "512", 512e6, "count", "chiếc", change=chg("decrease", 3.4, "%", "năm 2022"),
        subject="sản lượng bút chì toàn tỉnh", period=Y23),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="xuất khẩu trong sản lượng", period=Y23),
] + CELLS + [
    fig("khoảng 6.800 lao động", "6.800", 6800, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("đạt 550 triệu", "550", 550e6, "count", "chiếc", status="target", subject="sản lượng bút chì",
        period=Y24),
    fig("trên 95 triệu", "95", 95e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y24),
    fig("lên 35%", "35", 35, "percent", "%", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu (gỗ, ruột chì)", period=Y24),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) with no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang truy cập'. published = null.",
    "Distractors: 'Quyết định số 2175/QĐ-UBND', 'lần thứ 3', 'năm 2023' in a link title, 'Số 2 Nguyễn Văn Trị', 0251.3822.401, 'Lượt truy cập: 1.204.557', 'Đang truy cập: 42'.",
    "One-cell-per-line table with a place column: place labels go to location (Biên Hòa, Nhơn Trạch, Long Thành); the 'Tổng số' row stays with Đồng Nai.",
    "Units and multiplier from the headers '(triệu chiếc)'; 'Số doanh nghiệp' cells are counts with no period (the header has none); 'Kế hoạch 2024' cells are targets.",
    "'trong đó 6 doanh nghiệp có vốn đầu tư nước ngoài' → total 9. 'xuất khẩu chiếm khoảng 70% sản lượng' after ';' is a percent figure of its own.",
    "'Năm 2024, ngành phấn đấu ...' governs the whole ';'-chain (target), including 'nâng lên 35%'.",
]

if __name__ == "__main__":
    write("p1523-7", TEXT, NOTES, FIGS, location="Đồng Nai")
