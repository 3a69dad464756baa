"""p939-8: Báo Bình Thuận online, (BTO) tag, headline figure — Hòn Cau MPA (Tuy Phong), 2024 results, 2025 targets."""
from lib import F, P, I, C, T, make

TEXT = """BÁO BÌNH THUẬN ĐIỆN TỬ
Thứ Ba, 18/03/2025 | 10:12

Khu bảo tồn biển Hòn Cau: Độ phủ san hô tăng lên 34%

(BTO) - Năm 2024, độ phủ san hô sống tại Khu bảo tồn biển Hòn Cau (huyện Tuy Phong) đạt trung bình 34%, tăng 5,5 điểm phần trăm so với năm 2020, thời điểm bắt đầu triển khai các mô hình phục hồi.

Khu bảo tồn biển Hòn Cau được thành lập năm 2010, có tổng diện tích 12.500 ha, gồm 3.400 ha vùng lõi và 9.100 ha vùng đệm. Theo Ban Quản lý, năm 2024, đơn vị đã phối hợp với Đồn Biên phòng Vĩnh Tân tổ chức 96 chuyến tuần tra, đạt 120% kế hoạch, tăng 18 chuyến so với năm 2023; phát hiện, lập biên bản 31 vụ vi phạm, giảm 22,5%. Số tiền xử phạt hơn 420 triệu đồng, nộp ngân sách nhà nước.

Trong năm, Ban Quản lý đã thả 1.200 khối rạn nhân tạo và trồng 3.600 tập đoàn san hô tại khu vực Hòn Cau, Hòn Tranh; diện tích thảm cỏ biển được khoanh vùng bảo vệ là 85 ha, tăng 25 ha so với năm 2022. Mật độ cá rạn đạt 1.350 con/500 m2. Tổng kinh phí cho công tác bảo tồn năm 2024 là 6,8 tỷ đồng, trong đó nguồn từ dự án hỗ trợ của Tổ chức IUCN chiếm 45%.

Năm 2025, Ban Quản lý phấn đấu nâng độ phủ san hô sống lên 36%, trồng mới 4.000 tập đoàn san hô và đưa 100% hộ dân ven khu bảo tồn tham gia đồng quản lý. Dự kiến, tỉnh sẽ bố trí khoảng 7,5 tỷ đồng cho các hoạt động này. Trụ sở Ban Quản lý đặt tại Quốc lộ 1A, xã Vĩnh Tân.

Thanh Long
Từ khóa: Hòn Cau, san hô, cỏ biển, Tuy Phong
"""

TP = "Tuy Phong"
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
P24b = P("năm 2024", "2024-01-01", "2024-12-31")
PTN = P("Trong năm", "2024-01-01", "2024-12-31")
P25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tăng lên 34%", "34", 34, "percent", "%", "độ phủ san hô", I(P24)),
    F("trung bình 34%", "34", 34, "percent", "%", "độ phủ san hô sống", P24,
      change=C("increase", 5.5, "điểm phần trăm", "năm 2020")),
    F("tổng diện tích 12.500 ha", "12.500", 12500, "measure", "ha", "tổng diện tích Khu bảo tồn biển Hòn Cau"),
    F("gồm 3.400 ha", "3.400", 3400, "measure", "ha", "diện tích vùng lõi", total=12500),
    F("và 9.100 ha", "9.100", 9100, "measure", "ha", "diện tích vùng đệm", total=12500),
    F("tổ chức 96 chuyến", "96", 96, "count", "chuyến tuần tra", "chuyến tuần tra", P24b, percent=120,
      change=C("increase", 18, "chuyến", "năm 2023")),
    F("biên bản 31 vụ", "31", 31, "count", "vụ vi phạm", "vụ vi phạm phát hiện, lập biên bản", P24b,
      change=C("decrease", 22.5, "%")),
    F("hơn 420 triệu đồng", "420", 420e6, "money", "đồng", "số tiền xử phạt", I(P24b), approx="over"),
    F("thả 1.200 khối", "1.200", 1200, "count", "khối rạn nhân tạo", "khối rạn nhân tạo thả", PTN),
    F("trồng 3.600 tập đoàn", "3.600", 3600, "count", "tập đoàn san hô", "tập đoàn san hô trồng", PTN),
    F("là 85 ha", "85", 85, "measure", "ha", "diện tích thảm cỏ biển được khoanh vùng bảo vệ", PTN,
      change=C("increase", 25, "ha", "năm 2022")),
    F("đạt 1.350 con/500 m2", "1.350", 1350, "measure", "con/500 m2", "mật độ cá rạn", I(PTN)),
    F("là 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng kinh phí cho công tác bảo tồn", P24b),
    F("chiếm 45%", "45", 45, "percent", "%", "nguồn kinh phí từ dự án hỗ trợ của Tổ chức IUCN", P24b),
    F("lên 36%", "36", 36, "percent", "%", "độ phủ san hô sống", P25, status="target"),
    F("trồng mới 4.000 tập đoàn", "4.000", 4000, "count", "tập đoàn san hô", "tập đoàn san hô trồng mới", P25,
      status="target"),
    F("100% hộ dân", "100", 100, "percent", "%", "hộ dân ven khu bảo tồn tham gia đồng quản lý", P25,
      status="target"),
    F("khoảng 7,5 tỷ đồng", "7,5", 7.5e9, "money", "đồng", "kinh phí bố trí cho các hoạt động bảo tồn", I(P25),
      approx="about", status="forecast", location="Bình Thuận"),
]

make("p939-8", TEXT, FIGS, published="2025-03-18", location=TP, notes=[
    "Báo Bình Thuận online, '(BTO) -' tag, headline figure: Hòn Cau MPA (huyện Tuy Phong), 2024 results, 2025 targets.",
    "Not figures: '10:12', 'năm 2010' (founding year), 'năm 2020'/'năm 2023'/'năm 2022' (baselines),",
    "'Quốc lộ 1A', 'Đồn Biên phòng Vĩnh Tân'. MPA figures are Tuy Phong (named in the lead); the money the",
    "province will allocate ('tỉnh sẽ bố trí') is Bình Thuận. 'Trong năm' follows 'năm 2024' -> 2024.",
    "'chiếm 45%' is a share of a part of 6,8 tỷ named without an amount: a percent figure of its own.",
])
