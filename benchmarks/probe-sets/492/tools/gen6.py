"""p492-6: national press — seafood exports H1/2024 by product and market (VASEP), full-year forecast."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 11/7/2024, 06:00 (GMT+7)

Xuất khẩu thủy sản nửa đầu năm đạt 4,4 tỷ USD

Tôm, cá ngừ và cua ghẹ tăng trưởng tốt giúp kim ngạch xuất khẩu thủy sản 6 tháng đầu năm nhích nhẹ so với cùng kỳ.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 6 tháng đầu năm 2024, kim ngạch xuất khẩu thủy sản đạt gần 4,4 tỷ USD, tăng 1,4% so với cùng kỳ năm ngoái. Riêng tháng 6, xuất khẩu đạt 853 triệu USD, tăng 7,5%.

Tôm vẫn là mặt hàng chủ lực với 1,58 tỷ USD, chiếm 36%; cá tra đạt 945 triệu USD, giảm 2,3%; cá ngừ đạt 480 triệu USD, tăng 22%. Xuất khẩu cua, ghẹ và giáp xác khác (nhóm mã HS 0306) tăng gấp 2,6 lần, lên 107 triệu USD.

Về thị trường, xuất khẩu sang Mỹ đạt 757 triệu USD, tăng 4%; Trung Quốc và Hồng Kông đạt 736 triệu USD, tăng 3%; Nhật Bản đạt 700 triệu USD, giảm 7%. Xuất khẩu sang EU chỉ đạt 470 triệu USD, giảm 9%, do tác động kéo dài của "thẻ vàng" IUU mà EC áp dụng từ tháng 10/2017.

Theo ông Trần Quang Huy, Phó giám đốc một doanh nghiệp tôm ở Sóc Trăng, giá cước vận tải biển tăng 3-4 lần khiến chi phí của doanh nghiệp tăng thêm khoảng 0,5 USD/kg sản phẩm. VASEP dự báo kim ngạch cả năm 2024 đạt khoảng 9,5 tỷ USD, tăng từ 5 đến 6% so với năm 2023.

Phương Linh
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("nửa đầu năm đạt 4,4 tỷ USD", "4,4", 4.4e9, "money", "USD", "xuất khẩu thủy sản",
      P("nửa đầu năm", "2024-01-01", "2024-06-30")),
    F("gần 4,4 tỷ USD", "4,4", 4.4e9, "money", "USD", "kim ngạch xuất khẩu thủy sản", H1,
      approx="nearly", change=CH("increase", 1.4, baseline="cùng kỳ năm ngoái")),
    F("đạt 853 triệu USD", "853", 853e6, "money", "USD", "xuất khẩu thủy sản tháng 6",
      P("tháng 6", "2024-06-01", "2024-06-30"), change=CH("increase", 7.5)),
    F("với 1,58 tỷ USD", "1,58", 1.58e9, "money", "USD", "kim ngạch xuất khẩu tôm", I(H1), percent=36),
    F("đạt 945 triệu USD", "945", 945e6, "money", "USD", "kim ngạch xuất khẩu cá tra", I(H1),
      change=CH("decrease", 2.3)),
    F("đạt 480 triệu USD", "480", 480e6, "money", "USD", "kim ngạch xuất khẩu cá ngừ", I(H1),
      change=CH("increase", 22)),
    F("lên 107 triệu USD", "107", 107e6, "money", "USD", "xuất khẩu cua, ghẹ và giáp xác khác", I(H1),
      change=CH("increase", 2.6, "lần")),
    F("đạt 757 triệu USD", "757", 757e6, "money", "USD", "kim ngạch xuất khẩu thủy sản sang Mỹ", I(H1),
      change=CH("increase", 4)),
    F("đạt 736 triệu USD", "736", 736e6, "money", "USD",
      "kim ngạch xuất khẩu thủy sản sang Trung Quốc và Hồng Kông", I(H1), change=CH("increase", 3)),
    F("đạt 700 triệu USD", "700", 700e6, "money", "USD", "kim ngạch xuất khẩu thủy sản sang Nhật Bản", I(H1),
      change=CH("decrease", 7)),
    F("đạt 470 triệu USD", "470", 470e6, "money", "USD", "kim ngạch xuất khẩu thủy sản sang EU", I(H1),
      change=CH("decrease", 9)),
    F("tăng 3-4 lần", "3", 3, "multiple", "lần", "giá cước vận tải biển", value_max=4),
    F("khoảng 0,5 USD/kg", "0,5", 0.5, "money", "USD/kg", "chi phí của doanh nghiệp tăng thêm", approx="about"),
    F("khoảng 9,5 tỷ USD", "9,5", 9.5e9, "money", "USD", "kim ngạch xuất khẩu thủy sản cả năm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast",
      change=CH("increase", 5, baseline="năm 2023")),
]

COMMENTS = [
    "National press, 'Thứ năm, 11/7/2024, 06:00 (GMT+7)', byline at the end: VASEP seafood exports H1/2024 by product and market.",
    "Headline 'nửa đầu năm đạt 4,4 tỷ USD' is a figure of its own (period = H1/2024, the year from the dateline).",
    "Market items: the partner stays in the subject, location Việt Nam. 'tăng gấp 2,6 lần, lên 107 triệu USD' -> change 2,6 lần of 107 triệu.",
    "'giá cước ... tăng 3-4 lần' is the claim itself: a multiple 3-4. 'tăng từ 5 đến 6%' after the forecast is its change (value 5).",
    "Distractors: '(GMT+7)', 'nhóm mã HS 0306', 'tháng 10/2017', time 06:00.",
]

if __name__ == "__main__":
    emit("p492-6", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Việt Nam")
