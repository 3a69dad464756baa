from lib import F, P, I, Y, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 29/1/2024, 07:00 (GMT+7)

Tranh Tết bán online tăng gấp 3 lần

Tranh dân gian Đông Hồ, Hàng Trống năm nay bán chạy trên sàn thương mại điện tử, giá phổ biến 50.000-500.000 đồng một bức.

Theo nền tảng phân tích dữ liệu thị trường Metric, trong 4 tuần trước Tết, các sàn Shopee, Lazada, TikTok Shop bán được gần 62.000 sản phẩm tranh dân gian, tranh thư pháp, gấp 3 lần cùng kỳ năm ngoái. Doanh số đạt khoảng 9,3 tỷ đồng, trong đó tranh Đông Hồ chiếm 27%, đứng thứ 2 sau tranh thư pháp chữ Phúc, chữ Lộc. Giá bán trung bình mỗi sản phẩm khoảng 150.000 đồng.

Tại làng Đông Hồ (Bắc Ninh), nghệ nhân Nguyễn Hữu Tâm cho biết mỗi mùa Tết gia đình ông in khoảng 15.000 bức, khoảng 40% được bán qua mạng. Làng từng có 17 dòng họ làm tranh, nay chỉ còn 3 gia đình theo nghề.

Ở phố Hàng Trống (Hà Nội), một bức tranh vẽ tay khổ lớn có giá khoảng 1,8-2,5 triệu đồng, tăng 10% so với Tết năm ngoái. Nghệ nhân Lê Văn Hải, 65 tuổi, là một trong số ít người còn giữ kỹ thuật in nét, tô màu tranh Hàng Trống.

Theo Bộ Công Thương, năm 2023 doanh thu thương mại điện tử bán lẻ (B2C) của Việt Nam đạt khoảng 20,5 tỷ USD, tăng 25% so với năm 2022; nhóm hàng thủ công, mỹ nghệ chiếm khoảng 3%.

Phương Linh
"""

BN, HN = "Bắc Ninh", "Hà Nội"

FIGS = [
    F("online tăng gấp 3 lần", "3", 3, "multiple", "lần", "tranh Tết bán online tăng"),
    F("50.000-500.000 đồng", "50.000", 50000, "money", "đồng/bức", "giá phổ biến tranh dân gian Đông Hồ, Hàng Trống",
      value_max=500000),
    F("gần 62.000 sản phẩm", "62.000", 62000, "count", "sản phẩm",
      "sản phẩm tranh dân gian, tranh thư pháp các sàn bán được", approx="nearly",
      change=CH("increase", 3, "lần", baseline="cùng kỳ năm ngoái")),
    F("khoảng 9,3 tỷ đồng", "9,3", 9.3e9, "money", "đồng", "doanh số tranh dân gian, tranh thư pháp trên các sàn",
      approx="about"),
    F("chiếm 27%", "27", 27, "percent", "%", "tỷ trọng tranh Đông Hồ trong doanh số"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "doanh số tranh Đông Hồ"),
    F("khoảng 150.000 đồng", "150.000", 150000, "money", "đồng", "giá bán trung bình mỗi sản phẩm", approx="about"),
    F("khoảng 15.000 bức", "15.000", 15000, "count", "bức", "tranh gia đình nghệ nhân Nguyễn Hữu Tâm in mỗi mùa Tết",
      approx="about", location=BN),
    F("khoảng 40%", "40", 40, "percent", "%", "tỷ lệ tranh được bán qua mạng", approx="about", location=BN),
    F("17 dòng họ", "17", 17, "count", "dòng họ", "dòng họ làm tranh làng Đông Hồ từng có", location=BN),
    F("3 gia đình", "3", 3, "count", "gia đình", "gia đình làng Đông Hồ còn theo nghề", location=BN),
    F("khoảng 1,8-2,5 triệu đồng", "1,8", 1.8e6, "money", "đồng", "giá tranh Hàng Trống vẽ tay khổ lớn", value_max=2.5e6,
      approx="about", change=CH("increase", 10, baseline="Tết năm ngoái"), location=HN),
    F("65 tuổi", "65", 65, "measure", "tuổi", "tuổi nghệ nhân Lê Văn Hải", location=HN, optional=True),
    F("khoảng 20,5 tỷ USD", "20,5", 20.5e9, "money", "USD", "doanh thu thương mại điện tử bán lẻ (B2C)", Y(2023),
      approx="about", change=CH("increase", 25, baseline="năm 2022")),
    F("khoảng 3%", "3", 3, "percent", "%", "tỷ trọng nhóm hàng thủ công, mỹ nghệ trong doanh thu thương mại điện tử",
      Y(2023), approx="about"),
]

COMMENTS = [
    "National online paper ('Thứ hai, 29/1/2024, 07:00 (GMT+7)'): Tết folk paintings sold on e-commerce platforms, Đông Hồ and",
    "Hàng Trống prices and producers, national B2C e-commerce 2023. Default location Việt Nam (platform-wide, national figures);",
    "the Đông Hồ artisan's figures take Bắc Ninh, the Hàng Trống price Hà Nội.",
    "Headline 'tăng gấp 3 lần' stands alone: a multiple figure. 'gần 62.000 sản phẩm …, gấp 3 lần cùng kỳ năm ngoái' attaches the",
    "multiple to the count as its change (unit lần). 'trong đó tranh Đông Hồ chiếm 27%' and 'nhóm hàng thủ công … chiếm khoảng 3%' are",
    "shares of a part (own percent figures), not shares of the whole before them. 'khoảng 40% được bán qua mạng' likewise.",
    "'trong 4 tuần trước Tết' only places figures in time (no period the spec reads, no figure). Ages optional ('65 tuổi').",
    "Distractors: dateline and '(GMT+7)', 'một bức', 'một trong số ít', 'chữ Phúc, chữ Lộc', '(B2C)'.",
]

if __name__ == "__main__":
    emit("p771-6", TEXT, COMMENTS, FIGS, published="2024-01-29", location="Việt Nam")
