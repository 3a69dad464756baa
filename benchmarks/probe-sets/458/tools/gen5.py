from lib import F, P, CH, TG, build

TEXT = """BÁO QUẢNG NINH
Xã hội | Y tế

Quảng Ninh: Hơn 70 công nhân nhập viện nghi ngộ độc thực phẩm
HOÀNG NGA 22:41, 18/05/2024

Tối 18/5, Sở Y tế Quảng Ninh cho biết, tính đến 21 giờ cùng ngày, Trung tâm Y tế thị xã Quảng Yên và Bệnh viện Đa khoa tỉnh đã tiếp nhận 76 công nhân của một công ty may tại Khu công nghiệp Đông Mai (thị xã Quảng Yên) có biểu hiện đau bụng, buồn nôn, nôn sau bữa trưa.

Trong số này, 58 người được điều trị tại Trung tâm Y tế thị xã, 18 người được chuyển lên Bệnh viện Đa khoa tỉnh; 9 người có dấu hiệu mất nước phải truyền dịch. Bữa trưa có khoảng 1.200 suất ăn gồm cơm, canh bí, thịt kho trứng và rau muống xào, do một đơn vị cung cấp suất ăn ở số 26 phố Trần Hưng Đạo, phường Yên Giang chế biến.

Đến trưa 19/5, sức khỏe các công nhân đã ổn định, 61 người đã được xuất viện, không có trường hợp nào nguy kịch. Đoàn kiểm tra liên ngành của tỉnh đã lấy 14 mẫu thức ăn lưu, nước uống và bệnh phẩm gửi Viện Vệ sinh dịch tễ Trung ương xét nghiệm, đồng thời tạm đình chỉ hoạt động bếp ăn trong 7 ngày.

Theo Chi cục An toàn vệ sinh thực phẩm tỉnh, từ đầu năm đến nay, Quảng Ninh đã xảy ra 3 vụ ngộ độc thực phẩm (tăng 2 vụ so với cùng kỳ năm 2023) với 112 người mắc, không có người tử vong. Toàn tỉnh hiện có 1.046 bếp ăn tập thể, trong đó 318 bếp ăn tại các khu công nghiệp, phục vụ gần 95 nghìn suất ăn mỗi ngày.

Ngành y tế khuyến cáo các doanh nghiệp chỉ ký hợp đồng với đơn vị cung cấp suất ăn đủ điều kiện, thực hiện lưu mẫu thức ăn 24 giờ và kiểm thực ba bước. Khi phát hiện dấu hiệu ngộ độc, người dân liên hệ đường dây nóng 0203.3835.115.
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-05-18")

FIGS = [
    F("Hơn 70 công nhân", "70", 70, "count", "công nhân", "công nhân nhập viện nghi ngộ độc thực phẩm", approx="over",
      loc="Quảng Yên"),
    F("tiếp nhận 76 công nhân", "76", 76, "count", "công nhân", "công nhân có biểu hiện đau bụng, buồn nôn, nôn được tiếp nhận",
      loc="Quảng Yên"),
    F("này, 58 người", "58", 58, "count", "người", "người được điều trị tại Trung tâm Y tế thị xã", total=76, loc="Quảng Yên"),
    F("18 người được chuyển", "18", 18, "count", "người", "người được chuyển lên Bệnh viện Đa khoa tỉnh", total=76,
      loc="Quảng Yên"),
    F("9 người có dấu hiệu", "9", 9, "count", "người", "người có dấu hiệu mất nước phải truyền dịch", total=76, loc="Quảng Yên"),
    F("khoảng 1.200 suất ăn", "1.200", 1200, "count", "suất ăn", "suất ăn bữa trưa", approx="about", loc="Quảng Yên"),
    F("61 người đã được xuất viện", "61", 61, "count", "người", "người đã được xuất viện", loc="Quảng Yên"),
    F("lấy 14 mẫu", "14", 14, "count", "mẫu", "mẫu thức ăn lưu, nước uống và bệnh phẩm gửi xét nghiệm", loc="Quảng Yên"),
    F("trong 7 ngày", "7", 7, "measure", "ngày", "thời gian tạm đình chỉ hoạt động bếp ăn", loc="Quảng Yên", opt=True),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ", "vụ ngộ độc thực phẩm", change=CH("+", 2, "vụ", "cùng kỳ năm 2023"), period=YTD),
    F("với 112 người mắc", "112", 112, "count", "người", "người mắc", period=YTD),
    F("có 1.046 bếp ăn", "1.046", 1046, "count", "bếp ăn tập thể", "bếp ăn tập thể"),
    F("318 bếp ăn", "318", 318, "count", "bếp ăn", "bếp ăn tại các khu công nghiệp", total=1046),
    F("gần 95 nghìn suất ăn", "95", 95000, "count", "suất ăn", "suất ăn phục vụ mỗi ngày", approx="nearly"),
    F("lưu mẫu thức ăn 24 giờ", "24", 24, "measure", "giờ", opt=True),
    F("kiểm thực ba bước", "ba", 3, "count", "bước", opt=True),
]

COMMENTS = [
    "revised: 76 công nhân subject uses the sentence's symptoms instead of the added 'ngộ độc'.",
    "revised: 9 người (truyền dịch) gets total 76: the clause after ';' is still under 'Trong số này' (FIGURES.md: parts also after ';').",
    "Party newspaper (Báo Quảng Ninh): a suspected food-poisoning outbreak at a garment company in KCN Đông Mai, thị xã Quảng Yên.",
    "Dateline with byline before it: 'HOÀNG NGA 22:41, 18/05/2024'. Distractors: 'Tối 18/5', '21 giờ', 'trưa 19/5', 'số 26 phố Trần Hưng Đạo', hotline.",
    "Outbreak figures describe thị xã Quảng Yên (a district-level town, named twice in the first paragraph): location Quảng Yên; the",
    "province-wide figures of the last paragraphs keep Quảng Ninh. The outbreak figures have no period (a single day, dates are not periods).",
    "'Trong số này, 58 …, 18 …' parts of 76 (58+18=76); '9 người … truyền dịch' continues the same 'Trong số này' sentence after ';': also total 76.",
    "'(tăng 2 vụ so với cùng kỳ năm 2023)' change of 3 vụ; 'từ đầu năm đến nay' ends at the dateline. 318 after 'trong đó' total 1.046.",
    "'gần 95 nghìn suất ăn mỗi ngày' count 95000 (per day in words). Optional: suspension 'trong 7 ngày', rule-names 'lưu mẫu 24 giờ', 'kiểm thực ba bước'.",
]

build(5, TEXT, FIGS, COMMENTS, published="2024-05-18", location="Quảng Ninh")
