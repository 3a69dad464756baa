"""p482-6: national press (VnExpress style) — Hà Nội bus subsidy 2023, free fares, 2024 plan."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Giao thông
Thứ tư, 10/1/2024, 06:15 (GMT+7)
Hà Nội chi gần 3.400 tỷ đồng trợ giá xe buýt năm 2023

Mỗi lượt khách đi xe buýt năm 2023 được ngân sách hỗ trợ khoảng 8.570 đồng; số người được miễn vé tăng mạnh.

Theo Sở Giao thông vận tải Hà Nội, năm 2023 mạng lưới xe buýt thủ đô gồm 154 tuyến trợ giá và 10 tuyến không trợ giá, với hơn 2.200 xe. Tổng sản lượng đạt khoảng 395 triệu lượt khách, tăng 26% so với năm 2022. Xe buýt hiện đáp ứng khoảng 10,5% nhu cầu đi lại của người dân.

Ngân sách thành phố chi trợ giá cho xe buýt năm 2023 là 3.386,5 tỷ đồng, chiếm khoảng 48% tổng chi phí vận hành.

Từ ngày 1/7/2023, theo Nghị quyết số 15/2023/NQ-HĐND, người cao tuổi, người khuyết tật, hộ nghèo được miễn vé. Đến hết tháng 12/2023, thành phố đã cấp 389.600 thẻ miễn phí, trong đó 359.600 thẻ cho người cao tuổi. Lượt khách đi miễn phí năm 2023 khoảng 46,2 triệu lượt, chiếm 11,7% tổng sản lượng.

Tuyến 86 từ ga Hà Nội đi sân bay Nội Bài, giá vé 45.000 đồng/lượt, có hệ số sử dụng ghế cao nhất mạng lưới, khoảng 75%.

Năm 2024, Hà Nội dự kiến dành khoảng 3.600 tỷ đồng trợ giá, mở thêm tám tuyến buýt điện và thay thế 400 xe diesel bằng xe điện, xe CNG. Giá vé tháng liên tuyến giữ ở mức 200.000 đồng, vé ưu tiên 100.000 đồng.

Võ Hải
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Đến hết tháng 12/2023", None, "2023-12-31")

FIGS = [
    F("chi gần 3.400 tỷ đồng", "3.400", 3400000000000, "money", "đồng", approx="nearly",
      subject="trợ giá xe buýt", period=Y23),
    F("khoảng 8.570 đồng", "8.570", 8570, "money", "đồng", approx="about",
      subject="ngân sách hỗ trợ mỗi lượt khách đi xe buýt", period=Y23),
    F("gồm 154 tuyến", "154", 154, "count", "tuyến", subject="tuyến xe buýt trợ giá", period=Y23),
    F("và 10 tuyến", "10", 10, "count", "tuyến", subject="tuyến xe buýt không trợ giá", period=Y23),
    F("hơn 2.200 xe", "2.200", 2200, "count", "xe", approx="over", subject="xe buýt", period=Y23),
    F("khoảng 395 triệu", "395", 395000000, "count", "lượt khách", approx="about",
      change=CH("increase", 26, baseline="năm 2022"), subject="tổng sản lượng xe buýt", period=I(Y23)),
    F("khoảng 10,5%", "10,5", 10.5, "percent", "%", approx="about",
      subject="nhu cầu đi lại của người dân xe buýt đáp ứng"),
    F("là 3.386,5 tỷ đồng", "3.386,5", 3386500000000, "money", "đồng", percent=48,
      subject="ngân sách thành phố chi trợ giá cho xe buýt", period=Y23),
    F("cấp 389.600 thẻ", "389.600", 389600, "count", "thẻ", subject="thẻ miễn phí đã cấp", period=ASOF),
    F("359.600 thẻ", "359.600", 359600, "count", "thẻ", total=389600,
      subject="thẻ miễn phí cấp cho người cao tuổi", period=ASOF),
    F("khoảng 46,2 triệu lượt", "46,2", 46200000, "count", "lượt", approx="about", percent=11.7,
      subject="lượt khách đi miễn phí", period=Y23),
    F("45.000 đồng/lượt", "45.000", 45000, "money", "đồng/lượt", subject="giá vé tuyến 86 (ga Hà Nội - sân bay Nội Bài)"),
    F("khoảng 75%", "75", 75, "percent", "%", approx="about", subject="hệ số sử dụng ghế tuyến 86"),
    F("khoảng 3.600 tỷ đồng", "3.600", 3600000000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí trợ giá xe buýt", period=Y24),
    F("thêm tám tuyến", "tám", 8, "count", "tuyến", status="forecast", subject="tuyến buýt điện mở thêm", period=Y24),
    F("thay thế 400 xe", "400", 400, "count", "xe", status="forecast",
      subject="xe diesel thay thế bằng xe điện, xe CNG", period=Y24),
    F("mức 200.000 đồng", "200.000", 200000, "money", "đồng", subject="giá vé tháng liên tuyến"),
    F("ưu tiên 100.000 đồng", "100.000", 100000, "money", "đồng", subject="giá vé tháng ưu tiên"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ tư, 10/1/2024, 06:15 (GMT+7)'): Hà Nội bus subsidy, ridership and free fares 2023, plan 2024.",
    "Headline and sapo figures are figures of their own. '154 tuyến trợ giá và 10 tuyến không trợ giá' follow 'gồm' but no whole figure",
    "is stated: no total. 'Đến hết tháng 12/2023' is an as-of period. 'tám tuyến' is a number word. 'Xe buýt hiện đáp ứng khoảng 10,5%'",
    "stands alone as a percent figure (its own sentence). Distractors: '(GMT+7)', 'ngày 1/7/2023', 'Nghị quyết số 15/2023/NQ-HĐND',",
    "'Tuyến 86'. The 2024 plan sentence: 'dự kiến' governs the three clauses (forecast); fare sentence has no period.",
]

if __name__ == "__main__":
    emit("p482-6", TEXT, COMMENTS, FIGS, published="2024-01-10", location="Hà Nội")
