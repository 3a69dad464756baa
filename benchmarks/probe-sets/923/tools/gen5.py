"""p923-5: Báo Nghệ An style, huyện Thanh Chương, cá lăng in ponds; byline and bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Thanh Chương: Nông dân làm giàu từ nuôi cá lăng trong ao

Những năm gần đây, nhiều hộ dân ở huyện Thanh Chương đã chuyển diện tích ao hồ kém hiệu quả sang nuôi cá lăng chấm, cá lăng nha. Đến nay, toàn huyện có 57 hộ nuôi cá lăng với tổng diện tích gần 24 ha, tăng 2,1 lần so với năm 2020. Thanh Chương hiện là địa phương có diện tích nuôi cá lăng trong ao lớn thứ 2 của tỉnh, sau huyện Đô Lương.

Ông Phan Văn Hòa ở xóm 7, xã Thanh Hưng là một trong những người đi đầu. Năm 2019, ông cải tạo 5.000 m2 ao để thả 4.000 con cá lăng giống. Hiện gia đình ông có 4 ao với tổng diện tích 1,5 ha, thả nuôi với mật độ 3-4 con/m2. Sau 10-12 tháng nuôi, cá đạt trọng lượng 1,2-1,5 kg/con. Với giá bán tại ao 120.000 đồng/kg, năm 2022 gia đình ông thu về hơn 1,8 tỷ đồng, trừ chi phí lãi khoảng 600 triệu đồng.

Theo Phòng Nông nghiệp và PTNT huyện, năm 2022 sản lượng cá lăng nuôi ao của huyện đạt 312 tấn, giá trị khoảng 36 tỷ đồng. 5 tháng đầu năm 2023, các hộ đã xuất bán 138 tấn, tăng 17% so với cùng kỳ. Cá lăng Thanh Chương được giới thiệu tại Hội chợ nông sản huyện lần thứ 3 và được thương lái từ Vinh, Hà Tĩnh đến tận ao thu mua.

Huyện đặt mục tiêu đến năm 2025 phát triển 40 ha nuôi cá lăng, sản lượng trên 500 tấn/năm; mỗi năm hỗ trợ 50% kinh phí mua giống cho các hộ nuôi mới theo Nghị quyết số 12/2021/NQ-HĐND.

NGUYỄN HẢI

18/06/2023
"""

NOW = P("Đến nay", None, "2023-06-18")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 57 hộ", "57", 57, "count", "hộ", "hộ nuôi cá lăng", NOW),
    F("gần 24 ha", "24", 24, "measure", "ha", "diện tích nuôi cá lăng", NOW, approx="nearly",
      change=C("increase", 2.1, "lần", "năm 2020")),
    F("lớn thứ 2", "2", 2, "rank", "hạng", "diện tích nuôi cá lăng trong ao của tỉnh"),
    F("cải tạo 5.000 m2", "5.000", 5000, "measure", "m2", "diện tích ao ông Phan Văn Hòa cải tạo",
      P("Năm 2019", "2019-01-01", "2019-12-31")),
    F("thả 4.000 con", "4.000", 4000, "count", "con", "cá lăng giống thả nuôi",
      P("Năm 2019", "2019-01-01", "2019-12-31")),
    F("có 4 ao", "4", 4, "count", "ao", "ao nuôi của gia đình ông Phan Văn Hòa"),
    F("tích 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích ao nuôi của gia đình ông Phan Văn Hòa"),
    F("mật độ 3-4 con/m2", "3", 3, "measure", "con/m2", "mật độ thả nuôi", value_max=4),
    F("Sau 10-12 tháng nuôi", "10", 10, "measure", "tháng", "thời gian nuôi", value_max=12, optional=True),
    F("trọng lượng 1,2-1,5 kg/con", "1,2", 1.2, "measure", "kg/con", "trọng lượng cá lăng thương phẩm",
      value_max=1.5),
    F("tại ao 120.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", "giá bán cá lăng tại ao", Y22),
    F("hơn 1,8 tỷ đồng", "1,8", 1_800_000_000, "money", "đồng", "tiền gia đình ông Phan Văn Hòa thu về", Y22,
      approx="over"),
    F("khoảng 600 triệu đồng", "600", 600_000_000, "money", "đồng", "lãi sau khi trừ chi phí", Y22,
      approx="about"),
    F("đạt 312 tấn", "312", 312, "measure", "tấn", "sản lượng cá lăng nuôi ao", Y22),
    F("khoảng 36 tỷ đồng", "36", 36_000_000_000, "money", "đồng", "giá trị cá lăng nuôi ao", Y22,
      approx="about"),
    F("xuất bán 138 tấn", "138", 138, "measure", "tấn", "cá lăng xuất bán",
      P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31"), change=C("increase", 17, "%", "cùng kỳ")),
    F("phát triển 40 ha", "40", 40, "measure", "ha", "diện tích nuôi cá lăng", Y25, status="target"),
    F("trên 500 tấn/năm", "500", 500, "measure", "tấn/năm", "sản lượng cá lăng", Y25,
      approx="over", status="target"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "mức hỗ trợ kinh phí mua giống cho hộ nuôi mới", Y25,
      status="target"),
]

COMMENTS = [
    "Provincial Party newspaper (Báo Nghệ An style): huyện Thanh Chương, cá lăng in ponds; byline 'NGUYỄN HẢI' and bare date 18/06/2023 at the end.",
    "Invented for probe set 923. Location Thanh Chương throughout (the farmer's commune lies in it).",
    "Not figures: xóm 7, Hội chợ ... lần thứ 3 (ordinal), Nghị quyết số 12/2021/NQ-HĐND, the bare date, 'Đến nay', 'Năm 2019' (a year).",
    "'Đến nay' is as-of the date at the end. 'tăng 2,1 lần so với năm 2020' is the change (unit lần) of gần 24 ha. 'lớn thứ 2' is a rank.",
    "'Sau 10-12 tháng nuôi' (the cycle before the harvest weight): optional. The price in 'Với giá bán ... 120.000 đồng/kg, năm 2022 ...' takes năm 2022.",
    "'Huyện đặt mục tiêu đến năm 2025 ...; mỗi năm hỗ trợ 50% ...' is all target.",
]

if __name__ == "__main__":
    build("p923-5", TEXT, COMMENTS, FIGS, published="2023-06-18", location="Thanh Chương")
