"""p1186-7: department site (Chi cục Trồng trọt và BVTV Hà Nam), no dateline, one-cell-per-line table by tank type."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ NAM
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Trang chủ | Giới thiệu | Tin hoạt động | Dự tính dự báo | Liên hệ

Thay dần bể xây gạch bằng bể composite trên đồng ruộng

Hà Nam hiện có 3.846 bể chứa bao gói thuốc bảo vệ thực vật đặt trên 42.300 ha đất trồng lúa. Năm 2024, các hợp tác xã đã thay thế 275 bể xây gạch xuống cấp bằng bể composite có nắp, giá từ 1,9 đến 2,3 triệu đồng/bể. Loại bể này có tuổi thọ 8-10 năm, gấp khoảng 2 lần bể xây gạch.

Số bể chứa bao gói thuốc BVTV trên địa bàn tỉnh theo loại bể:
Đơn vị tính: bể
Loại bể
Năm 2022
Năm 2023
Năm 2024
Bể xây gạch
2.910
2.705
2.430
Bể composite
612
884
1.159
Thùng nhựa có nắp
301
276
257
Tổng số
3.823
3.865
3.846

Lượng bao gói thu gom năm 2024 đạt 64,8 tấn, cao hơn 5,1 tấn so với năm 2023. Hai huyện Lý Nhân và Bình Lục thu gom nhiều nhất, lần lượt 17,2 tấn và 14,6 tấn. Năm 2025, Chi cục dự kiến thay thế thêm khoảng 300 bể xây gạch đã xuống cấp.

Bài viết liên quan:
- Dự báo tình hình sinh vật gây hại tuần 38
- Tập huấn sử dụng thuốc BVTV an toàn, hiệu quả lần thứ 2

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT HÀ NAM
Địa chỉ: Số 16 đường Lê Hoàn, TP Phủ Lý, tỉnh Hà Nam
Điện thoại: 0226.3852.481
Tổng lượt truy cập: 845.219 | Đang trực tuyến: 17
"""

Y = {c: P(c, f"{c[-4:]}-01-01", f"{c[-4:]}-12-31") for c in ("Năm 2022", "Năm 2023", "Năm 2024")}
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "bể", subject=f"{row} {col.lower()}", period=Y[col])


A, B, CC = "Năm 2022", "Năm 2023", "Năm 2024"
TOT = "tổng số bể chứa bao gói thuốc BVTV"

FIGS = [
    F("có 3.846 bể", "3.846", 3846, "count", "bể", subject="bể chứa bao gói thuốc bảo vệ thực vật"),
    F("42.300 ha", "42.300", 42300, "measure", "ha", subject="diện tích đất trồng lúa đặt bể chứa"),
    F("thay thế 275 bể", "275", 275, "count", "bể", subject="bể xây gạch xuống cấp được thay bằng bể composite", period=Y24),
    F("từ 1,9 đến 2,3 triệu", "1,9", 1900000, "money", "đồng/bể", value_max=2300000,
      subject="giá bể composite có nắp", period=Y24),
    F("tuổi thọ 8-10 năm", "8", 8, "measure", "năm", value_max=10,
      change=C("increase", 2, "lần", "bể xây gạch", approx="about"), subject="tuổi thọ bể composite"),
    cell("gạch\n2.910", "2.910", 2910, "bể xây gạch", A),
    cell("2.910\n2.705", "2.705", 2705, "bể xây gạch", B),
    cell("2.705\n2.430", "2.430", 2430, "bể xây gạch", CC),
    cell("composite\n612", "612", 612, "bể composite", A),
    cell("612\n884", "884", 884, "bể composite", B),
    cell("884\n1.159", "1.159", 1159, "bể composite", CC),
    cell("có nắp\n301", "301", 301, "thùng nhựa có nắp", A),
    cell("301\n276", "276", 276, "thùng nhựa có nắp", B),
    cell("276\n257", "257", 257, "thùng nhựa có nắp", CC),
    cell("Tổng số\n3.823", "3.823", 3823, TOT, A),
    cell("3.823\n3.865", "3.865", 3865, TOT, B),
    cell("3.865\n3.846", "3.846", 3846, TOT, CC),
    F("đạt 64,8 tấn", "64,8", 64.8, "measure", "tấn", change=C("increase", 5.1, "tấn", "năm 2023"),
      subject="lượng bao gói thu gom", period=Y24b),
    F("lần lượt 17,2 tấn", "17,2", 17.2, "measure", "tấn", subject="lượng bao gói thu gom",
      period=I(Y24b), location="Lý Nhân"),
    F("và 14,6 tấn", "14,6", 14.6, "measure", "tấn", subject="lượng bao gói thu gom",
      period=I(Y24b), location="Bình Lục"),
    F("Hai huyện", "Hai", 2, "count", "huyện", optional=True, subject="huyện thu gom nhiều nhất", period=I(Y24b)),
    F("khoảng 300 bể", "300", 300, "count", "bể", approx="about", status="forecast",
      subject="bể xây gạch đã xuống cấp được thay thế thêm", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV, Sở NN&PTNT Hà Nam) with no dateline: no published. Menu, related links, footer",
    "address, phone, 'Tổng lượt truy cập: 845.219 | Đang trực tuyến: 17' are furniture; 'tuần 38', 'lần thứ 2' are names/ordinals.",
    "One-cell-per-line table ('Đơn vị tính: bể'): rows are tank types (items), columns years; subject = row label + column label",
    "(the 'Tổng số' row adds what is counted), period from the column header (scored). Cells get no totals.",
    "'Hai huyện Lý Nhân và Bình Lục …, lần lượt 17,2 tấn và 14,6 tấn': list items take the list's indicator, districts → location;",
    "'Hai huyện' counts the list's own items (optional). 'hiện có 3.846 bể' has no period. 'tuổi thọ 8-10 năm' is a measure (range),",
    "'gấp khoảng 2 lần bể xây gạch' its change (increase, about 2 lần). 'Năm 2025 … dự kiến thay thế thêm khoảng 300 bể' → forecast.",
]

if __name__ == "__main__":
    write("p1186-7", TEXT, NOTES, FIGS, published=None, location="Hà Nam")
