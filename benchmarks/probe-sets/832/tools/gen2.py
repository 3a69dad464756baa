"""p832-2: district portal of Tu Mơ Rông (Kon Tum) — sâm Ngọc Linh planting in 2023, accumulated area, prices, 2024 plan."""
from lib import F, P, Y, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TU MƠ RÔNG - TỈNH KON TUM
Tin tức > Kinh tế - Nông nghiệp
Thứ Năm, 14/03/2024 - 16:05

Xã Măng Ri trồng mới 25 ha sâm Ngọc Linh trong năm 2023

Năm 2023, toàn huyện trồng mới được 86,5 ha sâm Ngọc Linh dưới tán rừng, đạt 108% kế hoạch; trong đó xã Măng Ri trồng mới 25 ha, xã Ngọc Lây 18 ha, xã Tê Xăng 15,5 ha.

Lũy kế đến cuối năm 2023, diện tích sâm Ngọc Linh toàn huyện đạt 682 ha, với khoảng 1.240 hộ tham gia, bình quân mỗi hộ có từ 3.000 đến 5.000 cây sâm. Trong tổng diện tích, 410 ha đã cho thu hoạch.

Giá sâm Ngọc Linh tại các điểm thu mua ở Km 25 đường Trường Sơn Đông và trung tâm xã Măng Ri hiện từ 60 đến 100 triệu đồng/kg tùy loại; lá và hoa sâm có giá khoảng 8 triệu đồng/kg. Năm 2023, tổng giá trị thu được từ cây sâm trên địa bàn huyện ước đạt 245 tỷ đồng, chiếm 41,5% giá trị sản xuất nông, lâm nghiệp.

Năm 2024, huyện phấn đấu trồng mới 90 ha, trong đó 40 ha do người dân tự đầu tư. Để hỗ trợ người dân, huyện đã phân bổ 4,2 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số theo Quyết định số 1719/QĐ-TTg, hỗ trợ 50% chi phí giống, tối đa 30 triệu đồng/hộ. Ngày 05/3, Ban Quản lý rừng phòng hộ Tu Mơ Rông đã ký cam kết bảo vệ rừng với 12 cộng đồng dân cư thôn.

A Vin - Phòng Nông nghiệp và PTNT huyện
Địa chỉ: Trung tâm hành chính huyện Tu Mơ Rông, tỉnh Kon Tum. Điện thoại: 0260.3881.234
"""

Y23 = Y(2023)
EOY23 = P("Lũy kế đến cuối năm 2023", None, "2023-12-31")
Y24 = Y(2024)
NEW = "diện tích sâm Ngọc Linh trồng mới"

FIGS = [
    F("Măng Ri trồng mới 25 ha sâm", "25", 25, "measure", "ha", NEW, period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("trồng mới được 86,5 ha", "86,5", 86.5, "measure", "ha", NEW, percent=108, period=Y23),
    F("Măng Ri trồng mới 25 ha,", "25", 25, "measure", "ha", NEW, total=86.5, period=Y23),
    F("Ngọc Lây 18 ha", "18", 18, "measure", "ha", NEW, total=86.5, period=Y23),
    F("Tê Xăng 15,5 ha", "15,5", 15.5, "measure", "ha", NEW, total=86.5, period=Y23),
    F("huyện đạt 682 ha", "682", 682, "measure", "ha", "diện tích sâm Ngọc Linh", period=EOY23),
    F("khoảng 1.240 hộ", "1.240", 1240, "count", "hộ", "hộ tham gia trồng sâm", approx="about", period=EOY23),
    F("từ 3.000 đến 5.000 cây sâm", "3.000", 3000, "measure", "cây sâm/hộ", "cây sâm bình quân mỗi hộ",
      value_max=5000, period=EOY23),
    F("410 ha đã cho thu hoạch", "410", 410, "measure", "ha", "diện tích sâm đã cho thu hoạch", total=682,
      period={**EOY23, "inherited": True}),
    F("từ 60 đến 100 triệu đồng/kg", "60", 60e6, "money", "đồng/kg", "giá sâm Ngọc Linh", value_max=100e6),
    F("khoảng 8 triệu đồng/kg", "8", 8e6, "money", "đồng/kg", "giá lá và hoa sâm", approx="about"),
    F("ước đạt 245 tỷ đồng", "245", 245e9, "money", "đồng", "tổng giá trị thu được từ cây sâm", percent=41.5,
      status="estimate", period=Y23),
    F("phấn đấu trồng mới 90 ha", "90", 90, "measure", "ha", NEW, status="target", period=Y24),
    F("trong đó 40 ha", "40", 40, "measure", "ha", "diện tích trồng mới do người dân tự đầu tư", total=90,
      status="target", period=Y24),
    F("phân bổ 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "vốn hỗ trợ trồng sâm", period=Y(2024, inherited=True)),
    F("hỗ trợ 50% chi phí giống", "50", 50, "percent", "%", "mức hỗ trợ chi phí giống", period=Y(2024, inherited=True)),
    F("tối đa 30 triệu đồng/hộ", "30", 30e6, "money", "đồng/hộ", "mức hỗ trợ chi phí giống mỗi hộ", approx="at_most",
      period=Y(2024, inherited=True)),
    F("với 12 cộng đồng", "12", 12, "count", "cộng đồng dân cư thôn", "cộng đồng dân cư thôn ký cam kết bảo vệ rừng"),
]

NOTES = [
    "Cổng TTĐT huyện Tu Mơ Rông (invented): sâm Ngọc Linh 2023; dateline 'Thứ Năm, 14/03/2024 - 16:05', byline and footer at the end.",
    "Distractors: 'Km 25 đường Trường Sơn Đông' (a place), Quyết định số 1719/QĐ-TTg, 'Ngày 05/3', phone 0260.3881.234, time 16:05.",
    "Commune figures (Măng Ri, Ngọc Lây, Tê Xăng) keep the district as location (a commune is not a province, city or district).",
    "Headline 25 ha and body 25 ha are two mentions, two figures. 'bình quân mỗi hộ có 3.000-5.000 cây' is a rate (measure, cây sâm/hộ).",
    "'Trong tổng diện tích, 410 ha' is a part of the 682 ha. 'trong đó 40 ha' continues the target clause. 'hiện' gives no period.",
]

write(2, TEXT, FIGS, NOTES, published="2024-03-14", location="Tu Mơ Rông")
