"""p1205-6: national newspaper - lightning kills two farm workers in Tân Châu (Tây Ninh); national lightning facts."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Thứ Ba, 21/5/2024, 17:05 (GMT+7)

Sét đánh chết hai người đang làm ruộng ở Tây Ninh

Hai nông dân ở huyện Tân Châu tử vong khi đang phun thuốc cho ruộng mì trong cơn mưa giông chiều 20/5; một người khác bị thương nhẹ.

Khoảng 15h, trời đổ mưa kèm sấm sét lớn, ba người làm thuê đang phun thuốc trên cánh đồng rộng khoảng 4 ha ở ấp Thạnh Hiệp, xã Thạnh Đông thì bị sét đánh trúng. Hai người, 42 và 37 tuổi, tử vong tại chỗ; người còn lại được đưa đến Trung tâm y tế huyện cấp cứu, sức khỏe đã ổn định.

Theo Ban Chỉ huy Phòng chống thiên tai tỉnh Tây Ninh, từ đầu mùa mưa đến nay, tỉnh ghi nhận 5 vụ sét đánh làm 4 người chết, nhiều hơn cả năm 2023 (3 người). Ngoài ra, sét còn đánh hỏng 7 trạm biến áp và làm cháy 2 căn nhà.

Tiến sĩ Nguyễn Văn Thắng, Viện Vật lý địa cầu, cho biết Việt Nam nằm trong khu vực có hoạt động giông sét mạnh, mật độ sét trung bình từ 5 đến 15 lần/km²/năm; nhiều nơi có khoảng 100-120 ngày giông mỗi năm. Trung bình mỗi năm cả nước có 30-40 người chết vì sét, trong đó hơn 70% là nông dân làm việc ngoài đồng.

Chuyên gia khuyến cáo khi nghe tiếng sấm, người dân cần rời khỏi cánh đồng, không đứng dưới gốc cây đơn độc; nếu tiếng sấm đến sau tia chớp dưới 30 giây, sét đang ở trong bán kính khoảng 10 km. Nguy cơ bị sét đánh khi cầm bình phun, cuốc, xẻng bằng kim loại trên đồng trống cao gấp nhiều lần bình thường.

Hoàng Nam
"""

DAY = P("chiều 20/5", "2024-05-20", "2024-05-20")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("chết hai người", "hai", 2, "count", "người", location="Tây Ninh",
      subject="người đang làm ruộng bị sét đánh chết"),
    F("Hai nông dân", "Hai", 2, "count", "nông dân", location="Tân Châu",
      subject="nông dân tử vong do sét đánh khi đang phun thuốc", period=DAY),
    F("một người khác", "một", 1, "count", "người", location="Tân Châu",
      subject="người bị thương nhẹ do sét đánh", period=DAY),
    F("ba người làm thuê", "ba", 3, "count", "người", location="Tân Châu",
      subject="người làm thuê bị sét đánh trúng", period=I(DAY)),
    F("khoảng 4 ha", "4", 4, "measure", "ha", approx="about", location="Tân Châu",
      subject="diện tích cánh đồng"),
    F("Hai người, 42", "Hai", 2, "count", "người", location="Tân Châu",
      subject="người tử vong tại chỗ", period=I(DAY)),
    F("42 và 37 tuổi", "42", 42, "measure", "tuổi", location="Tân Châu", optional=True,
      subject="tuổi người tử vong"),
    F("37 tuổi", "37", 37, "measure", "tuổi", location="Tân Châu", optional=True,
      subject="tuổi người tử vong"),
    F("ghi nhận 5 vụ", "5", 5, "count", "vụ", subject="vụ sét đánh"),
    F("làm 4 người chết", "4", 4, "count", "người", subject="người chết do sét đánh"),
    F("(3 người)", "3", 3, "count", "người", subject="người chết do sét đánh", period=Y23),
    F("7 trạm biến áp", "7", 7, "count", "trạm biến áp", subject="trạm biến áp bị sét đánh hỏng"),
    F("cháy 2 căn nhà", "2", 2, "count", "căn nhà", subject="căn nhà bị sét làm cháy"),
    F("từ 5 đến 15 lần", "5", 5, "measure", "lần/km²/năm", value_max=15, location="Việt Nam",
      subject="mật độ sét trung bình"),
    F("khoảng 100-120 ngày", "100", 100, "measure", "ngày", value_max=120, approx="about",
      location="Việt Nam", subject="ngày giông mỗi năm"),
    F("30-40 người", "30", 30, "count", "người", value_max=40, location="Việt Nam",
      subject="người chết vì sét trung bình mỗi năm"),
    F("hơn 70%", "70", 70, "percent", "%", approx="over", location="Việt Nam",
      subject="nông dân làm việc ngoài đồng trong số người chết vì sét"),
    F("dưới 30 giây", "30", 30, "measure", "giây", approx="under", location="Việt Nam", optional=True,
      subject="khoảng cách thời gian giữa tia chớp và tiếng sấm"),
    F("khoảng 10 km", "10", 10, "measure", "km", approx="about", location="Việt Nam", optional=True,
      subject="bán kính của sét"),
]

NOTES = [
    "National newspaper: 'Thứ Ba, 21/5/2024, 17:05 (GMT+7)', breadcrumb, byline 'Hoàng Nam' at the end. Event in huyện Tân Châu, Tây Ninh.",
    "Distractors: '(GMT+7)', times 17:05 and 'Khoảng 15h', 'chiều 20/5', ấp/xã names, 'gấp nhiều lần' (no number), 'năm 2023' as a baseline.",
    "Number words: 'hai', 'Hai', 'một', 'ba'. The headline names Tây Ninh; the lead and the field passage describe Tân Châu.",
    "'từ đầu mùa mưa đến nay' has no start date: the 5 cases, 4 deaths, 7 transformers, 2 houses get no period. '(3 người)' is năm 2023.",
    "Ages (42, 37) and the safety rule of thumb (dưới 30 giây, khoảng 10 km) are optional. Expert's national facts: Việt Nam.",
]

if __name__ == "__main__":
    write("p1205-6", TEXT, NOTES, FIGS, published="2024-05-21", location="Tây Ninh")
