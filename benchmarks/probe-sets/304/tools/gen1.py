from lib import Doc, P, C, T

text = """Cổng Thông tin điện tử tỉnh Thái Nguyên
Trang chủ > Tin tức > Kinh tế
Cập nhật: 15/01/2025 08:30 | Lượt xem: 2.315

Năm 2024, sản lượng chè búp tươi của Thái Nguyên đạt 272.000 tấn

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh có 23.800 ha chè, trong đó diện tích chè kinh doanh đạt 22.300 ha. Diện tích chè giống mới (chủ yếu các giống LDP1, TRI 777, Kim Tuyên, Phúc Vân Tiên) đạt 21.900 ha, chiếm 92% tổng diện tích. Năng suất chè bình quân đạt 122 tạ/ha; sản lượng chè búp tươi đạt 272.000 tấn, tăng 3,5% so với năm 2023; giá trị sản phẩm thu hoạch bình quân đạt khoảng 315 triệu đồng/ha.

Các địa phương có diện tích chè lớn gồm huyện Đại Từ (6.900 ha), huyện Phú Lương (3.950 ha), huyện Đồng Hỷ (2.600 ha) và thành phố Thái Nguyên (1.420 ha).

Giá trị sản xuất chè toàn tỉnh ước đạt 14,5 nghìn tỷ đồng, tăng 6,2% so với năm trước. Giá chè búp khô dao động từ 150.000 đến 400.000 đồng/kg, riêng chè đặc sản Tân Cương có giá trên 1 triệu đồng/kg.

Về chế biến, toàn tỉnh có 262 cơ sở chế biến chè quy mô công nghiệp và hơn 27 nghìn hộ chế biến thủ công; 95 hợp tác xã chè đang hoạt động. Tính đến 31/12/2024, Thái Nguyên có 215 sản phẩm chè đạt chứng nhận OCOP, trong đó 5 sản phẩm đạt 5 sao, 28 sản phẩm 4 sao và 182 sản phẩm 3 sao.

Năm 2025, tỉnh phấn đấu duy trì diện tích chè khoảng 24.000 ha, sản lượng chè búp tươi đạt 280.000 tấn, giá trị sản phẩm thu hoạch bình quân đạt 330 triệu đồng/ha. Người trồng chè cần hỗ trợ kỹ thuật liên hệ Trung tâm Khuyến nông tỉnh, số 10 đường Đội Cấn, TP Thái Nguyên; điện thoại 0208.3855.419.
"""

d = Doc("p304-1", text, [
    "Cổng TTĐT tỉnh Thái Nguyên: tea area, yield, fresh-leaf output, value, prices, processing, OCOP tea products (2024) and 2025 targets.",
    "'Cập nhật: 15/01/2025 08:30 | Lượt xem: 2.315' is the dateline and a view counter (furniture). Variety names LDP1, TRI 777 are names.",
    "OCOP star levels ('5 sao', '4 sao', '3 sao') are classification labels like 'mức độ 3, 4': not figures; the counts before them are parts of 215.",
    "The title's 272.000 tấn is a figure (period 'Năm 2024' in the title sentence). District list: location = district, subject = the indicator.",
    "Address 'số 10 đường Đội Cấn' and phone number are distractors. 'nghìn tỷ' = 10^12.",
], published="2025-01-15", location="Thái Nguyên")

Y24 = lambda t="năm 2024", inh=False: P(t, "2024-01-01", "2024-12-31", inh)
d.f("đạt 272.000 tấn\n", "272.000", 272000, "measure", "tấn", "sản lượng chè búp tươi", Y24("Năm 2024"))
d.f("có 23.800 ha chè", "23.800", 23800, "measure", "ha", "diện tích chè", Y24())
d.f("đạt 22.300 ha", "22.300", 22300, "measure", "ha", "diện tích chè kinh doanh", Y24(), total=23800)
d.f("đạt 21.900 ha", "21.900", 21900, "measure", "ha", "diện tích chè giống mới", Y24(inh=True), percent=92)
d.f("đạt 122 tạ/ha", "122", 122, "measure", "tạ/ha", "năng suất chè bình quân", Y24(inh=True))
d.f("đạt 272.000 tấn, tăng", "272.000", 272000, "measure", "tấn", "sản lượng chè búp tươi", Y24(inh=True),
    change=C("increase", 3.5, "%", "năm 2023"))
d.f("khoảng 315 triệu đồng/ha", "315", 315000000, "money", "đồng/ha", "giá trị sản phẩm thu hoạch bình quân", Y24(inh=True), approx="about")
for anchor, num, val, loc in [("Đại Từ (6.900 ha)", "6.900", 6900, "Đại Từ"), ("Phú Lương (3.950 ha)", "3.950", 3950, "Phú Lương"),
                              ("Đồng Hỷ (2.600 ha)", "2.600", 2600, "Đồng Hỷ"), ("Nguyên (1.420 ha)", "1.420", 1420, "Thái Nguyên")]:
    d.f(anchor, num, val, "measure", "ha", "diện tích chè", Y24(inh=True), location=loc)
d.f("ước đạt 14,5 nghìn tỷ đồng", "14,5", 14.5e12, "money", "đồng", "giá trị sản xuất chè", Y24(inh=True),
    change=C("increase", 6.2, "%", "năm trước"), status="estimate")
d.f("từ 150.000 đến 400.000 đồng/kg", "150.000", 150000, "money", "đồng/kg", "giá chè búp khô", Y24(inh=True), value_max=400000)
d.f("trên 1 triệu đồng/kg", "1", 1000000, "money", "đồng/kg", "giá chè đặc sản Tân Cương", Y24(inh=True), approx="over")
d.f("có 262 cơ sở", "262", 262, "count", "cơ sở", "cơ sở chế biến chè quy mô công nghiệp")
d.f("hơn 27 nghìn hộ", "27", 27000, "count", "hộ", "hộ chế biến thủ công", approx="over")
d.f("95 hợp tác xã", "95", 95, "count", "hợp tác xã", "hợp tác xã chè đang hoạt động")
AS = P("Tính đến 31/12/2024", None, "2024-12-31")
d.f("có 215 sản phẩm", "215", 215, "count", "sản phẩm", "sản phẩm chè đạt chứng nhận OCOP", AS)
d.f("trong đó 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm chè OCOP đạt 5 sao", AS, total=215)
d.f("28 sản phẩm 4 sao", "28", 28, "count", "sản phẩm", "sản phẩm chè OCOP 4 sao", AS, total=215)
d.f("182 sản phẩm 3 sao", "182", 182, "count", "sản phẩm", "sản phẩm chè OCOP 3 sao", AS, total=215)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
d.f("khoảng 24.000 ha", "24.000", 24000, "measure", "ha", "diện tích chè", Y25, approx="about", status="target")
d.f("đạt 280.000 tấn", "280.000", 280000, "measure", "tấn", "sản lượng chè búp tươi", Y25, status="target")
d.f("đạt 330 triệu đồng/ha", "330", 330000000, "money", "đồng/ha", "giá trị sản phẩm thu hoạch bình quân", Y25, status="target")
d.write()
