"""p784-8: ward portal (phường Hòa Thuận Tây, quận Hải Châu, Đà Nẵng) — xe ôm công nghệ quanh sân bay, quý I/2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử phường Hòa Thuận Tây - quận Hải Châu
Trang chủ > Tin tức - Sự kiện > An ninh trật tự
08/04/2024 | 16:45

Quý I/2024: Xử lý 86 trường hợp xe công nghệ dừng, đỗ sai quy định quanh sân bay

Quý I/2024, Công an phường phối hợp Đội Cảnh sát giao thông - Trật tự quận Hải Châu và Cảng hàng không quốc tế Đà Nẵng ra quân 38 đợt kiểm tra, xử lý 86 trường hợp xe ôm công nghệ dừng, đỗ đón khách sai quy định trên các tuyến Nguyễn Văn Linh, Duy Tân, 2 Tháng 9 và khu vực Nhà ga T1; phạt tiền 148,5 triệu đồng.

Theo số liệu của Cảng hàng không, bình quân mỗi ngày có khoảng 3.500 lượt xe công nghệ ra vào sân bay, tăng 22% so với cùng kỳ năm 2023; giờ cao điểm lên tới 450 lượt/giờ.

Để giảm ùn tắc, UBND phường đã phối hợp bố trí 02 điểm tập kết xe ôm công nghệ với tổng diện tích 1.200 m2, sức chứa khoảng 250 xe máy. Phường hiện có Tổ tự quản tài xế công nghệ với 62 thành viên, trong đó 48 tài xế xe ôm công nghệ và 14 tài xế ô tô. Tổ đã hỗ trợ hơn 1.300 lượt hành khách, trả lại 27 tài sản bị thất lạc cho du khách.

Trong quý II/2024, phường phấn đấu giảm ít nhất 30% số trường hợp vi phạm so với quý I; phối hợp các nền tảng gọi xe hướng dẫn tài xế đón khách đúng điểm quy định.

Mọi phản ánh xin gửi về Bộ phận Một cửa UBND phường, số 201 Nguyễn Văn Linh, tổ dân phố 15, hoặc gọi số 0236.3650.117.
"""

Q1h = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("Quý I/2024: Xử lý 86", "86", 86, "count", "trường hợp",
      "trường hợp xe công nghệ dừng, đỗ sai quy định quanh sân bay bị xử lý", Q1h),
    F("quân 38 đợt", "38", 38, "count", "đợt", "đợt kiểm tra", Q1),
    F("xử lý 86 trường hợp xe ôm", "86", 86, "count", "trường hợp",
      "trường hợp xe ôm công nghệ dừng, đỗ đón khách sai quy định bị xử lý", Q1),
    F("phạt tiền 148,5 triệu đồng", "148,5", 148500000, "money", "đồng", "tiền phạt", Q1),
    F("khoảng 3.500 lượt", "3.500", 3500, "count", "lượt xe", "lượt xe công nghệ ra vào sân bay bình quân mỗi ngày",
      I(Q1), approx="about", change=CH("increase", 22, baseline="cùng kỳ năm 2023")),
    F("tới 450 lượt/giờ", "450", 450, "measure", "lượt/giờ", "lượt xe công nghệ giờ cao điểm", I(Q1)),
    F("trí 02 điểm", "02", 2, "count", "điểm", "điểm tập kết xe ôm công nghệ"),
    F("1.200 m2", "1.200", 1200, "measure", "m2", "tổng diện tích điểm tập kết xe ôm công nghệ"),
    F("khoảng 250 xe máy", "250", 250, "count", "xe máy", "sức chứa điểm tập kết", approx="about"),
    F("với 62 thành viên", "62", 62, "count", "thành viên", "thành viên Tổ tự quản tài xế công nghệ"),
    F("đó 48 tài xế", "48", 48, "count", "tài xế", "tài xế xe ôm công nghệ trong Tổ tự quản", total=62),
    F("và 14 tài xế", "14", 14, "count", "tài xế", "tài xế ô tô trong Tổ tự quản", total=62),
    F("hơn 1.300 lượt", "1.300", 1300, "count", "lượt hành khách", "lượt hành khách được Tổ hỗ trợ", approx="over"),
    F("trả lại 27 tài sản", "27", 27, "count", "tài sản", "tài sản bị thất lạc trả lại cho du khách"),
    F("ít nhất 30%", "30", 30, "percent", "%", "giảm số trường hợp vi phạm so với quý I", Q2,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Ward portal (phường Hòa Thuận Tây, quận Hải Châu, Đà Nẵng): xe ôm công nghệ dừng, đỗ quanh sân bay quý I/2024. Dateline \"08/04/2024 | 16:45\".",
    "Location: the ward's district Hải Châu (the contract's places are province, city or district; a ward is below that).",
    "Road names Nguyễn Văn Linh / Duy Tân / 2 Tháng 9, Nhà ga T1, số 201, tổ dân phố 15 and the phone are not figures. The headline repeats 86 (both figures).",
    "\"1.200 m2\": the 2 of m2 is the unit's exponent. \"trong đó 48 ... và 14\" are parts of the 62 members (total 62).",
]

if __name__ == "__main__":
    emit("p784-8", TEXT, COMMENTS, FIGS, published="2024-04-08", location="Hải Châu")
