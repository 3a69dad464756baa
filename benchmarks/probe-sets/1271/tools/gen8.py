"""p1271-8: radio/TV site (Đài PT-TH An Giang, ATV): conserving floating rice in Tri Tôn."""
from lib import F, P, I, Y, C, T, write

TEXT = """ATV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH AN GIANG
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Giữ giống lúa mùa nổi ở Tri Tôn

Thứ Sáu, 27/09/2024 - 18:05

(ATV) - Lúa mùa nổi là giống lúa bản địa vươn theo con nước, thân cao 3-4 m, thời gian sinh trưởng khoảng 6 tháng. Diện tích lúa mùa nổi toàn tỉnh An Giang hiện chỉ còn khoảng 150 ha, giảm hơn 90% so với đầu những năm 2000.

Tại xã Vĩnh Phước, huyện Tri Tôn, Tổ hợp tác Lúa mùa nổi Vĩnh Phước với 8 hộ thành viên đang canh tác 25 ha theo hướng hữu cơ, không dùng phân bón hóa học. Năng suất đạt 2,5-3 tấn/ha, nhưng gạo lúa mùa nổi bán được 45.000 đồng/kg, gấp đôi gạo thường. Từ đầu năm đến nay, tổ hợp tác đã tiêu thụ khoảng 38 tấn gạo, thu về hơn 1,7 tỷ đồng.

Ông Chau Sóc Kha, Tổ trưởng Tổ hợp tác, cho biết: "Giá gạo ổn định nên thu nhập mỗi hộ đạt 60-70 triệu đồng/năm, cao hơn trồng lúa ba vụ khoảng 20%".

Trong số 24 giống lúa mùa nổi mà Trung tâm Giống cây trồng Tứ Giác đã thu thập, hiện có 11 giống được lưu giữ trong ngân hàng gen và 5 giống đang được trồng bảo tồn ngoài đồng. Dự kiến năm 2025, diện tích lúa mùa nổi ở Tri Tôn sẽ mở rộng lên 60 ha, với khoảng 20 hộ tham gia.

Video: Giữ giống lúa mùa nổi | Thời lượng 03:12
Xem thêm: Bản tin Nông nghiệp - Nông thôn số 245

Thanh Tâm - Minh Khoa
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-27")
Y25 = Y(2025)
TT = {"location": "Tri Tôn"}

FIGS = [
    F("cao 3-4 m", "3", 3, "measure", "m", value_max=4, subject="chiều cao thân lúa mùa nổi"),
    F("khoảng 6 tháng", "6", 6, "measure", "tháng", approx="about", subject="thời gian sinh trưởng lúa mùa nổi"),
    F("khoảng 150 ha", "150", 150, "measure", "ha", approx="about",
      change=C("decrease", 90, "%", "đầu những năm 2000", approx="over"),
      subject="diện tích lúa mùa nổi toàn tỉnh"),
    F("với 8 hộ", "8", 8, "count", "hộ", subject="hộ thành viên Tổ hợp tác Lúa mùa nổi Vĩnh Phước", **TT),
    F("canh tác 25 ha", "25", 25, "measure", "ha", subject="diện tích tổ hợp tác canh tác theo hướng hữu cơ", **TT),
    F("đạt 2,5-3 tấn/ha", "2,5", 2.5, "measure", "tấn/ha", value_max=3, subject="năng suất lúa mùa nổi", **TT),
    F("được 45.000", "45.000", 45000, "money", "đồng/kg", change=C("increase", 2, "lần", "gạo thường"),
      subject="giá bán gạo lúa mùa nổi", **TT),
    F("khoảng 38 tấn", "38", 38, "measure", "tấn", approx="about", period=YTD,
      subject="gạo tổ hợp tác tiêu thụ", **TT),
    F("hơn 1,7 tỷ", "1,7", 1.7e9, "money", "đồng", approx="over", period=YTD,
      subject="tiền thu về từ tiêu thụ gạo", **TT),
    F("đạt 60-70 triệu", "60", 60e6, "money", "đồng/hộ/năm", value_max=70e6,
      change=C("increase", 20, "%", "trồng lúa ba vụ", approx="about"), subject="thu nhập mỗi hộ", **TT),
    F("Trong số 24 giống", "24", 24, "count", "giống", optional=True,
      subject="giống lúa mùa nổi Trung tâm Giống cây trồng Tứ Giác đã thu thập"),
    F("có 11 giống", "11", 11, "count", "giống", total=24,
      subject="giống lúa mùa nổi được lưu giữ trong ngân hàng gen"),
    F("và 5 giống", "5", 5, "count", "giống", total=24,
      subject="giống lúa mùa nổi đang được trồng bảo tồn ngoài đồng"),
    F("lên 60 ha", "60", 60, "measure", "ha", status="forecast", period=Y25,
      subject="diện tích lúa mùa nổi ở Tri Tôn", **TT),
    F("khoảng 20 hộ", "20", 20, "count", "hộ", approx="about", status="forecast", period=Y25,
      subject="hộ tham gia trồng lúa mùa nổi", **TT),
]

NOTES = [
    "Radio/TV site (Đài PT-TH An Giang, ATV): menu, 'Thứ Sáu, 27/09/2024 - 18:05', tag '(ATV) -', video line, byline at the end.",
    "Distractors: 18:05, 'đầu những năm 2000' (a baseline), 'trồng lúa ba vụ' (a cropping system, not a count),",
    "'Thời lượng 03:12' (a clip length in page furniture), 'Bản tin … số 245'.",
    "'gấp đôi gạo thường' → change 2 lần of the price. 'thu nhập mỗi hộ đạt 60-70 triệu đồng/năm' → unit đồng/hộ/năm;",
    "'cao hơn trồng lúa ba vụ khoảng 20%' is its change (about).",
    "'Trong số 24 giống … đã thu thập, hiện có 11 … và 5 …' → totals 24; the 24 itself states what was collected but mainly",
    "serves as the whole: optional. 'Từ đầu năm đến nay' → 2024-01-01 to the dateline. 'Dự kiến năm 2025 … sẽ' → forecast.",
    "Location: the tag ATV implies An Giang (the province sentence names it); the Vĩnh Phước passage and the 2025 plan are in Tri Tôn;",
    "the breed's traits and the Trung tâm's collection stay An Giang.",
]

if __name__ == "__main__":
    write("p1271-8", TEXT, NOTES, FIGS, published="2024-09-27", location="An Giang")
