"""p655-5: Party newspaper (Báo Đồng Nai), workers withdrawing one-off social insurance, 7 months 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BÁO ĐỒNG NAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐỒNG NAI

Rút bảo hiểm xã hội một lần: Được trước mắt, thiệt lâu dài

Thay vì bảo lưu thời gian đóng để hưởng lương hưu, nhiều công nhân chọn rút bảo hiểm xã hội (BHXH) một lần ngay sau khi nghỉ việc.

7 tháng đầu năm 2024, BHXH tỉnh đã giải quyết cho 38.912 người hưởng BHXH một lần, tăng 5,4% so với cùng kỳ năm 2023, với tổng số tiền gần 1.950 tỷ đồng. Bình quân mỗi người nhận khoảng 50,1 triệu đồng.

Đáng chú ý, số người rút BHXH một lần gấp 1,4 lần số người tham gia mới trong cùng thời gian. Theo phân tích của cơ quan BHXH, hơn 70% người rút là lao động dưới 35 tuổi; khoảng 65% có thời gian đóng dưới 5 năm.

Số người hưởng BHXH một lần tập trung nhiều nhất tại TP. Biên Hòa với 11.426 người, tiếp đến là huyện Trảng Bom 6.208 người và huyện Nhơn Trạch 4.317 người.

Cùng thời gian, toàn tỉnh có 25.604 người nộp hồ sơ hưởng trợ cấp thất nghiệp; trong đó có 9.870 người vừa nộp hồ sơ thất nghiệp vừa làm thủ tục rút BHXH một lần. Hiện toàn tỉnh có hơn 1,1 triệu người tham gia bảo hiểm thất nghiệp.

Ông Trần Văn Tuấn, Phó giám đốc BHXH tỉnh cho biết, ngành đã phối hợp tổ chức 14 phiên giao dịch việc làm, thu hút khoảng 5.300 lượt lao động, đồng thời tư vấn tại chỗ để người lao động hiểu quyền lợi khi bảo lưu. "Năm 2024, chúng tôi phấn đấu giảm ít nhất 10% số người hưởng BHXH một lần so với năm 2023", ông Tuấn nói.

Người lao động có thể gọi tổng đài 1900.9068 hoặc đến BHXH tỉnh tại số 1 Nguyễn Ái Quốc, TP. Biên Hòa để được hướng dẫn.

HẢI QUÂN

12/08/2024
"""

M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")

FIGS = [
    F("cho 38.912 người", "38.912", 38912, "count", "người", "người hưởng BHXH một lần", M7,
      change=CH("increase", 5.4, "%", "cùng kỳ năm 2023")),
    F("gần 1.950 tỷ đồng", "1.950", 1950e9, "money", "đồng", "tổng số tiền hưởng BHXH một lần", M7,
      approx="nearly"),
    F("khoảng 50,1 triệu đồng", "50,1", 50.1e6, "money", "đồng", "số tiền bình quân mỗi người nhận",
      INH(M7), approx="about"),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần",
      "số người rút BHXH một lần so với số người tham gia mới", INH(M7)),
    F("hơn 70%", "70", 70, "percent", "%", "người rút là lao động dưới 35 tuổi", INH(M7), approx="over"),
    F("dưới 35 tuổi", "35", 35, "measure", "tuổi", approx="under", optional=True),
    F("khoảng 65%", "65", 65, "percent", "%", "người rút có thời gian đóng dưới 5 năm", INH(M7),
      approx="about"),
    F("dưới 5 năm", "5", 5, "measure", "năm", approx="under", optional=True),
    F("với 11.426 người", "11.426", 11426, "count", "người", "người hưởng BHXH một lần", INH(M7),
      location="Biên Hòa"),
    F("Trảng Bom 6.208 người", "6.208", 6208, "count", "người", "người hưởng BHXH một lần", INH(M7),
      location="Trảng Bom"),
    F("Nhơn Trạch 4.317 người", "4.317", 4317, "count", "người", "người hưởng BHXH một lần", INH(M7),
      location="Nhơn Trạch"),
    F("có 25.604 người", "25.604", 25604, "count", "người", "người nộp hồ sơ hưởng trợ cấp thất nghiệp",
      INH(M7)),
    F("có 9.870 người", "9.870", 9870, "count", "người",
      "người vừa nộp hồ sơ thất nghiệp vừa làm thủ tục rút BHXH một lần", INH(M7), total=25604),
    F("hơn 1,1 triệu người", "1,1", 1.1e6, "count", "người", "người tham gia bảo hiểm thất nghiệp",
      approx="over"),
    F("tổ chức 14 phiên", "14", 14, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm",
      INH(M7)),
    F("khoảng 5.300 lượt lao động", "5.300", 5300, "count", "lượt lao động",
      "lượt lao động phiên giao dịch việc làm thu hút", INH(M7), approx="about"),
    F("ít nhất 10%", "10", 10, "percent", "%", "giảm số người hưởng BHXH một lần so với năm 2023",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Đồng Nai (Party newspaper): rút BHXH một lần và trợ cấp thất nghiệp 7 tháng đầu năm 2024. Byline and bare date '12/08/2024' at the end.",
    "Location Đồng Nai (named in the masthead; 'BHXH tỉnh'); cities/districts in the 'tập trung nhiều nhất tại … tiếp đến là …' list go to location.",
    "'gấp 1,4 lần số người tham gia mới' stands alone as the claim: a multiple. 'giảm ít nhất 10%' (target, a rate that is the claim): percent, no change.",
    "Age and contribution thresholds ('dưới 35 tuổi', 'dưới 5 năm') are optional. 'Hiện' gives no period (1,1 triệu).",
    "'Cùng thời gian' and 'trong cùng thời gian' refer back to 7 tháng đầu năm 2024: inherited (not scored).",
    "Distractors: hotline '1900.9068', 'số 1 Nguyễn Ái Quốc', date at the end.",
]

if __name__ == "__main__":
    emit("p655-5", TEXT, COMMENTS, FIGS, published="2024-08-12", location="Đồng Nai")
