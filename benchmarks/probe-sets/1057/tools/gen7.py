"""p1057-7: Sở Công Thương Quảng Trị site (no dateline): cassava starch plants in 2023, plan 2024; one-cell-per-line table."""
from lib import F, P, I, C, T, build

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG TRỊ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Hoạt động chế biến tinh bột sắn năm 2023 và kế hoạch năm 2024

Năm 2023, 3 nhà máy chế biến tinh bột sắn trên địa bàn tỉnh đã thu mua 232.000 tấn củ sắn tươi, sản xuất 58.400 tấn tinh bột, tăng 6,2% so với năm 2022; doanh thu ước đạt 735 tỷ đồng. Giá thu mua củ sắn tươi bình quân 2.850 đồng/kg; các nhà máy tạo việc làm thường xuyên cho 480 lao động với mức lương bình quân 7,2 triệu đồng/người/tháng.

Sản lượng tinh bột sắn theo địa bàn
Đơn vị tính: tấn
Địa bàn
Năm 2022
Năm 2023
Kế hoạch năm 2024
Hướng Hóa
24.600
26.300
27.000
Hải Lăng
18.900
19.700
21.000
Cam Lộ
11.500
12.400
13.000
Tổng cộng
55.000
58.400
61.000

Từ đầu năm 2024 đến nay, các nhà máy đã thu mua khoảng 118.000 tấn củ sắn tươi, đạt 47% kế hoạch năm. Tổng lượng nước thải phát sinh khoảng 2.900 m3/ngày đêm, 100% được xử lý qua hệ thống hồ sinh học kết hợp thu hồi biogas trước khi xả ra môi trường.

Sở Công Thương đề nghị các nhà máy mở rộng vùng nguyên liệu lên 12.000 ha vào năm 2025, trong đó ít nhất 40% diện tích sử dụng giống sắn kháng bệnh khảm lá.

SỞ CÔNG THƯƠNG TỈNH QUẢNG TRỊ
Địa chỉ: Số 204 Hùng Vương, phường Đông Lễ, TP. Đông Hà, tỉnh Quảng Trị
Điện thoại: 0233.3852.416 - Fax: 0233.3852.417
Đang truy cập: 37 | Tổng lượt truy cập: 1.284.905
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COL = {0: P("Năm 2022", "2022-01-01", "2022-12-31"), 1: P("Năm 2023", "2023-01-01", "2023-12-31"),
       2: P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")}
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
SUB = "sản lượng tinh bột sắn"


def row(label, cells, loc):
    out = []
    prev = label
    for i, c in enumerate(cells):
        kw = {"status": "target"} if i == 2 else {}
        sub = SUB + (" tổng cộng" if loc == "Quảng Trị" else "") + (" kế hoạch" if i == 2 else "")
        out.append(F(f"{prev}\n{c}", c, float(c.replace(".", "")), "measure", "tấn", sub, COL[i], location=loc, **kw))
        prev = c
    return out


FIGS = [
    F("Năm 2023, 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy chế biến tinh bột sắn", Y23),
    F("thu mua 232.000 tấn", "232.000", 232000, "measure", "tấn", "củ sắn tươi thu mua", Y23),
    F("sản xuất 58.400 tấn tinh bột", "58.400", 58400, "measure", "tấn", "tinh bột sản xuất", Y23,
      change=C("increase", 6.2, "%", "năm 2022")),
    F("ước đạt 735 tỷ đồng", "735", 735e9, "money", "đồng", "doanh thu", Y23, status="estimate"),
    F("bình quân 2.850 đồng/kg", "2.850", 2850, "money", "đồng/kg", "giá thu mua củ sắn tươi bình quân", I(Y23)),
    F("cho 480 lao động", "480", 480, "count", "lao động", "lao động có việc làm thường xuyên", I(Y23)),
    F("bình quân 7,2 triệu đồng/người/tháng", "7,2", 7.2e6, "money", "đồng/người/tháng", "mức lương bình quân", I(Y23)),
    *row("Hướng Hóa", ["24.600", "26.300", "27.000"], "Hướng Hóa"),
    *row("Hải Lăng", ["18.900", "19.700", "21.000"], "Hải Lăng"),
    *row("Cam Lộ", ["11.500", "12.400", "13.000"], "Cam Lộ"),
    *row("Tổng cộng", ["55.000", "58.400", "61.000"], "Quảng Trị"),
    F("khoảng 118.000 tấn", "118.000", 118000, "measure", "tấn", "củ sắn tươi thu mua",
      P("Từ đầu năm 2024 đến nay", "2024-01-01", None), approx="about", percent=47),
    F("khoảng 2.900 m3/ngày đêm", "2.900", 2900, "measure", "m3/ngày đêm", "lượng nước thải phát sinh", approx="about"),
    F("100% được xử lý", "100", 100, "percent", "%", "nước thải được xử lý qua hệ thống hồ sinh học"),
    F("lên 12.000 ha", "12.000", 12000, "measure", "ha", "vùng nguyên liệu sắn", Y25, status="target"),
    F("ít nhất 40% diện tích", "40", 40, "percent", "%", "diện tích sử dụng giống sắn kháng bệnh khảm lá", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Sở Công Thương Quảng Trị site: no dateline (published absent). Footer address, phone/fax, 'Đang truy cập: 37', 'Tổng lượt truy cập: 1.284.905' are furniture.",
    "Table pasted one cell per line (Địa bàn | Năm 2022 | Năm 2023 | Kế hoạch năm 2024; Đơn vị tính: tấn): every cell a figure, period from",
    "its column (scored), plan column -> target, district rows -> location, Tổng cộng -> Quảng Trị; no totals on cells.",
    "'Từ đầu năm 2024 đến nay' with no dateline: start 2024-01-01, end null (FIGURES.md: published, else null).",
    "The second sentence (2.850 đồng/kg, 480 lao động, 7,2 triệu) takes 'Năm 2023' from the sentence before it: inherited.",
    "'vào năm 2025' gives the target year 2025; '40%' in the same sentence is a target too (at_least).",
]

if __name__ == "__main__":
    build(7, TEXT, FIGS, location="Quảng Trị", notes=NOTES)
