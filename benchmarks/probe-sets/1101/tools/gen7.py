"""p1101-7: Sở GTVT Đà Nẵng site, no dateline, Q1/2024 e-bus results with a one-cell-per-line table."""
from lib import build, fig, period, inherit, change, target

ROUTES = [  # label, buses, trips, passengers, growth %
    ("R16 (Kim Liên - Chợ Hàn)", "12", "2.940", "148.200", "24,1"),
    ("R17 (Sân bay - Sơn Trà)", "10", "2.380", "121.600", "19,7"),
    ("R18 (Bến xe Trung tâm - Hòa Khánh)", "9", "2.150", "109.300", "26,8"),
    ("R19 (Ngũ Hành Sơn - Hội An)", "8", "1.860", "107.200", "18,2"),
    ("Tổng cộng", "39", "9.330", "486.300", "22,4"),
]
table = "\n".join(["Tuyến", "Số xe", "Số chuyến quý I/2024", "Lượt khách quý I/2024", "Tăng so với cùng kỳ (%)"]
                  + [c for row in ROUTES for c in row])

TEXT = f"""SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả khai thác các tuyến xe buýt điện quý I/2024

Quý I/2024, 4 tuyến xe buýt điện trên địa bàn thành phố đã vận chuyển 486.300 lượt khách, tăng 22,4% so với quý I/2023 và đạt 26,1% kế hoạch năm. Kết quả cụ thể như sau:

{table}

Các tuyến hoạt động từ 5h30 đến 20h30 hằng ngày, tần suất 20-25 phút/chuyến, giá vé 8.000 đồng/lượt; người cao tuổi, người khuyết tật được miễn vé.

Bên cạnh đó, Sở đã phối hợp với các doanh nghiệp lắp đặt 9 điểm sạc công cộng tại các bãi đỗ xe do thành phố quản lý, nâng tổng số trạm sạc trên địa bàn lên 212 trạm, tăng 46 trạm so với cuối năm 2023. Năm 2024, thành phố phấn đấu vận chuyển 1,86 triệu lượt khách bằng xe buýt điện, giảm khoảng 2.600 tấn CO2.

SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 9, Trung tâm Hành chính thành phố, số 24 Trần Phú, quận Hải Châu, TP Đà Nẵng
Điện thoại: 0236.3822.315 - Fax: 0236.3822.316
Lượt truy cập: 1.284.617
"""

Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
Q1H = period("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    fig("Quý I/2024, 4 tuyến", "4", 4, "count", "tuyến", "tuyến xe buýt điện", period=Q1),
    fig("vận chuyển 486.300 lượt khách", "486.300", 486300, "count", "lượt khách",
        "lượt khách xe buýt điện vận chuyển", percent=26.1,
        change=change("increase", 22.4, "%", "quý I/2023"), period=Q1),
]
for label, xe, chuyen, khach, tang in ROUTES:
    name = "tổng cộng" if label == "Tổng cộng" else "tuyến " + label
    FIGS += [
        fig(f"{label}\n{xe}\n", xe, float(xe), "count", "xe", f"số xe {name}", period=inherit(Q1)),
        fig(f"{xe}\n{chuyen}\n", chuyen, float(chuyen.replace(".", "")), "count", "chuyến",
            f"số chuyến {name}", period=Q1H),
        fig(f"{chuyen}\n{khach}\n", khach, float(khach.replace(".", "")), "count", "lượt khách",
            f"lượt khách {name}", period=Q1H),
        fig(f"{khach}\n{tang}\n", tang, float(tang.replace(",", ".")), "percent", "%",
            f"lượt khách {name} tăng so với cùng kỳ", period=inherit(Q1)),
    ]
FIGS += [
    fig("20-25 phút/chuyến", "20", 20, "measure", "phút/chuyến", "tần suất chạy xe", value_max=25),
    fig("vé 8.000 đồng/lượt", "8.000", 8000, "money", "đồng/lượt", "giá vé xe buýt điện"),
    fig("lắp đặt 9 điểm sạc", "9", 9, "count", "điểm sạc", "điểm sạc công cộng lắp đặt tại bãi đỗ xe",
        period=inherit(Q1)),
    fig("lên 212 trạm", "212", 212, "count", "trạm", "tổng số trạm sạc trên địa bàn",
        change=change("increase", 46, "trạm", "cuối năm 2023")),
    fig("1,86 triệu lượt khách", "1,86", 1.86e6, "count", "lượt khách", "lượt khách vận chuyển bằng xe buýt điện",
        status="target", period=Y24),
    fig("khoảng 2.600 tấn CO2", "2.600", 2600, "measure", "tấn CO2", "lượng CO2 giảm", approx="about",
        status="target", period=Y24),
]

NOTES = [
    "Sở GTVT Đà Nẵng site, no dateline (published absent): xe buýt điện quý I/2024, one-cell-per-line table by route.",
    "Table cells: subject = column + row label; routes are not places (the place names inside route labels do not locate",
    "them), so every cell is Đà Nẵng. Periods: the 'Số chuyến/Lượt khách quý I/2024' headers give a scored period; 'Số xe'",
    "and the growth column take Quý I/2024 from the lead (inherited). Growth cells are percent figures without change.",
    "Lead: 'tăng 22,4% so với quý I/2023' is the change, 'đạt 26,1% kế hoạch năm' the percent of 486.300. The target",
    "sentence continues into 'giảm khoảng 2.600 tấn CO2' (target). Distractors: route codes R16-R19, 'Tầng 9', 'số 24",
    "Trần Phú', 5h30/20h30, phone/fax, 'Lượt truy cập: 1.284.617'.",
]

build("p1101-7", TEXT, FIGS, NOTES, published=None, location="Đà Nẵng")
