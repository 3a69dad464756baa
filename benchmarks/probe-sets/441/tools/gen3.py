from lib import *

T = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Xã hội | Chính trị

Gỡ khó cho nhà ở công nhân các khu công nghiệp
Thứ Hai, 16/09/2024 - 07:15

BBG - Các khu công nghiệp (KCN) trên địa bàn tỉnh hiện thu hút gần 210 nghìn lao động, trong đó hơn 70% là lao động ngoại tỉnh. Theo khảo sát của Liên đoàn Lao động tỉnh, khoảng 95 nghìn công nhân có nhu cầu về nhà ở, song mới có khoảng 18% được bố trí chỗ ở tại các khu nhà ở công nhân.

Từ đầu năm đến nay, tỉnh đã hoàn thành 2 dự án nhà ở công nhân tại KCN Quang Châu và KCN Vân Trung với 1.860 căn, diện tích sàn hơn 98.500 m², tổng mức đầu tư 1.245 tỷ đồng. 6 tháng đầu năm, thu nhập bình quân của công nhân đạt 8,7 triệu đồng/người/tháng, tăng 6,1% so với cùng kỳ; chi phí thuê trọ chiếm 20-25% thu nhập.

Giai đoạn 2021-2025, tỉnh được Chính phủ giao chỉ tiêu hoàn thành 20.000 căn nhà ở xã hội, nhà ở công nhân; đến nay mới đạt 5.430 căn, bằng 27,2%. Nguyên nhân chủ yếu là thủ tục đầu tư kéo dài, suất đầu tư cao (khoảng 13-15 triệu đồng/m²) trong khi lợi nhuận định mức của chủ đầu tư không quá 10%.

Trong quý IV/2024, dự kiến khởi công thêm 3 dự án tại các huyện Việt Yên, Yên Dũng và Lạng Giang với khoảng 4.200 căn. Theo Quyết định số 1157/QĐ-UBND, tỉnh phấn đấu đến năm 2030 có thêm 50.000 căn nhà ở công nhân; tỷ lệ công nhân KCN được đáp ứng nhu cầu nhà ở đạt khoảng 60%.

Đồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành hướng dẫn doanh nghiệp thực hiện Nghị định số 100/2024/NĐ-CP, rút ngắn thời gian thẩm định hồ sơ xuống còn 15 ngày làm việc.

Minh Hòa"""

BG = "Bắc Giang"
PN = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-16")
PNi = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-16", True)
P6 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
P6i = per("6 tháng đầu năm", "2024-01-01", "2024-06-30", True)
PG = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
figs = [
    F("gần 210 nghìn lao động", "210", 210000, "count", "lao động", "lao động các khu công nghiệp", approx="nearly"),
    F("hơn 70%", "70", 70, "percent", "%", "tỷ lệ lao động ngoại tỉnh", approx="over"),
    F("khoảng 95 nghìn công nhân", "95", 95000, "count", "công nhân", "công nhân có nhu cầu về nhà ở", approx="about"),
    F("khoảng 18% được", "18", 18, "percent", "%", "công nhân được bố trí chỗ ở tại các khu nhà ở công nhân", approx="about"),
    F("hoàn thành 2 dự án", "2", 2, "count", "dự án", "dự án nhà ở công nhân hoàn thành", period=PN),
    F("với 1.860 căn", "1.860", 1860, "count", "căn", "căn nhà ở công nhân hoàn thành", period=PN),
    F("hơn 98.500 m²", "98.500", 98500, "measure", "m²", "diện tích sàn nhà ở công nhân hoàn thành", approx="over", period=PN),
    F("tư 1.245 tỷ đồng", "1.245", 1245e9, "money", "đồng", "tổng mức đầu tư dự án nhà ở công nhân", period=PN),
    F("đạt 8,7 triệu đồng", "8,7", 8.7e6, "money", "đồng/người/tháng", "thu nhập bình quân của công nhân",
      change={"direction": "increase", "value": 6.1, "unit": "%", "baseline": "cùng kỳ"}, period=P6),
    F("chiếm 20-25%", "20", 20, "percent", "%", "chi phí thuê trọ trong thu nhập", value_max=25, period=P6),
    F("chỉ tiêu hoàn thành 20.000 căn", "20.000", 20000, "count", "căn", "chỉ tiêu hoàn thành nhà ở xã hội, nhà ở công nhân",
      status="target", period=PG),
    F("mới đạt 5.430 căn", "5.430", 5430, "count", "căn", "căn nhà ở xã hội, nhà ở công nhân hoàn thành", percent=27.2,
      period=per("đến nay", None, "2024-09-16")),
    F("khoảng 13-15 triệu", "13", 13e6, "money", "đồng/m²", "suất đầu tư nhà ở công nhân", value_max=15e6, approx="about"),
    F("không quá 10%", "10", 10, "percent", "%", "lợi nhuận định mức của chủ đầu tư", approx="at_most", optional=True),
    F("thêm 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở công nhân khởi công", status="forecast",
      period=per("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("khoảng 4.200 căn", "4.200", 4200, "count", "căn", "căn nhà ở công nhân khởi công", approx="about", status="forecast",
      period=per("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("thêm 50.000 căn", "50.000", 50000, "count", "căn", "căn nhà ở công nhân", status="target",
      period=per("đến năm 2030", None, "2030-12-31")),
    F("khoảng 60%", "60", 60, "percent", "%", "tỷ lệ công nhân KCN được đáp ứng nhu cầu nhà ở", approx="about", status="target",
      period=per("đến năm 2030", None, "2030-12-31")),
    F("còn 15 ngày làm việc", "15", 15, "measure", "ngày làm việc", "thời gian thẩm định hồ sơ", status="target", optional=True),
]
C = """Party newspaper (Báo Bắc Giang, tag 'BBG'), dateline 'Thứ Hai, 16/09/2024 - 07:15', byline at the end. Location Bắc Giang throughout.
'hơn 70%' after 'trong đó': a percent has no whole in lao động, so no total. 'Từ đầu năm đến nay' = 2024-01-01 .. dateline;
'6 tháng đầu năm' takes the dateline's year. 8,7 triệu đồng/người/tháng carries 'tăng 6,1% so với cùng kỳ'. '20-25%' range.
5.430 căn: 'bằng 27,2%' is its percent; the 20.000 chỉ tiêu stands as its own target figure (no target attribute).
'khoảng 13-15 triệu đồng/m²' money range (unit đồng/m²). 'không quá 10%' is a policy cap (optional); '15 ngày làm việc' a procedural
time limit (optional). The district list (Việt Yên, Yên Dũng, Lạng Giang) follows a provincial count: location stays Bắc Giang.
Distractors: Quyết định số 1157/QĐ-UBND, Nghị định số 100/2024/NĐ-CP, 'KCN Quang Châu', 'KCN Vân Trung', date and time."""
build("p441-3", T, figs, C, published="2024-09-16", location=BG)
