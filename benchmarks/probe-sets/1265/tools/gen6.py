"""p1265-6: department site (Sở Công Thương Khánh Hòa), no dateline: Nha Trang markets 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Liên hệ

Hoạt động của các chợ do Ban Quản lý các chợ Nha Trang quản lý năm 2024

Năm 2024, Ban Quản lý các chợ Nha Trang quản lý 3 chợ với 2.860 điểm kinh doanh, trong đó 2.415 điểm đã có tiểu thương thuê, tỷ lệ lấp đầy đạt 84,4%. Thu giá dịch vụ sử dụng diện tích bán hàng năm 2024 ước đạt 29,2 tỷ đồng, tăng 4,1% so với năm 2023.

Thu giá dịch vụ sử dụng diện tích bán hàng theo chợ
Đơn vị tính: triệu đồng
Chợ
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Chợ Đầm
18.450
19.120
20.000
Chợ Xóm Mới
6.380
6.710
7.000
Chợ Vĩnh Hải
3.240
3.395
3.500
Tổng số
28.070
29.225
30.500

Mức giá dịch vụ hiện hành theo Quyết định số 08/2022/QĐ-UBND từ 60.000 đồng đến 480.000 đồng/m2/tháng tùy hạng chợ và vị trí. Trong năm 2024, Ban Quản lý đã lắp đặt 126 camera và 540 bình chữa cháy tại các chợ. Năm 2025, Ban Quản lý dự kiến đầu tư 12 tỷ đồng cải tạo hệ thống điện chợ Xóm Mới.

Tin cùng chuyên mục:
- Kế hoạch tổ chức Chương trình đưa hàng Việt về nông thôn năm 2024
- Thông báo lịch tiếp công dân tháng 12

SỞ CÔNG THƯƠNG TỈNH KHÁNH HÒA
Địa chỉ: Số 4 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.657 | Email: sct@khanhhoa.gov.vn
Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y24c = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Chợ Đầm", ["18.450", "19.120", "20.000"]), ("Chợ Xóm Mới", ["6.380", "6.710", "7.000"]),
        ("Chợ Vĩnh Hải", ["3.240", "3.395", "3.500"]), ("Tổng số", ["28.070", "29.225", "30.500"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(".", "")) * 1e6
        CELLS.append(fig(f"{prev}\n{n}", n, v, "money", "đồng",
                         subject=f"thu giá dịch vụ {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("quản lý 3 chợ", "3", 3, "count", "chợ", subject="chợ do Ban Quản lý các chợ Nha Trang quản lý",
        period=Y24),
    fig("với 2.860 điểm", "2.860", 2860, "count", "điểm kinh doanh", subject="điểm kinh doanh", period=Y24),
    fig("trong đó 2.415 điểm", "2.415", 2415, "count", "điểm", total=2860, percent=84.4,
        subject="điểm đã có tiểu thương thuê", period=Y24),
    fig("ước đạt 29,2 tỷ", "29,2", 29.2e9, "money", "đồng", status="estimate",
        change=chg("increase", 4.1, "%", "năm 2023"),
        subject="thu giá dịch vụ sử dụng diện tích bán hàng", period=Y24b),
] + CELLS + [
    fig("từ 60.000 đồng", "60.000", 60000, "money", "đồng/m2/tháng", value_max=480000,
        subject="mức giá dịch vụ hiện hành"),
    fig("đặt 126 camera", "126", 126, "count", "camera", subject="camera lắp đặt tại các chợ", period=Y24c),
    fig("và 540 bình", "540", 540, "count", "bình chữa cháy", subject="bình chữa cháy lắp đặt tại các chợ",
        period=Y24c),
    fig("tư 12 tỷ", "12", 12e9, "money", "đồng", status="forecast",
        subject="đầu tư cải tạo hệ thống điện chợ Xóm Mới", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Khánh Hòa), no dateline: menu, related links, footer with address, phone, e-mail, 'Lượt truy cập'. No published date.",
    "The figures describe TP Nha Trang's markets: default location Nha Trang. Table rows are markets (not places): subject = row + column label.",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng' → money cells ×10^6 đồng; periods from the headers; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'trong đó 2.415 điểm ..., tỷ lệ lấp đầy đạt 84,4%' → total 2860, percent 84.4 (2415/2860).",
    "'từ 60.000 đồng đến 480.000 đồng/m2/tháng' → range, standing price, no period ('hiện hành').",
    "'Năm 2025, Ban Quản lý dự kiến đầu tư 12 tỷ đồng' → forecast, year 2025.",
    "Distractors: Quyết định số 08/2022/QĐ-UBND, 'Số 4 Phan Chu Trinh', phone 0258.3822.657, 'Lượt truy cập: 1.204.377', 'năm 2024' and 'tháng 12' in link titles.",
]

if __name__ == "__main__":
    write("p1265-6", TEXT, NOTES, FIGS, published=None, location="Nha Trang")
