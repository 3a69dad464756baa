"""p759-5: Báo Lào Cai (Party newspaper) — commercial rabbit farming in Bát Xát, household model, 9 months 2023, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÀO CAI
Kinh tế > Nông nghiệp

Bát Xát: Gần 9.500 con thỏ thương phẩm, hướng thoát nghèo mới

(BLC) - Nếu như năm 2020 mới có 5 hộ nuôi thử nghiệm, thì đến nay toàn huyện Bát Xát đã có 86 hộ nuôi thỏ thương phẩm với tổng đàn gần 9.500 con, tập trung ở các xã Quang Kim, Bản Qua, Mường Hum.

Gia đình anh Vàng A Sử ở thôn Tả Pờ Hồ, xã Bản Qua, ngay cạnh Tỉnh lộ 156, hiện nuôi 320 con thỏ sinh sản. Mỗi tháng, gia đình anh xuất bán khoảng 350 - 400 kg thỏ thịt, với giá 85.000 đồng/kg, trừ chi phí thu lãi khoảng 12 triệu đồng.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, 9 tháng năm 2023, sản lượng thịt thỏ hơi xuất bán toàn huyện đạt 38,6 tấn, tăng 45% so với cùng kỳ; doanh thu ước đạt 3,2 tỷ đồng.

Năm 2023, huyện dành 650 triệu đồng từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững để hỗ trợ 42 hộ nghèo, hộ cận nghèo nuôi thỏ; mỗi hộ được nhận 30 con thỏ giống và 1 tấn thức ăn hỗn hợp.

Ông Lý Văn Tấn, Phó Chủ tịch UBND huyện Bát Xát cho biết, thỏ dễ nuôi, ít dịch bệnh, thức ăn chủ yếu là cỏ voi, lá sắn sẵn có; mỗi thỏ cái đẻ 6 - 7 lứa/năm. Huyện đặt mục tiêu đến năm 2025 có ít nhất 150 hộ nuôi thỏ, tổng đàn đạt 20.000 con, thành lập 2 hợp tác xã chăn nuôi thỏ.

Hoàng Anh
22/11/2023
"""

NOW = P("đến nay", end="2023-11-22")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Gần 9.500 con thỏ", "9.500", 9500, "count", "con", "thỏ thương phẩm", approx="nearly"),
    F("mới có 5 hộ", "5", 5, "count", "hộ", "hộ nuôi thỏ thử nghiệm", P("năm 2020", "2020-01-01", "2020-12-31")),
    F("có 86 hộ", "86", 86, "count", "hộ", "hộ nuôi thỏ thương phẩm", NOW),
    F("đàn gần 9.500 con", "9.500", 9500, "count", "con", "tổng đàn thỏ thương phẩm", NOW, approx="nearly"),
    F("nuôi 320 con", "320", 320, "count", "con", "thỏ sinh sản gia đình anh Vàng A Sử nuôi"),
    F("khoảng 350 - 400 kg", "350", 350, "measure", "kg", "thỏ thịt xuất bán mỗi tháng", value_max=400,
      approx="about"),
    F("giá 85.000 đồng/kg", "85.000", 85000, "money", "đồng/kg", "giá bán thỏ thịt"),
    F("khoảng 12 triệu đồng", "12", 12000000, "money", "đồng", "lãi mỗi tháng", approx="about"),
    F("đạt 38,6 tấn", "38,6", 38.6, "measure", "tấn", "sản lượng thịt thỏ hơi xuất bán toàn huyện", M9,
      change=CH("increase", 45, baseline="cùng kỳ")),
    F("ước đạt 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "doanh thu", M9, status="estimate"),
    F("dành 650 triệu đồng", "650", 650000000, "money", "đồng",
      "vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững hỗ trợ nuôi thỏ", Y23),
    F("hỗ trợ 42 hộ", "42", 42, "count", "hộ", "hộ nghèo, hộ cận nghèo được hỗ trợ nuôi thỏ", Y23),
    F("nhận 30 con", "30", 30, "count", "con", "thỏ giống mỗi hộ được nhận", Y23),
    F("và 1 tấn", "1", 1, "measure", "tấn", "thức ăn hỗn hợp mỗi hộ được nhận", Y23),
    F("đẻ 6 - 7 lứa/năm", "6", 6, "measure", "lứa/năm", "số lứa đẻ của mỗi thỏ cái", value_max=7),
    F("ít nhất 150 hộ", "150", 150, "count", "hộ", "hộ nuôi thỏ", T25, approx="at_least", status="target"),
    F("đạt 20.000 con", "20.000", 20000, "count", "con", "tổng đàn thỏ", T25, status="target"),
    F("thành lập 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã chăn nuôi thỏ", T25, status="target"),
]

COMMENTS = [
    "Báo Lào Cai (BLC): nuôi thỏ thương phẩm ở huyện Bát Xát — hộ nuôi, mô hình hộ anh Vàng A Sử, sản lượng 9 tháng 2023, mục tiêu 2025.",
    "Byline and bare date '22/11/2023' at the end give `published`. 'Tỉnh lộ 156' is a road name. Location: the district Bát Xát",
    "(named; the BLC tag would only give Lào Cai). 'đến nay' is an as-of period ending at the article's date; '5 hộ' has its own 'năm 2020'.",
    "The household's monthly sales, price and profit have no dated period ('Mỗi tháng' is a rate, not a period).",
    "'6 - 7 lứa/năm' is a stated fact (measure, rate unit). The headline 9.500 restates the lead's figure (no period in the headline).",
]

if __name__ == "__main__":
    emit("p759-5", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Bát Xát")
