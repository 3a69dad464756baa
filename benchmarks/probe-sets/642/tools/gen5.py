from lib import F, P, I, CH, TG, emit

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế > Nông nghiệp

Hiệu quả từ mạng lưới bẫy đèn dự báo sâu bệnh

(NĐ) - Những năm gần đây, công tác dự tính, dự báo sâu bệnh hại lúa ở Nam Định ngày càng sát thực tế nhờ hệ thống bẫy đèn được đầu tư đồng bộ. Năm 2023, toàn tỉnh duy trì 86 bẫy đèn tại 9 huyện, thành phố, tăng 14 bẫy so với năm 2022; bình quân 1,2 bẫy/1.000 ha lúa.

Tại HTX Nông nghiệp số 1 xã Hải Anh (Hải Hậu), bẫy đèn đặt ven Quốc lộ 21 giúp phát hiện sớm lứa rầy lưng trắng đầu vụ. Nhờ dự báo sớm, năm 2023 diện tích lúa phải phun thuốc giảm còn 185.300 lượt ha, giảm 21,4% so với năm 2022; lượng thuốc bảo vệ thực vật sử dụng bình quân còn 1,8 kg/ha/vụ.

Ông Trần Văn Nam, Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật Nam Định cho biết, nhờ giảm 1-2 lần phun mỗi vụ, chi phí thuốc giảm từ 300.000 đến 450.000 đồng/ha/vụ; ước tính cả tỉnh tiết kiệm hơn 42 tỷ đồng mỗi năm. Hiện mỗi bẫy đèn được hỗ trợ 2,5 triệu đồng/năm tiền công theo dõi.

Vụ Xuân 2024, trên các giống BC15, TBR225, bệnh đạo ôn lá nhiễm 3.150 ha, trong đó nhiễm nặng 210 ha, thấp hơn nhiều so với vụ Xuân 2023 (5.820 ha).

Theo Đề án phát triển nông nghiệp bền vững, tỉnh phấn đấu đến năm 2025 có 100% số xã trồng lúa được lắp đặt bẫy đèn, giảm 30% lượng thuốc bảo vệ thực vật hóa học so với năm 2020.

Thanh Thúy
22/5/2024
"""

Y23 = P("Năm 2023", start="2023-01-01", end="2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("86 bẫy đèn", "86", 86, "count", "bẫy đèn", change=CH("increase", 14, "bẫy", baseline="năm 2022"),
      subject="bẫy đèn duy trì", period=Y23),
    F("9 huyện, thành phố", "9", 9, "count", "huyện, thành phố", subject="huyện, thành phố có bẫy đèn", period=Y23),
    F("1,2 bẫy/1.000 ha", "1,2", 1.2, "measure", "bẫy/1.000 ha", subject="mật độ bẫy đèn bình quân trên diện tích lúa",
      period=Y23),
    F("185.300 lượt ha", "185.300", 185300, "measure", "lượt ha", change=CH("decrease", 21.4, "%", baseline="năm 2022"),
      subject="diện tích lúa phải phun thuốc", period=P("năm 2023", start="2023-01-01", end="2023-12-31")),
    F("1,8 kg/ha/vụ", "1,8", 1.8, "measure", "kg/ha/vụ", subject="lượng thuốc bảo vệ thực vật sử dụng bình quân",
      period=P("năm 2023", start="2023-01-01", end="2023-12-31")),
    F("giảm 1-2 lần phun", "1", 1, "count", "lần phun", value_max=2, subject="số lần phun thuốc giảm mỗi vụ"),
    F("từ 300.000 đến 450.000 đồng/ha/vụ", "300.000", 300000, "money", "đồng/ha/vụ", value_max=450000,
      subject="mức giảm chi phí thuốc"),
    F("hơn 42 tỷ đồng", "42", 42000000000, "money", "đồng", approx="over", status="estimate",
      subject="chi phí tiết kiệm mỗi năm"),
    F("2,5 triệu đồng/năm", "2,5", 2500000, "money", "đồng/năm", subject="mức hỗ trợ tiền công theo dõi mỗi bẫy đèn"),
    F("nhiễm 3.150 ha", "3.150", 3150, "measure", "ha", subject="diện tích lúa nhiễm bệnh đạo ôn lá vụ Xuân 2024"),
    F("nhiễm nặng 210 ha", "210", 210, "measure", "ha", total=3150, subject="diện tích lúa nhiễm nặng bệnh đạo ôn lá"),
    F("(5.820 ha)", "5.820", 5820, "measure", "ha", subject="diện tích lúa nhiễm bệnh đạo ôn lá vụ Xuân 2023"),
    F("có 100% số xã", "100", 100, "percent", "%", status="target", subject="tỷ lệ xã trồng lúa được lắp đặt bẫy đèn",
      period=T25),
    F("giảm 30% lượng", "30", 30, "percent", "%", status="target",
      subject="mức giảm lượng thuốc bảo vệ thực vật hóa học so với năm 2020", period=T25),
]

COMMENTS = [
    "Báo Nam Định (Party paper): light-trap network and pesticide savings, 2023 results, vụ Xuân 2024 blast, 2025 targets.",
    "Byline 'Thanh Thúy' and bare date '22/5/2024' at the end give published. '(NĐ)' tag; 'HTX Nông nghiệp số 1', 'Quốc lộ 21',",
    "varieties 'BC15', 'TBR225', 'Đề án …' are not figures. '1,2 bẫy/1.000 ha': the 1.000 ha is the rate's denominator (unit).",
    "'giảm 1-2 lần phun' and 'chi phí thuốc giảm từ 300.000 đến 450.000 đồng/ha/vụ' are reductions that are the claim: figures, no change.",
    "'thấp hơn nhiều so với vụ Xuân 2023 (5.820 ha)': the bracketed baseline amount is a figure of its own (no numeric change).",
    "'ước tính' → estimate for 42 tỷ; 'phấn đấu đến năm 2025' → target for both percents; '30% … so với năm 2020' is a rate as the claim.",
    "Seasons ('Vụ Xuân 2024') give no period.",
]

if __name__ == "__main__":
    emit("p642-5", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Nam Định")
