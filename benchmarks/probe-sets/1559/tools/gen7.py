"""p1559-7: department site (Sở Công Thương Long An), no dateline; one-cell-per-line table of gauze output by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Long An: Sản lượng gạc y tế năm 2024 ước tăng 9,2%

Long An hiện có 11 doanh nghiệp sản xuất bông, băng, gạc y tế, trong đó 7 doanh nghiệp có vốn đầu tư nước ngoài, chủ yếu tại các huyện Đức Hòa, Bến Lức và Cần Giuộc. Năm 2024, sản lượng gạc y tế toàn tỉnh ước đạt 96,4 triệu mét, tăng 9,2% so với năm 2023; sản lượng bông y tế ước đạt 3.850 tấn.

Sản lượng gạc y tế phân theo địa bàn
Đơn vị tính: triệu mét
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Huyện Đức Hòa
48,2
52,9
56,0
Huyện Bến Lức
27,5
29,8
32,0
Huyện Cần Giuộc
12,6
13,7
15,0
Tổng số
88,3
96,4
103,0

Các doanh nghiệp trong ngành sử dụng khoảng 5.600 lao động; kim ngạch xuất khẩu năm 2024 ước đạt 74 triệu USD, đứng thứ 2 cả nước sau Bình Dương. Giá gạc xuất khẩu bình quân năm 2024 khoảng 0,77 USD/mét, giảm 3% so với năm 2023. Năm 2025, ngành phấn đấu sản lượng gạc đạt 103 triệu mét, kim ngạch xuất khẩu tăng ít nhất 8%.

Tin liên quan:
- Hội chợ Thương mại Long An lần thứ 12
- Kết nối giao thương doanh nghiệp Long An - TP Hồ Chí Minh

SỞ CÔNG THƯƠNG TỈNH LONG AN
Địa chỉ: Số 61 Nguyễn Huệ, Phường 1, TP Tân An
Điện thoại: 0272.3826.115
Lượt truy cập: 1.204.377 | Trực tuyến: 25
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("Kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Huyện Đức Hòa", "Đức Hòa", ["48,2", "52,9", "56,0"]),
        ("Huyện Bến Lức", "Bến Lức", ["27,5", "29,8", "32,0"]),
        ("Huyện Cần Giuộc", "Cần Giuộc", ["12,6", "13,7", "15,0"]),
        ("Tổng số", None, ["88,3", "96,4", "103,0"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            if place:
                kw["location"] = place
                subject = f"sản lượng gạc y tế {col}"
            else:
                subject = f"sản lượng gạc y tế tổng số {col}"
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e6, "measure", "mét",
                           subject=subject, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("ước tăng 9,2%", "9,2", 9.2, "percent", "%", status="estimate",
        subject="sản lượng gạc y tế", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bông, băng, gạc y tế"),
    fig("trong đó 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("ước đạt 96,4 triệu", "96,4", 96.4e6, "measure", "mét", status="estimate",
        change=chg("increase", 9.2, "%", "năm 2023"), subject="sản lượng gạc y tế toàn tỉnh", period=Y24),
    fig("ước đạt 3.850 tấn", "3.850", 3850, "measure", "tấn", status="estimate",
        subject="sản lượng bông y tế", period=Y24),
] + cells() + [
    fig("khoảng 5.600 lao động", "5.600", 5600, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp trong ngành sử dụng"),
    fig("ước đạt 74 triệu", "74", 74e6, "money", "USD", status="estimate",
        subject="kim ngạch xuất khẩu", period=Y24b),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu", period=Y24b),
    fig("khoảng 0,77 USD", "0,77", 0.77, "money", "USD/mét", approx="about",
        change=chg("decrease", 3, "%", "năm 2023"), subject="giá gạc xuất khẩu bình quân", period=Y24b),
    fig("đạt 103 triệu", "103", 103e6, "measure", "mét", status="target",
        subject="sản lượng gạc", period=Y25),
    fig("ít nhất 8%", "8", 8, "percent", "%", approx="at_least", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Long An), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'lần thứ 12', 'Số 61 Nguyễn Huệ, Phường 1', phone 0272.3826.115, counters 1.204.377 and 25.",
    "Headline 'năm 2024 ước tăng 9,2%' is a growth rate as the claim (percent, estimate). No published date.",
    "'11 doanh nghiệp ..., trong đó 7 ...' → total 11; the districts listed after the count do not make it local (Long An).",
    "One-cell-per-line table 'Sản lượng gạc y tế phân theo địa bàn', 'Đơn vị tính: triệu mét'; rows are districts → location,",
    "not subject; subject = caption indicator + column label ('Tổng số' row: + 'tổng số', location Long An). Periods from the",
    "column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total.",
    "'đứng thứ 2 cả nước' continues the 'ước đạt' clause → estimate, rank of the province's exports (location Long An).",
    "'Giá gạc xuất khẩu bình quân năm 2024 khoảng 0,77 USD/mét, giảm 3%': money USD/mét, about, change decrease 3.",
    "'Năm 2025, ngành phấn đấu ...' governs both clauses: 103 triệu mét and 'tăng ít nhất 8%' (a growth rate as the claim) → target.",
]

if __name__ == "__main__":
    write("p1559-7", TEXT, NOTES, FIGS, location="Long An")
