"""p493-4: Bộ Xây dựng ministry site — national social housing projects to 30/9/2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Nhà ở và thị trường bất động sản
Ngày đăng: 28/10/2024 | Lượt xem: 1.215

Cả nước hoàn thành 79 dự án nhà ở xã hội với hơn 43.500 căn hộ

Theo báo cáo của Cục Quản lý nhà và thị trường bất động sản, tính đến ngày 30/9/2024, cả nước có 655 dự án nhà ở xã hội đang triển khai với quy mô khoảng 587.800 căn. Trong đó, 79 dự án đã hoàn thành với 43.512 căn; 128 dự án đã khởi công với 112.450 căn; 448 dự án đã được chấp thuận chủ trương đầu tư với quy mô 431.838 căn.

Một số địa phương có nhiều dự án hoàn thành là Bắc Ninh (11 dự án), Bình Dương (9 dự án), Hải Phòng (8 dự án) và Đồng Nai (6 dự án). Trong khi đó, Hà Nội và TP. Hồ Chí Minh lần lượt mới đạt 18,6% và 9,2% chỉ tiêu nhà ở xã hội được giao.

Riêng năm 2024, dự kiến hoàn thành thêm khoảng 20.000 căn; đến hết năm 2025 phấn đấu hoàn thành khoảng 130.000 căn, đạt 13% mục tiêu của Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030".

Về gói tín dụng 120.000 tỷ đồng, đến ngày 30/9/2024 mới có 35 dự án được giải ngân với số tiền 2.015,6 tỷ đồng, đạt khoảng 1,7% quy mô gói. Giá bán nhà ở xã hội phổ biến từ 15 đến 22 triệu đồng/m², thấp hơn 30-40% so với nhà ở thương mại cùng khu vực.

Bộ Xây dựng đề nghị các địa phương thực hiện nghiêm Luật Nhà ở số 27/2023/QH15 và Nghị định số 100/2024/NĐ-CP, rút ngắn thủ tục đầu tư dự án nhà ở xã hội xuống còn khoảng 6 tháng.

Cục Quản lý nhà và thị trường bất động sản - 37 Lê Đại Hành, Hà Nội. ĐT: 024.3974.0160
"""

ASOF = P("tính đến ngày 30/9/2024", end="2024-09-30")

FIGS = [
    F("hoàn thành 79 dự án", "79", 79, "count", "dự án", subject="dự án nhà ở xã hội hoàn thành", period=INH(ASOF)),
    F("hơn 43.500 căn hộ", "43.500", 43500, "count", "căn hộ", approx="over",
      subject="căn hộ nhà ở xã hội hoàn thành", period=INH(ASOF)),
    F("có 655 dự án", "655", 655, "count", "dự án", subject="dự án nhà ở xã hội đang triển khai", period=ASOF),
    F("khoảng 587.800 căn", "587.800", 587800, "count", "căn", approx="about",
      subject="quy mô dự án nhà ở xã hội đang triển khai", period=ASOF),
    F("Trong đó, 79 dự án", "79", 79, "count", "dự án", total=655, subject="dự án đã hoàn thành", period=INH(ASOF)),
    F("với 43.512 căn", "43.512", 43512, "count", "căn", total=587800, subject="căn của dự án đã hoàn thành",
      period=INH(ASOF)),
    F("128 dự án", "128", 128, "count", "dự án", total=655, subject="dự án đã khởi công", period=INH(ASOF)),
    F("với 112.450 căn", "112.450", 112450, "count", "căn", total=587800, subject="căn của dự án đã khởi công",
      period=INH(ASOF)),
    F("448 dự án", "448", 448, "count", "dự án", total=655,
      subject="dự án đã được chấp thuận chủ trương đầu tư", period=INH(ASOF)),
    F("quy mô 431.838 căn", "431.838", 431838, "count", "căn", total=587800,
      subject="quy mô dự án đã được chấp thuận chủ trương đầu tư", period=INH(ASOF)),
    F("Bắc Ninh (11 dự án)", "11", 11, "count", "dự án", subject="dự án hoàn thành", location="Bắc Ninh"),
    F("Bình Dương (9 dự án)", "9", 9, "count", "dự án", subject="dự án hoàn thành", location="Bình Dương"),
    F("Hải Phòng (8 dự án)", "8", 8, "count", "dự án", subject="dự án hoàn thành", location="Hải Phòng"),
    F("Đồng Nai (6 dự án)", "6", 6, "count", "dự án", subject="dự án hoàn thành", location="Đồng Nai"),
    F("mới đạt 18,6%", "18,6", 18.6, "percent", "%", subject="tỷ lệ đạt chỉ tiêu nhà ở xã hội được giao", location="Hà Nội"),
    F("và 9,2% chỉ tiêu", "9,2", 9.2, "percent", "%", subject="tỷ lệ đạt chỉ tiêu nhà ở xã hội được giao",
      location="Thành phố Hồ Chí Minh"),
    F("khoảng 20.000 căn", "20.000", 20000, "count", "căn", approx="about", status="forecast",
      subject="căn nhà ở xã hội hoàn thành thêm", period=P("Riêng năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 130.000 căn", "130.000", 130000, "count", "căn", approx="about", percent=13, status="target",
      subject="căn nhà ở xã hội hoàn thành", period=P("đến hết năm 2025", end="2025-12-31")),
    F("ít nhất 1 triệu căn hộ", "1", 1e6, "count", "căn hộ", approx="at_least", status="target",
      subject="căn hộ nhà ở xã hội đầu tư xây dựng", optional=True),
    F("gói tín dụng 120.000 tỷ đồng", "120.000", 120000e9, "money", "đồng", subject="gói tín dụng", optional=True),
    F("có 35 dự án", "35", 35, "count", "dự án", subject="dự án được giải ngân gói tín dụng",
      period=P("đến ngày 30/9/2024", end="2024-09-30")),
    F("tiền 2.015,6 tỷ đồng", "2.015,6", 2015.6e9, "money", "đồng", percent=1.7, subject="số tiền giải ngân gói tín dụng",
      period=P("đến ngày 30/9/2024", end="2024-09-30")),
    F("từ 15 đến 22 triệu đồng/m²", "15", 15e6, "money", "đồng/m²", value_max=22e6,
      change=CH("decrease", 30, baseline="nhà ở thương mại cùng khu vực"), subject="giá bán nhà ở xã hội"),
    F("khoảng 6 tháng", "6", 6, "measure", "tháng", approx="about", status="target",
      subject="thời gian thủ tục đầu tư dự án nhà ở xã hội", optional=True),
]

COMMENTS = [
    "Bộ Xây dựng portal (invented): nhà ở xã hội to 30/9/2024 — projects by stage, provinces, 2024/2025 plan, credit package, prices.",
    "'Ngày đăng: 28/10/2024' is published; 'Lượt xem: 1.215', Luật số 27/2023/QH15, Nghị định số 100/2024/NĐ-CP, address 37 Lê Đại Hành, phone are distractors.",
    "'Trong đó' after the whole: project counts take 655 (79+128+448), flat counts take 587.800 (43.512+112.450+431.838) — same thing counted.",
    "Provinces in the list go to location; 'lần lượt 18,6% và 9,2%' are two percent figures (Hà Nội, TP. HCM). Headline figures inherit the as-of date.",
    "'đạt 13% mục tiêu' is the share of 130.000 (130.000 / 1 triệu). Programme name '… ít nhất 1 triệu căn hộ …' and 'gói tín dụng 120.000 tỷ",
    "đồng' (a package used as its name) are optional, as is the procedure time 'còn khoảng 6 tháng'.",
    "Price range 'thấp hơn 30-40% so với nhà ở thương mại' is its change (decrease, first value 30).",
]

if __name__ == "__main__":
    emit("p493-4", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Việt Nam")
