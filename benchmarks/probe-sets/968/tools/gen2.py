"""p968-2: district portal of Kỳ Sơn (Nghệ An), models of native black pig raising for poor households."""
from lib import F, change, period, inherit, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Trang chủ / Tin tức / Nông nghiệp - Nông thôn

Nhân rộng mô hình nuôi lợn đen bản địa ở vùng cao Kỳ Sơn

Ngày đăng: 14/11/2023 - 10:20

Từ đầu năm đến nay, huyện Kỳ Sơn đã triển khai 12 mô hình nuôi lợn đen bản địa tại 9 xã, với 286 hộ tham gia, trong đó 241 hộ là hộ nghèo, hộ cận nghèo. Tổng kinh phí thực hiện hơn 3,6 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; trong đó ngân sách nhà nước hỗ trợ 2,9 tỷ đồng, người dân đối ứng khoảng 700 triệu đồng.

Mỗi hộ được nhận 2 con lợn nái giống nặng 15-20 kg/con, kèm 200 kg thức ăn hỗn hợp và vắc xin phòng bệnh. Sau 10 tháng, tỷ lệ lợn nái sống đạt 96,5%; đã có 118 lợn nái đẻ lứa đầu, bình quân 7,2 con/lứa.

Tại xã Mường Lống, giá lợn đen thương phẩm hiện ở mức 110.000-130.000 đồng/kg, dịp Tết có lúc lên tới 150.000 đồng/kg. Anh Lầu Bá Chư ở bản Mường Lống 1 cho biết, năm 2022 gia đình anh bán 14 con lợn thịt, thu về gần 60 triệu đồng.

Theo kế hoạch, năm 2024 huyện phấn đấu nhân rộng thêm 8 mô hình, nâng tổng đàn lợn đen bản địa toàn huyện lên 15.000 con, tăng khoảng 20% so với hiện nay.

Lô Thị Hương (Phòng NN&PTNT huyện)

Địa chỉ: Khối 2, thị trấn Mường Xén, huyện Kỳ Sơn, tỉnh Nghệ An - Điện thoại: 0238.3875.126
"""

YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-11-14")
Y22 = period("năm 2022", "2022-01-01", "2022-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("triển khai 12 mô hình", "12", 12, "count", "mô hình", "mô hình nuôi lợn đen bản địa đã triển khai", YTD),
    F("tại 9 xã", "9", 9, "count", "xã", "xã triển khai mô hình nuôi lợn đen bản địa", YTD),
    F("với 286 hộ", "286", 286, "count", "hộ", "hộ tham gia mô hình", YTD),
    F("trong đó 241 hộ", "241", 241, "count", "hộ", "hộ nghèo, hộ cận nghèo tham gia mô hình", YTD, total=286),
    F("hơn 3,6 tỷ đồng", "3,6", 3_600_000_000, "money", "đồng", "tổng kinh phí thực hiện", inherit(YTD),
      approx="over"),
    F("hỗ trợ 2,9 tỷ đồng", "2,9", 2_900_000_000, "money", "đồng", "ngân sách nhà nước hỗ trợ", inherit(YTD),
      total=3_600_000_000),
    F("khoảng 700 triệu đồng", "700", 700_000_000, "money", "đồng", "người dân đối ứng", inherit(YTD),
      approx="about", total=3_600_000_000),
    F("nhận 2 con lợn nái giống", "2", 2, "count", "con", "lợn nái giống mỗi hộ được nhận"),
    F("nặng 15-20 kg/con", "15", 15, "measure", "kg/con", "trọng lượng lợn nái giống", value_max=20,
      optional=True),
    F("kèm 200 kg", "200", 200, "measure", "kg", "thức ăn hỗn hợp mỗi hộ được nhận"),
    F("sống đạt 96,5%", "96,5", 96.5, "percent", "%", "tỷ lệ lợn nái sống"),
    F("có 118 lợn nái", "118", 118, "count", "lợn nái", "lợn nái đẻ lứa đầu"),
    F("bình quân 7,2 con/lứa", "7,2", 7.2, "measure", "con/lứa", "số con bình quân mỗi lứa"),
    F("mức 110.000-130.000 đồng/kg", "110.000", 110000, "money", "đồng/kg",
      "giá lợn đen thương phẩm tại xã Mường Lống", value_max=130000),
    F("lên tới 150.000 đồng/kg", "150.000", 150000, "money", "đồng/kg", "giá lợn đen thương phẩm dịp Tết"),
    F("bán 14 con lợn thịt", "14", 14, "count", "con", "lợn thịt gia đình anh Lầu Bá Chư bán", Y22),
    F("gần 60 triệu đồng", "60", 60_000_000, "money", "đồng", "tiền thu về từ bán lợn thịt", Y22,
      approx="nearly"),
    F("thêm 8 mô hình", "8", 8, "count", "mô hình", "mô hình nuôi lợn đen bản địa nhân rộng thêm", Y24,
      status="target"),
    F("lên 15.000 con", "15.000", 15000, "count", "con", "tổng đàn lợn đen bản địa toàn huyện", Y24,
      change=change("increase", 20, approx="about", baseline="hiện nay"), status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Kỳ Sơn (Nghệ An): mô hình nuôi lợn đen bản địa cho hộ nghèo, 2023. Dateline 'Ngày đăng: 14/11/2023 - 10:20'.",
    "Location is the district (Kỳ Sơn); commune figures (Mường Lống) lie in it. 'Từ đầu năm đến nay' runs to the dateline.",
    "'Sau 10 tháng' is a duration, 'bản Mường Lống 1', 'Khối 2' and the phone number are names; none are figures.",
    "The 2,9 tỷ and 700 triệu parts follow 'trong đó' after the 3,6 tỷ whole. '15-20 kg/con' (specification of the pigs) is optional.",
]

if __name__ == "__main__":
    write(2, TEXT, NOTES, FIGS, published="2023-11-14", location="Kỳ Sơn")
