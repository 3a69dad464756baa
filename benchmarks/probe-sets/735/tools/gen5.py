"""p735-5: Party newspaper (Báo Long An), water-hyacinth weaving cooperative group in Tân Thạnh, province figures."""
from lib import F, P, I, CH, emit

TEXT = """BÁO LONG AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LONG AN
Kinh tế

Tân Thạnh: Tổ hợp tác đan lục bình giúp hơn 120 phụ nữ có thu nhập

Từ những cọng lục bình mọc dày trên kênh Dương Văn Dương, Tổ hợp tác đan lục bình ấp 3, xã Hậu Thạnh Đông, huyện Tân Thạnh đã tạo việc làm ổn định cho hơn 120 phụ nữ địa phương. Thành lập năm 2017 với 15 thành viên, đến nay tổ hợp tác đã có 46 thành viên và liên kết với 8 điểm gia công ở các ấp lân cận.

Chị Nguyễn Thị Hồng, Tổ trưởng, cho biết mỗi tháng tổ giao cho doanh nghiệp khoảng 9.000 sản phẩm giỏ, túi, hộp đựng đồ; mỗi chị em đan từ 2 đến 3 sản phẩm/ngày, thu nhập 120.000-180.000 đồng/người/ngày. Lục bình khô được tổ thu mua với giá 8.000 đồng/kg, cao hơn 1.500 đồng/kg so với năm 2022.

Theo Sở Công Thương, toàn tỉnh hiện có 37 tổ hợp tác, hợp tác xã đan lục bình với hơn 2.300 thành viên, tập trung ở Tân Thạnh (14 tổ), Thạnh Hóa (9 tổ) và Tân Hưng (6 tổ). Năm 2023, doanh thu từ sản phẩm lục bình của tỉnh ước đạt 186 tỷ đồng, tăng 15,7% so với năm 2022.

Cũng trong năm 2023, Sở Lao động - Thương binh và Xã hội đã hỗ trợ đào tạo nghề đan lục bình cho 650 lao động nông thôn với kinh phí gần 1,3 tỷ đồng; 78% học viên có việc làm sau khi học nghề. Năm 2024, tỉnh dự kiến mở thêm 25 lớp, đào tạo cho khoảng 750 lao động.

Bà Trần Thị Thu, Phó Giám đốc Sở Công Thương cho biết, thời gian tới tỉnh sẽ hỗ trợ các tổ hợp tác đăng ký nhãn hiệu, tham gia Chương trình OCOP và kết nối tiêu thụ qua sàn thương mại điện tử.

MINH THƯ
15/11/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("đến nay", None, "2023-11-15")
TT = "Tân Thạnh"
SUBJ_TO = "tổ hợp tác, hợp tác xã đan lục bình"

FIGS = [
    F("giúp hơn 120 phụ nữ", "120", 120, "count", "phụ nữ", approx="over",
      subject="phụ nữ có thu nhập từ tổ hợp tác đan lục bình", location=TT),
    F("cho hơn 120 phụ nữ", "120", 120, "count", "phụ nữ", approx="over",
      subject="phụ nữ địa phương có việc làm ổn định từ tổ hợp tác đan lục bình", location=TT),
    F("với 15 thành viên", "15", 15, "count", "thành viên", subject="thành viên tổ hợp tác khi thành lập",
      period=P("năm 2017", "2017-01-01", "2017-12-31"), location=TT),
    F("có 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên tổ hợp tác", period=NOW, location=TT),
    F("với 8 điểm gia công", "8", 8, "count", "điểm gia công", subject="điểm gia công liên kết",
      period=NOW, location=TT),
    F("khoảng 9.000 sản phẩm", "9.000", 9000, "count", "sản phẩm", approx="about",
      subject="sản phẩm giỏ, túi, hộp đựng đồ tổ giao cho doanh nghiệp mỗi tháng", location=TT),
    F("từ 2 đến 3 sản phẩm/ngày", "2", 2, "measure", "sản phẩm/ngày", value_max=3,
      subject="sản phẩm mỗi chị em đan", location=TT),
    F("120.000-180.000 đồng/người/ngày", "120.000", 120000, "money", "đồng/người/ngày", value_max=180000,
      subject="thu nhập của chị em đan lục bình", location=TT),
    F("giá 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg",
      change=CH("increase", 1500, "đồng/kg", baseline="năm 2022"),
      subject="giá thu mua lục bình khô", location=TT),
    F("có 37 tổ hợp tác", "37", 37, "count", "tổ hợp tác", subject=SUBJ_TO),
    F("hơn 2.300 thành viên", "2.300", 2300, "count", "thành viên", approx="over",
      subject="thành viên tổ hợp tác, hợp tác xã đan lục bình"),
    F("Tân Thạnh (14 tổ)", "14", 14, "count", "tổ", subject=SUBJ_TO, location=TT),
    F("Thạnh Hóa (9 tổ)", "9", 9, "count", "tổ", subject=SUBJ_TO, location="Thạnh Hóa"),
    F("Tân Hưng (6 tổ)", "6", 6, "count", "tổ", subject=SUBJ_TO, location="Tân Hưng"),
    F("ước đạt 186 tỷ đồng", "186", 186e9, "money", "đồng", change=CH("increase", 15.7, baseline="năm 2022"),
      status="estimate", subject="doanh thu từ sản phẩm lục bình", period=Y23),
    F("cho 650 lao động", "650", 650, "count", "lao động",
      subject="lao động nông thôn được hỗ trợ đào tạo nghề đan lục bình", period=Y23b),
    F("gần 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", approx="nearly",
      subject="kinh phí hỗ trợ đào tạo nghề đan lục bình", period=Y23b),
    F("78% học viên", "78", 78, "percent", "%", subject="học viên có việc làm sau khi học nghề", period=Y23b),
    F("thêm 25 lớp", "25", 25, "count", "lớp", status="forecast", subject="lớp đào tạo nghề mở thêm", period=Y24),
    F("khoảng 750 lao động", "750", 750, "count", "lao động", approx="about", status="forecast",
      subject="lao động được đào tạo nghề", period=Y24),
]

COMMENTS = [
    "Báo Long An (Party newspaper), byline 'MINH THƯ' and bare date '15/11/2023' at the end: tổ hợp tác đan lục bình ở Tân Thạnh; province figures.",
    "Figures of the Tân Thạnh group (ấp 3, xã Hậu Thạnh Đông, huyện Tân Thạnh) take location Tân Thạnh; province figures Long An;",
    "district items (14/9/6 tổ) their district, no total (no cue, 29 ≠ 37). 'Thành lập năm 2017 với 15 thành viên' → period năm 2017;",
    "'đến nay' → as-of the dateline 2023-11-15. 'từ 2 đến 3 sản phẩm/ngày' is a rate (measure). 'cao hơn 1.500 đồng/kg so với năm 2022' → change.",
    "'78% học viên có việc làm' after ';' is a percent figure of its own (not a share of the 1,3 tỷ đồng). 'dự kiến' → forecast for both 2024 figures.",
    "Not figures: ấp 3, năm 2017 (founding year), kênh Dương Văn Dương, the bare date line.",
]

if __name__ == "__main__":
    emit("p735-5", TEXT, COMMENTS, FIGS, published="2023-11-15", location="Long An")
