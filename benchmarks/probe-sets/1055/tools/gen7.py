"""p1055-7: Trung tâm Khuyến nông Khánh Hòa (department site, no dateline), dendro model; one-cell-per-line table."""
from lib import F, P, I, CH, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
TRUNG TÂM KHUYẾN NÔNG
Trang chủ | Giới thiệu | Tin tức | Mô hình hiệu quả | Liên hệ

Hiệu quả mô hình trồng lan dendro trong nhà màng

Năm 2023, Trung tâm Khuyến nông tỉnh Khánh Hòa triển khai mô hình trồng lan dendro trong nhà màng tại huyện Diên Khánh và huyện Cam Lâm với quy mô 3.000 m2, có 12 hộ tham gia. Tổng kinh phí thực hiện 1,35 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 540 triệu đồng, chiếm 40%, phần còn lại do người dân đối ứng.

Sau 12 tháng, cây sinh trưởng tốt, tỷ lệ sống đạt 96,5%; mỗi giò cho từ 3 đến 4 cành hoa, giá bán bình quân 12.000 đồng/cành.

Kết quả hạch toán mô hình
Đơn vị tính: triệu đồng/1.000 m2
Chỉ tiêu
Mô hình lan dendro
Đối chứng (trồng hoa cúc)
Tổng chi phí
285
160
Tổng thu
520
230
Lợi nhuận
235
70
Tỷ suất lợi nhuận (%)
82,5
43,8

Lợi nhuận của mô hình cao gấp 3,4 lần so với trồng hoa cúc trên cùng diện tích. Năm 2024, Trung tâm dự kiến nhân rộng mô hình thêm 5.000 m2 tại thị xã Ninh Hòa.

TRUNG TÂM KHUYẾN NÔNG TỈNH KHÁNH HÒA
Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang, tỉnh Khánh Hòa
Điện thoại: 0258.3822.695 - Email: ttkn@khanhhoa.gov.vn
Tổng lượt truy cập: 356.812 | Đang trực tuyến: 27
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
U = "đồng/1.000 m2"
M, D = "mô hình lan dendro", "đối chứng (trồng hoa cúc)"

FIGS = [
    F("quy mô 3.000 m2", "3.000", 3000, "measure", "m2", "quy mô mô hình trồng lan dendro trong nhà màng", Y23),
    F("có 12 hộ", "12", 12, "count", "hộ", "hộ tham gia mô hình", Y23),
    F("1,35 tỷ đồng", "1,35", 1_350_000_000, "money", "đồng", "tổng kinh phí thực hiện mô hình", I(Y23)),
    F("540 triệu đồng", "540", 540_000_000, "money", "đồng", "ngân sách nhà nước hỗ trợ", I(Y23),
      total=1_350_000_000, percent=40),
    F("đạt 96,5%", "96,5", 96.5, "percent", "%", "tỷ lệ sống", I(Y23)),
    F("từ 3 đến 4 cành", "3", 3, "count", "cành", "cành hoa mỗi giò lan", value_max=4),
    F("12.000 đồng/cành", "12.000", 12000, "money", "đồng/cành", "giá bán bình quân hoa lan dendro"),
    F("Tổng chi phí\n285", "285", 285_000_000, "money", U, "tổng chi phí " + M, I(Y23)),
    F("285\n160", "160", 160_000_000, "money", U, "tổng chi phí " + D, I(Y23)),
    F("Tổng thu\n520", "520", 520_000_000, "money", U, "tổng thu " + M, I(Y23)),
    F("520\n230", "230", 230_000_000, "money", U, "tổng thu " + D, I(Y23)),
    F("Lợi nhuận\n235", "235", 235_000_000, "money", U, "lợi nhuận " + M, I(Y23)),
    F("235\n70", "70", 70_000_000, "money", U, "lợi nhuận " + D, I(Y23)),
    F("(%)\n82,5", "82,5", 82.5, "percent", "%", "tỷ suất lợi nhuận " + M, I(Y23)),
    F("82,5\n43,8", "43,8", 43.8, "percent", "%", "tỷ suất lợi nhuận " + D, I(Y23)),
    F("gấp 3,4 lần", "3,4", 3.4, "multiple", "lần", "lợi nhuận mô hình so với trồng hoa cúc"),
    F("thêm 5.000 m2", "5.000", 5000, "measure", "m2", "diện tích nhân rộng mô hình",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="forecast", location="Ninh Hòa"),
]

write("p1055-7", TEXT, FIGS, location="Khánh Hòa", comments=[
    "Trung tâm Khuyến nông tỉnh Khánh Hòa (department site): mô hình lan dendro trong nhà màng 2023; no dateline (no published);",
    "footer address, phone and 'Tổng lượt truy cập: 356.812 | Đang trực tuyến: 27' are page furniture.",
    "Table pasted one cell per line: 'Đơn vị tính: triệu đồng/1.000 m2' → ×10^6, unit đồng/1.000 m2 (the 1.000 m2 is a rate denominator);",
    "the 'Tỷ suất lợi nhuận (%)' row overrides it (percent). Subject = row label + column label; period năm 2023 from the lead (inherited).",
    "The model spans two districts (Diên Khánh, Cam Lâm), so its figures are Khánh Hòa's; the 2024 expansion is in thị xã Ninh Hòa.",
    "540 triệu follows 'trong đó' after 1,35 tỷ: total 1.35e9, 'chiếm 40%' its percent. 'Sau 12 tháng' is a duration (not a figure).",
    "'cao gấp 3,4 lần' without a base amount: a multiple figure.",
])
