"""p845-1: province portal (Nam Định), monthly social allowance 9 months 2024, care centres, targets."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Nam Định: Hơn 98 nghìn đối tượng bảo trợ xã hội được hưởng trợ cấp hằng tháng
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316

9 tháng đầu năm 2024, toàn tỉnh có 98.640 đối tượng bảo trợ xã hội được hưởng trợ cấp xã hội hằng tháng, tăng 2.115 người so với cùng kỳ năm 2023. Trong đó, người cao tuổi 61.320 người, chiếm 62,2%; người khuyết tật 33.870 người; trẻ em mồ côi, không có nguồn nuôi dưỡng 1.245 người; các đối tượng khác 2.205 người.

Thực hiện Nghị định số 76/2024/NĐ-CP của Chính phủ, từ ngày 1/7/2024, mức chuẩn trợ giúp xã hội được nâng từ 360.000 đồng lên 500.000 đồng/tháng. Tổng kinh phí chi trả trợ cấp 9 tháng ước đạt 512,6 tỷ đồng, tăng 18,4% so với cùng kỳ, trong đó ngân sách tỉnh bổ sung gần 46 tỷ đồng.

Hiện toàn tỉnh có 4 cơ sở bảo trợ xã hội công lập và 3 cơ sở ngoài công lập, đang nuôi dưỡng tập trung 1.126 đối tượng, đạt khoảng 85% công suất thiết kế. Riêng Trung tâm Bảo trợ xã hội số 2 ở huyện Nghĩa Hưng đã tiếp nhận mới 37 người từ đầu năm đến nay.

Tỉnh đặt mục tiêu đến năm 2025 có 100% người cao tuổi cô đơn, không nơi nương tựa có nhu cầu được chăm sóc tại cơ sở trợ giúp xã hội hoặc tại cộng đồng. Trong quý IV/2024, Sở Lao động - Thương binh và Xã hội tổ chức đợt rà soát lần thứ 3 và phấn đấu chi trả qua tài khoản cho trên 70% người hưởng.

Cổng Thông tin điện tử tỉnh Nam Định
"""

P9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
P9b = P("9 tháng", "2024-01-01", "2024-09-30")
SUBJ = "đối tượng bảo trợ xã hội được hưởng trợ cấp xã hội hằng tháng"

FIGS = [
    F("Hơn 98 nghìn đối tượng", "98", 98000, "count", "đối tượng", SUBJ, approx="over"),
    F("có 98.640 đối tượng", "98.640", 98640, "count", "đối tượng", SUBJ, P9,
      change=C("increase", 2115, "người", "cùng kỳ năm 2023")),
    F("người cao tuổi 61.320 người", "61.320", 61320, "count", "người",
      "người cao tuổi hưởng trợ cấp xã hội hằng tháng", I(P9), total=98640, percent=62.2),
    F("người khuyết tật 33.870 người", "33.870", 33870, "count", "người",
      "người khuyết tật hưởng trợ cấp xã hội hằng tháng", I(P9), total=98640),
    F("nuôi dưỡng 1.245 người", "1.245", 1245, "count", "người",
      "trẻ em mồ côi, không có nguồn nuôi dưỡng hưởng trợ cấp xã hội hằng tháng", I(P9), total=98640),
    F("khác 2.205 người", "2.205", 2205, "count", "người",
      "các đối tượng khác hưởng trợ cấp xã hội hằng tháng", I(P9), total=98640),
    F("từ 360.000 đồng", "360.000", 360000, "money", "đồng",
      "mức chuẩn trợ giúp xã hội trước khi nâng"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng",
      "mức chuẩn trợ giúp xã hội", P("từ ngày 1/7/2024", "2024-07-01")),
    F("ước đạt 512,6 tỷ đồng", "512,6", 512.6e9, "money", "đồng",
      "tổng kinh phí chi trả trợ cấp", P9b, status="estimate",
      change=C("increase", 18.4, "%", "cùng kỳ")),
    F("bổ sung gần 46 tỷ đồng", "46", 46e9, "money", "đồng",
      "kinh phí ngân sách tỉnh bổ sung chi trả trợ cấp", P9b, approx="nearly",
      total=512.6e9, status="estimate"),
    F("có 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở bảo trợ xã hội công lập"),
    F("và 3 cơ sở ngoài công lập", "3", 3, "count", "cơ sở", "cơ sở bảo trợ xã hội ngoài công lập"),
    F("tập trung 1.126 đối tượng", "1.126", 1126, "count", "đối tượng",
      "đối tượng được nuôi dưỡng tập trung tại cơ sở bảo trợ xã hội", percent=85),
    F("mới 37 người", "37", 37, "count", "người",
      "người được Trung tâm Bảo trợ xã hội số 2 tiếp nhận mới",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-14"), location="Nghĩa Hưng"),
    F("có 100% người cao tuổi", "100", 100, "percent", "%",
      "tỷ lệ người cao tuổi cô đơn, không nơi nương tựa có nhu cầu được chăm sóc tại cơ sở trợ giúp xã hội hoặc tại cộng đồng",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("trên 70% người hưởng", "70", 70, "percent", "%",
      "tỷ lệ người hưởng được chi trả qua tài khoản",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Province portal (Nam Định): monthly social allowance beneficiaries, 9 months 2024; parts after 'Trong đó' (sum to 98.640).",
    "Distractors: Nghị định số 76/2024/NĐ-CP, Lượt xem 2.316, Trung tâm Bảo trợ xã hội số 2, lần thứ 3, dates and time.",
    "360.000 (old level) gets no period: 'từ ngày 1/7/2024' starts the new level 500.000. '9 tháng' takes 2024.",
    "'gần 46 tỷ' after 'trong đó' is a part of the 512,6 tỷ estimate and continues its clause (estimate).",
    "37 người: the centre named with its district Nghĩa Hưng -> location Nghĩa Hưng; 'từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    build("p845-1", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Nam Định")
