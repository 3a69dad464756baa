from lib import *

TEXT = """Sức khỏe

Quỹ bảo hiểm y tế chi gần 129 nghìn tỷ đồng năm 2023

Thứ tư, 10/1/2024, 14:30 (GMT+7)

Quỹ BHYT năm ngoái chi vượt thu khoảng 1.570 tỷ đồng, do chi phí thuốc, vật tư và số lượt khám tăng.

Năm 2023, quỹ bảo hiểm y tế (BHYT) đã thanh toán cho khoảng 174 triệu lượt khám, chữa bệnh với tổng số tiền gần 129.000 tỷ đồng, tăng 12,5% so với năm 2022, theo báo cáo Bảo hiểm xã hội Việt Nam công bố chiều 9/1 tại Hà Nội. Tổng thu BHYT năm 2023 đạt 127.430 tỷ đồng.

Đại diện BHXH Việt Nam cho biết chi phí tăng do nhiều nguyên nhân: mức lương cơ sở tăng từ 1,49 triệu đồng lên 1,8 triệu đồng/tháng; giá thuốc, vật tư y tế tăng; số lượt khám, chữa bệnh tăng 9,8% so với năm trước. Mức đóng BHYT của hộ gia đình bằng 4,5% mức lương cơ sở, nên quỹ tăng thu chậm hơn tăng chi.

Tỷ lệ bao phủ BHYT năm 2023 đạt 93,35% dân số, vượt 0,15 điểm phần trăm so với chỉ tiêu Chính phủ giao (93,2%); số người tham gia đạt hơn 93,6 triệu người.

Qua giám định, cơ quan BHXH đã từ chối thanh toán hơn 3.200 tỷ đồng chi phí khám, chữa bệnh không đúng quy định, chiếm khoảng 2,5% tổng chi. Theo ông Lê Văn Phúc, Trưởng ban Thực hiện chính sách BHYT, một số bệnh viện tuyến cuối vượt dự toán từ 15% đến 20%.

Năm 2024, dự toán chi khám, chữa bệnh BHYT được Chính phủ giao là 143.500 tỷ đồng, tăng 11,2% so với thực hiện năm 2023. Bộ Y tế dự báo tỷ lệ bao phủ BHYT năm 2024 có thể đạt 94,1%, tương ứng khoảng 95,2 triệu người tham gia.

Lê Nga
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 129 nghìn tỷ", "129", 129000000000000, "money", "đồng", "Quỹ bảo hiểm y tế chi",
      approx="nearly", period=Y23),
    F("khoảng 1.570 tỷ đồng", "1.570", 1570000000000, "money", "đồng", "Quỹ BHYT chi vượt thu",
      approx="about", period=P("năm ngoái", "2023-01-01", "2023-12-31")),
    F("khoảng 174 triệu lượt", "174", 174000000, "count", "lượt khám, chữa bệnh", "lượt khám, chữa bệnh quỹ BHYT thanh toán",
      approx="about", period=Y23),
    F("gần 129.000 tỷ đồng", "129.000", 129000000000000, "money", "đồng", "tổng số tiền quỹ BHYT thanh toán",
      approx="nearly", change=CH("increase", 12.5, "%", "năm 2022"), period=Y23),
    F("đạt 127.430 tỷ đồng", "127.430", 127430000000000, "money", "đồng", "Tổng thu BHYT", period=Y23),
    F("từ 1,49 triệu đồng", "1,49", 1490000, "money", "đồng", "mức lương cơ sở trước khi tăng", period=Y23_I),
    F("lên 1,8 triệu đồng/tháng", "1,8", 1800000, "money", "đồng/tháng", "mức lương cơ sở", period=Y23_I),
    F("tăng 9,8% so", "9,8", 9.8, "percent", "%", "số lượt khám, chữa bệnh tăng so với năm trước", period=Y23_I),
    F("bằng 4,5% mức", "4,5", 4.5, "percent", "%", "Mức đóng BHYT của hộ gia đình", period=Y23_I),
    F("đạt 93,35% dân số", "93,35", 93.35, "percent", "%", "Tỷ lệ bao phủ BHYT",
      change=CH("increase", 0.15, "điểm phần trăm", "chỉ tiêu Chính phủ giao"), target=TG(93.2, "%", True), period=Y23),
    F("hơn 93,6 triệu người", "93,6", 93600000, "count", "người", "số người tham gia", approx="over", period=Y23),
    F("hơn 3.200 tỷ đồng", "3.200", 3200000000000, "money", "đồng",
      "chi phí khám, chữa bệnh không đúng quy định bị từ chối thanh toán", approx="over", percent=2.5, period=Y23_I),
    F("từ 15% đến 20%", "15", 15, "percent", "%", "bệnh viện tuyến cuối vượt dự toán", value_max=20, period=Y23_I),
    F("là 143.500 tỷ đồng", "143.500", 143500000000000, "money", "đồng", "dự toán chi khám, chữa bệnh BHYT",
      status="target", change=CH("increase", 11.2, "%", "thực hiện năm 2023"), period=Y24),
    F("đạt 94,1%", "94,1", 94.1, "percent", "%", "tỷ lệ bao phủ BHYT", status="forecast",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 95,2 triệu người", "95,2", 95200000, "count", "người", "người tham gia",
      approx="about", status="forecast", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "National press (VnExpress style): BHYT fund 2023 — payments, revenue, deficit, coverage vs plan, refusals, 2024 budget and forecast.",
    "Dateline 'Thứ tư, 10/1/2024, 14:30 (GMT+7)'. 'gần 129 nghìn tỷ' (title) = 129·10¹²; the title's 'năm 2023' is in the same line. 'năm ngoái' in the lead = 2023.",
    "'tăng từ 1,49 triệu đồng lên 1,8 triệu đồng/tháng' = two levels (old, new), not a range; period the article's year (inherited). 'số lượt ... tăng 9,8%' = a rate as claim.",
    "'bằng 4,5% mức lương cơ sở' stands alone (no preceding figure) -> percent figure. '93,35%': change 'vượt 0,15 điểm phần trăm so với chỉ tiêu' + target (93,2%) met.",
    "'chiếm khoảng 2,5% tổng chi' -> percent of 3.200 tỷ. 'dự toán ... giao là 143.500 tỷ đồng' = plan (target) with its change. 'dự báo' -> forecast for 94,1% and",
    "'tương ứng khoảng 95,2 triệu người' (own count as h01's 'tương đương 1,488 triệu hồ sơ', governed by the same 'dự báo'). Distractors: 'chiều 9/1', 'tại Hà Nội' (venue), '(GMT+7)', person's name.",
]

if __name__ == "__main__":
    build("p452-6", TEXT, COMMENTS, FIGS, published="2024-01-10", location="Việt Nam")
