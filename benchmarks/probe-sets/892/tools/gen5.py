"""p892-5: Party / provincial newspaper (Báo Hà Tĩnh), gà đồi Hương Sơn vào chuỗi; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Gà đồi Hương Sơn vào chuỗi, nông dân yên tâm tái đàn

Những năm gần đây, chăn nuôi gà đồi theo hướng liên kết đã trở thành sinh kế chính của nhiều hộ dân vùng miền núi Hương Sơn.

Theo Phòng Nông nghiệp và PTNT huyện Hương Sơn, toàn huyện hiện có 48 trang trại và gần 600 gia trại nuôi gà đồi, tổng đàn thường xuyên khoảng 410.000 con. 10 tháng năm 2023, sản lượng gà hơi xuất bán đạt 1.300 tấn, tăng 15% so với cùng kỳ.

Tại xã Sơn Tây, trang trại của anh Nguyễn Văn Bảy rộng 3 ha, nuôi 5.000 con/lứa, một năm xuất 3 lứa. "Nhờ liên kết với hợp tác xã, tôi không lo đầu ra, mỗi năm lãi khoảng 400 triệu đồng", anh Bảy chia sẻ.

Hợp tác xã Nông nghiệp Sơn Tây hiện liên kết với 25 hộ, bao tiêu 100% sản phẩm với giá 75.000 đồng/kg, cao hơn giá thị trường 5.000 đồng/kg. Gà được nuôi theo quy trình VietGAHP, thời gian nuôi tối thiểu 120 ngày, mật độ thả không quá 1,5 con/m2 vườn đồi.

Ông Lê Văn Tám, Phó Trưởng phòng Nông nghiệp và PTNT huyện cho biết: năm 2024, huyện phấn đấu có 60 trang trại gà đồi, sản lượng xuất bán đạt 1.800 tấn. Hiện huyện hỗ trợ 30% kinh phí xây dựng chuồng trại, tối đa 50 triệu đồng/trang trại, theo Nghị quyết số 72/2022/NQ-HĐND của HĐND tỉnh.

Từ thị trấn Phố Châu theo Quốc lộ 8A lên các xã vùng cao, những đồi gà thả vườn đang mở ra hướng thoát nghèo bền vững cho bà con.

THU HÀ
14/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 48 trang trại", "48", 48, "count", "trang trại", "trang trại nuôi gà đồi"),
    F("gần 600 gia trại", "600", 600, "count", "gia trại", "gia trại nuôi gà đồi", approx="nearly"),
    F("khoảng 410.000 con", "410.000", 410000, "count", "con", "tổng đàn gà đồi thường xuyên", approx="about"),
    F("đạt 1.300 tấn", "1.300", 1300, "measure", "tấn", "sản lượng gà hơi xuất bán", M10,
      change=C("increase", 15, "%", "cùng kỳ")),
    F("rộng 3 ha", "3", 3, "measure", "ha", "diện tích trang trại gà của anh Nguyễn Văn Bảy"),
    F("nuôi 5.000 con/lứa", "5.000", 5000, "measure", "con/lứa", "quy mô nuôi gà mỗi lứa của trang trại"),
    F("xuất 3 lứa", "3", 3, "count", "lứa", "lứa gà xuất mỗi năm của trang trại"),
    F("khoảng 400 triệu đồng", "400", 400000000, "money", "đồng", "lãi mỗi năm từ nuôi gà của trang trại",
      approx="about"),
    F("với 25 hộ", "25", 25, "count", "hộ", "hộ liên kết với Hợp tác xã Nông nghiệp Sơn Tây"),
    F("bao tiêu 100%", "100", 100, "percent", "%", "sản phẩm gà được hợp tác xã bao tiêu"),
    F("giá 75.000 đồng/kg", "75.000", 75000, "money", "đồng/kg", "giá hợp tác xã bao tiêu gà",
      change=C("increase", 5000, "đồng/kg", "giá thị trường")),
    F("tối thiểu 120 ngày", "120", 120, "measure", "ngày", "thời gian nuôi gà theo quy trình VietGAHP",
      approx="at_least"),
    F("không quá 1,5 con/m2", "1,5", 1.5, "measure", "con/m2", "mật độ thả gà trên vườn đồi", approx="at_most"),
    F("có 60 trang trại", "60", 60, "count", "trang trại", "trang trại gà đồi", Y24, status="target"),
    F("đạt 1.800 tấn", "1.800", 1800, "measure", "tấn", "sản lượng gà xuất bán", Y24, status="target"),
    F("hỗ trợ 30%", "30", 30, "percent", "%", "mức hỗ trợ kinh phí xây dựng chuồng trại"),
    F("tối đa 50 triệu đồng/trang trại", "50", 50000000, "money", "đồng/trang trại",
      "mức hỗ trợ kinh phí xây dựng chuồng trại tối đa", approx="at_most"),
]

NOTES = [
    "Báo Hà Tĩnh (invented): gà đồi huyện Hương Sơn vào chuỗi; byline 'THU HÀ' and bare date '14/11/2023' at the end = published.",
    "All figures describe the district Hương Sơn (xã Sơn Tây and the farm lie in it); the province is not named in the body.",
    "'cao hơn giá thị trường 5.000 đồng/kg' is the change of the 75.000 đồng/kg price (unit đồng/kg).",
    "'hiện' sentences get no period. 'Hiện huyện hỗ trợ 30% ..., tối đa 50 triệu đồng/trang trại' is a policy in force: actual.",
    "Distractors: names 'Nguyễn Văn Bảy', 'Lê Văn Tám'; 'một năm' (per year); Nghị quyết số 72/2022/NQ-HĐND; Quốc lộ 8A.",
]

write(5, TEXT, FIGS, NOTES, published="2023-11-14", location="Hương Sơn")
