"""p711-5: Party newspaper (Báo Điện Biên Phủ) — free school-bus routes in huyện Mường Ảng; byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Những chuyến xe nghĩa tình đưa học sinh Mường Ảng đến trường

Từ tháng 9/2023 đến nay, huyện Mường Ảng duy trì 7 tuyến xe đưa đón học sinh miễn phí từ các bản xa trung tâm, tổng chiều dài gần 96 km, mỗi ngày đưa đón khoảng 540 học sinh của 11 trường tiểu học, THCS.

Trong số 540 học sinh này, 312 em là người dân tộc Mông, 176 em là người dân tộc Thái. Trước đây, nhiều em ở bản Co Hịa, bản Phì Cao phải đi bộ từ 8 đến 12 km theo Quốc lộ 279, mất hơn 2 giờ mỗi ngày; nay thời gian đến trường chỉ còn khoảng 25 phút.

Các tuyến sử dụng 9 xe loại 16 chỗ và 29 chỗ, tính đến hết tháng 9/2024 đã chạy an toàn tổng quãng đường 38.416,5 km. Kinh phí vận hành trong năm học vừa qua khoảng 1,26 tỷ đồng, trong đó ngân sách huyện hỗ trợ 720 triệu đồng, phần còn lại do doanh nghiệp, nhà hảo tâm đóng góp; bình quân khoảng 233.000 đồng/học sinh/tháng.

Nhờ có xe đưa đón, tỷ lệ học sinh đi học chuyên cần tại các trường đạt 98,7%, tăng 4,2% so với năm học 2022-2023; số học sinh bỏ học chỉ còn 5 em, giảm 18 em so với năm học trước.

Cô Lò Thị Thu, Hiệu trưởng Trường PTDTBT THCS Ngối Cáy, chia sẻ: "Ngày trước, cứ mùa mưa là lớp học vắng nhiều. Có xe đưa đón, các em đi học đều hơn hẳn, phụ huynh cũng yên tâm".

Thời gian tới, huyện dự kiến mở thêm 3 tuyến tại xã Búng Lao và xã Ẳng Tở, nâng tổng số học sinh được đưa đón lên khoảng 750 em.

Quang Hưng
15/10/2024
"""

SINCE = P("Từ tháng 9/2023 đến nay", "2023-09-01", "2024-10-15")
ASOF = P("tính đến hết tháng 9/2024", None, "2024-09-30")

FIGS = [
    F("duy trì 7 tuyến", "7", 7, "count", "tuyến", "tuyến xe đưa đón học sinh miễn phí", SINCE),
    F("gần 96 km", "96", 96, "measure", "km", "tổng chiều dài các tuyến xe đưa đón học sinh", SINCE,
      approx="nearly"),
    F("khoảng 540 học sinh", "540", 540, "count", "học sinh", "học sinh được đưa đón mỗi ngày", SINCE,
      approx="about"),
    F("của 11 trường", "11", 11, "count", "trường", "trường tiểu học, THCS có học sinh được đưa đón", SINCE),
    F("Trong số 540 học sinh", "540", 540, "count", "học sinh", "học sinh được đưa đón", I(SINCE), optional=True),
    F("312 em", "312", 312, "count", "em", "học sinh người dân tộc Mông được đưa đón", I(SINCE), total=540),
    F("176 em", "176", 176, "count", "em", "học sinh người dân tộc Thái được đưa đón", I(SINCE), total=540),
    F("từ 8 đến 12 km", "8", 8, "measure", "km", "quãng đường đi bộ đến trường trước đây", value_max=12),
    F("hơn 2 giờ", "2", 2, "measure", "giờ", "thời gian đi bộ đến trường mỗi ngày trước đây", approx="over"),
    F("khoảng 25 phút", "25", 25, "measure", "phút", "thời gian đến trường", approx="about"),
    # revised after the first run: the as-of 'tính đến hết tháng 9/2024' opens the next clause ('đã chạy … 38.416,5 km');
    # it does not govern the fleet size stated before it, so 9 xe has no period.
    F("sử dụng 9 xe", "9", 9, "count", "xe", "xe sử dụng trên các tuyến"),
    F("loại 16 chỗ", "16", 16, "measure", "chỗ", "loại xe", optional=True),
    F("và 29 chỗ", "29", 29, "measure", "chỗ", "loại xe", optional=True),
    F("38.416,5 km", "38.416,5", 38416.5, "measure", "km", "tổng quãng đường chạy an toàn", ASOF),
    F("khoảng 1,26 tỷ đồng", "1,26", 1_260_000_000, "money", "đồng",
      "kinh phí vận hành các tuyến xe trong năm học vừa qua", approx="about"),
    F("hỗ trợ 720 triệu đồng", "720", 720_000_000, "money", "đồng", "ngân sách huyện hỗ trợ kinh phí vận hành",
      total=1_260_000_000),
    F("khoảng 233.000 đồng/học sinh/tháng", "233.000", 233000, "money", "đồng/học sinh/tháng",
      "kinh phí vận hành bình quân", approx="about"),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ học sinh đi học chuyên cần",
      change=CH("increase", 4.2, "%", "năm học 2022-2023")),
    F("còn 5 em", "5", 5, "count", "em", "học sinh bỏ học", change=CH("decrease", 18, "em", "năm học trước")),
    F("thêm 3 tuyến", "3", 3, "count", "tuyến", "tuyến xe đưa đón học sinh mở thêm", status="forecast"),
    F("khoảng 750 em", "750", 750, "count", "em", "tổng số học sinh được đưa đón", approx="about",
      status="forecast"),
]

COMMENTS = [
    "Báo Điện Biên Phủ: xe đưa đón học sinh miễn phí ở huyện Mường Ảng; byline 'Quang Hưng' and bare date '15/10/2024' at the end.",
    "Distractors: Quốc lộ 279, bản/xã names, 'năm học 2022-2023', byline date.",
    "'Từ tháng 9/2023 đến nay' ends at the dateline. 'Trong số 540 học sinh' restates the whole: optional; 312 and 176 are its parts.",
    "Vehicle classes '16 chỗ', '29 chỗ' are optional. 38.416,5 km uses a thousands dot and a decimal comma.",
    "'khoảng 1,26 tỷ đồng, trong đó … 720 triệu đồng' gives total. 'dự kiến' governs both clauses of the last sentence.",
    "'số học sinh bỏ học chỉ còn 5 em, giảm 18 em so với năm học trước': 5 em is the figure, the fall is its change.",
    "revised: '9 xe' loses the as-of period (the as-of phrase opens the following clause about the distance run).",
]

if __name__ == "__main__":
    emit("p711-5", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Mường Ảng")
