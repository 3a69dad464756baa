"""p1506-7: department site (Sở Công Thương Long An), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Văn bản | Liên hệ

Ngành sản xuất chất tẩy rửa gia dụng Long An phát triển mạnh

Long An hiện có 31 doanh nghiệp sản xuất chất tẩy rửa gia dụng đang hoạt động, tăng 7 doanh nghiệp so với năm 2021, tập trung tại các huyện giáp TP Hồ Chí Minh. Năm 2023, sản lượng toàn ngành đạt khoảng 148 nghìn tấn, giá trị sản xuất khoảng 3.950 tỷ đồng, chiếm 1,8% giá trị sản xuất công nghiệp của tỉnh.

Sản lượng chất tẩy rửa gia dụng theo địa bàn
Đơn vị tính: nghìn tấn
Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2024
Huyện Đức Hòa
52,4
58,1
63,0
Huyện Bến Lức
39,7
43,6
47,5
Huyện Cần Giuộc
21,3
24,9
27,0
Các địa bàn khác
19,8
21,4
22,5
Tổng số
133,2
148,0
160,0

Hiện toàn tỉnh có 4 doanh nghiệp đạt chứng nhận Nhãn xanh Việt Nam cho sản phẩm nước rửa chén, nước lau sàn. Ngành đang giải quyết việc làm cho khoảng 9.500 lao động, phần lớn là lao động địa phương.

Giai đoạn 2021-2025, tỉnh phấn đấu thu hút thêm ít nhất 10 dự án sản xuất hóa mỹ phẩm, chất tẩy rửa công nghệ cao vào các khu công nghiệp.

Tin liên quan
- Long An tổ chức Hội nghị kết nối giao thương năm 2023
- Kế hoạch số 2156/KH-UBND về phát triển công nghiệp hỗ trợ

SỞ CÔNG THƯƠNG TỈNH LONG AN
Địa chỉ: Số 66 Hùng Vương, Phường 2, TP Tân An, tỉnh Long An
Điện thoại: 0272.3826.224 - Email: sct@longan.gov.vn
Lượt truy cập: 1.204.337 | Đang trực tuyến: 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
G25 = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
COLS = [("năm 2022", C22, None), ("năm 2023", C23, None), ("kế hoạch 2024", K24, "target")]
ROWS = [("Huyện Đức Hòa", "Đức Hòa", ["52,4", "58,1", "63,0"]),
        ("Huyện Bến Lức", "Bến Lức", ["39,7", "43,6", "47,5"]),
        ("Huyện Cần Giuộc", "Cần Giuộc", ["21,3", "24,9", "27,0"]),
        ("Các địa bàn khác", None, ["19,8", "21,4", "22,5"]),
        ("Tổng số", None, ["133,2", "148,0", "160,0"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"sản lượng chất tẩy rửa gia dụng {col}"
        elif label == "Tổng số":
            subj = f"tổng số sản lượng chất tẩy rửa gia dụng {col}"
        else:
            subj = f"sản lượng chất tẩy rửa gia dụng các địa bàn khác {col}"
        v = float(n.replace(",", ".")) * 1000
        CELLS.append(fig(f"{prev}\n{n}", n, v, "measure", "tấn", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp",
        change=chg("increase", 7, "doanh nghiệp", "năm 2021"),
        subject="doanh nghiệp sản xuất chất tẩy rửa gia dụng đang hoạt động"),
    fig("khoảng 148 nghìn", "148", 148000, "measure", "tấn", approx="about",
        subject="sản lượng toàn ngành", period=Y23),
    fig("khoảng 3.950 tỷ", "3.950", 3950e9, "money", "đồng", approx="about", percent=1.8,
        subject="giá trị sản xuất", period=Y23),
] + CELLS + [
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp đạt chứng nhận Nhãn xanh Việt Nam"),
    fig("khoảng 9.500 lao động", "9.500", 9500, "count", "lao động", approx="about",
        subject="lao động ngành giải quyết việc làm"),
    fig("ít nhất 10 dự án", "10", 10, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất hóa mỹ phẩm, chất tẩy rửa công nghệ cao thu hút thêm", period=G25),
]

NOTES = [
    "Department site (Sở Công Thương Long An) without a dateline: menu, related links, footer address, phone, email, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'năm 2021' (baseline), 'Kế hoạch số 2156/KH-UBND', 'Số 66 Hùng Vương, Phường 2', phone, 'Lượt truy cập: 1.204.337', 'Đang trực tuyến: 52', 'năm 2023' in a link title.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' (×1000): every cell is a figure; a district row label goes to location (not the subject);",
    "'Các địa bàn khác' and 'Tổng số' rows stay in Long An. Period from the column; 'Kế hoạch 2024' → target. Cells get no total.",
    "'Giai đoạn 2021-2025 ... phấn đấu ... ít nhất 10 dự án' → target, at_least, the whole period. No published date.",
]

if __name__ == "__main__":
    write("p1506-7", TEXT, NOTES, FIGS, published=None, location="Long An")
