"""p681-6: national press — health workers after the salary reform: income rise, allowance rates, resignations, draft decree."""
import sys
from lib import F, P, I, CH, emit

TEXT = """Sức khỏe
Thứ hai, 9/9/2024, 07:00 (GMT+7)

Lương tăng, phụ cấp ưu đãi nghề y vẫn giữ mức của 13 năm trước

Sau hơn hai tháng áp dụng mức lương cơ sở mới, khoảng 412.000 viên chức y tế công lập có thu nhập tăng trung bình 18-22%, song phụ cấp ưu đãi nghề phần lớn vẫn giữ theo quy định từ năm 2011.

Theo Bộ Y tế, mức phụ cấp ưu đãi nghề hiện dao động từ 20% đến 70% mức lương; riêng khoảng 118.000 người làm y tế dự phòng và y tế cơ sở được hưởng tối đa 100% theo Nghị định số 05/2023/NĐ-CP. Giai đoạn 2021-2023, cả nước có 9.680 nhân viên y tế xin nghỉ việc, chuyển công tác, trong đó 3.012 bác sĩ; riêng Hà Nội và TP Hồ Chí Minh lần lượt là 1.145 và 1.870 người.

Tại Bệnh viện Nhân dân 115 (TP Hồ Chí Minh), một điều dưỡng hạng IV mới tuyển dụng nhận lương khoảng 4,9 triệu đồng/tháng, tính cả phụ cấp chưa đến 6,5 triệu đồng. "Với mức này, nhiều bạn trẻ vẫn chọn ra y tế tư nhân", một lãnh đạo bệnh viện nói.

Bộ Y tế đang lấy ý kiến dự thảo nghị định mới, theo đó dự kiến nâng mức phụ cấp ưu đãi nghề thấp nhất từ 20% lên 40%, bác sĩ làm việc tại trạm y tế xã được hưởng 100%, với tổng kinh phí khoảng 6.800 tỷ đồng mỗi năm. Nếu được thông qua, chính sách sẽ áp dụng từ ngày 1/1/2025.

Ông Nguyễn Văn Hải, Vụ trưởng Vụ Tổ chức cán bộ, cho biết Bộ sẽ trình Chính phủ trong quý IV/2024 và tiếp tục đề xuất cơ chế đặc thù cho nhân lực y tế vùng khó khăn.

Lê Nga
"""

P2123 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("khoảng 412.000 viên chức", "412.000", 412000, "count", "viên chức y tế",
      "viên chức y tế công lập áp dụng mức lương cơ sở mới", approx="about"),
    F("trung bình 18-22%", "18", 18, "percent", "%",
      "thu nhập viên chức y tế công lập tăng trung bình", value_max=22),
    F("từ 20% đến 70%", "20", 20, "percent", "%",
      "mức phụ cấp ưu đãi nghề y", value_max=70),
    F("khoảng 118.000 người", "118.000", 118000, "count", "người",
      "người làm y tế dự phòng và y tế cơ sở", approx="about"),
    F("tối đa 100%", "100", 100, "percent", "%",
      "mức phụ cấp ưu đãi nghề y tế dự phòng và y tế cơ sở", approx="at_most"),
    F("có 9.680 nhân viên", "9.680", 9680, "count", "nhân viên y tế",
      "nhân viên y tế xin nghỉ việc, chuyển công tác", P2123),
    F("trong đó 3.012 bác sĩ", "3.012", 3012, "count", "bác sĩ",
      "bác sĩ xin nghỉ việc, chuyển công tác", P2123, total=9680),
    F("lần lượt là 1.145", "1.145", 1145, "count", "người",
      "nhân viên y tế xin nghỉ việc, chuyển công tác", P2123, location="Hà Nội"),
    F("1.145 và 1.870 người", "1.870", 1870, "count", "người",
      "nhân viên y tế xin nghỉ việc, chuyển công tác", P2123, location=HCM),
    F("khoảng 4,9 triệu đồng/tháng", "4,9", 4.9e6, "money", "đồng/tháng",
      "lương điều dưỡng hạng IV mới tuyển dụng", approx="about", location=HCM),
    F("chưa đến 6,5 triệu đồng", "6,5", 6.5e6, "money", "đồng",
      "thu nhập điều dưỡng mới tuyển dụng tính cả phụ cấp", approx="under", location=HCM),
    F("thấp nhất từ 20% lên", "20", 20, "percent", "%",
      "mức phụ cấp ưu đãi nghề thấp nhất hiện hành", optional=True),
    F("lên 40%", "40", 40, "percent", "%",
      "mức phụ cấp ưu đãi nghề thấp nhất", status="forecast"),
    F("hưởng 100%", "100", 100, "percent", "%",
      "mức phụ cấp ưu đãi nghề bác sĩ làm việc tại trạm y tế xã", status="forecast"),
    F("khoảng 6.800 tỷ đồng", "6.800", 6800e9, "money", "đồng/năm",
      "tổng kinh phí nâng phụ cấp ưu đãi nghề y mỗi năm", approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 9/9/2024, 07:00 (GMT+7)', byline at the end: health workers' pay and allowances.",
    "Distractors: '13 năm trước', 'hơn hai tháng' (durations), 'từ năm 2011', Nghị định số 05/2023/NĐ-CP, 'Bệnh viện Nhân dân 115' (name),",
    "'hạng IV' (grade), 'ngày 1/1/2025', 'quý IV/2024' (dates), '(GMT+7)'.",
    "National article: location Việt Nam; 'Hà Nội và TP Hồ Chí Minh lần lượt là 1.145 và 1.870' → locations of the items (no part-of cue: no total);",
    "the hospital's pay figures are located in TP Hồ Chí Minh (named in brackets).",
    "'thu nhập tăng trung bình 18-22%' is a growth rate that is the claim: a percent range, no change. 'từ 20% đến 70%' likewise a range.",
    "'nâng … từ 20% lên 40%': the current floor is optional (as in p681-1); the draft levels and cost follow 'dự kiến' → forecast.",
    "'tối đa 100%' → at_most; 'chưa đến 6,5 triệu' → under.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p681-6", TEXT, COMMENTS, FIGS, published="2024-09-09", location="Việt Nam") else 1)
