from lib import *

A = """Giá thịt lợn, rau xanh tăng nhẹ những ngày giáp Tết
Thu Hà 15:42, 05/02/2024

(Baohatinh.vn) - Những ngày cận Tết Giáp Thìn, sức mua tại các chợ, siêu thị trên địa bàn Hà Tĩnh tăng mạnh; giá một số mặt hàng thực phẩm tươi sống nhích lên nhưng không có biến động bất thường.

Tại chợ thành phố Hà Tĩnh, giá thịt lợn mông sấn dao động 120.000-130.000 đồng/kg, tăng khoảng 10.000 đồng/kg so với tuần trước; thịt ba chỉ 140.000 đồng/kg; sườn non 160.000 đồng/kg. Thịt bò thăn ở mức 280.000 đồng/kg, giữ ổn định. Gà ta nguyên con có giá từ 130.000 đến 150.000 đồng/kg.

Giá rau xanh các loại tăng 20-30% so với ngày thường. Rau cải ngọt có giá 25.000 đồng/kg, su hào 15.000 đồng/củ, hành lá lên tới 60.000 đồng/kg. Mặt hàng gạo giữ ổn định: gạo tẻ thường 14.000-15.500 đồng/kg, gạo nếp cái hoa vàng 32.000 đồng/kg.

Giá lợn hơi tại các huyện cũng tăng nhẹ: Hương Khê 55.000 đồng/kg, Cẩm Xuyên 54.000 đồng/kg, Kỳ Anh 56.000 đồng/kg.

Tại Siêu thị Co.opmart Hà Tĩnh, khoảng 70% hàng hóa thuộc danh mục bình ổn giá; bình quân mỗi ngày siêu thị đón 5.000 lượt khách, gấp 2 lần ngày thường. Sức mua tại các chợ truyền thống cũng tăng gấp 1,5 lần. Theo Sở Công Thương, toàn tỉnh có 112 điểm bán hàng bình ổn; tổng giá trị hàng hóa dự trữ dịp Tết khoảng 1.350 tỷ đồng, tăng 8% so với năm trước.

Đội Quản lý thị trường số 3 đã kiểm tra 27 cơ sở kinh doanh, xử lý 4 trường hợp vi phạm về niêm yết giá, phạt tiền 18,5 triệu đồng. Siêu thị mở cửa đến 22 giờ hằng ngày và nghỉ từ chiều 9/2 (30 Tết) đến hết mùng 2 Tết.

Thu Hà
"""

figs = [
    F("dao động 120.000-130.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", "giá thịt lợn mông sấn",
      value_max=130000, change=CH("increase", 10000, "đồng/kg", "tuần trước", "about")),
    F("ba chỉ 140.000 đồng/kg", "140.000", 140000, "money", "đồng/kg", "giá thịt ba chỉ"),
    F("sườn non 160.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", "giá sườn non"),
    F("ở mức 280.000 đồng/kg", "280.000", 280000, "money", "đồng/kg", "giá thịt bò thăn"),
    F("từ 130.000 đến 150.000 đồng/kg", "130.000", 130000, "money", "đồng/kg", "giá gà ta nguyên con",
      value_max=150000),
    F("tăng 20-30% so với ngày thường", "20", 20, "percent", "%", "giá rau xanh các loại", value_max=30),
    F("có giá 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá rau cải ngọt"),
    F("su hào 15.000 đồng/củ", "15.000", 15000, "money", "đồng/củ", "giá su hào"),
    F("lên tới 60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá hành lá"),
    F("thường 14.000-15.500 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá gạo tẻ thường", value_max=15500),
    F("vàng 32.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", "giá gạo nếp cái hoa vàng"),
    F("Hương Khê 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá lợn hơi", location="Hương Khê"),
    F("Cẩm Xuyên 54.000 đồng/kg", "54.000", 54000, "money", "đồng/kg", "giá lợn hơi", location="Cẩm Xuyên"),
    F("Kỳ Anh 56.000 đồng/kg", "56.000", 56000, "money", "đồng/kg", "giá lợn hơi", location="Kỳ Anh"),
    F("khoảng 70% hàng hóa", "70", 70, "percent", "%", "hàng hóa thuộc danh mục bình ổn giá tại Siêu thị Co.opmart",
      approx="about"),
    F("đón 5.000 lượt khách", "5.000", 5000, "count", "lượt khách", "lượt khách siêu thị đón bình quân mỗi ngày",
      change=CH("increase", 2, "lần", "ngày thường")),
    F("tăng gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "sức mua tại các chợ truyền thống"),
    F("có 112 điểm bán hàng", "112", 112, "count", "điểm bán hàng", "điểm bán hàng bình ổn"),
    F("khoảng 1.350 tỷ đồng", "1.350", 1350e9, "money", "đồng", "tổng giá trị hàng hóa dự trữ dịp Tết",
      approx="about", change=CH("increase", 8, "%", "năm trước")),
    F("kiểm tra 27 cơ sở", "27", 27, "count", "cơ sở kinh doanh", "cơ sở kinh doanh được kiểm tra"),
    F("xử lý 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp vi phạm về niêm yết giá bị xử lý"),
    F("phạt tiền 18,5 triệu đồng", "18,5", 18.5e6, "money", "đồng", "tiền phạt vi phạm về niêm yết giá"),
]

write("p357-2", A, figs, [
    "Báo Hà Tĩnh (Party newspaper): market prices in the days before Tết 2024. Byline + 'HH:MM, DD/MM/YYYY' dateline; '(Baohatinh.vn)' tag implies Hà Tĩnh.",
    "No period phrase stands with any figure (only 'những ngày cận Tết', 'so với tuần trước/ngày thường/năm trước' baselines): no periods.",
    "Prices are money in đồng per unit ('đồng/kg', 'đồng/củ'); ranges give value_max. 'tăng khoảng 10.000 đồng/kg so với tuần trước' is the change of the range (unit đồng/kg, approx about).",
    "'Giá rau xanh các loại tăng 20-30%' has no base amount: a percent range standing as the claim (own sentence, not attached to the next prices).",
    "District list of live-pig prices: districts to location, subject the list's indicator. '5.000 lượt khách, gấp 2 lần ngày thường': change in lần of 5.000; 'Sức mua … tăng gấp 1,5 lần' stands alone: multiple.",
    "Distractors: 'Đội Quản lý thị trường số 3' (name), '22 giờ' (time), 'chiều 9/2 (30 Tết)', 'mùng 2 Tết' (dates), 'Co.opmart'.",
], published="2024-02-05", location="Hà Tĩnh")
