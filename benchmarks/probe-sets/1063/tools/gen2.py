"""p1063-2: district portal (huyện Đức Hòa, Long An), 9 months 2023."""
from lib import F, P, I, C, T, write

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ / Tin hoạt động / Lao động - Xã hội
Thứ Năm, 12/10/2023 - 14:30

Gần 6.000 lao động nộp hồ sơ hưởng trợ cấp thất nghiệp

Theo Phòng Lao động - Thương binh và Xã hội huyện, 9 tháng năm 2023, Điểm tiếp nhận hồ sơ bảo hiểm thất nghiệp đặt tại huyện đã tiếp nhận 5.968 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, gấp 1,6 lần so với cùng kỳ năm 2022. Số người có quyết định hưởng là 5.742 người với tổng số tiền gần 98 tỷ đồng.

Người nộp hồ sơ chủ yếu đến từ các doanh nghiệp trong Khu công nghiệp Đức Hòa 1, Khu công nghiệp Hải Sơn và Cụm công nghiệp Đức Hòa Đông. Đáng chú ý, số lao động trên 40 tuổi nộp hồ sơ gấp 2 lần nhóm dưới 30 tuổi. Riêng tháng 9, Điểm tiếp nhận 812 hồ sơ, giảm 124 hồ sơ so với tháng 8.

Tại các buổi tiếp nhận, cán bộ đã tư vấn chính sách bảo hiểm thất nghiệp cho 4.215 lượt người, giới thiệu 628 người đến phỏng vấn tại các doanh nghiệp đang tuyển dụng; 173 người được hỗ trợ học nghề hàn, cơ khí, chăm sóc sắc đẹp với mức hỗ trợ tối đa 1,5 triệu đồng/người/tháng theo Quyết định số 17/2021/QĐ-TTg.

Qua rà soát, Phòng phát hiện 37 trường hợp đã có việc làm nhưng không thông báo, đề nghị thu hồi hơn 215 triệu đồng tiền trợ cấp.

Theo kế hoạch, trong quý IV/2023, huyện phối hợp tổ chức 3 phiên giao dịch việc làm lưu động tại xã Hựu Thạnh, xã Đức Lập Hạ và thị trấn Hậu Nghĩa, dự kiến thu hút khoảng 50 doanh nghiệp với trên 2.000 vị trí việc làm.

Minh Thư
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
figs = [
    F("Gần 6.000 lao động", "6.000", 6000, "count", "lao động", "lao động nộp hồ sơ hưởng trợ cấp thất nghiệp",
      approx="nearly"),
    F("tiếp nhận 5.968 hồ sơ", "5.968", 5968, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", M9,
      change=C("increase", 1.6, "lần", "cùng kỳ năm 2022")),
    F("là 5.742 người", "5.742", 5742, "count", "người", "người có quyết định hưởng", I(M9)),
    F("gần 98 tỷ đồng", "98", 98e9, "money", "đồng", "tổng số tiền trợ cấp thất nghiệp được hưởng", I(M9),
      approx="nearly"),
    F("trên 40 tuổi", "40", 40, "measure", "tuổi", approx="over", optional=True),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "lao động trên 40 tuổi nộp hồ sơ so với nhóm dưới 30 tuổi", I(M9)),
    F("dưới 30 tuổi", "30", 30, "measure", "tuổi", approx="under", optional=True),
    F("tiếp nhận 812 hồ sơ", "812", 812, "count", "hồ sơ", "hồ sơ tiếp nhận",
      P("tháng 9", "2023-09-01", "2023-09-30"), change=C("decrease", 124, "hồ sơ", "tháng 8")),
    F("cho 4.215 lượt người", "4.215", 4215, "count", "lượt người",
      "lượt người được tư vấn chính sách bảo hiểm thất nghiệp", I(M9)),
    F("giới thiệu 628 người", "628", 628, "count", "người", "người được giới thiệu đến phỏng vấn tại doanh nghiệp",
      I(M9)),
    F("; 173 người", "173", 173, "count", "người", "người được hỗ trợ học nghề", I(M9)),
    F("tối đa 1,5 triệu đồng/người/tháng", "1,5", 1.5e6, "money", "đồng/người/tháng", "mức hỗ trợ học nghề",
      approx="at_most"),
    F("phát hiện 37 trường hợp", "37", 37, "count", "trường hợp",
      "trường hợp đã có việc làm nhưng không thông báo"),
    F("hơn 215 triệu đồng", "215", 215e6, "money", "đồng", "tiền trợ cấp đề nghị thu hồi", approx="over"),
    F("tổ chức 3 phiên", "3", 3, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm lưu động", Q4,
      status="target"),
    F("khoảng 50 doanh nghiệp", "50", 50, "count", "doanh nghiệp", "doanh nghiệp tham gia phiên giao dịch việc làm",
      Q4, approx="about", status="forecast"),
    F("trên 2.000 vị trí", "2.000", 2000, "count", "vị trí việc làm", "vị trí việc làm", Q4, approx="over",
      status="forecast"),
]
notes = [
    "Đức Hòa district portal (Long An), 9 tháng năm 2023. Location is the district; communes and industrial parks lie in it.",
    "'gấp 1,6 lần so với cùng kỳ năm 2022' after a count is read as its change (unit lần), like 'tăng 2,8 lần so với cùng kỳ';",
    "'gấp 2 lần nhóm dưới 30 tuổi' standing alone as the claim is a multiple. Age thresholds are optional.",
    "Headline figure has no period phrase (no period). 'tháng 9' takes 2023 from '9 tháng năm 2023' before it.",
    "'Theo kế hoạch' -> target for 3 phiên; 'dự kiến' governs '50 doanh nghiệp' and the clause that continues it.",
    "Distractors: Thứ Năm 12/10/2023 14:30, Khu công nghiệp Đức Hòa 1, Quyết định số 17/2021/QĐ-TTg.",
]
write(2, text, figs, notes, published="2023-10-12", location="Đức Hòa")
