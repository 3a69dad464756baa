"""p1050-2: huyện Tiền Hải (Thái Bình) district portal, crab farming mixed in shrimp ponds at xã Nam Thịnh."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIỀN HẢI
Tin tức - Sự kiện > Kinh tế - Nông nghiệp
Thứ Ba, 14/05/2024 - 10:20

Xã Nam Thịnh nhân rộng mô hình nuôi cua xen ghép trong ao tôm

Những năm gần đây, nuôi cua biển xen ghép với tôm sú, tôm thẻ chân trắng trở thành hướng đi hiệu quả của nông dân xã Nam Thịnh. Toàn xã hiện có 87 hộ nuôi cua trên diện tích 126 ha ao đầm, tăng 18 hộ so với năm 2022. Toàn huyện Tiền Hải có khoảng 420 ha nuôi cua, tập trung ở các xã Nam Thịnh, Nam Phú, Đông Long.

Năm 2023, các hộ thả khoảng 1,4 triệu con cua giống cỡ 1,5-2 cm, mật độ từ 0,5 đến 0,8 con/m2. Sau 4-5 tháng nuôi, tỷ lệ sống đạt trên 45%, cua đạt trọng lượng 300-400 g/con. Tổng sản lượng cua thu hoạch năm 2023 đạt 98,6 tấn, giá bán bình quân 230.000 đồng/kg, doanh thu gần 22,7 tỷ đồng.

Theo tính toán của các hộ, sau khi trừ chi phí, nuôi xen ghép cho lãi từ 90 đến 110 triệu đồng/ha/năm, gấp 2,5 lần so với nuôi tôm đơn. Điển hình như gia đình ông Phạm Văn Năm ở thôn 3 nuôi 2,8 ha, năm 2023 thu lãi hơn 300 triệu đồng.

Năm 2024, xã phấn đấu mở rộng diện tích nuôi cua lên 150 ha, sản lượng đạt trên 120 tấn. Theo Quyết định số 1520/QĐ-UBND của UBND huyện, các hộ tham gia mô hình được hỗ trợ 30% chi phí con giống, tối đa 20 triệu đồng/hộ. Đây là lần thứ 2 huyện hỗ trợ con giống cho nông dân nuôi cua.

Ngọc Ánh - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hiện có 87 hộ", "87", 87, "count", "hộ", "hộ nuôi cua xã Nam Thịnh",
      change=C("increase", 18, "hộ", "năm 2022")),
    F("diện tích 126 ha", "126", 126, "measure", "ha", "diện tích ao đầm nuôi cua xã Nam Thịnh"),
    F("khoảng 420 ha", "420", 420, "measure", "ha", "diện tích nuôi cua toàn huyện", approx="about"),
    F("khoảng 1,4 triệu con", "1,4", 1.4e6, "count", "con cua giống", "cua giống các hộ thả",
      approx="about", period=Y23),
    F("cỡ 1,5-2 cm", "1,5", 1.5, "measure", "cm", "cỡ cua giống thả", value_max=2, period=Y23, optional=True),
    F("từ 0,5 đến 0,8 con/m2", "0,5", 0.5, "measure", "con/m2", "mật độ thả cua giống",
      value_max=0.8, period=Y23),
    F("Sau 4-5 tháng nuôi", "4", 4, "measure", "tháng", "thời gian nuôi cua", value_max=5, optional=True),
    F("đạt trên 45%", "45", 45, "percent", "%", "tỷ lệ sống của cua nuôi", approx="over", period=I(Y23)),
    F("300-400 g/con", "300", 300, "measure", "g/con", "trọng lượng cua thu hoạch", value_max=400, period=I(Y23)),
    F("đạt 98,6 tấn", "98,6", 98.6, "measure", "tấn", "tổng sản lượng cua thu hoạch",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("bình quân 230.000 đồng/kg", "230.000", 230000, "money", "đồng/kg", "giá bán cua bình quân",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 22,7 tỷ đồng", "22,7", 22.7e9, "money", "đồng", "doanh thu từ cua", approx="nearly",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 90 đến 110 triệu đồng/ha/năm", "90", 90e6, "money", "đồng/ha/năm", "lãi nuôi cua xen ghép",
      value_max=110e6, change=C("increase", 2.5, "lần", "nuôi tôm đơn")),
    F("nuôi 2,8 ha", "2,8", 2.8, "measure", "ha", "diện tích nuôi của gia đình ông Phạm Văn Năm"),
    F("lãi hơn 300 triệu đồng", "300", 300e6, "money", "đồng", "lãi của gia đình ông Phạm Văn Năm",
      approx="over", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 150 ha", "150", 150, "measure", "ha", "diện tích nuôi cua xã Nam Thịnh", status="target", period=Y24),
    F("trên 120 tấn", "120", 120, "measure", "tấn", "sản lượng cua xã Nam Thịnh", approx="over",
      status="target", period=Y24),
    F("hỗ trợ 30% chi phí", "30", 30, "percent", "%", "mức hỗ trợ chi phí con giống"),
    F("tối đa 20 triệu đồng/hộ", "20", 20e6, "money", "đồng/hộ", "mức hỗ trợ con giống tối đa mỗi hộ",
      approx="at_most"),
]

NOTES = [
    "Tiền Hải district portal (Thái Bình): crab farming mixed into shrimp ponds, xã Nam Thịnh, 2023 results and 2024 plans.",
    "Location is the district Tiền Hải (Nam Thịnh lies in it). Dateline 'Thứ Ba, 14/05/2024 - 10:20'.",
    "Not figures: 'thôn 3', 'ông Phạm Văn Năm', 'Quyết định số 1520/QĐ-UBND', 'lần thứ 2' (ordinal), the dateline.",
    "Seed size '1,5-2 cm' and the grow-out time '4-5 tháng' describe the method (optional).",
    "'gấp 2,5 lần so với nuôi tôm đơn' follows the profit range after a comma: a change in lần of that figure.",
    "Sentences of the 2023 paragraph without their own period phrase inherit 'Năm 2023'.",
]

write("p1050-2", TEXT, FIGS, NOTES, published="2024-05-14", location="Tiền Hải")
