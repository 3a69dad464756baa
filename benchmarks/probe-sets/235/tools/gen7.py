from lib import F, P, build

TEXT = """UBND HUYỆN ĐỨC HÒA - TỈNH LONG AN
Tin hoạt động

Hội nghị giới thiệu kênh huy động vốn qua thị trường chứng khoán cho doanh nghiệp huyện Đức Hòa

Vừa qua, UBND huyện Đức Hòa phối hợp với Sở Giao dịch Chứng khoán TP Hồ Chí Minh tổ chức hội nghị giới thiệu kênh huy động vốn qua thị trường chứng khoán, với sự tham dự của hơn 120 đại biểu, đại diện cho 86 doanh nghiệp trên địa bàn.

Tại hội nghị, đại diện Sở Giao dịch Chứng khoán TP Hồ Chí Minh cho biết đến cuối tháng 7/2024 cả nước có hơn 1.600 doanh nghiệp niêm yết và đăng ký giao dịch, vốn hóa thị trường cổ phiếu đạt khoảng 7,1 triệu tỷ đồng, tương đương 68% GDP năm 2023. Giai đoạn 2021-2023, thị trường chứng khoán huy động bình quân 580 nghìn tỷ đồng vốn mỗi năm cho nền kinh tế.

Hiện huyện Đức Hòa có 1.254 doanh nghiệp đang hoạt động, trong đó chỉ có 5 doanh nghiệp có cổ phiếu giao dịch trên thị trường chứng khoán (2 doanh nghiệp niêm yết trên HOSE, 3 doanh nghiệp đăng ký giao dịch trên UPCoM). Theo khảo sát nhanh tại hội nghị, 64% doanh nghiệp chưa từng tiếp cận kênh huy động vốn qua phát hành cổ phiếu, trái phiếu.

Để niêm yết cổ phiếu trên HOSE, doanh nghiệp phải có vốn điều lệ từ 30 tỷ đồng trở lên và hoạt động kinh doanh có lãi 2 năm liền trước năm đăng ký niêm yết.

Huyện phấn đấu đến năm 2025 có thêm từ 2 đến 3 doanh nghiệp đủ điều kiện niêm yết, tập trung vào các doanh nghiệp trong Khu công nghiệp Đức Hòa 1, Khu công nghiệp Tân Đức và cụm công nghiệp dọc Đường tỉnh 824.

Doanh nghiệp có nhu cầu tư vấn liên hệ Phòng Tài chính - Kế hoạch huyện, khu phố 3, thị trấn Hậu Nghĩa, điện thoại 0272.3850.126.

Văn Tâm (Trung tâm VH-TT&TT huyện)
"""

V = "Việt Nam"
FIGS = [
    F("hơn 120 đại biểu", "120", 120, "count", "đại biểu", "đại biểu tham dự hội nghị", approx="over"),
    F("cho 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp", "doanh nghiệp tham dự hội nghị"),
    F("hơn 1.600 doanh nghiệp", "1.600", 1600, "count", "doanh nghiệp", "doanh nghiệp niêm yết và đăng ký giao dịch",
      approx="over", location=V, period=P("đến cuối tháng 7/2024", None, "2024-07-31")),
    F("khoảng 7,1 triệu tỷ", "7,1", 7.1e15, "money", "đồng", "vốn hóa thị trường cổ phiếu", approx="about",
      percent=68, location=V, period=P("đến cuối tháng 7/2024", None, "2024-07-31")),
    F("bình quân 580 nghìn tỷ", "580", 580e12, "money", "đồng", "vốn huy động bình quân mỗi năm của thị trường chứng khoán",
      location=V, period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("có 1.254 doanh nghiệp", "1.254", 1254, "count", "doanh nghiệp", "doanh nghiệp đang hoạt động"),
    F("chỉ có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp có cổ phiếu giao dịch trên thị trường chứng khoán",
      total=1254),
    F("(2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp niêm yết trên HOSE", total=5),
    F("HOSE, 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp đăng ký giao dịch trên UPCoM", total=5),
    F("hội nghị, 64%", "64", 64, "percent", "%", "doanh nghiệp chưa từng tiếp cận kênh huy động vốn qua phát hành cổ phiếu, trái phiếu"),
    F("từ 30 tỷ", "30", 30e9, "money", "đồng", approx="at_least", location=V, optional=True),
    F("có lãi 2 năm", "2", 2, "measure", "năm", location=V, optional=True),
    F("từ 2 đến 3 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp đủ điều kiện niêm yết",
      value_max=3, status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "District portal (UBND huyện Đức Hòa, Long An, 'Tin hoạt động'): conference on raising capital through the stock market. No dateline, byline at the end: published null.",
    "Location Đức Hòa by default; the national figures quoted by the exchange ('cả nước', GDP share) are Việt Nam. 'Sở Giao dịch Chứng khoán TP Hồ Chí Minh' is an organiser, not a place of any figure.",
    "'tương đương 68% GDP năm 2023' is the capitalisation's percent; 'năm 2023' qualifies GDP, the figure's period is 'đến cuối tháng 7/2024'.",
    "'trong đó chỉ có 5' has total 1.254; the bracketed breakdown (2 + 3) adds up to 5: total 5. 'Hiện' and 'Vừa qua' give no period.",
    "Listing conditions (từ 30 tỷ đồng trở lên, có lãi 2 năm) are thresholds: optional. Distractors: Khu công nghiệp Đức Hòa 1, Đường tỉnh 824, khu phố 3, phone 0272.3850.126.",
    "'phấn đấu đến năm 2025 có thêm từ 2 đến 3 doanh nghiệp': target range.",
]

if __name__ == "__main__":
    build("p235-7", TEXT, COMMENTS, FIGS, published=None, location="Đức Hòa")
