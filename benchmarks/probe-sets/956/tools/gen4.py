"""p956-4: ministry/central agency site (Cục Lâm nghiệp, Bộ NN&PTNT), national seedling figures for 2024."""
from lib import F, P, I, C, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC LÂM NGHIỆP
Trang chủ / Tin tức / Giống cây lâm nghiệp
Năm 2024, cả nước sản xuất gần 900 triệu cây giống lâm nghiệp
Thứ Hai, 13/01/2025 14:05

Theo báo cáo của Cục Lâm nghiệp, năm 2024 cả nước sản xuất gần 900 triệu cây giống lâm nghiệp các loại, tăng khoảng 7% so với năm 2023, đáp ứng nhu cầu trồng 262.000 ha rừng tập trung. Tỷ lệ sử dụng giống được kiểm soát về nguồn gốc ước đạt 84,5%, cao hơn 2,3 điểm phần trăm so với năm trước.

Hiện cả nước có 6.218 cơ sở sản xuất, kinh doanh giống cây trồng lâm nghiệp và 1.742 nguồn giống đã được công nhận (gồm 1.096 vườn giống, rừng giống và 646 cây trội, vườn cây đầu dòng). Cả nước có 74 phòng nuôi cấy mô với công suất hơn 180 triệu cây/năm, tập trung nhiều nhất ở Phú Thọ, Quảng Trị, Bình Định và Đồng Nai. Các địa phương sản xuất nhiều cây giống nhất là Nghệ An (chiếm 9,6%), Quảng Trị (8,3%), Quảng Ngãi (7,9%) và Yên Bái (7,2%).

Trong năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 1.260 lượt cơ sở tại 28 tỉnh, thành phố, xử lý 97 trường hợp vi phạm với tổng số tiền phạt gần 2,4 tỷ đồng.

Theo Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030 ban hành kèm Quyết định số 523/QĐ-TTg, đến năm 2025 tỷ lệ sử dụng giống được công nhận trong trồng rừng sản xuất đạt 75%, đến năm 2030 đạt trên 85%. Năm 2025, Cục đặt mục tiêu đưa 30 giống keo, bạch đàn mới vào khảo nghiệm. Dự kiến nhu cầu cây giống năm 2025 khoảng 950 triệu cây, trong đó cây mô, hom chiếm 60%.

Cục Lâm nghiệp - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

VN = "Việt Nam"
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
IN24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
N25 = P("năm 2025", "2025-01-01", "2025-12-31")
SHARE = "tỷ trọng sản lượng cây giống cả nước"

FIGS = [
    F("sản xuất gần 900 triệu cây giống lâm nghiệp\n", "900", 900e6, "count", "cây giống", approx="nearly",
      subject="cây giống lâm nghiệp sản xuất", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("sản xuất gần 900 triệu cây giống lâm nghiệp các", "900", 900e6, "count", "cây giống", approx="nearly",
      change=C("increase", 7, "%", "năm 2023", approx="about"),
      subject="cây giống lâm nghiệp các loại sản xuất", period=Y24),
    F("trồng 262.000 ha", "262.000", 262000, "measure", "ha",
      subject="diện tích trồng rừng tập trung", period=Y24),
    F("ước đạt 84,5%", "84,5", 84.5, "percent", "%", status="estimate",
      change=C("increase", 2.3, "điểm phần trăm", "năm trước"),
      subject="tỷ lệ sử dụng giống được kiểm soát về nguồn gốc", period=I(Y24)),
    F("có 6.218 cơ sở", "6.218", 6218, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh giống cây trồng lâm nghiệp"),
    F("và 1.742 nguồn giống", "1.742", 1742, "count", "nguồn giống",
      subject="nguồn giống đã được công nhận"),
    F("gồm 1.096 vườn giống", "1.096", 1096, "count", "vườn giống, rừng giống", total=1742,
      subject="vườn giống, rừng giống được công nhận"),
    F("và 646 cây trội", "646", 646, "count", "cây trội, vườn cây đầu dòng", total=1742,
      subject="cây trội, vườn cây đầu dòng được công nhận"),
    F("có 74 phòng", "74", 74, "count", "phòng nuôi cấy mô", subject="phòng nuôi cấy mô"),
    F("hơn 180 triệu cây/năm", "180", 180e6, "measure", "cây/năm", approx="over",
      subject="công suất phòng nuôi cấy mô"),
    F("Nghệ An (chiếm 9,6%)", "9,6", 9.6, "percent", "%", subject=SHARE, location="Nghệ An"),
    F("Quảng Trị (8,3%)", "8,3", 8.3, "percent", "%", subject=SHARE, location="Quảng Trị"),
    F("Quảng Ngãi (7,9%)", "7,9", 7.9, "percent", "%", subject=SHARE, location="Quảng Ngãi"),
    F("Yên Bái (7,2%)", "7,2", 7.2, "percent", "%", subject=SHARE, location="Yên Bái"),
    F("kiểm tra 1.260 lượt", "1.260", 1260, "count", "lượt cơ sở",
      subject="lượt cơ sở được các đoàn kiểm tra liên ngành kiểm tra", period=IN24),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố được kiểm tra", period=IN24),
    F("xử lý 97 trường hợp", "97", 97, "count", "trường hợp",
      subject="trường hợp vi phạm bị xử lý", period=IN24),
    F("gần 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", approx="nearly",
      subject="tổng số tiền phạt", period=IN24),
    F("đạt 75%", "75", 75, "percent", "%", status="target",
      subject="tỷ lệ sử dụng giống được công nhận trong trồng rừng sản xuất", period=TO25),
    F("đạt trên 85%", "85", 85, "percent", "%", approx="over", status="target",
      subject="tỷ lệ sử dụng giống được công nhận trong trồng rừng sản xuất", period=TO30),
    F("đưa 30 giống", "30", 30, "count", "giống", status="target",
      subject="giống keo, bạch đàn mới đưa vào khảo nghiệm", period=Y25),
    F("khoảng 950 triệu cây", "950", 950e6, "count", "cây", approx="about", status="forecast",
      subject="nhu cầu cây giống", period=N25),
    F("chiếm 60%", "60", 60, "percent", "%", status="forecast",
      subject="cây mô, hom trong nhu cầu cây giống", period=N25),
]

NOTES = [
    "Cục Lâm nghiệp (Bộ NN&PTNT) news page, dateline 'Thứ Hai, 13/01/2025 14:05'. National figures: location Việt Nam.",
    "The province list after '74 phòng nuôi cấy mô' carries no figures and does not localise the count; in the share list",
    "'Nghệ An (chiếm 9,6%), Quảng Trị (8,3%) ...' each province is the item's location and the subject is the list's indicator.",
    "'(gồm 1.096 ... và 646 ...)' add up to 1.742: parts with total 1742. 'cao hơn 2,3 điểm phần trăm so với năm trước' is the change of 84,5%.",
    "'đến năm 2025 ... đạt 75%, đến năm 2030 đạt trên 85%' are target figures (Strategy). 'Dự kiến nhu cầu ... khoảng 950 triệu cây' forecast;",
    "'trong đó cây mô, hom chiếm 60%' continues it (forecast, percent figure without base amount).",
    "Distractors: Quyết định số 523/QĐ-TTg, 'giai đoạn 2021-2030', address 'Số 2 Ngọc Hà, Ba Đình, Hà Nội', dateline.",
]

if __name__ == "__main__":
    build("p956-4", TEXT, FIGS, NOTES, published="2025-01-13", location=VN)
