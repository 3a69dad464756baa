"""p982-7: Chi cục Thủy lợi Thái Bình department site, no dateline, one-cell-per-line table, footer."""
from lib import F, P, I, C, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Chi cục Thủy lợi
Trang chủ | Giới thiệu | Tin tức | Văn bản

Kết quả kiên cố hóa kênh mương nội đồng năm 2022 - 2023

Thực hiện Nghị quyết số 15/2022/NQ-HĐND của HĐND tỉnh, trong hai năm 2022-2023 toàn tỉnh đã kiên cố hóa 269,3 km kênh mương nội đồng. Mức hỗ trợ là 120 tấn xi măng/km đối với kênh tưới và 100 tấn/km đối với kênh tiêu. Kinh phí hỗ trợ của tỉnh năm 2023 tăng 15,5% so với năm 2022. Kết quả cụ thể như sau:

Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
Kế hoạch 2024
Kênh mương được kiên cố hóa
km
126,5
142,8
150
Xi măng hỗ trợ
tấn
15.180
17.136
18.000
Kinh phí hỗ trợ của tỉnh
tỷ đồng
21,3
24,6
26
Diện tích tưới chủ động tăng thêm
ha
1.150
1.320
1.400

Tính đến hết năm 2023, toàn tỉnh có 8.650 km kênh mương nội đồng do các hợp tác xã quản lý, trong đó đã kiên cố hóa 5.420 km, đạt 62,7%. Các huyện có tỷ lệ cao là Hưng Hà (78,5%), Đông Hưng (74,2%) và Vũ Thư (71,6%).

Năm 2024, Chi cục phấn đấu nâng tỷ lệ kênh mương nội đồng được kiên cố hóa toàn tỉnh lên 65%, đồng thời hướng dẫn các địa phương duy tu, sửa chữa trên 300 km kênh đã xuống cấp.

Địa chỉ: Số 8 đường Trần Thủ Độ, TP Thái Bình
Điện thoại: 0227.3831.462 - Fax: 0227.3831.460
Tổng lượt truy cập: 1.284.937
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
E23 = P("Tính đến hết năm 2023", None, "2023-12-31")

ROWS = [  # row label, unit, kind, multiplier, (cells with anchors)
    ("Kênh mương được kiên cố hóa", "km", "measure", 1,
     [("km\n126,5", "126,5"), ("126,5\n142,8", "142,8"), ("150\nXi", "150")]),
    ("Xi măng hỗ trợ", "tấn", "measure", 1,
     [("15.180", "15.180"), ("17.136", "17.136"), ("18.000", "18.000")]),
    ("Kinh phí hỗ trợ của tỉnh", "đồng", "money", 1e9,
     [("21,3\n", "21,3"), ("24,6\n", "24,6"), ("26\nDiện", "26")]),
    ("Diện tích tưới chủ động tăng thêm", "ha", "measure", 1,
     [("1.150", "1.150"), ("1.320", "1.320"), ("1.400", "1.400")]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, unit, kind, mult, cells in ROWS:
    for (anchor, n), per, col in zip(cells, (Y22, Y23, K24), ("năm 2022", "năm 2023", "kế hoạch 2024")):
        extra = {"status": "target"} if col.startswith("kế") else {}
        TABLE.append(F(anchor, n, num(n) * mult, kind, unit, f"{label.lower()} {col}", per, **extra))

LIST = "tỷ lệ kênh mương nội đồng được kiên cố hóa"
FIGS = [
    F("kiên cố hóa 269,3 km", "269,3", 269.3, "measure", "km", "kênh mương nội đồng được kiên cố hóa",
      P("năm 2022-2023", "2022-01-01", "2023-12-31")),
    F("120 tấn xi măng/km", "120", 120, "measure", "tấn/km", "mức hỗ trợ xi măng đối với kênh tưới"),
    F("100 tấn/km", "100", 100, "measure", "tấn/km", "mức hỗ trợ xi măng đối với kênh tiêu"),
    F("tăng 15,5%", "15,5", 15.5, "percent", "%", "kinh phí hỗ trợ của tỉnh tăng so với năm 2022",
      P("năm 2023", "2023-01-01", "2023-12-31")),
] + TABLE + [
    F("có 8.650 km", "8.650", 8650, "measure", "km", "kênh mương nội đồng do các hợp tác xã quản lý", E23),
    F("hóa 5.420 km", "5.420", 5420, "measure", "km", "kênh mương nội đồng đã kiên cố hóa", E23,
      total=8650, percent=62.7),
    F("Hưng Hà (78,5%)", "78,5", 78.5, "percent", "%", LIST, I(E23), location="Hưng Hà"),
    F("Đông Hưng (74,2%)", "74,2", 74.2, "percent", "%", LIST, I(E23), location="Đông Hưng"),
    F("Vũ Thư (71,6%)", "71,6", 71.6, "percent", "%", LIST, I(E23), location="Vũ Thư"),
    F("lên 65%", "65", 65, "percent", "%", LIST, P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("trên 300 km", "300", 300, "measure", "km", "kênh đã xuống cấp được duy tu, sửa chữa",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

NOTES = [
    "Chi cục Thủy lợi Thái Bình page with no dateline (published absent); footer address, phone, fax, visit counter are not figures.",
    "One-cell-per-line table: header cells Chỉ tiêu / Đơn vị / Năm 2022 / Năm 2023 / Kế hoạch 2024, then 4 rows of 5 cells.",
    "Unit and multiplier from the Đơn vị cell (tỷ đồng: 21,3 = 21,3e9 đồng); period from the column header; Kế hoạch 2024 = target.",
    "'Kinh phí hỗ trợ của tỉnh năm 2023 tăng 15,5% so với năm 2022' has no base amount in its sentence: a percent figure.",
    "Not figures: Nghị quyết số 15/2022/NQ-HĐND, 'hai năm' (duration), Số 8 đường Trần Thủ Độ, 0227.3831.462, 1.284.937.",
]

write(7, TEXT, FIGS, published=None, location="Thái Bình", notes=NOTES)
