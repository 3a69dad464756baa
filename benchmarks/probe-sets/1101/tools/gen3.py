"""p1101-3: formal report of UBND tỉnh Bình Dương, 9 months 2024, flattened '|' table of charging stations."""
from lib import build, fig, period, inherit, change, target

TEXT = """UBND TỈNH BÌNH DƯƠNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển xe buýt điện và hạ tầng trạm sạc 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Xe buýt điện
Tính đến ngày 30/9/2024, toàn tỉnh có 5 tuyến xe buýt điện với 47 xe đang khai thác, tăng 2 tuyến và 17 xe so với cuối năm 2023. Trong 9 tháng, các tuyến xe buýt điện ước vận chuyển 812.500 lượt khách, bằng 71,3% kế hoạch năm, tăng 2,4 lần so với cùng kỳ năm 2023.

2. Hạ tầng trạm sạc
Đến cuối tháng 9/2024, toàn tỉnh có 164 trạm sạc xe điện với 1.026 cổng sạc, tổng công suất khoảng 38,5 MW, phân bố như sau:

Đơn vị tính: trạm, cổng
STT | Địa bàn | Số trạm sạc | Số cổng sạc | Cổng sạc nhanh
1 | TP. Thủ Dầu Một | 46 | 298 | 64
2 | TP. Thuận An | 38 | 236 | 41
3 | TP. Dĩ An | 31 | 192 | 35
4 | TP. Tân Uyên | 22 | 140 | 18
5 | TP. Bến Cát | 17 | 96 | 12
6 | Các huyện còn lại | 10 | 64 | 6
Tổng cộng | | 164 | 1.026 | 176

3. Giảm phát thải
9 tháng đầu năm 2024, xe buýt điện đã giúp giảm khoảng 980 tấn CO2; mức tiêu thụ điện bình quân 1,1 kWh/km.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 vận chuyển 1,14 triệu lượt khách bằng xe buýt điện. Trong quý IV/2024, tỉnh đặt mục tiêu đưa thêm 12 xe buýt điện vào khai thác trên tuyến Thủ Dầu Một - Bàu Bàng theo Quyết định số 1528/QĐ-UBND ngày 20/6/2024 và dự kiến lắp đặt thêm 40 trạm sạc công cộng./.

Nơi nhận:
- Bộ Giao thông vận tải;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = period("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = period("Trong 9 tháng", "2024-01-01", "2024-09-30")
END9 = period("Đến cuối tháng 9/2024", None, "2024-09-30")
Q4 = period("quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [  # anchor prefix, location, stations, ports, fast ports
    ("Thủ Dầu Một", "Thủ Dầu Một", "46", "298", "64"),
    ("Thuận An", "Thuận An", "38", "236", "41"),
    ("Dĩ An", "Dĩ An", "31", "192", "35"),
    ("Tân Uyên", "Tân Uyên", "22", "140", "18"),
    ("Bến Cát", "Bến Cát", "17", "96", "12"),
    ("Các huyện còn lại", None, "10", "64", "6"),
]

FIGS = [
    fig("có 5 tuyến", "5", 5, "count", "tuyến", "tuyến xe buýt điện", period=ASOF,
        change=change("increase", 2, "tuyến", "cuối năm 2023")),
    fig("với 47 xe", "47", 47, "count", "xe", "xe buýt điện đang khai thác", period=ASOF,
        change=change("increase", 17, "xe", "cuối năm 2023")),
    fig("vận chuyển 812.500 lượt khách", "812.500", 812500, "count", "lượt khách",
        "lượt khách các tuyến xe buýt điện vận chuyển", percent=71.3, status="estimate",
        change=change("increase", 2.4, "lần", "cùng kỳ năm 2023"), period=M9),
    fig("có 164 trạm sạc", "164", 164, "count", "trạm sạc", "trạm sạc xe điện", period=END9),
    fig("với 1.026 cổng sạc", "1.026", 1026, "count", "cổng sạc", "cổng sạc xe điện", period=END9),
    fig("khoảng 38,5 MW", "38,5", 38.5, "measure", "MW", "tổng công suất trạm sạc", approx="about", period=END9),
]
for label, loc, st, po, fa in ROWS:
    extra = "các huyện còn lại " if loc is None else ""
    kw = {"location": loc} if loc else {}
    FIGS += [
        fig(f"{label} | {st}", st, float(st), "count", "trạm", f"số trạm sạc {extra}".strip(),
            period=inherit(END9), **kw),
        fig(f"| {st} | {po} |", po, float(po), "count", "cổng", f"số cổng sạc {extra}".strip(),
            period=inherit(END9), **kw),
        fig(f"{po} | {fa}\n", fa, float(fa), "count", "cổng", f"cổng sạc nhanh {extra}".strip(),
            period=inherit(END9), **kw),
    ]
FIGS += [
    fig("| | 164", "164", 164, "count", "trạm", "tổng cộng số trạm sạc", period=inherit(END9)),
    fig("| 1.026 |", "1.026", 1026, "count", "cổng", "tổng cộng số cổng sạc", period=inherit(END9)),
    fig("| 176", "176", 176, "count", "cổng", "tổng cộng cổng sạc nhanh", period=inherit(END9)),
    fig("khoảng 980 tấn CO2", "980", 980, "measure", "tấn CO2", "lượng CO2 giảm nhờ xe buýt điện",
        approx="about", period=period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")),
    fig("1,1 kWh/km", "1,1", 1.1, "measure", "kWh/km", "mức tiêu thụ điện bình quân",
        period=period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")),
    fig("1,14 triệu lượt khách", "1,14", 1.14e6, "count", "lượt khách",
        "lượt khách vận chuyển bằng xe buýt điện", status="target",
        period=period("cả năm 2024", "2024-01-01", "2024-12-31")),
    fig("thêm 12 xe buýt điện", "12", 12, "count", "xe buýt điện", "xe buýt điện đưa thêm vào khai thác",
        status="target", period=Q4),
    fig("thêm 40 trạm sạc", "40", 40, "count", "trạm sạc", "trạm sạc công cộng lắp đặt thêm",
        status="forecast", period=Q4),
]

NOTES = [
    "Báo cáo của UBND tỉnh Bình Dương (Số: 287/BC-UBND): xe buýt điện và trạm sạc 9 tháng đầu năm 2024, flattened '|' table.",
    "'tăng 2 tuyến và 17 xe so với cuối năm 2023' is a list of two changes: 2 tuyến to 5 tuyến, 17 xe to 47 xe.",
    "'tăng 2,4 lần so với cùng kỳ' is the change (unit lần) of 812.500, 'bằng 71,3% kế hoạch năm' its percent; 'ước' gives estimate.",
    "Table: district rows give location (TP. Thủ Dầu Một → Thủ Dầu Một); 'Các huyện còn lại' and 'Tổng cộng' stay Bình Dương",
    "with the row label in the subject; the cells carry no total (the Tổng cộng row is its own figure); the period comes",
    "from 'Đến cuối tháng 9/2024' in the sentence before the table (inherited). STT numbers, section numbers, the document",
    "and decision numbers and dates are not figures.",
]

build("p1101-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Bình Dương")
