"""p1089-5: Party/provincial newspaper (Báo Thanh Hóa), rice transplanters in huyện Yên Định; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO THANH HÓA
Kinh tế » Nông nghiệp

Yên Định mở rộng diện tích cấy lúa bằng máy

Vụ chiêm xuân năm nay, huyện Yên Định gieo cấy 11.250 ha lúa, trong đó có 4.860 ha cấy bằng máy, tăng 620 ha so với vụ chiêm xuân năm trước. Hiện toàn huyện có 186 máy cấy, phần lớn do các hợp tác xã (HTX) và tổ dịch vụ đầu tư.

Tại HTX Dịch vụ nông nghiệp Định Tân, vụ này HTX đưa 5 máy cấy Kubota NSPU-68C vào cấy cho khoảng 250 ha, chiếm gần 60% diện tích lúa của xã. Theo ông Lê Văn Hai, Giám đốc HTX, mỗi máy cấy trị giá 320 triệu đồng, được tỉnh hỗ trợ 50%. Giá dịch vụ làm mạ khay và cấy máy trọn gói là 270.000 đồng/sào, thấp hơn cấy tay khoảng 50.000 đồng/sào. Nhờ cấy máy, lượng giống chỉ còn 1,6 kg/sào, giảm khoảng 35% so với gieo cấy thủ công; năng suất lúa cao hơn 5-7 tạ/ha. “Thiếu lao động trẻ, nhiều nơi không còn người cấy tay, nên cơ giới hóa khâu cấy là con đường tất yếu”, ông Hai nói.

Năm nay cũng là lần thứ 3 huyện tổ chức hội thi tay nghề vận hành máy cấy cho thanh niên nông thôn.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có 1.320 máy cấy; năm 2024 diện tích cấy bằng máy đạt 38.500 ha, chiếm 32% diện tích lúa. Mục tiêu năm 2025, tỉnh đưa diện tích cấy máy lên 45.000 ha. Theo Nghị quyết số 18/2024/NQ-HĐND của HĐND tỉnh, tỉnh hỗ trợ 1,5 triệu đồng/ha cho diện tích cấy máy tập trung quy mô từ 10 ha trở lên, thời gian hỗ trợ tối đa 3 vụ liên tiếp.

Bài và ảnh: Lê Minh Hằng
08/04/2025
"""

YD = "Yên Định"
TH = "Thanh Hóa"
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gieo cấy 11.250 ha", "11.250", 11250, "measure", "ha", "diện tích gieo cấy lúa vụ chiêm xuân", location=YD),
    F("có 4.860 ha", "4.860", 4860, "measure", "ha", "diện tích lúa vụ chiêm xuân cấy bằng máy", total=11250,
      change=C("increase", 620, "ha", "vụ chiêm xuân năm trước"), location=YD),
    F("có 186 máy cấy", "186", 186, "count", "máy cấy", "máy cấy", location=YD),
    F("đưa 5 máy cấy", "5", 5, "count", "máy cấy", "máy cấy HTX Dịch vụ nông nghiệp Định Tân đưa vào cấy", location=YD),
    F("khoảng 250 ha", "250", 250, "measure", "ha", "diện tích HTX cấy bằng máy", approx="about", percent=60, location=YD),
    F("trị giá 320 triệu", "320", 320e6, "money", "đồng", "trị giá mỗi máy cấy", location=YD),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức tỉnh hỗ trợ giá máy cấy", location=YD),
    F("là 270.000 đồng/sào", "270.000", 270000, "money", "đồng/sào", "giá dịch vụ làm mạ khay và cấy máy trọn gói",
      change=C("decrease", 50000, "đồng/sào", "cấy tay", "about"), location=YD),
    F("còn 1,6 kg/sào", "1,6", 1.6, "measure", "kg/sào", "lượng giống cấy máy",
      change=C("decrease", 35, "%", "gieo cấy thủ công", "about"), location=YD),
    F("cao hơn 5-7 tạ/ha", "5", 5, "measure", "tạ/ha", "năng suất lúa cấy máy cao hơn", value_max=7, location=YD),
    F("có 1.320 máy cấy", "1.320", 1320, "count", "máy cấy", "máy cấy", location=TH),
    F("đạt 38.500 ha", "38.500", 38500, "measure", "ha", "diện tích cấy bằng máy", percent=32, period=Y24, location=TH),
    F("lên 45.000 ha", "45.000", 45000, "measure", "ha", "diện tích cấy máy", status="target", period=Y25, location=TH),
    F("hỗ trợ 1,5 triệu", "1,5", 1.5e6, "money", "đồng/ha", "mức hỗ trợ diện tích cấy máy tập trung", location=TH),
    F("từ 10 ha trở lên", "10", 10, "measure", "ha", "quy mô diện tích cấy máy tập trung được hỗ trợ",
      approx="at_least", optional=True, location=TH),
    F("tối đa 3 vụ", "3", 3, "count", "vụ", "thời gian hỗ trợ", approx="at_most", optional=True, location=TH),
]

NOTES = [
    "Báo Thanh Hóa (Party newspaper of the province), byline 'Bài và ảnh: Lê Minh Hằng' and bare date 08/04/2025 at the end.",
    "Crop seasons ('vụ chiêm xuân năm nay', 'vụ này') are not calendar periods of the spec: figures located only by a season get no gold period.",
    "Yên Định and HTX Định Tân figures → Yên Định; 'toàn tỉnh' figures → Thanh Hóa (implied by the paper's own name).",
    "'tăng 620 ha so với vụ chiêm xuân năm trước' = change of 4.860 ha. 'thấp hơn cấy tay khoảng 50.000 đồng/sào' = change of 270.000 đồng/sào.",
    "'hỗ trợ 50%' (no đạt/chiếm cue) is a percent figure of its own. 'cao hơn 5-7 tạ/ha' has no base amount: a measure figure.",
    "'từ 10 ha trở lên' (eligibility threshold) and 'tối đa 3 vụ liên tiếp' (a policy duration limit; a reader may or may not count it) are optional.",
    "Distractors: Kubota NSPU-68C, Lê Văn Hai / ông Hai, 'lần thứ 3' (ordinal), Nghị quyết số 18/2024/NQ-HĐND.",
]

if __name__ == "__main__":
    write("p1089-5", TEXT, FIGS, NOTES, published="2025-04-08", location="Yên Định")
