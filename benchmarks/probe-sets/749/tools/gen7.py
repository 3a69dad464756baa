"""p749-7: department site (Sở NN&PTNT Đồng Nai), no dateline — banana area by district, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG NAI
Chuyên mục: Trồng trọt - Bảo vệ thực vật

Phát triển vùng chuối xuất khẩu dọc Quốc lộ 20

Đồng Nai hiện là địa phương có diện tích chuối lớn nhất cả nước. Năm 2023, diện tích chuối toàn tỉnh đạt 12.450 ha, sản lượng 410.000 tấn; diện tích chuối xuất khẩu chiếm khoảng 45%, tập trung ở các huyện Định Quán, Tân Phú, Vĩnh Cửu và Xuân Lộc.

Diện tích chuối tại các huyện trọng điểm
Đơn vị tính: ha
Huyện
Năm 2022
Năm 2023
Kế hoạch 2025
Định Quán
3.820
4.150
4.500
Tân Phú
2.640
2.910
3.200
Vĩnh Cửu
1.980
2.060
2.300
Xuân Lộc
1.150
1.380
1.600

Giá trị sản xuất bình quân đạt 280-320 triệu đồng/ha/năm; riêng các mô hình chuối cấy mô, tưới nhỏ giọt cho doanh thu trên 500 triệu đồng/ha/năm. Toàn tỉnh có 112 mã số vùng trồng chuối với diện tích 5.260 ha và 15 cơ sở đóng gói đã được cấp mã số. Cũng trong năm 2023, các doanh nghiệp trên địa bàn xuất khẩu khoảng 185.000 tấn chuối, tăng 15% so với năm 2022; có thời điểm giá thu mua tại vườn giảm xuống còn 3.500 đồng/kg. Năm 2024, tỉnh phấn đấu cấp mới thêm 20 mã số vùng trồng, ưu tiên các hợp tác xã có quy mô từ 30 ha trở lên.

Tổ chức, cá nhân cần hỗ trợ kỹ thuật liên hệ Chi cục Trồng trọt và Bảo vệ thực vật, số 1 đường Cách Mạng Tháng Tám, phường Quang Vinh, TP. Biên Hòa; điện thoại 0251.3822.505.

Tổng lượt truy cập: 1.284.697
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = (
    ("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), {}),
    ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), {}),
    ("Kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), {"status": "target"}),
)


def row(district, cells):
    out = []
    for (anchor, num), (label, period, kw) in zip(cells, COLS):
        value = float(num.replace(".", ""))
        out.append(F(anchor, num, value, "measure", "ha", f"diện tích chuối {label.lower()}", period,
                     location=district, **kw))
    return out


FIGS = [
    F("đạt 12.450 ha", "12.450", 12450, "measure", "ha", "diện tích chuối toàn tỉnh", Y23),
    F("sản lượng 410.000 tấn", "410.000", 410000, "measure", "tấn", "sản lượng chuối", Y23),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", "diện tích chuối xuất khẩu trong diện tích chuối toàn tỉnh", Y23,
      approx="about"),
]
FIGS += row("Định Quán", [("Định Quán\n3.820", "3.820"), ("3.820\n4.150", "4.150"), ("4.150\n4.500", "4.500")])
FIGS += row("Tân Phú", [("Tân Phú\n2.640", "2.640"), ("2.640\n2.910", "2.910"), ("2.910\n3.200", "3.200")])
FIGS += row("Vĩnh Cửu", [("Vĩnh Cửu\n1.980", "1.980"), ("1.980\n2.060", "2.060"), ("2.060\n2.300", "2.300")])
FIGS += row("Xuân Lộc", [("Xuân Lộc\n1.150", "1.150"), ("1.150\n1.380", "1.380"), ("1.380\n1.600", "1.600")])
FIGS += [
    F("280-320 triệu đồng/ha/năm", "280", 280000000, "money", "đồng/ha/năm", "giá trị sản xuất chuối bình quân",
      value_max=320000000),
    F("trên 500 triệu đồng/ha/năm", "500", 500000000, "money", "đồng/ha/năm",
      "doanh thu các mô hình chuối cấy mô, tưới nhỏ giọt", approx="over"),
    F("có 112 mã số", "112", 112, "count", "mã số vùng trồng", "mã số vùng trồng chuối"),
    F("diện tích 5.260 ha", "5.260", 5260, "measure", "ha", "diện tích vùng trồng chuối được cấp mã số"),
    F("và 15 cơ sở", "15", 15, "count", "cơ sở đóng gói", "cơ sở đóng gói đã được cấp mã số"),
    F("khoảng 185.000 tấn", "185.000", 185000, "measure", "tấn", "chuối doanh nghiệp trên địa bàn xuất khẩu",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), approx="about", change=CH("increase", 15, baseline="năm 2022")),
    F("còn 3.500 đồng/kg", "3.500", 3500, "money", "đồng/kg", "giá thu mua chuối tại vườn",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 20 mã số", "20", 20, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("từ 30 ha trở lên", "30", 30, "measure", "ha", "quy mô hợp tác xã được ưu tiên", approx="at_least", optional=True),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Đồng Nai), no dateline, visit counter in the footer: banana area, one-cell-per-line table.",
    "Table with 'Đơn vị tính: ha': every numeric cell is a figure, district rows give location, column headers give the period",
    "(scored, as in shared h23/h24); 'Kế hoạch 2025' cells are targets. No published date.",
    "'chiếm khoảng 45%' has no base figure of its own before it in the clause: a percent figure (share of the province's banana area).",
    "'quy mô từ 30 ha trở lên' is a threshold in a policy, optional (as 469 treated 'quy mô từ 5 ha trở lên').",
    "Distractors: 'Quốc lộ 20' (headline), 'số 1 đường Cách Mạng Tháng Tám', phone 0251.3822.505, 'Tổng lượt truy cập: 1.284.697'.",
]

if __name__ == "__main__":
    emit("p749-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
