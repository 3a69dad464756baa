"""p963-8: Báo Quảng Bình điện tử, per-sale e-invoices at petrol stations Q1/2025, headline figure, (QBĐT) tag."""
from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Bình điện tử
Kinh tế | Thứ Ba, 25/03/2025 08:30

Hơn 98% cửa hàng xăng dầu đã xuất hóa đơn điện tử từng lần bán

(QBĐT) - Theo cơ quan thuế, đến ngày 20/3/2025, toàn tỉnh có 301/306 cửa hàng bán lẻ xăng dầu đã thực hiện xuất hóa đơn điện tử theo từng lần bán hàng, đạt 98,4%, tăng 38 cửa hàng so với cuối quý III/2024. Quảng Bình hiện xếp thứ 12 cả nước về tỷ lệ cửa hàng xăng dầu thực hiện hóa đơn điện tử.

Trong quý I/2025, tổng doanh thu bán lẻ xăng dầu qua hóa đơn điện tử ước đạt 1.046 tỷ đồng, bình quân khoảng 11,6 tỷ đồng/ngày; số thuế nộp ngân sách từ hoạt động kinh doanh xăng dầu đạt 86,7 tỷ đồng, bằng 27,3% dự toán năm. Trong đó, thuế bảo vệ môi trường chiếm 61,2%.

Đợt kiểm tra liên ngành từ ngày 3/3 đến ngày 14/3 tại các huyện Bố Trạch, Quảng Ninh và thị xã Ba Đồn ghi nhận 5 cửa hàng chưa kết nối dữ liệu hóa đơn, đều là cửa hàng có sản lượng dưới 50 m3/tháng; đoàn đã lập biên bản, yêu cầu hoàn thành trước ngày 15/4. Cũng trong đợt này, đoàn kiểm tra đo lường 96 cột đo, phát hiện 2 cột đo hết hạn kiểm định.

Theo kế hoạch, trước ngày 30/4/2025, 100% cửa hàng phải hoàn thành kết nối; ngành thuế dự kiến thu ngân sách từ xăng dầu năm 2025 đạt khoảng 340 tỷ đồng, tăng 7% so với năm 2024. Hiện trên địa bàn có 27 doanh nghiệp kinh doanh bán lẻ xăng dầu, trong đó 2 thương nhân phân phối; nhiều cửa hàng nằm dọc Quốc lộ 1A và Quốc lộ 12A.

ĐÌNH THẮNG
"""

ASOF = P("đến ngày 20/3/2025", end="2025-03-20")
Q1 = P("Trong quý I/2025", "2025-01-01", "2025-03-31")
INSP = P("từ ngày 3/3 đến ngày 14/3", "2025-03-03", "2025-03-14")
EOA = P("trước ngày 30/4/2025", end="2025-04-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 98%", "98", 98, "percent", "%",
      "cửa hàng xăng dầu đã xuất hóa đơn điện tử từng lần bán", approx="over"),
    F("có 301/306 cửa hàng", "301", 301, "count", "cửa hàng",
      "cửa hàng bán lẻ xăng dầu đã xuất hóa đơn điện tử theo từng lần bán hàng", ASOF,
      total=306, percent=98.4, change=C("increase", 38, "cửa hàng", "cuối quý III/2024")),
    F("xếp thứ 12", "12", 12, "rank", "hạng",
      "tỷ lệ cửa hàng xăng dầu thực hiện hóa đơn điện tử"),
    F("ước đạt 1.046 tỷ đồng", "1.046", 1046000000000, "money", "đồng",
      "tổng doanh thu bán lẻ xăng dầu qua hóa đơn điện tử", Q1, status="estimate"),
    F("khoảng 11,6 tỷ đồng/ngày", "11,6", 11600000000, "money", "đồng/ngày",
      "doanh thu bán lẻ xăng dầu bình quân mỗi ngày", Q1, approx="about", status="estimate"),
    F("đạt 86,7 tỷ đồng", "86,7", 86700000000, "money", "đồng",
      "số thuế nộp ngân sách từ hoạt động kinh doanh xăng dầu", Q1, percent=27.3),
    F("chiếm 61,2%", "61,2", 61.2, "percent", "%",
      "tỷ trọng thuế bảo vệ môi trường trong số thuế nộp ngân sách từ xăng dầu", I(Q1)),
    F("ghi nhận 5 cửa hàng", "5", 5, "count", "cửa hàng",
      "cửa hàng chưa kết nối dữ liệu hóa đơn", INSP),
    F("dưới 50 m3/tháng", "50", 50, "measure", "m3/tháng", "sản lượng cửa hàng",
      approx="under", optional=True),
    F("kiểm tra đo lường 96 cột đo", "96", 96, "count", "cột đo",
      "cột đo được kiểm tra đo lường", I(INSP)),
    F("phát hiện 2 cột đo", "2", 2, "count", "cột đo", "cột đo hết hạn kiểm định", I(INSP)),
    F("2025, 100% cửa hàng", "100", 100, "percent", "%",
      "cửa hàng hoàn thành kết nối dữ liệu hóa đơn", EOA, status="target"),
    F("khoảng 340 tỷ đồng", "340", 340000000000, "money", "đồng",
      "thu ngân sách từ xăng dầu", Y25, approx="about", status="forecast",
      change=C("increase", 7, "%", "năm 2024")),
    F("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
      "doanh nghiệp kinh doanh bán lẻ xăng dầu"),
    F("trong đó 2 thương nhân", "2", 2, "count", "thương nhân phân phối",
      "thương nhân phân phối", total=27),
]

NOTES = [
    "Báo Quảng Bình điện tử, 'Thứ Ba, 25/03/2025 08:30', '(QBĐT) -' tag, headline figure 'Hơn 98%': per-sale e-invoices at petrol stations, Q1/2025.",
    "Location Quảng Bình throughout (the QBĐT tag and 'toàn tỉnh'); 'huyện ... Quảng Ninh' is a district of Quảng Bình, not Quảng Ninh province.",
    "301/306 carries total 306, percent 98,4 and change +38 cửa hàng; 'Trong đó ... chiếm 61,2%' is a share of 86,7 tỷ: a percent figure of its own.",
    "'bình quân khoảng 11,6 tỷ đồng/ngày' continues the 'ước đạt' clause: estimate. 'bằng 27,3% dự toán năm' → percent of 86,7 tỷ.",
    "'từ ngày 3/3 đến ngày 14/3' takes 2025 from 20/3/2025. 'Hiện ... 27 doanh nghiệp, trong đó 2 thương nhân phân phối' → total 27, no period.",
    "Distractors: Quốc lộ 1A / 12A, 'quý III/2024' (a baseline), 15/4, 30/4/2025, dateline time 08:30, byline.",
]

write("p963-8", TEXT, FIGS, NOTES, published="2025-03-25", location="Quảng Bình")
