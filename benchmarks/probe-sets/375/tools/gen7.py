from lib import F, P, build

TEXT = """Sức khỏe
Thứ bảy, 5/10/2024, 10:20 (GMT+7)
TP HCM: 97,2% người cao tuổi có thẻ bảo hiểm y tế

Tính đến 30/9, TP Hồ Chí Minh có hơn 1,12 triệu người cao tuổi (chiếm 11,9% dân số), trong đó 1.089.300 người đã có thẻ bảo hiểm y tế, đạt tỷ lệ bao phủ 97,2%, theo Bảo hiểm xã hội TP HCM.

Trong số này, 512.400 người được ngân sách nhà nước đóng toàn bộ do thuộc diện từ 80 tuổi trở lên hưởng trợ cấp xã hội, người cao tuổi thuộc hộ nghèo, cận nghèo; số còn lại tham gia theo hộ gia đình hoặc hưởng lương hưu.

Riêng quý III/2024, cơ quan bảo hiểm xã hội thành phố cấp mới 12.480 thẻ BHYT cho người cao tuổi, tăng 6,7% so với quý trước, nâng tổng số thẻ cấp mới 9 tháng năm 2024 lên 35.760 thẻ.

Từ đầu năm đến nay, người cao tuổi có thẻ BHYT đã đi khám, chữa bệnh gần 2,3 triệu lượt, chiếm 31,4% tổng lượt khám chữa bệnh BHYT của thành phố; chi phí được quỹ BHYT thanh toán khoảng 4.250 tỷ đồng. Chi phí bình quân một đợt điều trị nội trú của người cao tuổi là 9,6 triệu đồng, cao gấp 1,4 lần so với nhóm dưới 60 tuổi.

Ông Nguyễn Văn Hùng, Phó giám đốc BHXH TP HCM, cho biết từ ngày 1/7/2025, khi Luật Bảo hiểm xã hội năm 2024 có hiệu lực, người từ 75 tuổi trở lên không có lương hưu sẽ được hưởng trợ cấp hưu trí xã hội và được cấp thẻ BHYT; dự kiến thành phố có thêm khoảng 38.000 người thuộc diện này.

Theo ông Hùng, người cao tuổi thường mắc nhiều bệnh mạn tính cùng lúc nên thẻ BHYT giúp giảm đáng kể gánh nặng chi phí cho gia đình. Người dân cần hỗ trợ có thể gọi tổng đài 1900 9068 hoặc đến trụ sở tại số 117C Nguyễn Đình Chính, quận Phú Nhuận.

Lê Tuyết
"""

ASOF = P("Tính đến 30/9", None, "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")

FIGS = [
    F("TP HCM: 97,2%", "97,2", 97.2, "percent", "%", "người cao tuổi có thẻ bảo hiểm y tế"),
    F("hơn 1,12 triệu", "1,12", 1.12e6, "count", "người cao tuổi", "người cao tuổi", approx="over", percent=11.9, period=ASOF),
    F("1.089.300 người", "1.089.300", 1089300, "count", "người", "người cao tuổi đã có thẻ bảo hiểm y tế",
      total=1.12e6, percent=97.2, period=ASOF),
    F("này, 512.400 người", "512.400", 512400, "count", "người", "người được ngân sách nhà nước đóng toàn bộ",
      total=1089300, period=P("Tính đến 30/9", None, "2024-09-30", inherited=True)),
    F("từ 80 tuổi", "80", 80, "measure", "tuổi", approx="at_least", optional=True),
    F("mới 12.480 thẻ", "12.480", 12480, "count", "thẻ BHYT", "thẻ BHYT cấp mới cho người cao tuổi",
      change={"direction": "increase", "value": 6.7, "unit": "%", "baseline": "quý trước"},
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("lên 35.760 thẻ", "35.760", 35760, "count", "thẻ", "tổng số thẻ cấp mới",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("gần 2,3 triệu lượt", "2,3", 2.3e6, "count", "lượt", "lượt khám, chữa bệnh của người cao tuổi có thẻ BHYT",
      approx="nearly", percent=31.4, period=YTD),
    F("khoảng 4.250 tỷ", "4.250", 4.25e12, "money", "đồng", "chi phí được quỹ BHYT thanh toán", approx="about",
      period=YTD),
    F("là 9,6 triệu", "9,6", 9.6e6, "money", "đồng", "chi phí bình quân một đợt điều trị nội trú của người cao tuổi",
      change={"direction": "increase", "value": 1.4, "unit": "lần", "baseline": "nhóm dưới 60 tuổi"},
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05", inherited=True)),
    F("dưới 60 tuổi", "60", 60, "measure", "tuổi", approx="under", optional=True),
    F("từ 75 tuổi", "75", 75, "measure", "tuổi", approx="at_least", optional=True),
    F("khoảng 38.000 người", "38.000", 38000, "count", "người", "người thuộc diện hưởng trợ cấp hưu trí xã hội",
      approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): BHYT coverage of the elderly in TP Hồ Chí Minh. Dateline 'Thứ bảy, 5/10/2024, 10:20 (GMT+7)' above the title; byline at the end.",
    "Distractors: '(GMT+7)', 'từ ngày 1/7/2025', 'Luật Bảo hiểm xã hội năm 2024', hotline 1900 9068, address 'số 117C Nguyễn Đình Chính, quận Phú Nhuận' (a district in an address).",
    "'Tính đến 30/9' has no year: it takes the dateline year (2024-09-30). 'Từ đầu năm đến nay' runs 2024-01-01 to the dateline.",
    "1.089.300 after 'trong đó' is part of 'hơn 1,12 triệu' (total) and 'đạt tỷ lệ bao phủ 97,2%' is its percent; the title 97,2% is a figure of its own (no period in the title).",
    "'Trong số này, 512.400' is part of 1.089.300. 'chiếm 31,4%' is the percent of 'gần 2,3 triệu lượt'. 'cao gấp 1,4 lần so với nhóm dưới 60 tuổi' is 9,6 triệu's change (lần).",
    "'dự kiến … khoảng 38.000 người' is a forecast (period left empty: from 1/7/2025 with no end). Ages optional.",
]

if __name__ == "__main__":
    build("p375-7", TEXT, FIGS, COMMENTS, published="2024-10-05", location="TP Hồ Chí Minh")
