"""p1313-6: national newspaper (VnExpress-like): Cần Thơ's kè sông Cần Thơ, cost per metre, progress, land clearance."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Giao thông

Thứ hai, 21/10/2024, 06:00 (GMT+7)

Cần Thơ chi gần 1.500 tỷ đồng làm kè sông Cần Thơ

Dự án kè chống sạt lở bờ sông Cần Thơ dài hơn 4 km qua quận Ninh Kiều và Cái Răng, bảo vệ khoảng 8.000 hộ dân ven sông, đang được đẩy nhanh tiến độ.

Theo Ban Quản lý dự án ODA TP Cần Thơ, dự án có tổng mức đầu tư 1.482 tỷ đồng, trong đó vốn vay Ngân hàng Thế giới (WB) khoảng 1.100 tỷ đồng, còn lại là vốn đối ứng của thành phố. Tuyến kè gồm hai đoạn: bờ trái dài 2,3 km và bờ phải dài 1,85 km, cao trình đỉnh kè +2,8 m, kết hợp đường giao thông rộng 7 m và công viên ven sông.

Ông Lê Văn Hùng, Phó giám đốc Ban, cho biết đến nay khối lượng thi công đạt khoảng 62%, chậm khoảng 8% so với kế hoạch do vướng mặt bằng. Thành phố đã thu hồi đất của 312 hộ, còn 27 hộ chưa bàn giao mặt bằng.

"Chi phí xây dựng bình quân khoảng 250-300 triệu đồng mỗi mét kè, cao gấp 1,5 lần kè thông thường vì phải kết hợp chỉnh trang cảnh quan", ông Hùng nói.

Sông Cần Thơ dài khoảng 16 km, là tuyến đường thủy quan trọng nối với sông Hậu. Giai đoạn 2019-2023, hai bờ sông xảy ra 19 vụ sạt lở, làm sụp 41 căn nhà. Dự kiến dự án về đích vào quý IV/2025, chậm hơn một năm so với kế hoạch ban đầu.

Trước đó, năm 2022, thành phố đã hoàn thành kè sông Cần Thơ đoạn từ cầu Cái Sơn đến cầu Quang Trung dài 1,2 km với kinh phí 290 tỷ đồng.

Huỳnh Nam

Bạn có thể gửi câu hỏi, chia sẻ thông tin về bài viết tại đây
"""

NOW = per("đến nay", None, "2024-10-21")
P1923 = per("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")

FIGS = [
    fig("gần 1.500 tỷ", "1.500", 1500e9, "money", "đồng", approx="nearly",
        subject="chi làm kè sông Cần Thơ"),
    fig("dài hơn 4 km", "4", 4, "measure", "km", approx="over",
        subject="chiều dài dự án kè chống sạt lở bờ sông Cần Thơ"),
    fig("khoảng 8.000 hộ", "8.000", 8000, "count", "hộ", approx="about",
        subject="hộ dân ven sông được bảo vệ"),
    fig("đầu tư 1.482 tỷ", "1.482", 1482e9, "money", "đồng", subject="tổng mức đầu tư dự án"),
    fig("khoảng 1.100 tỷ", "1.100", 1100e9, "money", "đồng", approx="about", total=1482e9,
        subject="vốn vay Ngân hàng Thế giới (WB)"),
    fig("gồm hai đoạn", "hai", 2, "count", "đoạn", subject="đoạn của tuyến kè"),
    fig("dài 2,3 km", "2,3", 2.3, "measure", "km", subject="chiều dài bờ trái"),
    fig("dài 1,85 km", "1,85", 1.85, "measure", "km", subject="chiều dài bờ phải"),
    fig("+2,8 m", "2,8", 2.8, "measure", "m", subject="cao trình đỉnh kè"),
    fig("rộng 7 m", "7", 7, "measure", "m", subject="chiều rộng đường giao thông"),
    fig("đạt khoảng 62%", "62", 62, "percent", "%", approx="about",
        change=chg("decrease", 8, "%", "kế hoạch", approx="about"),
        subject="khối lượng thi công", period=NOW),
    fig("của 312 hộ", "312", 312, "count", "hộ", subject="hộ bị thu hồi đất"),
    fig("còn 27 hộ", "27", 27, "count", "hộ", subject="hộ chưa bàn giao mặt bằng"),
    fig("khoảng 250-300 triệu", "250", 250e6, "money", "đồng/mét kè", value_max=300e6, approx="about",
        change=chg("increase", 1.5, "lần", "kè thông thường"),
        subject="chi phí xây dựng bình quân mỗi mét kè"),
    fig("khoảng 16 km", "16", 16, "measure", "km", approx="about", subject="chiều dài sông Cần Thơ"),
    fig("xảy ra 19 vụ", "19", 19, "count", "vụ", subject="vụ sạt lở hai bờ sông", period=P1923),
    fig("41 căn nhà", "41", 41, "count", "căn nhà", subject="căn nhà bị sụp", period=P1923),
    fig("chậm hơn một năm", "một", 1, "measure", "năm", status="forecast",
        subject="dự án về đích chậm so với kế hoạch ban đầu", optional=True),
    fig("dài 1,2 km", "1,2", 1.2, "measure", "km",
        subject="chiều dài kè sông Cần Thơ đoạn từ cầu Cái Sơn đến cầu Quang Trung", period=Y22),
    fig("phí 290 tỷ", "290", 290e9, "money", "đồng", subject="kinh phí kè đoạn từ cầu Cái Sơn đến cầu Quang Trung",
        period=Y22),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Thứ hai, 21/10/2024, 06:00 (GMT+7)', sapo, quote, byline at the end. Location Cần Thơ throughout",
    "(two urban districts named together → the city).",
    "'trong đó vốn vay WB khoảng 1.100 tỷ đồng' → total 1482e9. 'Tuyến kè gồm hai đoạn: bờ trái dài 2,3 km và bờ phải dài 1,85 km':",
    "the cue follows the count 'hai đoạn' (other unit), so the lengths have no total; the count itself is a figure.",
    "'đạt khoảng 62%, chậm khoảng 8% so với kế hoạch' → a gap to plan: change decrease 8 (about), baseline kế hoạch.",
    "'còn 27 hộ chưa bàn giao' has no part-of cue ('còn'), so no total 312.",
    "'khoảng 250-300 triệu đồng mỗi mét kè' → money range, unit 'đồng/mét kè'; 'cao gấp 1,5 lần kè thông thường' → change 1.5 lần.",
    "'chậm hơn một năm so với kế hoạch ban đầu' is a delay (a duration stated as the claim?): optional, status forecast (Dự kiến);",
    "'chậm hơn' is the comparative 'later than', not 'hơn' = over, so approx exact.",
    "'đến nay' = as of the dateline. 'quý IV/2025' is a date. The bridge names and '(GMT+7)' are distractors.",
]

if __name__ == "__main__":
    write("p1313-6", TEXT, NOTES, FIGS, published="2024-10-21", location="Cần Thơ")
