"""p1480-7: department site (Sở Công Thương Vĩnh Phúc), no dateline: glue and tape output value; one-cell-per-line table."""
from lib import fig, per, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Ngành keo dán, băng dính Vĩnh Phúc tăng trưởng hai con số

Theo báo cáo của Sở Công Thương, năm 2023 trên địa bàn tỉnh Vĩnh Phúc có 12 doanh nghiệp sản xuất keo dán, băng dính, trong đó 8 doanh nghiệp FDI đến từ Hàn Quốc và Nhật Bản. Giá trị sản xuất của ngành năm 2023 ước đạt 1.542 tỷ đồng, tăng 11,3% so với năm 2022, chiếm khoảng 0,4% giá trị sản xuất công nghiệp toàn tỉnh.

Giá trị sản xuất ngành keo dán, băng dính
Đơn vị tính: tỷ đồng
Chỉ tiêu
Năm 2022
Ước thực hiện năm 2023
Kế hoạch năm 2024
Tổng số
1.386
1.542
1.700
Trong đó:
Keo dán công nghiệp
812
905
990
Băng dính
574
637
710

Năm 2024, ngành đặt mục tiêu giá trị sản xuất đạt 1.700 tỷ đồng, tăng 10,2% so với năm 2023; thu hút thêm 1-2 dự án FDI sản xuất keo chuyên dụng cho linh kiện điện tử tại KCN Bá Thiện II.

Thời gian qua, Sở đã hỗ trợ 6 doanh nghiệp áp dụng sản xuất sạch hơn, giúp giảm 8-12% lượng dung môi tiêu thụ; 3 doanh nghiệp đã được cấp chứng nhận ISO 14001.

Tin liên quan:
- Vĩnh Phúc: Hội nghị kết nối cung cầu năm 2024
- Tập huấn về sản xuất sạch hơn cho doanh nghiệp

SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC
Địa chỉ: Số 8 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên
Điện thoại: 0211.3862.449
Lượt truy cập: 1.204.377 | Đang trực tuyến: 23
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Ước thực hiện năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", C22, "actual"), ("ước thực hiện năm 2023", C23, "estimate"),
        ("kế hoạch năm 2024", C24, "target")]
TOTALS = [1386e9, 1542e9, 1700e9]
ROWS = [("Tổng số", "Tổng số", ["1.386", "1.542", "1.700"]),
        ("keo dán công nghiệp", "Keo dán công nghiệp", ["812", "905", "990"]),
        ("băng dính", "Băng dính", ["574", "637", "710"])]


def table():
    out = []
    for label, lead, cells in ROWS:
        prev = lead
        for (col, p, st), num, whole in zip(COLS, cells, TOTALS):
            kw = {} if st == "actual" else {"status": st}
            if label != "Tổng số":
                kw["total"] = whole
            out.append(fig(f"{prev}\n{num}", num, float(num.replace(".", "")) * 1e9, "money", "đồng",
                           subject=f"giá trị sản xuất {label.lower()} {col}", period=p, **kw))
            prev = num
    return out


FIGS = [
    fig("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất keo dán, băng dính", period=Y23),
    fig("trong đó 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", total=12,
        subject="doanh nghiệp FDI đến từ Hàn Quốc và Nhật Bản", period=Y23),
    fig("ước đạt 1.542 tỷ", "1.542", 1542e9, "money", "đồng", status="estimate", percent=0.4,
        change=chg("increase", 11.3, "%", "năm 2022"), subject="giá trị sản xuất của ngành", period=Y23),
] + table() + [
    fig("đạt 1.700 tỷ", "1.700", 1700e9, "money", "đồng", status="target",
        change=chg("increase", 10.2, "%", "năm 2023"), subject="giá trị sản xuất", period=Y24),
    fig("thêm 1-2 dự án", "1", 1, "count", "dự án", value_max=2, status="target",
        subject="dự án FDI sản xuất keo chuyên dụng cho linh kiện điện tử", period=Y24),
    fig("hỗ trợ 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp được hỗ trợ áp dụng sản xuất sạch hơn"),
    fig("giảm 8-12%", "8", 8, "percent", "%", value_max=12, subject="lượng dung môi tiêu thụ giảm"),
    fig("; 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp được cấp chứng nhận ISO 14001"),
]

NOTES = [
    "Department site (Sở Công Thương tỉnh Vĩnh Phúc) with no dateline (published absent): menu, related links, footer address,",
    "phone, 'Lượt truy cập: 1.204.377 | Đang trực tuyến: 23' (furniture). Location Vĩnh Phúc (named in the lead).",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' -> money x10^9 đồng; subject = row label + column label; periods from the",
    "column headers; 'Ước thực hiện năm 2023' -> estimate, 'Kế hoạch năm 2024' -> target. The rows under 'Trong đó:' follow",
    "the 'Tổng số' row, so each cell takes its column's Tổng số cell as total (spec: a part after 'trong đó' that follows the whole).",
    "'tăng trưởng hai con số' (double-digit growth) and 'ISO 14001', 'KCN Bá Thiện II', 'Số 8' are not figures.",
    "'giảm 8-12% lượng dung môi' is a reduction rate as the claim: percent range, no change. 'Thời gian qua' gives no period.",
]

if __name__ == "__main__":
    write("p1480-7", TEXT, NOTES, FIGS, published=None, location="Vĩnh Phúc")
