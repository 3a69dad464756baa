from lib import *

text = """SỞ XÂY DỰNG THÀNH PHỐ ĐÀ NẴNG
Tình hình thị trường bất động sản trên địa bàn thành phố quý III/2024
Ngày đăng: 08/10/2024 | Lượt xem: 1.105

Sở Xây dựng vừa có báo cáo gửi UBND thành phố về tình hình thị trường bất động sản quý III/2024. Trong quý III/2024, tổng số giao dịch bất động sản thực hiện qua công chứng đạt 8.946 giao dịch, tăng 14,2% so với quý trước và tăng 21,5% so với cùng kỳ năm 2023. Trong đó, giao dịch đất nền chiếm 71,3%, căn hộ chung cư chiếm 9,8%, còn lại là nhà ở riêng lẻ.

Về nguồn cung, quý III có 3 dự án nhà ở thương mại được chấp thuận đủ điều kiện bán nhà ở hình thành trong tương lai với tổng cộng 1.247 căn, gồm 1.102 căn hộ chung cư và 145 căn nhà ở thấp tầng. Lũy kế 9 tháng năm 2024, toàn thành phố có 9 dự án đủ điều kiện huy động vốn với khoảng 3.560 sản phẩm.

Giá căn hộ chung cư sơ cấp dao động từ 42 đến 68 triệu đồng/m2, bình quân khoảng 51,5 triệu đồng/m2, tăng 6,8% so với đầu năm. Riêng phân khúc căn hộ ven biển tại quận Sơn Trà có giá trên 80 triệu đồng/m2. Giá đất nền tại các khu dân cư ở quận Liên Chiểu phổ biến từ 18 đến 30 triệu đồng/m2.

Tỷ lệ hấp thụ sản phẩm mở bán trong quý III đạt gần 58%, cao hơn mức 41% của quý II. Khách mua đến từ các tỉnh, thành khác chiếm khoảng 35% tổng số giao dịch căn hộ.

Sở Xây dựng dự báo trong quý IV/2024, nguồn cung mới đạt khoảng 1.500 căn và giá bán có thể tăng từ 3 đến 5%. Thông tin phản ánh xin gửi về Phòng Quản lý nhà và Thị trường bất động sản, số 24 Trần Phú, quận Hải Châu; điện thoại 0236.3822.549."""

Q3 = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
Q3i = I("quý III/2024", "2024-07-01", "2024-09-30")
Q3b = P("quý III", "2024-07-01", "2024-09-30")
M9 = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("trong quý IV/2024", "2024-10-01", "2024-12-31")
figs = [
    F("đạt 8.946 giao dịch", "8.946", 8946, "count", "giao dịch", "giao dịch bất động sản thực hiện qua công chứng", Q3,
      change=C("increase", 14.2, "%", "quý trước")),
    F("tăng 21,5% so với cùng kỳ", "21,5", 21.5, "percent", "%", "tăng giao dịch bất động sản so với cùng kỳ năm 2023", Q3,
      optional=True),
    F("đất nền chiếm 71,3%", "71,3", 71.3, "percent", "%", "tỷ trọng giao dịch đất nền", Q3i),
    F("chung cư chiếm 9,8%", "9,8", 9.8, "percent", "%", "tỷ trọng giao dịch căn hộ chung cư", Q3i),
    F("quý III có 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở thương mại đủ điều kiện bán nhà ở hình thành trong tương lai", Q3b),
    F("tổng cộng 1.247 căn", "1.247", 1247, "count", "căn", "căn nhà ở đủ điều kiện bán", Q3b),
    F("gồm 1.102 căn hộ", "1.102", 1102, "count", "căn hộ chung cư", "căn hộ chung cư đủ điều kiện bán", Q3b, total=1247),
    F("và 145 căn nhà", "145", 145, "count", "căn nhà ở thấp tầng", "căn nhà ở thấp tầng đủ điều kiện bán", Q3b, total=1247),
    F("có 9 dự án", "9", 9, "count", "dự án", "dự án đủ điều kiện huy động vốn", M9),
    F("khoảng 3.560 sản phẩm", "3.560", 3560, "count", "sản phẩm", "sản phẩm của dự án đủ điều kiện huy động vốn", M9, approx="about"),
    F("từ 42 đến 68 triệu đồng/m2", "42", 42e6, "money", "đồng/m2", "giá căn hộ chung cư sơ cấp", Q3i, value_max=68e6),
    F("khoảng 51,5 triệu đồng/m2", "51,5", 51.5e6, "money", "đồng/m2", "giá căn hộ chung cư sơ cấp bình quân", Q3i,
      approx="about", change=C("increase", 6.8, "%", "đầu năm")),
    F("trên 80 triệu đồng/m2", "80", 80e6, "money", "đồng/m2", "giá căn hộ ven biển", Q3i, approx="over", location="Sơn Trà"),
    F("từ 18 đến 30 triệu đồng/m2", "18", 18e6, "money", "đồng/m2", "giá đất nền tại các khu dân cư", Q3i, value_max=30e6,
      location="Liên Chiểu"),
    F("đạt gần 58%", "58", 58, "percent", "%", "tỷ lệ hấp thụ sản phẩm mở bán", P("trong quý III", "2024-07-01", "2024-09-30"),
      approx="nearly"),
    F("mức 41% của quý II", "41", 41, "percent", "%", "tỷ lệ hấp thụ sản phẩm mở bán", P("quý II", "2024-04-01", "2024-06-30")),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "tỷ trọng khách mua đến từ các tỉnh, thành khác trong giao dịch căn hộ", Q3i,
      approx="about"),
    F("khoảng 1.500 căn", "1.500", 1500, "count", "căn", "nguồn cung mới", Q4, approx="about", status="forecast"),
    F("từ 3 đến 5%", "3", 3, "percent", "%", "mức tăng giá bán", Q4, value_max=5, status="forecast"),
]
write(2, text, figs, [
    "Sở Xây dựng Đà Nẵng (department site): real-estate market, quý III/2024 — transactions, supply, apartment and land prices, absorption.",
    "Dateline 'Ngày đăng: 08/10/2024 | Lượt xem: 1.105'. Distractors: address 'số 24 Trần Phú, quận Hải Châu', phone 0236.3822.549, view counter.",
    "8.946 giao dịch: first change (14,2% vs quý trước) is its attribute; the second 'tăng 21,5% so với cùng kỳ' is a percent figure (optional).",
    "'Trong đó … chiếm 71,3%': shares are percent figures (no base amount in giao dịch). 1.102 and 145 after 'gồm' are parts of 1.247.",
    "'quý III' in later paragraphs takes 2024 from the earlier 'quý III/2024'. Prices in the third paragraph inherit quý III/2024.",
    "Districts (Sơn Trà, Liên Chiểu) are the location of their price figures. 'cao hơn mức 41% của quý II': 41% is a figure of its own",
    "(the baseline level, stated; the gap is not written), period quý II/2024. Forecast cues ('dự báo … có thể tăng') give status forecast.",
], published="2024-10-08", location="Đà Nẵng")
