"""p684-1: Quảng Bình province portal — HĐND resolution on tuition fees for school year 2024-2025."""
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Quảng Bình: Học phí mầm non, THCS ở thành thị tăng lên 300.000 đồng/tháng

Cập nhật: 16/07/2024 10:25 | Lượt xem: 1.384

Tại Kỳ họp thứ 17, HĐND tỉnh khóa XVIII đã thông qua Nghị quyết số 58/2024/NQ-HĐND quy định mức thu học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông công lập trên địa bàn tỉnh năm học 2024-2025.

Theo Nghị quyết, mức học phí mầm non và THCS năm học 2024-2025 ở khu vực thành thị là 300.000 đồng/học sinh/tháng, tăng 45.000 đồng so với năm học trước; khu vực nông thôn 120.000 đồng/học sinh/tháng; vùng dân tộc thiểu số và miền núi 60.000 đồng/học sinh/tháng. Đối với THPT, mức thu lần lượt là 300.000 đồng (thành thị), 200.000 đồng (nông thôn) và 100.000 đồng/học sinh/tháng (vùng dân tộc thiểu số và miền núi).

Học sinh tiểu học trường công lập không phải đóng học phí. Toàn tỉnh hiện có khoảng 212.000 trẻ em, học sinh công lập thuộc diện nộp học phí; trong đó hơn 41.500 em được miễn, giảm học phí theo Nghị định số 81/2021/NĐ-CP của Chính phủ, chiếm 19,6%.

Năm 2024, ngân sách tỉnh bố trí khoảng 38,6 tỷ đồng để cấp bù học phí và hỗ trợ chi phí học tập, tăng 12% so với năm 2023. Ngoài ra, trẻ mẫu giáo ở các xã, thôn đặc biệt khó khăn được hỗ trợ tiền ăn trưa 160.000 đồng/trẻ/tháng, tối đa 9 tháng/năm học.

Theo ông Hoàng Văn Bắc, Phó Giám đốc Sở GD&ĐT, dù tăng nhưng mức thu mới vẫn thấp hơn khoảng 30% so với mức trần khung học phí do Chính phủ quy định. Tỉnh phấn đấu đến năm 2025 có 100% học sinh thuộc diện chính sách được nhận hỗ trợ qua tài khoản ngân hàng.

Cơ quan chủ quản: UBND tỉnh Quảng Bình
Địa chỉ: Số 06 Hùng Vương, TP Đồng Hới; Điện thoại: 0232.3822.018
"""

NH24 = NH("năm học 2024-2025", 2024)

FIGS = [
    F("tăng lên 300.000 đồng/tháng", "300.000", 300000, "money", "đồng/tháng",
      "học phí mầm non, THCS ở thành thị", I(NH24)),
    F("thành thị là 300.000 đồng", "300.000", 300000, "money", "đồng/học sinh/tháng",
      "mức học phí mầm non và THCS khu vực thành thị", NH24,
      change=CH("increase", 45000, "đồng", "năm học trước")),
    F("nông thôn 120.000 đồng", "120.000", 120000, "money", "đồng/học sinh/tháng",
      "mức học phí mầm non và THCS khu vực nông thôn", NH24),
    F("miền núi 60.000 đồng", "60.000", 60000, "money", "đồng/học sinh/tháng",
      "mức học phí mầm non và THCS vùng dân tộc thiểu số và miền núi", NH24),
    F("là 300.000 đồng (thành thị)", "300.000", 300000, "money", "đồng/học sinh/tháng",
      "mức thu học phí THPT thành thị", I(NH24)),
    F("200.000 đồng (nông thôn)", "200.000", 200000, "money", "đồng/học sinh/tháng",
      "mức thu học phí THPT nông thôn", I(NH24)),
    F("và 100.000 đồng/học sinh/tháng", "100.000", 100000, "money", "đồng/học sinh/tháng",
      "mức thu học phí THPT vùng dân tộc thiểu số và miền núi", I(NH24)),
    F("khoảng 212.000 trẻ em", "212.000", 212000, "count", "trẻ em, học sinh",
      "trẻ em, học sinh công lập thuộc diện nộp học phí", approx="about"),
    F("hơn 41.500 em", "41.500", 41500, "count", "em",
      "em được miễn, giảm học phí", approx="over", total=212000, percent=19.6),
    F("khoảng 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng",
      "ngân sách tỉnh bố trí cấp bù học phí và hỗ trợ chi phí học tập", Y("Năm 2024", 2024),
      approx="about", change=CH("increase", 12, "%", "năm 2023")),
    F("trưa 160.000 đồng/trẻ/tháng", "160.000", 160000, "money", "đồng/trẻ/tháng",
      "tiền ăn trưa hỗ trợ trẻ mẫu giáo ở các xã, thôn đặc biệt khó khăn"),
    F("tối đa 9 tháng/năm học", "9", 9, "measure", "tháng/năm học",
      "thời gian hỗ trợ tiền ăn trưa", approx="at_most", optional=True),
    F("khoảng 30% so với mức trần", "30", 30, "percent", "%",
      "mức thu học phí mới thấp hơn so với mức trần khung học phí do Chính phủ quy định", approx="about"),
    F("có 100% học sinh", "100", 100, "percent", "%",
      "học sinh thuộc diện chính sách được nhận hỗ trợ qua tài khoản ngân hàng",
      ASOF("đến năm 2025", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình: Nghị quyết HĐND về mức học phí năm học 2024-2025 (province portal, breadcrumb, Cập nhật + Lượt xem).",
    "School year 'năm học 2024-2025' = 2024-09-01 .. 2025-05-31 (teaching year; FIGURES.md has no rule for it).",
    "Headline 'tăng lên 300.000' states the new level, not a change. 'tăng 45.000 đồng so với năm học trước' is the change of 300.000 (thành thị).",
    "THPT list: bracketed area labels after each amount; period inherited from the previous sentence.",
    "Distractors: Kỳ họp thứ 17, khóa XVIII, NQ 58/2024/NQ-HĐND, NĐ 81/2021/NĐ-CP, Lượt xem 1.384, Số 06 Hùng Vương, phone.",
]

if __name__ == "__main__":
    emit("p684-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Quảng Bình")
