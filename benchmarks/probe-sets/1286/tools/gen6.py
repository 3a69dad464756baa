"""p1286-6: department site (Chi cục Thủy lợi Hà Tĩnh), no dateline, one-cell-per-line table of dyke upgrades."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ TĨNH
CHI CỤC THỦY LỢI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả củng cố, nâng cấp đê biển, đê cửa sông

Hà Tĩnh có 137 km bờ biển, 12 tuyến đê biển và đê cửa sông với tổng chiều dài 128,5 km, bảo vệ cho hơn 420.000 người dân vùng ven biển. Hằng năm, nước dâng do bão và sóng lớn thường gây sạt lở, hư hỏng nhiều đoạn đê.

Giai đoạn 2021-2023, tỉnh đã đầu tư khoảng 1.150 tỷ đồng nâng cấp, kiên cố hóa đê; hiện tỷ lệ chiều dài đê biển đạt chuẩn thiết kế là 61%.

Khối lượng đê, kè được nâng cấp
Đơn vị tính: km
Hạng mục
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Đê biển
8,6
9,4
12,0
Đê cửa sông
3,2
2,9
4,5
Kè bảo vệ bờ biển
1,8
2,3
3,0
Tổng số
13,6
14,6
19,5

9 tháng đầu năm 2024, Chi cục đã kiểm tra toàn bộ các tuyến đê, phát hiện 23 vị trí hư hỏng, sạt lở, trong đó 19 vị trí đã được xử lý dứt điểm. Cả năm 2024, khối lượng đê, kè được nâng cấp ước đạt 14,6 km, bằng 93,6% kế hoạch năm.

Kế hoạch năm 2025, tỉnh bố trí 210 tỷ đồng, ưu tiên xử lý 6 đoạn đê xung yếu dài tổng cộng 5,8 km tại các huyện Kỳ Anh, Cẩm Xuyên, Thạch Hà và Nghi Xuân.

Tin cùng chuyên mục:
- Diễn tập ứng phó nước dâng do bão tại thị xã Kỳ Anh
- Hướng dẫn thực hiện Quyết định số 1002/QĐ-UBND

CHI CỤC THỦY LỢI HÀ TĨNH
Địa chỉ: Số 10 đường Nguyễn Huy Tự, TP Hà Tĩnh
Điện thoại: 0239.3855.412
Lượt truy cập: 1.284.507 | Đang online: 52
"""

P2123 = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")}
ROWS = [("Đê biển", ["8,6", "9,4", "12,0"]), ("Đê cửa sông", ["3,2", "2,9", "4,5"]),
        ("Kè bảo vệ bờ biển", ["1,8", "2,3", "3,0"]), ("Tổng số", ["13,6", "14,6", "19,5"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "measure", "km",
                         subject=f"khối lượng {label.lower()} được nâng cấp {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 137 km", "137", 137, "measure", "km", subject="bờ biển"),
    fig("12 tuyến", "12", 12, "count", "tuyến đê", subject="tuyến đê biển và đê cửa sông"),
    fig("dài 128,5 km", "128,5", 128.5, "measure", "km",
        subject="tổng chiều dài đê biển và đê cửa sông"),
    fig("hơn 420.000 người", "420.000", 420000, "count", "người", approx="over",
        subject="người dân vùng ven biển được đê bảo vệ"),
    fig("khoảng 1.150 tỷ", "1.150", 1150e9, "money", "đồng", approx="about", period=P2123,
        subject="vốn đầu tư nâng cấp, kiên cố hóa đê"),
    fig("là 61%", "61", 61, "percent", "%", subject="tỷ lệ chiều dài đê biển đạt chuẩn thiết kế"),
] + CELLS + [
    fig("phát hiện 23 vị trí", "23", 23, "count", "vị trí", period=N9,
        subject="vị trí đê hư hỏng, sạt lở"),
    fig("trong đó 19 vị trí", "19", 19, "count", "vị trí", total=23, period=N9,
        subject="vị trí hư hỏng, sạt lở đã được xử lý dứt điểm"),
    fig("ước đạt 14,6 km", "14,6", 14.6, "measure", "km", status="estimate", percent=93.6, period=Y24,
        subject="khối lượng đê, kè được nâng cấp"),
    fig("bố trí 210 tỷ", "210", 210e9, "money", "đồng", status="target", period=K25,
        subject="vốn bố trí xử lý đê xung yếu"),
    fig("lý 6 đoạn", "6", 6, "count", "đoạn đê", status="target", period=K25,
        subject="đoạn đê xung yếu ưu tiên xử lý"),
    fig("cộng 5,8 km", "5,8", 5.8, "measure", "km", status="target", period=K25,
        subject="tổng chiều dài các đoạn đê xung yếu ưu tiên xử lý"),
]

NOTES = [
    "Department site (Chi cục Thủy lợi, Sở NN&PTNT Hà Tĩnh), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Quyết định số 1002/QĐ-UBND', 'Số 10 đường Nguyễn Huy Tự', phone 0239.3855.412, counters 1.284.507 and 52, 'thị xã Kỳ Anh' in a link.",
    "No published date: the article's periods are all explicit years. 'hiện ... là 61%' gives no period.",
    "One-cell-per-line table, 'Đơn vị tính: km'; subject = caption indicator + row + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'phát hiện 23 vị trí ..., trong đó 19 vị trí đã được xử lý' → total 23. 'ước đạt 14,6 km, bằng 93,6% kế hoạch năm' → estimate, percent 93,6.",
    "'Kế hoạch năm 2025, tỉnh bố trí ...' → target for 210 tỷ, 6 đoạn and 5,8 km; the districts listed after make the location the province.",
]

if __name__ == "__main__":
    write("p1286-6", TEXT, NOTES, FIGS, location="Hà Tĩnh")
