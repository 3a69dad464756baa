"""p1545-6: department site (Sở Công Thương Hải Dương), no dateline: umbrella output 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Hỏi đáp | Liên hệ

Sản xuất ô dù năm 2024 ước tăng 7,4%

Năm 2024, sản lượng ô, dù các loại của các doanh nghiệp trên địa bàn tỉnh ước đạt 9,72 triệu chiếc, tăng 7,4% so với năm 2023; giá trị sản xuất ước đạt 845 tỷ đồng. Toàn tỉnh có 7 doanh nghiệp sản xuất ô dù, tập trung tại các khu công nghiệp Đại An, Nam Sách và Tân Trường.

Sản lượng ô dù phân theo sản phẩm
Đơn vị tính: nghìn chiếc
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
9.050
9.720
10.300
Trong đó:
Ô cầm tay
6.380
6.810
7.150
Dù che nắng ngoài trời
1.920
2.110
2.300
Ô gấp tự động
750
800
850

Dù che nắng ngoài trời chủ yếu xuất khẩu sang Australia và châu Âu, chiếm hơn 60% sản lượng loại sản phẩm này. Các doanh nghiệp sử dụng khoảng 4.100 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng. Năm 2025, ngành phấn đấu kim ngạch xuất khẩu ô dù đạt 60 triệu USD, tăng 9% so với năm 2024.

Bài viết liên quan:
- Hội nghị tổng kết công tác khuyến công năm 2024
- Hướng dẫn hồ sơ đề nghị hỗ trợ kinh phí khuyến công

SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Địa chỉ: Số 98 Trần Hưng Đạo, TP Hải Dương
Điện thoại: 0220.3852.436
Lượt truy cập: 1.208.457 | Trực tuyến: 21
"""

Y24H = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
TOTALS = ["9.050", "9.720", "10.300"]
ROWS = [("Tổng số", "tổng số sản lượng ô dù", TOTALS, False),
        ("Ô cầm tay", "sản lượng ô cầm tay", ["6.380", "6.810", "7.150"], True),
        ("Dù che nắng ngoài trời", "sản lượng dù che nắng ngoài trời", ["1.920", "2.110", "2.300"], True),
        ("Ô gấp tự động", "sản lượng ô gấp tự động", ["750", "800", "850"], True)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, subj, nums, part in ROWS:
    prev = label
    for (col, p, st), n, tot in zip(COLS, nums, TOTALS):
        kw = {}
        if st:
            kw["status"] = st
        if part:
            kw["total"] = num(tot) * 1e3
        CELLS.append(fig(f"{prev}\n{n}", n, num(n) * 1e3, "count", "chiếc", subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước tăng 7,4%", "7,4", 7.4, "percent", "%", status="estimate",
        subject="sản xuất ô dù", period=Y24H),
    fig("ước đạt 9,72 triệu", "9,72", 9.72e6, "count", "chiếc", status="estimate",
        change=chg("increase", 7.4, "%", "năm 2023"),
        subject="sản lượng ô, dù các loại của các doanh nghiệp trên địa bàn tỉnh", period=Y24),
    fig("ước đạt 845 tỷ", "845", 845e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=Y24),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất ô dù"),
] + CELLS + [
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="dù che nắng ngoài trời xuất khẩu trong sản lượng loại sản phẩm này"),
    fig("khoảng 4.100 lao động", "4.100", 4100, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("đạt 60 triệu", "60", 60e6, "money", "USD", status="target",
        change=chg("increase", 9, "%", "năm 2024"), subject="kim ngạch xuất khẩu ô dù", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Hải Dương), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Số 98 Trần Hưng Đạo', phone 0220.3852.436, counters 1.208.457 and 21, 'năm 2024' in a link title.",
    "Headline 'năm 2024 ước tăng 7,4%' is a growth claim: percent figure, estimate. In the body the same 7,4% is the change of 9,72 triệu.",
    "'ước đạt' governs both clauses joined by ';' (estimate, period Năm 2024 in the sentence).",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc': count in chiếc x10^3; subject = row + column label; period from the column header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The rows under 'Trong đó:' are parts of the 'Tổng số' row: each takes",
    "the 'Tổng số' cell of its column as total (the parts-of-a-whole rule, 'trong đó' after the whole).",
    "'chiếm hơn 60% sản lượng loại sản phẩm này' has no base amount in its sentence: percent figure of its own, no period.",
    "'Năm 2025, ngành phấn đấu ... 60 triệu USD, tăng 9% so với năm 2024' → target with a change.",
]

if __name__ == "__main__":
    write("p1545-6", TEXT, NOTES, FIGS, location="Hải Dương")
