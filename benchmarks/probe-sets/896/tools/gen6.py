"""p896-6: national newspaper (VnExpress style), TP HCM sidewalk fees in 2024."""
from lib import F, P, I, C, T, build

TEXT = """Thời sự > Giao thông
Thứ năm, 12/12/2024, 06:30 (GMT+7)

TP HCM thu gần 90 tỷ đồng phí vỉa hè

Sau gần một năm thu phí theo Nghị quyết 15/2023/NQ-HĐND, các quận, huyện đã cấp phép cho 7.845 hộ kinh doanh sử dụng tạm thời vỉa hè, nguồn thu vượt kế hoạch.

Thông tin được Sở Giao thông vận tải TP HCM đưa ra tại hội nghị chiều 11/12. Từ đầu năm đến nay, thành phố cấp phép sử dụng tạm thời hơn 96.000 m2 vỉa hè, thu phí 89,6 tỷ đồng, đạt 112% kế hoạch năm. Trong đó, quận 1 thu nhiều nhất với 21,4 tỷ đồng, tiếp đến là quận 3 (12,8 tỷ đồng), quận 5 (9,3 tỷ đồng) và quận Tân Bình (7,1 tỷ đồng).

Mức phí đang áp dụng là 50.000-350.000 đồng/m2/tháng với hoạt động buôn bán hàng hóa, tùy vị trí tuyến đường. Tỷ lệ hộ kinh doanh nộp phí đúng hạn đạt 78,5%, tăng 6,2 điểm phần trăm so với quý I.

Bà Lê Thị Ba, 54 tuổi, bán bánh mì trên đường Nguyễn Trãi (quận 5), cho biết mỗi tháng nộp khoảng 1,2 triệu đồng cho 4 m2 vỉa hè. "Có giấy phép thì yên tâm buôn bán, không sợ bị dẹp", bà nói.

Cũng trong 11 tháng, lực lượng chức năng các quận đã xử lý 12.460 trường hợp lấn chiếm vỉa hè không phép, giảm 18% so với cùng kỳ năm ngoái; tổng số tiền phạt hơn 15 tỷ đồng. Riêng tuyến Nguyễn Huệ, Lê Lợi mỗi tối vẫn có khoảng 150 người bán hàng rong.

Năm 2025, Sở dự kiến mở rộng thu phí ra 5 tuyến đường ở TP Thủ Đức, nâng tổng số tiền thu lên khoảng 120 tỷ đồng; đồng thời bố trí 3 khu vực bán hàng rong có thời gian cho người thu nhập thấp.

Đình Văn
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-12")
M11 = P("11 tháng", "2024-01-01", "2024-11-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thu gần 90 tỷ đồng", "90", 90e9, "money", "đồng", "phí vỉa hè", approx="nearly"),
    F("cho 7.845 hộ kinh doanh", "7.845", 7845, "count", "hộ kinh doanh",
      "hộ kinh doanh được cấp phép sử dụng tạm thời vỉa hè"),
    F("hơn 96.000 m2", "96.000", 96000, "measure", "m2", "diện tích vỉa hè cấp phép sử dụng tạm thời",
      YTD, approx="over"),
    F("thu phí 89,6 tỷ đồng", "89,6", 89.6e9, "money", "đồng", "phí sử dụng tạm thời vỉa hè",
      YTD, percent=112),
    F("nhiều nhất với 21,4 tỷ đồng", "21,4", 21.4e9, "money", "đồng", "phí sử dụng tạm thời vỉa hè",
      I(YTD), total=89.6e9, location="Quận 1"),
    F("quận 3 (12,8 tỷ đồng)", "12,8", 12.8e9, "money", "đồng", "phí sử dụng tạm thời vỉa hè",
      I(YTD), total=89.6e9, location="Quận 3"),
    F("quận 5 (9,3 tỷ đồng)", "9,3", 9.3e9, "money", "đồng", "phí sử dụng tạm thời vỉa hè",
      I(YTD), total=89.6e9, location="Quận 5"),
    F("Tân Bình (7,1 tỷ đồng)", "7,1", 7.1e9, "money", "đồng", "phí sử dụng tạm thời vỉa hè",
      I(YTD), total=89.6e9, location="Tân Bình"),
    F("50.000-350.000 đồng/m2/tháng", "50.000", 50000, "money", "đồng/m2/tháng",
      "mức phí sử dụng vỉa hè với hoạt động buôn bán hàng hóa", value_max=350000),
    F("đạt 78,5%", "78,5", 78.5, "percent", "%", "tỷ lệ hộ kinh doanh nộp phí đúng hạn",
      change=C("increase", 6.2, "điểm phần trăm", "quý I")),
    F("Ba, 54 tuổi", "54", 54, "measure", "tuổi", "tuổi", optional=True),
    F("khoảng 1,2 triệu đồng", "1,2", 1.2e6, "money", "đồng/tháng",
      "phí vỉa hè một hộ bán bánh mì nộp mỗi tháng", approx="about", location="Quận 5"),
    F("cho 4 m2 vỉa hè", "4", 4, "measure", "m2", "diện tích vỉa hè", optional=True, location="Quận 5"),
    F("xử lý 12.460 trường hợp", "12.460", 12460, "count", "trường hợp",
      "trường hợp lấn chiếm vỉa hè không phép bị xử lý", M11,
      change=C("decrease", 18, "%", "cùng kỳ năm ngoái")),
    F("hơn 15 tỷ đồng", "15", 15e9, "money", "đồng", "tiền phạt lấn chiếm vỉa hè", M11,
      approx="over"),
    F("khoảng 150 người", "150", 150, "count", "người bán hàng rong",
      "người bán hàng rong mỗi tối trên tuyến Nguyễn Huệ, Lê Lợi", approx="about"),
    F("ra 5 tuyến đường", "5", 5, "count", "tuyến đường", "tuyến đường mở rộng thu phí vỉa hè",
      Y25, status="forecast", location="Thủ Đức"),
    F("khoảng 120 tỷ đồng", "120", 120e9, "money", "đồng", "tổng số tiền thu phí vỉa hè",
      Y25, approx="about", status="forecast"),
    F("bố trí 3 khu vực", "3", 3, "count", "khu vực", "khu vực bán hàng rong có thời gian",
      Y25, status="forecast"),
]

COMMENTS = [
    "National newspaper (VnExpress style): TP HCM sidewalk fee results 2024 (invented); byline Đình Văn at the end.",
    "Not figures: Thứ năm, 12/12/2024, 06:30 (GMT+7), 'gần một năm' (duration locating the result), Nghị quyết 15/2023/NQ-HĐND,",
    "'chiều 11/12', quận 1/3/5 (names), đường Nguyễn Trãi. The vendor's age and stall size are an example's specification: optional.",
    "Parts after 'Trong đó' (quận 1 and the bracketed districts) take total 89,6 tỷ; their period is inherited.",
    "'tăng 6,2 điểm phần trăm so với quý I' is the change of 78,5%; '11 tháng' takes 2024 from the dateline.",
    "'giảm 18% so với cùng kỳ năm ngoái' is the change of 12.460 trường hợp; '11 tháng' period covers the fine money after ';'.",
    "The headline '90 tỷ' has no period phrase; '7.845 hộ' in the lead sentence has none either (gần một năm is a duration).",
    "Location TP. Hồ Chí Minh; quận-level figures take the district (Quận 1, 3, 5, Tân Bình, Thủ Đức).",
]

if __name__ == "__main__":
    build("p896-6", TEXT, FIGS, COMMENTS, published="2024-12-12", location="TP. Hồ Chí Minh")
