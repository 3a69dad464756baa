"""p605-6: national press — pension rise of 15% from 1/7/2024: recipients, average pension, cost split, low pensions, coverage, 2030 target."""
from lib import F, P, I, emit

TEXT = """Thời sự › Chính sách

Thứ hai, 1/7/2024, 07:00 (GMT+7)

Hơn 3,3 triệu người được tăng 15% lương hưu từ hôm nay

Từ ngày 1/7, khoảng 3,3 triệu người đang hưởng lương hưu, trợ cấp BHXH hằng tháng được điều chỉnh tăng 15% theo Nghị định 75/2024/NĐ-CP.

Theo BHXH Việt Nam, tính đến hết tháng 5/2024, cả nước có 3.318.652 người hưởng lương hưu, trợ cấp BHXH hằng tháng, trong đó 2.672.480 người hưởng lương hưu. Mức lương hưu bình quân do quỹ BHXH chi trả hiện là 6,2 triệu đồng/người/tháng; sau điều chỉnh dự kiến tăng lên khoảng 7,1 triệu đồng/người/tháng.

Tổng kinh phí tăng thêm để thực hiện điều chỉnh trong 6 tháng cuối năm 2024 khoảng 15.710 tỷ đồng, trong đó ngân sách nhà nước bảo đảm 3.180 tỷ đồng, quỹ BHXH bảo đảm 12.530 tỷ đồng.

Riêng người nghỉ hưu trước năm 1995 có mức hưởng thấp sẽ được điều chỉnh thêm để bảo đảm mức hưởng tối thiểu 3,5 triệu đồng/tháng. Nhóm này có khoảng 197.000 người.

Dù vậy, độ bao phủ của hệ thống hưu trí còn thấp. Theo các chuyên gia, cứ 100 người cao tuổi mới có khoảng 27 người hưởng lương hưu hoặc trợ cấp BHXH hằng tháng. Nghị quyết 28-NQ/TW đặt mục tiêu đến năm 2030 có khoảng 60% người sau độ tuổi nghỉ hưu được hưởng lương hưu, BHXH hằng tháng và trợ cấp hưu trí xã hội.

Hồng Chiêu
"""

ASOF = P("tính đến hết tháng 5/2024", None, "2024-05-31")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Hơn 3,3 triệu người", "3,3", 3.3e6, "count", "người", "người được tăng lương hưu", approx="over"),
    F("tăng 15% lương hưu", "15", 15, "percent", "%", "mức tăng lương hưu"),
    F("khoảng 3,3 triệu người", "3,3", 3.3e6, "count", "người", "người đang hưởng lương hưu, trợ cấp BHXH hằng tháng", approx="about"),
    F("điều chỉnh tăng 15% theo", "15", 15, "percent", "%", "mức điều chỉnh tăng lương hưu, trợ cấp BHXH hằng tháng"),
    F("có 3.318.652 người", "3.318.652", 3318652, "count", "người", "người hưởng lương hưu, trợ cấp BHXH hằng tháng", ASOF),
    F("2.672.480 người", "2.672.480", 2672480, "count", "người", "người hưởng lương hưu", ASOF, total=3318652),
    F("là 6,2 triệu đồng/người/tháng", "6,2", 6.2e6, "money", "đồng/người/tháng", "mức lương hưu bình quân do quỹ BHXH chi trả"),
    F("khoảng 7,1 triệu đồng/người/tháng", "7,1", 7.1e6, "money", "đồng/người/tháng", "mức lương hưu bình quân sau điều chỉnh",
      approx="about", status="forecast"),
    F("khoảng 15.710 tỷ đồng", "15.710", 15710e9, "money", "đồng", "tổng kinh phí tăng thêm để thực hiện điều chỉnh", H2, approx="about"),
    F("bảo đảm 3.180 tỷ đồng", "3.180", 3180e9, "money", "đồng", "kinh phí điều chỉnh do ngân sách nhà nước bảo đảm", H2, total=15710e9),
    F("bảo đảm 12.530 tỷ đồng", "12.530", 12530e9, "money", "đồng", "kinh phí điều chỉnh do quỹ BHXH bảo đảm", H2, total=15710e9),
    F("tối thiểu 3,5 triệu đồng/tháng", "3,5", 3.5e6, "money", "đồng/tháng", "mức hưởng của người nghỉ hưu trước năm 1995 có mức hưởng thấp",
      approx="at_least"),
    F("khoảng 197.000 người", "197.000", 197000, "count", "người", "người nghỉ hưu trước năm 1995 có mức hưởng thấp", approx="about"),
    F("khoảng 27 người", "27", 27, "measure", "người/100 người cao tuổi", "người hưởng lương hưu hoặc trợ cấp BHXH hằng tháng trên 100 người cao tuổi",
      approx="about"),
    F("khoảng 60% người", "60", 60, "percent", "%", "người sau độ tuổi nghỉ hưu được hưởng lương hưu, BHXH hằng tháng và trợ cấp hưu trí xã hội",
      T30, approx="about", status="target"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ hai, 1/7/2024, 07:00 (GMT+7)'): 15% pension rise from 1/7/2024 under Nghị định 75/2024/NĐ-CP.",
    "The 15% (headline and lead) is the rise of the pension, not a change of the 3,3 triệu people: a percent figure of its own, no change on the count.",
    "'tăng lên khoảng 7,1 triệu' states the new level (a money figure, 'dự kiến' → forecast), not a change of the 6,2 triệu. Pension amounts keep",
    "their rate in the unit (đồng/người/tháng, đồng/tháng). 'cứ 100 người cao tuổi … khoảng 27 người' is a rate: 100 is its denominator, not a figure.",
    "3.180 + 12.530 = 15.710 tỷ (trong đó). 'Từ ngày 1/7', 'hiện', 'năm 1995' give no period. Distractors: 'Nghị định 75/2024/NĐ-CP', '28-NQ/TW', '07:00 (GMT+7)'.",
]

if __name__ == "__main__":
    emit("p605-6", TEXT, COMMENTS, FIGS, published="2024-07-01", location="Việt Nam")
