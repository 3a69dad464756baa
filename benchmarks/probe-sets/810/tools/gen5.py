from lib import emit, fig, P, I, C, T

TEXT = """BÁO CÀ MAU - Kinh tế
Chủ động vận hành cống, giữ ngọt cho vùng lúa - tôm

Từ ngày 20/12/2024 đến nay, Công ty TNHH MTV Khai thác công trình thủy lợi Cà Mau phối hợp với các huyện U Minh, Thới Bình, Trần Văn Thời đóng 264 cống trên các tuyến đê bao, tăng 36 cống so với cùng kỳ, giữ ngọt cho hơn 42.000 ha lúa Đông Xuân và lúa - tôm. Nguyên nhân là năm nay mặn xuất hiện sớm hơn khoảng 2 tuần so với mọi năm.

Theo Chi cục Thủy lợi tỉnh, độ mặn ngoài các cống vùng giáp ranh phổ biến từ 8 đến 15‰, có nơi trên 20‰; trong khi độ mặn trong nội đồng vùng ngọt hóa được duy trì dưới 2‰, bảo đảm an toàn cho cây lúa.

Tại huyện Thới Bình, 57 cống được vận hành theo lịch triều, mỗi ngày mở lấy nước 2 lần, mỗi lần 3-4 giờ. Các cống ở đây đều có công nhân trực, được trả 180.000 đồng/người/ngày. Ông Nguyễn Văn Út, ấp 7, xã Biển Bạch, cho biết: "Gia đình tôi làm 2,5 ha lúa - tôm, năm nay nhờ cống đóng kịp thời nên lúa không bị nhiễm mặn, dự kiến năng suất đạt 5,5 tấn/ha".

Năm 2025, tỉnh bố trí 9,7 tỷ đồng để vận hành, bảo trì 312 cống thuộc vùng ngọt hóa, tăng 1,5 tỷ đồng so với năm 2024. Đồng thời, tỉnh dự kiến đầu tư 4 cống mới tại huyện U Minh với kinh phí khoảng 62 tỷ đồng.

Theo kế hoạch, đến năm 2030 Cà Mau phấn đấu khép kín 100% các tiểu vùng sản xuất trong vùng ngọt hóa, với 15 tiểu vùng, tổng diện tích 128.000 ha.

MINH KHÔI
18/02/2025
"""

NOW = P("Từ ngày 20/12/2024 đến nay", "2024-12-20", "2025-02-18")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("đóng 264 cống", "264", "count", "cống", "cống trên các tuyến đê bao được đóng", NOW,
        change=C("increase", 36, "cống", "cùng kỳ")),
    fig("hơn 42.000 ha", "42.000", "measure", "ha", "lúa Đông Xuân và lúa - tôm được giữ ngọt", NOW, approx="over"),
    fig("khoảng 2 tuần", "2", "measure", "tuần", "thời gian mặn xuất hiện sớm hơn so với mọi năm",
        P("năm nay", "2025-01-01", "2025-12-31"), approx="about"),
    fig("từ 8 đến 15‰", "8", "measure", "‰", "độ mặn ngoài các cống vùng giáp ranh", vmax=15),
    fig("trên 20‰", "20", "measure", "‰", "độ mặn ngoài các cống vùng giáp ranh", approx="over"),
    fig("dưới 2‰", "2", "measure", "‰", "độ mặn trong nội đồng vùng ngọt hóa", approx="under"),
    fig("Bình, 57 cống", "57", "count", "cống", "cống được vận hành theo lịch triều", location="Thới Bình"),
    fig("nước 2 lần", "2", "measure", "lần/ngày", "số lần mở cống lấy nước mỗi ngày", location="Thới Bình"),
    fig("mỗi lần 3-4 giờ", "3", "measure", "giờ", "thời gian mỗi lần mở cống lấy nước", vmax=4, location="Thới Bình"),
    fig("180.000 đồng/người/ngày", "180.000", "money", "đồng/người/ngày", "tiền công trả công nhân trực cống",
        location="Thới Bình"),
    fig("làm 2,5 ha", "2,5", "measure", "ha", "diện tích lúa - tôm của gia đình ông Nguyễn Văn Út",
        location="Thới Bình", optional=True),
    fig("đạt 5,5 tấn/ha", "5,5", "measure", "tấn/ha", "năng suất lúa", P("năm nay", "2025-01-01", "2025-12-31"),
        status="forecast", location="Thới Bình"),
    fig("bố trí 9,7 tỷ đồng", "9,7", "money", "đồng", "kinh phí vận hành, bảo trì cống vùng ngọt hóa", Y25, m=1e9,
        change=C("increase", 1.5e9, "đồng", "năm 2024")),
    fig("bảo trì 312 cống", "312", "count", "cống", "cống thuộc vùng ngọt hóa được vận hành, bảo trì", Y25),
    fig("đầu tư 4 cống mới", "4", "count", "cống", "cống mới dự kiến đầu tư", I(Y25), status="forecast",
        location="U Minh"),
    fig("khoảng 62 tỷ đồng", "62", "money", "đồng", "kinh phí đầu tư cống mới", I(Y25), m=1e9, approx="about",
        status="forecast", location="U Minh"),
    fig("khép kín 100%", "100", "percent", "%", "tiểu vùng sản xuất trong vùng ngọt hóa được khép kín", T30,
        status="target"),
    fig("với 15 tiểu vùng", "15", "count", "tiểu vùng", "tiểu vùng sản xuất trong vùng ngọt hóa", T30, status="target"),
    fig("diện tích 128.000 ha", "128.000", "measure", "ha", "tổng diện tích các tiểu vùng", T30, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Cà Mau): sluice closing for the rice-shrimp zone, byline 'MINH KHÔI' and bare date 18/02/2025 at the end.",
    "'Từ ngày 20/12/2024 đến nay' ends at the published date. 'năm nay' = 2025. Thới Bình paragraph figures take Thới Bình (xã Biển Bạch lies in it).",
    "'khoảng 2 tuần' (salinity arrived earlier) is the claim, a measure in tuần. 'mỗi ngày ... 2 lần' is a rate: measure, unit lần/ngày.",
    "The farmer's 2,5 ha is an example's specification: optional; his expected yield 'dự kiến ... 5,5 tấn/ha' is a forecast.",
    "'tăng 1,5 tỷ đồng so với năm 2024' is the change of 9,7 tỷ (value in đồng). Distractors: ấp 7, Nguyễn Văn Út, byline, dates.",
]

if __name__ == "__main__":
    emit("p810-5", TEXT, COMMENTS, FIGS, published="2025-02-18", location="Cà Mau")
