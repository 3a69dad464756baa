"""p1102-8: Nghệ An, provincial newspaper online with a headline figure and a '(Baonghean.vn) -' tag."""
from lib import F, P, I, C, T, write

text = """Hơn 2.100 cư dân chung cư tham gia diễn tập chữa cháy
Cập nhật lúc 16:40, Thứ Sáu, 22/11/2024

(Baonghean.vn) - Từ đầu tháng 10 đến nay, Phòng Cảnh sát PCCC và CNCH Công an tỉnh đã phối hợp với các địa phương tổ chức 14 cuộc diễn tập phương án chữa cháy tại các nhà chung cư cao tầng, thu hút hơn 2.100 cư dân và 280 cán bộ, chiến sĩ tham gia.

Toàn tỉnh hiện có 54 nhà chung cư cao tầng, trong đó TP Vinh có 47 nhà, tập trung tại các phường Hưng Phúc, Quang Trung và Hà Huy Tập. Đến nay, 49/54 chung cư đã có hệ thống báo cháy tự động hoạt động tốt; 5 chung cư còn lại đang khắc phục, dự kiến hoàn thành trong quý I/2025.

Tại buổi diễn tập ở tòa nhà Sông Lam Tower (đường Quang Trung, TP Vinh) ngày 20/11, tình huống giả định là cháy tại tầng 15 của tòa nhà 33 tầng. Thời gian từ khi phát hiện cháy đến khi đưa toàn bộ cư dân xuống sân tập kết là 11 phút, nhanh hơn 4 phút so với lần diễn tập năm 2023.

9 tháng đầu năm 2024, lực lượng chức năng đã kiểm tra 61 lượt chung cư, phát hiện 96 vi phạm, xử phạt 13 trường hợp với tổng số tiền 210 triệu đồng, tăng 35% so với cùng kỳ năm 2023. Theo Kế hoạch số 315/KH-CAT-PC07, năm 2025 Công an tỉnh phấn đấu 100% chung cư cao tầng được diễn tập ít nhất một lần; mỗi tòa nhà bố trí tối thiểu 10 thành viên đội PCCC cơ sở.

Thành Chung
"""

RECENT = P("Từ đầu tháng 10 đến nay", "2024-10-01", "2024-11-22")
NOW = P("Đến nay", None, "2024-11-22")
Q3 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("Hơn 2.100 cư dân chung cư", "2.100", 2100, "count", "cư dân", "cư dân chung cư tham gia diễn tập chữa cháy",
      approx="over"),
    F("tổ chức 14 cuộc", "14", 14, "count", "cuộc", "cuộc diễn tập phương án chữa cháy tại các nhà chung cư cao tầng",
      RECENT),
    F("thu hút hơn 2.100 cư dân", "2.100", 2100, "count", "cư dân", "cư dân tham gia diễn tập", RECENT, approx="over"),
    F("và 280 cán bộ", "280", 280, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ tham gia diễn tập", RECENT),
    F("có 54 nhà", "54", 54, "count", "nhà chung cư", "nhà chung cư cao tầng"),
    F("có 47 nhà", "47", 47, "count", "nhà", "nhà chung cư cao tầng", total=54, location="Vinh"),
    F("49/54 chung cư", "49", 49, "count", "chung cư", "chung cư có hệ thống báo cháy tự động hoạt động tốt", NOW,
      total=54),
    F("5 chung cư còn lại", "5", 5, "count", "chung cư", "chung cư đang khắc phục hệ thống báo cháy tự động", NOW),
    F("tòa nhà 33 tầng", "33", 33, "measure", "tầng", "số tầng tòa nhà Sông Lam Tower", optional=True, location="Vinh"),
    F("là 11 phút", "11", 11, "measure", "phút",
      "thời gian từ khi phát hiện cháy đến khi đưa toàn bộ cư dân xuống sân tập kết", location="Vinh",
      change=C("decrease", 4, "phút", "lần diễn tập năm 2023")),
    F("kiểm tra 61 lượt", "61", 61, "count", "lượt chung cư", "lượt chung cư được kiểm tra", Q3),
    F("phát hiện 96 vi phạm", "96", 96, "count", "vi phạm", "vi phạm phát hiện qua kiểm tra", Q3),
    F("xử phạt 13 trường hợp", "13", 13, "count", "trường hợp", "trường hợp bị xử phạt", Q3),
    F("tổng số tiền 210 triệu đồng", "210", 210e6, "money", "đồng", "tổng số tiền xử phạt", Q3,
      change=C("increase", 35, "%", "cùng kỳ năm 2023")),
    F("phấn đấu 100% chung cư", "100", 100, "percent", "%", "chung cư cao tầng được diễn tập", Y25, status="target"),
    F("ít nhất một lần", "một", 1, "count", "lần", "số lần diễn tập mỗi chung cư", Y25, approx="at_least",
      status="target", optional=True),
    F("tối thiểu 10 thành viên", "10", 10, "count", "thành viên", "thành viên đội PCCC cơ sở mỗi tòa nhà", Y25,
      approx="at_least", status="target"),
]

write("p1102-8", text, [
    "Provincial newspaper online (Báo Nghệ An style): headline figure, 'Cập nhật lúc 16:40, Thứ Sáu, 22/11/2024', '(Baonghean.vn) -' tag.",
    "The province is named only through the tag (Baonghean.vn -> Nghệ An) and 'tỉnh'; per FIGURES.md the paper's own tag implies it.",
    "TP Vinh figures (47 nhà, the Sông Lam Tower drill) -> Vinh. '47 nhà' after 'trong đó' -> total 54; '49/54' -> total 54.",
    "'11 phút, nhanh hơn 4 phút so với lần diễn tập năm 2023' -> change decrease 4 phút (less time). 'ít nhất một lần' optional.",
    "Distractors: 'tầng 15' (a floor), 'Kế hoạch số 315/KH-CAT-PC07', 'quý I/2025' (a schedule), 'ngày 20/11', 16:40, 'Hà Huy Tập'.",
    "The 'Năm 2025 ... mỗi tòa nhà bố trí tối thiểu 10' clause continues the target (phấn đấu) sentence.",
], figs, published="2024-11-22", location="Nghệ An")
