"""p1449-8: news agency (TTXVN/Vietnam+): ground-breaking of a sock factory in Long An (Đức Hòa)."""
from lib import F, P, I, C, T, write

TEXT = """Long An: Khởi công nhà máy sản xuất tất vốn 150 triệu USD

Thứ Hai, 11/11/2024 - 16:05
Chia sẻ | In bài

Long An (TTXVN/Vietnam+) - Ngày 11/11, tại Khu công nghiệp Tân Đức (huyện Đức Hòa), Công ty TNHH Dệt kim Everfit Long An khởi công nhà máy sản xuất tất, vớ với tổng vốn đầu tư 150 triệu USD, trên diện tích 18,5 ha.

Theo chủ đầu tư, nhà máy có công suất thiết kế 240 triệu đôi/năm, gồm 180 triệu đôi tất thể thao và 60 triệu đôi tất thời trang. Giai đoạn 1 dự kiến hoàn thành vào quý IV/2025 và tuyển dụng khoảng 3.000 lao động; khi hoạt động hết công suất, nhà máy sẽ sử dụng từ 7.000 đến 8.000 lao động, doanh thu xuất khẩu mỗi năm đạt khoảng 280 triệu USD.

Phó Chủ tịch UBND tỉnh Long An Nguyễn Minh Lâm cho biết, 10 tháng năm 2024 tỉnh thu hút 57 dự án FDI với tổng vốn đăng ký hơn 1,05 tỷ USD, tăng 26% so với cùng kỳ; trong đó, ngành dệt may chiếm 12 dự án. Kim ngạch xuất khẩu hàng dệt may của tỉnh 10 tháng ước đạt 1,28 tỷ USD, riêng tất, vớ đạt 118 triệu USD.

Long An hiện có 41 khu, cụm công nghiệp đang hoạt động, tỷ lệ lấp đầy bình quân đạt 78%. Theo ông Lâm, mục tiêu đến năm 2030, tỉnh thu hút thêm 5 tỷ USD vốn FDI, ưu tiên các dự án công nghệ cao, sử dụng ít lao động.

Dự án của Everfit là dự án thứ hai của nhà đầu tư Hàn Quốc này tại Việt Nam, sau nhà máy ở tỉnh Bình Định khánh thành năm 2019 với 1.500 lao động.

Hoàng Nhân (TTXVN/Vietnam+)
"""

Q4 = P("quý IV/2025", "2025-10-01", "2025-12-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10s = P("10 tháng", "2024-01-01", "2024-10-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
DH = "Đức Hòa"

FIGS = [
    F("tất vốn 150 triệu", "150", 150e6, "money", "USD", subject="vốn nhà máy sản xuất tất"),
    F("đầu tư 150 triệu", "150", 150e6, "money", "USD", subject="tổng vốn đầu tư nhà máy sản xuất tất, vớ",
      location=DH),
    F("18,5 ha", "18,5", 18.5, "measure", "ha", subject="diện tích nhà máy", location=DH),
    F("thiết kế 240 triệu", "240", 240e6, "measure", "đôi/năm", subject="công suất thiết kế nhà máy",
      location=DH),
    F("gồm 180 triệu", "180", 180e6, "count", "đôi", total=240e6, subject="tất thể thao", location=DH),
    F("và 60 triệu", "60", 60e6, "count", "đôi", total=240e6, subject="tất thời trang", location=DH),
    F("khoảng 3.000 lao động", "3.000", 3000, "count", "lao động", approx="about", status="forecast",
      subject="lao động giai đoạn 1 tuyển dụng", period=Q4, location=DH),
    F("từ 7.000 đến 8.000", "7.000", 7000, "count", "lao động", value_max=8000, status="forecast",
      subject="lao động nhà máy sử dụng khi hoạt động hết công suất", location=DH),
    F("khoảng 280 triệu", "280", 280e6, "money", "USD/năm", approx="about", status="forecast",
      subject="doanh thu xuất khẩu mỗi năm", location=DH),
    F("thu hút 57 dự án", "57", 57, "count", "dự án FDI", subject="dự án FDI tỉnh thu hút", period=M10),
    F("hơn 1,05 tỷ", "1,05", 1.05e9, "money", "USD", approx="over",
      change=C("increase", 26, "%", "cùng kỳ"), subject="tổng vốn đăng ký", period=M10),
    F("chiếm 12 dự án", "12", 12, "count", "dự án", total=57, subject="dự án ngành dệt may", period=M10),
    F("ước đạt 1,28 tỷ", "1,28", 1.28e9, "money", "USD", status="estimate",
      subject="kim ngạch xuất khẩu hàng dệt may của tỉnh", period=M10s),
    F("đạt 118 triệu", "118", 118e6, "money", "USD", status="estimate",
      subject="kim ngạch xuất khẩu tất, vớ", period=M10s),
    F("có 41 khu", "41", 41, "count", "khu, cụm công nghiệp", subject="khu, cụm công nghiệp đang hoạt động"),
    F("đạt 78%", "78", 78, "percent", "%", subject="tỷ lệ lấp đầy bình quân"),
    F("thêm 5 tỷ", "5", 5e9, "money", "USD", status="target", subject="vốn FDI tỉnh thu hút thêm", period=TO30),
    F("với 1.500 lao động", "1.500", 1500, "count", "lao động",
      subject="lao động nhà máy ở tỉnh Bình Định", period=P("năm 2019", "2019-01-01", "2019-12-31"),
      location="Bình Định"),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): headline, 'Thứ Hai, 11/11/2024 - 16:05', 'Chia sẻ | In bài', place-and-agency lead '(TTXVN/Vietnam+) -', byline.",
    "Headline figure 'Long An: ... vốn 150 triệu USD' → location Long An (the headline names the province); the body's factory figures → Đức Hòa.",
    "'công suất thiết kế 240 triệu đôi/năm, gồm 180 ... và 60 ...' → parts take total 240 triệu; the parts are counts in 'đôi' (no denominator written).",
    "'Giai đoạn 1 dự kiến hoàn thành vào quý IV/2025 và tuyển dụng khoảng 3.000 lao động' → forecast, period quý IV/2025.",
    "After ';' 'khi hoạt động hết công suất, nhà máy sẽ sử dụng ...' continues the projection (forecast; borderline: 'sẽ' is no listed cue). 'mỗi năm ... 280 triệu USD' → 'USD/năm'.",
    "'trong đó, ngành dệt may chiếm 12 dự án' → count with total 57. 'riêng tất, vớ đạt 118 triệu USD' continues the 'ước đạt' clause (estimate); 'riêng' gives no total.",
    "'mục tiêu đến năm 2030' → target, start null. 'khánh thành năm 2019 với 1.500 lao động' → Bình Định, năm 2019.",
    "Distractors: 16:05, 'Ngày 11/11', 'Giai đoạn 1', 'dự án thứ hai' (ordinal), 'năm 2019' as a date.",
]

if __name__ == "__main__":
    write("p1449-8", TEXT, NOTES, FIGS, published="2024-11-11", location="Long An")
