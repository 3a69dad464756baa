from lib import F, P, INH, CH, TG, emit

TEXT = """Cổng Thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Kinh tế
Nghệ An: Giải ngân vốn đầu tư công 9 tháng đạt 58,6% kế hoạch
Cập nhật: 08/10/2024 15:20 | Lượt xem: 3.482

Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng kế hoạch vốn đầu tư công năm 2024 của tỉnh Nghệ An là 7.318,5 tỷ đồng. Tính đến ngày 30/9/2024, toàn tỉnh đã giải ngân 4.288,6 tỷ đồng, đạt 58,6% kế hoạch, cao hơn mức bình quân chung cả nước (47,3%). Trong đó, vốn ngân sách trung ương giải ngân 2.105,4 tỷ đồng; vốn ngân sách địa phương giải ngân 2.183,2 tỷ đồng.

Một số dự án giao thông trọng điểm có tỷ lệ giải ngân cao như đường ven biển Nghi Sơn – Cửa Lò (đoạn Km7 – Km76) đạt 82,4%; đường giao thông nối Vinh – Cửa Lò (giai đoạn 2) đạt 76,1%.

Các huyện, thành phố có tỷ lệ giải ngân vốn ngân sách tỉnh phân cấp cao gồm: Nghi Lộc (87,5%), Diễn Châu (81,2%), Quỳnh Lưu (79,6%), TP. Vinh (74,3%). Ngược lại, còn 5 đơn vị giải ngân dưới 40%, thấp nhất là huyện Kỳ Sơn mới đạt 21,7%.

Toàn tỉnh hiện còn 46 dự án có tỷ lệ giải ngân dưới 30%, với số vốn chưa giải ngân khoảng 612 tỷ đồng. Nguyên nhân chủ yếu là vướng mắc giải phóng mặt bằng: riêng dự án đường cao tốc Bắc – Nam đoạn qua tỉnh còn gần 3,2 ha chưa bàn giao, liên quan 74 hộ dân.

UBND tỉnh yêu cầu các chủ đầu tư phấn đấu đến ngày 31/12/2024 giải ngân tối thiểu 95% kế hoạch vốn và đến hết tháng 1/2025 đạt 100%.

Mọi thông tin liên hệ: Phòng Tổng hợp, Sở Kế hoạch và Đầu tư, số 16 Trường Thi, TP. Vinh; điện thoại: 0238.3844.582.
"""

Y9 = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
R = "tỷ lệ giải ngân vốn ngân sách tỉnh phân cấp"

FIGS = [
    F("9 tháng đạt 58,6%", "58,6", 58.6, "percent", "%", "tỷ lệ giải ngân vốn đầu tư công", Y9),
    F("là 7.318,5 tỷ đồng", "7.318,5", 7318.5e9, "money", "đồng", "tổng kế hoạch vốn đầu tư công",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("giải ngân 4.288,6 tỷ đồng", "4.288,6", 4288.6e9, "money", "đồng", "vốn đầu tư công đã giải ngân", ASOF,
      percent=58.6),
    F("cả nước (47,3%)", "47,3", 47.3, "percent", "%", "tỷ lệ giải ngân bình quân chung cả nước", ASOF,
      location="Việt Nam"),
    F("giải ngân 2.105,4 tỷ", "2.105,4", 2105.4e9, "money", "đồng", "vốn ngân sách trung ương giải ngân", INH(ASOF),
      total=4288.6e9),
    F("giải ngân 2.183,2 tỷ", "2.183,2", 2183.2e9, "money", "đồng", "vốn ngân sách địa phương giải ngân", INH(ASOF),
      total=4288.6e9),
    F("đạt 82,4%", "82,4", 82.4, "percent", "%", "tỷ lệ giải ngân dự án đường ven biển Nghi Sơn – Cửa Lò", INH(ASOF)),
    F("đạt 76,1%", "76,1", 76.1, "percent", "%", "tỷ lệ giải ngân dự án đường giao thông nối Vinh – Cửa Lò", INH(ASOF)),
    F("Nghi Lộc (87,5%)", "87,5", 87.5, "percent", "%", R, INH(ASOF), location="Nghi Lộc"),
    F("Diễn Châu (81,2%)", "81,2", 81.2, "percent", "%", R, INH(ASOF), location="Diễn Châu"),
    F("Quỳnh Lưu (79,6%)", "79,6", 79.6, "percent", "%", R, INH(ASOF), location="Quỳnh Lưu"),
    F("Vinh (74,3%)", "74,3", 74.3, "percent", "%", R, INH(ASOF), location="Vinh"),
    F("còn 5 đơn vị", "5", 5, "count", "đơn vị", "đơn vị giải ngân dưới 40%", INH(ASOF)),
    F("dưới 40%", "40", 40, "percent", "%", "tỷ lệ giải ngân", approx="under", optional=True),
    F("đạt 21,7%", "21,7", 21.7, "percent", "%", "tỷ lệ giải ngân vốn ngân sách tỉnh phân cấp thấp nhất", INH(ASOF),
      location="Kỳ Sơn"),
    F("còn 46 dự án", "46", 46, "count", "dự án", "dự án có tỷ lệ giải ngân dưới 30%"),
    F("dưới 30%", "30", 30, "percent", "%", "tỷ lệ giải ngân", approx="under", optional=True),
    F("khoảng 612 tỷ", "612", 612e9, "money", "đồng", "số vốn chưa giải ngân", approx="about"),
    F("gần 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích dự án đường cao tốc Bắc – Nam chưa bàn giao", approx="nearly"),
    F("liên quan 74 hộ", "74", 74, "count", "hộ dân", "hộ dân liên quan diện tích chưa bàn giao"),
    F("tối thiểu 95%", "95", 95, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn",
      P("đến ngày 31/12/2024", end="2024-12-31"), approx="at_least", status="target"),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn",
      P("đến hết tháng 1/2025", end="2025-01-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: giải ngân vốn đầu tư công 9 tháng năm 2024 (invented probe article, set 518).",
    "Distractors: 'Lượt xem: 3.482', 'Km7 – Km76', 'giai đoạn 2', 'số 16 Trường Thi', phone 0238.3844.582, dates.",
    "Headline 58,6% is a percent figure; the body's 58,6% is the percent attribute of 4.288,6 tỷ. 'tổng kế hoạch vốn' is a plan: status target.",
    "The thresholds 'dưới 40%' / 'dưới 30%' that define a counted group are optional.",
]

if __name__ == "__main__":
    emit("p518-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Nghệ An")
