"""p803-5: Báo Gia Lai style feature on a mobile cinema team, byline and bare date at the end."""
from lib import F, P, I, C, emit

TEXT = """
Mang phim về làng xa

Đội Chiếu bóng lưu động số 3 (Trung tâm Văn hóa - Điện ảnh và Du lịch tỉnh Gia Lai) có 4 thành viên, phụ trách địa bàn các huyện Kông Chro, Kbang và Đak Pơ. Mỗi tháng, đội đi chiếu khoảng 20 đêm, xe chạy trung bình 1.500 km.

Anh Rơ Mah Thuân, đội trưởng, đã gắn bó với nghề hơn 18 năm. Anh kể, bộ thiết bị gồm máy chiếu, màn ảnh, loa và máy phát điện nặng gần 300 kg, mỗi lần dựng và thu dọn mất khoảng 2 tiếng. Có những làng như Đak Tơ Pang (huyện Kông Chro) cách trung tâm tỉnh hơn 120 km; mùa mưa, xe phải dừng lại ở bìa rừng, anh em khiêng thiết bị đi bộ 3-4 km.

Năm 2024, đội đã chiếu 236 buổi, vượt 11 buổi so với kế hoạch, phục vụ khoảng 41.000 lượt người xem, phần lớn là đồng bào Bahnar, Jrai. Mỗi buổi chiếu thường có từ 150 đến 300 người đến xem; riêng đêm chiếu tại làng Đê Kjiêng có tới 620 người. Phim truyện được lồng tiếng Bahnar chiếm khoảng 60% số phim chiếu.

Theo ông Nguyễn Văn Sáu, Phó Giám đốc Trung tâm, toàn tỉnh hiện có 7 đội chiếu bóng lưu động với 29 người; tổng kinh phí năm 2024 hơn 2,3 tỷ đồng. Tiền bồi dưỡng mỗi buổi chiếu là 100.000 đồng/người, trong khi giá xăng dầu tăng nên đời sống anh em còn nhiều khó khăn. Năm 2025, Trung tâm đặt mục tiêu 1.650 buổi chiếu, tăng 5% so với năm 2024.

HOÀNG NGỌC
14/3/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("có 4 thành viên", "4", 4, "count", "thành viên", "thành viên Đội Chiếu bóng lưu động số 3"),
    F("khoảng 20 đêm", "20", 20, "measure", "đêm/tháng", "đêm chiếu phim mỗi tháng", approx="about"),
    F("trung bình 1.500 km", "1.500", 1500, "measure", "km/tháng", "quãng đường xe chạy mỗi tháng"),
    F("hơn 18 năm", "18", 18, "measure", "năm", "thời gian đội trưởng gắn bó với nghề", approx="over"),
    F("gần 300 kg", "300", 300, "measure", "kg", "trọng lượng bộ thiết bị chiếu phim", approx="nearly"),
    F("khoảng 2 tiếng", "2", 2, "measure", "tiếng", "thời gian dựng và thu dọn thiết bị", approx="about"),
    F("hơn 120 km", "120", 120, "measure", "km", "khoảng cách từ làng Đak Tơ Pang đến trung tâm tỉnh",
      approx="over", location="Kông Chro"),
    F("đi bộ 3-4 km", "3", 3, "measure", "km", "quãng đường khiêng thiết bị đi bộ", value_max=4),
    F("chiếu 236 buổi", "236", 236, "count", "buổi", "buổi chiếu phim của đội", Y24,
      change=C("increase", 11, "buổi", "kế hoạch")),
    F("khoảng 41.000 lượt", "41.000", 41000, "count", "lượt người xem", "lượt người xem phim của đội", Y24,
      approx="about"),
    F("từ 150 đến 300 người", "150", 150, "measure", "người/buổi", "người xem mỗi buổi chiếu", value_max=300),
    F("tới 620 người", "620", 620, "count", "người", "người xem đêm chiếu tại làng Đê Kjiêng"),
    F("khoảng 60%", "60", 60, "percent", "%", "tỷ lệ phim truyện được lồng tiếng Bahnar trong số phim chiếu",
      approx="about"),
    F("có 7 đội", "7", 7, "count", "đội chiếu bóng lưu động", "đội chiếu bóng lưu động toàn tỉnh"),
    F("với 29 người", "29", 29, "count", "người", "người làm việc tại các đội chiếu bóng lưu động"),
    F("hơn 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "tổng kinh phí chiếu bóng lưu động toàn tỉnh",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("100.000 đồng/người", "100.000", 100000, "money", "đồng/người", "tiền bồi dưỡng mỗi buổi chiếu"),
    F("mục tiêu 1.650 buổi", "1.650", 1650, "count", "buổi chiếu", "buổi chiếu phim lưu động toàn tỉnh",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target", change=C("increase", 5, "%", "năm 2024")),
]

NOTES = [
    "Báo Gia Lai style feature (Party newspaper): byline 'HOÀNG NGỌC' and bare date '14/3/2025' at the end (published).",
    "Per-time and per-show counts are rates (denominator in the unit, kind measure): 'Mỗi tháng ... khoảng 20 đêm' -> đêm/tháng,",
    "'xe chạy trung bình 1.500 km' (same sentence, mỗi tháng) -> km/tháng, 'Mỗi buổi chiếu ... từ 150 đến 300 người' -> người/buổi.",
    "'trung bình' is not an approx cue. 'vượt 11 buổi so với kế hoạch' is a gap to plan -> change (increase 11 buổi, baseline kế hoạch).",
    "'hiện có 7 đội' has no period. Đak Tơ Pang figure is located in Kông Chro (named in brackets).",
    "Distractors: 'Đội Chiếu bóng lưu động số 3', 'Nguyễn Văn Sáu' (a name that is a number word), the bare date.",
]

if __name__ == "__main__":
    emit("p803-5", TEXT, NOTES, FIGS, published="2025-03-14", location="Gia Lai")
