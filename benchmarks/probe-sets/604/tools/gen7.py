"""p604-7: department site (Sở Công Thương Đồng Nai), no dateline — fuel stocks, one-cell-per-line table in m³."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Văn bản

Tình hình nguồn cung, tồn kho xăng dầu trên địa bàn tỉnh quý III/2024

Theo báo cáo của 9 thương nhân phân phối và 2 thương nhân đầu mối có kho trên địa bàn, tổng sức chứa các kho xăng dầu của tỉnh khoảng 215.000 m³. Trong quý III, hệ thống 548 cửa hàng bán lẻ hoạt động ổn định, không có cửa hàng ngừng bán; 100% cửa hàng niêm yết giá đúng quy định. Sản lượng xăng dầu bán ra quý III/2024 ước đạt 186.400 m³, tăng 4,2% so với cùng kỳ năm 2023.

Bảng: Tồn kho xăng dầu của các thương nhân
Đơn vị tính: m³
Mặt hàng
Tồn kho 30/6/2024
Tồn kho 30/9/2024
Dự kiến nhập quý IV/2024
Xăng RON 95-III
18.420
21.350
96.000
Xăng E5 RON 92
6.180
5.940
31.500
Dầu DO 0,05S-II
27.760
30.115
142.000
Dầu hỏa
410
385
1.800

Tổng lượng tồn kho các mặt hàng tại ngày 30/9/2024 là 57.790 m³, tăng 9,5% so với cuối quý II, bảo đảm cung ứng cho thị trường trong khoảng 22 ngày.

Sở Công Thương đề nghị các thương nhân chủ động nguồn hàng, không để gián đoạn cung ứng trong những tháng cuối năm; mọi phản ánh gửi về Phòng Quản lý Thương mại.

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: số 2 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa
Điện thoại: 0251.3822.541
Lượt truy cập: 1.204.587
"""

Q3 = P("quý III", "2024-07-01", "2024-09-30")
C1 = P("Tồn kho 30/6/2024", None, "2024-06-30")
C2 = P("Tồn kho 30/9/2024", None, "2024-09-30")
C3 = P("Dự kiến nhập quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [
    ("Xăng RON 95-III", ("III\n18.420", "18.420", 18420), ("21.350", "21.350", 21350), ("96.000", "96.000", 96000)),
    ("Xăng E5 RON 92", ("92\n6.180", "6.180", 6180), ("5.940", "5.940", 5940), ("31.500", "31.500", 31500)),
    ("Dầu DO 0,05S-II", ("27.760", "27.760", 27760), ("30.115", "30.115", 30115), ("142.000", "142.000", 142000)),
    ("Dầu hỏa", ("hỏa\n410", "410", 410), ("385", "385", 385), ("1.800", "1.800", 1800)),
]

FIGS = [
    F("của 9 thương nhân", "9", 9, "count", "thương nhân phân phối", "thương nhân phân phối có kho trên địa bàn"),
    F("và 2 thương nhân", "2", 2, "count", "thương nhân đầu mối", "thương nhân đầu mối có kho trên địa bàn"),
    F("khoảng 215.000 m³", "215.000", 215000, "measure", "m³", "tổng sức chứa các kho xăng dầu", approx="about"),
    F("hệ thống 548 cửa hàng", "548", 548, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu hoạt động ổn định", Q3),
    F("; 100% cửa hàng", "100", 100, "percent", "%", "cửa hàng niêm yết giá đúng quy định", Q3),
    F("ước đạt 186.400 m³", "186.400", 186400, "measure", "m³", "sản lượng xăng dầu bán ra",
      P("quý III/2024", "2024-07-01", "2024-09-30"), status="estimate",
      change=CH("increase", 4.2, "%", "cùng kỳ năm 2023")),
]
for label, a, b, c in ROWS:
    FIGS.append(F(a[0], a[1], a[2], "measure", "m³", f"{label} tồn kho 30/6/2024", C1))
    FIGS.append(F(b[0], b[1], b[2], "measure", "m³", f"{label} tồn kho 30/9/2024", C2))
    FIGS.append(F(c[0], c[1], c[2], "measure", "m³", f"{label} dự kiến nhập quý IV/2024", C3, status="forecast"))
FIGS += [
    F("là 57.790 m³", "57.790", 57790, "measure", "m³", "tổng lượng tồn kho các mặt hàng",
      P("tại ngày 30/9/2024", None, "2024-09-30"), change=CH("increase", 9.5, "%", "cuối quý II")),
    F("khoảng 22 ngày", "22", 22, "measure", "ngày", "lượng tồn kho bảo đảm cung ứng cho thị trường",
      P("tại ngày 30/9/2024", None, "2024-09-30"), approx="about"),
]

COMMENTS = [
    "Sở Công Thương Đồng Nai (department site), no dateline: nguồn cung, tồn kho xăng dầu quý III/2024 (no `published`).",
    "One-cell-per-line table with 'Đơn vị tính: m³'; columns 'Tồn kho 30/6/2024' and 'Tồn kho 30/9/2024' are as-of dates (start null),",
    "'Dự kiến nhập quý IV/2024' → forecast. Row labels carry product names with numbers (RON 95-III, E5 RON 92, DO 0,05S-II): not figures.",
    "Footer address 'số 2 Nguyễn Văn Trị', phone, 'Lượt truy cập: 1.204.587' are page furniture. 'quý III' takes 2024 from the title.",
    "57.790 = sum of the 30/9 column; +9,5% against the 30/6 column sum (52.770). The capacity sentence has no period (unscored).",
]

if __name__ == "__main__":
    emit("p604-7", TEXT, COMMENTS, FIGS, location="Đồng Nai")
