"""p543-4: ministry site (Cục Hàng không Việt Nam, Bộ GTVT), on-time performance Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỤC HÀNG KHÔNG VIỆT NAM
Tin tức > Hoạt động ngành
Ngày đăng: 12/04/2024 | Lượt xem: 1.275

Quý I/2024: Tỷ lệ cất cánh đúng giờ toàn ngành đạt 81,6%

Theo số liệu của Cục Hàng không Việt Nam, trong quý I/2024, các hãng hàng không Việt Nam thực hiện 83.512 chuyến bay, trong đó có 68.146 chuyến bay cất cánh đúng giờ, chiếm tỷ lệ 81,6%; số chuyến bay chậm chuyến là 15.029 chuyến, chiếm 18%; số chuyến bay bị hủy là 337 chuyến, chiếm 0,4%.

Tỷ lệ cất cánh đúng giờ của từng hãng như sau: Bamboo Airways đạt 89,2%, Vietravel Airlines 87,5%, Vietnam Airlines 84,3%, Pacific Airlines 82,1% và Vietjet Air 78,4%. Nguyên nhân chậm chuyến chủ yếu do tàu bay về muộn (chiếm 80,6%), do hãng hàng không (5,2%) và do thời tiết (2,9%).

Trong số 22 cảng hàng không đang khai thác, Cảng hàng không quốc tế Tân Sơn Nhất (TP. Hồ Chí Minh) có tỷ lệ chậm chuyến cao nhất với 21,4%; Cảng hàng không quốc tế Nội Bài (Hà Nội) là 16,8%.

Tổng thị trường vận chuyển hành khách quý I ước đạt 20,7 triệu khách, tăng 2,3% so với cùng kỳ năm 2023; trong đó khách quốc tế ước đạt 9,6 triệu khách, tăng 35,5%; khách nội địa đạt 11,1 triệu khách, giảm 14,6%. Vận chuyển hàng hóa đạt 331.000 tấn, tăng 27,3%.

Cục Hàng không Việt Nam yêu cầu các hãng phấn đấu đạt tỷ lệ cất cánh đúng giờ tối thiểu 85% trong cao điểm hè từ ngày 1/6 đến 31/8/2024.

Địa chỉ: 119 Nguyễn Sơn, quận Long Biên, Hà Nội. Điện thoại: 024.3827.1513.
"""

Q1Y = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1 = P("quý I", "2024-01-01", "2024-03-31")
SUB = "tỷ lệ cất cánh đúng giờ của"

FIGS = [
    F("toàn ngành đạt 81,6%", "81,6", 81.6, "percent", "%",
      "tỷ lệ cất cánh đúng giờ toàn ngành", Q1Y),
    F("thực hiện 83.512 chuyến bay", "83.512", 83512, "count", "chuyến bay",
      "chuyến bay các hãng hàng không Việt Nam thực hiện", Q1Y),
    F("có 68.146 chuyến bay", "68.146", 68146, "count", "chuyến bay",
      "chuyến bay cất cánh đúng giờ", Q1Y, total=83512, percent=81.6),
    F("là 15.029 chuyến", "15.029", 15029, "count", "chuyến",
      "chuyến bay chậm chuyến", Q1Y, total=83512, percent=18),
    F("là 337 chuyến", "337", 337, "count", "chuyến",
      "chuyến bay bị hủy", Q1Y, total=83512, percent=0.4),
    F("Bamboo Airways đạt 89,2%", "89,2", 89.2, "percent", "%", f"{SUB} Bamboo Airways", I(Q1Y)),
    F("Vietravel Airlines 87,5%", "87,5", 87.5, "percent", "%", f"{SUB} Vietravel Airlines", I(Q1Y)),
    F("Vietnam Airlines 84,3%", "84,3", 84.3, "percent", "%", f"{SUB} Vietnam Airlines", I(Q1Y)),
    F("Pacific Airlines 82,1%", "82,1", 82.1, "percent", "%", f"{SUB} Pacific Airlines", I(Q1Y)),
    F("Vietjet Air 78,4%", "78,4", 78.4, "percent", "%", f"{SUB} Vietjet Air", I(Q1Y)),
    F("(chiếm 80,6%)", "80,6", 80.6, "percent", "%",
      "nguyên nhân chậm chuyến do tàu bay về muộn", I(Q1Y)),
    F("(5,2%)", "5,2", 5.2, "percent", "%", "nguyên nhân chậm chuyến do hãng hàng không", I(Q1Y)),
    F("(2,9%)", "2,9", 2.9, "percent", "%", "nguyên nhân chậm chuyến do thời tiết", I(Q1Y)),
    F("Trong số 22 cảng", "22", 22, "count", "cảng hàng không", "cảng hàng không đang khai thác"),
    F("với 21,4%", "21,4", 21.4, "percent", "%",
      "tỷ lệ chậm chuyến của Cảng hàng không quốc tế Tân Sơn Nhất", I(Q1Y), location="Thành phố Hồ Chí Minh"),
    F("là 16,8%", "16,8", 16.8, "percent", "%",
      "tỷ lệ chậm chuyến của Cảng hàng không quốc tế Nội Bài", I(Q1Y), location="Hà Nội"),
    F("ước đạt 20,7 triệu khách", "20,7", 20700000, "count", "khách",
      "tổng thị trường vận chuyển hành khách", Q1, status="estimate",
      change=CH("increase", 2.3, baseline="cùng kỳ năm 2023")),
    F("ước đạt 9,6 triệu khách", "9,6", 9600000, "count", "khách",
      "khách quốc tế", Q1, total=20700000, status="estimate", change=CH("increase", 35.5)),
    F("đạt 11,1 triệu khách", "11,1", 11100000, "count", "khách",
      "khách nội địa", Q1, total=20700000, status="estimate", change=CH("decrease", 14.6)),
    F("đạt 331.000 tấn", "331.000", 331000, "measure", "tấn",
      "vận chuyển hàng hóa", I(Q1), change=CH("increase", 27.3)),
    F("tối thiểu 85%", "85", 85, "percent", "%",
      "tỷ lệ cất cánh đúng giờ trong cao điểm hè",
      P("từ ngày 1/6 đến 31/8/2024", "2024-06-01", "2024-08-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Cục Hàng không Việt Nam, 'Ngày đăng: 12/04/2024 | Lượt xem: 1.275'): on-time performance and traffic, quý I/2024.",
    "National figures: location Việt Nam; airlines are subjects, never places. An airport whose city is named in brackets takes that",
    "city as location (Tân Sơn Nhất → Thành phố Hồ Chí Minh, Nội Bài → Hà Nội).",
    "'chiếm tỷ lệ 81,6%' etc. after a count are its percent; parts after 'trong đó' take 83.512 as total. The domestic part 'đạt 11,1 triệu'",
    "continues the estimated breakdown (status estimate, as shared h28). Cause shares in brackets are percent figures of their own.",
    "Not figures: 'Lượt xem: 1.275', '119 Nguyễn Sơn', phone 024.3827.1513, dates 1/6 and 31/8/2024.",
]

if __name__ == "__main__":
    emit("p543-4", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Việt Nam")
