"""p996-3: UBND tỉnh Nghệ An formal report — camera system and fines, 9 months 2024, flattened | table."""
from lib import build, F, P, I, C, T

TEXT = """UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 652/BC-UBND
Nghệ An, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả xử lý vi phạm trật tự, an toàn giao thông qua hệ thống camera giám sát 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống camera
Tính đến ngày 30/9/2024, toàn tỉnh có 186 camera giám sát giao thông kết nối về Trung tâm Thông tin chỉ huy Công an tỉnh, tăng 41 camera so với cuối năm 2023; trong đó có 52 camera đo tốc độ, 134 camera nhận diện biển số và phát hiện vi phạm tín hiệu đèn.
2. Kết quả phát hiện, xử lý
Qua camera đã phát hiện 21.574 trường hợp vi phạm, xử phạt 16.902 trường hợp với số tiền 48,26 tỷ đồng, tăng 19,5% so với cùng kỳ. Kết quả theo địa bàn như sau:
Đơn vị tính: trường hợp; số tiền: triệu đồng
Địa bàn | Phát hiện vi phạm | Đã xử phạt | Số tiền phạt
TP. Vinh | 9.842 | 7.915 | 21.430
TX. Hoàng Mai | 3.126 | 2.418 | 7.052
Huyện Diễn Châu | 4.387 | 3.361 | 9.815
Huyện Quỳnh Lưu | 4.219 | 3.208 | 9.963
Tổng cộng | 21.574 | 16.902 | 48.260
3. Tồn tại, hạn chế
Số trường hợp chủ phương tiện chưa chấp hành quyết định xử phạt còn 4.672 trường hợp, chiếm 21,7% số vi phạm phát hiện; có 38 camera (chiếm 20,4%) hư hỏng, hoạt động không ổn định.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu đến 31/12/2024 xử lý đạt trên 85% số vi phạm phát hiện qua camera; đầu tư thêm 24 camera trên Quốc lộ 1A và Quốc lộ 46, kinh phí dự kiến 15,6 tỷ đồng theo Nghị quyết số 23/2023/NQ-HĐND.
2. Đề nghị Bộ Công an hỗ trợ kết nối dữ liệu lần thứ 2 với hệ thống giám sát của Cục Cảnh sát giao thông.

Nơi nhận:
- Bộ Công an;
- Thường trực Tỉnh ủy;
- Lưu: VT, NC.
"""

P9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
PQ4 = P("đến 31/12/2024", None, "2024-12-31")
M = 1_000_000
FIGS = [
    F("có 186 camera", "186", 186, "count", "camera",
      "camera giám sát giao thông kết nối về Trung tâm Thông tin chỉ huy Công an tỉnh",
      change=C("increase", 41, "camera", "cuối năm 2023"), period=AS),
    F("có 52 camera", "52", 52, "count", "camera", "camera đo tốc độ", total=186, period=AS),
    F("134 camera", "134", 134, "count", "camera", "camera nhận diện biển số và phát hiện vi phạm tín hiệu đèn",
      total=186, period=AS),
    F("phát hiện 21.574 trường hợp", "21.574", 21574, "count", "trường hợp",
      "trường hợp vi phạm phát hiện qua camera", period=I(P9)),
    F("xử phạt 16.902 trường hợp", "16.902", 16902, "count", "trường hợp", "trường hợp vi phạm bị xử phạt",
      period=I(P9)),
    F("48,26 tỷ đồng", "48,26", 48_260_000_000, "money", "đồng", "số tiền xử phạt vi phạm qua camera",
      change=C("increase", 19.5, "%", "cùng kỳ"), period=I(P9)),
    # table: place column → location; subject = column label; period from the title line (inherited)
    F("Vinh | 9.842", "9.842", 9842, "count", "trường hợp", "Phát hiện vi phạm", period=I(P9), location="Vinh"),
    F("| 7.915", "7.915", 7915, "count", "trường hợp", "Đã xử phạt", period=I(P9), location="Vinh"),
    F("| 21.430", "21.430", 21430 * M, "money", "đồng", "Số tiền phạt", period=I(P9), location="Vinh"),
    F("Mai | 3.126", "3.126", 3126, "count", "trường hợp", "Phát hiện vi phạm", period=I(P9), location="Hoàng Mai"),
    F("| 2.418", "2.418", 2418, "count", "trường hợp", "Đã xử phạt", period=I(P9), location="Hoàng Mai"),
    F("| 7.052", "7.052", 7052 * M, "money", "đồng", "Số tiền phạt", period=I(P9), location="Hoàng Mai"),
    F("Châu | 4.387", "4.387", 4387, "count", "trường hợp", "Phát hiện vi phạm", period=I(P9), location="Diễn Châu"),
    F("| 3.361", "3.361", 3361, "count", "trường hợp", "Đã xử phạt", period=I(P9), location="Diễn Châu"),
    F("| 9.815", "9.815", 9815 * M, "money", "đồng", "Số tiền phạt", period=I(P9), location="Diễn Châu"),
    F("Lưu | 4.219", "4.219", 4219, "count", "trường hợp", "Phát hiện vi phạm", period=I(P9), location="Quỳnh Lưu"),
    F("| 3.208", "3.208", 3208, "count", "trường hợp", "Đã xử phạt", period=I(P9), location="Quỳnh Lưu"),
    F("| 9.963", "9.963", 9963 * M, "money", "đồng", "Số tiền phạt", period=I(P9), location="Quỳnh Lưu"),
    F("Tổng cộng | 21.574", "21.574", 21574, "count", "trường hợp", "Phát hiện vi phạm tổng cộng", period=I(P9)),
    F("| 16.902 |", "16.902", 16902, "count", "trường hợp", "Đã xử phạt tổng cộng", period=I(P9)),
    F("| 48.260", "48.260", 48260 * M, "money", "đồng", "Số tiền phạt tổng cộng", period=I(P9)),
    F("còn 4.672 trường hợp", "4.672", 4672, "count", "trường hợp",
      "trường hợp chủ phương tiện chưa chấp hành quyết định xử phạt", percent=21.7),
    F("có 38 camera", "38", 38, "count", "camera", "camera hư hỏng, hoạt động không ổn định", percent=20.4),
    F("trên 85%", "85", 85, "percent", "%", "vi phạm phát hiện qua camera được xử lý", approx="over",
      status="target", period=PQ4),
    F("thêm 24 camera", "24", 24, "count", "camera", "camera đầu tư thêm", status="target", period=PQ4),
    F("dự kiến 15,6 tỷ đồng", "15,6", 15_600_000_000, "money", "đồng", "kinh phí đầu tư thêm camera",
      status="forecast", period=PQ4),
]
NOTES = [
    "Formal report of UBND tỉnh Nghệ An (Số: 652/BC-UBND): cameras as of 30/9/2024, violations and fines 9 months 2024 by locality (flattened | table).",
    "The period of section 2 and the table comes from the report title '9 tháng đầu năm 2024' (inherited). Table cells get no totals; the Tổng cộng row is its own figure.",
    "'Đơn vị tính: trường hợp; số tiền: triệu đồng' → money cells ×10^6 đồng. 16.902 is not given total 21.574 (no part-of cue).",
    "Distractors: Số: 652/BC-UBND, ngày 14 tháng 10 năm 2024, section numbers I./II./1.-3., heading QUÝ IV/2024, Quốc lộ 1A/46, Nghị quyết số 23/2023/NQ-HĐND, 'lần thứ 2'.",
]
build("p996-3", TEXT, FIGS, NOTES, published="2024-10-14", location="Nghệ An")
