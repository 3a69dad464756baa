"""p1522-4: provincial Party newspaper (Báo Bình Dương, tag '(BDO) -'): sofa exports, a factory in TP Tân Uyên."""
from lib import F, P, inh, C, T, write

TEXT = """Báo Bình Dương điện tử
Kinh tế | Doanh nghiệp

Sofa Bình Dương tăng tốc xuất khẩu
Cập nhật: 07:45, 22/08/2024

Đơn hàng sofa, ghế bọc nệm xuất khẩu phục hồi mạnh từ đầu năm giúp nhiều doanh nghiệp trên địa bàn tỉnh tuyển thêm lao động, chạy máy hết công suất.

(BDO) - Tại nhà máy của Công ty TNHH Nội thất Phúc Thịnh ở phường Khánh Bình, TP Tân Uyên, ba chục công nhân đang khẩn trương hoàn thiện lô 1.200 bộ sofa da xuất sang Úc. Ông Lê Văn Thịnh, Giám đốc công ty cho biết, 7 tháng đầu năm 2024, công ty xuất khẩu 86 container sofa, tăng 38% so với cùng kỳ, doanh thu đạt 9,6 triệu USD. Công ty đã ký đơn hàng đến hết quý I/2025 và dự kiến cả năm nay doanh thu đạt khoảng 16 triệu USD.

Từ tháng 5 đến nay, công ty đã tuyển thêm 120 lao động. Hiện công ty có 650 công nhân, thu nhập bình quân 9-11 triệu đồng/người/tháng. Dòng sofa thư giãn R-360 đang bán chạy nhất, chiếm khoảng 40% doanh thu.

Theo Sở Công Thương, 7 tháng đầu năm, kim ngạch xuất khẩu gỗ và sản phẩm gỗ của tỉnh đạt hơn 2,9 tỷ USD, tăng 21,5% so với cùng kỳ, đứng thứ nhất cả nước; trong đó sofa và ghế bọc nệm đạt khoảng 780 triệu USD. Toàn tỉnh hiện có trên 300 doanh nghiệp sản xuất sofa, phần lớn là doanh nghiệp có vốn đầu tư nước ngoài.

Dự báo 5 tháng cuối năm, kim ngạch xuất khẩu sofa của tỉnh tăng 10-15%, các doanh nghiệp cần tuyển thêm khoảng 2.000 lao động may, bọc nệm.

THU HÀ
"""

M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7b = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
YEAR = P("cả năm nay", "2024-01-01", "2024-12-31")
SINCE5 = P("Từ tháng 5 đến nay", "2024-05-01", "2024-08-22")
LAST5 = P("5 tháng cuối năm", "2024-08-01", "2024-12-31")
TU = "Tân Uyên"

FIGS = [
    F("ba chục công nhân", "ba chục", 30, "count", "công nhân", subject="công nhân hoàn thiện lô sofa da",
      location=TU),
    F("lô 1.200 bộ", "1.200", 1200, "count", "bộ sofa da", subject="lô sofa da xuất sang Úc", location=TU),
    F("xuất khẩu 86 container", "86", 86, "count", "container", change=C("increase", 38, "%", "cùng kỳ"),
      subject="container sofa công ty xuất khẩu", period=M7, location=TU),
    F("đạt 9,6 triệu", "9,6", 9.6e6, "money", "USD", subject="doanh thu công ty", period=M7, location=TU),
    F("khoảng 16 triệu", "16", 16e6, "money", "USD", approx="about", status="forecast",
      subject="doanh thu công ty", period=YEAR, location=TU),
    F("thêm 120 lao động", "120", 120, "count", "lao động", subject="lao động công ty tuyển thêm",
      period=SINCE5, location=TU),
    F("có 650 công nhân", "650", 650, "count", "công nhân", subject="công nhân của công ty", location=TU),
    F("quân 9-11 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=11e6, subject="thu nhập bình quân",
      location=TU),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="dòng sofa thư giãn R-360 trong doanh thu", location=TU),
    F("hơn 2,9 tỷ", "2,9", 2.9e9, "money", "USD", approx="over", change=C("increase", 21.5, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu gỗ và sản phẩm gỗ của tỉnh", period=M7b),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="kim ngạch xuất khẩu gỗ và sản phẩm gỗ của tỉnh",
      period=M7b),
    F("khoảng 780 triệu", "780", 780e6, "money", "USD", approx="about", total=2.9e9,
      subject="kim ngạch xuất khẩu sofa và ghế bọc nệm", period=M7b),
    F("trên 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp", approx="over",
      subject="doanh nghiệp sản xuất sofa"),
    F("tăng 10-15%", "10", 10, "percent", "%", value_max=15, status="forecast",
      subject="kim ngạch xuất khẩu sofa của tỉnh", period=LAST5),
    F("khoảng 2.000 lao động", "2.000", 2000, "count", "lao động", approx="about", status="forecast",
      subject="lao động may, bọc nệm các doanh nghiệp cần tuyển thêm", period=LAST5),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Dương): section menu, 'Cập nhật: 07:45, 22/08/2024', sapo, tag '(BDO) -', byline at the end.",
    "Distractors: 'quý I/2025' (a date), product name 'R-360', the time 07:45, 'phường Khánh Bình' (address).",
    "Company passage located in TP Tân Uyên (a city of the province); province figures Bình Dương. Úc is a buyer, not a place.",
    "'ba chục công nhân' = 30 (number words). 'đứng thứ nhất cả nước' = rank 1 of the province (located in the province).",
    "'dự kiến cả năm nay' -> forecast for 2024 (year of the dateline). 'Từ tháng 5 đến nay' -> 2024-05-01 .. dateline.",
    "'7 tháng đầu năm' in the provincial paragraph takes 2024 from the earlier '7 tháng đầu năm 2024'.",
    "'trong đó sofa và ghế bọc nệm đạt khoảng 780 triệu USD' -> total 2,9 tỷ USD.",
    "'Dự báo 5 tháng cuối năm ... tăng 10-15%, các doanh nghiệp cần tuyển thêm khoảng 2.000 lao động' -> both forecast (the comma",
    "clause continues the forecast); 10-15% is a growth rate as the claim: percent figure, no change.",
    "'Hiện công ty có 650 công nhân' and the wage: present tense, no period.",
]

if __name__ == "__main__":
    write("p1522-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Bình Dương")
