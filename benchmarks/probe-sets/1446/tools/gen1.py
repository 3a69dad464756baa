"""p1446-1: province portal (Hà Nam): raincoat and umbrella exports, 9 months 2024; a raincoat maker in Duy Tiên."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Hà Nam
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu áo mưa, ô dù 9 tháng đạt gần 48 triệu USD

Cập nhật: 07/10/2024 15:35 | Lượt xem: 1.864

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu áo mưa, ô dù của các doanh nghiệp trên địa bàn tỉnh ước đạt 47,6 triệu USD, tăng 12,4% so với cùng kỳ năm 2023, bằng 71,8% kế hoạch năm; trong đó áo mưa các loại 39,2 triệu USD, ô dù và phụ kiện 8,4 triệu USD.

Sản lượng áo mưa 9 tháng ước đạt 21,5 triệu chiếc, tăng 9,7%; sản lượng ô dù ước khoảng 3,2 triệu chiếc. Thị trường xuất khẩu chủ yếu là Nhật Bản, Hàn Quốc và EU, trong đó Nhật Bản chiếm 41% kim ngạch.

Hiện toàn tỉnh có 14 doanh nghiệp và 27 cơ sở may áo mưa, ô dù, giải quyết việc làm cho hơn 5.300 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng.

Tại Khu công nghiệp Đồng Văn II, thị xã Duy Tiên, Công ty TNHH Áo mưa Hòa Phong có 6 xưởng may với 1.250 công nhân, mỗi ngày xuất xưởng khoảng 60.000 chiếc áo mưa. Từ đầu năm đến nay, công ty đã xuất khẩu 9,6 triệu sản phẩm, chiếm 44,7% sản lượng áo mưa toàn tỉnh, doanh thu đạt 312 tỷ đồng.

Quý IV, các doanh nghiệp phấn đấu xuất khẩu thêm 19 triệu USD, đưa kim ngạch cả năm lên trên 66 triệu USD. Sở Công Thương đề nghị các doanh nghiệp tận dụng ưu đãi của Hiệp định CPTPP, EVFTA và thực hiện Quyết định số 1266/QĐ-UBND về phát triển công nghiệp hỗ trợ.

Tin liên quan:
- Hà Nam: Hội nghị đối thoại doanh nghiệp quý III/2024
- Khai mạc Hội chợ hàng công nghiệp nông thôn tiêu biểu lần thứ 4
"""

NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
DT = "Duy Tiên"

FIGS = [
    F("đạt gần 48 triệu", "48", 48e6, "money", "USD", approx="nearly",
      subject="xuất khẩu áo mưa, ô dù", period=NINE_H),
    F("ước đạt 47,6 triệu", "47,6", 47.6e6, "money", "USD", status="estimate", percent=71.8,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu áo mưa, ô dù của các doanh nghiệp trên địa bàn tỉnh", period=NINE),
    F("các loại 39,2 triệu", "39,2", 39.2e6, "money", "USD", status="estimate", total=47.6e6,
      subject="kim ngạch xuất khẩu áo mưa các loại", period=NINE),
    F("phụ kiện 8,4 triệu", "8,4", 8.4e6, "money", "USD", status="estimate", total=47.6e6,
      subject="kim ngạch xuất khẩu ô dù và phụ kiện", period=NINE),
    F("ước đạt 21,5 triệu", "21,5", 21.5e6, "count", "chiếc", status="estimate",
      change=C("increase", 9.7), subject="sản lượng áo mưa", period=NINE_H),
    F("khoảng 3,2 triệu", "3,2", 3.2e6, "count", "chiếc", status="estimate", approx="about",
      subject="sản lượng ô dù", period=NINE_H),
    F("chiếm 41%", "41", 41, "percent", "%",
      subject="tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu", period=I(NINE_H)),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp may áo mưa, ô dù"),
    F("27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở may áo mưa, ô dù"),
    F("hơn 5.300 lao động", "5.300", 5300, "count", "lao động", approx="over",
      subject="lao động được giải quyết việc làm"),
    F("bình quân 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động"),
    F("có 6 xưởng", "6", 6, "count", "xưởng may", subject="xưởng may của Công ty TNHH Áo mưa Hòa Phong",
      location=DT),
    F("1.250 công nhân", "1.250", 1250, "count", "công nhân",
      subject="công nhân của Công ty TNHH Áo mưa Hòa Phong", location=DT),
    F("khoảng 60.000 chiếc", "60.000", 60000, "measure", "chiếc/ngày", approx="about",
      subject="áo mưa xuất xưởng mỗi ngày", location=DT),
    F("xuất khẩu 9,6 triệu", "9,6", 9.6e6, "count", "sản phẩm", percent=44.7,
      subject="sản phẩm công ty đã xuất khẩu", period=YTD, location=DT),
    F("đạt 312 tỷ", "312", 312e9, "money", "đồng", subject="doanh thu của công ty", period=YTD, location=DT),
    F("thêm 19 triệu", "19", 19e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu thêm", period=Q4),
    F("trên 66 triệu", "66", 66e6, "money", "USD", status="target", approx="over",
      subject="kim ngạch xuất khẩu cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hà Nam): breadcrumb, headline figure, 'Cập nhật: 07/10/2024 15:35 | Lượt xem: 1.864', related links.",
    "Distractors: 15:35, Lượt xem 1.864, KCN 'Đồng Văn II', Quyết định số 1266/QĐ-UBND, 'quý III/2024' and 'lần thứ 4' in links.",
    "Year-less '9 tháng' (headline, 2nd paragraph) takes 2024 from the dateline / the first paragraph; 'Quý IV', 'cả năm' likewise.",
    "'; trong đó' parts continue the 'ước đạt' clause: total 47,6 triệu USD, status estimate, same sentence period.",
    "'trong đó Nhật Bản chiếm 41% kim ngạch' is a percent figure of its own; Nhật Bản is a trade partner, location stays Hà Nam.",
    "Company passage (thị xã Duy Tiên): location Duy Tiên; 'Từ đầu năm đến nay' ends at the dateline 2024-10-07.",
    "'mỗi ngày ... khoảng 60.000 chiếc' is a rate: measure, chiếc/ngày. 'phấn đấu' governs both clauses of the Quý IV sentence.",
]

if __name__ == "__main__":
    write("p1446-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Hà Nam")
