"""p1468-6: department site (Sở Công Thương Thái Nguyên), no dateline; one-cell-per-line table by district/city."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Phụ kiện điện thoại - nhóm hàng tăng trưởng nhanh của công nghiệp tỉnh

Thái Nguyên hiện có 15 doanh nghiệp sản xuất sạc, cáp sạc và pin sạc dự phòng, phần lớn là nhà cung ứng cấp 1, cấp 2 cho các hãng điện thoại. Năm 2024, sản lượng nhóm sản phẩm này ước đạt hơn 82 triệu sản phẩm, tăng 10,6% so với năm 2023; riêng TP Phổ Yên chiếm gần 65%.

Sản lượng sạc, cáp sạc và pin sạc dự phòng theo địa bàn
Đơn vị tính: nghìn sản phẩm
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Phổ Yên
48.620
53.150
57.000
TP Sông Công
21.340
23.860
26.000
Huyện Phú Bình
4.270
5.120
6.500
Tổng số
74.230
82.130
89.500

Đáng chú ý, Công ty TNHH Năng lượng Di động Hoàng Sơn tại Khu công nghiệp Điềm Thụy (huyện Phú Bình) đã đưa vào vận hành 4 dây chuyền sản xuất pin sạc dự phòng, công suất 1,2 triệu sản phẩm/tháng, tạo việc làm cho khoảng 850 lao động. Năm 2025, công ty dự kiến xuất khẩu 70% sản lượng sang thị trường châu Âu và Hàn Quốc.

Bài viết liên quan:
- Thái Nguyên thu hút dự án FDI mới trong quý I
- Hội chợ Công Thương vùng Việt Bắc lần thứ 8

SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN
Địa chỉ: Số 4 đường Đội Cấn, phường Trưng Vương, TP Thái Nguyên
Điện thoại: 0208.3855.271
Lượt truy cập: 1.204.377 | Đang truy cập: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Phổ Yên", "Phổ Yên", ["48.620", "53.150", "57.000"]),
        ("TP Sông Công", "Sông Công", ["21.340", "23.860", "26.000"]),
        ("Huyện Phú Bình", "Phú Bình", ["4.270", "5.120", "6.500"]),
        ("Tổng số", None, ["74.230", "82.130", "89.500"])]
IND = "sản lượng sạc, cáp sạc và pin sạc dự phòng"


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            if place:
                kw["location"] = place
            subj = f"{IND} {col}" if place else f"{IND} tổng số {col}"
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e3, "count", "sản phẩm",
                           subject=subj, period=p, **kw))
            prev = n
    return out


PB = "Phú Bình"
FIGS = [
    fig("có 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sạc, cáp sạc và pin sạc dự phòng"),
    fig("hơn 82 triệu", "82", 82e6, "count", "sản phẩm", approx="over", status="estimate",
        change=chg("increase", 10.6, "%", "năm 2023"), subject="sản lượng nhóm sản phẩm sạc, cáp sạc và pin sạc dự phòng",
        period=Y24),
    fig("chiếm gần 65%", "65", 65, "percent", "%", approx="nearly", status="estimate",
        subject="sản lượng nhóm sản phẩm", period=Y24, location="Phổ Yên"),
] + cells() + [
    fig("vận hành 4 dây chuyền", "4", 4, "count", "dây chuyền",
        subject="dây chuyền sản xuất pin sạc dự phòng công ty đưa vào vận hành", location=PB),
    fig("suất 1,2 triệu", "1,2", 1.2e6, "measure", "sản phẩm/tháng",
        subject="công suất dây chuyền sản xuất pin sạc dự phòng", location=PB),
    fig("khoảng 850 lao động", "850", 850, "count", "lao động", approx="about",
        subject="lao động có việc làm tại công ty", location=PB),
    fig("khẩu 70%", "70", 70, "percent", "%", status="forecast",
        subject="sản lượng công ty xuất khẩu sang thị trường châu Âu và Hàn Quốc", period=Y25, location=PB),
]

NOTES = [
    "Department site (Sở Công Thương Thái Nguyên), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: 'cấp 1, cấp 2' (supplier tiers), 'quý I' and 'lần thứ 8' in related-link titles,",
    "'Số 4 đường Đội Cấn', phone 0208.3855.271, counters 1.204.377 and 52.",
    "'hơn 82 triệu ... tăng 10,6% so với năm 2023; riêng TP Phổ Yên chiếm gần 65%': the 65% is a percent figure of its own,",
    "located in Phổ Yên, estimate (the clause continues the 'ước đạt' clause), nearly.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm' (48.620 = 48 620 000 sản phẩm); rows are places → location,",
    "subject = caption indicator + column; 'Tổng số' row stays Thái Nguyên; periods from column headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "Hoàng Sơn company in KCN Điềm Thụy (huyện Phú Bình) → location Phú Bình; 'dự kiến' → forecast for the 70% export share.",
]

if __name__ == "__main__":
    write("p1468-6", TEXT, NOTES, FIGS, location="Thái Nguyên")
