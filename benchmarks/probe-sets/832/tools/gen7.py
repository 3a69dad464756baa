"""p832-7: department site (Sở NN&PTNT Lào Cai), no dateline — medicinal plants under forest canopy; one-cell-per-line table."""
from lib import F, P, Y, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Phát triển cây dược liệu dưới tán rừng gắn với bảo vệ rừng

Năm 2024, diện tích cây dược liệu trồng dưới tán rừng trên địa bàn tỉnh Lào Cai đạt 1.246 ha, tăng 13,8% so với năm 2023, chiếm 28,4% tổng diện tích dược liệu toàn tỉnh. Các loại cây chủ lực gồm tam thất, đương quy, xuyên khung, sâm và lan kim tuyến. Kết quả cụ thể như sau:

Đơn vị tính: ha
Loại cây
Năm 2023
Năm 2024
Kế hoạch 2025
Tam thất
385
432
480
Đương quy
297
318
350
Xuyên khung
224
251
270
Sâm các loại
89
122
160
Lan kim tuyến
100
123
140
Tổng số
1.095
1.246
1.400

Sa Pa, Bát Xát và Bắc Hà là ba địa phương có diện tích lớn nhất, lần lượt đạt 412 ha, 356 ha và 198 ha. Hiện toàn tỉnh có 36 hợp tác xã và 5 doanh nghiệp tham gia sản xuất, chế biến dược liệu, thu hút khoảng 2.700 hộ đồng bào Mông, Dao tham gia. Giá tam thất củ khô dao động 900.000-1.200.000 đồng/kg; đương quy khoảng 55.000 đồng/kg.

Năm 2025, Sở đặt mục tiêu trồng mới 154 ha, hỗ trợ 100% giống cho hộ nghèo với mức tối đa 20 triệu đồng/ha.

Địa chỉ: Tầng 4, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, thành phố Lào Cai
Điện thoại: 0214.3840.372 - Fax: 0214.3840.373
Tổng lượt truy cập: 1.284.597 | Đang trực tuyến: 38
"""

ROWS = [("Tam thất", "385", "432", "480"), ("Đương quy", "297", "318", "350"), ("Xuyên khung", "224", "251", "270"),
        ("Sâm các loại", "89", "122", "160"), ("Lan kim tuyến", "100", "123", "140"), ("Tổng số", "1.095", "1.246", "1.400")]
Y23, Y24, Y25 = Y(2023), Y(2024), Y(2025)


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("tỉnh Lào Cai đạt 1.246 ha", "1.246", 1246, "measure", "ha", "diện tích cây dược liệu trồng dưới tán rừng",
      change=C("increase", 13.8, "%", "năm 2023"), percent=28.4, period=Y24),
]
for label, a, b, c in ROWS:
    name = "tổng diện tích dược liệu dưới tán rừng" if label == "Tổng số" else f"diện tích {label.lower()}"
    FIGS.append(F(f"{label}\n{a}", a, num(a), "measure", "ha", f"{name} năm 2023",
                  period=P("Năm 2023", "2023-01-01", "2023-12-31")))
    FIGS.append(F(f"{a}\n{b}", b, num(b), "measure", "ha", f"{name} năm 2024",
                  period=P("Năm 2024", "2024-01-01", "2024-12-31")))
    FIGS.append(F(f"{b}\n{c}", c, num(c), "measure", "ha", f"{name} kế hoạch 2025", status="target",
                  period=P("Kế hoạch 2025", "2025-01-01", "2025-12-31")))

LIST = "diện tích cây dược liệu dưới tán rừng"
FIGS += [
    F("là ba địa phương", "ba", 3, "count", "địa phương", "địa phương có diện tích lớn nhất", optional=True),
    F("lần lượt đạt 412 ha", "412", 412, "measure", "ha", LIST, location="Sa Pa", period={**Y24, "inherited": True}),
    F("356 ha", "356", 356, "measure", "ha", LIST, location="Bát Xát", period={**Y24, "inherited": True}),
    F("198 ha", "198", 198, "measure", "ha", LIST, location="Bắc Hà", period={**Y24, "inherited": True}),
    F("có 36 hợp tác xã", "36", 36, "count", "hợp tác xã", "hợp tác xã tham gia sản xuất, chế biến dược liệu"),
    F("và 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp tham gia sản xuất, chế biến dược liệu"),
    F("khoảng 2.700 hộ", "2.700", 2700, "count", "hộ", "hộ đồng bào Mông, Dao tham gia sản xuất dược liệu", approx="about"),
    F("900.000-1.200.000 đồng/kg", "900.000", 900000, "money", "đồng/kg", "giá tam thất củ khô", value_max=1200000),
    F("khoảng 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá đương quy", approx="about"),
    F("trồng mới 154 ha", "154", 154, "measure", "ha", "diện tích dược liệu trồng mới", status="target", period=Y25),
    F("hỗ trợ 100% giống", "100", 100, "percent", "%", "mức hỗ trợ giống cho hộ nghèo", status="target", period=Y25),
    F("tối đa 20 triệu đồng/ha", "20", 20e6, "money", "đồng/ha", "mức hỗ trợ giống tối đa", approx="at_most",
      status="target", period=Y25),
]

NOTES = [
    "Sở NN&PTNT Lào Cai site (invented), no dateline (no published). Footer: address (Tầng 4, Khối 5), phone/fax, 'Tổng lượt truy cập:",
    "1.284.597 | Đang trực tuyến: 38' are page furniture.",
    "One-cell-per-line table (Đơn vị tính: ha; Loại cây | Năm 2023 | Năm 2024 | Kế hoạch 2025): every cell a figure, subject = row + column",
    "label, period from the column header, 'Kế hoạch 2025' -> target. No totals in cells (the 'Tổng số' row is its own figure).",
    "'ba địa phương có diện tích lớn nhất' is a top-3 phrase (optional). 'lần lượt đạt 412 ha, 356 ha và 198 ha' shares the indicator;",
    "places go to location; year inherited from 'Năm 2024' two sentences earlier. Prices have no period phrase.",
    "'hỗ trợ 100% giống …, tối đa 20 triệu đồng/ha' continue the 'đặt mục tiêu' clause: target.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Lào Cai")
