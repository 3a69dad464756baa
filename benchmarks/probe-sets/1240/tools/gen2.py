"""p1240-2: Tân Hưng district portal (Long An), wild and cultivated water lilies in the flood season 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN HƯNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Nông nghiệp

Mùa nước nổi, nông dân Tân Hưng có thu nhập khá từ bông súng

Ngày đăng: 05/10/2023 - 08:15

Mùa nước nổi năm 2023, toàn huyện có khoảng 1.200 hộ dân tham gia hái bông súng ma trên các cánh đồng ngập nước, tăng 150 hộ so với năm 2022. Bình quân mỗi người hái được từ 30 đến 50 kg bông súng/ngày, bán cho thương lái với giá 6.000 - 8.000 đồng/kg, thu nhập từ 200.000 đến 300.000 đồng/người/ngày.

Bên cạnh nguồn súng tự nhiên, huyện có 126 ha trồng súng Mỹ và súng Thái chuyên canh, tập trung ở các xã Hưng Điền B, Vĩnh Đại và Hưng Hà. Trong đó, hai xã Hưng Điền B và Vĩnh Đại có 78 ha. Sau khoảng 2 tháng xuống giống, súng cho thu hoạch liên tục; năng suất bình quân 1,2 tấn bông/ha/tháng, lợi nhuận ước 25 - 30 triệu đồng/ha/tháng, cao gấp 3 lần trồng lúa.

Gia đình ông Nguyễn Văn Sáu ở ấp 3, xã Hưng Điền B trồng 2,5 ha súng Thái từ năm 2020. Mỗi ngày ông thu hoạch khoảng 300 kg bông, thuê 4 lao động thường xuyên. Năm 2022, gia đình ông thu lãi hơn 650 triệu đồng.

Ông Lê Minh Tâm, Phó Trưởng phòng Nông nghiệp và PTNT huyện cho biết, đến năm 2025 huyện phấn đấu mở rộng diện tích trồng súng lên 200 ha, xây dựng ít nhất một mô hình liên kết tiêu thụ với doanh nghiệp; đồng thời hỗ trợ 50% chi phí giống cho hộ trồng mới.

Tác giả: Thanh Trúc - Trung tâm VH-TT&TT huyện
"""

Y23 = P("Mùa nước nổi năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SUB_OWN = "súng Thái gia đình ông Nguyễn Văn Sáu"

FIGS = [
    F("khoảng 1.200 hộ", "1.200", 1200, "count", "hộ", approx="about",
      change=C("increase", 150, "hộ", "năm 2022"),
      subject="hộ dân tham gia hái bông súng ma", period=Y23),
    F("từ 30 đến 50 kg", "30", 30, "measure", "kg/ngày", value_max=50,
      subject="lượng bông súng bình quân mỗi người hái được", period=I(Y23)),
    F("giá 6.000 - 8.000", "6.000", 6000, "money", "đồng/kg", value_max=8000,
      subject="giá bông súng bán cho thương lái", period=I(Y23)),
    F("từ 200.000 đến 300.000", "200.000", 200000, "money", "đồng/người/ngày", value_max=300000,
      subject="thu nhập người hái bông súng", period=I(Y23)),
    F("có 126 ha", "126", 126, "measure", "ha",
      subject="diện tích trồng súng Mỹ và súng Thái chuyên canh"),
    F("hai xã Hưng Điền B", "hai", 2, "count", "xã", optional=True,
      subject="xã Hưng Điền B và Vĩnh Đại"),
    F("có 78 ha", "78", 78, "measure", "ha", total=126,
      subject="diện tích trồng súng chuyên canh hai xã Hưng Điền B và Vĩnh Đại"),
    F("khoảng 2 tháng", "2", 2, "measure", "tháng", approx="about", optional=True,
      subject="thời gian từ xuống giống đến thu hoạch"),
    F("1,2 tấn", "1,2", 1.2, "measure", "tấn/ha/tháng",
      subject="năng suất bình quân bông súng trồng"),
    F("ước 25 - 30 triệu", "25", 25000000, "money", "đồng/ha/tháng", value_max=30000000, status="estimate",
      change=C("increase", 3, "lần", "trồng lúa"),
      subject="lợi nhuận trồng súng"),
    F("trồng 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích " + SUB_OWN),
    F("khoảng 300 kg", "300", 300, "measure", "kg/ngày", approx="about",
      subject="bông súng gia đình ông Nguyễn Văn Sáu thu hoạch mỗi ngày"),
    F("thuê 4 lao động", "4", 4, "count", "lao động",
      subject="lao động thường xuyên gia đình ông Nguyễn Văn Sáu thuê"),
    F("hơn 650 triệu", "650", 650000000, "money", "đồng", approx="over",
      subject="lãi của gia đình ông Nguyễn Văn Sáu", period=Y22),
    F("lên 200 ha", "200", 200, "measure", "ha", status="target",
      subject="diện tích trồng súng", period=T25),
    F("ít nhất một mô hình", "một", 1, "count", "mô hình", approx="at_least", status="target",
      subject="mô hình liên kết tiêu thụ với doanh nghiệp", period=T25),
    F("hỗ trợ 50%", "50", 50, "percent", "%", status="target",
      subject="hỗ trợ chi phí giống cho hộ trồng súng mới", period=T25),
]

NOTES = [
    "revised after the first run: units 'kg bông súng/ngày' -> 'kg/ngày' and 'tấn bông/ha/tháng' -> 'tấn/ha/tháng' (a measure's unit is the shortest noun phrase; the substance goes to the subject).",
    "District portal (huyện Tân Hưng, Long An): bông súng ma (wild) and cultivated water lilies, flood season 2023.",
    "'Ngày đăng: 05/10/2023 - 08:15' gives published; default location is the district Tân Hưng.",
    "Distractors: time 08:15, 'ấp 3', 'từ năm 2020' (a start year), 'Hưng Điền B' (a name with a letter), 'VH-TT&TT'.",
    "'Mùa nước nổi năm 2023' read as the year 2023 (the season has no fixed dates). Rates per person per day keep their denominators.",
    "'hai xã Hưng Điền B và Vĩnh Đại' only names the two communes (optional); 78 ha is a part of the 126 ha after 'Trong đó'.",
    "'Sau khoảng 2 tháng xuống giống' is the crop's time to harvest, neither a period nor clearly a statistic: optional.",
    "'cao gấp 3 lần trồng lúa' after the profit range is that figure's change (3 lần, baseline trồng lúa). 'lợi nhuận ước' -> estimate.",
    "The Nguyễn Văn Sáu farm passage: no period except 'Năm 2022' for the profit; 'Mỗi ngày ... khoảng 300 kg' is a rate (kg/ngày).",
    "The last sentence is one plan ('đến năm 2025 huyện phấn đấu ...; đồng thời hỗ trợ 50%'): all three figures target, period đến năm 2025.",
]

if __name__ == "__main__":
    write("p1240-2", TEXT, NOTES, FIGS, published="2023-10-05", location="Tân Hưng")
