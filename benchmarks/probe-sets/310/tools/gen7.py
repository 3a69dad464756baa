from lib import Doc, P, C, T

TEXT = """Hưng Yên: Phát triển hoa, cây cảnh thành ngành hàng chủ lực
Ngày cập nhật: 26/12/2024

Năm 2024, diện tích hoa, cây cảnh toàn tỉnh Hưng Yên ước đạt 2.430 ha, tăng 5,2% so với năm 2023; giá trị sản xuất ước đạt 3.250 tỷ đồng, bình quân 1,34 tỷ đồng/ha. Tỉnh hiện đứng thứ 4 cả nước về diện tích hoa, cây cảnh. Trong năm, toàn tỉnh xuất bán khoảng 1,6 triệu chậu hoa các loại.

Diện tích hoa, cây cảnh tại một số địa phương (đơn vị tính: ha):
Địa phương
Năm 2023
Ước năm 2024
Kế hoạch năm 2025
Văn Giang
1.050
1.120
1.200
Khoái Châu
540
565
600
Văn Lâm
310
318
330
Yên Mỹ
285
292
300

Huyện Văn Giang có 4 xã có làng nghề hoa, cây cảnh là Xuân Quan, Phụng Công, Cửu Cao, Long Hưng với khoảng 3.600 hộ tham gia. Dịp Tết Nguyên đán, quất cảnh Văn Giang có giá từ 300.000 đồng đến 3 triệu đồng/cây; đào thế ghép giống đào Nhật Tân từ 1,5 triệu đồng/cây trở lên. Chợ hoa Xuân Quan mở cửa từ ngày 15 tháng Chạp.

Theo Nghị quyết số 12-NQ/TU của Tỉnh ủy, giai đoạn 2021-2025 tỉnh hỗ trợ 50% kinh phí xây dựng nhà lưới, nhà màng, tối đa 300 triệu đồng/mô hình. Đến nay đã có 46 mô hình được hỗ trợ với tổng kinh phí gần 11,8 tỷ đồng.

Cổng Thông tin điện tử tỉnh Hưng Yên - Địa chỉ: số 10 đường Chùa Chuông, phường Hiến Nam, thành phố Hưng Yên - Điện thoại: 0221.3862.155
"""

d = Doc("p310-7", TEXT, [
    "Province portal (Hưng Yên), 'Ngày cập nhật: 26/12/2024' without time; headline first. One-cell-per-line table, unit '(đơn vị tính: ha)'.",
    "Table rows are districts: each cell's location is the district and its subject the table's indicator + the column label;",
    "period from the column header (Năm 2023 / Ước năm 2024 / Kế hoạch năm 2025); 'Ước' cells estimate, 'Kế hoạch' cells target.",
    "'ước đạt 2.430 ha, tăng 5,2% …; giá trị sản xuất ước đạt 3.250 tỷ đồng, bình quân 1,34 tỷ đồng/ha': estimates; 1,34 continues the 'ước' clause.",
    "'đứng thứ 4 cả nước' rank; 'từ 1,5 triệu đồng/cây trở lên' at_least; 'tối đa 300 triệu đồng/mô hình' at_most; '50% kinh phí' percent.",
    "Distractors: 'Nghị quyết số 12-NQ/TU', 'ngày 15 tháng Chạp' (lunar date), address 'số 10 đường Chùa Chuông', phone 0221.3862.155; 'đào Nhật Tân' (variety name, not a place).",
    "'Đến nay' ends at the dateline. 4 xã and 3.600 hộ: Văn Giang.",
], published="2024-12-26", location="Hưng Yên")

P23 = P("Năm 2023", "2023-01-01", "2023-12-31")
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
P24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
PE24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
PK25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
PG = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

d.f("ước đạt 2.430 ha", "2.430", 2430, "measure", "ha", "diện tích hoa, cây cảnh",
    change=C("increase", 5.2, "%", "năm 2023"), status="estimate", period=P24)
d.f("ước đạt 3.250 tỷ đồng", "3.250", 3250000000000, "money", "đồng", "giá trị sản xuất hoa, cây cảnh", status="estimate", period=P24)
d.f("bình quân 1,34 tỷ", "1,34", 1340000000, "money", "đồng/ha", "giá trị sản xuất bình quân", status="estimate", period=P24)
d.f("khoảng 1,6 triệu chậu", "1,6", 1600000, "count", "chậu", "chậu hoa các loại xuất bán", approx="about", period=P("Trong năm", "2024-01-01", "2024-12-31"))
d.f("đứng thứ 4", "4", 4, "rank", "hạng", "diện tích hoa, cây cảnh")

rows = [("Văn Giang", "1.050", "1.120", "1.200"), ("Khoái Châu", "540", "565", "600"),
        ("Văn Lâm", "310", "318", "330"), ("Yên Mỹ", "285", "292", "300")]
for place, a, b, c in rows:
    d.f(f"{place}\n{a}\n", a, int(a.replace(".", "")), "measure", "ha", "diện tích hoa, cây cảnh năm 2023",
        period=P23, location=place)
    d.f(f"{a}\n{b}\n", b, int(b.replace(".", "")), "measure", "ha", "diện tích hoa, cây cảnh ước năm 2024",
        status="estimate", period=PE24, location=place)
    d.f(f"{b}\n{c}\n", c, int(c.replace(".", "")), "measure", "ha", "diện tích hoa, cây cảnh kế hoạch năm 2025",
        status="target", period=PK25, location=place)

d.f("có 4 xã", "4", 4, "count", "xã", "xã có làng nghề hoa, cây cảnh", location="Văn Giang")
d.f("khoảng 3.600 hộ", "3.600", 3600, "count", "hộ", "hộ tham gia làng nghề hoa, cây cảnh", approx="about", location="Văn Giang")
d.f("từ 300.000 đồng", "300.000", 300000, "money", "đồng/cây", "giá quất cảnh", value_max=3000000, location="Văn Giang")
d.f("từ 1,5 triệu", "1,5", 1500000, "money", "đồng/cây", "giá đào thế ghép giống đào Nhật Tân", approx="at_least", location="Văn Giang")
d.f("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "hỗ trợ kinh phí xây dựng nhà lưới, nhà màng", period=PG)
d.f("tối đa 300 triệu", "300", 300000000, "money", "đồng/mô hình", "mức hỗ trợ tối đa", approx="at_most", period=PG)
d.f("có 46 mô hình", "46", 46, "count", "mô hình", "mô hình được hỗ trợ",
    period=P("Đến nay", None, "2024-12-26"))
d.f("gần 11,8 tỷ", "11,8", 11800000000, "money", "đồng", "tổng kinh phí hỗ trợ mô hình", approx="nearly",
    period=P("Đến nay", None, "2024-12-26"))
d.write()
