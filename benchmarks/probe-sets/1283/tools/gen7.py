"""p1283-7: department site (Sở Công Thương Nghệ An), no dateline: orange, pineapple, passion-fruit juice; one-cell-per-line table."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG NGHỆ AN
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Hỏi đáp

Nâng cao giá trị cam, dứa qua chế biến nước ép

Nghệ An hiện có 5 doanh nghiệp và 7 hợp tác xã chế biến nước ép trái cây, tập trung ở các huyện Nghĩa Đàn, Quỳnh Lưu và thị xã Thái Hòa. Năm 2024, sản lượng nước ép toàn tỉnh ước đạt 16,9 triệu lít, tăng 12,1% so với năm 2023; trong đó xuất khẩu 3,87 triệu lít, chủ yếu sang Nhật Bản và Singapore.

Sản lượng nước ép trái cây theo sản phẩm
Đơn vị tính: nghìn lít
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Nước cam ép
8.240
9.150
10.000
Nước ép dứa
5.360
5.820
6.200
Nước ép chanh leo
1.480
1.930
2.300
Tổng số
15.080
16.900
18.500
Trong đó: xuất khẩu
3.120
3.870
4.500

Lớn nhất là Nhà máy nước ép trái cây Phủ Quỳ tại huyện Nghĩa Đàn, công suất 30 nghìn lít/ngày; năm 2024 nhà máy sản xuất khoảng 8,1 triệu lít, chiếm khoảng 48% sản lượng toàn tỉnh. Giá bán buôn nước cam ép chai 1 lít từ 38.000 đến 45.000 đồng/chai. Các cơ sở thu mua cam của nông dân với giá ổn định 12.000-18.000 đồng/kg, tiêu thụ hơn 11 nghìn tấn quả mỗi năm.

Ý kiến bạn đọc

SỞ CÔNG THƯƠNG TỈNH NGHỆ AN
Địa chỉ: Số 53 Nguyễn Thị Minh Khai, TP Vinh
Điện thoại: 0238.3844.615
Lượt truy cập: 1.204.577 | Đang online: 25
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Nước cam ép", ["8.240", "9.150", "10.000"]),
        ("Nước ép dứa", ["5.360", "5.820", "6.200"]),
        ("Nước ép chanh leo", ["1.480", "1.930", "2.300"]),
        ("Tổng số", ["15.080", "16.900", "18.500"]),
        ("Trong đó: xuất khẩu", ["3.120", "3.870", "4.500"])]
TOTALS = [15080e3, 16900e3, 18500e3]

CELLS = []
for label, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[i]
            row = "xuất khẩu"
        else:
            row = label.lower()
        v = float(n.replace(".", "")) * 1e3
        CELLS.append(F(f"{prev}\n{n}", n, v, "measure", "lít", subject=f"sản lượng nước ép {row} {col}"
                       if not label.startswith("Nước") else f"sản lượng {row} {col}", period=p, **kw))
        prev = n

NG = "Nghĩa Đàn"
FIGS = [
    F("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp chế biến nước ép trái cây"),
    F("và 7 hợp tác xã", "7", 7, "count", "hợp tác xã", subject="hợp tác xã chế biến nước ép trái cây"),
    F("ước đạt 16,9 triệu", "16,9", 16.9e6, "measure", "lít", status="estimate",
      change=change("increase", 12.1, "%", "năm 2023"), subject="sản lượng nước ép toàn tỉnh", period=Y24),
    F("xuất khẩu 3,87 triệu", "3,87", 3.87e6, "measure", "lít", total=16.9e6, status="estimate",
      subject="nước ép xuất khẩu", period=Y24),
] + CELLS + [
    F("công suất 30 nghìn", "30", 30000, "measure", "lít/ngày", subject="công suất Nhà máy nước ép trái cây Phủ Quỳ",
      location=NG),
    F("khoảng 8,1 triệu", "8,1", 8.1e6, "measure", "lít", approx="about", percent=48,
      subject="nước ép nhà máy sản xuất", period=Y24b, location=NG),
    F("chai 1 lít", "1", 1, "measure", "lít", optional=True),
    F("từ 38.000 đến 45.000", "38.000", 38000, "money", "đồng/chai", value_max=45000,
      subject="giá bán buôn nước cam ép chai 1 lít"),
    F("12.000-18.000", "12.000", 12000, "money", "đồng/kg", value_max=18000,
      subject="giá thu mua cam của nông dân"),
    F("hơn 11 nghìn", "11", 11000, "measure", "tấn/năm", approx="over", subject="quả cam các cơ sở tiêu thụ"),
]

NOTES = [
    "Department site (Sở Công Thương Nghệ An), no dateline: menu, 'Ý kiến bạn đọc', footer address, phone, visitor counters.",
    "Distractors: 'Số 53 Nguyễn Thị Minh Khai', phone 0238.3844.615, 'Lượt truy cập: 1.204.577', 'Đang online: 25'.",
    "No date anywhere: published absent; every period in the text carries its own year.",
    "'trong đó xuất khẩu 3,87 triệu lít' → total 16,9 triệu, estimate (continues 'ước đạt'); Nhật Bản, Singapore are trade partners.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn lít' → cells × 1 000 lít; subject = caption indicator + row + column;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "The 'Trong đó: xuất khẩu' sub-row follows 'Tổng số': by the contract's 'trong đó' rule each of its cells takes the Tổng số cell",
    "of the same column as total (borderline: the contract says nothing of totals in tables). The product rows precede the",
    "Tổng số row with no cue: no total.",
    "Nhà máy Phủ Quỳ in huyện Nghĩa Đàn → location Nghĩa Đàn for its two figures; 'chiếm khoảng 48% sản lượng toàn tỉnh' → percent.",
    "'chai 1 lít' is a product size (optional). 'tiêu thụ hơn 11 nghìn tấn quả mỗi năm' → rate tấn/năm.",
]

if __name__ == "__main__":
    write("p1283-7", TEXT, NOTES, FIGS, location="Nghệ An")
