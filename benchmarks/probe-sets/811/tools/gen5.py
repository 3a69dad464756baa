from lib import F, P, I, C, T, build

TEXT = """BÁO NGHỆ AN - Kinh tế

Nghề làm mắm ở bãi ngang Quỳnh Lưu vào mùa

Những ngày cuối năm, các hộ làm mắm ở xã Quỳnh Thuận, huyện Quỳnh Lưu tất bật ủ chượp, đóng chai để kịp giao hàng dịp Tết. Toàn xã hiện có 173 hộ làm mắm, trong đó 58 hộ chuyên làm mắm tép, mắm tôm và 115 hộ làm nước mắm, mắm cá cơm.

Năm nay, nguồn cá cơm, moi tươi về bến ít, sản lượng nguyên liệu thu mua giảm gần 30% so với năm 2022. Moi tươi được thương lái bán cho các hộ từ 25.000 đến 30.000 đồng/kg, cá cơm khoảng 18.000 đồng/kg. Giá nguyên liệu hiện gấp 1,5 lần cùng kỳ năm trước.

Theo ông Hồ Văn Sáu, Giám đốc HTX Chế biến hải sản Thuận Hải, HTX có 35 thành viên, mỗi năm cung cấp ra thị trường khoảng 120 tấn mắm các loại và 60.000 lít nước mắm. Năm 2023, doanh thu của HTX ước đạt 7,2 tỷ đồng, lợi nhuận khoảng 900 triệu đồng. Lao động thường xuyên của HTX có thu nhập từ 6 đến 7,5 triệu đồng/tháng. Sản phẩm mắm tép Thuận Hải đã đạt chuẩn OCOP 3 sao từ năm 2021.

Huyện Quỳnh Lưu hiện có 6 làng nghề chế biến hải sản được công nhận với khoảng 1.400 hộ tham gia. Năm 2023, sản lượng nước mắm toàn huyện dự kiến đạt 2,6 triệu lít, mắm các loại đạt 1.900 tấn. Từ đầu năm 2023 đến nay, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 64 cơ sở, nhắc nhở 11 cơ sở chưa bảo đảm vệ sinh nhà xưởng.

Để nghề bền vững, huyện phấn đấu đến năm 2025 có thêm 3 sản phẩm mắm đạt chuẩn OCOP và 80% hộ làm mắm sử dụng bể chượp có mái che.

PHẠM BẰNG
18/12/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-12-18")
TGT = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 173 hộ", "173", 173, "count", "hộ", "hộ làm mắm"),
    F("58 hộ", "58", 58, "count", "hộ", "hộ chuyên làm mắm tép, mắm tôm", total=173),
    F("115 hộ", "115", 115, "count", "hộ", "hộ làm nước mắm, mắm cá cơm", total=173),
    F("giảm gần 30%", "30", 30, "percent", "%", "sản lượng nguyên liệu thu mua", approx="nearly",
      period=P("Năm nay", "2023-01-01", "2023-12-31")),
    F("từ 25.000 đến", "25.000", 25000, "money", "đồng/kg", "giá moi tươi bán cho các hộ", value_max=30000,
      period=I(P("Năm nay", "2023-01-01", "2023-12-31"))),
    F("khoảng 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá cá cơm", approx="about",
      period=I(P("Năm nay", "2023-01-01", "2023-12-31"))),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá nguyên liệu so với cùng kỳ năm trước"),
    F("có 35 thành viên", "35", 35, "count", "thành viên", "thành viên HTX Chế biến hải sản Thuận Hải"),
    F("khoảng 120 tấn", "120", 120, "measure", "tấn/năm", "mắm các loại HTX cung cấp ra thị trường mỗi năm",
      approx="about"),
    F("60.000 lít", "60.000", 60000, "measure", "lít/năm", "nước mắm HTX cung cấp ra thị trường mỗi năm"),
    F("ước đạt 7,2 tỷ đồng", "7,2", 7.2e9, "money", "đồng", "doanh thu của HTX", status="estimate", period=Y23),
    F("khoảng 900 triệu đồng", "900", 900e6, "money", "đồng", "lợi nhuận của HTX", approx="about",
      status="estimate", period=Y23),
    F("từ 6 đến 7,5 triệu", "6", 6e6, "money", "đồng/tháng", "thu nhập của lao động thường xuyên của HTX",
      value_max=7.5e6),
    F("OCOP 3 sao", "3", 3, "measure", "sao", optional=True),
    F("có 6 làng nghề", "6", 6, "count", "làng nghề", "làng nghề chế biến hải sản được công nhận"),
    F("khoảng 1.400 hộ", "1.400", 1400, "count", "hộ", "hộ tham gia làng nghề chế biến hải sản", approx="about"),
    F("đạt 2,6 triệu lít", "2,6", 2.6e6, "measure", "lít", "sản lượng nước mắm toàn huyện", status="forecast",
      period=Y23),
    F("đạt 1.900 tấn", "1.900", 1900, "measure", "tấn", "sản lượng mắm các loại toàn huyện", status="forecast",
      period=Y23),
    F("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở được Đoàn kiểm tra liên ngành kiểm tra", period=NOW),
    F("nhắc nhở 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bị nhắc nhở chưa bảo đảm vệ sinh nhà xưởng", period=NOW),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm mắm đạt chuẩn OCOP có thêm", status="target",
      period=TGT),
    F("80% hộ", "80", 80, "percent", "%", "hộ làm mắm sử dụng bể chượp có mái che", status="target", period=TGT),
]

COMMENTS = [
    "Báo Nghệ An (Party provincial paper): mắm households of xã Quỳnh Thuận / huyện Quỳnh Lưu, end of 2023; byline and bare date at the end (invented, probe set 811).",
    "Distractors: 'ông Hồ Văn Sáu' (number word in a name), 'từ năm 2021', 'PHẠM BẰNG 18/12/2023'.",
    "'Năm nay' = 2023 (published). 'gấp 1,5 lần cùng kỳ năm trước' stands alone as the claim: multiple.",
    "'khoảng 900 triệu đồng' continues the 'ước đạt' clause: estimate. 'mắm các loại đạt 1.900 tấn' continues 'dự kiến đạt': forecast.",
    "'mỗi năm' amounts keep the denominator (tấn/năm, lít/năm). Location is the district Quỳnh Lưu throughout.",
]

build("p811-5", TEXT, FIGS, comments=COMMENTS, published="2023-12-18", location="Quỳnh Lưu")
