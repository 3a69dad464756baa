"""p725-5: Báo Đà Nẵng (Party newspaper) — support for boarding houses to open a second escape route (10/2024)."""
from lib import F, P, I, CH, emit

TEXT = """BÁO ĐÀ NẴNG > Xã hội > Đô thị

Hỗ trợ nhà trọ mở lối thoát nạn thứ hai

(ĐN) - Đến nay, thành phố đã hỗ trợ gần 700 cơ sở cho thuê trọ làm thang thoát hiểm, ô thoát nạn, góp phần giảm nguy cơ cháy tại các khu trọ đông sinh viên, công nhân.

Theo Công an thành phố, năm 2023 toàn thành phố có 2.846 cơ sở cho thuê trọ với hơn 31.000 phòng, phục vụ khoảng 62.000 người thuê, trong đó sinh viên chiếm gần 45%.

Qua kiểm tra 9 tháng năm 2024, có 1.029 cơ sở (chiếm 36,2%) chưa có lối thoát nạn thứ hai, tập trung tại các quận Liên Chiểu (412 cơ sở), Ngũ Hành Sơn (238 cơ sở), Cẩm Lệ (176 cơ sở) và Hải Châu (95 cơ sở).

Thực hiện Nghị quyết số 58/2024/NQ-HĐND của HĐND thành phố, mỗi cơ sở được hỗ trợ tối đa 15 triệu đồng để làm thang thoát hiểm, ô thoát nạn trên mái. Đến nay đã có 684 cơ sở được hỗ trợ với tổng kinh phí 8,73 tỷ đồng, trong đó 591 cơ sở đã hoàn thành thi công, đạt 86,4%.

Ông Trần Văn Hải, chủ dãy trọ ở kiệt 86 Ngô Sĩ Liên (quận Liên Chiểu), cho biết: "Nhà tôi được hỗ trợ 12 triệu đồng, gia đình bỏ thêm khoảng 7 triệu đồng để làm cầu thang sắt thoát hiểm phía sau. Giờ sinh viên ở trọ yên tâm hơn nhiều".

Thượng tá Lê Văn Hùng, Trưởng phòng Cảnh sát PCCC và CNCH Công an thành phố cho biết, thành phố phấn đấu đến cuối năm 2025, 100% cơ sở cho thuê trọ có lối thoát nạn thứ hai, tỷ lệ cơ sở lắp đặt thiết bị báo cháy độc lập đạt trên 80%.

HOÀNG HIỆP
15/10/2024
"""

NOW = P("Đến nay", None, "2024-10-15")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 700 cơ sở", "700", 700, "count", "cơ sở", approx="nearly",
      subject="cơ sở cho thuê trọ được hỗ trợ làm thang thoát hiểm, ô thoát nạn", period=NOW),
    F("có 2.846 cơ sở", "2.846", 2846, "count", "cơ sở", subject="cơ sở cho thuê trọ", period=Y23),
    F("hơn 31.000 phòng", "31.000", 31000, "count", "phòng", approx="over",
      subject="phòng cho thuê trọ", period=Y23),
    F("khoảng 62.000 người", "62.000", 62000, "count", "người", approx="about",
      subject="người thuê trọ", period=Y23),
    F("gần 45%", "45", 45, "percent", "%", approx="nearly",
      subject="sinh viên trong số người thuê trọ", period=Y23),
    F("có 1.029 cơ sở", "1.029", 1029, "count", "cơ sở", percent=36.2,
      subject="cơ sở chưa có lối thoát nạn thứ hai", period=N9),
    F("Liên Chiểu (412 cơ sở)", "412", 412, "count", "cơ sở",
      subject="cơ sở chưa có lối thoát nạn thứ hai", period=N9, location="Liên Chiểu"),
    F("Ngũ Hành Sơn (238 cơ sở)", "238", 238, "count", "cơ sở",
      subject="cơ sở chưa có lối thoát nạn thứ hai", period=N9, location="Ngũ Hành Sơn"),
    F("Cẩm Lệ (176 cơ sở)", "176", 176, "count", "cơ sở",
      subject="cơ sở chưa có lối thoát nạn thứ hai", period=N9, location="Cẩm Lệ"),
    F("Hải Châu (95 cơ sở)", "95", 95, "count", "cơ sở",
      subject="cơ sở chưa có lối thoát nạn thứ hai", period=N9, location="Hải Châu"),
    F("tối đa 15 triệu đồng", "15", 15000000, "money", "đồng", approx="at_most",
      subject="mức hỗ trợ mỗi cơ sở làm thang thoát hiểm, ô thoát nạn"),
    F("có 684 cơ sở", "684", 684, "count", "cơ sở",
      subject="cơ sở được hỗ trợ", period=NOW),
    F("kinh phí 8,73 tỷ đồng", "8,73", 8730000000, "money", "đồng",
      subject="tổng kinh phí hỗ trợ", period=NOW),
    F("trong đó 591 cơ sở", "591", 591, "count", "cơ sở", total=684, percent=86.4,
      subject="cơ sở đã hoàn thành thi công", period=NOW),
    F("hỗ trợ 12 triệu đồng", "12", 12000000, "money", "đồng",
      subject="kinh phí được hỗ trợ", location="Liên Chiểu"),
    F("khoảng 7 triệu đồng", "7", 7000000, "money", "đồng", approx="about",
      subject="kinh phí gia đình bỏ thêm để làm cầu thang sắt thoát hiểm", location="Liên Chiểu"),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở cho thuê trọ có lối thoát nạn thứ hai", period=T25),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="tỷ lệ cơ sở lắp đặt thiết bị báo cháy độc lập", period=T25),
]

COMMENTS = [
    "Báo Đà Nẵng (Party newspaper): hỗ trợ nhà trọ mở lối thoát nạn thứ hai. Byline and bare date '15/10/2024' at the end give published.",
    "'Đến nay' ends at that date (start null). The sapo 'gần 700 cơ sở' restates 684 rounded: a figure of its own (nearly).",
    "'trong đó sinh viên chiếm gần 45%' is a share of a subgroup, not of the 62.000 tenants as a whole: a percent figure of its own.",
    "District list (412+238+176+95 = 921 ≠ 1.029) gets no total. 591 after 'trong đó' is a part of 684. 'tối đa 15 triệu đồng' per facility: money, at_most.",
    "The landlord's quote is located in quận Liên Chiểu. 'Nghị quyết số 58/2024/NQ-HĐND', 'kiệt 86 Ngô Sĩ Liên', '(ĐN)' are not figures.",
]

if __name__ == "__main__":
    emit("p725-5", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Đà Nẵng")
