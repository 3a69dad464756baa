"""p1569-7: department site (Sở Công Thương Hưng Yên), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Ngành sữa đậu nành, sữa hạt Hưng Yên tăng trưởng khá

Trên địa bàn tỉnh hiện có 4 doanh nghiệp sản xuất sữa đậu nành, sữa hạt quy mô công nghiệp, tập trung tại các khu công nghiệp Phố Nối A, Thăng Long II và Minh Đức. Năm 2024, sản lượng toàn ngành ước đạt 127,6 triệu lít, tăng 10,8% so với năm 2023; giá trị sản xuất ước đạt 2.680 tỷ đồng.

Sản lượng sữa đậu nành, sữa hạt theo địa bàn
Đơn vị tính: triệu lít
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Thị xã Mỹ Hào
64,2
70,5
76,0
Huyện Văn Lâm
38,6
41,3
45,0
Huyện Yên Mỹ
12,4
15,8
19,0
Tổng số
115,2
127,6
140,0
Trong đó: sữa hạt
9,1
12,2
16,0

Năm 2025, ngành phấn đấu đạt sản lượng 140 triệu lít; tỷ trọng sữa hạt trong tổng sản lượng tăng lên khoảng 11,4%. Các doanh nghiệp hiện sử dụng khoảng 1.150 lao động, thu nhập bình quân 10,2 triệu đồng/người/tháng.

Sở Công Thương khuyến cáo người tiêu dùng lựa chọn sản phẩm có nhãn mác, nguồn gốc rõ ràng; phản ánh vi phạm qua đường dây nóng 0221.3552.018.

Văn bản mới:
- Quyết định số 1186/QĐ-UBND ngày 12/6/2024 phê duyệt Chương trình khuyến công
- Kế hoạch số 92/KH-SCT về kiểm tra an toàn thực phẩm năm 2025

SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Địa chỉ: 437 Nguyễn Văn Linh, TP Hưng Yên
Lượt truy cập: 1.204.377 | Trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [
    ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
]
ROWS = [
    ("Thị xã Mỹ Hào", "Mỹ Hào", "sản lượng sữa đậu nành, sữa hạt", ["64,2", "70,5", "76,0"], None),
    ("Huyện Văn Lâm", "Văn Lâm", "sản lượng sữa đậu nành, sữa hạt", ["38,6", "41,3", "45,0"], None),
    ("Huyện Yên Mỹ", "Yên Mỹ", "sản lượng sữa đậu nành, sữa hạt", ["12,4", "15,8", "19,0"], None),
    ("Tổng số", None, "tổng số sản lượng sữa đậu nành, sữa hạt", ["115,2", "127,6", "140,0"], None),
    ("Trong đó: sữa hạt", None, "sản lượng sữa hạt", ["9,1", "12,2", "16,0"], ["115,2", "127,6", "140,0"]),
]


def table_cells():
    out = []
    for label, place, subj, nums, wholes in ROWS:
        prev = label
        for i, ((col, period, status), n) in enumerate(zip(COLS, nums)):
            kw = {}
            if status:
                kw["status"] = status
            if place:
                kw["location"] = place
            if wholes:
                kw["total"] = float(wholes[i].replace(",", ".")) * 1e6
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e6, "measure", "lít",
                           subject=f"{subj} {col}", period=period, **kw))
            prev = n
    return out


FIGS = [
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sữa đậu nành, sữa hạt quy mô công nghiệp"),
    fig("ước đạt 127,6 triệu", "127,6", 127.6e6, "measure", "lít", status="estimate",
        change=chg("increase", 10.8, "%", "năm 2023"), subject="sản lượng toàn ngành", period=Y24),
    fig("ước đạt 2.680 tỷ", "2.680", 2680e9, "money", "đồng", status="estimate", subject="giá trị sản xuất",
        period=Y24),
] + table_cells() + [
    fig("sản lượng 140 triệu", "140", 140e6, "measure", "lít", status="target", subject="sản lượng của ngành",
        period=Y25),
    fig("khoảng 11,4%", "11,4", 11.4, "percent", "%", approx="about", status="target",
        subject="tỷ trọng sữa hạt trong tổng sản lượng", period=Y25),
    fig("khoảng 1.150 lao động", "1.150", 1150, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 10,2 triệu", "10,2", 10.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động"),
]

NOTES = [
    "Department site (Sở Công Thương Hưng Yên), no dateline: banner, menu, hotline, 'Văn bản mới' links, footer address, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: KCN 'Phố Nối A', 'Thăng Long II', 'Minh Đức'; phone 0221.3552.018; Quyết định số 1186/QĐ-UBND ngày 12/6/2024; Kế hoạch số 92/KH-SCT;",
    "'437 Nguyễn Văn Linh'; counters 1.204.377 and 52; 'năm 2025' in a link title.",
    "One-cell-per-line table, caption 'Sản lượng sữa đậu nành, sữa hạt theo địa bàn', 'Đơn vị tính: triệu lít'; the row label is a place → location",
    "(Mỹ Hào, Văn Lâm, Yên Mỹ), subject = caption indicator + column; 'Tổng số' row → province. Period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'Trong đó: sữa hạt' sub-row follows the 'Tổng số' row: its cells take the Tổng số cell of the same column as total (parts-of-a-whole rule).",
    "'tỷ trọng ... tăng lên khoảng 11,4%' is the level reached (target), not a change. 'hiện sử dụng khoảng 1.150 lao động' → no period.",
    "revised after the first run: 'thu nhập bình quân' → '... của lao động', 'sản lượng' (140 triệu) → 'sản lượng của ngành' (owner in the same sentence).",
]

if __name__ == "__main__":
    write("p1569-7", TEXT, NOTES, FIGS, location="Hưng Yên")
