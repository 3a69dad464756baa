from lib import F, P, emit

TEXT = """Lào Cai: Diện tích dược liệu trồng dưới tán rừng đạt hơn 1.400 ha
Cập nhật: 14/10/2024 09:15 | Lượt xem: 1.236

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến 30/9/2024, tổng diện tích cây dược liệu trên địa bàn tỉnh Lào Cai đạt 6.850 ha, tăng 7,4% so với cùng kỳ năm 2023; trong đó diện tích trồng dưới tán rừng là 1.426 ha, chiếm 20,8%. Với kết quả này, Lào Cai tiếp tục đứng thứ 2 cả nước về diện tích dược liệu.

Diện tích dược liệu dưới tán rừng tập trung ở các huyện, thị xã Bát Xát (512 ha), Sa Pa (387 ha), Bắc Hà (241 ha) và Văn Bàn (168 ha). Các loài chủ lực gồm tam thất, đương quy, xuyên khung, thảo quả và lan kim tuyến.

Từ đầu năm đến nay, sản lượng dược liệu thu hoạch ước đạt 18.600 tấn, tăng 8,2% so với cùng kỳ; giá trị ước đạt 1.150 tỷ đồng. Giá tam thất khô dao động từ 1,2 đến 1,8 triệu đồng/kg, đương quy từ 55.000-70.000 đồng/kg. Thu nhập bình quân từ trồng dược liệu dưới tán rừng đạt khoảng 150 triệu đồng/ha/năm. Thu nhập này cao gấp 3 lần so với trồng ngô trên đất dốc.

Toàn tỉnh hiện có 47 hợp tác xã và 12 doanh nghiệp tham gia sản xuất, chế biến dược liệu; 26 sản phẩm từ dược liệu được công nhận OCOP, trong đó 9 sản phẩm đạt 4 sao.

Thực hiện Nghị quyết số 10-NQ/TU ngày 05/3/2021 của Tỉnh ủy và Quyết định số 2045/QĐ-UBND của UBND tỉnh, giai đoạn 2021-2025 tỉnh phấn đấu phát triển 10.000 ha dược liệu, trong đó 2.500 ha dưới tán rừng; đến năm 2030 đạt 15.000 ha.

Mọi thông tin xin liên hệ Chi cục Trồng trọt và Bảo vệ thực vật, số 286 đường Hoàng Liên, phường Cốc Lếu, TP Lào Cai; điện thoại 0214.3840.226.
"""

ASOF = P("tính đến 30/9/2024", None, "2024-09-30")
ASOF_I = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YTD_I = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14", inh=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("đạt hơn 1.400 ha", "1.400", 1400, "measure", "ha", "diện tích dược liệu trồng dưới tán rừng", approx="over"),
    F("đạt 6.850 ha", "6.850", 6850, "measure", "ha", "tổng diện tích cây dược liệu", ASOF,
      change={"direction": "increase", "value": 7.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("là 1.426 ha", "1.426", 1426, "measure", "ha", "diện tích trồng dưới tán rừng", ASOF,
      total=6850, percent=20.8),
    F("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", "diện tích dược liệu", ASOF_I),
    F("Bát Xát (512 ha)", "512", 512, "measure", "ha", "diện tích dược liệu dưới tán rừng", ASOF_I, location="Bát Xát"),
    F("Sa Pa (387 ha)", "387", 387, "measure", "ha", "diện tích dược liệu dưới tán rừng", ASOF_I, location="Sa Pa"),
    F("Bắc Hà (241 ha)", "241", 241, "measure", "ha", "diện tích dược liệu dưới tán rừng", ASOF_I, location="Bắc Hà"),
    F("Văn Bàn (168 ha)", "168", 168, "measure", "ha", "diện tích dược liệu dưới tán rừng", ASOF_I, location="Văn Bàn"),
    F("ước đạt 18.600 tấn", "18.600", 18600, "measure", "tấn", "sản lượng dược liệu thu hoạch", YTD,
      change={"direction": "increase", "value": 8.2, "unit": "%", "baseline": "cùng kỳ"}, status="estimate"),
    F("ước đạt 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "giá trị", YTD, status="estimate"),
    F("từ 1,2 đến 1,8 triệu", "1,2", 1.2e6, "money", "đồng/kg", "giá tam thất khô", value_max=1.8e6),
    F("55.000-70.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá đương quy", value_max=70000),
    F("khoảng 150 triệu đồng/ha/năm", "150", 150e6, "money", "đồng/ha/năm",
      "thu nhập bình quân từ trồng dược liệu dưới tán rừng", approx="about"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ trồng dược liệu dưới tán rừng so với trồng ngô"),
    F("có 47 hợp tác xã", "47", 47, "count", "hợp tác xã", "hợp tác xã tham gia sản xuất, chế biến dược liệu"),
    F("và 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp tham gia sản xuất, chế biến dược liệu"),
    F("; 26 sản phẩm", "26", 26, "count", "sản phẩm", "sản phẩm từ dược liệu được công nhận OCOP"),
    F("đó 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm OCOP đạt 4 sao", total=26),
    F("đạt 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("phát triển 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích dược liệu", GD, status="target"),
    F("đó 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích dược liệu dưới tán rừng", GD,
      total=10000, status="target"),
    F("đạt 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích dược liệu",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

HEADER = """Cổng TTĐT tỉnh Lào Cai (province portal): dược liệu dưới tán rừng, tính đến 30/9/2024; 'Cập nhật: 14/10/2024 09:15 | Lượt xem: 1.236'.
Distractors: view counter 1.236, 'ngày 05/3/2021', 'Nghị quyết số 10-NQ/TU', 'Quyết định số 2045/QĐ-UBND', address 'số 286 đường Hoàng Liên', phone 0214.3840.226.
1.426 ha is the part after 'trong đó' of 6.850 ha (total) and carries 'chiếm 20,8%'. District list items: place = location, subject = the list's indicator.
'Từ đầu năm đến nay' runs from 1/1/2024 to the dateline. 'cao gấp 3 lần so với trồng ngô' stands alone in its sentence: a multiple figure.
'đạt 4 sao' (OCOP star class) is a label-like rating: optional. Headline 'hơn 1.400 ha' has no period in its line."""

emit(1, HEADER, TEXT, FIGS, published="2024-10-14", location="Lào Cai")
