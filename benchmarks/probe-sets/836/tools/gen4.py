"""p836-4: Bộ Công Thương site, national yarn exports Q1/2024 and 2023, cotton imports, 2030 strategy."""
from lib import F, P, I, C, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu
Xuất khẩu xơ, sợi quý I tăng trưởng trở lại
Ngày đăng: 16/04/2024 | Nguồn: Cục Xuất nhập khẩu

Theo số liệu thống kê của Tổng cục Hải quan, quý I/2024, xuất khẩu xơ, sợi các loại ước đạt 432.000 tấn, trị giá 1,07 tỷ USD, tăng lần lượt 13,5% và 8,2% so với cùng kỳ năm 2023. Giá xuất khẩu bình quân đạt 2.477 USD/tấn, giảm 4,7%.

Trung Quốc tiếp tục là thị trường lớn nhất với 258.600 tấn, trị giá 612,4 triệu USD, chiếm 57,2% tổng kim ngạch. Tiếp đến là Hàn Quốc 83,5 triệu USD, Thổ Nhĩ Kỳ 61,2 triệu USD và Ấn Độ 47,9 triệu USD. Đáng chú ý, xuất khẩu sang Brazil gấp 2,4 lần cùng kỳ.

Tính chung năm 2023, xuất khẩu xơ, sợi đạt 1,62 triệu tấn, trị giá 4,37 tỷ USD, tăng 7,6% về lượng nhưng giảm 7,9% về trị giá so với năm 2022. Việt Nam hiện có khoảng 11 triệu cọc sợi, đứng thứ 3 thế giới về xuất khẩu sợi, sau Trung Quốc và Ấn Độ. Tuy nhiên, ngành sợi vẫn phải nhập khẩu gần 99% bông nguyên liệu; năm 2023, nhập khẩu bông đạt 1,43 triệu tấn, trị giá 2,89 tỷ USD.

Theo Chiến lược phát triển ngành dệt may và da giày Việt Nam đến năm 2030, tầm nhìn đến năm 2035 ban hành kèm Quyết định số 1643/QĐ-TTg, giai đoạn 2021-2030 ngành dệt may phấn đấu tăng trưởng bình quân 6,8-7,2%/năm, kim ngạch xuất khẩu đến năm 2030 đạt 68-70 tỷ USD. Cục Xuất nhập khẩu dự báo năm 2024, xuất khẩu xơ, sợi có thể đạt khoảng 4,6 tỷ USD nếu nhu cầu tại các thị trường chính phục hồi.

Liên hệ: Cục Xuất nhập khẩu, số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.5361
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("ước đạt 432.000 tấn", "432.000", 432000, "measure", "tấn", "lượng xuất khẩu xơ, sợi các loại", Q1,
      change=C("increase", 13.5, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("trị giá 1,07 tỷ USD", "1,07", 1.07e9, "money", "USD", "trị giá xuất khẩu xơ, sợi", Q1,
      change=C("increase", 8.2, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("đạt 2.477 USD/tấn", "2.477", 2477, "money", "USD/tấn", "giá xuất khẩu bình quân xơ, sợi", I(Q1),
      change=C("decrease", 4.7)),
    F("với 258.600 tấn", "258.600", 258600, "measure", "tấn", "lượng xuất khẩu xơ, sợi sang Trung Quốc", I(Q1)),
    F("trị giá 612,4 triệu USD", "612,4", 612.4e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi sang Trung Quốc", I(Q1),
      percent=57.2),
    F("Hàn Quốc 83,5 triệu USD", "83,5", 83.5e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi sang Hàn Quốc", I(Q1)),
    F("Thổ Nhĩ Kỳ 61,2 triệu USD", "61,2", 61.2e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi sang Thổ Nhĩ Kỳ", I(Q1)),
    F("Ấn Độ 47,9 triệu USD", "47,9", 47.9e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi sang Ấn Độ", I(Q1)),
    F("gấp 2,4 lần cùng kỳ", "2,4", 2.4, "multiple", "lần", "xuất khẩu xơ, sợi sang Brazil so với cùng kỳ", I(Q1)),
    F("đạt 1,62 triệu tấn", "1,62", 1.62e6, "measure", "tấn", "lượng xuất khẩu xơ, sợi",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 7.6, baseline="năm 2022")),
    F("trị giá 4,37 tỷ USD", "4,37", 4.37e9, "money", "USD", "trị giá xuất khẩu xơ, sợi",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("decrease", 7.9, baseline="năm 2022")),
    F("khoảng 11 triệu cọc sợi", "11", 11e6, "count", "cọc sợi", "cọc sợi", approx="about"),
    F("đứng thứ 3 thế giới", "3", 3, "rank", "hạng", "xuất khẩu sợi thế giới"),
    F("gần 99% bông", "99", 99, "percent", "%", "bông nguyên liệu phải nhập khẩu", approx="nearly"),
    F("đạt 1,43 triệu tấn", "1,43", 1.43e6, "measure", "tấn", "lượng nhập khẩu bông", Y23),
    F("trị giá 2,89 tỷ USD", "2,89", 2.89e9, "money", "USD", "trị giá nhập khẩu bông", Y23),
    F("bình quân 6,8-7,2%/năm", "6,8", 6.8, "percent", "%", "tăng trưởng bình quân ngành dệt may",
      P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31"), value_max=7.2, status="target"),
    F("đạt 68-70 tỷ USD", "68", 68e9, "money", "USD", "kim ngạch xuất khẩu ngành dệt may",
      P("đến năm 2030", None, "2030-12-31"), value_max=70e9, status="target"),
    F("khoảng 4,6 tỷ USD", "4,6", 4.6e9, "money", "USD", "kim ngạch xuất khẩu xơ, sợi",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Bộ Công Thương site: national yarn exports Q1/2024 (estimate) and 2023, markets, cotton imports, Quyết định 1643 strategy targets, 2024 forecast.",
    "'tăng lần lượt 13,5% và 8,2%' distributes one change to each of tonnage and value; '7,6% về lượng ... 7,9% về trị giá' likewise.",
    "Markets are trade partners, not places: location Việt Nam, the partner goes into the subject (as in the shared gold h26).",
    "'gấp 2,4 lần cùng kỳ' has no base amount: a multiple figure. 'đứng thứ 3 thế giới' is a rank.",
    "Sentence 'Giá xuất khẩu bình quân đạt 2.477 USD/tấn' has its own verb 'đạt' in a new sentence: actual.",
    "Distractors: Quyết định số 1643/QĐ-TTg, 'tầm nhìn đến năm 2035', address số 54 Hai Bà Trưng, phone 024.2220.5361.",
]

write(4, TEXT, FIGS, NOTES, published="2024-04-16", location="Việt Nam")
