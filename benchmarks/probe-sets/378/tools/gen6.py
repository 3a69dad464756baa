from lib import F, P, CH, TG, emit

TEXT = """
Kinh doanh › Thương mại điện tử
Thứ tư, 18/9/2024, 06:00 (GMT+7)

Nông sản lên sàn: doanh số 8 tháng tăng 52%

Doanh số bán nông sản, thực phẩm trên các sàn thương mại điện tử 8 tháng đầu năm 2024 ước đạt 16.800 tỷ đồng, tăng 52% so với cùng kỳ, theo báo cáo của Cục Thương mại điện tử và Kinh tế số.

Cả nước hiện có khoảng 11.600 hợp tác xã và hộ sản xuất mở gian hàng trực tuyến, gấp 2 lần năm 2022. Trong tổng doanh số, nhóm trái cây tươi và sấy chiếm 38%, đặc sản vùng miền 27%, gạo và ngũ cốc 14%. Riêng đợt siêu sale 9.9 vừa qua, đơn hàng nông sản trên một số sàn tăng đột biến.

Sàn Postmart.vn của Tổng công ty Bưu điện Việt Nam đã kết nối hơn 2,1 triệu hộ nông dân với khoảng 100.000 sản phẩm; 8 tháng qua, sàn ghi nhận 3,4 triệu đơn hàng, tăng 35%. "Hiện 63/63 tỉnh, thành phố đã có nông sản trên sàn", đại diện Vietnam Post cho biết.

Tại các địa phương, livestream bán hàng phát triển nhanh. Đắk Nông tổ chức 12 phiên livestream bán sầu riêng, tiêu thụ 45 tấn chỉ trong một tuần; Hà Giang bán gần 20 tấn cam sành qua hai phiên. Bến Tre đứng thứ 2 cả nước về số sản phẩm OCOP lên sàn (1.260 sản phẩm), sau Hà Nội.

Dù vậy, theo ông Nguyễn Văn Thành, Viện Nghiên cứu Chiến lược, chính sách Công Thương, doanh số này mới chiếm khoảng 2,5% tổng mức bán lẻ nông sản. Mục tiêu đến năm 2025, tỷ trọng bán nông sản qua kênh số đạt 10%, tương đương khoảng 1,5 nghìn tỷ đồng mỗi tháng.

Phương Anh
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8i = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31", inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("8 tháng tăng 52%", "52", 52, "percent", "%", "tăng trưởng doanh số nông sản trên sàn thương mại điện tử",
      P("8 tháng", "2024-01-01", "2024-08-31")),
    F("ước đạt 16.800 tỷ đồng", "16.800", 16800000000000, "money", "đồng",
      "doanh số bán nông sản, thực phẩm trên các sàn thương mại điện tử", M8, status="estimate",
      change=CH("increase", 52, "%", "cùng kỳ")),
    F("khoảng 11.600 hợp tác xã", "11.600", 11600, "count", "hợp tác xã và hộ sản xuất",
      "hợp tác xã và hộ sản xuất mở gian hàng trực tuyến", approx="about",
      change=CH("increase", 2, "lần", "năm 2022")),
    F("sấy chiếm 38%", "38", 38, "percent", "%", "tỷ trọng nhóm trái cây tươi và sấy trong tổng doanh số", M8i),
    F("miền 27%", "27", 27, "percent", "%", "tỷ trọng đặc sản vùng miền trong tổng doanh số", M8i),
    F("cốc 14%", "14", 14, "percent", "%", "tỷ trọng gạo và ngũ cốc trong tổng doanh số", M8i),
    F("hơn 2,1 triệu hộ", "2,1", 2100000, "count", "hộ nông dân", "hộ nông dân kết nối với sàn Postmart.vn",
      approx="over"),
    F("khoảng 100.000 sản phẩm", "100.000", 100000, "count", "sản phẩm", "sản phẩm trên sàn Postmart.vn", approx="about"),
    F("ghi nhận 3,4 triệu đơn hàng", "3,4", 3400000, "count", "đơn hàng", "đơn hàng trên sàn Postmart.vn",
      P("8 tháng qua", "2024-01-01", "2024-08-31"), change=CH("increase", 35, "%")),
    F("Hiện 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có nông sản trên sàn", total=63),
    F("tổ chức 12 phiên", "12", 12, "count", "phiên livestream", "phiên livestream bán sầu riêng", location="Đắk Nông"),
    F("tiêu thụ 45 tấn", "45", 45, "measure", "tấn", "sầu riêng tiêu thụ qua livestream", location="Đắk Nông"),
    F("chỉ trong một tuần", "một", 1, "measure", "tuần", optional=True),
    F("gần 20 tấn", "20", 20, "measure", "tấn", "cam sành bán qua livestream", approx="nearly", location="Hà Giang"),
    F("qua hai phiên", "hai", 2, "count", "phiên", "phiên livestream bán cam sành", location="Hà Giang"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "số sản phẩm OCOP lên sàn", location="Bến Tre"),
    F("(1.260 sản phẩm)", "1.260", 1260, "count", "sản phẩm", "sản phẩm OCOP lên sàn", location="Bến Tre"),
    F("khoảng 2,5%", "2,5", 2.5, "percent", "%",
      "tỷ trọng doanh số nông sản trên sàn thương mại điện tử trong tổng mức bán lẻ nông sản", approx="about"),
    F("đạt 10%", "10", 10, "percent", "%", "tỷ trọng bán nông sản qua kênh số", T25, status="target"),
    F("khoảng 1,5 nghìn tỷ đồng", "1,5", 1500000000000, "money", "đồng", "giá trị bán nông sản qua kênh số mỗi tháng",
      T25, approx="about", status="target"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ tư, 18/9/2024, 06:00 (GMT+7)', byline at the end. National figures: location Việt Nam;",
    "provinces in the livestream paragraph are the places of their own figures. Distractors: 'siêu sale 9.9' (a sale's name), '(GMT+7)', 'Postmart.vn'.",
    "Headline 'doanh số 8 tháng tăng 52%' is a growth rate standing as the claim: percent figure (year 2024 from the dateline);",
    "in the body the same 52% is the change of 16.800 tỷ đồng. 'gấp 2 lần năm 2022' -> change of 11.600 (unit lần).",
    "'chiếm 38%, … 27%, … 14%' in a list of shares with no base amount: each a percent figure (period 8 tháng đầu năm 2024 from the lead: inherited).",
    "'63/63 tỉnh, thành phố' count with total 63. 'trong một tuần' (duration) optional. 'đứng thứ 2 cả nước … (1.260 sản phẩm)': rank + count of Bến Tre.",
    "'đạt 10%, tương đương khoảng 1,5 nghìn tỷ đồng mỗi tháng' under 'Mục tiêu đến năm 2025': two target figures (the money is a number",
    "after 'tương đương' following a percent, a different kind, so it stands as its own target figure rather than a share attribute).",
]

emit(6, TEXT, COMMENTS, FIGS, published="2024-09-18", location="Việt Nam")
