"""p936-8: provincial newspaper online (Báo Bắc Giang, (BGĐT) tag), Q1/2025 signboard and banner violations."""
from lib import C, F, I, P, write

TEXT = """Báo Bắc Giang điện tử
Thời sự > Xã hội

Gần 4.700 biển quảng cáo, băng rôn vi phạm bị xử lý trong quý I

15/04/2025 | 15:10

(BGĐT) - Quý I/2025, các lực lượng chức năng toàn tỉnh đã xử lý gần 4.700 biển quảng cáo, băng rôn vi phạm, tăng 31,2% so với cùng kỳ năm 2024. Trong đó, tháo dỡ 812 biển quảng cáo, thu giữ 3.265 băng rôn, phướn; số còn lại được yêu cầu chủ cơ sở tự khắc phục. Riêng số băng rôn thu giữ gấp 1,8 lần cùng kỳ.

Các địa phương xử lý nhiều nhất là thành phố Bắc Giang 1.356 trường hợp, thị xã Việt Yên 874 trường hợp và huyện Lạng Giang 615 trường hợp. Lực lượng chức năng đã xử phạt vi phạm hành chính 73 trường hợp với tổng số tiền 426 triệu đồng, bình quân hơn 5,8 triệu đồng/trường hợp.

Tình trạng quảng cáo rao vặt trên cột điện, gốc cây, tường rào vẫn diễn ra phức tạp. Trong quý, các xã, phường, thị trấn đã bóc, xóa khoảng 25.000 tờ rơi, quảng cáo rao vặt; đề nghị nhà mạng khóa 96 số thuê bao.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh hiện có 428 bảng quảng cáo tấm lớn, trong đó 57 bảng đã hết hạn giấy phép, chiếm 13,3%. Nhiều bảng dọc Quốc lộ 1 và Quốc lộ 37 bị bong tróc, xuống cấp, tiềm ẩn nguy cơ mất an toàn khi mưa bão.

Năm 2025, tỉnh phấn đấu giảm 50% số vụ vi phạm về quảng cáo ngoài trời so với năm 2024. Dự kiến trong quý II, các địa phương sẽ tháo dỡ thêm khoảng 150 bảng quảng cáo tấm lớn hết hạn giấy phép.

Ngọc Anh
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
HANDLED = "biển quảng cáo, băng rôn vi phạm được xử lý"

FIGS = [
    F("Gần 4.700 biển", "4.700", 4700, "count", "biển quảng cáo, băng rôn", HANDLED,
      approx="nearly", period=P("trong quý I", "2025-01-01", "2025-03-31")),
    F("xử lý gần 4.700 biển", "4.700", 4700, "count", "biển quảng cáo, băng rôn", HANDLED,
      approx="nearly", change=C("increase", 31.2, "%", "cùng kỳ năm 2024"), period=Q1),
    F("tháo dỡ 812 biển", "812", 812, "count", "biển quảng cáo",
      "biển quảng cáo tháo dỡ", total=4700, period=I(Q1)),
    F("thu giữ 3.265 băng rôn", "3.265", 3265, "count", "băng rôn",
      "băng rôn, phướn thu giữ", total=4700, period=I(Q1)),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần",
      "số băng rôn thu giữ so với cùng kỳ", period=I(Q1)),
    F("Bắc Giang 1.356 trường hợp", "1.356", 1356, "count", "trường hợp", HANDLED,
      location="thành phố Bắc Giang", period=I(Q1)),
    F("Việt Yên 874 trường hợp", "874", 874, "count", "trường hợp", HANDLED,
      location="Việt Yên", period=I(Q1)),
    F("Lạng Giang 615 trường hợp", "615", 615, "count", "trường hợp", HANDLED,
      location="Lạng Giang", period=I(Q1)),
    F("chính 73 trường hợp", "73", 73, "count", "trường hợp",
      "trường hợp bị xử phạt vi phạm hành chính", period=I(Q1)),
    F("tổng số tiền 426 triệu đồng", "426", 426000000, "money", "đồng",
      "tổng số tiền xử phạt", period=I(Q1)),
    F("hơn 5,8 triệu đồng/trường hợp", "5,8", 5800000, "money", "đồng/trường hợp",
      "số tiền phạt bình quân", approx="over", period=I(Q1)),
    F("khoảng 25.000 tờ", "25.000", 25000, "count", "tờ rơi, quảng cáo rao vặt",
      "tờ rơi, quảng cáo rao vặt bóc, xóa", approx="about",
      period=P("Trong quý", "2025-01-01", "2025-03-31")),
    F("khóa 96 số thuê bao", "96", 96, "count", "số thuê bao",
      "số thuê bao đề nghị khóa", period=P("Trong quý", "2025-01-01", "2025-03-31")),
    F("có 428 bảng", "428", 428, "count", "bảng quảng cáo tấm lớn",
      "bảng quảng cáo tấm lớn"),
    F("trong đó 57 bảng", "57", 57, "count", "bảng",
      "bảng quảng cáo tấm lớn đã hết hạn giấy phép", total=428, percent=13.3),
    F("giảm 50%", "50", 50, "percent", "%",
      "số vụ vi phạm về quảng cáo ngoài trời giảm", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 150 bảng", "150", 150, "count", "bảng quảng cáo tấm lớn",
      "bảng quảng cáo tấm lớn hết hạn giấy phép tháo dỡ", approx="about", status="forecast",
      period=P("quý II", "2025-04-01", "2025-06-30")),
]

write(8, TEXT, FIGS, location="Bắc Giang", published="2025-04-15", notes=(
    "Provincial newspaper online (Báo Bắc Giang, '(BGĐT) -' tag): Q1/2025 signboard and banner violations, headline figure.",
    "'Trong đó, tháo dỡ 812 ..., thu giữ 3.265 ...' after the whole (sentence break) -> total 4700.",
    "'Riêng số băng rôn thu giữ gấp 1,8 lần cùng kỳ.' stands as its own claim (own sentence restating its subject): multiple.",
    "District list: each item's place is its location ('thành phố Bắc Giang' = the city). Year-less 'trong quý I', 'Trong quý', 'quý II' take 2025.",
    "'giảm 50% ... so với năm 2024' is the target claim itself: a percent figure without change.",
    "Distractors: (BGĐT), Quốc lộ 1, Quốc lộ 37, dateline time 15:10.",
))
