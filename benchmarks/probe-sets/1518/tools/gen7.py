"""p1518-7: department site without dateline (Sở Công Thương Đồng Nai): one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Ngành chỉ may Đồng Nai năm 2024: sản lượng ước tăng 8,4%

Đồng Nai hiện có 23 doanh nghiệp sản xuất chỉ may và phụ liệu may mặc, trong đó 15 doanh nghiệp có công đoạn nhuộm, sử dụng khoảng 9.800 lao động. Các nhà máy tập trung tại KCN Nhơn Trạch 2, Nhơn Trạch 3 và Long Thành.

Sản lượng chỉ may theo địa bàn
Đơn vị tính: triệu cuộn
Địa bàn
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Huyện Nhơn Trạch
215,4
236,2
109,7
Huyện Long Thành
118,6
124,4
104,9
Địa bàn khác
64,2
70,9
110,4
Tổng số
398,2
431,5
108,4

Năm 2024, giá trị sản xuất của ngành ước đạt 6.950 tỷ đồng, tăng 8,1% so với năm 2023, chiếm khoảng 4,5% giá trị sản xuất toàn ngành dệt may của tỉnh; riêng chỉ may xuất khẩu ước 270,8 triệu cuộn. Năm 2025, Sở phấn đấu sản lượng chỉ may đạt 460 triệu cuộn; đến hết năm 2025, 100% doanh nghiệp nhuộm lắp đặt trạm quan trắc nước thải tự động.

Tin liên quan
- Hội thảo sản xuất xanh ngành dệt nhuộm
- Lịch tiếp công dân tháng 12

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.419
Lượt truy cập: 1.528.904 | Đang truy cập: 42
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TO25 = per("đến hết năm 2025", None, "2025-12-31")


def row(label, loc, a, b, c):
    """Three cells of one table row; anchors carry the previous line for uniqueness."""
    first = label.split()[-1]
    subj = "sản lượng chỉ may" + ("" if loc else f" {label.lower()}")
    kw = {"location": loc} if loc else {}
    return [
        fig(f"{first}\n{a}", a, float(a.replace(",", ".")) * 1e6, "count", "cuộn",
            subject=f"{subj} năm 2023", period=Y23, **kw),
        fig(f"{a}\n{b}", b, float(b.replace(",", ".")) * 1e6, "count", "cuộn", status="estimate",
            subject=f"{subj} ước thực hiện 2024", period=E24, **kw),
        fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
            subject=f"{subj} so với cùng kỳ", **kw),
    ]


FIGS = [
    fig("ước tăng 8,4%", "8,4", 8.4, "percent", "%", status="estimate",
        subject="sản lượng ngành chỉ may", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất chỉ may và phụ liệu may mặc"),
    fig("15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp có công đoạn nhuộm"),
    fig("khoảng 9.800", "9.800", 9800, "count", "lao động", approx="about",
        subject="lao động doanh nghiệp sản xuất chỉ may và phụ liệu sử dụng"),
    *row("Huyện Nhơn Trạch", "Nhơn Trạch", "215,4", "236,2", "109,7"),
    *row("Huyện Long Thành", "Long Thành", "118,6", "124,4", "104,9"),
    *row("Địa bàn khác", None, "64,2", "70,9", "110,4"),
    *row("Tổng số", None, "398,2", "431,5", "108,4"),
    fig("ước đạt 6.950 tỷ", "6.950", 6950e9, "money", "đồng", status="estimate", percent=4.5,
        change=chg("increase", 8.1, "%", "năm 2023"), subject="giá trị sản xuất của ngành", period=Y24),
    fig("ước 270,8 triệu", "270,8", 270.8e6, "count", "cuộn", status="estimate",
        subject="chỉ may xuất khẩu", period=Y24),
    fig("đạt 460 triệu", "460", 460e6, "count", "cuộn", status="target",
        subject="sản lượng chỉ may", period=Y25),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp nhuộm lắp đặt trạm quan trắc nước thải tự động", period=TO25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) with no dateline: no published. Menu, related links, address, phone, 'Lượt truy cập'/'Đang truy cập' (furniture).",
    "Headline 'năm 2024: sản lượng ước tăng 8,4%' → growth as the claim, percent, estimate, period 2024.",
    "One-cell-per-line table, 'Đơn vị tính: triệu cuộn' → cells are counts of spools (cuộn) ×10^6 (kind revised from measure after the first run); a place column: huyện rows give location, 'Địa bàn khác'/'Tổng số' stay Đồng Nai.",
    "Subject = 'sản lượng chỉ may' (table title) + row label (when not a place) + column; 'Ước thực hiện 2024' → estimate;",
    "'So với cùng kỳ (%)' cells are percent figures, no period in the header (none annotated), status actual (no cue; borderline). Table cells get no total.",
    "'23 doanh nghiệp ..., trong đó 15 doanh nghiệp': total 23. 'KCN Nhơn Trạch 2, Nhơn Trạch 3' are names.",
    "'ước đạt 6.950 tỷ ..., tăng 8,1% ..., chiếm khoảng 4,5%' → change and percent attributes; 'riêng ... ước 270,8 triệu cuộn': no part-of cue (riêng), no total.",
    "'Năm 2025, Sở phấn đấu ... 460 triệu cuộn; đến hết năm 2025, 100% ...' → target (as-of end 2025-12-31 for the 100%).",
]

if __name__ == "__main__":
    write("p1518-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
