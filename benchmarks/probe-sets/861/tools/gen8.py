"""p861-8: provincial newspaper online (Báo Long An style), headline figure and (BLA) tag, licensing of gyms, June 2025."""
from lib import F, P, I, C, T, write

TEXT = """Hơn 90% phòng tập thể hình đã được cấp phép
Cập nhật lúc 08:40, Thứ sáu, 20/06/2025

(BLA) - Theo Sở Văn hóa, Thể thao và Du lịch Long An, tính đến ngày 15/6/2025, toàn tỉnh có 143 cơ sở kinh doanh thể dục thể hình, thể dục thẩm mỹ, trong đó 131 cơ sở đã được cấp giấy chứng nhận đủ điều kiện, chiếm 91,6%.

Các địa phương có nhiều phòng tập là TP Tân An (38 cơ sở), huyện Đức Hòa (24 cơ sở), huyện Bến Lức (21 cơ sở) và thị xã Kiến Tường (9 cơ sở). Nhiều phòng tập mới mở dọc Quốc lộ 1 và đường tỉnh 830, phục vụ công nhân các khu công nghiệp.

6 tháng đầu năm, ngành chức năng đã kiểm tra 52 lượt cơ sở, phát hiện 8 cơ sở vi phạm, xử phạt 46 triệu đồng. So với cùng kỳ năm 2024, số lượt kiểm tra tăng gấp 2 lần. Các lỗi phổ biến là chưa có người hướng dẫn tập luyện đạt chuẩn, thiết bị tập không có hướng dẫn an toàn.

Mức phí tập luyện tại các phòng tập dao động từ 200.000 đến 500.000 đồng/tháng. Nhiều cơ sở đầu tư bài bản với diện tích trên 300 m2, trang bị máy tập nhập khẩu trị giá từ 1 đến 2 tỷ đồng. Chị Lê Thị Mỹ Linh, chủ phòng tập ở phường 3, TP Tân An, cho biết phòng tập của chị có khoảng 350 hội viên, tăng 25% so với năm trước, chủ yếu là nhân viên văn phòng và công nhân.

Sở Văn hóa, Thể thao và Du lịch đặt mục tiêu đến cuối năm 2025, 100% phòng tập thể hình được cấp giấy chứng nhận; dự kiến trong quý III/2025 tổ chức 1 lớp bồi dưỡng cho khoảng 60 hướng dẫn viên thể hình.

MINH HẢI
"""

ASOF = P("tính đến ngày 15/6/2025", None, "2025-06-15")
H1 = P("6 tháng đầu năm", "2025-01-01", "2025-06-30")
Q3 = P("trong quý III/2025", "2025-07-01", "2025-09-30")
SUBJ = "cơ sở kinh doanh thể dục thể hình, thể dục thẩm mỹ"

FIGS = [
    F("Hơn 90% phòng tập", "90", 90, "percent", "%", "phòng tập thể hình đã được cấp phép", I(ASOF), approx="over"),
    F("có 143 cơ sở", "143", 143, "count", "cơ sở", SUBJ, ASOF),
    F("131 cơ sở", "131", 131, "count", "cơ sở", "cơ sở đã được cấp giấy chứng nhận đủ điều kiện", ASOF,
      total=143, percent=91.6),
    F("Tân An (38 cơ sở)", "38", 38, "count", "cơ sở", "phòng tập", I(ASOF), location="Tân An"),
    F("Đức Hòa (24 cơ sở)", "24", 24, "count", "cơ sở", "phòng tập", I(ASOF), location="Đức Hòa"),
    F("Bến Lức (21 cơ sở)", "21", 21, "count", "cơ sở", "phòng tập", I(ASOF), location="Bến Lức"),
    F("Kiến Tường (9 cơ sở)", "9", 9, "count", "cơ sở", "phòng tập", I(ASOF), location="Kiến Tường"),
    F("kiểm tra 52 lượt cơ sở", "52", 52, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", H1),
    F("phát hiện 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở vi phạm", H1),
    F("xử phạt 46 triệu đồng", "46", 46_000_000, "money", "đồng", "tiền xử phạt vi phạm", H1),
    F("tăng gấp 2 lần", "2", 2, "multiple", "lần", "số lượt kiểm tra so với cùng kỳ năm 2024", I(H1)),
    F("từ 200.000 đến 500.000", "200.000", 200_000, "money", "đồng/tháng", "mức phí tập luyện tại các phòng tập",
      value_max=500_000),
    F("trên 300 m2", "300", 300, "measure", "m2", "diện tích cơ sở", approx="over", optional=True),
    F("từ 1 đến 2 tỷ đồng", "1", 1_000_000_000, "money", "đồng", "giá trị máy tập nhập khẩu", value_max=2_000_000_000),
    F("khoảng 350 hội viên", "350", 350, "count", "hội viên", "hội viên của phòng tập", approx="about",
      change=C("increase", 25, "%", "năm trước"), location="Tân An"),
    F("2025, 100% phòng tập", "100", 100, "percent", "%", "phòng tập thể hình được cấp giấy chứng nhận",
      P("đến cuối năm 2025", None, "2025-12-31"), status="target"),
    F("tổ chức 1 lớp", "1", 1, "count", "lớp bồi dưỡng", "lớp bồi dưỡng hướng dẫn viên thể hình", Q3,
      status="forecast"),
    F("khoảng 60 hướng dẫn viên", "60", 60, "count", "hướng dẫn viên", "hướng dẫn viên thể hình được bồi dưỡng", Q3,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Long An style online paper: headline figure 'Hơn 90%', 'Cập nhật lúc 08:40, Thứ sáu, 20/06/2025', tag '(BLA) -', byline MINH HẢI.",
    "Location Long An (named in the lead); list items take their district/town (TP Tân An, huyện Đức Hòa, huyện Bến Lức, thị xã Kiến Tường);",
    "the owner's gym in phường 3, TP Tân An → Tân An. The list (38+24+21+9 ≠ 143) has no total; its subject is the list's 'phòng tập'.",
    "'trong đó 131 cơ sở ..., chiếm 91,6%' → total 143, percent 91,6. '6 tháng đầu năm' takes 2025 from the as-of date before it.",
    "'So với cùng kỳ năm 2024, số lượt kiểm tra tăng gấp 2 lần' stands as its own sentence: a multiple figure (value 2, lần).",
    "'diện tích trên 300 m2' describes a category of gyms: optional. 'tăng 25% so với năm trước' is the change of 350 hội viên.",
    "Distractors: 08:40, Thứ sáu, (BLA), Quốc lộ 1, đường tỉnh 830, phường 3, quý III/2025 (a period).",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-06-20", location="Long An")
