"""p920-6: national newspaper — Đắk Lắk engineer grows lemongrass & turmeric, distils oil; national export figures (VPSA)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Nông nghiệp
Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Kỹ sư bỏ phố về quê trồng sả, thu tiền tỷ mỗi năm

Sau 6 năm làm việc cho một công ty hóa chất ở TP HCM, anh Nguyễn Văn Tư, 38 tuổi, trở về xã Ea Kao, TP Buôn Ma Thuột (Đắk Lắk) thuê đất trồng sả. Hiện anh canh tác 25 ha sả và 8 ha nghệ theo tiêu chuẩn hữu cơ, liên kết thu mua lá sả của 60 hộ trong vùng.

Năm 2024, xưởng chưng cất ven Quốc lộ 26 của anh xử lý khoảng 1.500 tấn lá sả, thu được 11 tấn tinh dầu, doanh thu 4,2 tỷ đồng, lợi nhuận hơn 1,3 tỷ đồng. Toàn bộ tinh dầu được xuất sang Nhật Bản và Hàn Quốc với giá 16-18 USD/kg.

"Mỗi ha sả cắt được 3 lứa một năm, mỗi lứa cho 15-17 tấn lá. Trồng đúng quy trình hữu cơ thì hàm lượng citral trong tinh dầu đạt trên 75%, khách Nhật rất chuộng", anh Tư nói. Xưởng tạo việc làm thường xuyên cho 22 lao động với thu nhập 7-9 triệu đồng/người/tháng.

Theo Hiệp hội Hồ tiêu và Cây gia vị Việt Nam (VPSA), năm 2024 cả nước xuất khẩu 14.600 tấn nghệ các loại, trị giá 32,5 triệu USD, tăng lần lượt 9,2% và 17,4% so với năm 2023. Ấn Độ vẫn là thị trường nhập khẩu nghệ lớn nhất của Việt Nam với 5.100 tấn, chiếm 34,9% tổng lượng.

Ông Hoàng Phước Bình, Phó chủ tịch VPSA, dự báo năm 2025 giá tinh dầu sả có thể tăng 10-15% do nhu cầu từ thị trường châu Âu phục hồi; trong khi giá tinh bột nghệ dự kiến đi ngang.

Hồng Nhung
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24n = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Sau 6 năm", "6", 6, "measure", "năm", "thời gian anh Tư làm việc ở TP HCM", optional=True),
    F("38 tuổi", "38", 38, "measure", "tuổi", "tuổi của anh Nguyễn Văn Tư", optional=True),
    F("canh tác 25 ha", "25", 25, "measure", "ha", "diện tích sả anh Tư canh tác"),
    F("và 8 ha nghệ", "8", 8, "measure", "ha", "diện tích nghệ anh Tư canh tác"),
    F("của 60 hộ", "60", 60, "count", "hộ", "hộ liên kết bán lá sả"),
    F("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn", "lá sả xưởng chưng cất xử lý", Y24, approx="about"),
    F("được 11 tấn", "11", 11, "measure", "tấn", "tinh dầu sả thu được", Y24),
    F("doanh thu 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "doanh thu xưởng chưng cất", Y24),
    F("hơn 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "lợi nhuận xưởng chưng cất", Y24, approx="over"),
    F("giá 16-18 USD/kg", "16", 16, "money", "USD/kg", "giá tinh dầu sả xuất khẩu", I(Y24), value_max=18),
    F("cắt được 3 lứa", "3", 3, "count", "lứa", "lứa sả cắt mỗi năm"),
    F("cho 15-17 tấn", "15", 15, "measure", "tấn", "lá sả mỗi lứa trên 1 ha", value_max=17),
    F("trên 75%", "75", 75, "percent", "%", "hàm lượng citral trong tinh dầu", approx="over"),
    F("cho 22 lao động", "22", 22, "count", "lao động", "lao động có việc làm thường xuyên tại xưởng"),
    F("7-9 triệu đồng/người/tháng", "7", 7e6, "money", "đồng/người/tháng", "thu nhập của lao động", value_max=9e6),
    F("khẩu 14.600 tấn", "14.600", 14600, "measure", "tấn", "nghệ các loại xuất khẩu", Y24n,
      change=C("increase", 9.2, "%", "năm 2023"), location="Việt Nam"),
    F("trị giá 32,5 triệu USD", "32,5", 32.5e6, "money", "USD", "kim ngạch xuất khẩu nghệ", Y24n,
      change=C("increase", 17.4, "%", "năm 2023"), location="Việt Nam"),
    F("với 5.100 tấn", "5.100", 5100, "measure", "tấn", "nghệ xuất khẩu sang Ấn Độ", I(Y24n),
      percent=34.9, location="Việt Nam"),
    F("tăng 10-15%", "10", 10, "percent", "%", "giá tinh dầu sả tăng", Y25, value_max=15,
      status="forecast", location="Việt Nam"),
]

NOTES = [
    "National newspaper, Chủ nhật, 16/3/2025: grower in xã Ea Kao, TP Buôn Ma Thuột (Đắk Lắk); VPSA national turmeric exports (Việt Nam).",
    "revised: grower's figures take location Buôn Ma Thuột (the district-level city named, as districts elsewhere in the set and Đà Lạt in the spec), not Đắk Lắk.",
    "'lần lượt 9,2% và 17,4%' distributes the changes to tonnage and value. '5.100 tấn, chiếm 34,9% tổng lượng': percent 34.9; no total (the whole is not numbered at the cue, no trong đó).",
    "'38 tuổi' is a person's age (optional). 'Sau 6 năm làm việc' is a biographical duration (optional). 'tăng 10-15%' forecast with no base amount: percent figure.",
    "'Mỗi ha ... 3 lứa một năm': no period (generic). Distractors: Quốc lộ 26, name Nguyễn Văn Tư, 07:30 (GMT+7).",
]

write("p920-6", TEXT, NOTES, FIGS, published="2025-03-16", location="Buôn Ma Thuột")
