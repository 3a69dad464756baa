"""p1460-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table by place."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Hỏi đáp | Liên hệ

Sản xuất khóa 6 tháng đầu năm 2024 đạt gần 50% kế hoạch

Theo Phòng Quản lý công nghiệp, 6 tháng đầu năm 2024, các doanh nghiệp sản xuất khóa trên địa bàn tỉnh đạt 4,77 triệu bộ, tăng 8,2% so với cùng kỳ năm 2023, bằng 49,4% kế hoạch năm. Toàn tỉnh hiện có 9 doanh nghiệp sản xuất khóa, trong đó 6 doanh nghiệp FDI, sử dụng hơn 3.400 lao động.

Kết quả sản xuất khóa theo địa bàn
Đơn vị tính: nghìn bộ
Địa bàn
Năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024
TP Biên Hòa
4.820
2.510
5.100
Huyện Nhơn Trạch
2.960
1.640
3.300
Huyện Long Thành
1.150
620
1.250
Tổng số
8.930
4.770
9.650
Trong đó: khóa điện tử
410
265
560

Khóa điện tử tăng nhanh nhất, 6 tháng tăng 27,5% so với cùng kỳ. Doanh thu toàn ngành 6 tháng ước đạt 960 tỷ đồng, tăng 7,1% so với cùng kỳ năm trước. Phấn đấu 6 tháng cuối năm, các doanh nghiệp sản xuất thêm khoảng 4,9 triệu bộ để hoàn thành kế hoạch.

Tin cùng chuyên mục:
- Kế hoạch tổ chức Hội chợ hàng Việt lần thứ 12
- Thông báo lịch tiếp công dân tháng 7/2024

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3823.547
Lượt truy cập: 1.204.577 | Đang trực tuyến: 52
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = P("6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", C23, None), ("6 tháng đầu năm 2024", H1, None), ("kế hoạch năm 2024", K24, "target")]
ROWS = [("TP Biên Hòa", ["4.820", "2.510", "5.100"], "Biên Hòa", ""),
        ("Huyện Nhơn Trạch", ["2.960", "1.640", "3.300"], "Nhơn Trạch", ""),
        ("Huyện Long Thành", ["1.150", "620", "1.250"], "Long Thành", ""),
        ("Tổng số", ["8.930", "4.770", "9.650"], "Đồng Nai", " tổng số"),
        ("Trong đó: khóa điện tử", ["410", "265", "560"], "Đồng Nai", " điện tử")]
TOTALS = [8930e3, 4770e3, 9650e3]
CELLS = []
for label, nums, place, extra in ROWS:
    prev = label
    for i, ((col, per, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[i]
        CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1000, "count", "bộ",
                       subject=f"kết quả sản xuất khóa{extra} {col}", period=per, location=place, **kw))
        prev = n

FIGS = [
    F("đạt gần 50%", "50", 50, "percent", "%", approx="nearly",
      subject="sản xuất khóa so với kế hoạch", period=H1),
    F("đạt 4,77 triệu", "4,77", 4.77e6, "count", "bộ", percent=49.4,
      change=C("increase", 8.2, "%", "cùng kỳ năm 2023"),
      subject="sản lượng của các doanh nghiệp sản xuất khóa trên địa bàn tỉnh", period=H1),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất khóa"),
    F("trong đó 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=9, subject="doanh nghiệp FDI"),
    F("hơn 3.400 lao động", "3.400", 3400, "count", "lao động", approx="over",
      subject="lao động các doanh nghiệp sản xuất khóa sử dụng"),
] + CELLS + [
    F("tăng 27,5%", "27,5", 27.5, "percent", "%", subject="khóa điện tử", period=H1s),
    F("ước đạt 960 tỷ", "960", 960e9, "money", "đồng", status="estimate",
      change=C("increase", 7.1, "%", "cùng kỳ năm trước"), subject="doanh thu toàn ngành", period=H1s),
    F("khoảng 4,9 triệu", "4,9", 4.9e6, "count", "bộ", approx="about", status="target",
      subject="sản lượng khóa các doanh nghiệp sản xuất thêm", period=H2),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, 'Tin cùng chuyên mục', footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "No published date (none stated; 'tháng 7/2024' is in a link title). Year-less '6 tháng', '6 tháng cuối năm' take 2024 from the nearest earlier period.",
    "Distractors: 'lần thứ 12', 'tháng 7/2024', 'Số 2 Nguyễn Văn Trị', phone 0251.3823.547, counters 1.204.577 and 52.",
    "Headline 'đạt gần 50% kế hoạch' is a percent figure (nearly); the body's 4,77 triệu has percent 49,4 and change 8,2% vs cùng kỳ năm 2023.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn bộ' (x1000, unit bộ). Place rows give location (Biên Hòa, Nhơn Trạch, Long Thành),",
    "'Tổng số' and the 'Trong đó: khóa điện tử' sub-row are Đồng Nai. Subject = caption indicator + column (+ row when not a place);",
    "period from the column header (scored); 'Kế hoạch năm 2024' -> target. The 'Trong đó' sub-row cells take the 'Tổng số' cell of",
    "their column as total (a part after 'trong đó' that follows its whole, same thing, same period); the place rows have no cue: no total.",
    "'6 tháng tăng 27,5% so với cùng kỳ' is a growth rate as the claim (no change). 'Phấn đấu 6 tháng cuối năm ... khoảng 4,9 triệu bộ' -> target.",
]

if __name__ == "__main__":
    write("p1460-7", TEXT, NOTES, FIGS, location="Đồng Nai")
