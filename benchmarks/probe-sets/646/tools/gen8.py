from lib import F, P, INH, CH, emit

TEXT = """ỦY BAN NHÂN DÂN XÃ HOÀNG NINH - HUYỆN VIỆT YÊN - TỈNH BẮC GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản
Ngày đăng: 22/03/2023 14:05

Xã Hoàng Ninh tăng cường quản lý nhà trọ cho công nhân

Trên địa bàn xã hiện có 286 hộ kinh doanh nhà trọ với 4.130 phòng, cho khoảng 9.700 công nhân Khu công nghiệp Đình Trám và Khu công nghiệp Quang Châu thuê. So với cùng kỳ năm 2022, số phòng trọ tăng 8,2%. Trong quý I/2023, có 7.915 người thuê trọ được đăng ký tạm trú, đạt 81,6% số người thuê.

Giá thuê phòng hiện dao động từ 900.000 đồng đến 1,4 triệu đồng/phòng/tháng; mỗi phòng có diện tích 15-20 m², ở từ 2 đến 3 người.

Thực hiện Quyết định số 08/2022/QĐ-TTg của Thủ tướng Chính phủ, năm 2022 xã đã phối hợp với 23 doanh nghiệp lập danh sách hỗ trợ tiền thuê nhà cho 6.842 lượt người lao động với tổng kinh phí 3,65 tỷ đồng; mức hỗ trợ 500.000 đồng/người/tháng với người đang làm việc và 1 triệu đồng/người/tháng với người quay trở lại thị trường lao động.

Trong 3 tháng đầu năm 2023, Công an xã phối hợp kiểm tra 54 hộ kinh doanh nhà trọ, phát hiện 6 hộ chưa bảo đảm điều kiện phòng cháy, chữa cháy, đã nhắc nhở, yêu cầu khắc phục. Năm 2023, xã phấn đấu 100% hộ kinh doanh nhà trọ ký cam kết bảo đảm an ninh trật tự, an toàn phòng cháy; 2 thôn Hoàng Mai và Nội Ninh xây dựng mô hình "Khu nhà trọ an toàn".

Người dân, người lao động cần phản ánh xin liên hệ bộ phận một cửa UBND xã, thôn Hoàng Mai 1, xã Hoàng Ninh; điện thoại: 0204.3874.126.
"""

Q1 = P("quý I/2023", "2023-01-01", "2023-03-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
M3 = P("3 tháng đầu năm 2023", "2023-01-01", "2023-03-31")

FIGS = [
    F("có 286 hộ", "286", 286, "count", "hộ", "hộ kinh doanh nhà trọ"),
    F("với 4.130 phòng", "4.130", 4130, "count", "phòng", "phòng trọ"),
    F("khoảng 9.700 công nhân", "9.700", 9700, "count", "công nhân", "công nhân Khu công nghiệp Đình Trám và Khu công nghiệp Quang Châu thuê nhà trọ", approx="about"),
    F("tăng 8,2%", "8,2", 8.2, "percent", "%", "số phòng trọ"),
    F("có 7.915 người", "7.915", 7915, "count", "người", "người thuê trọ được đăng ký tạm trú", Q1, percent=81.6),
    F("từ 900.000 đồng", "900.000", 900000, "money", "đồng/phòng/tháng", "giá thuê phòng trọ", value_max=1400000),
    F("diện tích 15-20 m²", "15", 15, "measure", "m²", "diện tích mỗi phòng trọ", value_max=20),
    F("từ 2 đến 3 người", "2", 2, "count", "người", "người ở mỗi phòng trọ", value_max=3),
    F("với 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", "doanh nghiệp phối hợp lập danh sách hỗ trợ tiền thuê nhà", Y22),
    F("cho 6.842 lượt", "6.842", 6842, "count", "lượt người lao động", "người lao động được hỗ trợ tiền thuê nhà", Y22),
    F("3,65 tỷ đồng", "3,65", 3.65e9, "money", "đồng", "tổng kinh phí hỗ trợ tiền thuê nhà", Y22),
    F("hỗ trợ 500.000 đồng", "500.000", 500000, "money", "đồng/người/tháng",
      "mức hỗ trợ tiền thuê nhà với người đang làm việc", Y22),
    F("và 1 triệu đồng", "1", 1000000, "money", "đồng/người/tháng",
      "mức hỗ trợ tiền thuê nhà với người quay trở lại thị trường lao động", Y22),
    F("kiểm tra 54 hộ", "54", 54, "count", "hộ", "hộ kinh doanh nhà trọ được kiểm tra", M3),
    F("phát hiện 6 hộ", "6", 6, "count", "hộ", "hộ chưa bảo đảm điều kiện phòng cháy, chữa cháy", M3),
    F("phấn đấu 100%", "100", 100, "percent", "%", "hộ kinh doanh nhà trọ ký cam kết bảo đảm an ninh trật tự, an toàn phòng cháy",
      P("Năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("; 2 thôn", "2", 2, "count", "thôn", "thôn xây dựng mô hình Khu nhà trọ an toàn",
      P("Năm 2023", "2023-01-01", "2023-12-31"), status="target"),
]

COMMENTS = [
    "Commune portal (UBND xã Hoàng Ninh, huyện Việt Yên, Bắc Giang): header with the district, 'Ngày đăng: 22/03/2023 14:05'.",
    "Location: the district Việt Yên (the commune is below province/city/district; the header places it in Việt Yên).",
    "'So với cùng kỳ năm 2022, số phòng trọ tăng 8,2%.' is its own sentence with no amount -> percent figure, no change.",
    "'đạt 81,6% số người thuê' -> percent of 7.915. Rent range 'từ 900.000 đồng đến 1,4 triệu đồng/phòng/tháng' -> value_max.",
    "'kiểm tra 54 hộ ..., phát hiện 6 hộ' has no part cue (trong đó/trong số/:) -> no total.",
    "'Năm 2023, xã phấn đấu 100% ...; 2 thôn ...' -> both target (the cue continues over ';').",
    "Revised after the first run: 9.700 and 8,2% subjects named as the sentences name them (growth rate: indicator only, as h14).",
    "Distractors: Quyết định số 08/2022/QĐ-TTg, thôn Hoàng Mai 1, phone 0204.3874.126, quý I/2023, dates.",
]

if __name__ == "__main__":
    emit("p646-8", TEXT, COMMENTS, FIGS, published="2023-03-22", location="Việt Yên")
