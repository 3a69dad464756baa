"""p623-6: national press (VnExpress style), An Giang straw sales and straw mushrooms."""
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Nông nghiệp

Thứ bảy, 21/9/2024, 09:30 (GMT+7)

Nông dân An Giang thu thêm gần 2 triệu đồng mỗi ha nhờ bán rơm

Vụ hè thu năm nay, An Giang có hơn 600 máy cuộn rơm hoạt động, giúp nông dân bán rơm với giá 1,5-2 triệu đồng mỗi ha thay vì đốt bỏ.

Ông Trần Văn Năm, 54 tuổi, ở xã Vĩnh Hanh, huyện Châu Thành, có 4 ha lúa. Sau mỗi vụ, thương lái đến tận ruộng cuộn rơm và trả ông 1,8 triệu đồng mỗi ha. "Trước đây rơm chỉ đốt bỏ, giờ mỗi vụ có thêm hơn 7 triệu đồng", ông nói.

Theo Sở Nông nghiệp và Phát triển nông thôn An Giang, năm 2023 tỉnh gieo trồng khoảng 625.000 ha lúa, lượng rơm phát sinh trên 3,7 triệu tấn. Khoảng 38% lượng rơm đã được thu gom để trồng nấm, làm thức ăn cho bò và phủ gốc cây trồng. Riêng nghề trồng nấm rơm tiêu thụ khoảng 450.000 tấn rơm mỗi năm, tạo việc làm cho hơn 12.000 lao động.

Giá rơm cuộn tại ruộng hiện dao động 20.000-25.000 đồng/cuộn, tăng khoảng 20% so với cùng kỳ năm ngoái do nhu cầu từ các trang trại bò sữa và cơ sở trồng nấm phía Bắc tăng mạnh.

Tại Đồng Tháp, sản lượng nấm rơm năm 2023 đạt 42.000 tấn, tăng 5% so với năm trước; Cần Thơ đạt 9.800 tấn.

Theo TS Nguyễn Văn Hùng, Viện Lúa Đồng bằng sông Cửu Long, cả nước mỗi năm phát sinh khoảng 47 triệu tấn rơm nhưng chỉ khoảng 30% được thu gom. "Mỗi tấn rơm trồng nấm cho 150-200 kg nấm tươi. Giá trị gấp 10 lần bán rơm", ông nói.

Ngọc Tài
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
CT = "Châu Thành"

FIGS = [
    F("thêm gần 2 triệu đồng", "2", 2e6, "money", "đồng", "thu nhập thêm mỗi ha nhờ bán rơm", approx="nearly"),
    F("hơn 600 máy", "600", 600, "count", "máy cuộn rơm", "máy cuộn rơm hoạt động", approx="over"),
    F("giá 1,5-2 triệu đồng", "1,5", 1.5e6, "money", "đồng", "giá bán rơm mỗi ha", value_max=2e6),
    F("54 tuổi", "54", 54, "measure", "tuổi", "tuổi ông Trần Văn Năm", location=CT, optional=True),
    F("có 4 ha lúa", "4", 4, "measure", "ha", "diện tích lúa của ông Trần Văn Năm", location=CT),
    F("ông 1,8 triệu đồng", "1,8", 1.8e6, "money", "đồng", "tiền bán rơm mỗi ha", location=CT),
    F("hơn 7 triệu đồng", "7", 7e6, "money", "đồng", "thu nhập thêm mỗi vụ từ bán rơm", approx="over",
      location=CT),
    F("khoảng 625.000 ha", "625.000", 625000, "measure", "ha", "diện tích gieo trồng lúa", Y23, approx="about"),
    F("trên 3,7 triệu tấn", "3,7", 3.7e6, "measure", "tấn", "lượng rơm phát sinh", Y23, approx="over"),
    F("Khoảng 38%", "38", 38, "percent", "%", "lượng rơm đã được thu gom", I(Y23), approx="about"),
    F("khoảng 450.000 tấn", "450.000", 450000, "measure", "tấn", "rơm nghề trồng nấm rơm tiêu thụ mỗi năm",
      approx="about"),
    F("hơn 12.000 lao động", "12.000", 12000, "count", "lao động", "lao động nghề trồng nấm rơm", approx="over"),
    F("20.000-25.000 đồng/cuộn", "20.000", 20000, "money", "đồng/cuộn", "giá rơm cuộn tại ruộng",
      value_max=25000, change=CH("increase", 20, baseline="cùng kỳ năm ngoái", approx="about")),
    F("đạt 42.000 tấn", "42.000", 42000, "measure", "tấn", "sản lượng nấm rơm", Y23,
      change=CH("increase", 5, baseline="năm trước"), location="Đồng Tháp"),
    F("đạt 9.800 tấn", "9.800", 9800, "measure", "tấn", "sản lượng nấm rơm", Y23, location="Cần Thơ"),
    F("khoảng 47 triệu tấn", "47", 47e6, "measure", "tấn", "rơm phát sinh mỗi năm", approx="about",
      location="Việt Nam"),
    F("khoảng 30% được", "30", 30, "percent", "%", "tỷ lệ rơm được thu gom", approx="about", location="Việt Nam"),
    F("cho 150-200 kg", "150", 150, "measure", "kg", "nấm tươi mỗi tấn rơm trồng nấm", value_max=200,
      location="Việt Nam"),
    F("gấp 10 lần", "10", 10, "multiple", "lần", "giá trị trồng nấm so với bán rơm", location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ bảy, 21/9/2024, 09:30 (GMT+7)', byline at the end; An Giang straw sales and straw mushrooms.",
    "Distractors: '(GMT+7)', name 'Trần Văn Năm' (năm = 5 / year), 'Viện Lúa Đồng bằng sông Cửu Long', season 'hè thu năm nay'.",
    "The farmer's age '54 tuổi' is optional (personal detail, cf. 'dưới 1 tuổi' in shared h24). His farm figures are in huyện Châu Thành.",
    "'X triệu đồng mỗi ha' keeps unit 'đồng' (the tool's 'đồng/ha' passes by prefix).",
    "'tăng khoảng 20% so với cùng kỳ năm ngoái' after the price range is its change. The expert's national figures are Việt Nam;",
    "'Mỗi tấn rơm ... cho 150-200 kg' is a yield range (unit kg; '1 tấn' denominator implicit); 'Giá trị gấp 10 lần bán rơm' stands alone: multiple.",
    "'Vụ hè thu năm nay' (a season) and 'mỗi năm' give no period; 'Khoảng 38%' inherits năm 2023.",
]

if __name__ == "__main__":
    emit("p623-6", TEXT, COMMENTS, FIGS, published="2024-09-21", location="An Giang")
