from lib import F, P, I, C, T, build

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 15/7/2024, 06:00 (GMT+7)

Giá đậu tương hạ nhiệt, lò đậu phụ vẫn khó

Giá đậu tương nhập khẩu đã giảm gần 20% so với đầu năm ngoái nhưng nhiều hộ làm đậu phụ ở Hà Nội cho biết lợi nhuận vẫn mỏng do chi phí nhân công, điện, than tăng.

Theo số liệu của Tổng cục Hải quan, 6 tháng đầu năm 2024, Việt Nam nhập khẩu khoảng 1,08 triệu tấn đậu tương, trị giá 598 triệu USD, tăng 6,1% về lượng so với cùng kỳ năm 2023. Giá nhập khẩu bình quân ở mức 553 USD/tấn, giảm 14,7%.

Tại chợ Hôm, chợ Thành Công (Hà Nội), đậu phụ trắng được bán 3.000-4.000 đồng/bìa, đậu rán 5.000 đồng/bìa, không đổi so với đầu năm. Chị Nguyễn Thị Hoa, chủ một lò đậu ở ngõ 62 phố Mai Động (quận Hoàng Mai) cho biết mỗi ngày lò chị dùng 80 kg đậu tương, làm ra khoảng 1.200 bìa đậu, lãi chừng 400.000 đồng.

Theo Sở Công Thương Hà Nội, toàn thành phố có khoảng 1.350 hộ, cơ sở sản xuất đậu phụ, cung ứng trung bình 210 tấn đậu phụ mỗi ngày. Nguồn đậu phụ sản xuất tại chỗ đáp ứng khoảng 85% nhu cầu của thành phố. Năm 2023, cơ quan chức năng của thành phố đã kiểm tra 2.460 lượt cơ sở sản xuất, kinh doanh đậu phụ, giá đỗ, mắm; xử lý 312 cơ sở vi phạm với số tiền phạt hơn 1,9 tỷ đồng.

Ông Trần Văn Hải, Phó Chủ tịch Hiệp hội Thực phẩm an toàn, dự báo nửa cuối năm 2024 giá đậu tương nhập khẩu có thể giảm thêm 5-7%, nhưng khó kéo giá đậu phụ xuống vì ở các lò đậu tại Hà Nội, chi phí nhân công, điện, than chiếm tới 40% giá thành.

Nguyễn Hà
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("giảm gần 20%", "20", 20, "percent", "%", "giá đậu tương nhập khẩu so với đầu năm ngoái", approx="nearly",
      location="Việt Nam"),
    F("khoảng 1,08 triệu tấn", "1,08", 1.08e6, "measure", "tấn", "đậu tương nhập khẩu", approx="about",
      change=C("increase", 6.1, "%", "cùng kỳ năm 2023"), period=H1, location="Việt Nam"),
    F("trị giá 598 triệu USD", "598", 598e6, "money", "USD", "trị giá đậu tương nhập khẩu", period=H1,
      location="Việt Nam"),
    F("mức 553 USD/tấn", "553", 553, "money", "USD/tấn", "giá nhập khẩu bình quân đậu tương",
      change=C("decrease", 14.7, "%"), period=I(H1), location="Việt Nam"),
    F("3.000-4.000 đồng/bìa", "3.000", 3000, "money", "đồng/bìa", "giá đậu phụ trắng tại chợ", value_max=4000,
      location="Hà Nội"),
    F("5.000 đồng/bìa", "5.000", 5000, "money", "đồng/bìa", "giá đậu rán tại chợ", location="Hà Nội"),
    F("dùng 80 kg", "80", 80, "measure", "kg/ngày", "đậu tương lò đậu của chị Nguyễn Thị Hoa dùng mỗi ngày",
      location="Hoàng Mai"),
    F("khoảng 1.200 bìa", "1.200", 1200, "count", "bìa/ngày", "bìa đậu lò đậu làm ra mỗi ngày", approx="about",
      location="Hoàng Mai"),
    F("chừng 400.000 đồng", "400.000", 400000, "money", "đồng/ngày", "lãi của lò đậu mỗi ngày", approx="about",
      location="Hoàng Mai"),
    F("khoảng 1.350 hộ", "1.350", 1350, "count", "hộ", "hộ, cơ sở sản xuất đậu phụ", approx="about",
      location="Hà Nội"),
    F("trung bình 210 tấn", "210", 210, "measure", "tấn/ngày", "đậu phụ cung ứng mỗi ngày", location="Hà Nội"),
    F("khoảng 85%", "85", 85, "percent", "%", "nhu cầu đậu phụ của thành phố được đáp ứng từ nguồn sản xuất tại chỗ",
      approx="about", location="Hà Nội"),
    F("kiểm tra 2.460 lượt", "2.460", 2460, "count", "lượt cơ sở",
      "lượt cơ sở sản xuất, kinh doanh đậu phụ, giá đỗ, mắm được kiểm tra", period=Y23, location="Hà Nội"),
    F("xử lý 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở vi phạm bị xử lý", period=Y23, location="Hà Nội"),
    F("hơn 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "số tiền phạt", approx="over", period=Y23,
      location="Hà Nội"),
    F("giảm thêm 5-7%", "5", 5, "percent", "%", "giá đậu tương nhập khẩu", value_max=7, status="forecast",
      period=P("nửa cuối năm 2024", "2024-07-01", "2024-12-31"), location="Việt Nam"),
    F("tới 40% giá thành", "40", 40, "percent", "%", "chi phí nhân công, điện, than trong giá thành đậu phụ",
      location="Hà Nội"),
]

COMMENTS = [
    "National newspaper (dateline 'Thứ hai, 15/7/2024, 06:00 (GMT+7)'): soybean import prices and Hà Nội tofu makers (invented, probe set 811).",
    "Distractors: the dateline and time, 'ngõ 62 phố Mai Động', names 'Nguyễn Thị Hoa', 'Trần Văn Hải', 'đầu năm ngoái' (a baseline only).",
    "'tăng 6,1% về lượng' names the volume: the change of 1,08 triệu tấn, not of 598 triệu USD. 'giảm 14,7%' after 553 USD/tấn is its change.",
    "Growth rates without a base amount ('giảm gần 20%', 'giảm thêm 5-7%') are percent figures. One named household's figures are in Hoàng Mai.",
    "Imports and import prices are Việt Nam's; market prices and the city's counts are Hà Nội's. No article-level location.",
]

build("p811-6", TEXT, FIGS, comments=COMMENTS, published="2024-07-15")
