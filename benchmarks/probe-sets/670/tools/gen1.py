"""p670-1: Nghệ An province portal, people amnestied in 2024 returning home."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Nội chính - Pháp luật

Nghệ An: 247 người được đặc xá năm 2024 trở về địa phương

Cập nhật: 14/10/2024 10:25
Lượt xem: 1.892

Thực hiện Quyết định số 1468/QĐ-CTN ngày 15/8/2024 của Chủ tịch nước về đặc xá năm 2024, Công an tỉnh đã phối hợp với các trại giam tiếp nhận, bàn giao 247 người được đặc xá về cư trú tại địa phương, tăng 38 người so với đợt đặc xá năm 2022. Trong đó có 21 người là nữ, 34 người là đồng bào dân tộc thiểu số và 9 người trên 70 tuổi.

Trong số 247 người trở về, các địa phương tiếp nhận nhiều là TP. Vinh (31 người), Quỳnh Lưu (24 người), Diễn Châu (22 người), Nghi Lộc (19 người) và Thanh Chương (17 người).

Đến nay, 100% người được đặc xá đã được UBND cấp xã lập hồ sơ quản lý, phân công cán bộ, đoàn thể giúp đỡ. Các địa phương đã giới thiệu việc làm cho 163 người, chiếm 66% số người trở về; hỗ trợ 28 người học nghề ngắn hạn tại Trường Cao đẳng nghề số 4 (Bộ Quốc phòng).

Ngân hàng Chính sách xã hội chi nhánh Nghệ An đã giải ngân cho 46 người vay vốn theo Quyết định số 22/2023/QĐ-TTg với tổng số tiền 3.450 triệu đồng, mức vay bình quân 75 triệu đồng/người.

Qua theo dõi, đến nay mới phát hiện 2 người tái phạm tội, chiếm 0,81%, thấp hơn nhiều so với tỷ lệ tái phạm chung của người chấp hành xong án phạt tù trên địa bàn tỉnh (khoảng 5%).

Phấn đấu đến năm 2025, 100% người chấp hành xong án phạt tù có nhu cầu được hỗ trợ học nghề, vay vốn; tỷ lệ tái phạm tội giữ ở mức dưới 3%.

Mọi phản ánh xin liên hệ Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, số 1 Trường Thi, TP. Vinh, điện thoại 069.2876.113.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-10-14")
now = P("đến nay", None, "2024-10-14")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "người được đặc xá trở về địa phương"

FIGS = [
    F("Nghệ An: 247 người", "247", 247, "count", "người", "người được đặc xá năm 2024 trở về địa phương", Y24),
    F("bàn giao 247 người", "247", 247, "count", "người", "người được đặc xá về cư trú tại địa phương", Y24,
      change=CH("increase", 38, "người", "đợt đặc xá năm 2022")),
    F("có 21 người", "21", 21, "count", "người", "người được đặc xá là nữ", INH(Y24), total=247),
    F("34 người là", "34", 34, "count", "người", "người được đặc xá là đồng bào dân tộc thiểu số", INH(Y24), total=247),
    F("và 9 người trên", "9", 9, "count", "người", "người được đặc xá trên 70 tuổi", INH(Y24), total=247),
    F("trên 70 tuổi", "70", 70, "measure", "tuổi", approx="over", optional=True),
    # revised after the first run: the restated whole in "Trong số 247 người trở về" is a figure of its own (shared h13:
    # "Trong 25 chỉ tiêu" and a restated head count are figures); it was missing from the first gold.
    F("Trong số 247 người", "247", 247, "count", "người", "người được đặc xá trở về", INH(Y24)),
    F("Vinh (31 người)", "31", 31, "count", "người", SUBJ, INH(Y24), total=247, location="Vinh"),
    F("Quỳnh Lưu (24 người)", "24", 24, "count", "người", SUBJ, INH(Y24), total=247, location="Quỳnh Lưu"),
    F("Diễn Châu (22 người)", "22", 22, "count", "người", SUBJ, INH(Y24), total=247, location="Diễn Châu"),
    F("Nghi Lộc (19 người)", "19", 19, "count", "người", SUBJ, INH(Y24), total=247, location="Nghi Lộc"),
    F("Thanh Chương (17 người)", "17", 17, "count", "người", SUBJ, INH(Y24), total=247, location="Thanh Chương"),
    F("Đến nay, 100%", "100", 100, "percent", "%",
      "người được đặc xá được UBND cấp xã lập hồ sơ quản lý, phân công giúp đỡ", NOW),
    F("cho 163 người", "163", 163, "count", "người", "người được đặc xá được giới thiệu việc làm", INH(NOW), percent=66),
    F("hỗ trợ 28 người", "28", 28, "count", "người", "người được đặc xá được hỗ trợ học nghề ngắn hạn", INH(NOW)),
    F("cho 46 người", "46", 46, "count", "người", "người được giải ngân vay vốn Ngân hàng Chính sách xã hội"),
    F("3.450 triệu đồng", "3.450", 3450e6, "money", "đồng", "tổng số tiền giải ngân cho vay"),
    F("75 triệu đồng/người", "75", 75e6, "money", "đồng/người", "mức vay bình quân"),
    F("phát hiện 2 người", "2", 2, "count", "người", "người được đặc xá tái phạm tội", now, percent=0.81),
    F("(khoảng 5%)", "5", 5, "percent", "%", "tỷ lệ tái phạm chung của người chấp hành xong án phạt tù", approx="about"),
    F("2025, 100%", "100", 100, "percent", "%",
      "người chấp hành xong án phạt tù có nhu cầu được hỗ trợ học nghề, vay vốn", T25, status="target"),
    F("dưới 3%", "3", 3, "percent", "%", "tỷ lệ tái phạm tội", T25, approx="under", status="target"),
]

COMMENTS = [
    "Nghệ An province portal: people amnestied in 2024 returning home; breakdown, districts, jobs, loans, re-offending, 2025 targets.",
    "Breadcrumb, 'Cập nhật:' dateline, 'Lượt xem: 1.892' counter, Quyết định numbers, 'Trường Cao đẳng nghề số 4', address 'số 1 Trường Thi',",
    "phone 069.2876.113 are not figures. 'Trong số 247 người trở về' gives the district items total 247 (first gold: the second 247 not a figure; revised, see below).",
    "'trên 70 tuổi' is an age threshold: optional. 'Đến nay' ends at the dateline (start null).",
    "revised after the first run: added the restated whole 'Trong số 247 người trở về' as a figure (shared h13 convention).",
]

if __name__ == "__main__":
    emit("p670-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Nghệ An")
