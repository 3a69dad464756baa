"""p710-1: Bình Dương province portal - non-public schools, school year 2023-2024."""
from lib import F, P, I, SY, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Bình Dương: Trường mầm non ngoài công lập chiếm gần 48% tổng số trường

Cập nhật: 14/08/2024 15:20 | Lượt xem: 3.482

Theo Sở Giáo dục và Đào tạo, năm học 2023-2024 toàn tỉnh có 1.106 cơ sở giáo dục ngoài công lập, tăng 37 cơ sở so với năm học trước. Trong đó có 312 trường mầm non, 726 nhóm, lớp mầm non độc lập và 68 trường phổ thông (29 trường tiểu học, 21 trường trung học cơ sở và 18 trường nhiều cấp học).

Số trường mầm non ngoài công lập chiếm 47,8% tổng số trường mầm non của tỉnh. Các cơ sở này đang nuôi dạy 86.450 trẻ, chiếm 61,3% số trẻ mầm non; khối phổ thông ngoài công lập có 52.180 học sinh, chiếm khoảng 12,6%.

Các địa phương có nhiều cơ sở ngoài công lập nhất là TP. Thuận An (248 cơ sở), TP. Dĩ An (231 cơ sở), TP. Thủ Dầu Một (176 cơ sở) và TP. Tân Uyên (142 cơ sở). Riêng dọc Quốc lộ 13 và Đại lộ Bình Dương đã có hơn 40 trường tư thục.

Khối ngoài công lập thu hút 7.920 cán bộ, giáo viên, nhân viên; tổng vốn đầu tư ước khoảng 9.850 tỷ đồng. Tính đến ngày 30/6/2024, có 94 trường ngoài công lập đạt chuẩn quốc gia, chiếm 24,7% số trường ngoài công lập.

Phấn đấu đến năm 2025, tỷ lệ học sinh phổ thông học tại trường ngoài công lập đạt 15% và có ít nhất 30% trường mầm non ngoài công lập đạt kiểm định chất lượng.

Mọi ý kiến xin gửi về Phòng Giáo dục mầm non, số 2 đường Lê Thị Trung, phường Phú Lợi, điện thoại 0274.3822.514.
"""

COMMENTS = [
    "Bình Dương province portal (breadcrumb, `Cập nhật: 14/08/2024 15:20`, `Lượt xem: 3.482`): non-public schools, school year 2023-2024.",
    "Not figures: the view counter, Quốc lộ 13, số 2 đường Lê Thị Trung, the phone number, the date 30/6/2024.",
    "`năm học 2023-2024` is read like `giai đoạn 2021-2025` (2023-01-01 .. 2024-12-31).",
    "312 + 726 + 68 = 1.106 after `Trong đó` (total 1106); the bracket 29 + 21 + 18 = 68 (total 68).",
    "`chiếm 47,8%` stands with no number of its own before it: a percent figure. `chiếm khoảng 12,6%` is the share of 52.180 (approx of the share is not the figure's).",
    "Cities in the bracketed list go to location; the list's indicator is the subject.",
]

SY23 = SY(2023)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("chiếm gần 48% tổng số trường", "48", 48, "percent", "%", approx="nearly",
      subject="tỷ lệ trường mầm non ngoài công lập trong tổng số trường"),
    F("có 1.106 cơ sở", "1.106", 1106, "count", "cơ sở",
      change=CH("increase", 37, "cơ sở", "năm học trước"),
      subject="cơ sở giáo dục ngoài công lập", period=SY23),
    F("có 312 trường mầm non", "312", 312, "count", "trường", total=1106,
      subject="trường mầm non ngoài công lập", period=I(SY23)),
    F("726 nhóm, lớp", "726", 726, "count", "nhóm, lớp", total=1106,
      subject="nhóm, lớp mầm non độc lập", period=I(SY23)),
    F("68 trường phổ thông", "68", 68, "count", "trường", total=1106,
      subject="trường phổ thông ngoài công lập", period=I(SY23)),
    F("(29 trường tiểu học", "29", 29, "count", "trường", total=68,
      subject="trường tiểu học ngoài công lập", period=I(SY23)),
    F("21 trường trung học cơ sở", "21", 21, "count", "trường", total=68,
      subject="trường trung học cơ sở ngoài công lập", period=I(SY23)),
    F("18 trường nhiều cấp học", "18", 18, "count", "trường", total=68,
      subject="trường nhiều cấp học ngoài công lập", period=I(SY23)),
    F("chiếm 47,8%", "47,8", 47.8, "percent", "%",
      subject="tỷ lệ trường mầm non ngoài công lập trong tổng số trường mầm non"),
    F("nuôi dạy 86.450 trẻ", "86.450", 86450, "count", "trẻ", percent=61.3,
      subject="trẻ học tại các cơ sở mầm non ngoài công lập", period=I(SY23)),
    F("có 52.180 học sinh", "52.180", 52180, "count", "học sinh", percent=12.6,
      subject="học sinh khối phổ thông ngoài công lập", period=I(SY23)),
    F("(248 cơ sở)", "248", 248, "count", "cơ sở", subject="cơ sở ngoài công lập",
      period=I(SY23), location="Thuận An"),
    F("(231 cơ sở)", "231", 231, "count", "cơ sở", subject="cơ sở ngoài công lập",
      period=I(SY23), location="Dĩ An"),
    F("(176 cơ sở)", "176", 176, "count", "cơ sở", subject="cơ sở ngoài công lập",
      period=I(SY23), location="Thủ Dầu Một"),
    F("(142 cơ sở)", "142", 142, "count", "cơ sở", subject="cơ sở ngoài công lập",
      period=I(SY23), location="Tân Uyên"),
    F("hơn 40 trường", "40", 40, "count", "trường", approx="over",
      subject="trường tư thục dọc Quốc lộ 13 và Đại lộ Bình Dương"),
    F("thu hút 7.920 cán bộ", "7.920", 7920, "count", "cán bộ, giáo viên, nhân viên",
      subject="cán bộ, giáo viên, nhân viên khối ngoài công lập"),
    F("khoảng 9.850 tỷ đồng", "9.850", 9850e9, "money", "đồng", approx="about", status="estimate",
      subject="tổng vốn đầu tư khối ngoài công lập"),
    F("có 94 trường", "94", 94, "count", "trường", percent=24.7,
      subject="trường ngoài công lập đạt chuẩn quốc gia",
      period=P("Tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("đạt 15%", "15", 15, "percent", "%", status="target",
      subject="tỷ lệ học sinh phổ thông học tại trường ngoài công lập", period=T25),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="trường mầm non ngoài công lập đạt kiểm định chất lượng", period=T25),
]

if __name__ == "__main__":
    emit("p710-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Bình Dương")
