from lib import F, P, I, CH, TG, emit

TEXT = """Sức khỏe › Các bệnh

Thứ năm, 12/9/2024, 06:30 (GMT+7)

TP HCM tiêm vaccine sởi cho hơn 31.000 trẻ sau hai tuần

Sau hai tuần triển khai chiến dịch, TP HCM đã tiêm vaccine sởi cho 31.470 trẻ, đạt 62% kế hoạch; ngành y tế dự kiến hoàn thành chiến dịch vào cuối tháng 9.

Theo Sở Y tế, từ đầu năm đến ngày 8/9, thành phố ghi nhận 335 ca nghi sởi, trong đó 79 ca dương tính, chưa có ca tử vong. Hơn 90% ca bệnh chưa tiêm vaccine hoặc không rõ tiền sử tiêm chủng. Ca bệnh tập trung ở quận Bình Tân (58 ca), huyện Bình Chánh (41 ca), quận 8 (36 ca) và quận 12 (29 ca).

Chiến dịch đặt mục tiêu tiêm cho khoảng 50.800 trẻ, trong đó 14.500 trẻ từ 6 đến dưới 9 tháng tuổi được tiêm liều bổ sung. Thành phố đã tiếp nhận 60.000 liều vaccine MR từ Bộ Y tế, bố trí 312 điểm tiêm cố định và 95 đội tiêm lưu động.

Ông Nguyễn Hồng Tâm, Giám đốc Trung tâm Kiểm soát bệnh tật TP HCM (HCDC), cho biết năm 2023 tỷ lệ bao phủ vaccine sởi mũi 2 của thành phố chỉ đạt 81,5%, thấp hơn 13,5% so với mục tiêu 95%. Thành phố phấn đấu đến năm 2025 đưa tỷ lệ này lên trên 95%.

Theo ông Tâm, sởi là bệnh lây qua đường hô hấp, một người bệnh có thể lây cho 12-18 người khác nếu chưa có miễn dịch. Phụ huynh có thể tra cứu điểm tiêm tại trang của HCDC hoặc gọi tổng đài 1022.

Lê Phương
"""

YTD = P("từ đầu năm đến ngày 8/9", "2024-01-01", "2024-09-08")
COV = "tỷ lệ bao phủ vaccine sởi mũi 2"

FIGS = [
    F("hơn 31.000 trẻ", "31.000", 31000, "count", "trẻ", "trẻ được tiêm vaccine sởi", approx="over"),
    F("cho 31.470 trẻ", "31.470", 31470, "count", "trẻ", "trẻ được tiêm vaccine sởi", percent=62),
    F("ghi nhận 335 ca", "335", 335, "count", "ca", "ca nghi sởi", YTD),
    F("79 ca dương tính", "79", 79, "count", "ca", "ca dương tính sởi", YTD, total=335),
    F("Hơn 90%", "90", 90, "percent", "%", "ca bệnh chưa tiêm vaccine hoặc không rõ tiền sử tiêm chủng", I(YTD), approx="over"),
    F("Bình Tân (58 ca)", "58", 58, "count", "ca", "ca bệnh sởi", I(YTD), location="Bình Tân"),
    F("Bình Chánh (41 ca)", "41", 41, "count", "ca", "ca bệnh sởi", I(YTD), location="Bình Chánh"),
    F("quận 8 (36 ca)", "36", 36, "count", "ca", "ca bệnh sởi", I(YTD), location="Quận 8"),
    F("quận 12 (29 ca)", "29", 29, "count", "ca", "ca bệnh sởi", I(YTD), location="Quận 12"),
    F("khoảng 50.800 trẻ", "50.800", 50800, "count", "trẻ", "trẻ được tiêm trong chiến dịch", approx="about", status="target"),
    F("trong đó 14.500 trẻ", "14.500", 14500, "count", "trẻ", "trẻ từ 6 đến dưới 9 tháng tuổi được tiêm liều bổ sung",
      total=50800, status="target"),
    F("từ 6 đến dưới 9 tháng", "6", 6, "measure", "tháng tuổi", value_max=9, optional=True),
    F("60.000 liều", "60.000", 60000, "count", "liều", "liều vaccine MR tiếp nhận từ Bộ Y tế"),
    F("312 điểm tiêm", "312", 312, "count", "điểm tiêm", "điểm tiêm cố định"),
    F("95 đội tiêm", "95", 95, "count", "đội tiêm lưu động", "đội tiêm lưu động"),
    F("chỉ đạt 81,5%", "81,5", 81.5, "percent", "%", COV, P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("decrease", 13.5, "%", "mục tiêu"), target=TG(95, "%", False)),
    F("lên trên 95%", "95", 95, "percent", "%", COV, P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
    F("lây cho 12-18 người", "12", 12, "count", "người", "người khác một người bệnh sởi có thể lây", value_max=18, optional=True),
]

COMMENTS = [
    "Probe 614-6. National press (VnExpress style: 'Thứ năm, 12/9/2024, 06:30 (GMT+7)', byline at the end): measles and the",
    "measles vaccination campaign in TP HCM. 'hai tuần' is a duration, not a figure. 'quận 8', 'quận 12' are names: the 8/12",
    "are not figures, the bracketed counts are (location Quận 8 / Quận 12). 'mũi 2' is a dose ordinal. The plan's 50.800 trẻ",
    "and its part 14.500 are targets. '81,5%, thấp hơn 13,5% so với mục tiêu 95%' = change vs target + target 95 (as shared h09).",
    "Optional: age range, the textbook contagion range '12-18 người' (general knowledge, not a reported fact). Tổng đài 1022 not a figure.",
]

if __name__ == "__main__":
    emit("p614-6", TEXT, COMMENTS, FIGS, published="2024-09-12", location="TP Hồ Chí Minh")
