"""p1130-6: national newspaper: su su price slump in Đà Lạt / Lạc Dương (Lâm Đồng), a farmer and a trader."""
from lib import F, P, I, C, T, write

TEXT = """Thứ bảy, 16/3/2024, 10:05 (GMT+7)

Su su Đà Lạt rớt giá còn 1.000 đồng một kg

Giá su su quả tại vườn ở Đà Lạt và huyện Lạc Dương giảm khoảng 70% so với cùng kỳ, nhiều nông dân bỏ mặc không thu hoạch.

Sáng 15/3, tại vườn su su rộng 5 sào ở xã Xuân Thọ, TP Đà Lạt, bà Lê Thị Lan, 54 tuổi, cho biết thương lái chỉ trả 1.000-1.500 đồng/kg su su quả loại 1, trong khi cùng thời điểm năm ngoái giá từ 4.000 đến 5.000 đồng/kg. Chi phí đầu tư mỗi sào khoảng 15 triệu đồng một năm, với giá hiện nay gia đình bà lỗ gần 40 triệu đồng.

Ông Nguyễn Văn Hòa, thương lái ở phường 7, Đà Lạt, cho biết mỗi ngày ông chỉ gom khoảng 20 tấn su su, giảm 40% so với tháng trước do các bếp ăn công nghiệp ở TP HCM, Bình Dương cắt giảm đơn hàng. Ngọn su su vẫn giữ giá 10.000-12.000 đồng/kg nhưng sản lượng ít.

Theo Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng, toàn tỉnh có khoảng 2.900 ha su su, phần lớn tại Đà Lạt (1.650 ha) và Lạc Dương (820 ha); mỗi ngày cung ứng ra thị trường 350-400 tấn. Quý I, sản lượng su su dự kiến đạt 30.000 tấn, tăng 12% so với cùng kỳ năm 2023 do thời tiết thuận lợi.

Cả nước hiện có khoảng 8.300 ha su su; Lâm Đồng chiếm khoảng 35% diện tích. Năm 2024, Sở đặt mục tiêu chuyển đổi khoảng 200 ha su su kém hiệu quả sang trồng rau, hoa có giá trị cao hơn.

Phước Tuấn
"""

Q1 = P("Quý I", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DL = "Đà Lạt"
AREA = "diện tích su su"

FIGS = [
    F("còn 1.000 đồng", "1.000", 1000, "money", "đồng/kg", subject="giá su su Đà Lạt", location=DL),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="mức giảm giá su su quả tại vườn so với cùng kỳ"),
    F("rộng 5 sào", "5", 5, "measure", "sào", subject="diện tích vườn su su của bà Lê Thị Lan", location=DL),
    F("54 tuổi", "54", 54, "measure", "tuổi", optional=True, subject="tuổi bà Lê Thị Lan", location=DL),
    F("trả 1.000-1.500", "1.000", 1000, "money", "đồng/kg", value_max=1500,
      subject="giá thương lái trả cho su su quả loại 1", location=DL),
    F("từ 4.000 đến 5.000", "4.000", 4000, "money", "đồng/kg", value_max=5000,
      subject="giá su su quả cùng thời điểm năm ngoái", location=DL),
    F("khoảng 15 triệu", "15", 15e6, "money", "đồng/sào/năm", approx="about",
      subject="chi phí đầu tư mỗi sào su su", location=DL),
    F("gần 40 triệu", "40", 40e6, "money", "đồng", approx="nearly", subject="khoản lỗ của gia đình bà Lê Thị Lan",
      location=DL),
    F("khoảng 20 tấn", "20", 20, "measure", "tấn/ngày", approx="about",
      change=C("decrease", 40, "%", "tháng trước"),
      subject="su su thương lái Nguyễn Văn Hòa gom mỗi ngày", location=DL),
    F("giá 10.000-12.000", "10.000", 10000, "money", "đồng/kg", value_max=12000, subject="giá ngọn su su",
      location=DL),
    F("khoảng 2.900 ha", "2.900", 2900, "measure", "ha", approx="about", subject=AREA),
    F("Đà Lạt (1.650 ha)", "1.650", 1650, "measure", "ha", subject=AREA, location=DL),
    F("Lạc Dương (820 ha)", "820", 820, "measure", "ha", subject=AREA, location="Lạc Dương"),
    F("350-400 tấn", "350", 350, "measure", "tấn/ngày", value_max=400,
      subject="su su cung ứng ra thị trường mỗi ngày"),
    F("đạt 30.000 tấn", "30.000", 30000, "measure", "tấn", status="forecast",
      change=C("increase", 12, "%", "cùng kỳ năm 2023"), subject="sản lượng su su", period=Q1),
    F("khoảng 8.300 ha", "8.300", 8300, "measure", "ha", approx="about", subject=AREA, location="Việt Nam"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="tỷ trọng diện tích su su của Lâm Đồng trong cả nước"),
    F("khoảng 200 ha", "200", 200, "measure", "ha", approx="about", status="target",
      subject="diện tích su su kém hiệu quả chuyển đổi sang trồng rau, hoa", period=Y24),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 16/3/2024, 10:05 (GMT+7)', byline at the end. Default location Lâm Đồng (the province's figures, Sở NN&PTNT).",
    "Headline price 'còn 1.000 đồng một kg' = đồng/kg, in Đà Lạt. 'giảm khoảng 70% so với cùng kỳ' is a rate standing as the claim: percent, no change.",
    "The 70% covers Đà Lạt and huyện Lạc Dương together: location Lâm Đồng. Farmer (xã Xuân Thọ, TP Đà Lạt) and trader (phường 7, Đà Lạt) → Đà Lạt.",
    "'cùng thời điểm năm ngoái giá từ 4.000 đến 5.000': a baseline amount stated as a figure of its own (no period computed: a relative phrase).",
    "'mỗi sào khoảng 15 triệu đồng một năm' → đồng/sào/năm. '54 tuổi' optional. 'khoảng 20 tấn …, giảm 40% so với tháng trước' → change of the 20 tấn.",
    "Districts in brackets after 'phần lớn tại' (1.650 + 820 ≠ 2.900): no total. Year-less 'Quý I' takes 2024 (dateline; baseline 'cùng kỳ năm 2023').",
    "Distractors: 10:05, (GMT+7), 'Sáng 15/3', 'phường 7', 'loại 1', 'TP HCM'. 'Sở đặt mục tiêu … khoảng 200 ha' → target, Năm 2024.",
]

if __name__ == "__main__":
    write("p1130-6", TEXT, NOTES, FIGS, published="2024-03-16", location="Lâm Đồng")
