"""p1015-7: Cục QLTT tỉnh Sóc Trăng department site, no dateline, gold-trading checks 2023, table one cell per line."""
from lib import F, P, I, C, T, write_set

TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH SÓC TRĂNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả kiểm tra hoạt động kinh doanh vàng năm 2023

Năm 2023, Cục Quản lý thị trường tỉnh Sóc Trăng đã chỉ đạo các Đội Quản lý thị trường kiểm tra 78 vụ việc liên quan đến kinh doanh vàng, phát hiện 31 vụ vi phạm, xử phạt 254,2 triệu đồng. Trên 60% số vụ vi phạm là không niêm yết giá và không có hóa đơn, chứng từ.

Toàn tỉnh hiện có 163 cơ sở kinh doanh vàng, tập trung tại TP. Sóc Trăng (52 cơ sở), thị xã Vĩnh Châu (21 cơ sở) và huyện Kế Sách (17 cơ sở). Trong năm, qua lấy mẫu kiểm tra, có 5/24 mẫu vàng trang sức không đạt hàm lượng công bố; hàm lượng vàng thực tế thấp hơn từ 1,2% đến 4,5%.

Kết quả kiểm tra, xử lý vi phạm trong kinh doanh vàng
Chỉ tiêu
Năm 2022
Năm 2023
So sánh (%)
Số vụ kiểm tra (vụ)
64
78
121,9
Số vụ vi phạm (vụ)
23
31
134,8
Số tiền xử phạt (triệu đồng)
186,5
254,2
136,3
Số mẫu vàng lấy kiểm tra (mẫu)
18
24
133,3

Năm 2024, Cục đặt mục tiêu kiểm tra không dưới 90 vụ việc, trong đó tập trung vào các cơ sở chưa sử dụng hóa đơn điện tử và vàng trang sức không rõ nguồn gốc.

CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH SÓC TRĂNG
Địa chỉ: số 18 Trần Hưng Đạo, phường 2, TP. Sóc Trăng, tỉnh Sóc Trăng
Điện thoại: 0299.3821.436 - Fax: 0299.3826.117
Tổng lượt truy cập: 1.284.673 | Đang trực tuyến: 27
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22t = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23t = P("Năm 2023", "2023-01-01", "2023-12-31")
ROWS = [  # row label, unit, multiplier, 2022, 2023, ratio
    ("Số vụ kiểm tra (vụ)", "vụ", 1, "64", "78", "121,9"),
    ("Số vụ vi phạm (vụ)", "vụ", 1, "23", "31", "134,8"),
    ("Số tiền xử phạt (triệu đồng)", "đồng", 10**6, "186,5", "254,2", "136,3"),
    ("Số mẫu vàng lấy kiểm tra (mẫu)", "mẫu", 1, "18", "24", "133,3"),
]
TABLE = []
for label, unit, mult, a, b, r in ROWS:
    kind = "money" if unit == "đồng" else "count"
    name = label.split(" (")[0]
    va, vb, vr = (float(x.replace(",", ".")) for x in (a, b, r))
    TABLE += [
        F(f"{label}\n{a}\n", a, round(va * mult, 6), kind, unit, f"{name} năm 2022", Y22t),
        F(f"{a}\n{b}\n", b, round(vb * mult, 6), kind, unit, f"{name} năm 2023", Y23t),
        F(f"{b}\n{r}\n", r, vr, "percent", "%", f"{name} năm 2023 so sánh với năm 2022"),
    ]

FIG = [
    F("kiểm tra 78 vụ việc", "78", 78, "count", "vụ việc", "vụ việc liên quan đến kinh doanh vàng được kiểm tra", Y23),
    F("phát hiện 31 vụ", "31", 31, "count", "vụ vi phạm", "vụ vi phạm", Y23),
    F("xử phạt 254,2 triệu", "254,2", 254_200_000, "money", "đồng", "tiền xử phạt", Y23),
    F("Trên 60%", "60", 60, "percent", "%", "vụ vi phạm không niêm yết giá và không có hóa đơn, chứng từ",
      I(Y23), approx="over"),
    F("có 163 cơ sở", "163", 163, "count", "cơ sở", "cơ sở kinh doanh vàng"),
    F("Sóc Trăng (52 cơ sở)", "52", 52, "count", "cơ sở", "cơ sở kinh doanh vàng", location="Sóc Trăng"),
    F("Vĩnh Châu (21 cơ sở)", "21", 21, "count", "cơ sở", "cơ sở kinh doanh vàng", location="Vĩnh Châu"),
    F("Kế Sách (17 cơ sở)", "17", 17, "count", "cơ sở", "cơ sở kinh doanh vàng", location="Kế Sách"),
    F("có 5/24 mẫu", "5", 5, "count", "mẫu", "mẫu vàng trang sức không đạt hàm lượng công bố",
      P("Trong năm", "2023-01-01", "2023-12-31"), total=24),
    F("từ 1,2% đến 4,5%", "1,2", 1.2, "percent", "%", "hàm lượng vàng thực tế thấp hơn hàm lượng công bố",
      P("Trong năm", "2023-01-01", "2023-12-31"), value_max=4.5),
] + TABLE + [
    F("không dưới 90 vụ việc", "90", 90, "count", "vụ việc", "vụ việc kiểm tra",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Cục Quản lý thị trường tỉnh Sóc Trăng (department site): kiểm tra kinh doanh vàng năm 2023. No dateline: no published.",
    "Table pasted one cell per line (header cells Chỉ tiêu / Năm 2022 / Năm 2023 / So sánh (%), then 4 rows of 4 cells).",
    "Every numeric cell is a figure: unit from the row label ('(triệu đồng)' multiplies by 10^6), period from the column header",
    "(scored); 'So sánh (%)' cells are percent figures (2023 as % of 2022) without period. No totals in table cells.",
    "'Trong năm' in a year-2023 report = 2023. '5/24 mẫu' -> total 24. 'thấp hơn từ 1,2% đến 4,5%' has no base amount: percent range.",
    "'hiện có 163 cơ sở' has no period. District list in brackets (52 + 21 + 17 = 90 < 163): no total.",
    "Not figures: address 'số 18 Trần Hưng Đạo, phường 2', phone and fax, 'Tổng lượt truy cập: 1.284.673', 'Đang trực tuyến: 27'.",
]

write_set("p1015-7", TEXT, FIG, NOTES, location="Sóc Trăng")
