"""p480-2: huyện Yên Thành (Nghệ An) district portal, blood donation festival 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ / Tin tức / Văn hóa - Xã hội

Ngày hội "Giọt hồng Yên Thành" lần thứ VII tiếp nhận 612 đơn vị máu

Thứ Bảy, 16/03/2024 - 10:20

Sáng 16/3, tại Nhà văn hóa trung tâm huyện (khối 4, thị trấn Yên Thành), Ban Chỉ đạo vận động hiến máu tình nguyện huyện phối hợp với Bệnh viện Đa khoa Nghệ An tổ chức Ngày hội hiến máu "Giọt hồng Yên Thành" năm 2024.

Ngày hội thu hút hơn 850 người đăng ký tham gia; sau khám sàng lọc, có 612 người đủ điều kiện hiến máu. Tổng số máu tiếp nhận là 612 đơn vị, đạt 122,4% chỉ tiêu Ban Chỉ đạo tỉnh giao (500 đơn vị), tăng 96 đơn vị so với năm 2023; trong đó có 438 đơn vị loại 350 ml và 174 đơn vị loại 250 ml.

Các đơn vị có đông người tham gia là Trường THPT Yên Thành 2 (86 người), Công an huyện (54 người), Trường THPT Phan Đăng Lưu (49 người) và Bệnh viện Đa khoa huyện (41 người).

Có 241 người không đủ điều kiện hiến máu do huyết áp thấp, thiếu cân hoặc chỉ số huyết sắc tố chưa đạt, phần lớn là học sinh, sinh viên dưới 20 tuổi.

Mỗi người hiến máu được nhận quà và tiền hỗ trợ 100.000 đồng. Tổng kinh phí tổ chức ngày hội là 86,5 triệu đồng, trong đó nguồn xã hội hóa 53,6 triệu đồng, chiếm 62%.

Từ năm 2018 đến nay, qua 7 kỳ tổ chức, Ngày hội đã tiếp nhận tổng cộng 3.846 đơn vị máu, góp phần bổ sung nguồn máu cho các bệnh viện trên địa bàn tỉnh, nhất là trong dịp sau Tết Nguyên đán.

Hoài Thu - Trung tâm VH-TT&TT huyện
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("Từ năm 2018 đến nay", "2018-01-01", "2024-03-16")

FIGS = [
    F("tiếp nhận 612 đơn vị máu", "612", 612, "count", "đơn vị máu", "đơn vị máu Ngày hội Giọt hồng Yên Thành tiếp nhận",
      INH(Y)),
    F("hơn 850 người", "850", 850, "count", "người", "người đăng ký tham gia Ngày hội", INH(Y), approx="over"),
    F("có 612 người", "612", 612, "count", "người", "người đủ điều kiện hiến máu", INH(Y)),
    F("là 612 đơn vị", "612", 612, "count", "đơn vị", "tổng số máu tiếp nhận", INH(Y), percent=122.4,
      change=CH("increase", 96, "đơn vị", "năm 2023"), target=TG(500, "đơn vị", True)),
    F("có 438 đơn vị", "438", 438, "count", "đơn vị", "đơn vị máu loại 350 ml", INH(Y), total=612),
    F("loại 350 ml", "350", 350, "measure", "ml", optional=True),
    F("174 đơn vị", "174", 174, "count", "đơn vị", "đơn vị máu loại 250 ml", INH(Y), total=612),
    F("loại 250 ml", "250", 250, "measure", "ml", optional=True),
    F("(86 người)", "86", 86, "count", "người", "người tham gia hiến máu của Trường THPT Yên Thành 2", INH(Y)),
    F("(54 người)", "54", 54, "count", "người", "người tham gia hiến máu của Công an huyện", INH(Y)),
    F("(49 người)", "49", 49, "count", "người", "người tham gia hiến máu của Trường THPT Phan Đăng Lưu", INH(Y)),
    F("(41 người)", "41", 41, "count", "người", "người tham gia hiến máu của Bệnh viện Đa khoa huyện", INH(Y)),
    F("Có 241 người", "241", 241, "count", "người", "người không đủ điều kiện hiến máu", INH(Y)),
    F("dưới 20 tuổi", "20", 20, "measure", "tuổi", approx="under", optional=True),
    F("hỗ trợ 100.000 đồng", "100.000", 100000, "money", "đồng", "tiền hỗ trợ mỗi người hiến máu"),
    F("là 86,5 triệu đồng", "86,5", 86500000, "money", "đồng", "tổng kinh phí tổ chức ngày hội", INH(Y)),
    F("xã hội hóa 53,6 triệu đồng", "53,6", 53600000, "money", "đồng", "nguồn xã hội hóa", INH(Y), total=86500000,
      percent=62),
    F("qua 7 kỳ", "7", 7, "count", "kỳ", "kỳ tổ chức Ngày hội", SINCE),
    F("tổng cộng 3.846 đơn vị máu", "3.846", 3846, "count", "đơn vị máu", "đơn vị máu Ngày hội đã tiếp nhận", SINCE),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): Ngày hội hiến máu 'Giọt hồng Yên Thành' 16/3/2024.",
    "Distractors: 'lần thứ VII', 'khối 4', 'Trường THPT Yên Thành 2', '16/3', weekday dateline, 'VH-TT&TT'.",
    "612 units: 122,4% of the plan (the plan 500 in brackets is the target, met), +96 units vs 2023 (change in đơn vị);",
    "438 + 174 = 612 after 'trong đó' (total). Bag volumes 350/250 ml and 'dưới 20 tuổi' are descriptors (optional).",
    "Organisations in the list are not places: named in the subject (as shared h21 does), location stays the district.",
    "53,6 triệu is a part of 86,5 triệu after 'trong đó' and carries its share 62%. 'Từ năm 2018 đến nay' ends at the dateline.",
    "The 100.000 đồng per donor is a rate with no period.",
]

if __name__ == "__main__":
    emit("p480-2", TEXT, COMMENTS, FIGS, published="2024-03-16", location="Yên Thành")
