from lib import F, P, build

TEXT = """ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG - TỈNH ĐỒNG THÁP
Tin hoạt động > Nông nghiệp

Tam Nông: nghề ương cá tra giống phục hồi mạnh
Ngày đăng: 27/09/2024

Từ đầu năm đến nay, diện tích ương dưỡng cá tra giống trên địa bàn huyện đạt 612 ha, tăng 74 ha so với cùng kỳ năm trước, với 418 hộ và 9 doanh nghiệp, hợp tác xã tham gia. Sản lượng cá tra giống xuất bán ước đạt gần 1,9 tỷ con, trong đó cá giống cỡ lớn (từ 30 đến 50 con/kg) chiếm khoảng 35%. Tỷ lệ sống bình quân của cá tra giống trong 9 tháng đạt 18-20%.

Các xã có diện tích ương lớn gồm An Long (186 ha), Phú Ninh (142 ha), Phú Thành A (97 ha) và An Hòa (68 ha).

Giá cá tra giống tháng 9/2024 dao động từ 28.000 đến 32.000 đồng/kg, cao hơn khoảng 15% so với đầu năm. Với giá này, nhiều hộ ương có lợi nhuận từ 150 đến 200 triệu đồng/ha.

Theo Kế hoạch số 45/KH-UBND của UBND huyện, giai đoạn 2021-2025, huyện phấn đấu phát triển vùng ương cá tra giống tập trung đạt 700 ha, trong đó ít nhất 50% diện tích áp dụng quy trình VietGAP. Đến nay, toàn huyện đã có 214 ha được chứng nhận VietGAP, đạt 30,6% mục tiêu.

Để nâng cao chất lượng con giống, Trạm Khuyến nông huyện (Quốc lộ 30, khóm 2, thị trấn Tràm Chim) đã phối hợp với Trung tâm Giống thủy sản tỉnh cung cấp 1.500 cặp cá tra bố mẹ chọn giống cho các hộ ương; người dân cần hỗ trợ kỹ thuật liên hệ số điện thoại 0277.3827.112.

Thanh Tùng - Phòng NN&PTNT huyện

Tổng lượt truy cập: 1.204.557
"""

Y = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-27")
YI = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-27", inh=True)
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
M9I = P("tháng 9/2024", "2024-09-01", "2024-09-30", inh=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("đạt 612 ha", "612", 612, "measure", "ha", "diện tích ương dưỡng cá tra giống",
      change={"direction": "increase", "value": 74, "unit": "ha", "baseline": "cùng kỳ năm trước"}, period=Y),
    F("với 418 hộ", "418", 418, "count", "hộ", "hộ tham gia ương dưỡng cá tra giống", period=Y),
    F("và 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã tham gia ương dưỡng cá tra giống", period=Y),
    F("gần 1,9 tỷ con", "1,9", 1.9e9, "count", "con", "sản lượng cá tra giống xuất bán", approx="nearly", status="estimate", period=YI),
    F("từ 30 đến 50 con/kg", "30", 30, "measure", "con/kg", "cỡ cá giống lớn", value_max=50, optional=True),
    F("khoảng 35%", "35", 35, "percent", "%", "cá giống cỡ lớn trong sản lượng cá tra giống xuất bán", approx="about", status="estimate", period=YI),
    F("đạt 18-20%", "18", 18, "percent", "%", "tỷ lệ sống bình quân của cá tra giống", value_max=20, period=N9),
    F("An Long (186 ha)", "186", 186, "measure", "ha", "diện tích ương cá tra giống", location="An Long", period=YI),
    F("Phú Ninh (142 ha)", "142", 142, "measure", "ha", "diện tích ương cá tra giống", location="Phú Ninh", period=YI),
    F("Phú Thành A (97 ha)", "97", 97, "measure", "ha", "diện tích ương cá tra giống", location="Phú Thành A", period=YI),
    F("An Hòa (68 ha)", "68", 68, "measure", "ha", "diện tích ương cá tra giống", location="An Hòa", period=YI),
    F("từ 28.000 đến 32.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá cá tra giống", value_max=32000,
      change={"direction": "increase", "value": 15, "unit": "%", "approx": "about", "baseline": "đầu năm"}, period=M9),
    F("từ 150 đến 200 triệu đồng/ha", "150", 150e6, "money", "đồng/ha", "lợi nhuận của hộ ương", value_max=200e6, period=M9I),
    F("đạt 700 ha", "700", 700, "measure", "ha", "vùng ương cá tra giống tập trung", status="target", period=GD),
    F("ít nhất 50% diện tích", "50", 50, "percent", "%", "diện tích áp dụng quy trình VietGAP", approx="at_least", status="target", period=GD),
    F("có 214 ha", "214", 214, "measure", "ha", "diện tích được chứng nhận VietGAP", percent=30.6, period=P("Đến nay", None, "2024-09-27")),
    F("cung cấp 1.500 cặp", "1.500", 1500, "count", "cặp", "cá tra bố mẹ chọn giống cung cấp cho các hộ ương", period=YI),
]

COMMENTS = [
    "Cổng TTĐT huyện Tam Nông, Đồng Tháp (district portal): pangasius seed nursing, to late September 2024. 'Ngày đăng:' without time.",
    "Distractors: Kế hoạch số 45/KH-UBND, Quốc lộ 30, khóm 2, phone 0277.3827.112, counter 'Tổng lượt truy cập: 1.204.557', 'giai đoạn 2021-2025'.",
    "Default location: the district. Commune list items take the commune as location (as earlier probe sets do).",
    "'Từ đầu năm đến nay' runs from 1 Jan to the dateline (27/09/2024). 'Đến nay' alone: start null, end = dateline.",
    "'(từ 30 đến 50 con/kg)' is a size class inside a definition: optional. 'khoảng 35%' after 'trong đó' is a percent (no total) and continues the 'ước đạt' clause: estimate.",
    "1.500 cặp: the paragraph has no period phrase; annotated with the article's 'Từ đầu năm đến nay' as inherited (not scored).",
    "214 ha: 'đạt 30,6% mục tiêu' is its percent (the share after đạt); the 700 ha target is in another sentence, so no target attribute.",
]

if __name__ == "__main__":
    build(2, TEXT, COMMENTS, FIGS, published="2024-09-27", location="Tam Nông")
