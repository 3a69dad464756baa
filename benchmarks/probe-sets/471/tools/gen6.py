from lib import *

text = """Bất động sản
Giao dịch bất động sản quý II tăng gần 50%

Cả nước ghi nhận khoảng 30.600 giao dịch căn hộ, nhà riêng lẻ và đất nền trong quý II, tăng 48% so với quý trước, theo Bộ Xây dựng.

Thứ ba, 30/7/2024, 14:10 (GMT+7)

Báo cáo tình hình thị trường bất động sản quý II/2024 của Bộ Xây dựng cho biết, lượng giao dịch thành công đạt khoảng 30.600 giao dịch, trong đó căn hộ chung cư và nhà ở riêng lẻ khoảng 18.900 giao dịch, đất nền khoảng 11.700 giao dịch. Các địa phương có lượng giao dịch lớn là Hà Nội (4.180 giao dịch), TP Hồ Chí Minh (3.560), Bình Dương (1.920) và Đồng Nai (1.470).

Về nguồn cung, cả nước có 23 dự án nhà ở thương mại hoàn thành với 10.185 căn, bằng 60% so với quý trước; 31 dự án được cấp phép mới với 16.294 căn. Nguồn cung nhà ở xã hội vẫn hạn chế: 6 tháng đầu năm 2024 chỉ có 9 dự án hoàn thành với khoảng 4.800 căn.

Giá căn hộ chung cư tại Hà Nội tiếp tục tăng, phổ biến từ 50 đến 70 triệu đồng/m2, tăng khoảng 10-15% so với cùng kỳ. Tại TP Hồ Chí Minh, giá căn hộ trung cấp dao động 45-60 triệu đồng/m2; phân khúc cao cấp ở khu Thủ Thiêm lên tới 150-240 triệu đồng/m2.

Theo Hội Môi giới Bất động sản Việt Nam (VARS), tỷ lệ hấp thụ toàn thị trường quý II đạt khoảng 52%, trong khi quý I chỉ khoảng 38%. VARS dự báo giá chung cư sẽ tăng thêm 5-10% trong nửa cuối năm.

Bộ Xây dựng đặt mục tiêu giai đoạn 2021-2030 đầu tư xây dựng tối thiểu 1 triệu căn hộ nhà ở xã hội; đến nay cả nước đã có 655 dự án với hơn 569 nghìn căn được triển khai.

Phương Anh"""

Q2 = P("quý II", "2024-04-01", "2024-06-30")
Q2y = P("quý II/2024", "2024-04-01", "2024-06-30")
Q2i = I("quý II/2024", "2024-04-01", "2024-06-30")
NOW = P("đến nay", None, "2024-07-30")
figs = [
    F("tăng gần 50%", "50", 50, "percent", "%", "tăng giao dịch bất động sản", Q2, approx="nearly"),
    F("ghi nhận khoảng 30.600", "30.600", 30600, "count", "giao dịch", "giao dịch căn hộ, nhà riêng lẻ và đất nền", Q2,
      approx="about", change=C("increase", 48, "%", "quý trước")),
    F("đạt khoảng 30.600", "30.600", 30600, "count", "giao dịch", "lượng giao dịch thành công", Q2y, approx="about"),
    F("khoảng 18.900 giao dịch", "18.900", 18900, "count", "giao dịch", "giao dịch căn hộ chung cư và nhà ở riêng lẻ", Q2y,
      approx="about", total=30600),
    F("khoảng 11.700 giao dịch", "11.700", 11700, "count", "giao dịch", "giao dịch đất nền", Q2y, approx="about", total=30600),
    F("Hà Nội (4.180", "4.180", 4180, "count", "giao dịch", "lượng giao dịch", Q2i, location="Hà Nội"),
    F("Minh (3.560)", "3.560", 3560, "count", "giao dịch", "lượng giao dịch", Q2i, location="TP Hồ Chí Minh"),
    F("Bình Dương (1.920)", "1.920", 1920, "count", "giao dịch", "lượng giao dịch", Q2i, location="Bình Dương"),
    F("Đồng Nai (1.470)", "1.470", 1470, "count", "giao dịch", "lượng giao dịch", Q2i, location="Đồng Nai"),
    F("có 23 dự án", "23", 23, "count", "dự án", "dự án nhà ở thương mại hoàn thành", Q2i),
    F("với 10.185 căn", "10.185", 10185, "count", "căn", "căn nhà ở thương mại hoàn thành", Q2i, percent=60),
    F("31 dự án", "31", 31, "count", "dự án", "dự án được cấp phép mới", Q2i),
    F("với 16.294 căn", "16.294", 16294, "count", "căn", "căn nhà ở được cấp phép mới", Q2i),
    F("có 9 dự án", "9", 9, "count", "dự án", "dự án nhà ở xã hội hoàn thành", P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("khoảng 4.800 căn", "4.800", 4800, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), approx="about"),
    F("từ 50 đến 70 triệu", "50", 50e6, "money", "đồng/m2", "giá căn hộ chung cư", Q2i, value_max=70e6, location="Hà Nội",
      change=C("increase", 10, "%", "cùng kỳ", approx="about")),
    F("dao động 45-60 triệu", "45", 45e6, "money", "đồng/m2", "giá căn hộ trung cấp", Q2i, value_max=60e6, location="TP Hồ Chí Minh"),
    F("lên tới 150-240 triệu", "150", 150e6, "money", "đồng/m2", "giá căn hộ phân khúc cao cấp", Q2i, value_max=240e6,
      location="TP Hồ Chí Minh"),
    F("đạt khoảng 52%", "52", 52, "percent", "%", "tỷ lệ hấp thụ toàn thị trường", Q2, approx="about"),
    F("chỉ khoảng 38%", "38", 38, "percent", "%", "tỷ lệ hấp thụ toàn thị trường", P("quý I", "2024-01-01", "2024-03-31"), approx="about"),
    F("thêm 5-10%", "5", 5, "percent", "%", "tăng giá chung cư", P("trong nửa cuối năm", "2024-07-01", "2024-12-31"), value_max=10,
      status="forecast"),
    F("tối thiểu 1 triệu căn", "1", 1e6, "count", "căn hộ", "căn hộ nhà ở xã hội đầu tư xây dựng",
      P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31"), approx="at_least", status="target"),
    F("có 655 dự án", "655", 655, "count", "dự án", "dự án nhà ở xã hội được triển khai", NOW),
    F("hơn 569 nghìn căn", "569", 569000, "count", "căn", "căn nhà ở xã hội được triển khai", NOW, approx="over"),
]
write(6, text, figs, [
    "National press (VnExpress-like): national real-estate market quý II/2024 (Bộ Xây dựng, VARS); title, sapo, then the dateline",
    "'Thứ ba, 30/7/2024, 14:10 (GMT+7)'. Distractors: '(GMT+7)', time 14:10, 'giai đoạn 2021-2030' as a period, section tag, byline.",
    "Default location Việt Nam; provinces in the list '(4.180 giao dịch), … (3.560)' are the items' location, subject the list's indicator.",
    "Title/sapo 'quý II' without year: nearest earlier date is none, so the year of published (2024). Title 'tăng gần 50%' is a growth rate: percent.",
    "30.600 appears twice (sapo, body) — both figures; the 'trong đó' parts 18.900 and 11.700 have total 30.600.",
    "10.185 căn 'bằng 60% so với quý trước': the share after 'bằng' is its percent. Hà Nội price range carries 'tăng khoảng 10-15% so với cùng kỳ'",
    "as change (value 10, approx about). 'lên tới' is not an approx cue. 'quý I chỉ khoảng 38%' is a figure with period quý I/2024.",
    "'dự báo … 5-10% trong nửa cuối năm': forecast, period 2024-07-01..12-31. 'mục tiêu … tối thiểu 1 triệu căn hộ': target, at_least.",
    "'đến nay' ends at the dateline (2024-07-30). 'hơn 569 nghìn căn' = 569000, over.",
], published="2024-07-30", location="Việt Nam")
