from lib import *

T = """
Nghệ An: Diêm dân Quỳnh Lưu, Hoàng Mai từng bước làm giàu từ nghề muối

(Báo Nghệ An) - Nghệ An hiện có 712 ha đồng muối ở 12 xã, phường thuộc huyện Quỳnh Lưu, thị xã Hoàng Mai và huyện Diễn Châu, với gần 3.000 hộ diêm dân. Tính đến ngày 30/9/2024, sản lượng muối toàn tỉnh đạt 48.350 tấn, bằng 92% kế hoạch năm.

Sản lượng muối giai đoạn 2021-2023 theo địa phương (Đơn vị tính: tấn):
Năm\tQuỳnh Lưu\tHoàng Mai\tDiễn Châu
2021\t32.450\t12.800\t5.120
2022\t30.900\t11.650\t4.870
2023\t34.210\t13.020\t5.340

Giai đoạn 2021-2025, tỉnh đã bố trí 25,6 tỷ đồng từ ngân sách để cứng hóa 14,2 km kênh mương, bờ vùng đồng muối; trong đó huyện Quỳnh Lưu được đầu tư 15,3 tỷ đồng. Toàn tỉnh có 9 hợp tác xã sản xuất muối, trong đó 3 HTX có sản phẩm muối đạt OCOP 3 sao. Thu nhập bình quân của diêm dân năm 2023 đạt 42 triệu đồng/người/năm, tăng 1,3 lần so với năm 2020.

Tại HTX Diêm nghiệp Quỳnh Thuận (huyện Quỳnh Lưu), mỗi năm xã viên sản xuất khoảng 4.500 tấn muối, giá bán muối sạch đóng gói từ 8.000 đến 10.000 đồng/kg, gấp 3-4 lần muối hạt thông thường.

Mục tiêu đến năm 2025, sản lượng muối toàn tỉnh đạt 55.000 tấn/năm, 100% diện tích muối được cơ giới hóa khâu vận chuyển; tỷ lệ muối sạch chiếm trên 30% tổng sản lượng.

Thanh Lê
14/10/2024
"""

a = Article("p439-8", T, [
    "Party newspaper (Báo Nghệ An), no dateline at the top; byline and bare date '14/10/2024' at the end. Salt in Quỳnh Lưu, Hoàng Mai, Diễn Châu.",
    "Tab-flattened table under 'Đơn vị tính: tấn': row labels are years (period, not figures), column labels are districts (location);",
    "subject 'sản lượng muối'. 'bằng 92% kế hoạch năm' is the share of 48.350 tấn. 'trong đó huyện Quỳnh Lưu ... 15,3 tỷ' total 25,6 tỷ;",
    "'trong đó 3 HTX' total 9; 'OCOP 3 sao' is a rating label (not a figure). 'tăng 1,3 lần so với năm 2020' is the change of 42 triệu.",
    "'gấp 3-4 lần muối hạt thông thường' is the change (lower end 3) of the price range. HTX Quỳnh Thuận (commune in Quỳnh Lưu) → location Quỳnh Lưu.",
    "'Mục tiêu đến năm 2025' targets: end 2025-12-31. Distractors: 'giai đoạn 2021-2023', years in the table's first column, '12 xã' is a figure.",
], published="2024-10-14", location="Nghệ An")

a.f("có 712 ha", "712", 712, "measure", "ha", "diện tích đồng muối")
a.f("ở 12 xã, phường", "12", 12, "count", "xã, phường", "xã, phường có đồng muối")
a.f("gần 3.000 hộ diêm dân", "3.000", 3000, "count", "hộ diêm dân", "hộ diêm dân", approx="nearly")
a.f("đạt 48.350 tấn", "48.350", 48350, "measure", "tấn", "sản lượng muối toàn tỉnh",
    ASOF("Tính đến ngày 30/9/2024", "2024-09-30"), percent=92)
places = ["Quỳnh Lưu", "Hoàng Mai", "Diễn Châu"]
for year, nums in [(2021, [("32.450", 32450), ("12.800", 12800), ("5.120", 5120)]),
                   (2022, [("30.900", 30900), ("11.650", 11650), ("4.870", 4870)]),
                   (2023, [("34.210", 34210), ("13.020", 13020), ("5.340", 5340)])]:
    left = str(year)
    for (n, v), pl in zip(nums, places):
        a.f(f"{left}\t{n}", n, v, "measure", "tấn", "Sản lượng muối", Y(str(year), year), location=pl)
        left = n
PG = SPAN("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
a.f("bố trí 25,6 tỷ đồng", "25,6", 25600000000, "money", "đồng", "vốn ngân sách đầu tư đồng muối", PG)
a.f("cứng hóa 14,2 km", "14,2", 14.2, "measure", "km", "kênh mương, bờ vùng đồng muối được cứng hóa", PG)
a.f("đầu tư 15,3 tỷ đồng", "15,3", 15300000000, "money", "đồng", "vốn ngân sách đầu tư đồng muối", PG,
    total=25600000000, location="Quỳnh Lưu")
a.f("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã sản xuất muối")
a.f("trong đó 3 HTX", "3", 3, "count", "HTX", "HTX có sản phẩm muối đạt OCOP", total=9)
a.f("đạt 42 triệu đồng/người/năm", "42", 42000000, "money", "đồng/người/năm", "thu nhập bình quân của diêm dân",
    Y("năm 2023", 2023), change=CH("+", 1.3, "lần", "năm 2020"))
a.f("khoảng 4.500 tấn", "4.500", 4500, "measure", "tấn", "sản lượng muối HTX Diêm nghiệp Quỳnh Thuận", approx="about",
    location="Quỳnh Lưu")
a.f("từ 8.000 đến 10.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá bán muối sạch đóng gói", value_max=10000,
    change=CH("+", 3, "lần", "muối hạt thông thường"), location="Quỳnh Lưu")
PT = ASOF("đến năm 2025", "2025-12-31")
a.f("đạt 55.000 tấn/năm", "55.000", 55000, "measure", "tấn/năm", "sản lượng muối toàn tỉnh", PT, status="target")
a.f("100% diện tích muối", "100", 100, "percent", "%", "tỷ lệ diện tích muối được cơ giới hóa khâu vận chuyển", PT,
    status="target")
a.f("trên 30% tổng sản lượng", "30", 30, "percent", "%", "tỷ lệ muối sạch trong tổng sản lượng", PT, status="target",
    approx="over")
a.write()
