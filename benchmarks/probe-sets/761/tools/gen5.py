from lib import F, P, I, CH, TG, emit

TEXT = """Phú Quốc phát triển nghề trầm hương gắn với du lịch

(BKG) - Những năm gần đây, nghề trồng và chế biến trầm hương ở thành phố Phú Quốc phát triển mạnh, trở thành sản phẩm đặc trưng phục vụ du khách.

Theo Phòng Kinh tế thành phố Phú Quốc, hiện toàn thành phố có 27 cơ sở sản xuất, kinh doanh trầm hương, thu hút gần 600 lao động với mức thu nhập từ 7 đến 12 triệu đồng/người/tháng. Diện tích trồng dó bầu khoảng 380 ha, tập trung ở các xã Cửa Dương, Hàm Ninh và Dương Tơ.

Năm 2023, các cơ sở trên địa bàn đã tiêu thụ khoảng 9,5 tấn trầm các loại, doanh thu đạt 265 tỷ đồng, tăng 32% so với năm 2022, trong đó doanh thu từ khách du lịch chiếm 68%. Riêng 6 tháng đầu năm 2024, doanh thu ước đạt 148 tỷ đồng, bằng 55,8% cả năm 2023.

Ông Nguyễn Văn Tám, chủ cơ sở Trầm hương Tám Phú Quốc (số 125 đường 30/4, phường Dương Đông) cho biết, mỗi tháng cơ sở bán ra khoảng 40 kg trầm miếng và hơn 2.000 vòng tay trầm. Giá trầm miếng từ 2 triệu đến 80 triệu đồng/kg, vòng tay trầm từ 500.000 đồng đến 20 triệu đồng/chiếc tùy loại.

Theo ông Tám, khó khăn lớn nhất là nguồn nguyên liệu: gần 70% trầm nguyên liệu phải nhập từ Khánh Hòa, Bình Phước và Campuchia, trong khi hàng giả, hàng kém chất lượng vẫn trôi nổi ở các chợ đêm.

Thành phố đặt mục tiêu đến năm 2025 có 5 sản phẩm trầm hương đạt chuẩn OCOP, phát triển thêm 2 điểm du lịch trải nghiệm nghề trầm, nâng doanh thu ngành trầm lên 400 tỷ đồng/năm.

THU HÀ
15/08/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở sản xuất, kinh doanh trầm hương"),
    F("gần 600 lao động", "600", 600, "count", "lao động", "lao động trong các cơ sở trầm hương", approx="nearly"),
    F("từ 7 đến 12 triệu đồng/người/tháng", "7", 7e6, "money", "đồng/người/tháng", "mức thu nhập của lao động", value_max=12e6),
    F("khoảng 380 ha", "380", 380, "measure", "ha", "diện tích trồng dó bầu", approx="about"),
    F("khoảng 9,5 tấn", "9,5", 9.5, "measure", "tấn", "trầm các loại tiêu thụ", Y23, approx="about"),
    F("đạt 265 tỷ đồng", "265", 265e9, "money", "đồng", "doanh thu trầm hương", Y23, change=CH("increase", 32, "%", "năm 2022")),
    F("chiếm 68%", "68", 68, "percent", "%", "doanh thu từ khách du lịch", Y23),
    F("ước đạt 148 tỷ đồng", "148", 148e9, "money", "đồng", "doanh thu trầm hương", H1, percent=55.8, status="estimate"),
    F("khoảng 40 kg", "40", 40, "measure", "kg", "trầm miếng cơ sở bán ra mỗi tháng", approx="about"),
    F("hơn 2.000 vòng", "2.000", 2000, "count", "vòng tay trầm", "vòng tay trầm cơ sở bán ra mỗi tháng", approx="over"),
    F("từ 2 triệu đến 80 triệu đồng/kg", "2", 2e6, "money", "đồng/kg", "giá trầm miếng", value_max=80e6),
    F("từ 500.000 đồng", "500.000", 500000, "money", "đồng/chiếc", "giá vòng tay trầm", value_max=20e6),
    F("gần 70%", "70", 70, "percent", "%", "trầm nguyên liệu phải nhập từ Khánh Hòa, Bình Phước và Campuchia", approx="nearly"),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm trầm hương đạt chuẩn OCOP", T25, status="target"),
    F("thêm 2 điểm", "2", 2, "count", "điểm du lịch", "điểm du lịch trải nghiệm nghề trầm", T25, status="target"),
    F("lên 400 tỷ đồng/năm", "400", 400e9, "money", "đồng/năm", "doanh thu ngành trầm", T25, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Kiên Giang, '(BKG)' tag, byline and bare date at the end): trầm hương trade and tourism in thành phố Phú Quốc.",
    "Location: Phú Quốc (a city) for every figure; Khánh Hòa, Bình Phước and Campuchia are sources of raw material, not the figure's place.",
    "'doanh thu từ khách du lịch chiếm 68%' is a share of a part that has no number: a percent figure of its own (not the percent of 265 tỷ).",
    "'bằng 55,8% cả năm 2023' is the percent of 148 tỷ. 'từ 500.000 đồng đến 20 triệu đồng/chiếc': range, unit đồng/chiếc.",
    "Not figures: 'Nguyễn Văn Tám', 'Trầm hương Tám Phú Quốc' (names), 'số 125 đường 30/4' (address, road name with a date), 'Những năm gần đây'.",
]

if __name__ == "__main__":
    emit("p761-5", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Phú Quốc")
