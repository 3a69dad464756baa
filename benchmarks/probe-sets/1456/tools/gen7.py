"""p1456-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table by district."""
from lib import F, P, inh, CH, TG, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản

Phụ liệu dệt may Đồng Nai thu hút gần 16.000 lao động

Ngành phụ liệu dệt may (chỉ may, khóa kéo, cúc, nhãn mác, dây viền) của tỉnh tiếp tục phát triển, phục vụ các doanh nghiệp may trong tỉnh và các tỉnh lân cận. Tính đến ngày 30/6/2024, toàn tỉnh có 88 cơ sở sản xuất phụ liệu dệt may, trong đó 41 cơ sở có vốn đầu tư nước ngoài.

Cơ sở sản xuất phụ liệu dệt may theo địa bàn
Địa bàn
Số cơ sở
Lao động (người)
Doanh thu 6 tháng năm 2024 (tỷ đồng)
TP Biên Hòa
38
5.240
1.126
Huyện Nhơn Trạch
21
6.870
1.985
Huyện Trảng Bom
17
2.310
642
Huyện Long Thành
12
1.450
388
Tổng số
88
15.870
4.141

Nhơn Trạch là địa phương có doanh thu phụ liệu lớn nhất, chiếm gần 48% toàn tỉnh, nhờ các nhà máy chỉ may và khóa kéo vốn FDI tại Khu công nghiệp Nhơn Trạch 2 và Nhơn Trạch 5.

6 tháng đầu năm 2024, kim ngạch xuất khẩu phụ liệu dệt may của tỉnh đạt 312 triệu USD, tăng 7,8% so với cùng kỳ, chiếm 3,1% kim ngạch xuất khẩu toàn tỉnh. Dự kiến cả năm đạt khoảng 650 triệu USD.

Bài viết khác:
- Đồng Nai tổ chức Hội nghị kết nối doanh nghiệp công nghiệp hỗ trợ lần thứ 4
- Thông báo lịch tiếp công dân tháng 7

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3823.148 | Lượt truy cập: 1.204.377
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1T = P("Doanh thu 6 tháng năm 2024", "2024-01-01", "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
CN = P("cả năm", "2024-01-01", "2024-12-31")

COLS = [("cơ sở sản xuất phụ liệu dệt may", "count", "cơ sở", 1, inh(ASOF)),
        ("lao động phụ liệu dệt may", "count", "người", 1, inh(ASOF)),
        ("doanh thu phụ liệu dệt may 6 tháng", "money", "đồng", 1e9, H1T)]
ROWS = [("TP Biên Hòa", "Biên Hòa", ["38", "5.240", "1.126"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", ["21", "6.870", "1.985"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["17", "2.310", "642"]),
        ("Huyện Long Thành", "Long Thành", ["12", "1.450", "388"]),
        ("Tổng số", "Đồng Nai", ["88", "15.870", "4.141"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (subj, kind, unit, mult, per), n in zip(COLS, nums):
            v = float(n.replace(".", "")) * mult
            s = f"tổng số {subj}" if label == "Tổng số" else subj
            out.append(F(f"{prev}\n{n}", n, v, kind, unit, subject=s, period=per, location=place))
            prev = n
    return out


FIGS = [
    F("gần 16.000", "16.000", 16000, "count", "lao động", approx="nearly",
      subject="lao động phụ liệu dệt may Đồng Nai thu hút"),
    F("có 88 cơ sở", "88", 88, "count", "cơ sở",
      subject="cơ sở sản xuất phụ liệu dệt may", period=ASOF),
    F("trong đó 41 cơ sở", "41", 41, "count", "cơ sở", total=88,
      subject="cơ sở có vốn đầu tư nước ngoài", period=ASOF),
] + cells() + [
    F("chiếm gần 48%", "48", 48, "percent", "%", approx="nearly",
      subject="tỷ trọng doanh thu phụ liệu trong toàn tỉnh", period=inh(H1T), location="Nhơn Trạch"),
    F("đạt 312 triệu", "312", 312e6, "money", "USD", percent=3.1,
      change=CH("increase", 7.8, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu phụ liệu dệt may", period=H1),
    F("khoảng 650 triệu", "650", 650e6, "money", "USD", approx="about", status="forecast",
      subject="kim ngạch xuất khẩu phụ liệu dệt may cả năm", period=CN),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Nhơn Trạch 2', 'Nhơn Trạch 5' (KCN names), 'lần thứ 4', 'tháng 7' in a link, 'Số 2 Nguyễn Văn Trị', "
    "phone 0251.3823.148, 'Lượt truy cập: 1.204.377'.",
    "One-cell-per-line table: place column -> location (Tổng số row -> Đồng Nai); subject = column label. "
    "Số cơ sở and Lao động cells take the as-of date of the sentence before the table (inherited, not scored); "
    "Doanh thu cells take '6 tháng năm 2024' from their column header (scored). Multiplier (tỷ đồng) from the header.",
    "'trong đó 41 cơ sở' total 88 (same unit, same as-of date).",
    "'Nhơn Trạch ... chiếm gần 48% toàn tỉnh': a percent figure located in Nhơn Trạch; its period comes from the table (inherited).",
    "No published date: 'cả năm' and the '6 tháng' periods take 2024 from the stated years.",
]

if __name__ == "__main__":
    write("p1456-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
