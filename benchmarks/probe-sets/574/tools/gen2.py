from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Sáu, 15/03/2024 - 16:05

Ngày hội hiến máu đợt I: Hải Hậu tiếp nhận 635 đơn vị máu

Sáng 14/3, tại Nhà văn hóa trung tâm huyện (số 86 đường 56, thị trấn Yên Định), Ban Chỉ đạo vận động hiến máu tình nguyện huyện phối hợp với Bệnh viện Đa khoa tỉnh Nam Định tổ chức Ngày hội hiến máu tình nguyện đợt I năm 2024. Đây là lần thứ 18 huyện tổ chức ngày hội theo hình thức tập trung.

Ngày hội thu hút 742 người đăng ký, trong đó 635 người đủ điều kiện hiến máu, chiếm 85,6%. Tổng lượng máu tiếp nhận là 635 đơn vị, gồm 412 đơn vị loại 350 ml và 223 đơn vị loại 250 ml, tương đương gần 200 lít máu. Ba xã có số người tham gia đông nhất là Hải Phong (68 người), Hải Đông (54 người) và Hải Lý (49 người).

Tại ngày hội có 46 người hiến máu từ 10 lần trở lên; tiêu biểu là anh Trần Văn Hùng (xóm 5, xã Hải Phong) đã hiến máu 32 lần. Toàn bộ số máu tiếp nhận được chuyển về Bệnh viện Đa khoa tỉnh để phục vụ cấp cứu, điều trị người bệnh.

Năm 2023, toàn huyện tổ chức 3 đợt hiến máu, đạt 2.118/2.000 đơn vị máu kế hoạch, vượt 5,9%. Năm 2024, huyện phấn đấu tiếp nhận 2.200 đơn vị máu; dự kiến đợt II tổ chức vào tháng 8 với khoảng 700 người tham gia.

Minh Thu - Trung tâm VH-TT&TT huyện
"""

D = P("Sáng 14/3", "2024-03-14", "2024-03-14", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hải Hậu tiếp nhận 635 đơn vị máu", "635", 635, "count", "đơn vị máu",
      subject="đơn vị máu tiếp nhận tại Ngày hội hiến máu đợt I", period=D),
    F("thu hút 742 người", "742", 742, "count", "người", subject="người đăng ký hiến máu", period=D),
    F("trong đó 635 người", "635", 635, "count", "người", total=742, percent=85.6,
      subject="người đủ điều kiện hiến máu", period=D),
    F("là 635 đơn vị", "635", 635, "count", "đơn vị", subject="tổng lượng máu tiếp nhận", period=D),
    F("gồm 412 đơn vị", "412", 412, "count", "đơn vị", total=635, subject="đơn vị máu loại 350 ml", period=D),
    F("loại 350 ml và", "350", 350, "measure", "ml", optional=True),
    F("và 223 đơn vị", "223", 223, "count", "đơn vị", total=635, subject="đơn vị máu loại 250 ml", period=D),
    F("loại 250 ml,", "250", 250, "measure", "ml", optional=True),
    F("gần 200 lít", "200", 200, "measure", "lít", approx="nearly", subject="lượng máu tiếp nhận", period=D),
    F("Ba xã", "Ba", 3, "count", "xã", subject="xã có số người tham gia đông nhất", period=D),
    F("Hải Phong (68 người)", "68", 68, "count", "người", subject="người tham gia hiến máu", period=D),
    F("Hải Đông (54 người)", "54", 54, "count", "người", subject="người tham gia hiến máu", period=D),
    F("Hải Lý (49 người)", "49", 49, "count", "người", subject="người tham gia hiến máu", period=D),
    F("có 46 người", "46", 46, "count", "người", subject="người hiến máu từ 10 lần trở lên", period=D),
    F("từ 10 lần trở lên", "10", 10, "count", "lần", approx="at_least", optional=True),
    F("hiến máu 32 lần", "32", 32, "count", "lần", subject="số lần hiến máu của anh Trần Văn Hùng"),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", subject="đợt hiến máu tổ chức", period=Y23),
    F("đạt 2.118/2.000", "2.118", 2118, "count", "đơn vị máu", change=CH("increase", 5.9, baseline="kế hoạch"),
      target=TG(2000, "đơn vị máu", True), subject="đơn vị máu tiếp nhận", period=Y23),
    F("tiếp nhận 2.200 đơn vị máu", "2.200", 2200, "count", "đơn vị máu", status="target",
      subject="đơn vị máu tiếp nhận", period=Y24),
    F("khoảng 700 người", "700", 700, "count", "người", approx="about", status="forecast",
      subject="người tham gia hiến máu đợt II", period=P("tháng 8", "2024-08-01", "2024-08-31")),
]

COMMENTS = [
    "Probe 574-2: huyện Hải Hậu (Nam Định) district portal, weekday dateline: blood donation festival round I, 14/3/2024.",
    "635 người is a part of 742 (trong đó, chiếm 85,6%); 412 and 223 units are parts of 635 units (gồm); bag sizes '350 ml',",
    "'250 ml' are category names (optional); 'tương đương gần 200 lít' is an equivalent amount, its own figure.",
    "'Ba xã' is a word number. Communes (Hải Phong …) are below district level, so location stays Hải Hậu.",
    "'2.118/2.000 đơn vị máu kế hoạch' gives target 2.000, 'vượt 5,9%' a change against the plan.",
    "Distractors: số 86 đường 56, lần thứ 18, đợt I/II, xóm 5, Thứ Sáu dateline, Sáng 14/3.",
]

if __name__ == "__main__":
    emit("p574-2", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Hải Hậu")
