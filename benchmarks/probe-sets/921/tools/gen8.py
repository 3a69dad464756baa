"""p921-8: provincial newspaper online (Báo Bình Phước), headline figure, '(BPO) -' tag, April 2025."""
from lib import F, P, C, write

TEXT = """Bình Phước: Gần 95% hộ gia đình không có lăng quăng sau chiến dịch

Thứ năm, 10/04/2025 | 15:40

(BPO) - Sau 2 tuần triển khai chiến dịch diệt lăng quăng đợt 1 năm 2025, tỷ lệ hộ gia đình không có lăng quăng trên địa bàn tỉnh đạt 94,7%, tăng 8,2 điểm phần trăm so với trước chiến dịch.

Chiến dịch diễn ra từ ngày 24/3 đến ngày 6/4/2025 tại 111 xã, phường, thị trấn với sự tham gia của trên 7.500 cán bộ, đoàn viên, cộng tác viên. Các đoàn đã kiểm tra 182.340 hộ gia đình, trong đó 9.650 hộ có dụng cụ chứa nước có lăng quăng; thu gom, tiêu hủy gần 64 tấn vật dụng phế thải và thả cá vào 4.820 dụng cụ chứa nước lớn. Các địa phương có tỷ lệ hộ có lăng quăng cao nhất là Bù Đăng, Đồng Phú và Chơn Thành, lần lượt là 8,9%, 7,6% và 7,1%.

Quý I/2025, toàn tỉnh ghi nhận 236 ca mắc sốt xuất huyết, giảm 31% so với cùng kỳ; 14 ổ dịch đều đã được xử lý. Sở Y tế đã cấp cho các địa phương 1.200 lít hóa chất diệt muỗi; chi phí phun hóa chất bình quân khoảng 35.000 đồng/hộ, do ngân sách tỉnh chi trả.

Theo ông Lê Văn Ba, Phó Giám đốc Sở Y tế, đợt 2 của chiến dịch dự kiến triển khai trong tháng 6, trước cao điểm mùa mưa, với khoảng 200.000 hộ gia đình được kiểm tra. Mục tiêu năm 2025 là 100% xã, phường, thị trấn tổ chức chiến dịch diệt lăng quăng ít nhất 2 đợt, tỷ lệ mắc dưới 100 ca/100.000 dân. Nội dung này đã được báo cáo tại Kỳ họp thứ 20 HĐND tỉnh khóa X.

Ngọc Hà
"""

CAMP = P("từ ngày 24/3 đến ngày 6/4/2025", "2025-03-24", "2025-04-06")
CAMPi = P("từ ngày 24/3 đến ngày 6/4/2025", "2025-03-24", "2025-04-06", inh=True)
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("Gần 95%", "95", 95, "percent", "%", "hộ gia đình không có lăng quăng sau chiến dịch", approx="nearly"),
    F("đạt 94,7%", "94,7", 94.7, "percent", "%", "tỷ lệ hộ gia đình không có lăng quăng",
      change=C("increase", 8.2, "điểm phần trăm", "trước chiến dịch"), period=CAMPi),
    F("tại 111 xã", "111", 111, "count", "xã, phường, thị trấn", "xã, phường, thị trấn triển khai chiến dịch",
      period=CAMP),
    F("trên 7.500 cán bộ", "7.500", 7500, "count", "cán bộ, đoàn viên, cộng tác viên",
      "cán bộ, đoàn viên, cộng tác viên tham gia chiến dịch", approx="over", period=CAMP),
    F("kiểm tra 182.340 hộ", "182.340", 182340, "count", "hộ gia đình", "hộ gia đình được kiểm tra", period=CAMPi),
    F("9.650 hộ", "9.650", 9650, "count", "hộ", "hộ có dụng cụ chứa nước có lăng quăng", total=182340, period=CAMPi),
    F("gần 64 tấn", "64", 64, "measure", "tấn", "vật dụng phế thải được thu gom, tiêu hủy", approx="nearly",
      period=CAMPi),
    F("vào 4.820 dụng cụ", "4.820", 4820, "count", "dụng cụ chứa nước", "dụng cụ chứa nước lớn được thả cá",
      period=CAMPi),
    F("lần lượt là 8,9%", "8,9", 8.9, "percent", "%", "tỷ lệ hộ có lăng quăng", location="Bù Đăng", period=CAMPi),
    F("8,9%, 7,6%", "7,6", 7.6, "percent", "%", "tỷ lệ hộ có lăng quăng", location="Đồng Phú", period=CAMPi),
    F("và 7,1%", "7,1", 7.1, "percent", "%", "tỷ lệ hộ có lăng quăng", location="Chơn Thành", period=CAMPi),
    F("ghi nhận 236 ca", "236", 236, "count", "ca", "ca mắc sốt xuất huyết",
      change=C("decrease", 31, "%", "cùng kỳ"), period=Q1),
    F("14 ổ dịch", "14", 14, "count", "ổ dịch", "ổ dịch đã được xử lý", period=Q1),
    F("1.200 lít", "1.200", 1200, "measure", "lít", "hóa chất diệt muỗi Sở Y tế cấp cho các địa phương"),
    F("khoảng 35.000 đồng/hộ", "35.000", 35000, "money", "đồng/hộ", "chi phí phun hóa chất bình quân", approx="about"),
    F("khoảng 200.000 hộ", "200.000", 200000, "count", "hộ gia đình", "hộ gia đình được kiểm tra trong đợt 2",
      approx="about", status="forecast", period=P("trong tháng 6", "2025-06-01", "2025-06-30")),
    F("là 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn tổ chức chiến dịch diệt lăng quăng ít nhất 2 đợt",
      status="target", period=Y25),
    F("ít nhất 2 đợt", "2", 2, "count", "đợt", "đợt chiến dịch mỗi xã", approx="at_least", status="target",
      optional=True),
    F("dưới 100 ca/100.000 dân", "100", 100, "measure", "ca/100.000 dân", "tỷ lệ mắc", approx="under",
      status="target", period=Y25),
]
NOTES = [
    "Báo Bình Phước online: headline figure 'Gần 95%', 'Thứ năm, 10/04/2025 | 15:40', tag '(BPO) -'.",
    "'đạt 94,7%, tăng 8,2 điểm phần trăm so với trước chiến dịch': the change of the rate (unit điểm phần trăm).",
    "The lead's figure belongs to the campaign of the next sentence (24/3-6/4/2025): period inherited; 'đợt 1 năm 2025' names the wave.",
    "'kiểm tra 182.340 hộ gia đình, trong đó 9.650 hộ …' → total 182.340. 'lần lượt là 8,9%, 7,6% và 7,1%': locations by order.",
    "'ít nhất 2 đợt' is the target's criterion (optional).",
    "Distractors: 'Sau 2 tuần' (a duration), đợt 1/đợt 2, 'Thứ năm', 15:40, Lê Văn Ba (a name), Kỳ họp thứ 20, khóa X.",
]
write(8, TEXT, FIGS, published="2025-04-10", location="Bình Phước", notes=NOTES)
