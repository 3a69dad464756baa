from lib import F, P, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Cục Lâm nghiệp và Kiểm lâm

Phát triển dược liệu dưới tán rừng: hướng đi bền vững cho kinh tế lâm nghiệp

Theo báo cáo của Cục Lâm nghiệp và Kiểm lâm, năm 2024 cả nước có khoảng 31.500 ha dược liệu được trồng dưới tán rừng, tăng 18% so với năm 2022, chiếm khoảng 27% tổng diện tích trồng dược liệu. Việt Nam hiện ghi nhận 5.117 loài cây thuốc, trong đó khoảng 200 loài có giá trị kinh tế cao.

Có 21 tỉnh phát triển mô hình dược liệu dưới tán rừng với quy mô trên 500 ha; dẫn đầu là Quảng Nam (4.200 ha), Kon Tum (3.850 ha), Hà Giang (2.100 ha) và Lào Cai (1.520 ha).

Giai đoạn 2021-2024, giá trị sản xuất dược liệu dưới tán rừng đạt bình quân khoảng 5,6 nghìn tỷ đồng/năm; thu nhập của người trồng tăng từ 1,5 đến 2 lần so với canh tác nương rẫy. Cả nước có 1.236 hợp tác xã và khoảng 450 doanh nghiệp tham gia chuỗi giá trị dược liệu; 392 sản phẩm dược liệu được công nhận OCOP, trong đó 3 sản phẩm đạt 5 sao.

Theo Quyết định số 376/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2030 phấn đấu phát triển 180.000 ha vùng trồng dược liệu, đáp ứng 30-40% nhu cầu nguyên liệu cho sản xuất thuốc trong nước. Chương trình phát triển lâm sản ngoài gỗ đặt mục tiêu đến năm 2030 đạt 100.000 ha dược liệu dưới tán rừng, với giá trị xuất khẩu trên 1 tỷ USD.

Việc trồng dược liệu dưới tán rừng được thực hiện theo Luật Lâm nghiệp năm 2017 và Nghị định số 156/2018/NĐ-CP, bảo đảm không chặt phá cây rừng, không làm thay đổi mục đích sử dụng rừng.

Nguồn: Cục Lâm nghiệp và Kiểm lâm
20/03/2025
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24_I = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
NOW = P("hiện", None, None)

FIGS = [
    F("khoảng 31.500 ha", "31.500", 31500, "measure", "ha", "dược liệu được trồng dưới tán rừng", Y24, approx="about",
      percent=27, change={"direction": "increase", "value": 18, "unit": "%", "baseline": "năm 2022"}),
    F("ghi nhận 5.117 loài", "5.117", 5117, "count", "loài", "loài cây thuốc"),
    F("khoảng 200 loài", "200", 200, "count", "loài", "loài có giá trị kinh tế cao", approx="about", total=5117),
    F("Có 21 tỉnh", "21", 21, "count", "tỉnh", "tỉnh phát triển mô hình dược liệu dưới tán rừng", Y24_I),
    F("trên 500 ha", "500", 500, "measure", "ha", "quy mô", approx="over", optional=True),
    F("Quảng Nam (4.200 ha)", "4.200", 4200, "measure", "ha", "diện tích dược liệu dưới tán rừng", Y24_I, location="Quảng Nam"),
    F("Kon Tum (3.850 ha)", "3.850", 3850, "measure", "ha", "diện tích dược liệu dưới tán rừng", Y24_I, location="Kon Tum"),
    F("Hà Giang (2.100 ha)", "2.100", 2100, "measure", "ha", "diện tích dược liệu dưới tán rừng", Y24_I, location="Hà Giang"),
    F("Lào Cai (1.520 ha)", "1.520", 1520, "measure", "ha", "diện tích dược liệu dưới tán rừng", Y24_I, location="Lào Cai"),
    F("khoảng 5,6 nghìn tỷ", "5,6", 5.6e12, "money", "đồng/năm", "giá trị sản xuất dược liệu dưới tán rừng", GD,
      approx="about"),
    F("từ 1,5 đến 2 lần", "1,5", 1.5, "multiple", "lần", "thu nhập của người trồng", GD, value_max=2),
    F("có 1.236 hợp tác xã", "1.236", 1236, "count", "hợp tác xã", "hợp tác xã tham gia chuỗi giá trị dược liệu"),
    F("khoảng 450 doanh nghiệp", "450", 450, "count", "doanh nghiệp", "doanh nghiệp tham gia chuỗi giá trị dược liệu",
      approx="about"),
    F("; 392 sản phẩm", "392", 392, "count", "sản phẩm", "sản phẩm dược liệu được công nhận OCOP"),
    F("đó 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm đạt 5 sao", total=392),
    F("đạt 5 sao", "5", 5, "measure", "sao", "hạng sao OCOP", optional=True),
    F("triển 180.000 ha", "180.000", 180000, "measure", "ha", "vùng trồng dược liệu", T30, status="target"),
    F("đáp ứng 30-40%", "30", 30, "percent", "%", "nhu cầu nguyên liệu cho sản xuất thuốc trong nước", T30,
      value_max=40, status="target"),
    F("đạt 100.000 ha", "100.000", 100000, "measure", "ha", "dược liệu dưới tán rừng", T30, status="target"),
    F("trên 1 tỷ USD", "1", 1e9, "money", "USD", "giá trị xuất khẩu", T30, approx="over", status="target"),
]

HEADER = """Ministry site (Bộ Nông nghiệp và Môi trường, Cục Lâm nghiệp và Kiểm lâm): dược liệu dưới tán rừng, national. Bare date '20/03/2025' at the end.
Distractors: 'Quyết định số 376/QĐ-TTg', 'Luật Lâm nghiệp năm 2017', 'Nghị định số 156/2018/NĐ-CP'.
National figures: location Việt Nam; provinces in the list take their own location, subject = the list's indicator, period inherited from 'năm 2024'.
'21 tỉnh' is a national count of provinces (location Việt Nam); 'quy mô trên 500 ha' is a threshold: optional.
'khoảng 31.500 ha, tăng 18% ..., chiếm khoảng 27% ...': change and percent attributes. 'khoảng 200 loài' after 'trong đó' has total 5.117.
'tăng từ 1,5 đến 2 lần so với canh tác nương rẫy' has no base amount: a multiple figure (range). '5,6 nghìn tỷ đồng/năm' = 5,6·10^12 đồng/năm.
'5.117 loài cây thuốc' is a present state ('hiện'), no period. Targets 'đến năm 2030' (status target, end 2030-12-31)."""

emit(5, HEADER, TEXT, FIGS, published="2025-03-20", location="Việt Nam")
