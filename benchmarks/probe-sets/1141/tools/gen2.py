"""p1141-2: district portal (huyện Cẩm Giàng, Hải Dương); disinfection campaign at live poultry markets, May 2024."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp

Cẩm Giàng ra quân tiêu độc, khử trùng các chợ buôn bán gia cầm

Đăng ngày: 22-05-2024 08:35

Sáng 20/5, UBND huyện Cẩm Giàng tổ chức ra quân hưởng ứng "Tháng hành động vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi" đợt 1 năm 2024. Đợt này, huyện cấp 1.500 lít hóa chất Benkocid và 6 tấn vôi bột cho 19 xã, thị trấn, trong đó riêng các chợ có buôn bán gia cầm sống được cấp 320 lít.

Trên địa bàn huyện hiện có 4 chợ buôn bán gia cầm sống với 86 tiểu thương, bình quân mỗi ngày giao dịch khoảng 5.000 con gia cầm. Lớn nhất là chợ Ghẽ (xã Tân Trường) với 38 tiểu thương; vào các ngày rằm, mùng một, lượng gà, vịt qua chợ lên tới 2.500 con/buổi.

Bà Nguyễn Thị Lụa, tiểu thương có hơn 20 năm buôn gà tại chợ Ghẽ, cho biết mỗi ngày bà bán khoảng 150 con. Từ khi chợ bố trí khu giết mổ riêng và phun thuốc sát trùng sau mỗi phiên, bà không phải tự mua hóa chất, mỗi tháng tiết kiệm khoảng 400.000 đồng.

Năm 2023, huyện lấy 120 mẫu giám sát vi rút cúm tại các chợ, phát hiện 7 mẫu dương tính cúm A/H5, không phát sinh ổ dịch trên đàn gia cầm. Tổng đàn gia cầm toàn huyện hiện khoảng 1,2 triệu con; tỷ lệ tiêm phòng vắc xin cúm gia cầm đợt 1 đạt 82% diện tiêm.

Huyện phấn đấu đến hết năm 2025 có 2 chợ trung tâm bố trí khu giết mổ gia cầm tập trung, tỷ lệ tiêm phòng cúm gia cầm đạt trên 90%.

Văn Thắng - Phòng Kinh tế huyện
"""

CAMP = per("đợt 1 năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
BY25 = per("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    fig("cấp 1.500 lít", "1.500", 1500, "measure", "lít",
        subject="hóa chất Benkocid cấp cho các xã, thị trấn", period=CAMP),
    fig("6 tấn", "6", 6, "measure", "tấn", subject="vôi bột cấp cho các xã, thị trấn", period=CAMP),
    fig("cho 19 xã", "19", 19, "count", "xã, thị trấn",
        subject="xã, thị trấn được cấp hóa chất, vôi bột", period=CAMP),
    fig("cấp 320 lít", "320", 320, "measure", "lít", total=1500,
        subject="hóa chất cấp cho các chợ có buôn bán gia cầm sống", period=CAMP),
    fig("có 4 chợ", "4", 4, "count", "chợ", subject="chợ buôn bán gia cầm sống"),
    fig("với 86 tiểu thương", "86", 86, "count", "tiểu thương",
        subject="tiểu thương buôn bán gia cầm sống tại các chợ"),
    fig("khoảng 5.000 con", "5.000", 5000, "measure", "con/ngày", approx="about",
        subject="gia cầm giao dịch bình quân mỗi ngày tại các chợ"),
    fig("với 38 tiểu thương", "38", 38, "count", "tiểu thương", subject="tiểu thương chợ Ghẽ"),
    fig("2.500 con/buổi", "2.500", 2500, "measure", "con/buổi",
        subject="gà, vịt qua chợ Ghẽ vào các ngày rằm, mùng một"),
    fig("hơn 20 năm", "20", 20, "measure", "năm", approx="over", optional=True,
        subject="thời gian buôn gà của bà Nguyễn Thị Lụa"),
    fig("khoảng 150 con", "150", 150, "measure", "con/ngày", approx="about",
        subject="gà bà Nguyễn Thị Lụa bán mỗi ngày"),
    fig("khoảng 400.000 đồng", "400.000", 400000, "money", "đồng/tháng", approx="about",
        subject="tiền hóa chất tiểu thương tiết kiệm mỗi tháng"),
    fig("lấy 120 mẫu", "120", 120, "count", "mẫu",
        subject="mẫu giám sát vi rút cúm tại các chợ", period=Y23),
    fig("phát hiện 7 mẫu", "7", 7, "count", "mẫu", subject="mẫu dương tính cúm A/H5", period=Y23),
    fig("khoảng 1,2 triệu con", "1,2", 1200000, "count", "con", approx="about",
        subject="tổng đàn gia cầm toàn huyện"),
    fig("đạt 82%", "82", 82, "percent", "%",
        subject="tỷ lệ tiêm phòng vắc xin cúm gia cầm đợt 1"),
    fig("có 2 chợ", "2", 2, "count", "chợ", status="target",
        subject="chợ trung tâm bố trí khu giết mổ gia cầm tập trung", period=BY25),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tiêm phòng cúm gia cầm", period=BY25),
]

NOTES = [
    "District portal (huyện Cẩm Giàng, Hải Dương): disinfection campaign at live poultry markets. 'Đăng ngày: 22-05-2024 08:35'.",
    "Default location is the district (Cẩm Giàng); chợ Ghẽ is in xã Tân Trường of the district (a commune is not a figure place).",
    "Distractors: 'Sáng 20/5', 'đợt 1' (campaign ordinal, twice), time 08:35, A/H5. 'hơn 20 năm' (a trader's career) is optional.",
    "'trong đó riêng các chợ ... được cấp 320 lít' is a part of the 1.500 lít. The campaign figures take the period of the",
    "previous sentence ('đợt 1 năm 2024', inherited). 'mỗi ngày ... 5.000 con', '2.500 con/buổi', 'mỗi ngày bà bán khoảng 150 con'",
    "and 'mỗi tháng tiết kiệm khoảng 400.000 đồng' are rates (denominator in the unit).",
    "'đợt 1' of the vaccination gives no date: 82% has no period. 'hiện' figures have none.",
]

if __name__ == "__main__":
    build("p1141-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Cẩm Giàng")
