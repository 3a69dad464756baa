"""p1370-7: department site (Cục QLTT tỉnh Thanh Hóa), no dateline, one-cell-per-line table of budget collections by area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH THANH HÓA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Cảnh báo hàng giả | Hỏi đáp | Liên hệ

Cục QLTT Thanh Hóa vượt chỉ tiêu thu nộp ngân sách năm 2024

Năm 2024, Cục QLTT tỉnh Thanh Hóa đã kiểm tra 1.536 vụ, xử lý 1.187 vụ vi phạm, thu nộp ngân sách 13,04 tỷ đồng, đạt 108,7% kế hoạch. Trong số 1.187 vụ vi phạm, có 168 vụ kinh doanh hàng giả, hàng nhái, chủ yếu là mỹ phẩm, thực phẩm chức năng và đồ chơi trẻ em. Trị giá hàng hóa vi phạm bị tịch thu hơn 4,2 tỷ đồng, gấp 1,5 lần năm 2023.

Kết quả thu nộp ngân sách theo địa bàn
Đơn vị tính: triệu đồng
Địa bàn
Kế hoạch năm 2024
Thực hiện năm 2024
Tỷ lệ so với kế hoạch (%)
TP Thanh Hóa
4.500
5.120
113,8
TX Nghi Sơn
2.800
2.655
94,8
TP Sầm Sơn
1.200
1.374
114,5
Các huyện còn lại
3.500
3.892
111,2
Tổng cộng
12.000
13.041
108,7

Năm 2025, Cục phấn đấu thu nộp ngân sách từ 12,5 tỷ đồng trở lên; dự kiến tiêu hủy khoảng 15 tấn hàng hóa vi phạm đang lưu kho.

Tin liên quan:
- Cảnh báo thủ đoạn bán mỹ phẩm giả qua livestream
- Thanh Hóa tăng cường kiểm tra đồ chơi trẻ em dịp Tết Thiếu nhi 1/6

Bản quyền thuộc Cục Quản lý thị trường tỉnh Thanh Hóa
Địa chỉ: số 25 đường Hạc Thành, phường Điện Biên, TP Thanh Hóa
Điện thoại: 0237.3852.119 | Lượt truy cập: 1.204.776 | Trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
KH = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = per("Thực hiện năm 2024", "2024-01-01", "2024-12-31")
TL = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("TP Thanh Hóa", "TP Thanh Hóa", None, ["4.500", "5.120", "113,8"]),
        ("TX Nghi Sơn", "Nghi Sơn", None, ["2.800", "2.655", "94,8"]),
        ("TP Sầm Sơn", "Sầm Sơn", None, ["1.200", "1.374", "114,5"]),
        ("Các huyện còn lại", None, "các huyện còn lại", ["3.500", "3.892", "111,2"]),
        ("Tổng cộng", None, "tổng cộng", ["12.000", "13.041", "108,7"])]
CELLS = []
for label, place, rowsubj, (a, b, c) in ROWS:
    loc = {"location": place} if place else {}
    extra = f" {rowsubj}" if rowsubj else ""
    CELLS += [
        fig(f"{label}\n{a}", a, float(a.replace(".", "")) * 1e6, "money", "đồng", status="target",
            subject=f"thu nộp ngân sách{extra} kế hoạch năm 2024", period=KH, **loc),
        fig(f"{a}\n{b}", b, float(b.replace(".", "")) * 1e6, "money", "đồng",
            subject=f"thu nộp ngân sách{extra} thực hiện năm 2024", period=TH, **loc),
        fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
            subject=f"tỷ lệ thu nộp ngân sách{extra} so với kế hoạch", period=TL, **loc),
    ]

FIGS = [
    fig("kiểm tra 1.536 vụ", "1.536", 1536, "count", "vụ", subject="vụ kiểm tra", period=Y24),
    fig("xử lý 1.187 vụ", "1.187", 1187, "count", "vụ", subject="vụ vi phạm xử lý", period=Y24),
    fig("ngân sách 13,04 tỷ", "13,04", 13.04e9, "money", "đồng", percent=108.7,
        subject="thu nộp ngân sách", period=Y24),
    fig("có 168 vụ", "168", 168, "count", "vụ", total=1187, subject="vụ kinh doanh hàng giả, hàng nhái",
        period=inh(Y24)),
    fig("hơn 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="over", change=chg("increase", 1.5, "lần", "năm 2023"),
        subject="trị giá hàng hóa vi phạm bị tịch thu", period=inh(Y24)),
] + CELLS + [
    fig("từ 12,5 tỷ", "12,5", 12.5e9, "money", "đồng", approx="at_least", status="target",
        subject="thu nộp ngân sách", period=Y25),
    fig("khoảng 15 tấn", "15", 15, "measure", "tấn", approx="about", status="forecast",
        subject="hàng hóa vi phạm đang lưu kho dự kiến tiêu hủy", period=Y25),
]

NOTES = [
    "Department site (Cục QLTT Thanh Hóa), no dateline: menu, related links, footer with address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "'Trong số 1.187 vụ vi phạm, có 168 vụ' → total 1187 (the second 1.187 is an attribute, not a figure).",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng' → money cells ×10^6 in đồng; rows are areas → location (TP Thanh Hóa, Nghi Sơn,",
    "Sầm Sơn); 'Các huyện còn lại' and 'Tổng cộng' stay in the subject, location Thanh Hóa. 'Kế hoạch năm 2024' column → target.",
    "Plan cells are figures of their own, not target attributes of the result cells (as in the shared gold). The '%' column has no",
    "year in its header: period inherited (not scored). 'từ 12,5 tỷ đồng trở lên' = at least 12,5 tỷ (at_least). 'dự kiến' → forecast.",
    "Distractors: 'Tết Thiếu nhi 1/6', số 25 đường Hạc Thành, phone 0237.3852.119, Lượt truy cập 1.204.776, Trực tuyến 52.",
]

if __name__ == "__main__":
    write("p1370-7", TEXT, NOTES, FIGS, location="Thanh Hóa")
