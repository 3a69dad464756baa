"""p931-1: province portal (Quảng Trị), Trung tâm Bảo trợ xã hội tổng hợp tỉnh, 6 tháng đầu năm 2024."""
from lib import F, period, change, target, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Quảng Trị: Hơn 180 đối tượng được nuôi dưỡng tập trung trong 6 tháng đầu năm

Cập nhật: 12/07/2024 09:45 | Lượt xem: 1.236

Theo báo cáo của Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị, 6 tháng đầu năm 2024, Trung tâm Bảo trợ xã hội tổng hợp tỉnh (đóng tại Quốc lộ 9, phường 4, thành phố Đông Hà) đang nuôi dưỡng tập trung 186 đối tượng, tăng 12 đối tượng so với cùng kỳ năm 2023. Trong đó có 74 trẻ em mồ côi, 21 trẻ em bị bỏ rơi, 58 người khuyết tật đặc biệt nặng và 33 người cao tuổi cô đơn không nơi nương tựa.

Trung tâm hiện có 42 cán bộ, nhân viên, trong đó 26 người trực tiếp chăm sóc đối tượng; bình quân mỗi nhân viên chăm sóc 7 đối tượng. Tổng kinh phí nuôi dưỡng, chăm sóc 6 tháng đầu năm ước đạt 4,86 tỷ đồng, đạt 52,3% dự toán năm.

Theo Nghị định số 76/2024/NĐ-CP, mức trợ cấp nuôi dưỡng trẻ em dưới 4 tuổi tại Trung tâm là 2,5 triệu đồng/người/tháng, trẻ em từ đủ 4 tuổi trở lên là 2 triệu đồng/người/tháng.

Trong 6 tháng đầu năm, Trung tâm đã tiếp nhận mới 9 trẻ em bị bỏ rơi, đưa 5 trẻ trở về hòa nhập cộng đồng và phối hợp giải quyết cho 3 trẻ được nhận làm con nuôi trong nước. Tỷ lệ trẻ em trong độ tuổi đi học được đến trường đạt 100%; 100% đối tượng được khám sức khỏe định kỳ 2 lần/năm.

Từ đầu năm đến nay, Trung tâm đã đón 112 lượt tổ chức, cá nhân đến thăm, tặng quà với tổng trị giá khoảng 320 triệu đồng. Năm 2024, Trung tâm phấn đấu hỗ trợ ít nhất 10 đối tượng đủ điều kiện trở về hòa nhập cộng đồng, tỷ lệ đối tượng hài lòng với dịch vụ chăm sóc đạt trên 95%.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_INH = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H1_BARE = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y2024 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 180 đối tượng", "180", 180, "count", "đối tượng", approx="over",
      subject="đối tượng được nuôi dưỡng tập trung", period=H1_BARE),
    F("tập trung 186 đối tượng", "186", 186, "count", "đối tượng",
      change=change("increase", 12, "đối tượng", "cùng kỳ năm 2023"),
      subject="đối tượng Trung tâm Bảo trợ xã hội tổng hợp tỉnh nuôi dưỡng tập trung", period=H1),
    F("có 74 trẻ em mồ côi", "74", 74, "count", "trẻ em", total=186,
      subject="trẻ em mồ côi được nuôi dưỡng tập trung", period=H1_INH),
    F("21 trẻ em bị bỏ rơi", "21", 21, "count", "trẻ em", total=186,
      subject="trẻ em bị bỏ rơi được nuôi dưỡng tập trung", period=H1_INH),
    F("58 người khuyết tật", "58", 58, "count", "người", total=186,
      subject="người khuyết tật đặc biệt nặng được nuôi dưỡng tập trung", period=H1_INH),
    F("33 người cao tuổi", "33", 33, "count", "người", total=186,
      subject="người cao tuổi cô đơn không nơi nương tựa được nuôi dưỡng tập trung", period=H1_INH),
    F("có 42 cán bộ", "42", 42, "count", "cán bộ, nhân viên",
      subject="cán bộ, nhân viên của Trung tâm"),
    F("26 người trực tiếp", "26", 26, "count", "người", total=42,
      subject="người trực tiếp chăm sóc đối tượng"),
    F("chăm sóc 7 đối tượng", "7", 7, "measure", "đối tượng/nhân viên",
      subject="đối tượng bình quân mỗi nhân viên chăm sóc"),
    F("ước đạt 4,86 tỷ đồng", "4,86", 4.86e9, "money", "đồng", percent=52.3, status="estimate",
      subject="tổng kinh phí nuôi dưỡng, chăm sóc", period=H1_BARE),
    F("dưới 4 tuổi", "4", 4, "measure", "tuổi", approx="under", optional=True),
    F("là 2,5 triệu đồng", "2,5", 2.5e6, "money", "đồng/người/tháng",
      subject="mức trợ cấp nuôi dưỡng trẻ em dưới 4 tuổi tại Trung tâm"),
    F("từ đủ 4 tuổi", "4", 4, "measure", "tuổi", approx="at_least", optional=True),
    F("là 2 triệu đồng", "2", 2e6, "money", "đồng/người/tháng",
      subject="mức trợ cấp nuôi dưỡng trẻ em từ đủ 4 tuổi trở lên tại Trung tâm"),
    F("mới 9 trẻ em", "9", 9, "count", "trẻ em",
      subject="trẻ em bị bỏ rơi Trung tâm tiếp nhận mới", period=H1_BARE),
    F("đưa 5 trẻ", "5", 5, "count", "trẻ",
      subject="trẻ trở về hòa nhập cộng đồng", period=H1_BARE),
    F("cho 3 trẻ", "3", 3, "count", "trẻ",
      subject="trẻ được nhận làm con nuôi trong nước", period=H1_BARE),
    F("đến trường đạt 100%", "100", 100, "percent", "%",
      subject="tỷ lệ trẻ em trong độ tuổi đi học được đến trường"),
    F("; 100% đối tượng", "100", 100, "percent", "%",
      subject="đối tượng được khám sức khỏe định kỳ"),
    F("2 lần/năm", "2", 2, "measure", "lần/năm", optional=True),
    F("đón 112 lượt", "112", 112, "count", "lượt tổ chức, cá nhân",
      subject="lượt tổ chức, cá nhân đến thăm, tặng quà",
      period=period("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")),
    F("khoảng 320 triệu đồng", "320", 320e6, "money", "đồng", approx="about",
      subject="tổng trị giá quà tặng",
      period=period("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")),
    F("ít nhất 10 đối tượng", "10", 10, "count", "đối tượng", approx="at_least", status="target",
      subject="đối tượng đủ điều kiện được hỗ trợ trở về hòa nhập cộng đồng", period=Y2024),
    F("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
      subject="tỷ lệ đối tượng hài lòng với dịch vụ chăm sóc", period=Y2024),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Trị: Trung tâm Bảo trợ xã hội tổng hợp tỉnh, 6 tháng đầu năm 2024 (dateline 12/07/2024 09:45; 'Lượt xem: 1.236' is furniture).",
    "Distractors: Nghị định số 76/2024/NĐ-CP, Quốc lộ 9, phường 4. Year-less '6 tháng đầu năm' (headline, 4,86 tỷ, 'Trong 6 tháng đầu năm') = 2024.",
    "74+21+58+33 = 186 after 'Trong đó' (next sentence): total 186. Age thresholds '4 tuổi' and '2 lần/năm' are optional.",
    "'bình quân mỗi nhân viên chăm sóc 7 đối tượng' is a rate: measure, unit 'đối tượng/nhân viên'.",
]

write("p931-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Quảng Trị")
