"""p1259-7: department site (Chi cục Kiểm lâm Nghệ An), no dateline; one-cell-per-line table of change points by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC KIỂM LÂM TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Cảnh báo cháy rừng | Liên hệ

Kết quả theo dõi biến động rừng qua ảnh vệ tinh năm 2024

Năm 2024, Chi cục Kiểm lâm tỉnh ước phát hiện 903 điểm biến động rừng qua ảnh vệ tinh, tăng 5,7% so với năm 2023, với tổng diện tích khoảng 1.164 ha. Tỷ lệ điểm biến động được xác minh thực địa đạt 97,4%. Nguyên nhân chủ yếu là khai thác rừng trồng đến tuổi (chiếm khoảng 72% số điểm), còn lại do phát nương làm rẫy, cháy rừng và chuyển mục đích sử dụng rừng. Các huyện miền núi phía Tây vẫn là địa bàn có nhiều điểm biến động nhất.

Số điểm biến động rừng phát hiện qua ảnh vệ tinh
Đơn vị tính: điểm
Địa bàn
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Huyện Kỳ Sơn
186
204
109,7
Huyện Tương Dương
142
128
90,1
Huyện Quế Phong
131
150
114,5
Các địa phương khác
395
421
106,6
Tổng số
854
903
105,7

Năm 2025, Chi cục dự kiến trang bị thêm 40 máy tính bảng cho kiểm lâm địa bàn và mở rộng giám sát bằng ảnh độ phân giải 3 m cho 5 huyện trọng điểm.

Bài viết liên quan:
- Nghệ An tập huấn phần mềm cảnh báo mất rừng cho kiểm lâm địa bàn
- Hướng dẫn sử dụng ứng dụng theo dõi diễn biến rừng phiên bản 3.1

CHI CỤC KIỂM LÂM TỈNH NGHỆ AN
Địa chỉ: Số 5, đường Trường Thi, TP Vinh, Nghệ An
Điện thoại: 0238.3844.217
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CAP = "số điểm biến động rừng phát hiện qua ảnh vệ tinh"
ROWS = [("Huyện Kỳ Sơn", ["186", "204", "109,7"], "Kỳ Sơn"),
        ("Huyện Tương Dương", ["142", "128", "90,1"], "Tương Dương"),
        ("Huyện Quế Phong", ["131", "150", "114,5"], "Quế Phong"),
        ("Các địa phương khác", ["395", "421", "106,6"], None),
        ("Tổng số", ["854", "903", "105,7"], None)]

CELLS = []
for label, nums, place in ROWS:
    prev = label
    row = "" if place else " " + label.lower()
    kw = {"location": place} if place else {}
    n23, n24, pct = nums
    CELLS.append(fig(f"{prev}\n{n23}\n", n23, float(n23), "count", "điểm",
                     subject=f"{CAP}{row} năm 2023", period=C23, **kw))
    CELLS.append(fig(f"\n{n23}\n{n24}\n", n24, float(n24), "count", "điểm", status="estimate",
                     subject=f"{CAP}{row} ước thực hiện 2024", period=E24, **kw))
    CELLS.append(fig(f"\n{n24}\n{pct}\n", pct, float(pct.replace(",", ".")), "percent", "%",
                     subject=f"{CAP}{row} so với cùng kỳ", **kw))

FIGS = [
    fig("ước phát hiện 903 điểm", "903", 903, "count", "điểm", status="estimate",
        change=chg("increase", 5.7, "%", "năm 2023"), subject="điểm biến động rừng phát hiện qua ảnh vệ tinh",
        period=Y24),
    fig("khoảng 1.164 ha", "1.164", 1164, "measure", "ha", approx="about", status="estimate",
        subject="tổng diện tích điểm biến động rừng", period=Y24),
    fig("đạt 97,4%", "97,4", 97.4, "percent", "%", subject="tỷ lệ điểm biến động được xác minh thực địa",
        period=inh(Y24)),
    fig("khoảng 72%", "72", 72, "percent", "%", approx="about",
        subject="khai thác rừng trồng đến tuổi trong số điểm biến động", period=inh(Y24)),
] + CELLS + [
    fig("thêm 40 máy", "40", 40, "count", "máy tính bảng", status="forecast",
        subject="máy tính bảng trang bị thêm cho kiểm lâm địa bàn", period=Y25),
    fig("phân giải 3 m", "3", 3, "measure", "m", status="forecast", subject="độ phân giải ảnh giám sát",
        period=Y25, optional=True),
    fig("cho 5 huyện", "5", 5, "count", "huyện", status="forecast",
        subject="huyện trọng điểm được mở rộng giám sát bằng ảnh độ phân giải", period=Y25),
]

NOTES = [
    "Department site (Chi cục Kiểm lâm Nghệ An), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 5, đường Trường Thi', phone 0238.3844.217, counters 1.204.377 and 52, 'phiên bản 3.1' in a link title.",
    "'(chiếm khoảng 72% số điểm)' follows a cause, not a number: a percent figure of its own (period from the first sentence: inherited).",
    "'ước phát hiện ...' → estimate; it governs the continuing clause 'với tổng diện tích khoảng 1.164 ha'. 97,4% stands in a new sentence: actual.",
    "One-cell-per-line table, 'Đơn vị tính: điểm': district rows give location, other rows go into the subject; 'Ước thực hiện 2024' → estimate.",
    "'So với cùng kỳ (%)' cells are percent figures (each numeric cell is a figure), no period of their own (the header names none); cells get no total.",
    "revised after the first run: subject of '5 huyện' lost the word 'cao' that the text does not have.",
    "'dự kiến' governs the whole last sentence (forecast). The resolution '3 m' of the planned imagery is a product attribute: optional.",
]

if __name__ == "__main__":
    write("p1259-7", TEXT, NOTES, FIGS, location="Nghệ An")
