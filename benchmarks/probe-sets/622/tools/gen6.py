"""p622-6: national press (VnExpress style), Hà Nam domestic investment in 5 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Đầu tư

Thứ ba, 4/6/2024, 06:30 (GMT+7)

Hà Nam hút gần 9.000 tỷ đồng vốn đầu tư trong nước trong 5 tháng

Hà Nam cấp mới 23 dự án đầu tư trong nước trong 5 tháng đầu năm, tổng vốn đăng ký gần 9.000 tỷ đồng, gấp 2,3 lần cùng kỳ năm ngoái.

Theo Ban Quản lý các khu công nghiệp tỉnh, riêng quý I, Hà Nam cấp mới 11 dự án với số vốn 3.420 tỷ đồng. Hai khu công nghiệp Đồng Văn IV và Thanh Liêm lần lượt thu hút 6 và 4 dự án.

Tại hội nghị xúc tiến đầu tư ngày 28/5, tỉnh trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn hơn 6.300 tỷ đồng và ký biên bản ghi nhớ với 5 nhà đầu tư. Hà Nam hiện xếp thứ 9 cả nước về thu hút vốn đầu tư trong nước.

Giá thuê đất tại các khu công nghiệp của tỉnh dao động từ 90 đến 120 USD/m2 cho cả chu kỳ thuê, thấp hơn khoảng 20-30% so với các tỉnh lân cận như Hưng Yên, Bắc Ninh. Các nhà đầu tư đã giải ngân khoảng 4.150 tỷ đồng, tăng 15,4% so với cùng kỳ.

Tỉnh hiện còn khoảng 1.100 ha đất công nghiệp sẵn sàng cho thuê; tỷ lệ lấp đầy các khu công nghiệp đạt 68%. Mật độ lao động tại các khu công nghiệp bình quân khoảng 95 người/ha.

Theo kế hoạch của UBND tỉnh, Hà Nam dự kiến cả năm 2024 cấp mới khoảng 50 dự án trong nước, tổng vốn đăng ký 18.000-20.000 tỷ đồng. Trong đó, các khu công nghiệp dọc Quốc lộ 1A và cao tốc Cầu Giẽ - Ninh Bình tiếp tục là điểm đến chính.

Lê Hoàng
"""

M5 = P("5 tháng", "2024-01-01", "2024-05-31")
M5b = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
Q1 = P("quý I", "2024-01-01", "2024-03-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hút gần 9.000 tỷ đồng", "9.000", 9000e9, "money", "đồng", "vốn đầu tư trong nước thu hút", M5,
      approx="nearly"),
    F("cấp mới 23 dự án", "23", 23, "count", "dự án", "dự án đầu tư trong nước cấp mới", M5b),
    F("ký gần 9.000 tỷ đồng", "9.000", 9000e9, "money", "đồng", "tổng vốn đăng ký", M5b, approx="nearly",
      change=CH("increase", 2.3, "lần", "cùng kỳ năm ngoái")),
    F("cấp mới 11 dự án", "11", 11, "count", "dự án", "dự án cấp mới", Q1),
    F("3.420 tỷ đồng", "3.420", 3420e9, "money", "đồng", "số vốn dự án cấp mới", Q1),
    # added after the first scoring (gold omission, see REPORT): a number word counting the named items that follow, like
    # "cả 03 khối" / "4 vị trí tiếp theo" in shared h05 → optional
    F("Hai khu công nghiệp", "Hai", 2, "count", "khu công nghiệp", "khu công nghiệp", optional=True),
    F("thu hút 6 và", "6", 6, "count", "dự án", "dự án khu công nghiệp Đồng Văn IV thu hút", I(M5b)),
    F("6 và 4 dự án", "4", 4, "count", "dự án", "dự án khu công nghiệp Thanh Liêm thu hút", I(M5b)),
    F("cho 12 dự án", "12", 12, "count", "dự án", "dự án được trao quyết định chủ trương đầu tư tại hội nghị xúc tiến đầu tư"),
    F("hơn 6.300 tỷ đồng", "6.300", 6300e9, "money", "đồng", "tổng vốn dự án được trao quyết định chủ trương đầu tư",
      approx="over"),
    F("với 5 nhà đầu tư", "5", 5, "count", "nhà đầu tư", "nhà đầu tư ký biên bản ghi nhớ"),
    F("xếp thứ 9", "9", 9, "rank", "hạng", "thu hút vốn đầu tư trong nước"),
    F("từ 90 đến 120 USD/m2", "90", 90, "money", "USD/m2", "giá thuê đất tại các khu công nghiệp", value_max=120,
      change=CH("decrease", 20, "%", "các tỉnh lân cận", approx="about")),
    F("khoảng 4.150 tỷ đồng", "4.150", 4150e9, "money", "đồng", "vốn các nhà đầu tư đã giải ngân", I(M5b),
      approx="about", change=CH("increase", 15.4, "%", "cùng kỳ")),
    F("khoảng 1.100 ha", "1.100", 1100, "measure", "ha", "đất công nghiệp sẵn sàng cho thuê", approx="about"),
    F("đạt 68%", "68", 68, "percent", "%", "tỷ lệ lấp đầy các khu công nghiệp"),
    F("khoảng 95 người/ha", "95", 95, "measure", "người/ha", "mật độ lao động tại các khu công nghiệp bình quân",
      approx="about"),
    F("khoảng 50 dự án", "50", 50, "count", "dự án", "dự án trong nước cấp mới", Y24, approx="about",
      status="forecast"),
    F("18.000-20.000", "18.000", 18000e9, "money", "đồng", "tổng vốn đăng ký", Y24, value_max=20000e9,
      status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): Hà Nam thu hút đầu tư trong nước 5 tháng đầu năm 2024, KCN, xúc tiến đầu tư, giá thuê đất, giải ngân.",
    "Dateline 'Thứ ba, 4/6/2024, 06:30 (GMT+7)'; 'ngày 28/5', 'Đồng Văn IV', 'Quốc lộ 1A', byline are not figures.",
    "'gấp 2,3 lần cùng kỳ năm ngoái' after a figure is its change (lần); 'thấp hơn khoảng 20-30% so với các tỉnh lân cận' is the change of",
    "the land-rent range (direction decrease, value 20 = lower end, approx about). Hưng Yên, Bắc Ninh are comparison places, not locations.",
    "'lần lượt thu hút 6 và 4 dự án': one figure each; KCN names stay in the subject. The hội nghị figures and 'hiện' sentences have no period.",
    "'dự kiến cả năm 2024' → forecast; the range '18.000-20.000 tỷ đồng' is one figure with value_max.",
    "revised: added 'Hai khu công nghiệp' (number word counting the two named parks) as optional, as shared h05 treats '4 vị trí tiếp theo'.",
]

if __name__ == "__main__":
    emit("p622-6", TEXT, COMMENTS, FIGS, published="2024-06-04", location="Hà Nam")
