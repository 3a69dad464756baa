from lib import F, P, C, T, write

TEXT = """
BÁO BÌNH DƯƠNG | Xã hội | Thứ Ba, 12/03/2024 - 14:20

Cháy lớn tại công ty sản xuất mút xốp ở Tân Uyên, giải cứu 8 công nhân mắc kẹt

(BDO) Khoảng 2 giờ 30 phút sáng 12/3, tại xưởng sản xuất của Công ty TNHH Mút xốp Hưng Thịnh (lô C-12, đường D4, Khu công nghiệp Nam Tân Uyên, TP.Tân Uyên) xảy ra cháy lớn. Thời điểm xảy ra cháy, trong xưởng có khoảng 40 công nhân đang làm ca đêm.

Nhận tin báo qua số 114, Phòng Cảnh sát PCCC và CNCH Công an tỉnh đã điều động 16 xe chữa cháy, 2 xe thang cùng gần 150 cán bộ, chiến sĩ đến hiện trường. Tổ chữa cháy đầu tiên có mặt sau 6 phút. Lực lượng chức năng đã dùng thang dây, đệm hơi giải cứu thành công 8 công nhân mắc kẹt trên tầng 2, trong đó có 3 người bị ngạt khói được đưa đi cấp cứu; đồng thời hướng dẫn 32 người khác thoát nạn an toàn.

Sau hơn 4 giờ, đám cháy được khống chế hoàn toàn. Theo thống kê ban đầu, vụ cháy đã thiêu rụi khoảng 3.500 m2 nhà xưởng trên tổng diện tích 5.200 m2, cùng khoảng 120 tấn nguyên liệu và 2 xe nâng; thiệt hại ước tính khoảng 25 tỷ đồng. Nguyên nhân ban đầu được xác định do chập điện tại khu vực máy cắt.

Theo Công an tỉnh, từ đầu năm 2024 đến nay, trên địa bàn tỉnh Bình Dương đã xảy ra 21 vụ cháy, trong đó có 12 vụ tại các doanh nghiệp trong khu, cụm công nghiệp; tổng thiệt hại ước tính hơn 60 tỷ đồng. Năm 2023, toàn tỉnh xảy ra 96 vụ cháy, làm 4 người chết.

Thượng tá Nguyễn Văn Hải, Phó Trưởng phòng Cảnh sát PCCC và CNCH cho biết, nhiều doanh nghiệp còn chủ quan, để hàng hóa lấn chiếm lối thoát nạn, hệ thống báo cháy không hoạt động. Đơn vị sẽ tổng kiểm tra các cơ sở có nguy cơ cháy, nổ cao trước ngày 30/4.

MINH TRÍ
"""

YTD = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-12")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TU = "Tân Uyên"

FIGS = [
    F("giải cứu 8 công nhân mắc kẹt\n", "8", 8, "count", "công nhân", "công nhân mắc kẹt được giải cứu", location=TU),
    F("khoảng 40 công nhân", "40", 40, "count", "công nhân", "công nhân đang làm ca đêm trong xưởng",
      approx="about", location=TU),
    F("điều động 16 xe", "16", 16, "count", "xe chữa cháy", "xe chữa cháy được điều động", location=TU),
    F("2 xe thang", "2", 2, "count", "xe thang", "xe thang được điều động", location=TU),
    F("gần 150 cán bộ", "150", 150, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ đến hiện trường",
      approx="nearly", location=TU),
    F("sau 6 phút", "6", 6, "measure", "phút", "thời gian tổ chữa cháy đầu tiên có mặt", location=TU),
    F("thành công 8 công nhân", "8", 8, "count", "công nhân", "công nhân mắc kẹt được giải cứu", location=TU),
    F("có 3 người bị ngạt", "3", 3, "count", "người", "người bị ngạt khói được đưa đi cấp cứu",
      total=8, location=TU),
    F("hướng dẫn 32 người", "32", 32, "count", "người", "người được hướng dẫn thoát nạn an toàn", location=TU),
    F("Sau hơn 4 giờ", "4", 4, "measure", "giờ", "thời gian khống chế đám cháy", approx="over", location=TU),
    F("khoảng 3.500 m2", "3.500", 3500, "measure", "m2", "diện tích nhà xưởng bị thiêu rụi",
      approx="about", total=5200, location=TU),
    F("khoảng 120 tấn", "120", 120, "measure", "tấn", "nguyên liệu bị thiêu rụi", approx="about", location=TU),
    F("và 2 xe nâng", "2", 2, "count", "xe nâng", "xe nâng bị thiêu rụi", location=TU),
    F("khoảng 25 tỷ đồng", "25", 25000000000, "money", "đồng", "thiệt hại vụ cháy",
      approx="about", status="estimate", location=TU),
    F("xảy ra 21 vụ cháy", "21", 21, "count", "vụ cháy", "vụ cháy", period=YTD),
    F("có 12 vụ tại", "12", 12, "count", "vụ", "vụ cháy tại các doanh nghiệp trong khu, cụm công nghiệp",
      total=21, period=YTD),
    F("hơn 60 tỷ đồng", "60", 60000000000, "money", "đồng", "tổng thiệt hại do cháy",
      approx="over", status="estimate", period=YTD),
    F("xảy ra 96 vụ cháy", "96", 96, "count", "vụ cháy", "vụ cháy", period=Y23),
    F("làm 4 người chết", "4", 4, "count", "người", "người chết do cháy", period=Y23),
]

write(2, TEXT, [
    "Báo Bình Dương (Party newspaper): one factory fire in TP Tân Uyên and the rescue; 'Thứ Ba, 12/03/2024 - 14:20' dateline after the section, byline at the end.",
    "Incident figures take TP Tân Uyên as location and no period (the fire's date only locates the event); province figures take Bình Dương.",
    "'3.500 m2 nhà xưởng trên tổng diện tích 5.200 m2': 5.200 is the total (trên tổng …), not a figure. '3 người' after 'trong đó' has total 8.",
    "Title '8 công nhân' repeats the body figure: both annotated (title figures are figures, as h01's lead). Durations of the operation",
    "('sau 6 phút', 'Sau hơn 4 giờ') are measures, not periods. Distractors: '2 giờ 30 phút sáng 12/3', 'lô C-12', 'đường D4', 'tầng 2', '114', 'ngày 30/4'.",
], FIGS, published="2024-03-12", location="Bình Dương")
