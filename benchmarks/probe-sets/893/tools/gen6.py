"""p893-6: national newspaper (VnExpress style) - TP HCM boarding houses empty as workers lose jobs, March 2023."""
from lib import F, P, I, C, T, build

TEXT = """
Thời sự > Dân sinh

Thứ tư, 15/3/2023, 05:30 (GMT+7)

Giảm giá 20-30%, phòng trọ công nhân vẫn bỏ trống

Dãy trọ 30 phòng của bà Nguyễn Thị Tám ở phường Linh Trung, TP Thủ Đức, gần Khu chế xuất Linh Trung, hiện trống 12 phòng. Phòng rộng 18 m2 được bà giảm từ 2 triệu xuống 1,6 triệu đồng mỗi tháng nhưng vẫn ít người hỏi thuê.

Theo Liên đoàn Lao động TP HCM, từ tháng 10/2022 đến nay, hơn 67.000 lao động trên địa bàn bị mất việc hoặc giảm giờ làm, chủ yếu trong ngành may mặc, da giày và điện tử. Khảo sát của đơn vị này tại 150 khu trọ cho thấy tỷ lệ phòng trống bình quân 22%, có nơi trên 40%.

Tại Khu chế xuất Tân Thuận (quận 7), số công nhân giảm từ 62.000 người cuối năm 2021 xuống còn khoảng 54.000 người hiện nay. Nhiều chủ trọ ở phường Tân Thuận Đông đã giảm giá thuê 300.000-500.000 đồng mỗi phòng, miễn phí gửi xe để giữ khách.

Năm 2022, thành phố đã chi hơn 1.053 tỷ đồng hỗ trợ tiền thuê nhà cho gần 1,3 triệu lượt lao động theo Quyết định 08/2022/QĐ-TTg, mức 500.000 đồng/người/tháng, tối đa 3 tháng.

Trên cả nước, theo Tổng Liên đoàn Lao động Việt Nam, khoảng 1,3 triệu công nhân đang ở trọ, chỉ 7% công nhân khu công nghiệp được ở nhà lưu trú hoặc nhà ở xã hội. Ông Trần Văn Bảy, Phó trưởng Ban Quan hệ lao động, cho rằng nếu không có chính sách hỗ trợ, số phòng trọ bỏ trống có thể còn tăng trong quý II/2023.

Hà An
"""

NOW = P("từ tháng 10/2022 đến nay", "2022-10-01", "2023-03-15")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
HCM = "TP Hồ Chí Minh"
Q7 = "Quận 7"

FIGS = [
    F("Giảm giá 20-30%", "20", 20, "percent", "%", "mức giảm giá phòng trọ công nhân", value_max=30, location=HCM),
    F("Dãy trọ 30 phòng", "30", 30, "count", "phòng", "phòng của dãy trọ", location="Thủ Đức"),
    F("trống 12 phòng", "12", 12, "count", "phòng", "phòng trọ bỏ trống", location="Thủ Đức"),
    F("rộng 18 m2", "18", 18, "measure", "m2", "diện tích phòng trọ", location="Thủ Đức", optional=True),
    F("từ 2 triệu xuống", "2", 2000000, "money", "đồng/tháng", "giá thuê phòng trước khi giảm",
      location="Thủ Đức"),
    F("xuống 1,6 triệu", "1,6", 1600000, "money", "đồng/tháng", "giá thuê phòng sau khi giảm",
      location="Thủ Đức"),
    F("hơn 67.000 lao động", "67.000", 67000, "count", "lao động", "lao động bị mất việc hoặc giảm giờ làm",
      NOW, approx="over", location=HCM),
    F("tại 150 khu trọ", "150", 150, "count", "khu trọ", "khu trọ được khảo sát", I(NOW), location=HCM),
    F("bình quân 22%", "22", 22, "percent", "%", "tỷ lệ phòng trống bình quân", I(NOW), location=HCM),
    F("trên 40%", "40", 40, "percent", "%", "tỷ lệ phòng trống", I(NOW), approx="over", location=HCM),
    F("từ 62.000 người", "62.000", 62000, "count", "người", "công nhân tại Khu chế xuất Tân Thuận",
      P("cuối năm 2021", end="2021-12-31"), location=Q7),
    F("khoảng 54.000 người", "54.000", 54000, "count", "người", "công nhân tại Khu chế xuất Tân Thuận",
      approx="about", location=Q7),
    F("thuê 300.000-500.000", "300.000", 300000, "money", "đồng/phòng", "mức giảm giá thuê phòng",
      value_max=500000, location=Q7),
    F("hơn 1.053 tỷ đồng", "1.053", 1053000000000, "money", "đồng", "tiền hỗ trợ thuê nhà cho người lao động",
      Y22, approx="over", location=HCM),
    F("gần 1,3 triệu lượt", "1,3", 1300000, "count", "lượt lao động", "lượt lao động được hỗ trợ tiền thuê nhà",
      Y22, approx="nearly", location=HCM),
    F("mức 500.000 đồng", "500.000", 500000, "money", "đồng/người/tháng", "mức hỗ trợ tiền thuê nhà", Y22,
      location=HCM),
    F("tối đa 3 tháng", "3", 3, "measure", "tháng", "thời gian hỗ trợ tiền thuê nhà", Y22, approx="at_most",
      location=HCM, optional=True),
    F("khoảng 1,3 triệu công nhân", "1,3", 1300000, "count", "công nhân", "công nhân đang ở trọ",
      approx="about", location="Việt Nam"),
    F("chỉ 7% công nhân", "7", 7, "percent", "%",
      "công nhân khu công nghiệp được ở nhà lưu trú hoặc nhà ở xã hội", location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ tư, 15/3/2023, 05:30 (GMT+7)': phòng trọ công nhân TP HCM bỏ trống; byline Hà An at the end.",
    "Locations: the landlord in phường Linh Trung → 'Thủ Đức' (a city inside TP HCM, the level of a district); Khu chế xuất Tân Thuận (quận 7)",
    "→ 'Quận 7'; the city's union and support figures → 'TP Hồ Chí Minh'; the national union figures → 'Việt Nam'.",
    "'quận 7' is a district's name, not a figure. Also distractors: Quyết định 08/2022/QĐ-TTg, 'quý II/2023' (no figure), names Tám, Bảy.",
    "The headline range 'Giảm giá 20-30%' is the claim of the headline (no base amount): a percent figure.",
    "'từ 62.000 người cuối năm 2021 xuống còn khoảng 54.000 người hiện nay': two figures; no change value is written.",
    "'rộng 18 m2' (the example room) and 'tối đa 3 tháng' (a term of the policy) are optional.",
    "The survey sentence follows 'từ tháng 10/2022 đến nay' in the same paragraph: inherited period.",
    "'hiện nay', 'hiện' give no period. 'mỗi tháng' goes into the unit (đồng/tháng); 'mỗi phòng' likewise (đồng/phòng).",
]

build("p893-6", TEXT, FIGS, NOTES, published="2023-03-15", location="TP Hồ Chí Minh")
