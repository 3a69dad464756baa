"""p1109-5: Party/provincial newspaper (Báo Thừa Thiên Huế), antique market, byline + bare date at the end."""
from lib import F, build, change, period, inherit

TEXT = """Thị trường đồ cổ xứ Huế: Sôi động nhưng lắm hàng giả

Trên các tuyến đường Chi Lăng, Nguyễn Trãi hay quanh chợ Đông Ba, các cửa hàng đồ cổ, đồ xưa luôn tấp nập khách ghé xem. Theo Sở Văn hóa và Thể thao, hiện toàn tỉnh có khoảng 70 cửa hàng, điểm kinh doanh đồ cổ, đồ xưa, tập trung chủ yếu ở thành phố Huế.

Từ năm 2020 đến nay, Sở đã thẩm định, đăng ký cho 1.348 cổ vật của 46 chủ sở hữu tư nhân. Riêng 9 tháng năm 2023, có 212 hiện vật được đăng ký, tăng gần 40% so với cùng kỳ.

Tuy vậy, theo ông Trần Đình Hưng, nhà sưu tầm có hơn 30 năm trong nghề, trên thị trường hiện nay đồ giả cổ chiếm tới 80-90% số hàng bày bán. Giá một chiếc bình gốm men lam thời Nguyễn thật dao động từ 15 đến 40 triệu đồng, trong khi hàng giả cổ cùng kiểu dáng chỉ 300.000-500.000 đồng/chiếc.

Trong tháng 9 vừa qua, Đội Quản lý thị trường số 1 phối hợp Công an thành phố Huế kiểm tra 14 cửa hàng trên đường Chi Lăng, phát hiện 6 cửa hàng vi phạm, tạm giữ 326 sản phẩm gốm sứ, đồ đồng giả cổ không có hóa đơn, chứng từ, trị giá khoảng 415 triệu đồng; xử phạt 6 chủ cơ sở tổng cộng 58 triệu đồng.

Bà Tôn Nữ Thu Ba, chủ một cửa hàng ở số 37 Chi Lăng, cho rằng cần có khu chợ đồ cổ tập trung để dễ quản lý. Theo Sở Văn hóa và Thể thao, năm 2024, tỉnh phấn đấu đưa 100% cơ sở kinh doanh cổ vật vào diện quản lý và đăng ký thêm ít nhất 150 cổ vật; dự kiến thành lập 1 điểm chợ đồ cổ cuối tuần tại khu vực Thượng Tứ.

MINH HIỀN
18/10/2023
"""

SINCE = period("Từ năm 2020 đến nay", "2020-01-01", "2023-10-18")
M9 = period("9 tháng năm 2023", "2023-01-01", "2023-09-30")
SEP = period("Trong tháng 9", "2023-09-01", "2023-09-30")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 70 cửa hàng", "70", 70, "count", "cửa hàng", "cửa hàng, điểm kinh doanh đồ cổ, đồ xưa",
      approx="about"),
    F("cho 1.348 cổ vật", "1.348", 1348, "count", "cổ vật", "cổ vật được thẩm định, đăng ký", SINCE),
    F("của 46 chủ sở hữu", "46", 46, "count", "chủ sở hữu", "chủ sở hữu tư nhân có cổ vật được đăng ký", SINCE),
    F("có 212 hiện vật", "212", 212, "count", "hiện vật", "hiện vật được đăng ký", M9,
      change=change("increase", 40, "%", "cùng kỳ", approx="nearly")),
    F("hơn 30 năm trong nghề", "30", 30, "measure", "năm", "thâm niên của nhà sưu tầm", approx="over",
      optional=True),
    F("tới 80-90%", "80", 80, "percent", "%", "đồ giả cổ trong số hàng bày bán", value_max=90),
    F("từ 15 đến 40 triệu đồng", "15", 15000000, "money", "đồng",
      "giá một chiếc bình gốm men lam thời Nguyễn thật", value_max=40000000),
    F("chỉ 300.000-500.000 đồng/chiếc", "300.000", 300000, "money", "đồng/chiếc",
      "giá hàng giả cổ cùng kiểu dáng", value_max=500000),
    F("kiểm tra 14 cửa hàng", "14", 14, "count", "cửa hàng", "cửa hàng được kiểm tra", SEP, location="Huế"),
    F("phát hiện 6 cửa hàng", "6", 6, "count", "cửa hàng", "cửa hàng vi phạm", SEP, location="Huế"),
    F("tạm giữ 326 sản phẩm", "326", 326, "count", "sản phẩm",
      "sản phẩm gốm sứ, đồ đồng giả cổ không có hóa đơn, chứng từ bị tạm giữ", SEP, location="Huế"),
    F("khoảng 415 triệu đồng", "415", 415000000, "money", "đồng", "trị giá sản phẩm gốm sứ, đồ đồng giả cổ tạm giữ", SEP,
      approx="about", location="Huế"),
    F("xử phạt 6 chủ cơ sở", "6", 6, "count", "chủ cơ sở", "chủ cơ sở bị xử phạt", SEP, location="Huế"),
    F("tổng cộng 58 triệu đồng", "58", 58000000, "money", "đồng", "tiền xử phạt", SEP, location="Huế"),
    F("đưa 100% cơ sở", "100", 100, "percent", "%", "cơ sở kinh doanh cổ vật được đưa vào diện quản lý", Y24,
      status="target"),
    F("ít nhất 150 cổ vật", "150", 150, "count", "cổ vật", "cổ vật đăng ký thêm", Y24,
      approx="at_least", status="target"),
    F("thành lập 1 điểm", "1", 1, "count", "điểm chợ đồ cổ", "điểm chợ đồ cổ cuối tuần thành lập", Y24,
      status="forecast"),
]

NOTES = [
    "Báo Thừa Thiên Huế: thị trường đồ cổ Huế, đăng ký cổ vật, kiểm tra hàng giả cổ; byline MINH HIỀN and bare date 18/10/2023 at the end.",
    "Province figures: Thừa Thiên Huế; the inspection on đường Chi Lăng by Công an thành phố Huế is located in Huế (the city).",
    "'Từ năm 2020 đến nay' ends at the published date. 'Trong tháng 9 vừa qua' = 9/2023 (year of the dateline).",
    "'hơn 30 năm trong nghề' (a collector's experience) optional. 'hiện'/'hiện nay' sentences get no period.",
    "The target sentence continues with 'dự kiến thành lập 1 điểm': that clause is forecast; its period is 'năm 2024' of the sentence.",
    "revised after the first run: subject of 415 triệu used 'hàng hóa', a word the sentence does not use; now the sentence's own noun phrase.",
    "Distractors: Đội Quản lý thị trường số 1, số 37 Chi Lăng, Bà Tôn Nữ Thu Ba, bare date 18/10/2023.",
]

build("p1109-5", TEXT, FIGS, NOTES, published="2023-10-18", location="Thừa Thiên Huế")
