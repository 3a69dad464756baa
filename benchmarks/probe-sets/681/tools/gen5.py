"""p681-5: Party newspaper (Báo Thái Bình) — teachers' income after the reform, preschool allowances, shortage, byline + date at the end."""
import sys
from lib import F, P, I, CH, emit

TEXT = """Báo Thái Bình - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Bình
Giáo dục

Thu nhập của giáo viên tăng bình quân khoảng 1,6 triệu đồng/tháng

Toàn tỉnh hiện có 19.874 giáo viên công lập ở các cấp học được hưởng lương theo mức lương cơ sở mới. Theo Sở Giáo dục và Đào tạo, sau điều chỉnh, thu nhập bình quân của giáo viên tăng khoảng 1,6 triệu đồng/tháng; giáo viên có thâm niên trên 20 năm tăng từ 2 đến 2,5 triệu đồng/tháng.

Đối với giáo viên mầm non, ngoài lương, tỉnh đang chi trả phụ cấp ưu đãi nghề mức 35%, riêng 612 giáo viên công tác tại 14 xã bãi ngang, ven biển được hưởng mức 50%. Năm 2024, ngân sách tỉnh bố trí 42,6 tỷ đồng chi phụ cấp ưu đãi cho 4.215 giáo viên mầm non, tăng 9,8 tỷ đồng so với năm 2023. Tỉnh cũng hỗ trợ thêm 800.000 đồng/người/tháng cho 356 giáo viên mầm non hợp đồng.

Tính đến ngày 15/8/2024, 100% trường học đã chi trả phần chênh lệch tiền lương tháng 7 và tháng 8 với tổng số tiền 61,3 tỷ đồng. Cô Phạm Thị Hoa, giáo viên Trường Mầm non Thụy Hải (huyện Thái Thụy) chia sẻ: "Lương tăng giúp chúng tôi yên tâm bám lớp".

Tuy vậy, ngành giáo dục vẫn thiếu 1.126 giáo viên so với định mức, trong đó bậc mầm non thiếu 548 người. Năm học 2024-2025, tỉnh dự kiến tuyển dụng 650 giáo viên, đồng thời phấn đấu đến năm 2025 có 100% giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019.

THU HIỀN
20/8/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tăng bình quân khoảng 1,6", "1,6", 1.6e6, "money", "đồng/tháng",
      "thu nhập của giáo viên tăng bình quân", approx="about"),
    F("có 19.874 giáo viên", "19.874", 19874, "count", "giáo viên",
      "giáo viên công lập được hưởng lương theo mức lương cơ sở mới"),
    F("giáo viên tăng khoảng 1,6", "1,6", 1.6e6, "money", "đồng/tháng",
      "thu nhập bình quân của giáo viên tăng", approx="about"),
    F("trên 20 năm", "20", 20, "measure", "năm", approx="over", optional=True),
    F("tăng từ 2 đến 2,5 triệu", "2", 2e6, "money", "đồng/tháng",
      "thu nhập của giáo viên có thâm niên trên 20 năm tăng", value_max=2.5e6),
    F("nghề mức 35%", "35", 35, "percent", "%",
      "mức phụ cấp ưu đãi nghề giáo viên mầm non"),
    F("riêng 612 giáo viên", "612", 612, "count", "giáo viên",
      "giáo viên mầm non công tác tại xã bãi ngang, ven biển"),
    F("tại 14 xã", "14", 14, "count", "xã", "xã bãi ngang, ven biển"),
    F("hưởng mức 50%", "50", 50, "percent", "%",
      "mức phụ cấp ưu đãi nghề giáo viên mầm non tại xã bãi ngang, ven biển"),
    F("bố trí 42,6 tỷ đồng", "42,6", 42.6e9, "money", "đồng",
      "ngân sách tỉnh chi phụ cấp ưu đãi cho giáo viên mầm non", Y24,
      change=CH("increase", 9.8e9, "đồng", "năm 2023")),
    F("cho 4.215 giáo viên", "4.215", 4215, "count", "giáo viên",
      "giáo viên mầm non được chi phụ cấp ưu đãi", Y24),
    F("thêm 800.000 đồng/người/tháng", "800.000", 800000, "money", "đồng/người/tháng",
      "mức hỗ trợ thêm cho giáo viên mầm non hợp đồng"),
    F("cho 356 giáo viên", "356", 356, "count", "giáo viên",
      "giáo viên mầm non hợp đồng được hỗ trợ"),
    F("15/8/2024, 100% trường học", "100", 100, "percent", "%",
      "trường học đã chi trả phần chênh lệch tiền lương", P("Tính đến ngày 15/8/2024", None, "2024-08-15")),
    F("số tiền 61,3 tỷ đồng", "61,3", 61.3e9, "money", "đồng",
      "phần chênh lệch tiền lương tháng 7 và tháng 8 đã chi trả"),
    F("thiếu 1.126 giáo viên", "1.126", 1126, "count", "giáo viên",
      "giáo viên ngành giáo dục còn thiếu so với định mức"),
    F("thiếu 548 người", "548", 548, "count", "người",
      "giáo viên bậc mầm non còn thiếu", total=1126),
    F("tuyển dụng 650 giáo viên", "650", 650, "count", "giáo viên",
      "giáo viên dự kiến tuyển dụng", status="forecast"),
    F("có 100% giáo viên", "100", 100, "percent", "%",
      "giáo viên đạt chuẩn trình độ đào tạo", P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper), byline and bare date '20/8/2024' at the end: teachers' income, preschool allowances, arrears, shortage.",
    "Distractors: 'Luật Giáo dục 2019' (a name), 'Năm học 2024-2025' (a school year), school and district names, the byline date.",
    "Increases stated as the claim ('thu nhập … tăng khoảng 1,6 triệu đồng/tháng', headline and body) are money figures with no change.",
    "'trên 20 năm' is a seniority threshold: optional. 'từ 2 đến 2,5 triệu' is a range (multiplier on both ends).",
    "Allowance rates (35%, 50%) are percent figures of their own. 42,6 tỷ carries the change +9,8 tỷ đồng vs năm 2023.",
    "'phần chênh lệch tiền lương tháng 7 và tháng 8 … 61,3 tỷ': the sentence has both an as-of date and two months: no period (unscored).",
    "'dự kiến tuyển dụng 650' → forecast; 'đồng thời phấn đấu đến năm 2025 … 100%' → target (its own cue).",
    "The school-year phrase 'Năm học 2024-2025' is not in the period table: no period for 650.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p681-5", TEXT, COMMENTS, FIGS, published="2024-08-20", location="Thái Bình") else 1)
