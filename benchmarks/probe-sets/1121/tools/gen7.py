"""p1121-7: department site (Sở GTVT Khánh Hòa), no dateline; pilotage and tugs 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

ROWS = [("TP Nha Trang", ["642", "705", "760"]),
        ("TP Cam Ranh", ["1.038", "1.096", "1.150"]),
        ("Thị xã Ninh Hòa", ["1.214", "1.262", "1.320"]),
        ("Huyện Vạn Ninh", ["107", "124", "170"]),
        ("Tổng số", ["3.001", "3.187", "3.400"])]
COLS = ["Năm 2023", "Năm 2024", "Kế hoạch 2025"]

TABLE_TEXT = "\n".join(["Địa bàn"] + COLS + [x for r, c in ROWS for x in [r] + c])

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH KHÁNH HÒA
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp

Hoạt động hoa tiêu, lai dắt tại cảng biển Khánh Hòa năm 2024

Năm 2024, hoa tiêu hàng hải đã dẫn 3.187 lượt tàu ra, vào các khu bến thuộc cảng biển Khánh Hòa, tăng 6,2% so với năm 2023; trong đó có 96 lượt tàu khách quốc tế với hơn 152.000 lượt hành khách.

Số lượt tàu được hoa tiêu dẫn theo địa bàn:
Đơn vị tính: lượt tàu
""" + TABLE_TEXT + """

Về dịch vụ lai dắt, hiện có 4 doanh nghiệp với 13 tàu lai, trong đó 5 tàu có công suất trên 4.000 CV phục vụ khu bến Nam Vân Phong. Năm 2024, các tàu lai thực hiện 4.016 lượt hỗ trợ, đạt 102% kế hoạch. Giá dịch vụ lai dắt bình quân khoảng 1,9 triệu đồng/giờ đối với tàu lai dưới 1.000 CV.

Cũng trong năm 2024, trên vùng nước cảng biển xảy ra 3 vụ tai nạn hàng hải ít nghiêm trọng, không vụ nào liên quan đến tàu đang có hoa tiêu dẫn.

Tin liên quan:
- Diễn tập tìm kiếm cứu nạn trên biển lần thứ 2 năm 2024
- Công bố luồng hàng hải Vân Phong

SỞ GIAO THÔNG VẬN TẢI TỈNH KHÁNH HÒA
Địa chỉ: Số 4 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.651
Lượt truy cập: 2.418.730 | Đang online: 41
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
C24 = per("Cũng trong năm 2024", "2024-01-01", "2024-12-31")
PER = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}
CAP = "lượt tàu được hoa tiêu dẫn"

TABLE = []
for row, cells in ROWS:
    prev = row
    for col, num in zip(COLS, cells):
        kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
        if row == "Tổng số":
            subj, loc = f"{CAP} tổng số {col.lower()}", "Khánh Hòa"
        else:
            subj, loc = f"{CAP} {col.lower()}", row
        TABLE.append(fig(f"{prev}\n{num}", num, int(num.replace(".", "")), "count", "lượt tàu",
                         subject=subj, period=PER[col], location=loc, **kw))
        prev = num

FIGS = [
    fig("dẫn 3.187 lượt", "3.187", 3187, "count", "lượt tàu", change=chg("increase", 6.2, "%", "năm 2023"),
        subject="lượt tàu ra, vào các khu bến thuộc cảng biển được hoa tiêu dẫn", period=Y24),
    fig("có 96 lượt", "96", 96, "count", "lượt tàu khách quốc tế", total=3187,
        subject="lượt tàu khách quốc tế được hoa tiêu dẫn", period=Y24),
    fig("hơn 152.000 lượt", "152.000", 152000, "count", "lượt hành khách", approx="over",
        subject="lượt hành khách trên tàu khách quốc tế", period=Y24),
] + TABLE + [
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp lai dắt"),
    fig("với 13 tàu lai", "13", 13, "count", "tàu lai", subject="tàu lai của các doanh nghiệp lai dắt"),
    fig("5 tàu", "5", 5, "count", "tàu", total=13,
        subject="tàu lai có công suất trên 4.000 CV phục vụ khu bến Nam Vân Phong"),
    fig("trên 4.000 CV", "4.000", 4000, "measure", "CV", approx="over", optional=True,
        subject="ngưỡng công suất tàu lai"),
    fig("thực hiện 4.016 lượt", "4.016", 4016, "count", "lượt hỗ trợ", percent=102,
        subject="lượt hỗ trợ của các tàu lai", period=Y24),
    fig("khoảng 1,9 triệu", "1,9", 1900000, "money", "đồng/giờ", approx="about",
        subject="giá dịch vụ lai dắt bình quân đối với tàu lai dưới 1.000 CV"),
    fig("dưới 1.000 CV", "1.000", 1000, "measure", "CV", approx="under", optional=True,
        subject="ngưỡng công suất tàu lai"),
    fig("ra 3 vụ", "3", 3, "count", "vụ", subject="vụ tai nạn hàng hải ít nghiêm trọng trên vùng nước cảng biển",
        period=C24),
]

NOTES = [
    "Department site (Sở GTVT Khánh Hòa) with no dateline: no published. Menu, 'Tin liên quan', footer address, phone, 'Lượt truy cập: 2.418.730 | Đang online: 41'.",
    "One-cell-per-line table ('Đơn vị tính: lượt tàu'): rows are places (TP Nha Trang, TP Cam Ranh, Thị xã Ninh Hòa, Huyện Vạn Ninh) → location;",
    "the 'Tổng số' row is the province (Khánh Hòa). Subject = caption indicator + column label; periods from the column headers (scored); 'Kế hoạch 2025' → target.",
    "96 lượt tàu khách follows 'trong đó' after 3.187 lượt tàu: total 3187. 152.000 lượt hành khách counts passengers, not ship calls: no total.",
    "Distractors: 'lần thứ 2 năm 2024', 'Số 4 Phan Chu Trinh', phone 0258.3822.651, counters, 'không vụ nào' (zero in words is not a number here).",
    "Thresholds 'trên 4.000 CV', 'dưới 1.000 CV' are optional.",
]

if __name__ == "__main__":
    write("p1121-7", TEXT, NOTES, FIGS, published=None, location="Khánh Hòa")
