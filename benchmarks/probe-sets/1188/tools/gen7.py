"""p1188-7: department site (Sở NN&PTNT Hải Dương), no dateline: dưa chuột bao tử muối xuất khẩu, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẢI DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Dưa chuột bao tử muối xuất khẩu: hướng đi hiệu quả cho nông dân

Năm 2023, toàn tỉnh gieo trồng 1.260 ha dưa chuột bao tử, chủ yếu trong vụ đông, tăng 95 ha so với năm 2022. Năng suất bình quân đạt 28 tấn/ha; giá thu mua theo hợp đồng từ 7.500 đến 9.000 đồng/kg.

Sản lượng dưa chuột bao tử muối xuất khẩu theo địa bàn:
Đơn vị tính: tấn
Địa bàn
Năm 2022
Năm 2023
Gia Lộc
9.850
10.920
Cẩm Giàng
6.430
7.150
Kim Thành
4.210
4.680
Các huyện khác
2.510
2.750
Tổng số
23.000
25.500

Hiện toàn tỉnh có 8 doanh nghiệp chế biến dưa chuột muối xuất khẩu, thu mua khoảng 70% sản lượng dưa chuột bao tử của nông dân; sản phẩm chủ yếu xuất sang Nga, Nhật Bản và các nước EU. Trên 1 ha dưa chuột bao tử, sau khoảng 75 ngày gieo trồng, nông dân thu lãi từ 80 đến 100 triệu đồng, gấp 2 lần trồng lúa.

Giai đoạn 2024-2025, ngành nông nghiệp phấn đấu duy trì diện tích dưa chuột bao tử 1.500 ha mỗi năm, trong đó ít nhất 300 ha được cấp mã số vùng trồng.

Tin liên quan:
- Hội nghị kết nối tiêu thụ nông sản lần thứ 5
- Gia Lộc: ra quân sản xuất vụ đông 2024

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẢI DƯƠNG
Địa chỉ: Số 2 đường Hồng Quang, TP Hải Dương
Điện thoại: 0220.3852.407 | Tổng lượt truy cập: 2.104.559 | Đang online: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
PH = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31")),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"))]
IND = "sản lượng dưa chuột bao tử muối xuất khẩu"
ROWS = [("Gia Lộc", "Gia Lộc", ["9.850", "10.920"]),
        ("Cẩm Giàng", "Cẩm Giàng", ["6.430", "7.150"]),
        ("Kim Thành", "Kim Thành", ["4.210", "4.680"]),
        ("Các huyện khác", None, ["2.510", "2.750"]),
        ("Tổng số", None, ["23.000", "25.500"])]


def table():
    out = []
    for label, place, cells in ROWS:
        for i, num in enumerate(cells):
            left = label if i == 0 else cells[i - 1]
            col, per = COLS[i]
            subj = f"{IND} {col}" if place else f"{IND} {label.lower()} {col}"
            kw = {"location": place} if place else {}
            out.append(F(f"{left}\n{num}", num, float(num.replace(".", "")), "measure", "tấn",
                         subject=subj, period=per, **kw))
    return out


FIGS = [
    F("gieo trồng 1.260 ha", "1.260", 1260, "measure", "ha", change=C("increase", 95, "ha", "năm 2022"),
      subject="diện tích gieo trồng dưa chuột bao tử", period=Y23),
    F("đạt 28 tấn/ha", "28", 28, "measure", "tấn/ha", subject="năng suất dưa chuột bao tử bình quân",
      period=I(Y23)),
    F("từ 7.500 đến 9.000", "7.500", 7500, "money", "đồng/kg", value_max=9000,
      subject="giá thu mua dưa chuột bao tử theo hợp đồng", period=I(Y23)),
] + table() + [
    F("có 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp",
      subject="doanh nghiệp chế biến dưa chuột muối xuất khẩu"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="sản lượng dưa chuột bao tử của nông dân được doanh nghiệp thu mua"),
    F("khoảng 75 ngày", "75", 75, "measure", "ngày", approx="about", optional=True,
      subject="thời gian gieo trồng dưa chuột bao tử"),
    F("từ 80 đến 100 triệu", "80", 80000000, "money", "đồng/ha", value_max=100000000,
      change=C("increase", 2, "lần", "trồng lúa"),
      subject="lãi trồng dưa chuột bao tử trên 1 ha"),
    F("bao tử 1.500 ha", "1.500", 1500, "measure", "ha", status="target",
      subject="diện tích dưa chuột bao tử duy trì mỗi năm", period=PH),
    F("ít nhất 300 ha", "300", 300, "measure", "ha", approx="at_least", status="target", total=1500,
      subject="diện tích dưa chuột bao tử được cấp mã số vùng trồng", period=PH),
]

NOTES = [
    "Department site (Sở NN&PTNT Hải Dương) with NO dateline (published null): menu, related links, footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: tấn', header 'Địa bàn / Năm 2022 / Năm 2023', rows are districts + 'Các huyện khác' + 'Tổng số'.",
    "District row labels go to location (Gia Lộc, Cẩm Giàng, Kim Thành); subject = table caption indicator + column label (+ row label when it is not a place).",
    "Period from the column header (scored). 'Tổng số' cells are figures of their own (no totals on cells).",
    "Distractors: 'Tổng lượt truy cập: 2.104.559', 'Đang online: 41', phone 0220.3852.407, 'Số 2 đường Hồng Quang', 'lần thứ 5', 'vụ đông 2024' (link title),",
    "'Trên 1 ha' (the rate's denominator, 'Trên' = 'on'), Nga/Nhật Bản/EU (trade partners).",
    "'khoảng 75 ngày gieo trồng' optional (crop cycle, a condition of the profit figure). 'gấp 2 lần trồng lúa' is the change of the profit range.",
    "'Giai đoạn 2024-2025 … phấn đấu' → target; '300 ha' follows 'trong đó' after 1.500 ha (same thing, same unit) → total 1500.",
]

if __name__ == "__main__":
    write("p1188-7", TEXT, NOTES, FIGS, published=None, location="Hải Dương")
