"""p504-4: Bộ Xây dựng ministry site - national housing and property market, Q2/2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Thị trường bất động sản

Quý II/2024: Giao dịch bất động sản tăng 57% so với quý trước
Ngày đăng: 29/07/2024 | Lượt xem: 1.915

Theo báo cáo của Bộ Xây dựng về tình hình nhà ở và thị trường bất động sản quý II/2024, cả nước có 21 dự án nhà ở thương mại hoàn thành với 5.824 căn, bằng 91% so với quý I/2024; 36 dự án được cấp phép mới với 18.751 căn.

Lượng giao dịch thành công khoảng 24.800 giao dịch căn hộ chung cư, nhà ở riêng lẻ, tăng 57% so với quý trước; giao dịch đất nền đạt khoảng 65.000 giao dịch, tăng 34%. Hà Nội, TP. Hồ Chí Minh, Bình Dương và Đà Nẵng chiếm hơn 60% tổng lượng giao dịch của cả nước.

Giá căn hộ chung cư tại Hà Nội tiếp tục tăng, mức giá phổ biến từ 50 đến 70 triệu đồng/m², có dự án lên tới 100 triệu đồng/m²; tại TP. Hồ Chí Minh phổ biến từ 45 đến 60 triệu đồng/m².

Về nhà ở xã hội, đến nay cả nước có 655 dự án với quy mô 568.000 căn đang được triển khai, trong đó 79 dự án đã hoàn thành với 40.860 căn. Đối với gói tín dụng 120.000 tỷ đồng, đến ngày 30/6/2024 các ngân hàng đã cam kết cho vay 2.297 tỷ đồng đối với 28 dự án, đã giải ngân 1.344 tỷ đồng.

Bộ Xây dựng đề nghị các địa phương tiếp tục thực hiện Đề án “Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030”, trong đó năm 2024 phấn đấu hoàn thành khoảng 130.000 căn.

Địa chỉ: 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271
"""

Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
NOW = P("đến nay", end="2024-07-29")
JUN = P("đến ngày 30/6/2024", end="2024-06-30")

FIGS = [
    F("tăng 57% so với quý trước\n", "57", 57, "percent", "%", "giao dịch bất động sản",
      P("Quý II/2024", "2024-04-01", "2024-06-30")),
    F("có 21 dự án", "21", 21, "count", "dự án", "dự án nhà ở thương mại hoàn thành", Q2),
    F("với 5.824 căn", "5.824", 5824, "count", "căn", "căn nhà ở thương mại hoàn thành", Q2, percent=91),
    F("36 dự án", "36", 36, "count", "dự án", "dự án nhà ở thương mại được cấp phép mới", Q2),
    F("với 18.751 căn", "18.751", 18751, "count", "căn", "căn nhà ở thương mại được cấp phép mới", Q2),
    F("khoảng 24.800 giao dịch", "24.800", 24800, "count", "giao dịch",
      "giao dịch thành công căn hộ chung cư, nhà ở riêng lẻ", I(Q2),
      approx="about", change=CH("increase", 57, baseline="quý trước")),
    F("khoảng 65.000 giao dịch", "65.000", 65000, "count", "giao dịch", "giao dịch đất nền", I(Q2),
      approx="about", change=CH("increase", 34)),
    F("hơn 60%", "60", 60, "percent", "%",
      "tỷ trọng giao dịch của Hà Nội, TP. Hồ Chí Minh, Bình Dương và Đà Nẵng trong tổng lượng giao dịch của cả nước",
      I(Q2), approx="over"),
    F("từ 50 đến 70 triệu", "50", 50e6, "money", "đồng/m²", "giá căn hộ chung cư", value_max=70e6, location="Hà Nội"),
    F("lên tới 100 triệu", "100", 100e6, "money", "đồng/m²", "giá căn hộ chung cư", location="Hà Nội"),
    F("từ 45 đến 60 triệu", "45", 45e6, "money", "đồng/m²", "giá căn hộ chung cư", value_max=60e6,
      location="TP. Hồ Chí Minh"),
    F("có 655 dự án", "655", 655, "count", "dự án", "dự án nhà ở xã hội đang được triển khai", NOW),
    F("quy mô 568.000 căn", "568.000", 568000, "count", "căn", "quy mô dự án nhà ở xã hội đang được triển khai", NOW),
    F("trong đó 79 dự án", "79", 79, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành", NOW, total=655),
    F("với 40.860 căn", "40.860", 40860, "count", "căn", "căn nhà ở xã hội đã hoàn thành", NOW, total=568000),
    F("gói tín dụng 120.000 tỷ đồng", "120.000", 120000e9, "money", "đồng", "gói tín dụng nhà ở xã hội", optional=True),
    F("cho vay 2.297 tỷ đồng", "2.297", 2297e9, "money", "đồng", "vốn ngân hàng cam kết cho vay", JUN),
    F("đối với 28 dự án", "28", 28, "count", "dự án", "dự án được cam kết cho vay", JUN),
    F("giải ngân 1.344 tỷ đồng", "1.344", 1344e9, "money", "đồng", "vốn đã giải ngân", JUN),
    F("ít nhất 1 triệu căn hộ", "1", 1e6, "count", "căn hộ", "căn hộ nhà ở xã hội", approx="at_least",
      status="target", optional=True),
    F("khoảng 130.000 căn", "130.000", 130000, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Bộ Xây dựng portal (invented): nhà ở và thị trường bất động sản quý II/2024. 'Ngày đăng: 29/07/2024 | Lượt xem: 1.915'.",
    "National figures (location Việt Nam) except the price ranges for Hà Nội and TP. Hồ Chí Minh. The headline rate is its own claim",
    "(percent, no change); in the body the same 57% is the change of 24.800 giao dịch. 'bằng 91% so với quý I/2024' is the percent of 5.824.",
    "'trong đó 79 dự án ... với 40.860 căn' after '655 dự án với quy mô 568.000 căn': each part takes the whole that counts the same thing.",
    "'đến nay' ends at the article's date. The credit package '120.000 tỷ đồng' and the programme name 'ít nhất 1 triệu căn hộ' are",
    "names of a package / a programme (optional). 'giai đoạn 2021 - 2030', the address '37 Lê Đại Hành' and the phone are not figures.",
    "'lên tới 100 triệu đồng/m²' is kept exact ('lên tới' is not one of the spec's approx cues).",
]

if __name__ == "__main__":
    emit("p504-4", TEXT, COMMENTS, FIGS, published="2024-07-29", location="Việt Nam")
