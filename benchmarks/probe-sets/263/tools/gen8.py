from lib import F, P, emit

TEXT = """Mỹ Tú: Xóa cầu tiêu ao cá, xây dựng nông thôn mới xanh - sạch - đẹp

(STO) - Giai đoạn 2021-2025, huyện Mỹ Tú xác định nâng tỷ lệ hộ có nhà tiêu hợp vệ sinh là khâu đột phá trong tiêu chí môi trường. Nhờ đó, tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh của huyện đã tăng từ 61,5% năm 2020 lên 84,3% vào cuối năm 2024, xếp thứ 2/11 huyện, thị xã, thành phố trong tỉnh.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, từ năm 2021 đến hết quý IV/2024, toàn huyện đã xóa bỏ gần 1.200 cầu tiêu ao cá, vận động xây mới hơn 2.650 nhà tiêu tự hoại. Riêng năm 2024, Ngân hàng Chính sách xã hội huyện giải ngân 18,4 tỷ đồng cho 1.052 lượt hộ vay vốn nước sạch và vệ sinh môi trường, bình quân 17,5 triệu đồng/hộ.

Bên cạnh đó, Hội Nông dân huyện phối hợp triển khai 420 túi ủ biogas composite cho hộ chăn nuôi heo quy mô từ 10 đến 30 con; mỗi túi giá khoảng 7,5 triệu đồng, được dự án hỗ trợ 50%. Số hộ sử dụng túi ủ biogas hiện gấp 2 lần năm 2021. Tại xã Mỹ Hương, 9/9 ấp đã có mô hình thu gom, phân loại rác thải sinh hoạt, với 126 thùng rác công cộng và 3 lò đốt rác mini.

Ông Trần Văn Tươi, Phó Chủ tịch UBND huyện cho biết: Năm 2025, huyện phấn đấu tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 90% trở lên; xây dựng thêm khoảng 500 nhà tiêu cho hộ nghèo, hộ cận nghèo, mỗi căn hỗ trợ 6 triệu đồng từ nguồn xã hội hóa. Đồng thời, chậm nhất đến ngày 31/12/2025 không còn cầu tiêu ao cá trên địa bàn 8 xã, thị trấn.

Mọi đóng góp ý kiến xin liên hệ Văn phòng HĐND và UBND huyện Mỹ Tú, Quốc lộ 1A, ấp Mỹ Lợi, thị trấn Huỳnh Hữu Nghĩa, điện thoại 0299.3871.205.

Thanh Tùng
"""

Q4 = P("từ năm 2021 đến hết quý IV/2024", "2021-01-01", "2024-12-31")
Y24 = P("Riêng năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh"

FIGS = [
    F("từ 61,5% năm 2020", "61,5", 61.5, "percent", "%", SUBJ, P("năm 2020", "2020-01-01", "2020-12-31")),
    F("lên 84,3% vào", "84,3", 84.3, "percent", "%", SUBJ, P("cuối năm 2024", None, "2024-12-31")),
    F("thứ 2/11 huyện", "2", 2, "rank", "hạng", SUBJ, P("cuối năm 2024", None, "2024-12-31"), total=11),
    F("gần 1.200 cầu tiêu", "1.200", 1200, "count", "cầu tiêu ao cá", "cầu tiêu ao cá xóa bỏ", Q4, approx="nearly"),
    F("hơn 2.650 nhà tiêu", "2.650", 2650, "count", "nhà tiêu tự hoại", "nhà tiêu tự hoại xây mới", Q4, approx="over"),
    F("giải ngân 18,4 tỷ đồng", "18,4", 18400000000, "money", "đồng",
      "vốn vay nước sạch và vệ sinh môi trường giải ngân", Y24),
    F("cho 1.052 lượt hộ", "1.052", 1052, "count", "lượt hộ", "lượt hộ vay vốn nước sạch và vệ sinh môi trường", Y24),
    F("bình quân 17,5 triệu đồng/hộ", "17,5", 17500000, "money", "đồng/hộ", "mức vay bình quân", Y24),
    F("triển khai 420 túi", "420", 420, "count", "túi ủ biogas composite", "túi ủ biogas composite triển khai"),
    F("từ 10 đến 30 con", "10", 10, "count", "con", "quy mô chăn nuôi heo của hộ", value_max=30, optional=True),
    F("giá khoảng 7,5 triệu đồng", "7,5", 7500000, "money", "đồng", "giá mỗi túi ủ biogas", approx="about"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ của dự án cho túi ủ biogas"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "số hộ sử dụng túi ủ biogas so với năm 2021"),
    F("9/9 ấp", "9", 9, "count", "ấp", "ấp có mô hình thu gom, phân loại rác thải sinh hoạt", total=9),
    F("với 126 thùng", "126", 126, "count", "thùng rác công cộng", "thùng rác công cộng"),
    F("và 3 lò", "3", 3, "count", "lò đốt rác mini", "lò đốt rác mini"),
    F("đạt 90% trở lên", "90", 90, "percent", "%", "tỷ lệ hộ có nhà tiêu hợp vệ sinh", Y25, status="target",
      approx="at_least"),
    F("khoảng 500 nhà tiêu", "500", 500, "count", "nhà tiêu", "nhà tiêu xây thêm cho hộ nghèo, hộ cận nghèo", Y25,
      status="target", approx="about"),
    F("hỗ trợ 6 triệu đồng", "6", 6000000, "money", "đồng", "mức hỗ trợ mỗi căn nhà tiêu", Y25, status="target"),
    F("địa bàn 8 xã", "8", 8, "count", "xã, thị trấn", "xã, thị trấn không còn cầu tiêu ao cá",
      P("đến ngày 31/12/2025", None, "2025-12-31"), status="target", optional=True),
]

emit("p263-8", TEXT, FIGS, [
    "Party newspaper (Báo Sóc Trăng, tag '(STO)'), no date anywhere: published absent. District Mỹ Tú (Sóc Trăng): latrines,",
    "biogas bags, waste sorting in a commune. 'tăng từ 61,5% năm 2020 lên 84,3% vào cuối năm 2024': two levels, each a percent",
    "figure with its own period (no change is stated). 'xếp thứ 2/11 huyện' rank with total 11.",
    "'từ năm 2021 đến hết quý IV/2024' = 2021-01-01..2024-12-31. '(giá) khoảng 7,5 triệu …, được dự án hỗ trợ 50%': 'hỗ trợ' is no",
    "share cue, so 50% is its own percent figure. 'gấp 2 lần năm 2021' standing alone is a multiple. '9/9 ấp' total 9 (commune",
    "Mỹ Hương: location stays Mỹ Tú). Herd-size criterion '10 đến 30 con' and the '8 xã, thị trấn' scope are optional.",
    "'90% trở lên' = at_least. Distractors: 'Giai đoạn 2021-2025', 'Quốc lộ 1A', phone 0299.3871.205, 31/12/2025.",
], location="Mỹ Tú")
