"""p1051-6: national newspaper (VnExpress style dateline), Kỳ Sơn / Nghệ An teacher housing, 2024."""
from lib import emit, fig, per, year, ch

TEXT = """Thời sự > Giáo dục
Chủ nhật, 8/9/2024, 07:30 (GMT+7)

Giáo viên vùng biên Nghệ An chờ nhà công vụ

Ở huyện biên giới Kỳ Sơn, gần 300 giáo viên vẫn phải thuê nhà dân hoặc ở tạm trong phòng học cũ khi năm học mới bắt đầu.

Thầy Lầu Bá Chống, giáo viên Trường Tiểu học Mường Lống 2, đã có 11 năm cắm bản. Điểm trường Xốp Lau của thầy cách trung tâm xã 18 km đường đất. Giá thuê một phòng trọ ở trung tâm huyện từ 800.000 đồng đến 1,2 triệu đồng/tháng. Mỗi tháng, thầy nhận phụ cấp thu hút khoảng 2,1 triệu đồng theo Nghị định 76/2019/NĐ-CP.

Theo Phòng Giáo dục và Đào tạo Kỳ Sơn, toàn huyện có 1.384 giáo viên, trong đó hơn 760 người có nhu cầu ở nhà công vụ. Huyện hiện có 162 phòng ở công vụ, đủ chỗ cho khoảng 480 giáo viên. Tỷ lệ đáp ứng chỉ đạt 63%. Từ đầu năm đến nay, huyện đã sửa chữa 23 phòng ở công vụ xuống cấp với kinh phí 780 triệu đồng.

Năm 2023, tỉnh Nghệ An bố trí 42,7 tỷ đồng, tăng 26% so với năm 2022, để xây mới 118 phòng ở công vụ tại 9 huyện miền núi. Tuy nhiên, toàn tỉnh vẫn còn thiếu khoảng 1.500 phòng. Ông Trần Văn Hùng, Phó giám đốc Sở Giáo dục và Đào tạo, cho biết giai đoạn 2024-2026 tỉnh dự kiến cần khoảng 540 tỷ đồng để xây 1.200 phòng ở công vụ, ưu tiên các huyện Kỳ Sơn, Tương Dương, Quế Phong.

Trên cả nước, theo Bộ Giáo dục và Đào tạo, hiện có hơn 120.000 giáo viên công tác ở các xã đặc biệt khó khăn, trong đó khoảng 35% chưa có chỗ ở ổn định.

Hoàng Lam
"""

Y23 = year(2023, "Năm 2023")
P2426 = per("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
F = [
    fig("gần 300 giáo viên", "300", 300, "count", "giáo viên",
        "giáo viên phải thuê nhà dân hoặc ở tạm trong phòng học cũ", approx="nearly"),
    fig("có 11 năm cắm bản", "11", 11, "measure", "năm", "thời gian cắm bản của thầy Lầu Bá Chống",
        optional=True),
    fig("xã 18 km", "18", 18, "measure", "km", "khoảng cách từ điểm trường Xốp Lau đến trung tâm xã"),
    fig("từ 800.000 đồng đến 1,2 triệu", "800.000", 800000, "money", "đồng/tháng",
        "giá thuê một phòng trọ ở trung tâm huyện", value_max=1.2e6),
    fig("khoảng 2,1 triệu đồng", "2,1", 2.1e6, "money", "đồng/tháng", "phụ cấp thu hút", approx="about"),
    fig("có 1.384 giáo viên", "1.384", 1384, "count", "giáo viên", "giáo viên toàn huyện"),
    fig("hơn 760 người", "760", 760, "count", "người", "giáo viên có nhu cầu ở nhà công vụ", approx="over",
        total=1384),
    fig("có 162 phòng", "162", 162, "count", "phòng ở công vụ", "phòng ở công vụ hiện có"),
    fig("khoảng 480 giáo viên", "480", 480, "count", "giáo viên", "giáo viên được bố trí chỗ ở công vụ",
        approx="about"),
    fig("đạt 63%", "63", 63, "percent", "%", "tỷ lệ đáp ứng nhu cầu nhà công vụ"),
    fig("sửa chữa 23 phòng", "23", 23, "count", "phòng ở công vụ", "phòng ở công vụ xuống cấp được sửa chữa",
        per("Từ đầu năm đến nay", "2024-01-01", "2024-09-08")),
    fig("kinh phí 780 triệu đồng", "780", 780e6, "money", "đồng", "kinh phí sửa chữa phòng ở công vụ",
        per("Từ đầu năm đến nay", "2024-01-01", "2024-09-08")),
    fig("bố trí 42,7 tỷ đồng", "42,7", 42.7e9, "money", "đồng", "vốn bố trí xây mới phòng ở công vụ", Y23,
        change=ch("increase", 26, "%", "năm 2022"), location="Nghệ An"),
    fig("mới 118 phòng", "118", 118, "count", "phòng ở công vụ", "phòng ở công vụ xây mới", Y23, location="Nghệ An"),
    fig("tại 9 huyện", "9", 9, "count", "huyện", "huyện miền núi có phòng ở công vụ xây mới", Y23,
        location="Nghệ An"),
    fig("khoảng 1.500 phòng", "1.500", 1500, "count", "phòng", "phòng ở công vụ còn thiếu", approx="about",
        location="Nghệ An"),
    fig("khoảng 540 tỷ đồng", "540", 540e9, "money", "đồng", "vốn cần để xây phòng ở công vụ", P2426,
        approx="about", status="forecast", location="Nghệ An"),
    fig("xây 1.200 phòng", "1.200", 1200, "count", "phòng ở công vụ", "phòng ở công vụ xây mới", P2426,
        status="forecast", location="Nghệ An"),
    fig("hơn 120.000 giáo viên", "120.000", 120000, "count", "giáo viên",
        "giáo viên công tác ở các xã đặc biệt khó khăn", approx="over", location="Việt Nam"),
    fig("khoảng 35%", "35", 35, "percent", "%", "giáo viên chưa có chỗ ở ổn định", approx="about",
        location="Việt Nam"),
]

COMMENTS = [
    "National newspaper: giáo viên vùng biên Nghệ An chờ nhà công vụ; dateline 'Chủ nhật, 8/9/2024, 07:30 (GMT+7)', byline at the end.",
    "Three levels of place: Kỳ Sơn (default; district figures, the teacher's story), Nghệ An (provincial), Việt Nam (national).",
    "'11 năm cắm bản' is one teacher's length of service (a duration as a claim; optional). 'Mỗi tháng ... khoảng 2,1 triệu đồng' -> đồng/tháng.",
    "'khoảng 35%' after 'trong đó' is a share of a part: own percent figure. 'Từ đầu năm đến nay' runs to the dateline.",
    "Distractors: 'Mường Lống 2' (school name), Nghị định 76/2019/NĐ-CP, '07:30 (GMT+7)', 'Chủ nhật', 'giai đoạn 2024-2026'.",
]

if __name__ == "__main__":
    emit("p1051-6", TEXT, COMMENTS, F, published="2024-09-08", location="Kỳ Sơn")
