"""p999-5: Báo Đồng Nai (Party provincial paper), byline and bare date at the end, 10/08/2023."""
from lib import P, I, C, T, F, write

TEXT = """
Chăm lo nạn nhân chất độc da cam: Nghĩa tình lan tỏa

Nhân kỷ niệm 62 năm Thảm họa da cam ở Việt Nam (10/8/1961-10/8/2023), chiều 9/8, Hội Nạn nhân chất độc da cam/dioxin tỉnh Đồng Nai tổ chức gặp mặt, tặng quà cho 300 nạn nhân tiêu biểu, mỗi phần quà trị giá 1 triệu đồng.

Theo Hội, toàn tỉnh hiện có khoảng 5.800 người bị nhiễm chất độc da cam, trong đó TP.Biên Hòa có hơn 1.900 người. Khu vực sân bay Biên Hòa từng là nơi quân đội Mỹ lưu chứa chất độc da cam trong chiến tranh. Hiện có 1.236 nạn nhân đang hưởng trợ cấp hằng tháng với mức từ 1,5 đến 3,1 triệu đồng/người.

7 tháng đầu năm 2023, các cấp Hội vận động được hơn 3,2 tỷ đồng, bằng 91% cùng kỳ năm 2022. Từ nguồn quỹ, Hội đã xây tặng 14 căn nhà nhân ái (mỗi căn 60 triệu đồng), tặng 1.150 phần quà, 30 xe lăn và trao 85 suất học bổng. Các huyện Trảng Bom, Vĩnh Cửu, Long Thành lần lượt vận động được 420 triệu đồng, 385 triệu đồng và 310 triệu đồng.

Ông Lê Văn Ba, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh cho biết, năm 2023 Hội phấn đấu vận động 5 tỷ đồng, tăng 500 triệu đồng so với năm 2022, xây tặng 25 căn nhà. Gia đình ông Nguyễn Văn Sáu (khu phố 3, phường Tân Phong, TP.Biên Hòa) là một trong những hộ được Hội hỗ trợ xây nhà năm nay. "Có căn nhà mới, vợ chồng tôi yên tâm chăm sóc các con bị nhiễm chất độc", ông Sáu chia sẻ.

Dịp này, Hội cũng phát động ủng hộ Quỹ Bảo trợ nạn nhân chất độc da cam tỉnh trong cán bộ, hội viên và doanh nghiệp trên địa bàn.

MINH HẠNH
10/08/2023
"""

NOTES = [
    "Báo Đồng Nai: kỷ niệm 62 năm Thảm họa da cam; byline 'MINH HẠNH' and bare date '10/08/2023' at the end give published.",
    "'62 năm' (anniversary) optional; '10/8/1961-10/8/2023' are dates; 'Lê Văn Ba', 'Nguyễn Văn Sáu', 'khu phố 3' are names.",
    "The gift event figures take the day 'chiều 9/8' stated in their sentence (start = end = 2023-08-09).",
    "'trong đó TP.Biên Hòa có hơn 1.900 người' is part of the 5.800 (location Biên Hòa).",
    "'bằng 91% cùng kỳ năm 2022' is the share (percent) of 3,2 tỷ. District list after 'lần lượt' shares the indicator;",
    "districts go to location; the period 7 tháng đầu năm 2023 is inherited. 'năm nay' with no figure is not a figure.",
]

DAY = P("chiều 9/8", "2023-08-09", "2023-08-09")
M7 = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("kỷ niệm 62 năm", "62", 62, "measure", "năm", "kỷ niệm Thảm họa da cam", optional=True),
    F("cho 300 nạn nhân", "300", 300, "count", "nạn nhân", "nạn nhân tiêu biểu được tặng quà", DAY),
    F("trị giá 1 triệu đồng", "1", 1e6, "money", "đồng/phần quà", "trị giá mỗi phần quà", DAY),
    F("khoảng 5.800 người", "5.800", 5800, "count", "người", "người bị nhiễm chất độc da cam", approx="about"),
    F("hơn 1.900 người", "1.900", 1900, "count", "người", "người bị nhiễm chất độc da cam", approx="over",
      total=5800, location="Biên Hòa"),
    F("có 1.236 nạn nhân", "1.236", 1236, "count", "nạn nhân", "nạn nhân đang hưởng trợ cấp hằng tháng"),
    F("từ 1,5 đến 3,1 triệu", "1,5", 1.5e6, "money", "đồng/người", "mức trợ cấp hằng tháng", value_max=3.1e6),
    F("hơn 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí các cấp Hội vận động", M7, approx="over",
      percent=91),
    F("tặng 14 căn nhà", "14", 14, "count", "căn nhà", "căn nhà nhân ái xây tặng", I(M7)),
    F("mỗi căn 60 triệu đồng", "60", 60e6, "money", "đồng/căn", "trị giá mỗi căn nhà nhân ái", I(M7)),
    F("tặng 1.150 phần quà", "1.150", 1150, "count", "phần quà", "phần quà tặng nạn nhân", I(M7)),
    F("30 xe lăn", "30", 30, "count", "xe lăn", "xe lăn tặng nạn nhân", I(M7)),
    F("trao 85 suất học bổng", "85", 85, "count", "suất học bổng", "suất học bổng", I(M7)),
    F("được 420 triệu đồng", "420", 420e6, "money", "đồng", "kinh phí vận động", I(M7), location="Trảng Bom"),
    F("385 triệu đồng", "385", 385e6, "money", "đồng", "kinh phí vận động", I(M7), location="Vĩnh Cửu"),
    F("và 310 triệu đồng", "310", 310e6, "money", "đồng", "kinh phí vận động", I(M7), location="Long Thành"),
    F("vận động 5 tỷ đồng", "5", 5e9, "money", "đồng", "kinh phí vận động", Y23, status="target",
      change=C("increase", 500e6, "đồng", "năm 2022")),
    F("xây tặng 25 căn nhà", "25", 25, "count", "căn nhà", "căn nhà xây tặng", Y23, status="target"),
]

if __name__ == "__main__":
    write("p999-5", TEXT, NOTES, FIGS, published="2023-08-10", location="Đồng Nai")
