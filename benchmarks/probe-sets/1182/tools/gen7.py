"""p1182-7: department site (Sở GTVT Lâm Đồng), no dateline; Đà Lạt public bicycles; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Đà Lạt mở rộng hệ thống xe đạp công cộng quanh hồ Xuân Hương

Hệ thống xe đạp công cộng tại TP Đà Lạt do Công ty CP Phát triển giao thông xanh Lâm Viên đầu tư hiện có 32 trạm với 520 xe, trong đó 210 xe đạp điện. Năm 2024, hệ thống phục vụ 486.300 lượt thuê, bằng 121,6% kế hoạch năm; khách quốc tế chiếm 23,5% lượt thuê.

Kết quả khai thác hệ thống xe đạp công cộng TP Đà Lạt:
Đơn vị tính: lượt thuê
Loại xe
Năm 2023
Năm 2024
Kế hoạch 2025
Xe đạp cơ
278.400
301.500
320.000
Xe đạp điện
122.600
184.800
230.000
Tổng số
401.000
486.300
550.000

Giá thuê xe đạp cơ 10.000 đồng/giờ, xe đạp điện 20.000 đồng/giờ; người có hộ khẩu thường trú tại Đà Lạt được giảm 50% khi mua vé tháng. Trạm đông khách nhất là trạm Quảng trường Lâm Viên (phường 10), mùa cao điểm có trên 400 lượt thuê mỗi ngày.

Năm 2025, Sở dự kiến phối hợp với UBND TP Đà Lạt và doanh nghiệp lắp đặt thêm 18 trạm, trong đó 6 trạm tại khu vực ngoại ô như Trại Mát, Tà Nung.

Bài viết liên quan:
- Hội nghị tổng kết công tác bảo đảm trật tự an toàn giao thông lần thứ 5
- Thông báo lịch tiếp công dân tháng 4
SỞ GIAO THÔNG VẬN TẢI TỈNH LÂM ĐỒNG
Địa chỉ: Số 4 Trần Hưng Đạo, Phường 10, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.219 | Email: sgtvt@lamdong.gov.vn
Lượt truy cập: 2.045.871 | Đang online: 37
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "Năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    "Năm 2024": (per("Năm 2024", "2024-01-01", "2024-12-31"), "actual"),
    "Kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = [("Xe đạp cơ", ["278.400", "301.500", "320.000"]),
        ("Xe đạp điện", ["122.600", "184.800", "230.000"]),
        ("Tổng số", ["401.000", "486.300", "550.000"])]
TABLE = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st != "actual" else {}
        TABLE.append(fig(f"{prev}\n{n}", n, int(n.replace(".", "")), "count", "lượt thuê",
                         subject=f"lượt thuê {label.lower()} {col.lower()}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 32 trạm", "32", 32, "count", "trạm", subject="trạm xe đạp công cộng"),
    fig("với 520 xe", "520", 520, "count", "xe", subject="xe đạp công cộng"),
    fig("210 xe đạp điện", "210", 210, "count", "xe", total=520, subject="xe đạp điện"),
    fig("phục vụ 486.300 lượt", "486.300", 486300, "count", "lượt thuê", percent=121.6,
        subject="lượt thuê xe đạp công cộng", period=Y24),
    fig("chiếm 23,5%", "23,5", 23.5, "percent", "%", subject="khách quốc tế trong lượt thuê", period=Y24),
] + TABLE + [
    fig("cơ 10.000 đồng", "10.000", 10000, "money", "đồng/giờ", subject="giá thuê xe đạp cơ"),
    fig("điện 20.000 đồng", "20.000", 20000, "money", "đồng/giờ", subject="giá thuê xe đạp điện"),
    fig("giảm 50%", "50", 50, "percent", "%",
        subject="mức giảm giá vé tháng cho người có hộ khẩu thường trú tại Đà Lạt"),
    fig("trên 400 lượt", "400", 400, "measure", "lượt thuê/ngày", approx="over",
        subject="lượt thuê mỗi ngày mùa cao điểm tại trạm Quảng trường Lâm Viên"),
    fig("thêm 18 trạm", "18", 18, "count", "trạm", status="forecast", subject="trạm lắp đặt thêm", period=Y25),
    fig("trong đó 6 trạm", "6", 6, "count", "trạm", total=18, status="forecast",
        subject="trạm lắp đặt thêm tại khu vực ngoại ô", period=Y25),
]

NOTES = [
    "Department site (Sở GTVT Lâm Đồng) with no dateline: no published. Related links, footer address, phone, visitor counters.",
    "All figures describe the TP Đà Lạt system: default location Đà Lạt. 'hiện có' gets no period.",
    "One-cell-per-line table ('Đơn vị tính: lượt thuê'): subject = indicator + row label + column label; period from the column header",
    "(scored); 'Kế hoạch 2025' → target. Cells get no totals; the 'Tổng số' row is its own figures.",
    "'bằng 121,6% kế hoạch năm' is the share of 486.300; 'khách quốc tế chiếm 23,5% lượt thuê' after ';' has its own subject: percent figure.",
    "'trên 400 lượt thuê mỗi ngày' is a per-day rate (measure). '; trong đó 6 trạm' part of 18 (forecast continues).",
    "Distractors: 'phường 10' / 'Phường 10', 'Số 4 Trần Hưng Đạo', 'lần thứ 5', 'tháng 4', phone, 'Lượt truy cập: 2.045.871', 'Đang online: 37'.",
]

if __name__ == "__main__":
    write("p1182-7", TEXT, NOTES, FIGS, published=None, location="Đà Lạt")
