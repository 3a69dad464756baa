from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt - Bảo vệ thực vật
Ngày đăng: 23/04/2024 | Lượt xem: 3.517

Cả nước gần 98.500 ha lúa nhiễm sinh vật gây hại trong tuần

Theo Cục Bảo vệ thực vật, trong tuần từ ngày 15/4 đến ngày 21/4/2024, tổng diện tích lúa nhiễm sinh vật gây hại trên cả nước là 98.450 ha, giảm 12,3% so với tuần trước. Trong đó, bệnh đạo ôn lá nhiễm 21.380 ha, tăng 4.150 ha so với tuần trước; rầy nâu, rầy lưng trắng nhiễm 18.760 ha; sâu cuốn lá nhỏ nhiễm 9.240 ha.

Bệnh đạo ôn lá gây hại chủ yếu trên các giống nhiễm như Bắc Thơm 7, Hương Thơm 1 tại các tỉnh Bắc Trung Bộ. Các tỉnh có diện tích nhiễm đạo ôn lá lớn là Nghệ An, Thanh Hóa và Hà Tĩnh, lần lượt 4.520 ha, 3.870 ha và 2.115 ha. Lũy kế từ đầu vụ Đông Xuân, cả nước có 186.400 ha lúa nhiễm đạo ôn lá, cao hơn 23.500 ha so với cùng kỳ; đã phòng trừ 171.900 ha, đạt 92,2%.

Tại Sóc Trăng, rầy nâu gây hại trên lúa Đông Xuân muộn với mật độ phổ biến 750-1.500 con/m2, cục bộ trên 5.000 con/m2 tại huyện Mỹ Xuyên.

Trên cây ngô, sâu keo mùa thu gây hại 3.460 ha tại 28 tỉnh, thành phố, giảm 1.020 ha so với cùng kỳ năm 2023.

Dự báo trong tháng 5/2024, bệnh đạo ôn cổ bông trên lúa Đông Xuân cả nước có thể nhiễm khoảng 35.000-40.000 ha nếu thời tiết tiếp tục âm u, mưa nhỏ. Cục đã ban hành Công văn số 812/BVTV-TV ngày 19/4/2024 đề nghị các địa phương chỉ đạo phun phòng bệnh khi lúa bắt đầu trỗ, tuyệt đối không bón đạm muộn.

Cục Bảo vệ thực vật - Số 149 Hồ Đắc Di, Đống Đa, Hà Nội. Điện thoại: 024.3851.9451
"""

WEEK = P("trong tuần từ ngày 15/4 đến ngày 21/4/2024", start="2024-04-15", end="2024-04-21")
IW = I(WEEK)
TOTAL = "tổng diện tích lúa nhiễm sinh vật gây hại"

FIGS = [
    F("gần 98.500 ha", "98.500", 98500, "measure", "ha", approx="nearly", subject="diện tích lúa nhiễm sinh vật gây hại",
      period=IW),
    F("là 98.450 ha", "98.450", 98450, "measure", "ha", change=CH("decrease", 12.3, "%", baseline="tuần trước"),
      subject=TOTAL, period=WEEK),
    F("nhiễm 21.380 ha", "21.380", 21380, "measure", "ha", total=98450,
      change=CH("increase", 4150, "ha", baseline="tuần trước"), subject="diện tích lúa nhiễm bệnh đạo ôn lá", period=IW),
    F("nhiễm 18.760 ha", "18.760", 18760, "measure", "ha", total=98450,
      subject="diện tích lúa nhiễm rầy nâu, rầy lưng trắng", period=IW),
    F("nhiễm 9.240 ha", "9.240", 9240, "measure", "ha", total=98450, subject="diện tích lúa nhiễm sâu cuốn lá nhỏ",
      period=IW),
    F("lần lượt 4.520 ha", "4.520", 4520, "measure", "ha", subject="diện tích nhiễm đạo ôn lá", period=IW,
      location="Nghệ An"),
    F("3.870 ha", "3.870", 3870, "measure", "ha", subject="diện tích nhiễm đạo ôn lá", period=IW, location="Thanh Hóa"),
    F("2.115 ha", "2.115", 2115, "measure", "ha", subject="diện tích nhiễm đạo ôn lá", period=IW, location="Hà Tĩnh"),
    F("có 186.400 ha", "186.400", 186400, "measure", "ha", change=CH("increase", 23500, "ha", baseline="cùng kỳ"),
      subject="diện tích lúa nhiễm đạo ôn lá lũy kế từ đầu vụ Đông Xuân"),
    F("trừ 171.900 ha", "171.900", 171900, "measure", "ha", percent=92.2,
      subject="diện tích lúa nhiễm đạo ôn lá đã phòng trừ"),
    F("phổ biến 750-1.500", "750", 750, "measure", "con/m2", value_max=1500,
      subject="mật độ rầy nâu phổ biến trên lúa Đông Xuân muộn", period=IW, location="Sóc Trăng"),
    F("trên 5.000 con/m2", "5.000", 5000, "measure", "con/m2", approx="over", subject="mật độ rầy nâu cục bộ",
      period=IW, location="Mỹ Xuyên"),
    F("gây hại 3.460 ha", "3.460", 3460, "measure", "ha", change=CH("decrease", 1020, "ha", baseline="cùng kỳ năm 2023"),
      subject="diện tích ngô bị sâu keo mùa thu gây hại", period=IW),
    F("28 tỉnh, thành phố", "28", 28, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có sâu keo mùa thu gây hại ngô",
      period=IW),
    F("khoảng 35.000-40.000 ha", "35.000", 35000, "measure", "ha", value_max=40000, approx="about", status="forecast",
      subject="diện tích lúa Đông Xuân nhiễm bệnh đạo ôn cổ bông",
      period=P("trong tháng 5/2024", start="2024-05-01", end="2024-05-31")),
]

COMMENTS = [
    "Bộ NN&PTNT site: Cục BVTV weekly report, week 15/4-21/4/2024 — national area of rice pests, parts, provinces (lần lượt), BPH density,",
    "fall armyworm on maize, forecast for tháng 5/2024. 'Ngày đăng: 23/04/2024' gives published; 'Lượt xem: 3.517' is page furniture.",
    "'Bắc Thơm 7', 'Hương Thơm 1' are varieties; 'Công văn số 812/BVTV-TV ngày 19/4/2024', 'Số 149 Hồ Đắc Di', phone are not figures.",
    "Week phrase 'từ ngày 15/4 đến ngày 21/4/2024' read as start/end of the period. 'Trong đó' parts take the 98.450 ha whole (same",
    "indicator, same week). National default location Việt Nam; listed provinces, Sóc Trăng and huyện Mỹ Xuyên are locations.",
]

if __name__ == "__main__":
    emit("p642-4", TEXT, COMMENTS, FIGS, published="2024-04-23", location="Việt Nam")
