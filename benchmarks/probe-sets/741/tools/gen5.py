from lib import *

TEXT = """Ninh Thuận: Cây thuốc lá giúp nông dân vùng khô hạn tăng thu nhập

Vụ Đông Xuân 2023-2024, toàn tỉnh gieo trồng 1.912 ha thuốc lá, tăng 42 ha so với vụ trước, gồm các huyện Ninh Sơn (1.105 ha), Bác Ái (396 ha), Ninh Phước (254 ha) và Thuận Bắc (157 ha). Đến cuối tháng 4/2024, nông dân đã thu hoạch 1.780 ha, chiếm 93,1% diện tích.

Năng suất bình quân đạt 2,6 tấn lá khô/ha, có hộ đạt trên 3 tấn/ha. Công ty TNHH Nguyên liệu Thuốc lá Nam hiện đầu tư, bao tiêu trên 1.300 ha cho hơn 1.100 hộ, giá mua lá khô từ 48.000 đến 62.000 đồng/kg tùy phẩm cấp, bình quân 55.200 đồng/kg, tăng 9% so với vụ trước.

Ông Pi-năng Tài ở thôn Ma Ty, xã Phước Đại, huyện Bác Ái cho biết, gia đình trồng 1,2 ha, thu được 3,1 tấn lá khô, trừ chi phí còn lãi gần 70 triệu đồng. Theo ngành nông nghiệp, trồng thuốc lá cho lợi nhuận bình quân 60-75 triệu đồng/ha. Mức lợi nhuận này gấp 2 đến 2,5 lần so với trồng bắp trên cùng chân đất. Cây thuốc lá đã giúp nhiều hộ đồng bào Raglai có việc làm ổn định.

Tuy nhiên, giá củi sấy vụ này tăng khoảng 15% khiến chi phí sản xuất tăng theo. Ngành chức năng khuyến cáo nông dân chuyển sang lò sấy dùng than đá, viên nén sinh khối để giảm chi phí. Năm 2024, tỉnh phấn đấu nâng diện tích thuốc lá lên 2.000 ha, trong đó 80% diện tích có hợp đồng bao tiêu với doanh nghiệp.

MINH ĐỨC

10/05/2024
"""

VU = P("Vụ Đông Xuân 2023-2024", "2023-01-01", "2024-12-31")
APR = P("Đến cuối tháng 4/2024", None, "2024-04-30")
Y24 = Y("Năm 2024", 2024)
FIGS = [
    F("gieo trồng 1.912 ha", "1.912", 1912, "measure", "ha", "diện tích gieo trồng thuốc lá", VU,
      change=CH("increase", 42, "ha", "vụ trước")),
    F("Ninh Sơn (1.105 ha)", "1.105", 1105, "measure", "ha", "diện tích gieo trồng thuốc lá", VU, total=1912, location="Ninh Sơn"),
    F("Bác Ái (396 ha)", "396", 396, "measure", "ha", "diện tích gieo trồng thuốc lá", VU, total=1912, location="Bác Ái"),
    F("Ninh Phước (254 ha)", "254", 254, "measure", "ha", "diện tích gieo trồng thuốc lá", VU, total=1912, location="Ninh Phước"),
    F("Thuận Bắc (157 ha)", "157", 157, "measure", "ha", "diện tích gieo trồng thuốc lá", VU, total=1912, location="Thuận Bắc"),
    F("thu hoạch 1.780 ha", "1.780", 1780, "measure", "ha", "diện tích thuốc lá đã thu hoạch", APR, percent=93.1),
    F("đạt 2,6 tấn lá khô/ha", "2,6", 2.6, "measure", "tấn/ha", "năng suất lá khô bình quân", I(VU)),
    F("trên 3 tấn/ha", "3", 3, "measure", "tấn/ha", "năng suất của một số hộ", I(VU), approx="over"),
    F("trên 1.300 ha", "1.300", 1300, "measure", "ha", "diện tích Công ty TNHH Nguyên liệu Thuốc lá Nam đầu tư, bao tiêu",
      approx="over"),
    F("hơn 1.100 hộ", "1.100", 1100, "count", "hộ", "hộ được Công ty TNHH Nguyên liệu Thuốc lá Nam đầu tư, bao tiêu",
      approx="over"),
    F("từ 48.000 đến 62.000 đồng/kg", "48.000", 48000, "money", "đồng/kg", "giá mua lá khô", value_max=62000),
    F("bình quân 55.200 đồng/kg", "55.200", 55200, "money", "đồng/kg", "giá mua lá khô bình quân",
      change=CH("increase", 9, "%", "vụ trước")),
    F("trồng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích thuốc lá gia đình ông Pi-năng Tài trồng", location="Bác Ái"),
    F("được 3,1 tấn", "3,1", 3.1, "measure", "tấn", "sản lượng lá khô gia đình ông Pi-năng Tài thu được", location="Bác Ái"),
    F("gần 70 triệu đồng", "70", 70e6, "money", "đồng", "lãi của gia đình ông Pi-năng Tài sau khi trừ chi phí",
      approx="nearly", location="Bác Ái"),
    F("bình quân 60-75 triệu đồng/ha", "60", 60e6, "money", "đồng/ha", "lợi nhuận bình quân trồng thuốc lá", value_max=75e6),
    F("gấp 2 đến 2,5 lần", "2", 2, "multiple", "lần", "lợi nhuận trồng thuốc lá so với trồng bắp", value_max=2.5),
    F("tăng khoảng 15%", "15", 15, "percent", "%", "giá củi sấy", approx="about"),
    F("lên 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích thuốc lá", Y24, status="target"),
    F("80% diện tích", "80", 80, "percent", "%", "diện tích có hợp đồng bao tiêu với doanh nghiệp", Y24, status="target"),
]

emit("p741-5", TEXT, [
    "Party newspaper (Báo Ninh Thuận style): winter-spring tobacco crop 2023-2024, districts, yield, buyer, prices, a farmer's case, 2024 plan.",
    "Byline and bare date at the end give published. 'Vụ Đông Xuân 2023-2024' read like 'giai đoạn 2021-2025' (2023-01-01 … 2024-12-31).",
    "District list after 'gồm' adds up to 1.912 ha: total. Farmer figures (xã Phước Đại, huyện Bác Ái) → Bác Ái.",
    "'gấp 2 đến 2,5 lần' stands alone in its own sentence: multiple with value_max. 'giá củi sấy tăng khoảng 15%' is a rate claim (percent, no change).",
    "Unit of '2,6 tấn lá khô/ha' is 'tấn/ha' (shortest noun phrase; 'lá khô' goes to the subject, as for '3,1 tấn lá khô').",
    "revised: that unit was first 'tấn lá khô/ha', inconsistent with the unit 'tấn' given to 'tấn lá khô' in the same gold.",
], FIGS, published="2024-05-10", location="Ninh Thuận")
