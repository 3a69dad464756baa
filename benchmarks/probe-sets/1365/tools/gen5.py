"""p1365-5: Party newspaper (Báo Kon Tum, tag (BKT)): Măng Đen living with earthquakes, tourism goes on."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO KON TUM ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Du lịch

Măng Đen bình tĩnh sống chung với động đất

Thứ Tư, 20/11/2024, 07:45

Dù động đất xảy ra thường xuyên, người dân và du khách ở Măng Đen vẫn bình tĩnh; lượng khách đến huyện Kon Plông năm nay tiếp tục tăng.

(BKT) - Từ năm 2021 đến nay, huyện Kon Plông đã ghi nhận hơn 600 trận động đất, phần lớn có độ lớn nhỏ, người dân hầu như không cảm nhận được.

Anh Y Thuận, chủ homestay Gió Ngàn ở thị trấn Măng Đen, cho biết homestay có 12 phòng, giá từ 600.000 đến 900.000 đồng/phòng/đêm. 10 tháng đầu năm nay, homestay đón khoảng 3.400 lượt khách. "Mỗi lần có rung lắc, chúng tôi hướng dẫn khách ra khoảng sân rộng, chưa ai hủy phòng vì động đất", anh Thuận nói.

Theo Phòng Văn hóa - Thông tin huyện, 10 tháng năm 2024, Kon Plông đón khoảng 1,1 triệu lượt khách, tăng 16% so với cùng kỳ; doanh thu du lịch ước đạt 1.050 tỷ đồng, bằng 95% kế hoạch năm. Lượng khách năm 2023 gấp 2,5 lần năm 2021.

Bà Y Ngọc Hà, Phó Chủ tịch UBND huyện, cho biết huyện đã lắp 28 cụm loa cảnh báo tại các thôn, hướng dẫn hơn 1.300 hộ dân gia cố nhà ở. Qua khảo sát, khoảng 70% hộ dân gần khu vực tâm chấn đã nắm được kỹ năng trú ẩn khi có động đất.

Toàn huyện hiện có khoảng 3.000 phòng lưu trú tại 214 cơ sở, trong đó 18 cơ sở đạt chuẩn từ 3 sao trở lên.

HOÀNG LONG
"""

SINCE = period("Từ năm 2021 đến nay", "2021-01-01", "2024-11-20")
TEN_NOW = period("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
TEN = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 600 trận", "600", 600, "count", "trận động đất", approx="over",
      subject="trận động đất huyện Kon Plông ghi nhận", period=SINCE),
    F("có 12 phòng", "12", 12, "count", "phòng", subject="phòng của homestay Gió Ngàn"),
    F("từ 600.000 đến 900.000", "600.000", 600000, "money", "đồng/phòng/đêm", value_max=900000,
      subject="giá phòng homestay"),
    F("khoảng 3.400 lượt", "3.400", 3400, "count", "lượt khách", approx="about",
      subject="lượt khách homestay đón", period=TEN_NOW),
    F("khoảng 1,1 triệu", "1,1", 1.1e6, "count", "lượt khách", approx="about",
      change=change("increase", 16, "%", "cùng kỳ"), subject="lượt khách Kon Plông đón", period=TEN),
    F("ước đạt 1.050 tỷ", "1.050", 1050e9, "money", "đồng", status="estimate", percent=95,
      subject="doanh thu du lịch", period=TEN),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", subject="lượng khách năm 2023 so với năm 2021", period=Y23),
    F("lắp 28 cụm", "28", 28, "count", "cụm loa cảnh báo", subject="cụm loa cảnh báo huyện đã lắp"),
    F("hơn 1.300 hộ", "1.300", 1300, "count", "hộ dân", approx="over",
      subject="hộ dân được hướng dẫn gia cố nhà ở"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="hộ dân gần khu vực tâm chấn đã nắm được kỹ năng trú ẩn"),
    F("khoảng 3.000 phòng", "3.000", 3000, "count", "phòng lưu trú", approx="about",
      subject="phòng lưu trú toàn huyện"),
    F("tại 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở lưu trú"),
    F("trong đó 18 cơ sở", "18", 18, "count", "cơ sở", total=214,
      subject="cơ sở lưu trú đạt chuẩn từ 3 sao trở lên"),
]

NOTES = [
    "Party newspaper (Báo Kon Tum): sapo, tag '(BKT) -', byline; dateline 'Thứ Tư, 20/11/2024, 07:45'.",
    "Distractors: 07:45, hotel class '3 sao', names 'Y Thuận', 'Y Ngọc Hà', homestay 'Gió Ngàn'.",
    "'Từ năm 2021 đến nay' ends at the dateline; '10 tháng đầu năm nay' takes the dateline year (2024-01-01..2024-10-31).",
    "'ước đạt 1.050 tỷ đồng, bằng 95% kế hoạch năm' → estimate, percent 95. 'Lượng khách năm 2023 gấp 2,5 lần năm 2021'",
    "is the claim itself: kind multiple, no change object, period năm 2023.",
    "'khoảng 3.000 phòng lưu trú tại 214 cơ sở, trong đó 18 cơ sở' → the part follows 214 cơ sở (same unit): total 214.",
    "Homestay figures (a business in thị trấn Măng Đen) and district figures are located in Kon Plông.",
]

if __name__ == "__main__":
    write("p1365-5", TEXT, NOTES, FIGS, published="2024-11-20", location="Kon Plông")
