"""p620-2: district portal (Hải Hậu, Nam Định), children in special circumstances, H1/2024."""
from lib import F, P, INH, YEAR, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Tin tức - Sự kiện > Văn hóa - Xã hội

Hải Hậu: Hơn 1.100 trẻ em có hoàn cảnh đặc biệt được quan tâm, hỗ trợ

Thứ Năm, 11/07/2024 - 14:20

Theo Phòng Lao động - Thương binh và Xã hội huyện, tính đến ngày 30/6/2024, toàn huyện có 1.146 trẻ em có hoàn cảnh đặc biệt, giảm 37 em so với cuối năm 2023. Trong đó, trẻ em mồ côi cả cha và mẹ 58 em, trẻ em khuyết tật 712 em, trẻ em bị bỏ rơi 6 em; số còn lại thuộc các nhóm khác.

6 tháng đầu năm, huyện đã chi trả trợ cấp xã hội hằng tháng cho 843 trẻ em với tổng kinh phí gần 4,6 tỷ đồng; mức trợ cấp từ 540.000 đến 1.350.000 đồng/tháng tùy độ tuổi và mức độ khuyết tật. 100% trẻ em có hoàn cảnh đặc biệt được cấp thẻ bảo hiểm y tế miễn phí.

Công tác chăm sóc thay thế tiếp tục được chú trọng. Hiện toàn huyện có 27 trẻ em được nhận chăm sóc thay thế tại gia đình, 9 trẻ em đang được nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh. Trong 6 tháng đầu năm có 14 trẻ em được đăng ký làm con nuôi, tăng 5 trường hợp so với cùng kỳ năm 2023. Số trẻ em nhận chăm sóc thay thế bởi người thân thích và không phải người thân thích lần lượt là 21 em và 6 em.

Nhân Tháng hành động vì trẻ em và Tết Thiếu nhi 1/6, các cấp, ngành, đoàn thể đã trao 1.350 suất quà, tổng trị giá khoảng 620 triệu đồng; Quỹ Bảo trợ trẻ em huyện vận động được 312,5 triệu đồng, đạt 104,2% kế hoạch năm.

Phấn đấu năm 2024, 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp kịp thời và tỷ lệ xã, thị trấn đạt tiêu chuẩn phù hợp với trẻ em từ 85% trở lên.

Đường dây nóng: Tổng đài quốc gia bảo vệ trẻ em 111 hoặc 0228.3877.215.

Phạm Thu Hà (Phòng VH-TT huyện)
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = YEAR(2024, "năm 2024")

FIGS = [
    F("Hơn 1.100 trẻ em", "1.100", 1100, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt được quan tâm, hỗ trợ", INH(ASOF),
      approx="over"),
    F("có 1.146 trẻ em", "1.146", 1146, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", ASOF,
      change=CH("decrease", 37, "em", "cuối năm 2023")),
    F("cha và mẹ 58 em", "58", 58, "count", "em", "trẻ em mồ côi cả cha và mẹ", INH(ASOF), total=1146),
    F("khuyết tật 712 em", "712", 712, "count", "em", "trẻ em khuyết tật", INH(ASOF), total=1146),
    F("bỏ rơi 6 em", "6", 6, "count", "em", "trẻ em bị bỏ rơi", INH(ASOF), total=1146),
    F("cho 843 trẻ em", "843", 843, "count", "trẻ em", "trẻ em được chi trả trợ cấp xã hội hằng tháng", H1),
    F("gần 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp xã hội hằng tháng", H1,
      approx="nearly"),
    F("từ 540.000 đến", "540.000", 540000, "money", "đồng/tháng", "mức trợ cấp xã hội hằng tháng cho trẻ em", INH(H1),
      value_max=1350000),
    F("100% trẻ em có hoàn cảnh đặc biệt được cấp", "100", 100, "percent", "%",
      "trẻ em có hoàn cảnh đặc biệt được cấp thẻ bảo hiểm y tế miễn phí", INH(H1)),
    F("có 27 trẻ em", "27", 27, "count", "trẻ em", "trẻ em được nhận chăm sóc thay thế tại gia đình"),
    F("9 trẻ em đang", "9", 9, "count", "trẻ em", "trẻ em đang được nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh"),
    F("có 14 trẻ em", "14", 14, "count", "trẻ em", "trẻ em được đăng ký làm con nuôi", H1b,
      change=CH("increase", 5, "trường hợp", "cùng kỳ năm 2023")),
    F("là 21 em", "21", 21, "count", "em", "trẻ em nhận chăm sóc thay thế bởi người thân thích"),
    F("21 em và 6 em", "6", 6, "count", "em", "trẻ em nhận chăm sóc thay thế bởi người không phải người thân thích"),
    F("trao 1.350 suất quà", "1.350", 1350, "count", "suất quà", "suất quà trao cho trẻ em"),
    F("khoảng 620 triệu đồng", "620", 620e6, "money", "đồng", "tổng trị giá quà tặng trẻ em", approx="about"),
    F("được 312,5 triệu đồng", "312,5", 312.5e6, "money", "đồng", "Quỹ Bảo trợ trẻ em huyện vận động", percent=104.2),
    F("2024, 100% trẻ em", "100", 100, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp kịp thời", Y24,
      status="target"),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ xã, thị trấn đạt tiêu chuẩn phù hợp với trẻ em", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hải Hậu (invented): trẻ em có hoàn cảnh đặc biệt, trợ cấp, chăm sóc thay thế, con nuôi, 6 tháng đầu năm 2024.",
    "District portal: location Hải Hậu throughout. Distractors: dateline, Tết Thiếu nhi 1/6, hotline 111, phone 0228.3877.215.",
    "'giảm 37 em so với cuối năm 2023' is a change in em; 'tăng 5 trường hợp so với cùng kỳ' likewise.",
    "'lần lượt là 21 em và 6 em' splits the 27 of the previous sentence but with no part cue: no total.",
    "'Hiện ...' sentences and the gift sentence have no period phrase: no period. Subsidy range takes the H1 sentence's period only as inherited.",
]

if __name__ == "__main__":
    emit("p620-2", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Hải Hậu")
