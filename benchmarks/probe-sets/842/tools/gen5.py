"""p842-5: Party newspaper (Báo Quảng Trị), free public wifi in Đông Hà and tourist sites; byline and bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Wifi miễn phí phủ khắp đô thị Đông Hà

Sau hơn 2 năm triển khai Đề án wifi công cộng miễn phí, TP. Đông Hà đã có 86 điểm phát wifi tại các công viên, quảng trường, bến xe và tuyến phố đi bộ. Năm 2024, hệ thống ghi nhận khoảng 1,35 triệu lượt kết nối, tăng 18,7% so với năm 2023; trung bình mỗi ngày có gần 3.700 lượt truy cập. Từ đầu năm đến nay, số lượt kết nối đã đạt hơn 380.000 lượt.

Tốc độ truy cập tại các điểm phát đạt từ 30 đến 50 Mbps; mỗi điểm cho phép tối đa 120 thiết bị kết nối đồng thời. Tổng kinh phí đầu tư giai đoạn 2022-2024 là 4,2 tỷ đồng, trong đó ngân sách tỉnh 2,7 tỷ đồng, còn lại do VNPT Quảng Trị và Viettel Quảng Trị đóng góp.

Anh Lê Văn Sáu, chủ một quán giải khát trên đường Hùng Vương, phường 1, cho biết: "Khách du lịch giờ không cần hỏi mật khẩu, cứ mở điện thoại là vào mạng được".

Ngoài Đông Hà, wifi miễn phí đã được phủ tại khu di tích Thành cổ Quảng Trị, Địa đạo Vịnh Mốc, các điểm dừng chân trên Quốc lộ 9 và đảo Cồn Cỏ, nâng tổng số điểm phát trên toàn tỉnh lên 142 điểm. Toàn tỉnh hiện có 96.300 thuê bao băng rộng cố định, tỷ lệ hộ gia đình dùng cáp quang đạt 71,5%, đứng thứ 3 khu vực Bắc Trung Bộ.

Theo khảo sát của Sở Thông tin và Truyền thông với 500 người dùng, 87% hài lòng với chất lượng dịch vụ, 9% cho rằng tốc độ còn chậm vào giờ cao điểm.

Thực hiện Nghị quyết số 03/2022/NQ-HĐND, năm 2025 tỉnh phấn đấu lắp thêm 60 điểm wifi tại các xã ven biển và huyện đảo Cồn Cỏ; dự kiến kinh phí khoảng 1,5 tỷ đồng.

THANH HẢI
25/3/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
GD = P("giai đoạn 2022-2024", "2022-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
DH = {"location": "Đông Hà"}

FIGS = [
    F("có 86 điểm", "86", 86, "count", "điểm phát wifi", "điểm phát wifi công cộng miễn phí", **DH),
    F("khoảng 1,35 triệu", "1,35", 1.35e6, "count", "lượt kết nối", "lượt kết nối wifi công cộng", Y24,
      approx="about", change=C("increase", 18.7, "%", "năm 2023"), **DH),
    F("gần 3.700 lượt", "3.700", 3700, "measure", "lượt truy cập/ngày", "lượt truy cập trung bình mỗi ngày", Y24,
      approx="nearly", **DH),
    F("hơn 380.000 lượt", "380.000", 380000, "count", "lượt kết nối", "lượt kết nối wifi công cộng",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-03-25"), approx="over", **DH),
    F("từ 30 đến 50 Mbps", "30", 30, "measure", "Mbps", "tốc độ truy cập tại các điểm phát wifi", value_max=50,
      **DH),
    F("tối đa 120 thiết bị", "120", 120, "measure", "thiết bị/điểm", "thiết bị kết nối đồng thời mỗi điểm",
      approx="at_most", **DH),
    F("là 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "tổng kinh phí đầu tư wifi công cộng", GD, **DH),
    F("ngân sách tỉnh 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", GD, total=4.2e9, **DH),
    F("lên 142 điểm", "142", 142, "count", "điểm", "tổng số điểm phát wifi miễn phí trên toàn tỉnh"),
    F("có 96.300 thuê bao", "96.300", 96300, "count", "thuê bao", "thuê bao băng rộng cố định"),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ hộ gia đình dùng cáp quang"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tỷ lệ hộ gia đình dùng cáp quang khu vực Bắc Trung Bộ"),
    F("với 500 người", "500", 500, "count", "người", "người dùng được khảo sát"),
    F("87% hài lòng", "87", 87, "percent", "%", "người dùng hài lòng với chất lượng dịch vụ"),
    F("9% cho rằng", "9", 9, "percent", "%", "người dùng cho rằng tốc độ còn chậm vào giờ cao điểm"),
    F("thêm 60 điểm", "60", 60, "count", "điểm wifi", "điểm wifi lắp thêm", Y25, status="target"),
    F("khoảng 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "kinh phí lắp thêm điểm wifi", Y25, approx="about",
      status="forecast"),
]

NOTES = [
    "Báo Quảng Trị (Party newspaper): free public wifi in TP. Đông Hà and at tourist sites, provincial fixed broadband;",
    "byline 'THANH HẢI' and bare date '25/3/2025' at the end (published). Invented text.",
    "Đông Hà figures carry location Đông Hà (a city named as the place); province-wide ones Quảng Trị.",
    "Not figures: 'hơn 2 năm triển khai' (a duration that only locates in time), 'giai đoạn 2022-2024', 'phường 1',",
    "'Lê Văn Sáu' (a name), 'Quốc lộ 9', 'Nghị quyết số 03/2022/NQ-HĐND'. 'trung bình mỗi ngày ... 3.700 lượt truy cập' is a",
    "per-day rate (measure, unit 'lượt truy cập/ngày'); 'mỗi điểm ... tối đa 120 thiết bị' likewise a rate per point",
    "(measure, 'thiết bị/điểm', at_most; the capacity is a fact, kept required). 'Từ đầu năm đến nay' (2025) ends at the",
    "bare date 25/3/2025 and starts 2025-01-01: 'đầu năm' is the start of the year of 'nay', although 'Năm 2024' stands earlier.",
    "'87% hài lòng, 9% cho rằng' are shares of the 500 surveyed; each a percent figure. '1,5 tỷ' after 'dự kiến' -> forecast,",
    "while the 60 points are a 'phấn đấu' target. 'hiện' sentence: no period.",
]

build("p842-5", TEXT, FIGS, NOTES, published="2025-03-25", location="Quảng Trị")
