"""p1197-1: Đồng Tháp province portal; Sa Đéc flower village plants for Tết Ất Tỵ 2025."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Làng hoa Sa Đéc xuống giống gần 2,5 triệu sản phẩm phục vụ Tết Ất Tỵ

Cập nhật: 20/12/2024 15:32 | Lượt xem: 2.418

(dongthap.gov.vn) - Theo Phòng Kinh tế TP Sa Đéc, vụ hoa Tết Nguyên đán Ất Tỵ 2025, nông dân làng hoa Sa Đéc xuống giống khoảng 2,47 triệu sản phẩm hoa, kiểng các loại, tăng 6,8% so với vụ Tết năm trước. Trong đó, hoa cúc các loại khoảng 1,15 triệu chậu, chiếm 46,6%; vạn thọ 420.000 chậu; còn lại là hoa hồng, mai vàng, kiểng lá.

Hiện thành phố có 728 ha đất trồng hoa, kiểng với 3.850 hộ tham gia, tập trung tại phường Tân Quy Đông, xã Tân Khánh Đông và xã Tân Quy Tây. Năm 2024, giá trị sản xuất hoa, kiểng của thành phố ước đạt 1.235 tỷ đồng. Thu nhập của người trồng hoa bình quân từ 250 đến 300 triệu đồng/ha/năm.

Gia đình ông Nguyễn Văn Bé ở xã Tân Khánh Đông trồng 6.000 chậu cúc mâm xôi và hai nghìn chậu cúc Đài Loan trên diện tích 4.000 m². Ông Bé cho biết, giá bán tại vườn dao động từ 130.000 đến 160.000 đồng/cặp; nếu thời tiết thuận lợi, vụ này gia đình ước lãi hơn 200 triệu đồng.

Toàn tỉnh Đồng Tháp hiện có hơn 1.200 ha hoa, kiểng, tập trung ở TP Sa Đéc và huyện Lai Vung. Dịp Tết, tỉnh dự kiến cung ứng ra thị trường khoảng 5 triệu sản phẩm hoa, kiểng, chủ yếu tiêu thụ tại TP Hồ Chí Minh, các tỉnh Đông Nam Bộ và xuất sang Campuchia.

Từ ngày 25/12/2024 đến ngày 05/01/2025, TP Sa Đéc tổ chức Festival hoa kiểng lần thứ 2 dọc Quốc lộ 80 với hơn 300 gian hàng tham gia. Đường dây nóng hỗ trợ du khách: 0277.3861.234.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DT = "Đồng Tháp"

FIGS = [
    F("gần 2,5 triệu sản phẩm", "2,5", 2500000, "count", "sản phẩm", approx="nearly",
      subject="sản phẩm hoa, kiểng làng hoa Sa Đéc xuống giống phục vụ Tết"),
    F("khoảng 2,47 triệu sản phẩm", "2,47", 2470000, "count", "sản phẩm", approx="about",
      change=C("increase", 6.8, "%", "vụ Tết năm trước"),
      subject="sản phẩm hoa, kiểng các loại nông dân làng hoa Sa Đéc xuống giống"),
    F("khoảng 1,15 triệu chậu", "1,15", 1150000, "count", "chậu", approx="about", total=2470000,
      percent=46.6, subject="hoa cúc các loại xuống giống"),
    F("vạn thọ 420.000 chậu", "420.000", 420000, "count", "chậu", total=2470000,
      subject="vạn thọ xuống giống"),
    F("có 728 ha", "728", 728, "measure", "ha", subject="diện tích đất trồng hoa, kiểng"),
    F("3.850 hộ", "3.850", 3850, "count", "hộ", subject="hộ tham gia trồng hoa, kiểng"),
    F("ước đạt 1.235 tỷ", "1.235", 1235000000000, "money", "đồng", status="estimate",
      subject="giá trị sản xuất hoa, kiểng của thành phố", period=Y24),
    F("từ 250 đến 300 triệu", "250", 250000000, "money", "đồng/ha/năm", value_max=300000000,
      subject="thu nhập bình quân của người trồng hoa", period=I(Y24)),
    F("trồng 6.000 chậu", "6.000", 6000, "count", "chậu",
      subject="chậu cúc mâm xôi gia đình ông Nguyễn Văn Bé trồng"),
    F("hai nghìn chậu", "hai", 2000, "count", "chậu",
      subject="chậu cúc Đài Loan gia đình ông Nguyễn Văn Bé trồng"),
    F("4.000 m²", "4.000", 4000, "measure", "m²", subject="diện tích trồng cúc của gia đình ông Bé"),
    F("từ 130.000 đến 160.000", "130.000", 130000, "money", "đồng/cặp", value_max=160000,
      subject="giá bán cúc tại vườn"),
    F("ước lãi hơn 200 triệu", "200", 200000000, "money", "đồng", approx="over", status="estimate",
      subject="lãi vụ hoa Tết của gia đình ông Bé"),
    F("hơn 1.200 ha", "1.200", 1200, "measure", "ha", approx="over", location=DT,
      subject="diện tích hoa, kiểng toàn tỉnh"),
    F("khoảng 5 triệu sản phẩm", "5", 5000000, "count", "sản phẩm", approx="about", status="forecast",
      location=DT, subject="sản phẩm hoa, kiểng cung ứng ra thị trường dịp Tết"),
    F("hơn 300 gian hàng", "300", 300, "count", "gian hàng", approx="over", status="forecast",
      subject="gian hàng tham gia Festival hoa kiểng",
      period=P("Từ ngày 25/12/2024 đến ngày 05/01/2025", "2024-12-25", "2025-01-05")),
]

NOTES = [
    "Province portal (dongthap.gov.vn): breadcrumb, 'Cập nhật: 20/12/2024 15:32 | Lượt xem: 2.418'. Figures are about TP Sa Đéc (default location); two province totals are Đồng Tháp.",
    "Distractors: Lượt xem 2.418, time 15:32, 'Ất Tỵ 2025', festival dates 25/12/2024-05/01/2025, 'lần thứ 2', 'Quốc lộ 80', phone 0277.3861.234.",
    "'vụ hoa Tết Nguyên đán Ất Tỵ 2025' / 'vụ này' / 'Dịp Tết' name a season, not a calendar period of the spec: no period. 'Hiện' gives no period.",
    "Parts after 'Trong đó' (1,15 triệu chậu cúc, 420.000 chậu vạn thọ) take the whole 2,47 triệu sản phẩm; 'chiếm 46,6%' is the share of the cúc part.",
    "'hai nghìn chậu' is a number word with multiplier (2000). 'ước lãi' -> estimate; 'dự kiến' -> forecast.",
    "revised after the first run: 'hơn 300 gian hàng' is for a festival held after the publication date (20/12/2024 vs 25/12/2024-05/01/2025): status forecast, not actual; the date range in its sentence is its period (it had been left out as an event date).",
]

if __name__ == "__main__":
    write("p1197-1", TEXT, NOTES, FIGS, published="2024-12-20", location="Sa Đéc")
