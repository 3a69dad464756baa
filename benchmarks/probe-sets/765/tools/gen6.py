"""p765-6: national press (VnExpress style), Thảo Cầm Viên Sài Gòn, 2023 results."""
from lib import F, P, inh, CH, emit

TEXT = """Thời sự › Dân sinh
Thứ năm, 6/6/2024, 07:00 (GMT+7)

Thảo Cầm Viên lỗ hơn 20 tỷ đồng, đàn thú giảm gần 30%

Sau 160 năm hoạt động, Thảo Cầm Viên Sài Gòn đang gặp khó khi lượng khách giảm, nguồn thu không đủ bù chi.

Theo báo cáo của Công ty TNHH MTV Thảo Cầm Viên Sài Gòn, năm 2023 đơn vị đón khoảng 1,8 triệu lượt khách, chỉ bằng 60% so với năm 2019 (khoảng 3 triệu lượt). Doanh thu đạt 96,5 tỷ đồng, trong khi chi phí hoạt động hơn 117 tỷ đồng, khiến công ty lỗ hơn 20 tỷ đồng. Ngày cuối tuần, vườn đón bình quân 12.000 lượt khách/ngày, ngày thường chỉ từ 2.000 đến 3.000 lượt/ngày.

Hiện vườn nuôi 1.245 cá thể thuộc 124 loài động vật, giảm gần 30% so với năm 2018 (khoảng 1.770 cá thể). Nhiều cá thể quý như hổ, sư tử, voi đã già, trong đó voi cái lớn tuổi nhất đã 56 tuổi. Vườn cũng đang chăm sóc hơn 1.800 cây gỗ thuộc 260 loài thực vật trên diện tích khoảng 17 ha.

Ông Nguyễn Văn Tư, Giám đốc công ty, cho biết giá vé hiện là 60.000 đồng với người lớn và 40.000 đồng với trẻ em, chưa điều chỉnh từ năm 2016. Công ty có 320 lao động, trong đó 46 người làm công tác thú y, chăm sóc động vật.

Theo đề án của UBND TP HCM, thành phố dự kiến xây dựng vườn thú mới rộng khoảng 300 ha tại huyện Củ Chi, tổng vốn khoảng 5.000 tỷ đồng. Giai đoạn 2025-2030, dự kiến khoảng 40% đàn thú của Thảo Cầm Viên sẽ được di dời về khu vực mới.

Địa chỉ: số 2B Nguyễn Bỉnh Khiêm, phường Bến Nghé, Quận 1; giờ mở cửa 7h00 - 18h30.

Hà An
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
Y18 = P("năm 2018", "2018-01-01", "2018-12-31")
GD = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    F("Viên lỗ hơn 20 tỷ đồng", "20", 20e9, "money", "đồng", approx="over", subject="khoản lỗ của Thảo Cầm Viên"),
    F("đàn thú giảm gần 30%", "30", 30, "percent", "%", approx="nearly", subject="đàn thú giảm"),
    F("Sau 160 năm", "160", 160, "measure", "năm", subject="thời gian hoạt động của Thảo Cầm Viên Sài Gòn",
      optional=True),
    F("khoảng 1,8 triệu lượt khách", "1,8", 1.8e6, "count", "lượt khách", approx="about", percent=60,
      subject="lượt khách Thảo Cầm Viên đón", period=Y23),
    F("(khoảng 3 triệu lượt)", "3", 3e6, "count", "lượt", approx="about", subject="lượt khách Thảo Cầm Viên đón",
      period=Y19),
    F("đạt 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", subject="doanh thu", period=inh(Y23)),
    F("hơn 117 tỷ đồng", "117", 117e9, "money", "đồng", approx="over", subject="chi phí hoạt động",
      period=inh(Y23)),
    F("công ty lỗ hơn 20 tỷ đồng", "20", 20e9, "money", "đồng", approx="over", subject="khoản lỗ của công ty",
      period=inh(Y23)),
    F("12.000 lượt khách/ngày", "12.000", 12000, "measure", "lượt khách/ngày",
      subject="lượt khách bình quân ngày cuối tuần"),
    F("từ 2.000 đến 3.000 lượt/ngày", "2.000", 2000, "measure", "lượt/ngày", value_max=3000,
      subject="lượt khách ngày thường"),
    F("nuôi 1.245 cá thể", "1.245", 1245, "count", "cá thể",
      change=CH("decrease", 30, baseline="năm 2018", approx="nearly"), subject="cá thể động vật vườn nuôi"),
    F("thuộc 124 loài", "124", 124, "count", "loài", subject="loài động vật vườn nuôi"),
    F("(khoảng 1.770 cá thể)", "1.770", 1770, "count", "cá thể", approx="about",
      subject="cá thể động vật vườn nuôi", period=Y18),
    F("đã 56 tuổi", "56", 56, "measure", "tuổi", subject="tuổi của voi cái lớn tuổi nhất"),
    F("hơn 1.800 cây gỗ", "1.800", 1800, "count", "cây gỗ", approx="over", subject="cây gỗ vườn chăm sóc"),
    F("thuộc 260 loài", "260", 260, "count", "loài", subject="loài thực vật"),
    F("khoảng 17 ha", "17", 17, "measure", "ha", approx="about", subject="diện tích Thảo Cầm Viên"),
    F("là 60.000 đồng", "60.000", 60000, "money", "đồng", subject="giá vé người lớn"),
    F("40.000 đồng với trẻ em", "40.000", 40000, "money", "đồng", subject="giá vé trẻ em"),
    F("có 320 lao động", "320", 320, "count", "lao động", subject="lao động của công ty"),
    F("46 người", "46", 46, "count", "người", total=320, subject="người làm công tác thú y, chăm sóc động vật"),
    F("khoảng 300 ha", "300", 300, "measure", "ha", approx="about", status="forecast",
      subject="diện tích vườn thú mới", location="Củ Chi"),
    F("khoảng 5.000 tỷ đồng", "5.000", 5000e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn xây dựng vườn thú mới", location="Củ Chi"),
    F("khoảng 40% đàn thú", "40", 40, "percent", "%", approx="about", status="forecast",
      subject="đàn thú của Thảo Cầm Viên được di dời về khu vực mới", period=GD),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 6/6/2024, 07:00 (GMT+7)'): Thảo Cầm Viên Sài Gòn, 2023 visitors, losses, animals.",
    "Location TP Hồ Chí Minh; the planned new zoo 'tại huyện Củ Chi' -> Củ Chi for its area and capital.",
    "'bằng 60% so với năm 2019' is the share of 1,8 triệu; '(khoảng 3 triệu lượt)' and '(khoảng 1.770 cá thể)' are figures of",
    "their own with the bracketed year's period. 'giảm gần 30% so với năm 2018' belongs to 1.245 cá thể (not to 124 loài).",
    "Headline 'đàn thú giảm gần 30%' is a rate that is the claim (percent). 'Sau 160 năm hoạt động' optional (age of the zoo).",
    "'ngày thường chỉ từ 2.000 đến 3.000 lượt/ngày' -> range measure. 'chưa điều chỉnh từ năm 2016' is a date, not a figure.",
    "Distractors: dateline, (GMT+7), số 2B Nguyễn Bỉnh Khiêm, Quận 1, 7h00 - 18h30.",
]

if __name__ == "__main__":
    emit("p765-6", TEXT, COMMENTS, FIGS, published="2024-06-06", location="TP Hồ Chí Minh")
