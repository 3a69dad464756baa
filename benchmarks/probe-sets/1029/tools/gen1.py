from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Đồng Nai: Voi rừng phá hoại gần 95 ha cây trồng trong 6 tháng

Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo Chi cục Kiểm lâm tỉnh, 6 tháng đầu năm 2024, đàn voi hoang dã ở Khu Bảo tồn thiên nhiên - văn hóa Đồng Nai đã ra khỏi rừng 186 lượt, tăng 27 lượt so với cùng kỳ năm 2023. Trong số này, nhiều nhất là huyện Vĩnh Cửu (112 lượt), tiếp đến là Định Quán (51 lượt) và Tân Phú (23 lượt).

Voi đã phá hoại gần 95 ha cây trồng của 214 hộ dân, trong đó có 41,5 ha lúa và 28 ha bắp; ngoài ra còn quật đổ khoảng 1.300 cây ăn trái và phá hỏng 6 chòi rẫy. Diện tích bị thiệt hại gấp gần 1,5 lần cùng kỳ.

Tính đến 30/6/2024, tỉnh đã chi hơn 1,26 tỷ đồng, bằng 63% dự toán năm, hỗ trợ 187 lượt hộ bị thiệt hại theo Nghị quyết số 09/2021/NQ-HĐND. Mức hỗ trợ từ 8 đến 20 triệu đồng/ha tùy loại cây trồng.

Đến nay, tỉnh đã xây dựng 17,5 km hàng rào điện năng lượng mặt trời dọc ranh giới rừng, đạt 70% kế hoạch; phấn đấu đến cuối năm 2024 hoàn thành toàn bộ 25 km. Các xã Phú Lý, Mã Đà (huyện Vĩnh Cửu) đã thành lập 14 tổ tự quản với 126 thành viên trực đêm xua đuổi voi, được hỗ trợ 1,5 triệu đồng/người/tháng.

Hiện đàn voi tại Đồng Nai có khoảng 20 cá thể, trong đó có 4 cá thể non. Đáng chú ý, từ đầu tháng 6, voi đã 3 lần băng qua Quốc lộ 20 đoạn qua xã Phú Ngọc, huyện Định Quán; đây là lần thứ hai trong năm voi xuất hiện gần khu dân cư ấp 4.

Người dân phát hiện voi cần báo ngay cho Hạt Kiểm lâm Vĩnh Cửu qua số điện thoại 0251.3861.094 hoặc đường dây nóng 1900.6088.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOTES = [
    "Đồng Nai provincial portal: voi rừng 6 tháng đầu năm 2024 (lượt ra khỏi rừng, diện tích bị phá, hỗ trợ, hàng rào điện, đàn voi).",
    "Headline 'trong 6 tháng' has no year: takes 2024 from the dateline. 'Trong số này' after a sentence break: parts of the 186 lượt.",
    "'gấp gần 1,5 lần cùng kỳ' is its own sentence: a multiple. 'Hiện' gives no period. Support level (policy) gets no period.",
    "Distractors: Lượt xem 2.316, Nghị quyết số 09/2021/NQ-HĐND, Quốc lộ 20, lần thứ hai, ấp 4, phone numbers.",
]
FIGS = [
    F("phá hoại gần 95 ha cây trồng trong 6 tháng", "95", 95, "measure", "ha", "diện tích cây trồng bị voi rừng phá hoại",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("ra khỏi rừng 186 lượt", "186", 186, "count", "lượt", "lượt đàn voi hoang dã ra khỏi rừng", H1,
      change=C("increase", 27, "lượt", "cùng kỳ năm 2023")),
    F("Vĩnh Cửu (112 lượt)", "112", 112, "count", "lượt", "lượt đàn voi hoang dã ra khỏi rừng", I(H1),
      total=186, location="Vĩnh Cửu"),
    F("Định Quán (51 lượt)", "51", 51, "count", "lượt", "lượt đàn voi hoang dã ra khỏi rừng", I(H1),
      total=186, location="Định Quán"),
    F("Tân Phú (23 lượt)", "23", 23, "count", "lượt", "lượt đàn voi hoang dã ra khỏi rừng", I(H1),
      total=186, location="Tân Phú"),
    F("phá hoại gần 95 ha cây trồng của", "95", 95, "measure", "ha", "diện tích cây trồng bị voi phá hoại", I(H1),
      approx="nearly"),
    F("của 214 hộ dân", "214", 214, "count", "hộ", "hộ dân có cây trồng bị voi phá hoại", I(H1)),
    F("có 41,5 ha lúa", "41,5", 41.5, "measure", "ha", "diện tích lúa bị voi phá hoại", I(H1), total=95),
    F("và 28 ha bắp", "28", 28, "measure", "ha", "diện tích bắp bị voi phá hoại", I(H1), total=95),
    F("khoảng 1.300 cây ăn trái", "1.300", 1300, "count", "cây ăn trái", "cây ăn trái bị voi quật đổ", I(H1),
      approx="about"),
    F("phá hỏng 6 chòi rẫy", "6", 6, "count", "chòi rẫy", "chòi rẫy bị voi phá hỏng", I(H1)),
    F("gấp gần 1,5 lần", "1,5", 1.5, "multiple", "lần", "diện tích bị thiệt hại so với cùng kỳ", I(H1), approx="nearly"),
    F("chi hơn 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "kinh phí hỗ trợ thiệt hại do voi gây ra",
      P("Tính đến 30/6/2024", None, "2024-06-30"), approx="over", percent=63),
    F("hỗ trợ 187 lượt hộ", "187", 187, "count", "lượt hộ", "lượt hộ bị thiệt hại được hỗ trợ",
      P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("từ 8 đến 20 triệu đồng/ha", "8", 8e6, "money", "đồng/ha", "mức hỗ trợ thiệt hại cây trồng", value_max=20e6),
    F("xây dựng 17,5 km hàng rào", "17,5", 17.5, "measure", "km", "hàng rào điện năng lượng mặt trời đã xây dựng",
      P("Đến nay", None, "2024-07-12"), percent=70),
    F("hoàn thành toàn bộ 25 km", "25", 25, "measure", "km", "hàng rào điện năng lượng mặt trời",
      P("đến cuối năm 2024", None, "2024-12-31"), status="target"),
    F("thành lập 14 tổ tự quản", "14", 14, "count", "tổ tự quản", "tổ tự quản trực đêm xua đuổi voi", location="Vĩnh Cửu"),
    F("với 126 thành viên", "126", 126, "count", "thành viên", "thành viên tổ tự quản trực đêm xua đuổi voi",
      location="Vĩnh Cửu"),
    F("hỗ trợ 1,5 triệu đồng/người/tháng", "1,5", 1.5e6, "money", "đồng/người/tháng", "mức hỗ trợ thành viên tổ tự quản",
      location="Vĩnh Cửu"),
    F("khoảng 20 cá thể", "20", 20, "count", "cá thể", "cá thể voi trong đàn voi tại Đồng Nai", approx="about"),
    F("có 4 cá thể non", "4", 4, "count", "cá thể", "cá thể voi non", total=20),
    F("voi đã 3 lần băng qua", "3", 3, "count", "lần", "lần voi băng qua Quốc lộ 20",
      P("từ đầu tháng 6", "2024-06-01", "2024-07-12"), location="Định Quán"),
]
build("p1029-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Đồng Nai")
