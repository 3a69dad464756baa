from lib import F, P, build

TEXT = """Sức khỏe › Tin tức
Thứ năm, 14/3/2024, 16:02 (GMT+7)

Quỹ BHYT chi hơn 1.100 tỷ đồng cho người bệnh chi phí cao

Năm 2023, quỹ bảo hiểm y tế chi trả cho 1.186 người bệnh có tổng chi phí điều trị từ 500 triệu đồng trở lên, với tổng số tiền hơn 1.100 tỷ đồng.

Số liệu được BHXH Việt Nam công bố tại hội thảo "BHYT 30 năm: chia sẻ rủi ro" sáng 13/3. Trong số này có 982 người có chi phí từ 500 triệu đến 1 tỷ đồng, 187 người từ 1 đến 3 tỷ đồng và 17 người trên 3 tỷ đồng. Người bệnh có chi phí cao nhất là một bệnh nhân hemophilia điều trị tại một bệnh viện tuyến trung ương, được quỹ chi trả hơn 22,5 tỷ đồng. Con số này gấp khoảng 19.000 lần chi phí bình quân một đợt điều trị.

Hà Nội và TP Hồ Chí Minh là hai địa phương có nhiều người bệnh chi phí cao nhất, lần lượt 412 và 298 người; Thanh Hóa đứng thứ ba với 76 người. Các bệnh có chi phí lớn chủ yếu là ung thư, hemophilia, suy thận mạn phải chạy thận nhân tạo và ghép tạng.

Ông Lê Văn Phúc, Trưởng ban Thực hiện chính sách BHYT, cho biết người tham gia được quỹ chi trả 80%, 95% hoặc 100% chi phí trong phạm vi được hưởng, tùy nhóm đối tượng. Cả năm 2023, số lượt khám, chữa bệnh BHYT đạt 174,6 triệu lượt, tăng 29,5 triệu lượt so với năm 2022; tổng chi 121.300 tỷ đồng, tăng 21,2%. Qua giám định, cơ quan BHXH đã từ chối thanh toán khoảng 1.950 tỷ đồng, giảm 13% so với năm trước.

Tính đến 29/2/2024, cả nước có 93,6 triệu người tham gia BHYT, đạt tỷ lệ bao phủ 93,35% dân số.

Minh Nga
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = dict(Y23, inherited=True)
HC = "người bệnh có chi phí điều trị từ 500 triệu đồng trở lên"
BEN = "chi phí trong phạm vi được hưởng được quỹ chi trả cho người tham gia"

FIGS = [
    F("chi hơn 1.100 tỷ đồng cho", "1.100", 1100e9, "money", "đồng", "quỹ BHYT chi cho người bệnh chi phí cao", approx="over",
      period=Y23I),
    F("cho 1.186 người bệnh", "1.186", 1186, "count", "người bệnh", HC, period=Y23),
    F("từ 500 triệu đồng trở lên", "500", 500e6, "money", "đồng", "ngưỡng chi phí điều trị", approx="at_least",
      optional=True),
    F("với tổng số tiền hơn 1.100 tỷ đồng", "1.100", 1100e9, "money", "đồng", "tổng số tiền quỹ BHYT chi trả cho người bệnh chi phí cao",
      approx="over", period=Y23),
    F("có 982 người", "982", 982, "count", "người", "người bệnh có chi phí từ 500 triệu đến 1 tỷ đồng", total=1186,
      period=Y23I),
    F("từ 500 triệu đến 1 tỷ", "500", 500e6, "money", "đồng", "khoảng chi phí điều trị", value_max=1e9, optional=True),
    F("187 người", "187", 187, "count", "người", "người bệnh có chi phí từ 1 đến 3 tỷ đồng", total=1186, period=Y23I),
    F("từ 1 đến 3 tỷ", "1", 1e9, "money", "đồng", "khoảng chi phí điều trị", value_max=3e9, optional=True),
    F("17 người", "17", 17, "count", "người", "người bệnh có chi phí trên 3 tỷ đồng", total=1186, period=Y23I),
    F("trên 3 tỷ đồng", "3", 3e9, "money", "đồng", "ngưỡng chi phí điều trị", approx="over", optional=True),
    F("hơn 22,5 tỷ đồng", "22,5", 22.5e9, "money", "đồng", "chi phí quỹ BHYT chi trả cho người bệnh có chi phí cao nhất",
      approx="over", period=Y23I),
    F("gấp khoảng 19.000 lần", "19.000", 19000, "multiple", "lần",
      "chi phí của người bệnh cao nhất so với chi phí bình quân một đợt điều trị", approx="about", period=Y23I),
    F("hai địa phương", "hai", 2, "count", "địa phương", "địa phương có nhiều người bệnh chi phí cao nhất", optional=True),
    F("lần lượt 412", "412", 412, "count", "người", "người bệnh chi phí cao", location="Hà Nội", period=Y23I),
    F("412 và 298 người", "298", 298, "count", "người", "người bệnh chi phí cao", location="TP Hồ Chí Minh", period=Y23I),
    F("đứng thứ ba", "ba", 3, "rank", "hạng", "số người bệnh chi phí cao", location="Thanh Hóa", period=Y23I),
    F("với 76 người", "76", 76, "count", "người", "người bệnh chi phí cao", location="Thanh Hóa", period=Y23I),
    F("trả 80%", "80", 80, "percent", "%", BEN),
    F("80%, 95%", "95", 95, "percent", "%", BEN),
    F("hoặc 100%", "100", 100, "percent", "%", BEN),
    F("đạt 174,6 triệu lượt", "174,6", 174.6e6, "count", "lượt", "lượt khám, chữa bệnh BHYT",
      change={"direction": "increase", "value": 29.5e6, "unit": "lượt", "baseline": "năm 2022"},
      period=P("Cả năm 2023", "2023-01-01", "2023-12-31")),
    F("chi 121.300 tỷ đồng", "121.300", 121.3e12, "money", "đồng", "tổng chi khám, chữa bệnh BHYT",
      change={"direction": "increase", "value": 21.2, "unit": "%"}, period=P("Cả năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 1.950 tỷ đồng", "1.950", 1950e9, "money", "đồng", "chi phí bị từ chối thanh toán qua giám định",
      approx="about", change={"direction": "decrease", "value": 13, "unit": "%", "baseline": "năm trước"}, period=Y23I),
    F("có 93,6 triệu người", "93,6", 93.6e6, "count", "người", "người tham gia BHYT", percent=93.35,
      period=P("Tính đến 29/2/2024", end="2024-02-29")),
]

COMMENTS = [
    "National press (health section), dateline 'Thứ năm, 14/3/2024, 16:02 (GMT+7)': high-cost BHYT claims in 2023, cost brackets, provinces,",
    "benefit levels, national visits and spending, giám định, participants at 29/2/2024. Location Việt Nam except the province list.",
    "Distractors: the seminar title 'BHYT 30 năm: ...' (a name), 'sáng 13/3', '(GMT+7)', the official's name, byline.",
    "Cost brackets ('từ 500 triệu đồng trở lên', 'từ 500 triệu đến 1 tỷ', 'từ 1 đến 3 tỷ', 'trên 3 tỷ') define groups: optional.",
    "'Trong số này có 982 ..., 187 ..., 17 ...' (sum 1.186) take total 1186. Title 1.100 tỷ takes 2023 from the body (inherited).",
    "'Con số này gấp khoảng 19.000 lần ...' stands alone as the claim: multiple. 'đứng thứ ba' rank 3, Thanh Hóa; 'lần lượt 412 và 298' map to Hà Nội, TP HCM.",
    "'hai địa phương' restates the two places named before it (a list head): optional (added after the first run).",
    "Benefit levels 80%, 95%, 100% are a list sharing one indicator (subject in the sentence's words, revised after the first run). 'tăng 29,5 triệu lượt so với năm 2022' the count's change (unit lượt).",
]

if __name__ == "__main__":
    build("p291-7", TEXT, FIGS, COMMENTS, location="Việt Nam", published="2024-03-14")
