"""p711-6: national press (VnExpress style) — Hà Nội school buses, share of pupils, fees; TP HCM comparison."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Giao thông
Thứ hai, 9/9/2024, 07:00 (GMT+7)

Chỉ khoảng 3% học sinh Hà Nội đi xe đưa đón

Trong hơn 2,3 triệu học sinh Hà Nội, chỉ khoảng 71.000 em đi học bằng xe đưa đón của trường hoặc xe buýt trường học, phần lớn vẫn do phụ huynh chở bằng xe máy.

Số liệu được Sở Giao thông vận tải Hà Nội đưa ra tại hội thảo về giao thông học đường chiều 6/9. Toàn thành phố hiện có 356 xe buýt trường học do Tổng công ty Vận tải Hà Nội vận hành, phục vụ khoảng 18.000 học sinh của 97 trường; mỗi xe chạy bình quân 42 km/ngày.

Khảo sát 5.200 phụ huynh tại 12 quận nội thành cho thấy 67,5% muốn con đi xe đưa đón nếu giá hợp lý, song mức phí hiện nay từ 1,2 đến 2,5 triệu đồng/tháng khiến nhiều gia đình e ngại. Tại một số trường quốc tế, giá dịch vụ lên tới 3,8 triệu đồng/tháng. Mức này gấp 2 lần trường công lập.

Tháng 5/2024, vụ bé trai 5 tuổi tử vong do bị bỏ quên trên xe đưa đón ở Thái Bình khiến nhiều phụ huynh lo ngại. Từ đầu năm học, các xe buýt trường học ở Hà Nội đã lắp thiết bị cảnh báo, bố trí 2 nhân viên phụ trách trên mỗi xe.

Trong khi đó, TP HCM có 428 xe buýt đưa đón học sinh, tăng 12% so với năm 2023. Theo quy hoạch giao thông của Hà Nội, đến năm 2030 khoảng 15% học sinh sẽ đi học bằng xe buýt, xe đưa đón.

"Chúng tôi đề xuất thành phố hỗ trợ giá vé cho học sinh tiểu học để tăng sức hút của xe buýt trường học", đại diện Sở Giao thông vận tải nói.

Hải Yến
"""

FIGS = [
    F("Chỉ khoảng 3%", "3", 3, "percent", "%", "học sinh Hà Nội đi xe đưa đón", approx="about"),
    F("hơn 2,3 triệu học sinh", "2,3", 2_300_000, "count", "học sinh", "học sinh Hà Nội", approx="over"),
    F("khoảng 71.000 em", "71.000", 71000, "count", "em",
      "học sinh đi học bằng xe đưa đón của trường hoặc xe buýt trường học", approx="about", total=2_300_000),
    F("có 356 xe buýt", "356", 356, "count", "xe buýt", "xe buýt trường học do Tổng công ty Vận tải Hà Nội vận hành"),
    F("khoảng 18.000 học sinh", "18.000", 18000, "count", "học sinh", "học sinh được xe buýt trường học phục vụ",
      approx="about"),
    F("của 97 trường", "97", 97, "count", "trường", "trường có xe buýt trường học phục vụ"),
    F("42 km/ngày", "42", 42, "measure", "km/ngày", "quãng đường mỗi xe chạy bình quân"),
    F("Khảo sát 5.200 phụ huynh", "5.200", 5200, "count", "phụ huynh", "phụ huynh được khảo sát"),
    F("12 quận", "12", 12, "count", "quận", "quận nội thành được khảo sát"),
    F("67,5%", "67,5", 67.5, "percent", "%", "phụ huynh muốn con đi xe đưa đón nếu giá hợp lý"),
    F("từ 1,2 đến 2,5 triệu đồng/tháng", "1,2", 1_200_000, "money", "đồng/tháng", "mức phí đưa đón hiện nay",
      value_max=2_500_000),
    F("lên tới 3,8 triệu đồng/tháng", "3,8", 3_800_000, "money", "đồng/tháng",
      "giá dịch vụ đưa đón tại một số trường quốc tế"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "mức phí dịch vụ đưa đón tại trường quốc tế so với trường công lập"),
    F("bé trai 5 tuổi", "5", 5, "measure", "tuổi", "tuổi bé trai bị bỏ quên trên xe đưa đón",
      P("Tháng 5/2024", "2024-05-01", "2024-05-31"), location="Thái Bình", optional=True),
    F("bố trí 2 nhân viên", "2", 2, "count", "nhân viên", "nhân viên phụ trách trên mỗi xe buýt trường học"),
    F("có 428 xe buýt", "428", 428, "count", "xe buýt", "xe buýt đưa đón học sinh",
      change=CH("increase", 12, "%", "năm 2023"), location="TP Hồ Chí Minh"),
    F("khoảng 15% học sinh", "15", 15, "percent", "%", "học sinh đi học bằng xe buýt, xe đưa đón",
      P("đến năm 2030", None, "2030-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ hai, 9/9/2024, 07:00 (GMT+7)', byline at the end. Hà Nội school buses; one TP HCM figure.",
    "Distractors: (GMT+7), time 07:00, 'chiều 6/9', 'Tháng 5/2024', breadcrumb.",
    "'Trong hơn 2,3 triệu học sinh …, chỉ khoảng 71.000 em' = part of a whole ('trong số N'): total 2.300.000.",
    "'hiện có' gives no period. 'Mức này gấp 2 lần trường công lập.' stands alone as the claim: a multiple.",
    "The age of the child in a single incident ('bé trai 5 tuổi') is optional. 'đến năm 2030 khoảng 15% … sẽ' under 'quy hoạch' is a target.",
]

if __name__ == "__main__":
    emit("p711-6", TEXT, COMMENTS, FIGS, published="2024-09-09", location="Hà Nội")
