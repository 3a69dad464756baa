"""p712-4: Bộ Xây dựng (ministry site) — thị trường bất động sản quý III/2024, nhà ở xã hội toàn quốc."""
from lib import F, P, I, CH, emit

TEXT = """BỘ XÂY DỰNG
Trang chủ > Tin tức > Quản lý nhà và thị trường bất động sản

Quý III/2024: giao dịch nhà ở tăng 42%, giá chung cư tiếp tục đi lên

Ngày đăng: 05/11/2024

Theo báo cáo của Bộ Xây dựng, quý III/2024 cả nước có 31 dự án nhà ở thương mại hoàn thành với 10.780 căn; có 38 dự án được cấp phép mới với khoảng 17.300 căn, tăng 1,6 lần so với quý II/2024.

Tổng lượng giao dịch căn hộ chung cư, nhà ở riêng lẻ đạt khoảng 29.500 giao dịch, tăng 42% so với quý trước. Trong đó, Hà Nội có 8.560 giao dịch, TP. Hồ Chí Minh 5.420 giao dịch, Bình Dương 2.130 giao dịch, Đồng Nai 1.470 giao dịch.

Giá căn hộ chung cư tại Hà Nội và TP. Hồ Chí Minh lần lượt tăng 6,2% và 4,1% so với quý II/2024; giá căn hộ sơ cấp tại Hà Nội phổ biến từ 55 đến 70 triệu đồng/m².

Về nhà ở xã hội, tính đến ngày 30/9/2024, cả nước có 655 dự án với quy mô 569.869 căn; trong đó 96 dự án đã hoàn thành với 55.400 căn, 138 dự án đã khởi công với 114.700 căn, 421 dự án đã được chấp thuận chủ trương đầu tư với 399.769 căn.

Gói tín dụng 120.000 tỷ đồng cho vay nhà ở xã hội đến nay mới giải ngân 1.344 tỷ đồng, đạt 1,12% quy mô gói. Theo Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội giai đoạn 2021-2030, năm 2024 phấn đấu hoàn thành 130.000 căn.

Luật Nhà ở số 27/2023/QH15 và Luật Kinh doanh bất động sản số 29/2023/QH15 có hiệu lực từ ngày 01/8/2024. Đường dây nóng: 024.3821.5616.
"""

COMMENTS = [
    "Bộ Xây dựng site (breadcrumb, 'Ngày đăng: 05/11/2024'): thị trường bất động sản quý III/2024; nhà ở xã hội toàn quốc. Location Việt Nam,",
    "province items after 'Trong đó' take their province and the whole 29.500 as total. 'lần lượt tăng 6,2% và 4,1%' are growth rates",
    "(percent figures, no change) located in Hà Nội / TP. Hồ Chí Minh. The NOXH breakdown adds up (96+138+421 = 655; 55.400+114.700+399.769",
    "= 569.869): totals 655 / 569869. 'Gói tín dụng 120.000 tỷ đồng' (the package's name-size) and 'ít nhất 1 triệu căn hộ' in the",
    "Đề án's title are optional. 'đến nay' ends at the dateline (2024-11-05). Distractors: Luật … số 27/2023/QH15, số 29/2023/QH15,",
    "'từ ngày 01/8/2024', hotline 024.3821.5616, 'giai đoạn 2021-2030' in a title, baselines 'quý II/2024', 'quý trước'.",
]

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
HN, HCM = "Hà Nội", "Thành phố Hồ Chí Minh"

FIGS = [
    F("giao dịch nhà ở tăng 42%", "42", 42, "percent", "%", "giao dịch nhà ở", P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("có 31 dự án", "31", 31, "count", "dự án", "dự án nhà ở thương mại hoàn thành", Q3),
    F("với 10.780 căn", "10.780", 10780, "count", "căn", "căn nhà ở thương mại hoàn thành", Q3),
    F("có 38 dự án", "38", 38, "count", "dự án", "dự án nhà ở thương mại được cấp phép mới", Q3),
    F("khoảng 17.300 căn", "17.300", 17300, "count", "căn", "căn nhà ở thương mại được cấp phép mới", Q3,
      approx="about", change=CH("increase", 1.6, unit="lần", baseline="quý II/2024")),
    F("khoảng 29.500 giao dịch", "29.500", 29500, "count", "giao dịch", "tổng lượng giao dịch căn hộ chung cư, nhà ở riêng lẻ", I(Q3),
      approx="about", change=CH("increase", 42, baseline="quý trước")),
    F("có 8.560 giao dịch", "8.560", 8560, "count", "giao dịch", "lượng giao dịch căn hộ chung cư, nhà ở riêng lẻ", I(Q3),
      total=29500, location=HN),
    F("Minh 5.420 giao dịch", "5.420", 5420, "count", "giao dịch", "lượng giao dịch căn hộ chung cư, nhà ở riêng lẻ", I(Q3),
      total=29500, location=HCM),
    F("Dương 2.130 giao dịch", "2.130", 2130, "count", "giao dịch", "lượng giao dịch căn hộ chung cư, nhà ở riêng lẻ", I(Q3),
      total=29500, location="Bình Dương"),
    F("Nai 1.470 giao dịch", "1.470", 1470, "count", "giao dịch", "lượng giao dịch căn hộ chung cư, nhà ở riêng lẻ", I(Q3),
      total=29500, location="Đồng Nai"),
    F("tăng 6,2%", "6,2", 6.2, "percent", "%", "giá căn hộ chung cư", I(Q3), location=HN),
    F("và 4,1%", "4,1", 4.1, "percent", "%", "giá căn hộ chung cư", I(Q3), location=HCM),
    F("từ 55 đến 70 triệu", "55", 55e6, "money", "đồng/m²", "giá căn hộ sơ cấp", I(Q3), value_max=70e6, location=HN),
    F("có 655 dự án", "655", 655, "count", "dự án", "dự án nhà ở xã hội", ASOF),
    F("quy mô 569.869 căn", "569.869", 569869, "count", "căn", "quy mô dự án nhà ở xã hội", ASOF),
    F("trong đó 96 dự án", "96", 96, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành", ASOF, total=655),
    F("với 55.400 căn", "55.400", 55400, "count", "căn", "căn nhà ở xã hội đã hoàn thành", ASOF, total=569869),
    F("138 dự án", "138", 138, "count", "dự án", "dự án nhà ở xã hội đã khởi công", ASOF, total=655),
    F("với 114.700 căn", "114.700", 114700, "count", "căn", "căn nhà ở xã hội đã khởi công", ASOF, total=569869),
    F("421 dự án", "421", 421, "count", "dự án", "dự án nhà ở xã hội đã được chấp thuận chủ trương đầu tư", ASOF, total=655),
    F("với 399.769 căn", "399.769", 399769, "count", "căn", "căn nhà ở xã hội đã được chấp thuận chủ trương đầu tư", ASOF,
      total=569869),
    F("Gói tín dụng 120.000 tỷ đồng", "120.000", 120000e9, "money", "đồng", "gói tín dụng cho vay nhà ở xã hội", optional=True),
    F("giải ngân 1.344 tỷ đồng", "1.344", 1344e9, "money", "đồng", "gói tín dụng cho vay nhà ở xã hội đã giải ngân",
      P("đến nay", None, "2024-11-05"), percent=1.12),
    F("ít nhất 1 triệu căn hộ", "1", 1e6, "count", "căn hộ", "căn hộ nhà ở xã hội đầu tư xây dựng",
      P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31"), approx="at_least", status="target", optional=True),
    F("hoàn thành 130.000 căn", "130.000", 130000, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

if __name__ == "__main__":
    emit("p712-4", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Việt Nam")
