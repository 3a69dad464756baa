"""p554-4: Bộ Kế hoạch và Đầu tư (ministry site): FDI into Việt Nam to 20/9/2024, partners, sectors, provinces."""
from lib import *

TEXT = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Trang chủ / Tin tức / Đầu tư nước ngoài

Tình hình thu hút đầu tư nước ngoài 9 tháng năm 2024

Ngày 29/09/2024 | 10:15 | Cục Đầu tư nước ngoài

Tính đến ngày 20/9/2024, tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam bao gồm vốn đăng ký cấp mới, điều chỉnh và góp vốn mua cổ phần đạt gần 24,78 tỷ USD, tăng 11,6% so với cùng kỳ năm 2023. Trong đó:
- Vốn đăng ký cấp mới: có 2.374 dự án mới được cấp phép, tăng 1,2% so với cùng kỳ; tổng vốn đăng ký đạt 14,17 tỷ USD, giảm 2,1%.
- Vốn đăng ký điều chỉnh: có 1.006 lượt dự án đăng ký điều chỉnh vốn, tăng 12,1%; tổng vốn đăng ký tăng thêm đạt 7,7 tỷ USD, tăng 50,4%.
- Góp vốn, mua cổ phần: có 2.384 lượt, tổng giá trị góp vốn đạt 2,91 tỷ USD, tăng 8,3%.

Vốn thực hiện của các dự án đầu tư nước ngoài 9 tháng ước đạt 17,34 tỷ USD, tăng 8,9% so với cùng kỳ năm 2023, là mức giải ngân cao nhất của 9 tháng trong 5 năm qua.

Nhà đầu tư nước ngoài đã đầu tư vào 18 ngành trong tổng số 21 ngành kinh tế quốc dân, trong đó công nghiệp chế biến, chế tạo dẫn đầu với tổng vốn đạt 15,52 tỷ USD, chiếm 62,6% tổng vốn đầu tư đăng ký.

Trong số 110 quốc gia và vùng lãnh thổ có đầu tư tại Việt Nam 9 tháng năm 2024, Singapore dẫn đầu với tổng vốn đầu tư 7,35 tỷ USD, chiếm 29,7%; Nhật Bản, Hồng Kông (Trung Quốc) và Trung Quốc lần lượt xếp thứ 2, 3 và 4 với 2,93 tỷ USD; 2,57 tỷ USD và 2,55 tỷ USD.

Cả nước có 55 tỉnh, thành phố có dự án đầu tư nước ngoài; dẫn đầu là Bắc Ninh (3,77 tỷ USD), Quảng Ninh (2,35 tỷ USD), TP. Hồ Chí Minh (1,92 tỷ USD) và Hải Phòng (1,86 tỷ USD).

Địa chỉ: Số 6B Hoàng Diệu, Ba Đình, Hà Nội. Căn cứ Nghị định số 31/2021/NĐ-CP.
Lượt xem: 3.207
"""

AS = P("Tính đến ngày 20/9/2024", None, "2024-09-20")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9Y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
VN = "Việt Nam"

FIGS = [
    F("gần 24,78 tỷ USD", "24,78", 24.78e9, "money", "USD", "tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam", AS,
      approx="nearly", change=CH("increase", 11.6, baseline="cùng kỳ năm 2023")),
    F("có 2.374 dự án", "2.374", 2374, "count", "dự án", "dự án mới được cấp phép", I(AS),
      change=CH("increase", 1.2, baseline="cùng kỳ")),
    F("đạt 14,17 tỷ USD", "14,17", 14.17e9, "money", "USD", "tổng vốn đăng ký cấp mới", I(AS),
      total=24.78e9, change=CH("decrease", 2.1)),
    F("có 1.006 lượt", "1.006", 1006, "count", "lượt dự án", "lượt dự án đăng ký điều chỉnh vốn", I(AS),
      change=CH("increase", 12.1)),
    F("đạt 7,7 tỷ USD", "7,7", 7.7e9, "money", "USD", "tổng vốn đăng ký tăng thêm", I(AS),
      total=24.78e9, change=CH("increase", 50.4)),
    F("có 2.384 lượt", "2.384", 2384, "count", "lượt", "lượt góp vốn, mua cổ phần", I(AS)),
    F("đạt 2,91 tỷ USD", "2,91", 2.91e9, "money", "USD", "tổng giá trị góp vốn", I(AS),
      total=24.78e9, change=CH("increase", 8.3)),
    F("ước đạt 17,34 tỷ USD", "17,34", 17.34e9, "money", "USD", "vốn thực hiện của các dự án đầu tư nước ngoài", M9,
      change=CH("increase", 8.9, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("vào 18 ngành", "18", 18, "count", "ngành", "ngành kinh tế quốc dân có nhà đầu tư nước ngoài đầu tư", total=21),
    F("đạt 15,52 tỷ USD", "15,52", 15.52e9, "money", "USD", "tổng vốn đầu tư công nghiệp chế biến, chế tạo",
      percent=62.6),
    F("Trong số 110 quốc gia", "110", 110, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có đầu tư tại Việt Nam", M9Y),
    F("đầu tư 7,35 tỷ USD", "7,35", 7.35e9, "money", "USD", "tổng vốn đầu tư của Singapore", M9Y, percent=29.7),
    F("thứ 2, 3", "2", 2, "rank", "hạng", "vốn đầu tư của Nhật Bản", M9Y),
    F(", 3 và 4", "3", 3, "rank", "hạng", "vốn đầu tư của Hồng Kông (Trung Quốc)", M9Y),
    F("3 và 4 với", "4", 4, "rank", "hạng", "vốn đầu tư của Trung Quốc", M9Y),
    F("với 2,93 tỷ USD", "2,93", 2.93e9, "money", "USD", "tổng vốn đầu tư của Nhật Bản", M9Y),
    F("2,57 tỷ USD", "2,57", 2.57e9, "money", "USD", "tổng vốn đầu tư của Hồng Kông (Trung Quốc)", M9Y),
    F("2,55 tỷ USD", "2,55", 2.55e9, "money", "USD", "tổng vốn đầu tư của Trung Quốc", M9Y),
    F("có 55 tỉnh", "55", 55, "count", "tỉnh, thành phố", "tỉnh, thành phố có dự án đầu tư nước ngoài"),
    F("(3,77 tỷ USD)", "3,77", 3.77e9, "money", "USD", "vốn đầu tư nước ngoài", location="Bắc Ninh"),
    F("(2,35 tỷ USD)", "2,35", 2.35e9, "money", "USD", "vốn đầu tư nước ngoài", location="Quảng Ninh"),
    F("(1,92 tỷ USD)", "1,92", 1.92e9, "money", "USD", "vốn đầu tư nước ngoài", location="Thành phố Hồ Chí Minh"),
    F("(1,86 tỷ USD)", "1,86", 1.86e9, "money", "USD", "vốn đầu tư nước ngoài", location="Hải Phòng"),
]

COMMENTS = [
    "Bộ KH&ĐT (Cục Đầu tư nước ngoài), 29/09/2024: FDI đến 20/9/2024 — cấp mới, điều chỉnh, góp vốn; giải ngân; ngành; đối tác; địa phương.",
    "'Trong đó:' then three bullets: the three capital amounts are parts of 24,78 tỷ USD (they add up); the counts are not parts of money.",
    "Bullet changes without 'so với' are still changes of their figure. '18 ngành trong tổng số 21 ngành' → total 21 (21 is no figure).",
    "'trong đó công nghiệp chế biến ... 15,52 tỷ USD' follows the count of sectors, which counts another thing: no total; 62,6% is its percent.",
    "Ranks 'lần lượt xếp thứ 2, 3 và 4' are three rank figures; investors stay in the subject and the location is Việt Nam (h26).",
    "Provinces in brackets go to location. '5 năm qua' is a duration, not a figure. Sentences without a period phrase carry none.",
    "Distractors: Số 6B Hoàng Diệu, Nghị định số 31/2021/NĐ-CP, Lượt xem: 3.207, the 'Ngày 29/09/2024 | 10:15' line.",
]

emit("p554-4", TEXT, COMMENTS, FIGS, published="2024-09-29", location="Việt Nam")
