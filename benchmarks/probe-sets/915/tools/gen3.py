"""p915-3: formal report (UBND tỉnh Hưng Yên), results of the vụ Xuân 2024 rodent campaign, flattened | table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 187/BC-UBND
Hưng Yên, ngày 15 tháng 5 năm 2024

BÁO CÁO
Kết quả chiến dịch diệt chuột bảo vệ sản xuất vụ Xuân năm 2024

Thực hiện Kế hoạch số 32/KH-UBND ngày 20/02/2024 của UBND tỉnh, kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác ra quân
Từ ngày 01/3 đến ngày 30/4/2024, 10/10 huyện, thị xã, thành phố đã tổ chức ra quân với 28.600 lượt người tham gia; sử dụng 3.150 kg thuốc diệt chuột, đạt 105% kế hoạch; đặt 18.400 bẫy các loại.
Tổng số chuột diệt được là 426.580 con, tăng 18,2% so với cùng kỳ năm 2023; trong đó diệt bằng thuốc 254.300 con (chiếm 59,6%), bằng bẫy và đào bắt 172.280 con.

2. Diện tích bị hại
Tính đến ngày 30/4/2024, diện tích lúa bị chuột gây hại toàn tỉnh là 129,4 ha, giảm 41,7 ha so với cùng kỳ, tập trung ở 4 huyện:
Đơn vị tính: ha
Huyện | Diện tích lúa Xuân | Diện tích bị chuột hại | Trong đó: hại nặng
Khoái Châu | 7.850 | 48,5 | 6,2
Văn Lâm | 4.620 | 32 | 4,5
Phù Cừ | 5.310 | 27,3 | 3,1
Tiên Lữ | 5.045 | 21,6 | 2,7
Tổng cộng | 22.825 | 129,4 | 16,5

II. NHIỆM VỤ THỜI GIAN TỚI
Vụ Mùa năm 2024 dự kiến gieo cấy khoảng 38.000 ha lúa; phấn đấu diệt trên 500.000 con chuột, giữ diện tích bị hại dưới 100 ha.
"""

R = P("Từ ngày 01/3 đến ngày 30/4/2024", start="2024-03-01", end="2024-04-30")
D = P("Tính đến ngày 30/4/2024", end="2024-04-30")
TD = I(D)

rows = [("Khoái Châu", "7.850", 7850, "48,5", 48.5, "6,2", 6.2),
        ("Văn Lâm", "4.620", 4620, "32", 32, "4,5", 4.5),
        ("Phù Cừ", "5.310", 5310, "27,3", 27.3, "3,1", 3.1),
        ("Tiên Lữ", "5.045", 5045, "21,6", 21.6, "2,7", 2.7),
        ("Tổng cộng", "22.825", 22825, "129,4", 129.4, "16,5", 16.5)]

TABLE = []
for name, a, av, b, bv, c, cv in rows:
    loc = "Hưng Yên" if name == "Tổng cộng" else name
    pre = "tổng cộng " if name == "Tổng cộng" else ""
    TABLE += [
        F(f"{name} | {a}", a, av, "measure", "ha", pre + "diện tích lúa Xuân", TD, location=loc),
        F(f"{a} | {b}", b, bv, "measure", "ha", pre + "diện tích bị chuột hại", TD, location=loc),
        F(f"{b} | {c}", c, cv, "measure", "ha", pre + "diện tích bị chuột hại nặng", TD, location=loc, total=bv),
    ]

FIGS = [
    F("10/10 huyện", "10", 10, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tổ chức ra quân", R,
      total=10),
    F("28.600 lượt người", "28.600", 28600, "count", "lượt người", "lượt người tham gia ra quân", R),
    F("3.150 kg", "3.150", 3150, "measure", "kg", "thuốc diệt chuột sử dụng", R, percent=105),
    F("18.400 bẫy", "18.400", 18400, "count", "bẫy", "bẫy các loại đã đặt", R),
    F("là 426.580 con", "426.580", 426580, "count", "con", "tổng số chuột diệt được", I(R),
      change=C("increase", 18.2, "%", "cùng kỳ năm 2023")),
    F("thuốc 254.300 con", "254.300", 254300, "count", "con", "chuột diệt bằng thuốc", I(R),
      total=426580, percent=59.6),
    F("đào bắt 172.280 con", "172.280", 172280, "count", "con", "chuột diệt bằng bẫy và đào bắt", I(R),
      total=426580),
    F("là 129,4 ha", "129,4", 129.4, "measure", "ha", "diện tích lúa bị chuột gây hại toàn tỉnh", D,
      change=C("decrease", 41.7, "ha", "cùng kỳ")),
    F("ở 4 huyện", "4", 4, "count", "huyện", "huyện tập trung diện tích lúa bị chuột hại", D),
] + TABLE + [
    F("khoảng 38.000 ha", "38.000", 38000, "measure", "ha", "diện tích lúa vụ Mùa gieo cấy",
      approx="about", status="forecast"),
    F("trên 500.000 con", "500.000", 500000, "count", "con chuột", "chuột diệt", approx="over", status="target"),
    F("dưới 100 ha", "100", 100, "measure", "ha", "diện tích bị hại", approx="under", status="target"),
]

NOTES = [
    "Formal report under a letterhead (UBND tỉnh Hưng Yên, Số: 187/BC-UBND, 15/5/2024): no dateline of a web page, but the",
    "report's own date 'Hưng Yên, ngày 15 tháng 5 năm 2024' is its published date. Section numbers I., 1., 2., II.,",
    "'Kế hoạch số 32/KH-UBND ngày 20/02/2024' are not figures. Flattened | table with 'Đơn vị tính: ha': every cell is a",
    "figure, district label → location, column label → subject, period inherited from the line above the table.",
    "Column 'Trong đó: hại nặng' is a part of the row's 'Diện tích bị chuột hại' (the trong đó cue): total = that cell.",
    "'Vụ Mùa năm 2024' is a crop season, not a datable period: the last three figures carry no period.",
]

if __name__ == "__main__":
    write("p915-3", TEXT, NOTES, FIGS, published="2024-05-15", location="Hưng Yên")
