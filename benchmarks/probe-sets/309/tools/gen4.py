from lib import *

text = """Trang thông tin điện tử thị xã Phú Mỹ
Tin hoạt động

Tăng cường quản lý lao động nước ngoài tại các khu công nghiệp trên địa bàn thị xã

Thị xã Phú Mỹ hiện có 9 khu công nghiệp đang hoạt động với hơn 370 dự án đầu tư còn hiệu lực, tổng vốn đăng ký trên 512 nghìn tỷ đồng, là địa phương có đông lao động nước ngoài nhất tỉnh Bà Rịa - Vũng Tàu.

Theo Phòng Lao động - Thương binh và Xã hội thị xã, 10 tháng năm 2024, các doanh nghiệp trên địa bàn đã đăng ký nhu cầu sử dụng 1.352 lao động nước ngoài, tăng 215 người so với cùng kỳ. Tính đến cuối tháng 10, có 3.418 người nước ngoài đang làm việc tại 287 doanh nghiệp, trong đó lao động có giấy phép lao động là 2.976 người, lao động thuộc diện miễn giấy phép 331 người, số còn lại (111 người) đang hoàn thiện hồ sơ.

Từ ngày 01/7 đến ngày 15/11/2024, Đoàn kiểm tra liên ngành của thị xã (gồm Phòng LĐ-TB&XH, Công an thị xã, Đội Quản lý thị trường số 4) đã kiểm tra 42 doanh nghiệp, trong đó có 31 doanh nghiệp tại KCN Phú Mỹ I, Phú Mỹ II và Cái Mép.

Qua kiểm tra, phát hiện 12 doanh nghiệp có vi phạm (chiếm 28,6% số doanh nghiệp được kiểm tra), chủ yếu là sử dụng lao động nước ngoài không có giấy phép lao động (27 trường hợp) và không báo cáo tình hình sử dụng lao động nước ngoài định kỳ (8 doanh nghiệp). UBND thị xã đã xử phạt hành chính 9 doanh nghiệp với tổng số tiền 486,5 triệu đồng, đề nghị trục xuất 4 người nước ngoài.

Thời gian tới, thị xã phấn đấu 100% doanh nghiệp sử dụng lao động nước ngoài thực hiện báo cáo định kỳ đúng hạn; tổ chức từ 2 đến 3 đợt kiểm tra chuyên đề mỗi năm.

Số điện thoại tiếp nhận phản ánh: 0254.3894.216.

Ngọc Trâm (Phòng LĐ-TB&XH)
22/11/2024
"""

N10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
C10 = P("Tính đến cuối tháng 10", None, "2024-10-31")
K = P("Từ ngày 01/7 đến ngày 15/11/2024", "2024-07-01", "2024-11-15")
Ki = P("Từ ngày 01/7 đến ngày 15/11/2024", "2024-07-01", "2024-11-15", inh=True)

figs = [
    F("có 9 khu công nghiệp", "9", 9, "count", "khu công nghiệp",
      "khu công nghiệp đang hoạt động"),
    F("hơn 370 dự án", "370", 370, "count", "dự án",
      "dự án đầu tư còn hiệu lực", approx="over"),
    F("trên 512 nghìn tỷ", "512", 512e12, "money", "đồng",
      "tổng vốn đăng ký", approx="over"),
    F("sử dụng 1.352 lao động", "1.352", 1352, "count", "lao động nước ngoài",
      "nhu cầu sử dụng lao động nước ngoài đăng ký", N10,
      change=CH("increase", 215, unit="người", baseline="cùng kỳ")),
    F("có 3.418 người", "3.418", 3418, "count", "người",
      "người nước ngoài đang làm việc", C10),
    F("tại 287 doanh nghiệp", "287", 287, "count", "doanh nghiệp",
      "doanh nghiệp sử dụng người nước ngoài", C10),
    F("là 2.976 người", "2.976", 2976, "count", "người",
      "lao động có giấy phép lao động", C10, total=3418),
    F("miễn giấy phép 331 người", "331", 331, "count", "người",
      "lao động thuộc diện miễn giấy phép", C10, total=3418),
    F("(111 người)", "111", 111, "count", "người",
      "lao động đang hoàn thiện hồ sơ", C10, total=3418),
    F("kiểm tra 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp",
      "doanh nghiệp được kiểm tra", K),
    F("có 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp",
      "doanh nghiệp được kiểm tra tại khu công nghiệp", K, total=42),
    F("phát hiện 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
      "doanh nghiệp có vi phạm", Ki, percent=28.6),
    F("(27 trường hợp)", "27", 27, "count", "trường hợp",
      "sử dụng lao động nước ngoài không có giấy phép lao động", Ki),
    F("(8 doanh nghiệp)", "8", 8, "count", "doanh nghiệp",
      "doanh nghiệp không báo cáo tình hình sử dụng lao động nước ngoài định kỳ", Ki),
    F("phạt hành chính 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      "doanh nghiệp bị xử phạt hành chính", Ki),
    F("tiền 486,5 triệu", "486,5", 486500000, "money", "đồng",
      "tổng số tiền xử phạt", Ki),
    F("trục xuất 4 người", "4", 4, "count", "người",
      "người nước ngoài bị đề nghị trục xuất", Ki),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "doanh nghiệp sử dụng lao động nước ngoài thực hiện báo cáo định kỳ đúng hạn", status="target"),
    F("từ 2 đến 3 đợt", "2", 2, "count", "đợt",
      "đợt kiểm tra chuyên đề mỗi năm", value_max=3, status="target"),
]

comments = [
    "District portal (thị xã Phú Mỹ, Bà Rịa - Vũng Tàu); no dateline at the top, byline and a bare date '22/11/2024' at the end (published).",
    "Location Phú Mỹ throughout (the province is named only as the comparison frame). 'hiện có' states no period: the opening figures have none.",
    "'tăng 215 người so với cùng kỳ' = change in người. 'Tính đến cuối tháng 10' = as of 2024-10-31 (year from '10 tháng năm 2024').",
    "'trong đó … 2.976, … 331, số còn lại (111 người)' are parts of 3.418 (sum 3418). '31 doanh nghiệp' part of the 42 inspected.",
    "Inspection period 'Từ ngày 01/7 đến ngày 15/11/2024' = 2024-07-01..2024-11-15; the next paragraph inherits it. Bracketed counts after 'chủ yếu là' have no part cue: no total.",
    "Targets 'phấn đấu 100%' and 'từ 2 đến 3 đợt' (range, value_max 3) with 'Thời gian tới' (no period). 'trên 512 nghìn tỷ đồng' = 5.12e14.",
    "Distractors: 'Đội Quản lý thị trường số 4', KCN 'Phú Mỹ I', 'Phú Mỹ II', dates 01/7 and 15/11/2024, phone 0254.3894.216.",
]
emit("p309-4", text, comments, figs, published="2024-11-22", location="Phú Mỹ")
