"""p789-2: district portal (huyện Thanh Oai, Hà Nội), làng miến Cự Đà."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH OAI
Trang chủ / Kinh tế - Xã hội / Nông nghiệp - Nông thôn
Thứ Năm, 18/05/2023 - 10:20

Làng miến Cự Đà giữ nghề, vươn ra thị trường

Làng Cự Đà (xã Cự Khê) được UBND thành phố công nhận làng nghề truyền thống theo Quyết định số 2145/QĐ-UBND, hiện có 68 hộ sản xuất miến dong và 25 hộ làm bún khô, mì gạo. Năm 2022, làng sản xuất khoảng 3.500 tấn miến các loại, giảm 8% so với năm 2021 do giá tinh bột dong riềng tăng cao; giá trị sản xuất đạt gần 210 tỷ đồng.

Nguyên liệu chủ yếu được nhập từ Bắc Kạn, Lạng Sơn và Điện Biên. Giá tinh bột dong hiện ở mức 22.000-24.000 đồng/kg, cao hơn khoảng 15% so với đầu năm. Miến dong thành phẩm bán buôn 55.000 đồng/kg, loại đặc biệt lên tới 80.000 đồng/kg.

Quý I/2023, các hộ sản xuất được 940 tấn miến, bằng 105% cùng kỳ; trong đó lượng miến xuất khẩu sang Hàn Quốc, Nhật Bản và Đài Loan đạt 120 tấn.

Nghề miến thu hút khoảng 600 lao động, trong đó trên 200 người đến từ các xã lân cận, tiền công từ 250.000 đến 300.000 đồng/người/ngày. Huyện đã có 5 sản phẩm miến, bún khô đạt OCOP từ 3 sao trở lên.

Năm 2023, huyện đặt mục tiêu sản lượng miến của làng đạt 3.800 tấn, 100% hộ sản xuất ký cam kết bảo đảm an toàn thực phẩm. Dự kiến cụm công nghiệp làng nghề Cự Khê rộng 12,5 ha sẽ bố trí mặt bằng cho khoảng 40 hộ, giúp đưa các lò sấy ra khỏi khu dân cư dọc đường liên xã 71.

Hoàng Lan - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Q1 = period("Quý I/2023", "2023-01-01", "2023-03-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
L = "Thanh Oai"

FIGS = [
    F("có 68 hộ", "68", 68, "count", "hộ", "hộ sản xuất miến dong", location=L),
    F("và 25 hộ", "25", 25, "count", "hộ", "hộ làm bún khô, mì gạo", location=L),
    F("khoảng 3.500 tấn", "3.500", 3500, "measure", "tấn", "miến các loại sản xuất", approx="about",
      change=change("decrease", 8, "%", "năm 2021"), period=Y22, location=L),
    F("gần 210 tỷ đồng", "210", 210e9, "money", "đồng", "giá trị sản xuất", approx="nearly", period=Y22, location=L),
    F("mức 22.000-24.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá tinh bột dong", value_max=24000,
      change=change("increase", 15, "%", "đầu năm", approx="about"), location=L),
    F("bán buôn 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá bán buôn miến dong thành phẩm", location=L),
    F("lên tới 80.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá miến dong loại đặc biệt", location=L),
    F("được 940 tấn", "940", 940, "measure", "tấn", "miến sản xuất", percent=105, period=Q1, location=L),
    F("đạt 120 tấn", "120", 120, "measure", "tấn", "miến xuất khẩu", total=940, period=Q1, location=L),
    F("khoảng 600 lao động", "600", 600, "count", "lao động", "lao động nghề miến", approx="about", location=L),
    F("trên 200 người", "200", 200, "count", "người", "lao động đến từ các xã lân cận", approx="over", total=600, location=L),
    F("từ 250.000 đến 300.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày", "tiền công lao động nghề miến",
      value_max=300000, location=L),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm miến, bún khô đạt OCOP từ 3 sao trở lên", location=L),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", approx="at_least", optional=True, location=L),
    F("đạt 3.800 tấn", "3.800", 3800, "measure", "tấn", "sản lượng miến của làng", status="target", period=Y23, location=L),
    F("100% hộ sản xuất", "100", 100, "percent", "%", "hộ sản xuất ký cam kết bảo đảm an toàn thực phẩm",
      status="target", period=Y23, location=L),
    F("rộng 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích cụm công nghiệp làng nghề Cự Khê", status="forecast",
      period=inherit(Y23), location=L),
    F("khoảng 40 hộ", "40", 40, "count", "hộ", "hộ được bố trí mặt bằng trong cụm công nghiệp làng nghề",
      approx="about", status="forecast", period=inherit(Y23), location=L),
]

COMMENTS = [
    "Cổng TTĐT huyện Thanh Oai (district portal): làng miến Cự Đà (xã Cự Khê), 2022 output, Q1/2023, 2023 targets. Hà Nội is only 'thành phố'.",
    "All figures are the village's: location Thanh Oai. Source provinces (Bắc Kạn ...) and export markets are not places of the figures.",
    "'bằng 105% cùng kỳ' is the share of 940 tấn; 'cao hơn khoảng 15% so với đầu năm' is the change of the price range.",
    "The labour paragraph has no period phrase (no period). 'Dự kiến' governs 12,5 ha and 40 hộ (forecast); they inherit the paragraph's 'Năm 2023'.",
    "Distractors: Quyết định số 2145/QĐ-UBND, đường liên xã 71, Thứ Năm, 18/05/2023 - 10:20.",
]

write("p789-2", TEXT, FIGS, COMMENTS, published="2023-05-18", location=L)
