"""p1220-8: provincial newspaper online (Báo Tuyên Quang, (BTQ) tag), kaolin-feldspar in huyện Sơn Dương, quý III/2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO TUYÊN QUANG ĐIỆN TỬ
Thứ Ba, 15/10/2024 - 08:10

Sơn Dương: Sản lượng cao lanh - fenspat quý III tăng mạnh

(BTQ) - Quý III, các mỏ cao lanh - fenspat trên địa bàn huyện Sơn Dương khai thác 34.200 tấn, tăng 18,5% so với quý II và gấp 1,6 lần cùng kỳ năm 2023. Lũy kế 9 tháng, sản lượng đạt 86.900 tấn, bằng 72,4% kế hoạch năm.

Hiện toàn huyện có 5 mỏ cao lanh - fenspat được cấp phép với tổng trữ lượng 3,2 triệu tấn, trong đó mỏ lớn nhất tại xã Thượng Ấm có trữ lượng 1,45 triệu tấn. Mỏ này do Công ty cổ phần Khoáng sản Tuyên Quang khai thác từ năm 2016, hiện có 62 công nhân, thu nhập bình quân 7,8 triệu đồng/người/tháng. Năm 2023, công ty nộp thuế tài nguyên và phí bảo vệ môi trường 3,9 tỷ đồng. Sản phẩm chủ yếu cung cấp cho các nhà máy gạch ốp lát tại Phú Thọ và Vĩnh Phúc.

Từ đầu năm đến nay, lực lượng chức năng của huyện phát hiện 7 vụ khai thác, vận chuyển khoáng sản trái phép, tịch thu khoảng 250 m3 đất sét, cao lanh, xử phạt hành chính 215 triệu đồng. Ngoài ra, hai xe tải chở quặng quá tải trọng trên Quốc lộ 2C bị xử lý.

Dự kiến quý IV, sản lượng khai thác đạt khoảng 35.000 tấn; huyện phấn đấu cả năm 2024 đạt trên 120.000 tấn. Theo quy hoạch của tỉnh, đến năm 2030 toàn tỉnh Tuyên Quang có 9 mỏ cao lanh - fenspat, công suất mỗi mỏ tối thiểu 20.000 tấn/năm.

Hoàng Anh
"""

Q3 = P("Quý III", "2024-07-01", "2024-09-30")
N9 = P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
MINE = "mỏ cao lanh - fenspat tại xã Thượng Ấm"

FIGS = [
    F("khai thác 34.200 tấn", "34.200", 34200, "measure", "tấn",
      change=C("increase", 18.5, "%", "quý II"), subject="cao lanh - fenspat khai thác", period=Q3),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", optional=True,
      subject="sản lượng quý III so với cùng kỳ năm 2023", period=Q3),
    F("đạt 86.900 tấn", "86.900", 86900, "measure", "tấn", percent=72.4,
      subject="sản lượng cao lanh - fenspat lũy kế", period=N9),
    F("có 5 mỏ", "5", 5, "count", "mỏ", subject="mỏ cao lanh - fenspat được cấp phép"),
    F("trữ lượng 3,2 triệu", "3,2", 3200000, "measure", "tấn", subject="tổng trữ lượng mỏ cao lanh - fenspat"),
    F("trữ lượng 1,45 triệu", "1,45", 1450000, "measure", "tấn", total=3200000,
      subject="trữ lượng " + MINE),
    F("có 62 công nhân", "62", 62, "count", "công nhân", subject="công nhân mỏ"),
    F("bình quân 7,8 triệu", "7,8", 7800000, "money", "đồng/người/tháng", subject="thu nhập bình quân công nhân mỏ"),
    F("môi trường 3,9 tỷ", "3,9", 3900000000, "money", "đồng",
      subject="thuế tài nguyên và phí bảo vệ môi trường công ty nộp", period=Y23),
    F("phát hiện 7 vụ", "7", 7, "count", "vụ", subject="vụ khai thác, vận chuyển khoáng sản trái phép", period=YTD),
    F("khoảng 250 m3", "250", 250, "measure", "m3", approx="about", subject="đất sét, cao lanh bị tịch thu",
      period=YTD),
    F("phạt hành chính 215 triệu", "215", 215000000, "money", "đồng", subject="xử phạt hành chính", period=YTD),
    F("hai xe tải", "hai", 2, "count", "xe tải", subject="xe tải chở quặng quá tải trọng bị xử lý"),
    F("khoảng 35.000 tấn", "35.000", 35000, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng khai thác", period=Q4),
    F("trên 120.000 tấn", "120.000", 120000, "measure", "tấn", approx="over", status="target",
      subject="sản lượng khai thác cả năm", period=Y24),
    F("có 9 mỏ", "9", 9, "count", "mỏ", status="target", subject="mỏ cao lanh - fenspat",
      period=T30, location="Tuyên Quang"),
    F("tối thiểu 20.000 tấn/năm", "20.000", 20000, "measure", "tấn/năm", approx="at_least", status="target",
      subject="công suất mỗi mỏ", period=T30, location="Tuyên Quang"),
]

NOTES = [
    "Provincial newspaper online (Báo Tuyên Quang), '(BTQ) -' tag, 'Thứ Ba, 15/10/2024 - 08:10' → published 2024-10-15; byline at the end.",
    "Default location Sơn Dương (the district named in headline and lead); province-wide plan figures → Tuyên Quang.",
    "Year-less 'Quý III', 'Lũy kế 9 tháng', 'quý IV' take 2024 from the dateline; 'Từ đầu năm đến nay' ends at 2024-10-15.",
    "Two changes on 34.200 tấn: 'tăng 18,5% so với quý II' is the attribute; 'gấp 1,6 lần cùng kỳ năm 2023' the second one (optional figure).",
    "Distractors: time 08:10, 'từ năm 2016', 'Quốc lộ 2C', 'quý II' (baseline).",
    "'trong đó mỏ lớn nhất … trữ lượng 1,45 triệu tấn' is part of 3,2 triệu tấn. The mine passage has no period except 'Năm 2023'.",
    "'Dự kiến quý IV' → forecast; 'phấn đấu cả năm 2024' → target; 'đến năm 2030 … có 9 mỏ' → target (plan).",
]

if __name__ == "__main__":
    write("p1220-8", TEXT, NOTES, FIGS, published="2024-10-15", location="Sơn Dương")
