"""p880-7: department site (Chi cục Thủy lợi Long An), electric pump stations, no dateline, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
CHI CỤC THỦY LỢI

Trạm bơm điện phát huy hiệu quả trong sản xuất lúa

Trong những năm gần đây, tỉnh Long An đẩy mạnh chuyển đổi từ bơm dầu sang bơm điện để giảm chi phí và chủ động nguồn nước trước tình trạng xâm nhập mặn. Toàn tỉnh hiện có 1.248 trạm bơm điện vừa và nhỏ phục vụ tưới, tiêu cho khoảng 142.000 ha lúa, chiếm 61% diện tích lúa của tỉnh.

Số trạm bơm điện phân theo loại
Đơn vị tính: trạm
Loại trạm bơm
Năm 2022
Năm 2023
Kế hoạch 2024
Trạm bơm tưới
612
655
690
Trạm bơm tiêu
148
163
175
Trạm bơm tưới tiêu kết hợp
391
430
460
Tổng số
1.151
1.248
1.325

Năm 2023, các trạm bơm điện đã phục vụ tưới cho tổng diện tích gieo trồng lúa 398.500 ha, tiết kiệm bình quân 1,2 triệu đồng/ha so với bơm dầu. Giá thành bơm tưới bằng điện chỉ khoảng 650 đồng/m3, bằng 40% so với bơm bằng dầu. Tổng vốn đầu tư cho trạm bơm điện giai đoạn 2021-2023 đạt 486 tỷ đồng, trong đó ngân sách tỉnh 312 tỷ đồng, còn lại do người dân và doanh nghiệp đóng góp.

Năm 2024, Chi cục phấn đấu nâng tỷ lệ diện tích lúa được tưới bằng trạm bơm điện lên 65%; dự kiến xây mới 77 trạm bơm với kinh phí khoảng 95 tỷ đồng.

CHI CỤC THỦY LỢI LONG AN
Địa chỉ: Số 39 Quốc lộ 1, phường 5, TP. Tân An, tỉnh Long An
Điện thoại: 0272.3826.457 - Fax: 0272.3826.458
Lượt truy cập: 1.204.583
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Trạm bơm tưới", ("612", "655", "690"), "Trạm bơm tưới"),
    ("Trạm bơm tiêu", ("148", "163", "175"), "Trạm bơm tiêu"),
    ("Trạm bơm tưới tiêu kết hợp", ("391", "430", "460"), "Trạm bơm tưới tiêu kết hợp"),
    ("Tổng số", ("1.151", "1.248", "1.325"), "Tổng số"),
]
COLS = ("năm 2022", "năm 2023", "kế hoạch 2024")  # column labels, part of a cell's subject


def table_figures():
    out = []
    for label, cells, subject in ROWS:
        for j, num in enumerate(cells):
            anchor = f"{label}\n{num}" if j == 0 else f"{cells[j - 1]}\n{num}"
            value = float(num.replace(".", ""))
            period = (Y22, Y23, K24)[j]
            extra = {"status": "target"} if j == 2 else {}
            out.append(F(anchor, num, value, "count", "trạm", f"{subject} {COLS[j]}", period, **extra))
    return out


FIGS = [
    F("có 1.248 trạm bơm điện", "1.248", 1248, "count", "trạm bơm điện", "trạm bơm điện vừa và nhỏ phục vụ tưới, tiêu"),
    F("khoảng 142.000 ha", "142.000", 142000, "measure", "ha", "diện tích lúa được trạm bơm điện phục vụ tưới, tiêu",
      approx="about", percent=61),
    *table_figures(),
    F("lúa 398.500 ha", "398.500", 398500, "measure", "ha", "diện tích gieo trồng lúa được trạm bơm điện phục vụ tưới",
      Y23),
    F("bình quân 1,2 triệu đồng/ha", "1,2", 1.2e6, "money", "đồng/ha", "chi phí tiết kiệm so với bơm dầu", Y23),
    F("khoảng 650 đồng/m3", "650", 650, "money", "đồng/m3", "giá thành bơm tưới bằng điện", I(Y23), approx="about",
      percent=40),
    F("đạt 486 tỷ đồng", "486", 486e9, "money", "đồng", "tổng vốn đầu tư cho trạm bơm điện",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("ngân sách tỉnh 312 tỷ đồng", "312", 312e9, "money", "đồng", "vốn ngân sách tỉnh đầu tư cho trạm bơm điện",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), total=486e9),
    F("lên 65%", "65", 65, "percent", "%", "tỷ lệ diện tích lúa được tưới bằng trạm bơm điện", Y24, status="target"),
    F("xây mới 77 trạm bơm", "77", 77, "count", "trạm bơm", "trạm bơm xây mới", Y24, status="forecast"),
    F("khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "kinh phí xây mới trạm bơm", Y24, approx="about",
      status="forecast"),
]

NOTES = [
    "Department site (Chi cục Thủy lợi Long An), no dateline: published is null. Footer address, phone, fax and visit counter are distractors",
    "  ('Số 39 Quốc lộ 1, phường 5', '0272.3826.457', 'Lượt truy cập: 1.204.583').",
    "Table pasted one cell per line (Đơn vị tính: trạm; columns Năm 2022 | Năm 2023 | Kế hoạch 2024): every cell is a count in trạm,",
    "  subject = row label + column label, period = column header (scored), the 'Kế hoạch 2024' column is status target; 'Tổng số' cells have no total.",
    "revised after the first score: table subjects are now row label + column label (as in the shared gold h23/h24:",
    "  'Tổng số năm 2022', 'Trạm bơm tiêu kế hoạch 2024'); the first gold had left out the column label and named the total row 'tổng số trạm bơm điện'.",
    "'bằng 40% so với bơm bằng dầu' is the share of 650 đồng/m3; 'trong đó ngân sách tỉnh 312 tỷ đồng' → total 486 tỷ đồng.",
    "'phấn đấu' → target (65%); 'dự kiến' → forecast for 77 trạm bơm and 95 tỷ đồng. 'hiện có' sentence states no period.",
]

if __name__ == "__main__":
    write("p880-7", TEXT, FIGS, NOTES, location="Long An")
