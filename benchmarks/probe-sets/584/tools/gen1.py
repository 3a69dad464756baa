"""p584-1: Quảng Trị province portal — ERPA forest-carbon payments (as of 31/5/2024)."""
from lib import emit, fig, period, inh, change

TEXT = """Cổng thông tin điện tử tỉnh Quảng Trị
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Quảng Trị nhận hơn 94 tỷ đồng tiền chi trả giảm phát thải khí nhà kính từ rừng
Cập nhật: 18/06/2024 14:20 | Lượt xem: 3.108

Theo Quỹ Bảo vệ và Phát triển rừng tỉnh, tính đến ngày 31/5/2024, Quảng Trị đã nhận 94,62 tỷ đồng tiền chi trả cho kết quả giảm phát thải khí nhà kính theo Thỏa thuận chi trả giảm phát thải vùng Bắc Trung Bộ (ERPA). Trong đó, số tiền nhận trong năm 2022 và năm 2023 lần lượt là 41,2 tỷ đồng và 53,42 tỷ đồng. Số tiền này được chi trả cho 235.410 ha rừng, trong đó rừng tự nhiên 139.820 ha, rừng trồng 95.590 ha.

Đối tượng được hưởng gồm 9 chủ rừng là tổ chức, 147 cộng đồng dân cư thôn và 3.862 hộ gia đình, cá nhân. Mức chi trả bình quân cho chủ rừng là tổ chức khoảng 216.000 đồng/ha/năm; cho cộng đồng, hộ gia đình từ 300.000 đến 350.000 đồng/ha/năm. Về địa bàn, số tiền chi trả lớn nhất thuộc huyện Hướng Hóa (28,4 tỷ đồng), tiếp đến là Đakrông (21,7 tỷ đồng) và Gio Linh (9,2 tỷ đồng).

Năm 2024, tỉnh dự kiến giải ngân 62,3 tỷ đồng, trong đó chi cho các chủ rừng 51,8 tỷ đồng (chiếm 83,1%), chi quản lý và hoạt động hỗ trợ 10,5 tỷ đồng. Tính đến hết quý I/2024, toàn tỉnh đã giải ngân 31,47 tỷ đồng, đạt 50,5% kế hoạch năm.

Nhờ nguồn kinh phí này, năm 2023 các chủ rừng đã tổ chức 5.140 lượt tuần tra, bảo vệ rừng, tăng 18,6% so với năm 2022; diện tích rừng bị thiệt hại giảm còn 12,4 ha.

Theo ERPA ký năm 2020 giữa Bộ NN&PTNT và Ngân hàng Thế giới, Việt Nam chuyển nhượng 10,3 triệu tấn CO2 giảm phát thải giai đoạn 2018-2024 với đơn giá 5 USD/tấn, tương ứng 51,5 triệu USD.

Mọi thông tin xin liên hệ Quỹ Bảo vệ và Phát triển rừng tỉnh, số 28 Hùng Vương, TP Đông Hà; điện thoại 0233.3856.214.
"""

ASOF = period("tính đến ngày 31/5/2024", end="2024-05-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = period("Tính đến hết quý I/2024", end="2024-03-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
GD = period("giai đoạn 2018-2024", "2018-01-01", "2024-12-31")
PAY = "tiền chi trả cho kết quả giảm phát thải khí nhà kính"

FIGS = [
    fig("nhận hơn 94 tỷ đồng", "94", 94e9, "money", "đồng", "tiền chi trả giảm phát thải khí nhà kính từ rừng",
        inh(ASOF), approx="over"),
    fig("đã nhận 94,62 tỷ đồng", "94,62", 94.62e9, "money", "đồng", PAY, ASOF),
    fig("là 41,2 tỷ đồng", "41,2", 41.2e9, "money", "đồng", "số tiền chi trả nhận trong năm", 
        period("năm 2022", "2022-01-01", "2022-12-31"), total=94.62e9),
    fig("và 53,42 tỷ đồng", "53,42", 53.42e9, "money", "đồng", "số tiền chi trả nhận trong năm",
        period("năm 2023", "2023-01-01", "2023-12-31"), total=94.62e9),
    fig("cho 235.410 ha rừng", "235.410", 235410, "measure", "ha", "diện tích rừng được chi trả", inh(ASOF)),
    fig("tự nhiên 139.820 ha", "139.820", 139820, "measure", "ha", "rừng tự nhiên được chi trả", inh(ASOF),
        total=235410),
    fig("rừng trồng 95.590 ha", "95.590", 95590, "measure", "ha", "rừng trồng được chi trả", inh(ASOF), total=235410),
    fig("gồm 9 chủ rừng", "9", 9, "count", "chủ rừng", "chủ rừng là tổ chức được hưởng"),
    fig("147 cộng đồng", "147", 147, "count", "cộng đồng", "cộng đồng dân cư thôn được hưởng"),
    fig("3.862 hộ gia đình", "3.862", 3862, "count", "hộ gia đình", "hộ gia đình, cá nhân được hưởng"),
    fig("khoảng 216.000 đồng/ha/năm", "216.000", 216000, "money", "đồng/ha/năm",
        "mức chi trả bình quân cho chủ rừng là tổ chức", approx="about"),
    fig("từ 300.000 đến 350.000", "300.000", 300000, "money", "đồng/ha/năm",
        "mức chi trả bình quân cho cộng đồng, hộ gia đình", value_max=350000),
    fig("Hướng Hóa (28,4 tỷ đồng)", "28,4", 28.4e9, "money", "đồng", "số tiền chi trả", inh(ASOF),
        location="Hướng Hóa"),
    fig("Đakrông (21,7 tỷ đồng)", "21,7", 21.7e9, "money", "đồng", "số tiền chi trả", inh(ASOF), location="Đakrông"),
    fig("Gio Linh (9,2 tỷ đồng)", "9,2", 9.2e9, "money", "đồng", "số tiền chi trả", inh(ASOF), location="Gio Linh"),
    fig("giải ngân 62,3 tỷ đồng", "62,3", 62.3e9, "money", "đồng", "kinh phí giải ngân", Y24, status="forecast"),
    fig("chủ rừng 51,8 tỷ đồng", "51,8", 51.8e9, "money", "đồng", "kinh phí chi cho các chủ rừng", Y24,
        total=62.3e9, percent=83.1, status="forecast"),
    fig("hỗ trợ 10,5 tỷ đồng", "10,5", 10.5e9, "money", "đồng", "kinh phí chi quản lý và hoạt động hỗ trợ", Y24,
        total=62.3e9, status="forecast"),
    fig("giải ngân 31,47 tỷ đồng", "31,47", 31.47e9, "money", "đồng", "kinh phí đã giải ngân", Q1, percent=50.5),
    fig("5.140 lượt", "5.140", 5140, "count", "lượt", "lượt tuần tra, bảo vệ rừng", Y23,
        change=change("increase", 18.6, baseline="năm 2022")),
    fig("còn 12,4 ha", "12,4", 12.4, "measure", "ha", "diện tích rừng bị thiệt hại", Y23),
    fig("10,3 triệu tấn CO2", "10,3", 10.3e6, "measure", "tấn CO2", "lượng CO2 giảm phát thải chuyển nhượng theo ERPA",
        GD, location="Việt Nam"),
    fig("đơn giá 5 USD/tấn", "5", 5, "money", "USD/tấn", "đơn giá chuyển nhượng", GD, location="Việt Nam"),
    fig("tương ứng 51,5 triệu USD", "51,5", 51.5e6, "money", "USD", "giá trị chuyển nhượng theo ERPA", GD,
        location="Việt Nam"),
]

COMMENTS = [
    "Quảng Trị province portal: ERPA forest-carbon payments received and disbursed (as of 31/5/2024), plan 2024.",
    "Distractors: Lượt xem 3.108, dates, quý I/2024 as as-of, 'ký năm 2020', 'giai đoạn 2018-2024', CO2, số 28 Hùng Vương, phone.",
    "District items in brackets (Hướng Hóa …) follow no cue and do not add up to 94,62 tỷ: no total; location = district.",
    "'gồm 9 chủ rừng …' has no whole figure before the cue: no total. 'tương ứng 51,5 triệu USD' is an equivalent amount: own figure.",
    "'Trong đó … năm 2022 và năm 2023 lần lượt là 41,2 … và 53,42 tỷ đồng' (sum 94,62): total, each its own year.",
    "The ERPA sentence speaks of the national contract: location Việt Nam.",
]

if __name__ == "__main__":
    emit("p584-1", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Quảng Trị")
