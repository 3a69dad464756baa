"""p647-5: Báo Bình Dương (Party newspaper), traffic surveillance cameras and remote fines, 2023 and 2024 plans."""
from lib import F, P, I, CH, emit

TEXT = """Bình Dương: Camera giám sát giúp phát hiện gần 30.000 trường hợp vi phạm giao thông

Sau hơn 2 năm đưa vào vận hành, hệ thống camera giám sát giao thông của tỉnh đã phát huy hiệu quả trong kéo giảm vi phạm và ùn tắc tại các nút giao trọng điểm.

Theo Công an tỉnh, đến nay toàn tỉnh đã lắp đặt 487 camera tại 112 nút giao, tuyến đường trọng điểm, trong đó 196 camera được kết nối trực tiếp với Trung tâm Chỉ huy Công an tỉnh. Riêng năm 2023, hệ thống đã phát hiện 29.840 trường hợp vi phạm, tăng gấp 1,8 lần so với năm 2022. Trong số này, vi phạm tín hiệu đèn giao thông chiếm 41,3%, vi phạm tốc độ chiếm 27,6%, còn lại là lấn làn, dừng, đỗ xe sai quy định.

Đáng chú ý, tại 18 nút giao lắp camera nhận diện biển số, số vụ vi phạm giảm từ 35 đến 40% so với trước khi lắp đặt; thời gian chờ qua nút vào giờ cao điểm giảm bình quân 3-5 phút.

Trong năm 2023, Phòng Cảnh sát giao thông đã gửi 24.615 thông báo vi phạm đến chủ phương tiện, xử phạt 17.206 trường hợp, đạt 69,9% số thông báo đã gửi, với tổng số tiền hơn 58,3 tỷ đồng.

Thượng tá Nguyễn Văn Hùng, Phó Trưởng phòng Cảnh sát giao thông cho biết, năm 2024, tỉnh dự kiến đầu tư thêm 250 camera với kinh phí khoảng 96 tỷ đồng; phấn đấu đến năm 2025 phủ camera giám sát tại 100% nút giao trọng điểm trên Quốc lộ 13, ĐT743 và đường Mỹ Phước – Tân Vạn.

Người dân tra cứu phạt nguội tại cổng thông tin của Công an tỉnh hoặc gọi số 069.2309.115.

PHƯƠNG LÊ
08:35, 22/01/2024
"""

NOW = P("đến nay", None, "2024-01-22")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TY23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 30.000 trường hợp", "30.000", 30000, "count", "trường hợp", "trường hợp vi phạm giao thông camera giám sát phát hiện",
      I(Y23), approx="nearly"),
    F("lắp đặt 487 camera", "487", 487, "count", "camera", "camera giám sát giao thông đã lắp đặt", NOW),
    F("tại 112 nút giao", "112", 112, "count", "nút giao, tuyến đường", "nút giao, tuyến đường trọng điểm lắp camera", NOW),
    F("trong đó 196 camera", "196", 196, "count", "camera", "camera kết nối trực tiếp với Trung tâm Chỉ huy Công an tỉnh",
      NOW, total=487),
    F("phát hiện 29.840 trường hợp", "29.840", 29840, "count", "trường hợp", "trường hợp vi phạm hệ thống camera phát hiện", Y23,
      change=CH("increase", 1.8, "lần", "năm 2022")),
    F("chiếm 41,3%", "41,3", 41.3, "percent", "%", "tỷ lệ vi phạm tín hiệu đèn giao thông", I(Y23)),
    F("chiếm 27,6%", "27,6", 27.6, "percent", "%", "tỷ lệ vi phạm tốc độ", I(Y23)),
    F("tại 18 nút giao", "18", 18, "count", "nút giao", "nút giao lắp camera nhận diện biển số"),
    F("từ 35 đến 40%", "35", 35, "percent", "%", "mức giảm số vụ vi phạm tại nút giao lắp camera nhận diện biển số",
      value_max=40),
    F("bình quân 3-5 phút", "3", 3, "measure", "phút", "mức giảm thời gian chờ qua nút vào giờ cao điểm", value_max=5),
    F("gửi 24.615 thông báo", "24.615", 24615, "count", "thông báo", "thông báo vi phạm gửi đến chủ phương tiện", TY23),
    F("xử phạt 17.206 trường hợp", "17.206", 17206, "count", "trường hợp", "trường hợp vi phạm bị xử phạt", TY23,
      percent=69.9),
    F("hơn 58,3 tỷ đồng", "58,3", 58.3e9, "money", "đồng", "tổng số tiền xử phạt", TY23, approx="over"),
    F("thêm 250 camera", "250", 250, "count", "camera", "camera đầu tư thêm", Y24, status="forecast"),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "kinh phí đầu tư thêm camera", Y24,
      approx="about", status="forecast"),
    F("tại 100% nút giao", "100", 100, "percent", "%", "nút giao trọng điểm phủ camera giám sát", T25, status="target"),
]

COMMENTS = [
    "Báo Bình Dương (Party newspaper): headline with a figure, byline and '08:35, 22/01/2024' at the end: surveillance cameras, remote fines.",
    "'đến nay' is an as-of period ending at the dateline. 'tăng gấp 1,8 lần so với năm 2022' after the count is its change (lần).",
    "'Trong số này, ... chiếm 41,3%' are percent figures of their own (no base amount in the clause); period inherited from 'Riêng năm 2023'.",
    "'giảm từ 35 đến 40%' and 'giảm bình quân 3-5 phút' are reductions stated as the claim: figures with a range, no change object.",
    "'dự kiến' -> forecast continues to the amount in the same clause; 'phấn đấu đến năm 2025' -> target.",
    "Distractors: 'Sau hơn 2 năm' (duration), Quốc lộ 13, ĐT743, phone 069.2309.115, time 08:35.",
]

if __name__ == "__main__":
    emit("p647-5", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Bình Dương")
