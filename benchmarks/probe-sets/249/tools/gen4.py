from lib import F, P, C, T, build

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH TRÀ VINH
Thông tin dịch bệnh

Tình hình dịch bệnh trên tôm nuôi nước lợ 9 tháng năm 2024
Ngày đăng: 08/10/2024 | Lượt xem: 742

Theo báo cáo của Chi cục Chăn nuôi và Thú y tỉnh Trà Vinh, tính đến ngày 30/9/2024, toàn tỉnh đã thả nuôi 52.316 ha tôm nước lợ với 4,38 tỷ con giống; diện tích tôm bị thiệt hại là 2.874 ha, chiếm 5,49% diện tích thả nuôi, tăng 0,8% so với cùng kỳ năm 2023.

Trong đó, tôm sú thiệt hại 612 ha, tôm thẻ chân trắng 2.262 ha. Nguyên nhân chủ yếu do môi trường biến động 1.930 ha, bệnh hoại tử gan tụy cấp 587 ha và bệnh đốm trắng 357 ha.

Địa phương có diện tích thiệt hại cao nhất là thị xã Duyên Hải với 1.126 ha, kế đến là huyện Cầu Ngang 845 ha, huyện Trà Cú 502 ha và huyện Châu Thành 401 ha.

Ngay khi phát hiện dịch bệnh, ngành thú y đã cấp phát 12.500 kg hóa chất Chlorine để xử lý 1.560 ha ao nuôi bị bệnh; tổ chức 46 lớp tập huấn cho hơn 2.300 lượt người nuôi về quy trình phòng bệnh. Theo Nghị định số 02/2017/NĐ-CP, UBND tỉnh đã hỗ trợ thiệt hại cho 1.027 hộ với tổng kinh phí hơn 4,2 tỷ đồng, mức hỗ trợ từ 3 đến 5 triệu đồng/ha.

Kết quả quan trắc môi trường tại 18 điểm cho thấy độ mặn dao động từ 12 đến 28‰, cao hơn 3‰ so với trung bình nhiều năm. Dự báo trong quý IV/2024, thời tiết tiếp tục diễn biến phức tạp, khoảng 30% diện tích nuôi có nguy cơ nhiễm bệnh.

Chi cục đề nghị người nuôi không thả giống ồ ạt, chỉ sử dụng con giống đã qua kiểm dịch. Khi phát hiện tôm bệnh, báo ngay cho cán bộ thú y xã hoặc gọi đường dây nóng 0294.3862.517 (trong giờ hành chính từ 7 giờ đến 17 giờ).

Phòng Dịch tễ
"""

AS = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
DMG = "diện tích tôm bị thiệt hại"

FIGS = [
    F("thả nuôi 52.316 ha", "52.316", "measure", "ha", "diện tích thả nuôi tôm nước lợ", period=AS),
    F("với 4,38 tỷ con", "4,38", "count", "con", "con giống thả nuôi", mult="tỷ", period=AS),
    F("thiệt hại là 2.874 ha", "2.874", "measure", "ha", DMG, percent=5.49,
      change=C("increase", 0.8, "%", "cùng kỳ năm 2023"), period=AS),
    F("thiệt hại 612 ha", "612", "measure", "ha", "diện tích tôm sú thiệt hại", total=2874, period=ASi),
    F("chân trắng 2.262 ha", "2.262", "measure", "ha", "diện tích tôm thẻ chân trắng thiệt hại", total=2874, period=ASi),
    F("biến động 1.930 ha", "1.930", "measure", "ha", "diện tích thiệt hại do môi trường biến động", period=ASi),
    F("gan tụy cấp 587 ha", "587", "measure", "ha", "diện tích thiệt hại do bệnh hoại tử gan tụy cấp", period=ASi),
    F("đốm trắng 357 ha", "357", "measure", "ha", "diện tích thiệt hại do bệnh đốm trắng", period=ASi),
    F("với 1.126 ha", "1.126", "measure", "ha", DMG, location="Duyên Hải", period=ASi),
    F("Cầu Ngang 845 ha", "845", "measure", "ha", DMG, location="Cầu Ngang", period=ASi),
    F("Trà Cú 502 ha", "502", "measure", "ha", DMG, location="Trà Cú", period=ASi),
    F("Châu Thành 401 ha", "401", "measure", "ha", DMG, location="Châu Thành", period=ASi),
    F("12.500 kg", "12.500", "measure", "kg", "hóa chất Chlorine cấp phát", period=ASi),
    F("xử lý 1.560 ha", "1.560", "measure", "ha", "diện tích ao nuôi bị bệnh được xử lý", period=ASi),
    F("46 lớp tập huấn", "46", "count", "lớp tập huấn", "lớp tập huấn phòng bệnh", period=ASi),
    F("hơn 2.300 lượt", "2.300", "count", "lượt người nuôi", "lượt người nuôi được tập huấn", approx="over", period=ASi),
    F("cho 1.027 hộ", "1.027", "count", "hộ", "hộ được hỗ trợ thiệt hại", period=ASi),
    F("hơn 4,2 tỷ đồng", "4,2", "money", "đồng", "tổng kinh phí hỗ trợ thiệt hại", mult="tỷ", approx="over", period=ASi),
    F("từ 3 đến 5 triệu đồng/ha", "3", "money", "đồng/ha", "mức hỗ trợ thiệt hại", mult="triệu", value_max=5e6),
    F("tại 18 điểm", "18", "count", "điểm", "điểm quan trắc môi trường"),
    F("từ 12 đến 28‰", "12", "measure", "‰", "độ mặn", value_max=28,
      change=C("increase", 3, "‰", "trung bình nhiều năm")),
    F("khoảng 30% diện tích", "30", "percent", "%", "diện tích nuôi có nguy cơ nhiễm bệnh", approx="about",
      status="forecast", period=Q4),
]

COMMENTS = [
    "Department site (Chi cục Chăn nuôi và Thú y Trà Vinh): dịch bệnh trên tôm nước lợ to 30/9/2024; 'Ngày đăng: 08/10/2024 | Lượt xem: 742'.",
    "As-of period 'tính đến ngày 30/9/2024' (start null); later paragraphs inherit it. 'chiếm 5,49%' then 'tăng 0,8% so với cùng kỳ' both attach to 2.874 ha.",
    "'Trong đó' species parts take total 2874; the cause list in the next sentence has no part-of cue (no total), nor does the district list",
    "(which adds up to 2.874 but has no cue). Districts/towns are locations. '4,38 tỷ con' after 'với' is a figure of its own.",
    "'mức hỗ trợ từ 3 đến 5 triệu đồng/ha' is a money range (unit đồng/ha). Salinity range in ‰ with its change 'cao hơn 3‰'.",
    "'Dự báo trong quý IV/2024 … khoảng 30%' is a forecast. Distractors: Nghị định số 02/2017/NĐ-CP, hotline 0294.3862.517,",
    "office hours '7 giờ đến 17 giờ', counter 'Lượt xem: 742', 'Phòng Dịch tễ'.",
]

build(4, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Trà Vinh")
