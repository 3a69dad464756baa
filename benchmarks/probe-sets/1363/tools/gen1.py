"""p1363-1: province portal (Cổng TTĐT tỉnh Quảng Ngãi), dig at a Sa Huỳnh site in thị xã Đức Phổ."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Khai quật di chỉ Gò Dừa Đỏ, phát hiện hơn 1.200 hiện vật văn hóa Sa Huỳnh

Cập nhật: 14/08/2024 10:25 | Lượt xem: 1.836

Từ ngày 5/6 đến ngày 10/8/2024, Bảo tàng Tổng hợp tỉnh phối hợp với Viện Khảo cổ học khai quật di chỉ Gò Dừa Đỏ ở thôn 3, xã Phổ Khánh, thị xã Đức Phổ. Đoàn đã mở 4 hố khai quật với tổng diện tích 350 m2, trong đó hố H1 rộng 150 m2.

Kết quả, các nhà khảo cổ phát hiện 27 mộ táng, gồm 24 mộ chum và 3 mộ đất, cùng hơn 1.200 hiện vật các loại, mật độ trung bình khoảng 3,4 hiện vật/m2. Trong đó có 416 đồ gốm, 85 công cụ và vũ khí bằng sắt, 7 khuyên tai hai đầu thú và gần 700 hạt chuỗi mã não, thủy tinh.

Theo TS Nguyễn Văn Khải (Viện Khảo cổ học), các mộ chum có niên đại khoảng 2.300-2.500 năm cách ngày nay. Chum lớn nhất cao 92 cm, đường kính miệng 64 cm, được chôn ở độ sâu từ 0,8 đến 1,2 m. Di chỉ từng được khảo sát vào các năm 2001 và 2015 nhưng đây là lần đầu được khai quật quy mô lớn.

Tổng kinh phí khai quật gần 1,5 tỷ đồng từ ngân sách tỉnh. Tính đến nay, tỉnh đã phát hiện 52 địa điểm có dấu tích văn hóa Sa Huỳnh, riêng thị xã Đức Phổ có 19 địa điểm. Dự kiến trong năm 2025, Bảo tàng sẽ trưng bày khoảng 300 hiện vật tiêu biểu của di chỉ và lập hồ sơ đề nghị xếp hạng di tích quốc gia.

Tin liên quan:
- Lý Sơn: Phát hiện bãi mộ táng thời Sa Huỳnh tại thôn Đông (08/07/2024)
- Hội thảo khoa học về văn hóa Sa Huỳnh tại Quảng Ngãi (22/05/2024)
"""

DIG = period("Từ ngày 5/6 đến ngày 10/8/2024", "2024-06-05", "2024-08-10", inherited=True)
NOW = period("Tính đến nay", end="2024-08-14")
Y25 = period("trong năm 2025", "2025-01-01", "2025-12-31")
QN = "Quảng Ngãi"

FIGS = [
    F("phát hiện hơn 1.200 hiện vật văn hóa", "1.200", 1200, "count", "hiện vật", approx="over",
      subject="hiện vật văn hóa Sa Huỳnh phát hiện"),
    F("mở 4 hố", "4", 4, "count", "hố khai quật", subject="hố khai quật đoàn đã mở", per=DIG),
    F("tích 350 m2", "350", 350, "measure", "m2", subject="tổng diện tích khai quật", per=DIG),
    F("rộng 150 m2", "150", 150, "measure", "m2", total=350, subject="diện tích hố H1", per=DIG),
    F("phát hiện 27 mộ táng", "27", 27, "count", "mộ táng", subject="mộ táng các nhà khảo cổ phát hiện", per=DIG),
    F("gồm 24 mộ chum", "24", 24, "count", "mộ chum", total=27, subject="mộ chum", per=DIG),
    F("và 3 mộ đất", "3", 3, "count", "mộ đất", total=27, subject="mộ đất", per=DIG),
    F("cùng hơn 1.200 hiện vật", "1.200", 1200, "count", "hiện vật", approx="over",
      subject="hiện vật các loại phát hiện", per=DIG),
    F("khoảng 3,4 hiện vật/m2", "3,4", 3.4, "measure", "hiện vật/m2", approx="about",
      subject="mật độ hiện vật trung bình"),
    F("có 416 đồ gốm", "416", 416, "count", "đồ gốm", total=1200, subject="đồ gốm", per=DIG),
    F("85 công cụ", "85", 85, "count", "công cụ và vũ khí bằng sắt", total=1200,
      subject="công cụ và vũ khí bằng sắt", per=DIG),
    F("7 khuyên tai", "7", 7, "count", "khuyên tai hai đầu thú", total=1200, subject="khuyên tai hai đầu thú", per=DIG),
    F("gần 700 hạt", "700", 700, "count", "hạt chuỗi", approx="nearly", total=1200,
      subject="hạt chuỗi mã não, thủy tinh", per=DIG),
    F("khoảng 2.300-2.500 năm", "2.300", 2300, "measure", "năm", value_max=2500, approx="about",
      subject="niên đại các mộ chum", optional=True),
    F("cao 92 cm", "92", 92, "measure", "cm", subject="chiều cao chum lớn nhất"),
    F("miệng 64 cm", "64", 64, "measure", "cm", subject="đường kính miệng chum lớn nhất"),
    F("từ 0,8 đến 1,2 m", "0,8", 0.8, "measure", "m", value_max=1.2, subject="độ sâu chôn chum"),
    F("gần 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="nearly", subject="tổng kinh phí khai quật"),
    F("phát hiện 52 địa điểm", "52", 52, "count", "địa điểm", subject="địa điểm có dấu tích văn hóa Sa Huỳnh",
      per=NOW, location=QN),
    F("có 19 địa điểm", "19", 19, "count", "địa điểm", subject="địa điểm có dấu tích văn hóa Sa Huỳnh", per=NOW),
    F("khoảng 300 hiện vật", "300", 300, "count", "hiện vật", approx="about", status="forecast",
      subject="hiện vật tiêu biểu của di chỉ trưng bày", per=Y25, location=QN),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Quảng Ngãi): breadcrumb, headline figure, 'Cập nhật: 14/08/2024 10:25 | Lượt xem: 1.836', related links.",
    "Distractors: 'thôn 3', 'hố H1', 'khuyên tai hai đầu thú' (a type name), 'các năm 2001 và 2015', link dates, view counter.",
    "The dig is in thị xã Đức Phổ: its figures take location Đức Phổ; the province count (52) and the museum display (300) take Quảng Ngãi.",
    "'Trong đó có 416 ... gần 700 hạt' after a sentence break: parts of 'hơn 1.200 hiện vật' (same thing), not of the rate 3,4 hiện vật/m2.",
    "Dig figures in sentences after the dateline phrase inherit 'Từ ngày 5/6 đến ngày 10/8/2024' (not scored).",
    "The age 'khoảng 2.300-2.500 năm cách ngày nay' is optional: it dates the tombs, a reader may take it as a date or as a measure.",
    "'Tính đến nay' is an as-of date: end = the dateline 2024-08-14. 'riêng' is no part-of cue: 19 gets no total.",
]

if __name__ == "__main__":
    write("p1363-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Đức Phổ")
