from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ VẠN THẮNG - HUYỆN VẠN NINH
Trang chủ » Kinh tế » Nông - Lâm nghiệp
Đăng lúc: 08:45 - 27/12/2023

Vạn Thắng: Nghề trầm hương giúp hơn 300 hộ thoát nghèo

Năm 2023, toàn xã có 412 hộ tham gia trồng, cấy tạo và chế biến trầm hương, chiếm 18,6% tổng số hộ; diện tích dó bầu đạt 265 ha, tăng 21 ha so với năm 2022. Các thôn có nhiều hộ làm trầm là Xuân Tự 1 (96 hộ), Xuân Tự 2 (88 hộ), Tân Phước (71 hộ) và Quảng Phước (64 hộ).

Hiện xã có 2 hợp tác xã và 35 cơ sở chế biến trầm, giải quyết việc làm cho khoảng 650 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng. Giá trị sản xuất ngành trầm năm 2023 ước đạt 96 tỷ đồng, chiếm 42% tổng giá trị sản xuất nông - lâm nghiệp của xã, tăng 2,3 lần so với năm 2018.

Từ năm 2015 đến nay, nghề trầm đã giúp 318 hộ thoát nghèo. Đến nay, tỷ lệ hộ nghèo của xã còn 2,1%, giảm 12,1 điểm phần trăm so với năm 2015. Thu nhập bình quân đầu người năm 2023 đạt 68 triệu đồng/người/năm, xếp thứ 3 trong 14 xã, thị trấn của huyện.

Tuy vậy, sản xuất trầm ở Vạn Thắng vẫn còn nhỏ lẻ; khoảng 40% diện tích chưa được cấy tạo trầm đúng kỹ thuật. Năm 2024, xã phấn đấu trồng mới 25 ha dó bầu, xây dựng thêm 1 sản phẩm OCOP từ trầm hương và thành lập mới 1 hợp tác xã.

Ban biên tập Cổng thông tin điện tử xã Vạn Thắng
Địa chỉ: Thôn Xuân Tự 1, xã Vạn Thắng, huyện Vạn Ninh, tỉnh Khánh Hòa. ĐT: 0258.3843.120
Lượt truy cập: 45.812
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("Từ năm 2015 đến nay", "2015-01-01", "2023-12-27")
NOW = P("Đến nay", end="2023-12-27")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 300 hộ", "300", 300, "count", "hộ", "hộ thoát nghèo nhờ nghề trầm hương", approx="over"),
    F("có 412 hộ", "412", 412, "count", "hộ", "hộ tham gia trồng, cấy tạo và chế biến trầm hương", Y23, percent=18.6),
    F("đạt 265 ha", "265", 265, "measure", "ha", "diện tích dó bầu", Y23, change=CH("increase", 21, "ha", "năm 2022")),
    F("(96 hộ)", "96", 96, "count", "hộ", "hộ làm trầm thôn Xuân Tự 1", I(Y23)),
    F("(88 hộ)", "88", 88, "count", "hộ", "hộ làm trầm thôn Xuân Tự 2", I(Y23)),
    F("(71 hộ)", "71", 71, "count", "hộ", "hộ làm trầm thôn Tân Phước", I(Y23)),
    F("(64 hộ)", "64", 64, "count", "hộ", "hộ làm trầm thôn Quảng Phước", I(Y23)),
    F("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã làm trầm"),
    F("35 cơ sở", "35", 35, "count", "cơ sở", "cơ sở chế biến trầm"),
    F("khoảng 650 lao động", "650", 650, "count", "lao động", "lao động được giải quyết việc làm", approx="about"),
    F("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("ước đạt 96 tỷ đồng", "96", 96e9, "money", "đồng", "giá trị sản xuất ngành trầm", Y23b,
      percent=42, change=CH("increase", 2.3, "lần", "năm 2018"), status="estimate"),
    F("giúp 318 hộ", "318", 318, "count", "hộ", "hộ thoát nghèo nhờ nghề trầm", SINCE),
    F("còn 2,1%", "2,1", 2.1, "percent", "%", "tỷ lệ hộ nghèo của xã", NOW,
      change=CH("decrease", 12.1, "điểm phần trăm", "năm 2015")),
    F("đạt 68 triệu", "68", 68e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người", Y23b),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "thu nhập bình quân đầu người trong các xã, thị trấn của huyện", Y23b, total=14),
    F("khoảng 40% diện tích", "40", 40, "percent", "%", "diện tích chưa được cấy tạo trầm đúng kỹ thuật", approx="about"),
    F("trồng mới 25 ha", "25", 25, "measure", "ha", "diện tích dó bầu trồng mới", Y24, status="target"),
    F("thêm 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm OCOP từ trầm hương", Y24, status="target"),
    F("mới 1 hợp tác xã", "1", 1, "count", "hợp tác xã", "hợp tác xã thành lập mới", Y24, status="target"),
]

COMMENTS = [
    "Commune portal (xã Vạn Thắng, huyện Vạn Ninh, Khánh Hòa; 'Đăng lúc: 08:45 - 27/12/2023'): trầm hương households, area, value, poverty, 2024 plan.",
    "Location: FIGURES.md names province, city or district, so commune figures take the district Vạn Ninh (the commune and its villages stay in",
    "the subject). Village names with numbers ('Xuân Tự 1', 'Xuân Tự 2') are names, not figures; their bracketed counts are figures (no total: no cue,",
    "they do not add up to 412). 'xếp thứ 3 trong 14 xã, thị trấn' → rank 3, total 14. 'giảm 12,1 điểm phần trăm so với năm 2015' is the change of 2,1%.",
    "'tăng 2,3 lần so với năm 2018' is the change of 96 tỷ; 'chiếm 42%' its percent. 'Từ năm 2015 đến nay' / 'Đến nay' end at the dateline.",
    "Not figures: 'Lượt truy cập: 45.812', phone, the address line, '08:45'. The headline's 'hơn 300 hộ' has no period phrase.",
]

if __name__ == "__main__":
    emit("p761-8", TEXT, COMMENTS, FIGS, published="2023-12-27", location="Vạn Ninh")
