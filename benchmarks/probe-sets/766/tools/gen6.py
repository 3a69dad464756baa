"""p766-6: national press — việc làm của người khiếm thị học nghề xoa bóp (survey, TP HCM, Hà Nội)."""
from lib import F, P, INH, CH, emit

TEXT = """Thời sự › Việc làm
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Gần 70% người khiếm thị học nghề xoa bóp có việc làm ổn định

Khảo sát vừa công bố của Trung ương Hội Người mù Việt Nam cho thấy gần 70% học viên khiếm thị tốt nghiệp nghề xoa bóp, bấm huyệt giai đoạn 2021-2023 đang có việc làm ổn định.

Khảo sát thực hiện tại 12 tỉnh, thành phố với 1.560 người khiếm thị từng học nghề. Trong đó, 1.085 người đang làm việc tại cơ sở xoa bóp, 214 người làm nghề khác như bán vé số, dạy đàn, số còn lại chưa có việc làm. Thu nhập của kỹ thuật viên xoa bóp khiếm thị phổ biến từ 6 đến 9 triệu đồng mỗi tháng. Mức này cao gấp 2 lần thu nhập của nhóm lao động tự do.

Tại TP HCM, hiện có khoảng 180 cơ sở xoa bóp do người khiếm thị làm chủ, thu hút hơn 1.300 lao động. Cơ sở của anh Nguyễn Văn Tài trên đường 3 Tháng 2, quận 10, có 12 kỹ thuật viên khiếm thị, mỗi ngày đón 40-50 lượt khách.

Theo Hội Người mù TP HCM, từ 30 đến 40% cơ sở nhỏ gặp khó khăn về mặt bằng, chỉ khoảng 15% được vay vốn ưu đãi. Năm 2023, Chi nhánh Ngân hàng Chính sách xã hội TP HCM cho 2.450 người khiếm thị vay vốn với dư nợ 98,5 tỷ đồng, tăng 11% so với năm 2022.

Tại Hà Nội, Hội Người mù thành phố đã đào tạo 326 kỹ thuật viên xoa bóp trong năm 2023 và đặt mục tiêu đến năm 2025 nâng số cơ sở xoa bóp của hội viên lên 150, từ mức 118 hiện nay.

Hoài Thu
"""

GD = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("trong năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("Gần 70% người khiếm thị", "70", 70, "percent", "%", "người khiếm thị học nghề xoa bóp có việc làm ổn định", INH(GD),
      approx="nearly"),
    F("gần 70% học viên", "70", 70, "percent", "%", "học viên khiếm thị tốt nghiệp nghề xoa bóp, bấm huyệt có việc làm ổn định", GD,
      approx="nearly"),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát"),
    F("với 1.560 người", "1.560", 1560, "count", "người khiếm thị", "người khiếm thị từng học nghề được khảo sát"),
    F("1.085 người", "1.085", 1085, "count", "người", "người đang làm việc tại cơ sở xoa bóp", total=1560),
    F("214 người", "214", 214, "count", "người", "người làm nghề khác", total=1560),
    F("từ 6 đến 9 triệu đồng", "6", 6000000, "money", "đồng/tháng", "thu nhập của kỹ thuật viên xoa bóp khiếm thị",
      value_max=9000000),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "thu nhập so với nhóm lao động tự do"),
    F("khoảng 180 cơ sở", "180", 180, "count", "cơ sở xoa bóp", "cơ sở xoa bóp do người khiếm thị làm chủ", approx="about",
      location=HCM),
    F("hơn 1.300 lao động", "1.300", 1300, "count", "lao động", "lao động tại cơ sở xoa bóp do người khiếm thị làm chủ",
      approx="over", location=HCM),
    F("có 12 kỹ thuật viên", "12", 12, "count", "kỹ thuật viên khiếm thị", "kỹ thuật viên khiếm thị của cơ sở", location=HCM),
    F("đón 40-50 lượt khách", "40", 40, "count", "lượt khách", "lượt khách mỗi ngày", value_max=50, location=HCM),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "cơ sở nhỏ gặp khó khăn về mặt bằng", value_max=40, location=HCM),
    F("khoảng 15%", "15", 15, "percent", "%", "cơ sở được vay vốn ưu đãi", approx="about", location=HCM),
    F("cho 2.450 người", "2.450", 2450, "count", "người khiếm thị", "người khiếm thị được vay vốn", Y23, location=HCM),
    F("dư nợ 98,5 tỷ đồng", "98,5", 98500000000, "money", "đồng", "dư nợ cho vay người khiếm thị", Y23,
      change=CH("increase", 11, "%", "năm 2022"), location=HCM),
    F("đào tạo 326 kỹ thuật viên", "326", 326, "count", "kỹ thuật viên xoa bóp", "kỹ thuật viên xoa bóp được đào tạo", Y23b,
      location="Hà Nội"),
    F("lên 150", "150", 150, "count", "cơ sở xoa bóp", "số cơ sở xoa bóp của hội viên", TO25, status="target", location="Hà Nội"),
    F("từ mức 118", "118", 118, "count", "cơ sở xoa bóp", "số cơ sở xoa bóp của hội viên hiện nay", location="Hà Nội"),
]

COMMENTS = [
    "National press (invented, VnExpress style): 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at end. Default location Việt Nam (national survey).",
    "Distractors: '(GMT+7)', 'giai đoạn 2021-2023', 'đường 3 Tháng 2', 'quận 10', '07:00'.",
    "'Trong đó, 1.085 người ..., 214 người' after 1.560 → total 1560 across the sentence break. 'mỗi tháng' goes into the unit (đồng/tháng).",
    "'Mức này cao gấp 2 lần ...' stands alone → multiple. 'từ mức 118 hiện nay' is the current level: actual, not target.",
    "Survey counts (12, 1.560, 1.085, 214) have no period phrase in their sentences (none given).",
]

if __name__ == "__main__":
    emit("p766-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
