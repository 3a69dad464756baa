import sys
from lib import emit, fig, per, inh, chg

ROWS = [
    ("Thành phố Thái Bình", "Thái Bình", ("18.200", 18200), ("24.500", 24500), ("30.000", 30000)),
    ("Vũ Thư", "Vũ Thư", ("96.400", 96400), ("128.600", 128600), ("150.000", 150000)),
    ("Kiến Xương", "Kiến Xương", ("82.300", 82300), ("105.800", 105800), ("125.000", 125000)),
    ("Tiền Hải", "Tiền Hải", ("74.500", 74500), ("98.200", 98200), ("115.000", 115000)),
    ("Thái Thụy", "Thái Thụy", ("61.700", 61700), ("85.400", 85400), ("100.000", 100000)),
    ("Hưng Hà", "Hưng Hà", ("67.700", 67700), ("84.500", 84500), ("125.000", 125000)),
    ("Toàn tỉnh", "Thái Bình", ("400.800", 400800), ("527.000", 527000), ("645.000", 645000)),
]
TABLE = "\n".join(f"{r[0]}\n{r[2][0]}\n{r[3][0]}\n{r[4][0]}" for r in ROWS)

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Tin hoạt động ngành

Thái Bình mở rộng sản xuất trong nhà màng, nhà lưới

Năm 2023, toàn tỉnh có 52,7 ha nhà màng, nhà lưới, tăng 31,5% so với năm 2022, tập trung trồng dưa lưới, dưa chuột, cà chua và rau ăn lá. Hơn 40 mô hình trồng rau thủy canh hồi lưu đã được nhân rộng tại các huyện Vũ Thư, Kiến Xương, Tiền Hải. Giá trị thu được đạt từ 1,3 đến 1,6 tỷ đồng/ha/năm; mỗi 1.000 m² nhà màng tạo việc làm thường xuyên cho 3 lao động. Tiêu biểu là Hợp tác xã Nông nghiệp công nghệ cao Đông Hoàng (huyện Tiền Hải, gần Quốc lộ 37B) với 8.500 m² nhà màng, mỗi năm cung ứng ra thị trường khoảng 180 tấn dưa lưới.

Theo Nghị quyết số 11/2021/NQ-HĐND, tỉnh hỗ trợ 30% chi phí xây dựng nhà màng, nhà lưới nhưng không quá 150 triệu đồng/1.000 m². Kế hoạch năm 2024, toàn tỉnh tăng thêm khoảng 12 ha.

Bảng 2. Diện tích nhà màng, nhà lưới phân theo huyện, thành phố
Đơn vị tính: m²
Huyện, thành phố
Năm 2022
Năm 2023
Kế hoạch 2024
""" + TABLE + """

Địa chỉ: số 9 Lê Lợi, TP Thái Bình. ĐT: 0227.3831.462
Tổng lượt truy cập: 893.104
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
P24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
P24t = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
S = "Diện tích nhà màng, nhà lưới"

F = [
    fig("có 52,7 ha", "52,7", 52.7, "measure", "ha", "diện tích nhà màng, nhà lưới", Y23,
        change=chg("increase", 31.5, "%", "năm 2022")),
    fig("Hơn 40 mô hình", "40", 40, "count", "mô hình", "mô hình trồng rau thủy canh hồi lưu", approx="over"),
    fig("từ 1,3 đến 1,6 tỷ", "1,3", 1300000000, "money", "đồng/ha/năm", "giá trị thu được", value_max=1600000000),
    fig("cho 3 lao động", "3", 3, "measure", "lao động/1.000 m²", "việc làm thường xuyên tạo ra trên 1.000 m² nhà màng"),
    fig("8.500 m²", "8.500", 8500, "measure", "m²", "diện tích nhà màng của Hợp tác xã Nông nghiệp công nghệ cao Đông Hoàng",
        location="Tiền Hải"),
    fig("khoảng 180 tấn", "180", 180, "measure", "tấn", "sản lượng dưa lưới cung ứng ra thị trường mỗi năm",
        approx="about", location="Tiền Hải"),
    fig("hỗ trợ 30%", "30", 30, "percent", "%", "mức hỗ trợ chi phí xây dựng nhà màng, nhà lưới"),
    fig("không quá 150 triệu", "150", 150000000, "money", "đồng/1.000 m²",
        "mức hỗ trợ xây dựng nhà màng, nhà lưới", approx="at_most"),
    fig("khoảng 12 ha", "12", 12, "measure", "ha", "diện tích nhà màng, nhà lưới tăng thêm", P24t, approx="about",
        status="target"),
]
for label, loc, c22, c23, c24 in ROWS:
    F.append(fig(f"{label}\n{c22[0]}", c22[0], c22[1], "measure", "m²", f"{S} năm 2022", Y22, location=loc))
    F.append(fig(f"{c22[0]}\n{c23[0]}", c23[0], c23[1], "measure", "m²", f"{S} năm 2023", Y23, location=loc))
    F.append(fig(f"{c23[0]}\n{c24[0]}", c24[0], c24[1], "measure", "m²", f"{S} kế hoạch 2024", P24, location=loc,
                 status="target"))

COMMENTS = [
    "Sở NN&PTNT Thái Bình site, no dateline: nhà màng, nhà lưới 2022-2024 with a one-cell-per-line table (Đơn vị tính: m²)",
    "(invented, probe set 673). Table cells: subject = column label + indicator, district rows → location, 'Toàn tỉnh' and",
    "'Thành phố Thái Bình' → Thái Bình; periods from the column headers; 'Kế hoạch 2024' → target. No total on table cells.",
    "Consistency: 527.000 m² = 52,7 ha; 527.000/400.800 = +31,5%; 645.000 - 527.000 = 11,8 ha ('khoảng 12 ha').",
    "Not figures: 'Bảng 2', 'Quốc lộ 37B', 'Nghị quyết số 11/2021/NQ-HĐND', 'số 9 Lê Lợi', '0227.3831.462', 'Tổng lượt truy cập: 893.104',",
    "denominators '1.000 m²' (in the units 'lao động/1.000 m²', 'đồng/1.000 m²').",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p673-7", TEXT, COMMENTS, F, published=None, location="Thái Bình") else 1)
