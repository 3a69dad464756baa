from lib import F, P, CH, TG, build

ART = """Tiền bán tín chỉ carbon rừng đã về tới chủ rừng
Thứ năm, 22/8/2024, 15:40 (GMT+7)

Giai đoạn 2018-2019, Việt Nam đã chuyển nhượng 10,3 triệu tấn CO2 giảm phát thải từ rừng vùng Bắc Trung Bộ cho Ngân hàng Thế giới theo Thỏa thuận chi trả giảm phát thải (ERPA), với đơn giá 5 USD/tấn, thu về 51,5 triệu USD (khoảng 1.250 tỷ đồng).

Theo Bộ Nông nghiệp và Phát triển nông thôn, sau khi trừ chi phí quản lý, số tiền này đã được chuyển về 6 tỉnh gồm Thanh Hóa 205,8 tỷ đồng, Nghệ An 298,4 tỷ đồng, Hà Tĩnh 143,1 tỷ đồng, Quảng Bình 226,7 tỷ đồng, Quảng Trị 123,9 tỷ đồng và Thừa Thiên Huế 150,6 tỷ đồng. Theo Nghị định số 107/2022/NĐ-CP, 95% số tiền các tỉnh nhận được phải chi trả cho chủ rừng và các bên tham gia.

Tại Nghệ An, tiền ERPA được chi trả cho hơn 1.100 cộng đồng và 1.520 hộ gia đình nhận khoán bảo vệ khoảng 710.000 ha rừng tự nhiên; mức chi trả bình quân năm 2023 là 432.000 đồng/ha. Ông Lê Văn Hùng, Trưởng bản Huồi Tụ (xã Huồi Tụ, huyện Kỳ Sơn), cho biết bản nhận được gần 180 triệu đồng, dùng để làm 2 km đường bê tông và mua cây giống.

Bộ cũng cho biết tiềm năng tín chỉ carbon rừng của cả nước ước khoảng 57 triệu tấn CO2 mỗi năm. Dự kiến trong quý IV/2024, Việt Nam sẽ ký thỏa thuận chuyển nhượng 4,5 triệu tín chỉ carbon rừng vùng Tây Nguyên và Nam Trung Bộ cho Tổ chức LEAF với giá 10 USD/tín chỉ, tương đương 45 triệu USD. Mỗi tín chỉ tương ứng với 1 tấn CO2 được giảm phát thải.

Gia Chính
"""

GD = P("Giai đoạn 2018-2019", "2018-01-01", "2019-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
TT = "tiền chi trả giảm phát thải (ERPA) chuyển về tỉnh"

FIGS = [
    F("chuyển nhượng 10,3 triệu tấn", "10,3", 10300000, "measure", "tấn CO2",
      "CO2 giảm phát thải từ rừng vùng Bắc Trung Bộ chuyển nhượng cho Ngân hàng Thế giới", period=GD),
    F("đơn giá 5 USD/tấn", "5", 5, "money", "USD/tấn", "đơn giá chuyển nhượng giảm phát thải", period=GD),
    F("thu về 51,5 triệu USD", "51,5", 51500000, "money", "USD", "tiền thu về từ chuyển nhượng giảm phát thải", period=GD),
    F("(khoảng 1.250 tỷ đồng)", "1.250", 1250000000000, "money", "đồng", "tiền thu về từ chuyển nhượng giảm phát thải",
      approx="about", period=GD),
    F("chuyển về 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh nhận tiền chi trả giảm phát thải"),
    F("Thanh Hóa 205,8 tỷ", "205,8", 205800000000, "money", "đồng", TT, loc="Thanh Hóa"),
    F("Nghệ An 298,4 tỷ", "298,4", 298400000000, "money", "đồng", TT, loc="Nghệ An"),
    F("Hà Tĩnh 143,1 tỷ", "143,1", 143100000000, "money", "đồng", TT, loc="Hà Tĩnh"),
    F("Quảng Bình 226,7 tỷ", "226,7", 226700000000, "money", "đồng", TT, loc="Quảng Bình"),
    F("Quảng Trị 123,9 tỷ", "123,9", 123900000000, "money", "đồng", TT, loc="Quảng Trị"),
    F("Thừa Thiên Huế 150,6 tỷ", "150,6", 150600000000, "money", "đồng", TT, loc="Thừa Thiên Huế"),
    F("CP, 95% số tiền", "95", 95, "percent", "%", "số tiền các tỉnh nhận được phải chi trả cho chủ rừng và các bên tham gia"),
    F("hơn 1.100 cộng đồng", "1.100", 1100, "count", "cộng đồng", "cộng đồng được chi trả tiền ERPA", approx="over",
      loc="Nghệ An"),
    F("1.520 hộ gia đình", "1.520", 1520, "count", "hộ gia đình", "hộ gia đình nhận khoán bảo vệ rừng được chi trả tiền ERPA",
      loc="Nghệ An"),
    F("khoảng 710.000 ha", "710.000", 710000, "measure", "ha", "rừng tự nhiên nhận khoán bảo vệ", approx="about",
      loc="Nghệ An"),
    F("là 432.000 đồng/ha", "432.000", 432000, "money", "đồng/ha", "mức chi trả bình quân",
      period=P("năm 2023", "2023-01-01", "2023-12-31"), loc="Nghệ An"),
    F("gần 180 triệu đồng", "180", 180000000, "money", "đồng", "tiền ERPA bản Huồi Tụ nhận được", approx="nearly",
      loc="Kỳ Sơn"),
    F("làm 2 km đường", "2", 2, "measure", "km", "đường bê tông làm từ tiền ERPA", loc="Kỳ Sơn"),
    F("ước khoảng 57 triệu tấn", "57", 57000000, "measure", "tấn CO2", "tiềm năng tín chỉ carbon rừng của cả nước",
      approx="about", status="estimate"),
    F("chuyển nhượng 4,5 triệu tín chỉ", "4,5", 4500000, "count", "tín chỉ carbon",
      "tín chỉ carbon rừng vùng Tây Nguyên và Nam Trung Bộ chuyển nhượng cho Tổ chức LEAF", status="forecast", period=Q4),
    F("giá 10 USD/tín chỉ", "10", 10, "money", "USD/tín chỉ", "giá chuyển nhượng tín chỉ carbon cho Tổ chức LEAF",
      status="forecast", period=Q4),
    F("tương đương 45 triệu USD", "45", 45000000, "money", "USD", "giá trị chuyển nhượng tín chỉ carbon cho Tổ chức LEAF",
      status="forecast", period=Q4),
    F("với 1 tấn CO2", "1", 1, "measure", "tấn CO2", "tín chỉ tương ứng", opt=True),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 22/8/2024, 15:40 (GMT+7)', byline at the end): forest carbon credits (ERPA),",
    "payments to six North-Central provinces, Nghệ An detail, national potential, a planned LEAF deal.",
    "Distractors: '(GMT+7)', 'Nghị định số 107/2022/NĐ-CP', 'CO2', 'quý IV/2024', 'Giai đoạn 2018-2019', a person and a village.",
    "The ERPA transfer is made by Việt Nam (national figures) though the forests are in one region; no region-level locations.",
    "'(khoảng 1.250 tỷ đồng)' restates the USD amount in đồng: a money figure of its own (cf. h01 'tương đương 1,488 triệu hồ sơ').",
    "Province list after '6 tỉnh gồm': each amount has the province as location; no total (the whole after 'gồm' is a count",
    "of provinces, not money). Village money: location the district Kỳ Sơn (named). 'ước khoảng' = estimate + about.",
    "'Dự kiến … quý IV/2024' governs the whole LEAF sentence (forecast), incl. 'tương đương 45 triệu USD' (a money figure, not a share).",
    "'1 tấn CO2' per credit is a definition: optional. Nghệ An counts state no period (the 'năm 2023' stands in a later clause of",
    "the rate), so they carry none.",
]

build(2, ART, FIGS, COMMENTS, published="2024-08-22", location="Việt Nam")
