from lib import F, P, inh, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHÚ ĐÔNG - THÀNH PHỐ SA ĐÉC
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội
Thứ Năm, 25/01/2024 - 09:12

Làng nhang Tân Phú Đông tất bật vụ Tết, mỗi ngày xuất hơn 2 triệu cây nhang

Những ngày giáp Tết Giáp Thìn, dọc các tuyến đường ấp Phú Long và ấp Phú Hòa, sân phơi nhang đỏ rực. Theo thống kê của UBND xã, hiện toàn xã có 57 hộ làm nhang, giải quyết việc làm cho khoảng 350 lao động, trong đó 210 lao động nữ.

Vào cao điểm cuối năm, các hộ sản xuất hơn 2 triệu cây nhang mỗi ngày. Giá nhang thành phẩm tại cơ sở từ 35.000 đến 60.000 đồng/kg tùy loại; nhang trầm, nhang quế có giá 120.000-150.000 đồng/kg.

Năm 2023, tổng doanh thu của làng nghề đạt 46,8 tỷ đồng, tăng 12,3% so với năm 2022; lợi nhuận bình quân mỗi hộ từ 150 đến 200 triệu đồng/năm. Bên cạnh sản xuất, làng nhang còn trở thành điểm chụp ảnh nổi tiếng, năm 2023 đón hơn 28.000 lượt khách tham quan, trong đó khách quốc tế chiếm khoảng 15%. Phí tham quan, chụp ảnh tại các cơ sở là 20.000 đồng/lượt.

Làng nghề được UBND tỉnh công nhận theo Quyết định số 1238/QĐ-UBND-HC ngày 15/11/2012. Năm 2024, xã phấn đấu doanh thu làng nghề đạt 50 tỷ đồng, đón 35.000 lượt khách; đồng thời hỗ trợ 10 hộ vay vốn ưu đãi, mỗi hộ tối đa 100 triệu đồng để đầu tư máy trộn bột, máy se nhang.

Thông tin liên hệ: UBND xã Tân Phú Đông, ấp Phú Long, xã Tân Phú Đông, TP Sa Đéc, tỉnh Đồng Tháp. Điện thoại: 0277.3864.215.

Minh Thư (Văn phòng HĐND và UBND xã)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ngày xuất hơn 2 triệu", "2", 2e6, "count", "cây nhang", "nhang sản xuất mỗi ngày", approx="over"),
    F("có 57 hộ", "57", 57, "count", "hộ", "hộ làm nhang"),
    F("khoảng 350 lao động", "350", 350, "count", "lao động", "lao động làm nhang", approx="about"),
    F("210 lao động nữ", "210", 210, "count", "lao động", "lao động nữ", total=350),
    F("hộ sản xuất hơn 2 triệu", "2", 2e6, "count", "cây nhang", "nhang các hộ sản xuất mỗi ngày vào cao điểm cuối năm",
      approx="over"),
    F("từ 35.000 đến 60.000", "35.000", 35000, "money", "đồng/kg", "giá nhang thành phẩm tại cơ sở", value_max=60000),
    F("giá 120.000-150.000", "120.000", 120000, "money", "đồng/kg", "giá nhang trầm, nhang quế", value_max=150000),
    F("đạt 46,8 tỷ đồng", "46,8", 46.8e9, "money", "đồng", "tổng doanh thu của làng nghề", Y23,
      change=CH("increase", 12.3, "%", "năm 2022")),
    F("từ 150 đến 200 triệu", "150", 150e6, "money", "đồng/năm", "lợi nhuận bình quân mỗi hộ", Y23, value_max=200e6),
    F("hơn 28.000 lượt khách", "28.000", 28000, "count", "lượt khách", "lượt khách tham quan làng nhang", y23,
      approx="over"),
    F("khoảng 15%", "15", 15, "percent", "%", "tỷ lệ khách quốc tế trong lượt khách tham quan", y23, approx="about"),
    F("là 20.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt", "phí tham quan, chụp ảnh tại các cơ sở"),
    F("đạt 50 tỷ đồng", "50", 50e9, "money", "đồng", "doanh thu làng nghề", Y24, status="target"),
    F("đón 35.000 lượt khách", "35.000", 35000, "count", "lượt khách", "lượt khách tham quan làng nghề", Y24,
      status="target"),
    F("hỗ trợ 10 hộ", "10", 10, "count", "hộ", "hộ được hỗ trợ vay vốn ưu đãi", Y24, status="target"),
    F("tối đa 100 triệu", "100", 100e6, "money", "đồng", "mức vay vốn ưu đãi mỗi hộ", Y24,
      approx="at_most", status="target"),
]

emit("p780-2", TEXT, [
    "Commune portal (xã Tân Phú Đông, TP Sa Đéc, Đồng Tháp): incense village before Tết 2024.",
    "Location: the commune is in TP Sa Đéc (district level), so 'Sa Đéc'. 'hiện' sentences get no period.",
    "'phấn đấu' governs its clause and the 'đồng thời' clause that continues it (target).",
    "Distractors: dateline, Tết Giáp Thìn, QĐ số 1238/QĐ-UBND-HC ngày 15/11/2012, phone 0277.3864.215.",
], FIGS, published="2024-01-25", location="Sa Đéc")
