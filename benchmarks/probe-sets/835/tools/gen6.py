from lib import F, per, chg, tgt, build

TEXT = """Kinh doanh | Hàng hóa
Thứ sáu, 8/3/2024, 07:40 (GMT+7)
Quán bia ở Nha Trang vắng khách

Nhiều quán bia, nhà hàng hải sản ở Nha Trang giảm 30-40% doanh thu, hàng trăm quán phải trả mặt bằng vì khách ngại uống rượu bia khi lái xe.

Sáu giờ tối, quán bia hơi trên đường Trần Phú của anh Nguyễn Văn Tư chỉ có 4 bàn khách. "Trước đây mỗi tối quán bán 40-50 két bia, nay chỉ còn khoảng 15 két", anh Tư nói. Quán đã cắt giảm từ 12 xuống 5 nhân viên.

Theo Hiệp hội quán ăn, nhà hàng TP Nha Trang, địa bàn hiện có khoảng 1.500 quán bia, nhậu; từ đầu năm đến nay hơn 200 quán đã đóng cửa hoặc chuyển sang bán cà phê. Công an tỉnh Khánh Hòa cho biết từ đầu năm đến nay đã xử lý hơn 2.300 trường hợp vi phạm nồng độ cồn, phạt tiền gần 9,6 tỷ đồng. Theo Nghị định 100/2019/NĐ-CP, người lái ô tô vi phạm nồng độ cồn ở mức cao nhất bị phạt tối đa 40 triệu đồng và tước giấy phép lái xe 22-24 tháng.

Không chỉ Khánh Hòa, sức tiêu thụ bia cả nước cũng đi xuống. Theo Hiệp hội Bia - Rượu - Nước giải khát Việt Nam (VBA), năm 2023 lượng bia tiêu thụ giảm khoảng 10% so với năm 2022, doanh thu các hãng bia lớn giảm 15-20%.

Trong khi đó, thuế suất thuế tiêu thụ đặc biệt với bia hiện là 65%. Theo dự thảo Luật Thuế tiêu thụ đặc biệt (sửa đổi), mức này dự kiến là 70% vào năm 2026 và 90% vào năm 2030. VBA lo ngại nếu tăng thuế, giá bán lẻ một lon bia có thể tăng thêm 1.500-2.000 đồng, sản lượng tiêu thụ giảm thêm 5-7%, ngân sách có thể hụt thu khoảng 4.000 tỷ đồng mỗi năm.

Xuân Ngọc
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-03-08")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
VN = "Việt Nam"
NT = "Nha Trang"

FIGS = [
    F("giảm 30-40% doanh thu", "30", 30, "percent", "%", "doanh thu quán bia, nhà hàng hải sản",
      value_max=40, location=NT),
    F("hàng trăm quán", "trăm", 100, "count", "quán", "quán phải trả mặt bằng", approx="about",
      location=NT, optional=True),
    F("chỉ có 4 bàn khách", "4", 4, "count", "bàn khách", "bàn khách của quán bia hơi", location=NT),
    F("bán 40-50 két bia", "40", 40, "count", "két", "két bia quán bán mỗi tối trước đây",
      value_max=50, location=NT),
    F("khoảng 15 két", "15", 15, "count", "két", "két bia quán bán mỗi tối", approx="about", location=NT),
    F("từ 12 xuống", "12", 12, "count", "nhân viên", "nhân viên của quán trước khi cắt giảm", location=NT),
    F("xuống 5 nhân viên", "5", 5, "count", "nhân viên", "nhân viên của quán", location=NT),
    F("khoảng 1.500 quán", "1.500", 1500, "count", "quán", "quán bia, nhậu", approx="about", location=NT),
    F("hơn 200 quán", "200", 200, "count", "quán", "quán đóng cửa hoặc chuyển sang bán cà phê", YTD,
      approx="over", location=NT),
    F("hơn 2.300 trường hợp", "2.300", 2300, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn bị xử lý", YTD,
      approx="over"),
    F("gần 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "phạt tiền vi phạm nồng độ cồn", YTD, approx="nearly"),
    F("tối đa 40 triệu đồng", "40", 40e6, "money", "đồng", "mức phạt người lái ô tô vi phạm nồng độ cồn ở mức cao nhất",
      approx="at_most", location=VN),
    F("22-24 tháng", "22", 22, "measure", "tháng", "thời hạn tước giấy phép lái xe", value_max=24, location=VN),
    F("giảm khoảng 10%", "10", 10, "percent", "%", "lượng bia tiêu thụ", Y23, approx="about", location=VN),
    F("giảm 15-20%", "15", 15, "percent", "%", "doanh thu các hãng bia lớn", Y23, value_max=20, location=VN),
    F("hiện là 65%", "65", 65, "percent", "%", "thuế suất thuế tiêu thụ đặc biệt với bia", location=VN),
    F("là 70% vào năm 2026", "70", 70, "percent", "%", "thuế suất thuế tiêu thụ đặc biệt với bia",
      per("năm 2026", "2026-01-01", "2026-12-31"), status="forecast", location=VN),
    F("90% vào năm 2030", "90", 90, "percent", "%", "thuế suất thuế tiêu thụ đặc biệt với bia",
      per("năm 2030", "2030-01-01", "2030-12-31"), status="forecast", location=VN),
    F("tăng thêm 1.500-2.000 đồng", "1.500", 1500, "money", "đồng", "giá bán lẻ một lon bia tăng thêm",
      value_max=2000, status="forecast", location=VN),
    F("giảm thêm 5-7%", "5", 5, "percent", "%", "sản lượng tiêu thụ", value_max=7, status="forecast", location=VN),
    F("khoảng 4.000 tỷ đồng mỗi năm", "4.000", 4e12, "money", "đồng", "ngân sách hụt thu",
      approx="about", status="forecast", location=VN),
]

COMMENTS = [
    "National newspaper (VnExpress style, 'Thứ sáu, 8/3/2024, 07:40 (GMT+7)'): beer pubs in Nha Trang, drink-driving fines, special consumption tax draft (invented).",
    "Distractors: dateline and time, 'Sáu giờ tối' (time of day), đường Trần Phú, person 'Nguyễn Văn Tư', Nghị định 100/2019/NĐ-CP, 'năm 2022' (baseline).",
    "Nha Trang figures → location Nha Trang; provincial police → Khánh Hòa; decree penalties, VBA and tax figures → Việt Nam (national).",
    "'hàng trăm quán' optional (number word, vague). 'cắt giảm từ 12 xuống 5 nhân viên' gives two counts (before / after), no change object.",
    "'dự kiến là 70% vào năm 2026 và 90% vào năm 2030' → forecast. 'VBA lo ngại … có thể tăng thêm …' (a projected effect) → forecast.",
    "'từ đầu năm đến nay' ends at the dateline 2024-03-08.",
]

build("p835-6", TEXT, COMMENTS, FIGS, published="2024-03-08", location="Khánh Hòa")
