"""p1328-5: national newspaper: water losses nationwide 2023 (Ngày Nước thế giới), city list, TP HCM, targets 2025/2030."""
from lib import F, period, inherit, change, target, write

TEXT = """Thứ sáu, 22/3/2024, 06:00 (GMT+7)

Mỗi ngày thất thoát hơn 2 triệu m3 nước sạch

Tỷ lệ thất thoát nước sạch bình quân cả nước năm 2023 khoảng 17,6%, nhiều công ty cấp nước vẫn để thất thoát trên 25%.

Nhân Ngày Nước thế giới 22/3, Hội Cấp thoát nước Việt Nam công bố tỷ lệ thất thoát, thất thu nước sạch bình quân cả nước năm 2023 khoảng 17,6%, giảm gần 1 điểm phần trăm so với năm 2022. Với tổng công suất cấp nước đô thị khoảng 11,8 triệu m3/ngày đêm, lượng nước thất thoát ước tính hơn 2 triệu m3 mỗi ngày, tương đương thiệt hại khoảng 5.500 tỷ đồng mỗi năm.

Một số địa phương đã đưa tỷ lệ thất thoát xuống thấp, như Bình Dương (5,2%), Hải Phòng (8,1%), Đà Nẵng (12,4%). Ngược lại, nhiều công ty cấp nước ở miền núi vẫn ở mức trên 25%, cá biệt có nơi tới 35-40%.

Tại TP HCM, Tổng công ty Cấp nước Gia Định đã giảm tỷ lệ thất thoát từ 39,5% năm 2008 xuống còn 15,8% năm 2023, mỗi ngày tiết kiệm khoảng 700.000 m3 nước.

Hiện cả nước có khoảng 700 đơn vị cấp nước đô thị; tỷ lệ dân số đô thị được cấp nước sạch qua hệ thống tập trung đạt 94%.

"Mục tiêu đến năm 2025 đưa tỷ lệ thất thoát bình quân xuống 15% và đến năm 2030 còn 10%", ông Lê Minh Tân, Phó chủ tịch Hội, nói. Hội ước tính các doanh nghiệp cần đầu tư khoảng 30.000 tỷ đồng để cải tạo mạng lưới, lắp đồng hồ thông minh.

Thu Hằng
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
HCM = "TP Hồ Chí Minh"
LOSS = "tỷ lệ thất thoát nước"

FIGS = [
    F("hơn 2 triệu m3 nước", "2", 2e6, "measure", "m3/ngày", "lượng nước sạch thất thoát mỗi ngày", approx="over"),
    F("khoảng 17,6%, nhiều", "17,6", 17.6, "percent", "%", "tỷ lệ thất thoát nước sạch bình quân cả nước", Y23,
      approx="about"),
    F("để thất thoát trên 25%", "25", 25, "percent", "%", "tỷ lệ thất thoát của nhiều công ty cấp nước", approx="over"),
    F("khoảng 17,6%, giảm", "17,6", 17.6, "percent", "%", "tỷ lệ thất thoát, thất thu nước sạch bình quân cả nước", Y23,
      approx="about", change=change("decrease", 1, "điểm phần trăm", "năm 2022", approx="nearly")),
    F("khoảng 11,8 triệu", "11,8", 11.8e6, "measure", "m3/ngày đêm", "tổng công suất cấp nước đô thị", approx="about"),
    F("tính hơn 2 triệu", "2", 2e6, "measure", "m3/ngày", "lượng nước thất thoát", approx="over", status="estimate"),
    F("khoảng 5.500 tỷ", "5.500", 5.5e12, "money", "đồng/năm", "thiệt hại do nước thất thoát", approx="about",
      status="estimate"),
    F("Bình Dương (5,2%)", "5,2", 5.2, "percent", "%", LOSS, inherit(Y23), location="Bình Dương"),
    F("Hải Phòng (8,1%)", "8,1", 8.1, "percent", "%", LOSS, inherit(Y23), location="Hải Phòng"),
    F("Đà Nẵng (12,4%)", "12,4", 12.4, "percent", "%", LOSS, inherit(Y23), location="Đà Nẵng"),
    F("mức trên 25%", "25", 25, "percent", "%", "tỷ lệ thất thoát của nhiều công ty cấp nước ở miền núi", approx="over"),
    F("tới 35-40%", "35", 35, "percent", "%", "tỷ lệ thất thoát cá biệt", value_max=40),
    F("từ 39,5%", "39,5", 39.5, "percent", "%", "tỷ lệ thất thoát của Tổng công ty Cấp nước Gia Định",
      period("năm 2008", "2008-01-01", "2008-12-31"), location=HCM),
    F("còn 15,8%", "15,8", 15.8, "percent", "%", "tỷ lệ thất thoát của Tổng công ty Cấp nước Gia Định", Y23, location=HCM),
    F("khoảng 700.000 m3", "700.000", 700000, "measure", "m3/ngày", "lượng nước tiết kiệm mỗi ngày", approx="about",
      location=HCM),
    F("khoảng 700 đơn vị", "700", 700, "count", "đơn vị", "đơn vị cấp nước đô thị", approx="about"),
    F("đạt 94%", "94", 94, "percent", "%", "tỷ lệ dân số đô thị được cấp nước sạch qua hệ thống tập trung"),
    F("xuống 15%", "15", 15, "percent", "%", "tỷ lệ thất thoát bình quân", period("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("còn 10%", "10", 10, "percent", "%", "tỷ lệ thất thoát bình quân", period("đến năm 2030", None, "2030-12-31"),
      status="target"),
    F("khoảng 30.000 tỷ", "30.000", 30e12, "money", "đồng", "vốn các doanh nghiệp cần đầu tư để cải tạo mạng lưới",
      approx="about", status="estimate"),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 22/3/2024, 06:00 (GMT+7)' (published), headline figure, sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'Ngày Nước thế giới 22/3' (a date), 'năm 2008' (a period), the '3' of 'm3'.",
    "National figures → Việt Nam; the list 'Bình Dương (5,2%), …' → list indicator as subject, each province as location.",
    "'giảm gần 1 điểm phần trăm so với năm 2022' → change (unit điểm phần trăm, approx nearly). 'mỗi ngày'/'mỗi năm' are rate denominators.",
    "'tương đương thiệt hại khoảng 5.500 tỷ đồng' is an amount in another unit, not a share: a figure of its own; 'ước tính' governs",
    "it and the 2 triệu m3 of the same clause. 'từ 39,5% năm 2008 xuống còn 15,8% năm 2023' gives two figures with their own years.",
    "The city list and 'mức trên 25%' have no year in their sentences; the list inherits năm 2023 (not scored).",
    "The quote's targets: 'đến năm 2025' / 'đến năm 2030' (start null). 'Hội ước tính … cần đầu tư khoảng 30.000 tỷ' → estimate.",
]

if __name__ == "__main__":
    write("p1328-5", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
