from lib import F, P, I, C, T, build

TEXT = """BÁO THÁI NGUYÊN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI NGUYÊN
Kinh tế

Bánh chưng Bờ Đậu vào mùa Tết

Những ngày này, dọc Quốc lộ 3 qua xóm Bờ Đậu, xã Cổ Lũng (Phú Lương), khói bếp luộc bánh bốc lên nghi ngút. Xóm hiện có 92 hộ làm bánh chưng, trong đó 35 hộ mở cửa hàng bán lẻ ven quốc lộ.

Theo ông Lê Văn Thắng, Chủ tịch Hội làng nghề bánh chưng Bờ Đậu, Tết Ất Tỵ năm nay các hộ dự kiến sản xuất khoảng 1,2 triệu chiếc bánh, tăng khoảng 15% so với năm trước. Những ngày cao điểm, cả xóm dùng từ 8 đến 10 tấn gạo nếp và khoảng 15.000 lá dong mỗi ngày.

Bánh chưng Bờ Đậu có giá từ 40.000 đến 60.000 đồng/chiếc, tăng khoảng 5.000 đồng/chiếc so với Tết năm ngoái do giá nguyên liệu tăng. Năm 2024, thu nhập từ nghề làm bánh của xóm đạt gần 30 tỷ đồng; nhiều hộ có thu nhập trên 500 triệu đồng/năm.

Chị Nguyễn Thị Hoa (46 tuổi) cho biết gia đình chị mỗi ngày gói khoảng 500 chiếc, bánh được luộc liên tục 10-12 tiếng bằng củi. "Năm nay khách đặt qua mạng nhiều, có đơn gửi vào tận Thành phố Hồ Chí Minh", chị Hoa nói.

Năm 2023, sản phẩm bánh chưng Bờ Đậu của Hợp tác xã bánh chưng Bờ Đậu được công nhận OCOP 4 sao; hiện 100% hộ làm bánh trong xóm đã ký cam kết bảo đảm an toàn thực phẩm. Huyện Phú Lương đặt mục tiêu đến năm 2025 có 70% cơ sở làm bánh được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm, xây dựng 1 khu sản xuất bánh chưng tập trung rộng khoảng 2 ha.

THU HÀ
24/01/2025
"""

NAY = P("năm nay", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 92 hộ", "92", 92, "count", "hộ", "hộ làm bánh chưng"),
    F("trong đó 35 hộ", "35", 35, "count", "hộ", "hộ mở cửa hàng bán lẻ ven quốc lộ", total=92),
    F("khoảng 1,2 triệu chiếc", "1,2", 1.2e6, "count", "chiếc bánh", "bánh chưng các hộ sản xuất dịp Tết", NAY,
      approx="about", status="forecast", change=C("increase", 15, "%", "năm trước", "about")),
    F("từ 8 đến 10 tấn", "8", 8, "measure", "tấn/ngày", "gạo nếp dùng mỗi ngày cao điểm", I(NAY), value_max=10),
    F("khoảng 15.000 lá dong", "15.000", 15000, "measure", "lá dong/ngày", "lá dong dùng mỗi ngày cao điểm", I(NAY), approx="about"),
    F("từ 40.000 đến 60.000 đồng/chiếc", "40.000", 40000, "money", "đồng/chiếc", "giá bánh chưng Bờ Đậu", I(NAY),
      value_max=60000, change=C("increase", 5000, "đồng/chiếc", "Tết năm ngoái", "about")),
    F("gần 30 tỷ đồng", "30", 30e9, "money", "đồng", "thu nhập từ nghề làm bánh của xóm", Y24, approx="nearly"),
    F("trên 500 triệu đồng/năm", "500", 500e6, "money", "đồng/năm", "thu nhập của hộ làm bánh", Y24, approx="over"),
    F("(46 tuổi)", "46", 46, "measure", "tuổi", "tuổi chị Nguyễn Thị Hoa", optional=True),
    F("khoảng 500 chiếc", "500", 500, "measure", "chiếc/ngày", "bánh gia đình chị Hoa gói mỗi ngày", approx="about"),
    F("liên tục 10-12 tiếng", "10", 10, "measure", "tiếng", "thời gian luộc bánh", value_max=12),
    F("OCOP 4 sao", "4", 4, "count", "sao", "hạng OCOP bánh chưng Bờ Đậu", optional=True),
    F("hiện 100% hộ", "100", 100, "percent", "%", "hộ làm bánh đã ký cam kết bảo đảm an toàn thực phẩm"),
    F("có 70% cơ sở", "70", 70, "percent", "%", "cơ sở làm bánh được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", T25,
      status="target"),
    F("xây dựng 1 khu", "1", 1, "count", "khu sản xuất", "khu sản xuất bánh chưng tập trung", T25, status="target"),
    F("khoảng 2 ha", "2", 2, "measure", "ha", "diện tích khu sản xuất bánh chưng tập trung", T25, approx="about", status="target"),
]

build("p826-5", TEXT, FIGS, published="2025-01-24", location="Phú Lương", comments=[
    "Báo Thái Nguyên (Party paper): bánh chưng Bờ Đậu, xã Cổ Lũng, huyện Phú Lương, before Tết Ất Tỵ 2025; byline THU HÀ and bare date 24/01/2025 at the end.",
    "Location is the district (Phú Lương) throughout; Thành phố Hồ Chí Minh in a quote is a destination, not a place of a figure.",
    "Daily amounts are rates (measure, unit x/ngày). The price range carries the change 'tăng khoảng 5.000 đồng/chiếc so với Tết năm ngoái'.",
    "'trên 500 triệu đồng/năm' stands in the sentence that begins 'Năm 2024', so it takes 2024. The age '(46 tuổi)' and OCOP stars are optional.",
    "'đặt mục tiêu đến năm 2025' governs the continuing clause: 1 khu and khoảng 2 ha are targets too.",
    "Not figures: Quốc lộ 3, Tết Ất Tỵ, the bare date at the end.",
])
