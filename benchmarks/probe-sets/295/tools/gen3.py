from lib import *

TEXT = """CỤC THUẾ TỈNH BÌNH DƯƠNG
Trang chủ > Tin tức > Hóa đơn điện tử
Đẩy mạnh hóa đơn điện tử khởi tạo từ máy tính tiền
Ngày đăng: 12/03/2025 | Lượt xem: 1.204

Năm 2024, Cục Thuế tỉnh đã triển khai quyết liệt Chỉ thị số 18/CT-BTC về hóa đơn điện tử (HĐĐT) khởi tạo từ máy tính tiền. Tính đến ngày 31/12/2024, toàn tỉnh có 6.215 doanh nghiệp, hộ kinh doanh đăng ký sử dụng HĐĐT khởi tạo từ máy tính tiền, đạt 124,3% chỉ tiêu Tổng cục Thuế giao, gấp 2,6 lần so với cuối năm 2023.

Kết quả theo địa bàn như sau:
Đơn vị tính: người nộp thuế
Địa bàn | Số đăng ký | Kế hoạch | Tỷ lệ so kế hoạch (%)
Thủ Dầu Một | 1.842 | 1.500 | 122,8
Dĩ An | 1.365 | 1.100 | 124,1
Thuận An | 1.517 | 1.150 | 131,9
Các địa bàn còn lại | 1.491 | 1.250 | 119,3

Trong năm, hệ thống đã cấp mã cho hơn 396,8 triệu hóa đơn, tăng 14,2% so với năm 2023; trong đó hóa đơn khởi tạo từ máy tính tiền khoảng 58,4 triệu hóa đơn, chiếm 14,7%. Đến nay, 100% cửa hàng xăng dầu trên địa bàn (312/312 cửa hàng) đã xuất hóa đơn điện tử theo từng lần bán hàng.

Qua phân tích dữ liệu hóa đơn, cơ quan thuế đã phát hiện 47 doanh nghiệp có dấu hiệu sử dụng hóa đơn bất hợp pháp, truy thu và xử phạt 18,65 tỷ đồng.

Năm 2025, Cục Thuế đặt mục tiêu có thêm ít nhất 2.500 doanh nghiệp, hộ kinh doanh áp dụng HĐĐT từ máy tính tiền; 100% cơ sở kinh doanh ăn uống, bán lẻ có doanh thu từ 1 tỷ đồng/năm trở lên được rà soát.

Mọi vướng mắc xin liên hệ tổng đài 1900 6156 (nhánh 2) hoặc phòng 305, tầng 3, số 229 đại lộ Bình Dương.
"""

D31 = P("Tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TN = P("Trong năm", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2025-03-12")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
U = "người nộp thuế"

rows = [("Thủ Dầu Một", "1.842", "1.500", "122,8", "Thủ Dầu Một"),
        ("Dĩ An", "1.365", "1.100", "124,1", "Dĩ An"),
        ("Thuận An", "1.517", "1.150", "131,9", "Thuận An"),
        ("Các địa bàn còn lại", "1.491", "1.250", "119,3", None)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, reg, plan, rate, loc in rows:
    extra = "" if loc else " các địa bàn còn lại"
    kw = {"location": loc} if loc else {}
    TABLE += [
        F(f"{label} | {reg} |", reg, num(reg), "count", U, "Số đăng ký" + extra, period=I(D31), **kw),
        F(f"{reg} | {plan} |", plan, num(plan), "count", U, "Kế hoạch" + extra, status="target", period=I(Y24), **kw),
        F(f"{plan} | {rate}\n", rate, num(rate), "percent", "%", "Tỷ lệ so kế hoạch" + extra, period=I(D31), **kw),
    ]

FIGS = [
    F("có 6.215 doanh nghiệp", "6.215", 6215, "count", "doanh nghiệp, hộ kinh doanh",
      "doanh nghiệp, hộ kinh doanh đăng ký sử dụng HĐĐT khởi tạo từ máy tính tiền",
      percent=124.3, change=ch("+", 2.6, "lần", "cuối năm 2023"), period=D31),
] + TABLE + [
    F("hơn 396,8 triệu hóa đơn", "396,8", 396800000, "count", "hóa đơn", "hóa đơn được cấp mã",
      approx="over", change=ch("+", 14.2, baseline="năm 2023"), period=TN),
    F("khoảng 58,4 triệu hóa đơn", "58,4", 58400000, "count", "hóa đơn", "hóa đơn khởi tạo từ máy tính tiền",
      approx="about", total=396800000, percent=14.7, period=TN),
    F("100% cửa hàng xăng dầu", "100", 100, "percent", "%",
      "cửa hàng xăng dầu xuất hóa đơn điện tử theo từng lần bán hàng", period=NOW),
    F("(312/312 cửa hàng)", "312", 312, "count", "cửa hàng",
      "cửa hàng xăng dầu xuất hóa đơn điện tử theo từng lần bán hàng", total=312, period=NOW),
    F("phát hiện 47 doanh nghiệp", "47", 47, "count", "doanh nghiệp",
      "doanh nghiệp có dấu hiệu sử dụng hóa đơn bất hợp pháp", period=I(Y24)),
    F("xử phạt 18,65 tỷ đồng", "18,65", ty(18.65), "money", "đồng", "truy thu và xử phạt", period=I(Y24)),
    F("ít nhất 2.500 doanh nghiệp", "2.500", 2500, "count", "doanh nghiệp, hộ kinh doanh",
      "doanh nghiệp, hộ kinh doanh áp dụng thêm HĐĐT từ máy tính tiền", approx="at_least", status="target", period=Y25),
    F("100% cơ sở kinh doanh", "100", 100, "percent", "%",
      "cơ sở kinh doanh ăn uống, bán lẻ được rà soát", status="target", period=Y25),
    F("từ 1 tỷ đồng/năm trở lên", "1", ty(1), "money", "đồng/năm", "ngưỡng doanh thu",
      approx="at_least", optional=True),
]

COMMENTS = [
    "Department site (Cục Thuế tỉnh Bình Dương) with breadcrumb; dateline 'Ngày đăng: 12/03/2025 | Lượt xem: 1.204'. Topic: HĐĐT from cash registers, 2024.",
    "Flattened '|' table with 'Đơn vị tính: người nộp thuế' and a '(%)' column overriding it; every numeric cell is a figure; district row label -> location,",
    "'Các địa bàn còn lại' keeps the province and goes into the subject. 'Kế hoạch' column -> status target. Table periods inherited (text above).",
    "No total attribute for table cells (FIGURES.md gives tables no part-of rule), as in probe set 205.",
    "6.215: 'đạt 124,3% chỉ tiêu' is its percent, 'gấp 2,6 lần so với cuối năm 2023' its change (unit lần). 'Trong năm' = 2024 (nearest earlier year).",
    "'trong đó … khoảng 58,4 triệu hóa đơn, chiếm 14,7%' part of 396,8 triệu. '100% … (312/312 cửa hàng)': the bracketed count is its own figure, total 312.",
    "'Đến nay' ends at the dateline 2025-03-12. Threshold 'từ 1 tỷ đồng/năm trở lên' optional.",
    "Distractors: 'Chỉ thị số 18/CT-BTC', view counter, hotline '1900 6156 (nhánh 2)', 'phòng 305, tầng 3, số 229 đại lộ Bình Dương'.",
]

write(3, TEXT, COMMENTS, FIGS, published="2025-03-12", location="Bình Dương")
