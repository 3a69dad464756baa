"""p764-6: national press — quail egg price collapse in Đồng Nai, a farm in Trảng Bom, TP Hồ Chí Minh retail, national output."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 12/9/2024, 06:30 (GMT+7)

Giá trứng cút ở Đồng Nai rớt xuống 200 đồng một quả

Giá trứng cút bán tại trại ở Đồng Nai giảm còn 200-220 đồng một quả, thấp nhất trong 5 năm, trong khi giá thành khoảng 270 đồng.

Ông Lê Văn Sáu, chủ trại cút 40.000 con ở ấp 3, xã Sông Trầu, huyện Trảng Bom, cho biết mỗi ngày trại thu khoảng 32.000 quả trứng. Với giá hiện nay, mỗi ngày ông lỗ 1,5-2 triệu đồng. "Đầu năm giá còn 380 đồng, giờ giảm gần 45%", ông nói.

Theo Hiệp hội Chăn nuôi Đồng Nai, toàn tỉnh có khoảng 11 triệu con chim cút, chiếm hơn 12% tổng đàn cả nước, mỗi ngày cung ứng 7-8 triệu quả trứng. Từ đầu năm đến nay, đàn cút của tỉnh đã giảm khoảng 1,3 triệu con do nhiều hộ bỏ chuồng.

Người nuôi trong tỉnh còn chịu áp lực từ giá thức ăn. Hiện giá cám cho chim cút đẻ khoảng 11.500 đồng/kg, tăng 8% so với cùng kỳ năm ngoái, trong khi mỗi con cút đẻ ăn 22-25 g thức ăn mỗi ngày.

Tại TP Hồ Chí Minh, giá trứng cút bán lẻ ở các chợ vẫn 500-600 đồng một quả. Mức này cao gấp 2,5 lần giá tại trại.

Theo Cục Chăn nuôi, tổng đàn chim cút cả nước hiện khoảng 90 triệu con; sản lượng trứng cút 8 tháng năm 2024 ước đạt 3,6 tỷ quả, tăng 4,2% so với cùng kỳ năm 2023, trong khi sức tiêu thụ giảm. Cục khuyến cáo người nuôi không tái đàn ồ ạt, chủ động giảm mật độ nuôi để hạ chi phí.

Phước Tuấn
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-12")
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
DN, TB, HCM, VN = "Đồng Nai", "Trảng Bom", "TP Hồ Chí Minh", "Việt Nam"

FIGS = [
    F("rớt xuống 200 đồng", "200", 200, "money", "đồng/quả", "giá trứng cút", location=DN),
    F("còn 200-220 đồng", "200", 200, "money", "đồng/quả", "giá trứng cút bán tại trại", value_max=220, location=DN),
    F("trong 5 năm", "5", 5, "measure", "năm", "thời gian", optional=True, location=DN),
    F("khoảng 270 đồng", "270", 270, "money", "đồng", "giá thành trứng cút", approx="about", location=DN),
    F("cút 40.000 con", "40.000", 40000, "count", "con", "chim cút trại ông Lê Văn Sáu", location=TB),
    F("khoảng 32.000 quả", "32.000", 32000, "count", "quả", "trứng trại thu mỗi ngày", approx="about", location=TB),
    F("lỗ 1,5-2 triệu đồng", "1,5", 1500000, "money", "đồng", "tiền lỗ mỗi ngày", value_max=2000000, location=TB),
    F("còn 380 đồng", "380", 380, "money", "đồng", "giá trứng cút đầu năm", location=TB),
    F("giảm gần 45%", "45", 45, "percent", "%", "mức giảm giá trứng cút so với đầu năm", approx="nearly", location=TB),
    F("khoảng 11 triệu con", "11", 11000000, "count", "con", "chim cút", approx="about", percent=12, location=DN),
    F("cung ứng 7-8 triệu quả", "7", 7000000, "count", "quả", "trứng cung ứng mỗi ngày", value_max=8000000, location=DN),
    F("khoảng 1,3 triệu con", "1,3", 1300000, "count", "con", "đàn cút của tỉnh giảm", YTD, approx="about",
      location=DN),
    F("khoảng 11.500 đồng/kg", "11.500", 11500, "money", "đồng/kg", "giá cám cho chim cút đẻ", approx="about",
      change=CH("increase", 8, baseline="cùng kỳ năm ngoái"), location=DN),
    F("ăn 22-25 g", "22", 22, "measure", "g", "thức ăn mỗi con cút đẻ ăn mỗi ngày", value_max=25, location=DN),
    F("500-600 đồng", "500", 500, "money", "đồng/quả", "giá trứng cút bán lẻ ở các chợ", value_max=600, location=HCM),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "giá trứng cút bán lẻ so với giá tại trại", location=HCM),
    F("khoảng 90 triệu con", "90", 90000000, "count", "con", "tổng đàn chim cút cả nước", approx="about", location=VN),
    F("ước đạt 3,6 tỷ quả", "3,6", 3600000000, "count", "quả", "sản lượng trứng cút", M8,
      change=CH("increase", 4.2, baseline="cùng kỳ năm 2023"), status="estimate", location=VN),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 12/9/2024, 06:30 (GMT+7)'): quail egg prices collapse in Đồng Nai; farm in Trảng Bom;",
    "retail in TP Hồ Chí Minh; national flock and output (Cục Chăn nuôi). No default location: each figure carries its own place.",
    "Distractors: '(GMT+7)', time of day, 'ấp 3', 'Đầu năm' (no period), byline. 'thấp nhất trong 5 năm' is a duration: optional.",
    "'đồng một quả' is read as the rate đồng/quả. 'giờ giảm gần 45%' is a fall that is itself the claim: percent, no change.",
    "'đàn cút đã giảm khoảng 1,3 triệu con' has no base amount: a count figure of its own (subject names the decrease).",
    "'Mức này cao gấp 2,5 lần giá tại trại.' stands alone as its own sentence: a multiple.",
    "'chiếm hơn 12% tổng đàn cả nước' → percent 12 of the 11 triệu con. Farm figures (huyện Trảng Bom) take Trảng Bom.",
    "Feed price and ration: 'Người nuôi trong tỉnh' → Đồng Nai. 'Hiện' → no period.",
]

if __name__ == "__main__":
    emit("p764-6", TEXT, COMMENTS, FIGS, published="2024-09-12")
