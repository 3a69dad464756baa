"""p1357-5: national newspaper (VnExpress-like): the bubble-tea market, a Hà Nội sample study, HCMC inspections."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 16/10/2024, 14:25 (GMT+7)

Thị trường trà sữa tăng trưởng, nỗi lo an toàn thực phẩm chưa giảm

Người Việt chi khoảng 362 triệu USD cho trà sữa mỗi năm, đứng thứ ba Đông Nam Á, trong khi nhiều loại trân châu, topping chưa được kiểm soát chặt.

Theo báo cáo của một công ty nghiên cứu thị trường công bố tháng 9, quy mô thị trường trà sữa Việt Nam năm 2023 ước đạt 362 triệu USD, tăng khoảng 10% so với năm 2022, xếp thứ 3 khu vực, sau Indonesia và Thái Lan. Cả nước có khoảng 7 nghìn cửa hàng trà sữa thuộc hơn 60 thương hiệu, trong đó ba chuỗi lớn nhất chiếm gần 40% thị phần.

Tuy nhiên, an toàn thực phẩm vẫn là nỗi lo. Tháng 8 vừa qua, Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia đã phân tích 45 mẫu trà sữa, trân châu mua ngẫu nhiên tại 15 cửa hàng ở Hà Nội. Trong số này, 11 mẫu có hàm lượng đường trên 50 g/ly, gấp đôi mức khuyến nghị của Tổ chức Y tế thế giới; 4 mẫu phát hiện chất bảo quản natri benzoat vượt ngưỡng.

"Ly trà sữa size L 700 ml có thể chứa 20-25 thìa cà phê đường, chưa kể trân châu, thạch 3Q", PGS.TS Lê Minh Hòa, Viện Dinh dưỡng, cảnh báo. Bộ Y tế dự kiến đề xuất áp thuế tiêu thụ đặc biệt 10% với nước giải khát có hàm lượng đường trên 5 g/100 ml từ năm 2026.

Tại TP Hồ Chí Minh, 9 tháng đầu năm, Ban Quản lý An toàn thực phẩm thành phố đã kiểm tra 1.845 cơ sở kinh doanh đồ uống, xử phạt 212 cơ sở với số tiền gần 1,9 tỷ đồng, tăng 35% so với cùng kỳ.

Minh Thư
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
AUG = P("Tháng 8 vừa qua", "2024-08-01", "2024-08-31")
FROM26 = P("từ năm 2026", "2026-01-01", None)
N9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
HN, HCM = "Hà Nội", "TP Hồ Chí Minh"
MARKET = "quy mô thị trường trà sữa Việt Nam"

FIGS = [
    F("khoảng 362 triệu", "362", 362e6, "money", "USD/năm", approx="about",
      subject="chi tiêu của người Việt cho trà sữa"),
    F("đứng thứ ba", "ba", 3, "rank", "hạng", subject="chi tiêu của người Việt cho trà sữa ở Đông Nam Á"),
    F("ước đạt 362 triệu", "362", 362e6, "money", "USD", status="estimate",
      change=C("increase", 10, "%", "năm 2022", approx="about"), subject=MARKET, period=Y23),
    F("xếp thứ 3", "3", 3, "rank", "hạng", status="estimate", subject=MARKET + " trong khu vực", period=Y23),
    F("khoảng 7 nghìn", "7", 7000, "count", "cửa hàng", approx="about", subject="cửa hàng trà sữa"),
    F("hơn 60 thương hiệu", "60", 60, "count", "thương hiệu", approx="over", subject="thương hiệu trà sữa"),
    F("ba chuỗi lớn nhất", "ba", 3, "count", "chuỗi", subject="chuỗi trà sữa lớn nhất", optional=True),
    F("gần 40%", "40", 40, "percent", "%", approx="nearly", subject="thị phần của ba chuỗi lớn nhất"),
    F("phân tích 45 mẫu", "45", 45, "count", "mẫu", subject="mẫu trà sữa, trân châu được phân tích",
      period=AUG, location=HN),
    F("tại 15 cửa hàng", "15", 15, "count", "cửa hàng", subject="cửa hàng được lấy mẫu", period=AUG, location=HN),
    F("11 mẫu", "11", 11, "count", "mẫu", total=45, subject="mẫu có hàm lượng đường trên 50 g/ly",
      period=I(AUG), location=HN),
    F("trên 50 g/ly", "50", 50, "measure", "g/ly", approx="over",
      change=C("increase", 2, "lần", "mức khuyến nghị của Tổ chức Y tế thế giới"),
      subject="hàm lượng đường", period=I(AUG), location=HN),
    F("4 mẫu", "4", 4, "count", "mẫu", total=45, subject="mẫu phát hiện chất bảo quản natri benzoat vượt ngưỡng",
      period=I(AUG), location=HN),
    F("700 ml", "700", 700, "measure", "ml", subject="dung tích ly trà sữa size L", optional=True),
    F("20-25 thìa", "20", 20, "measure", "thìa cà phê", value_max=25,
      subject="lượng đường trong ly trà sữa size L"),
    F("đặc biệt 10%", "10", 10, "percent", "%", status="forecast",
      subject="thuế tiêu thụ đặc biệt với nước giải khát có hàm lượng đường trên 5 g/100 ml", period=FROM26),
    F("trên 5 g/100 ml", "5", 5, "measure", "g/100 ml", approx="over",
      subject="hàm lượng đường của nước giải khát chịu thuế", optional=True),
    F("kiểm tra 1.845 cơ sở", "1.845", 1845, "count", "cơ sở", subject="cơ sở kinh doanh đồ uống được kiểm tra",
      period=N9, location=HCM),
    F("xử phạt 212 cơ sở", "212", 212, "count", "cơ sở", subject="cơ sở bị xử phạt", period=N9, location=HCM),
    F("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="nearly",
      change=C("increase", 35, "%", "cùng kỳ"), subject="số tiền xử phạt", period=N9, location=HCM),
]

NOTES = [
    "National newspaper (VnExpress-like): section breadcrumb, 'Thứ tư, 16/10/2024, 14:25 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 14:25, (GMT+7), 'công bố tháng 9', 'năm 2022' baseline, 'size L', product name 'thạch 3Q', 'PGS.TS'.",
    "Sapo 'khoảng 362 triệu USD cho trà sữa mỗi năm' is a yearly amount (unit USD/năm); 'đứng thứ ba Đông Nam Á' → rank 3, Việt Nam.",
    "Body 362 triệu USD: 'ước đạt' → estimate, change 10% (approx about); 'xếp thứ 3 khu vực' continues the 'ước đạt' clause → estimate.",
    "'khoảng 7 nghìn cửa hàng' = 7 000 (multiplier). 'ba chuỗi lớn nhất' only names the group whose share follows: optional.",
    "'trong đó ba chuỗi … chiếm gần 40% thị phần' is a percent figure of its own.",
    "The Hà Nội sample study: 'Tháng 8 vừa qua' → August 2024 (dateline year); 'Trong số này, 11 mẫu …; 4 mẫu …' → total 45.",
    "'trên 50 g/ly, gấp đôi mức khuyến nghị …' → measure (over) with change increase 2 lần. The 700 ml cup size and the tax threshold",
    "'trên 5 g/100 ml' are specifications rather than facts: optional. '20-25 thìa cà phê đường' is a range (generic claim, location Việt Nam).",
    "'Bộ Y tế dự kiến … 10% … từ năm 2026' → forecast, period starting 2026-01-01 (no end).",
    "TP Hồ Chí Minh paragraph: '9 tháng đầu năm' → 2024; 'gần 1,9 tỷ đồng, tăng 35% so với cùng kỳ' → change on the fine amount.",
]

if __name__ == "__main__":
    write("p1357-5", TEXT, NOTES, FIGS, published="2024-10-16", location="Việt Nam")
