"""p1051-8: provincial newspaper online (Báo Quảng Nam style, '(QNO) -' tag), headline with a figure, 2023."""
from lib import emit, fig, per, inh, year, ch

TEXT = """Quảng Nam: 93% giáo viên vùng cao có chỗ ở công vụ

Cập nhật lúc 16:05, Thứ Sáu, 15/12/2023

(QNO) - Tính đến tháng 11/2023, 6 huyện miền núi của tỉnh đã bố trí chỗ ở công vụ cho 3.420 giáo viên, đạt 93% số giáo viên có nhu cầu, tăng 5,4 điểm phần trăm so với năm 2022.

Năm 2023, các huyện Nam Trà My, Bắc Trà My, Tây Giang, Đông Giang, Nam Giang và Phước Sơn hoàn thành 27 nhà công vụ với 162 phòng ở, tổng vốn đầu tư 58,3 tỷ đồng. Trong đó, Nam Trà My nhiều nhất với 52 phòng, kế đến là Phước Sơn 34 phòng, Tây Giang 28 phòng. Bình quân mỗi phòng rộng 24 m2, suất đầu tư khoảng 360 triệu đồng/phòng, thấp hơn 8% so với năm 2022 nhờ tận dụng vật liệu tại chỗ. Số nhà công vụ hoàn thành năm 2023 gấp 1,5 lần năm 2022. Giá trị giải ngân vốn năm 2023 ước đạt 55,1 tỷ đồng, đạt 94,5% kế hoạch.

Cô Hồ Thị Thu Ba, giáo viên điểm trường Tắk Pổ (xã Trà Cang, huyện Nam Trà My) cho biết, trước đây cô phải ở nhờ nhà dân cách trường 5 km, nay đã có phòng ở ngay cạnh lớp học.

Theo Sở GD&ĐT, toàn tỉnh hiện còn khoảng 250 giáo viên ở các điểm trường lẻ phải ở tạm, tập trung tại các xã Trà Cang, Trà Linh (Nam Trà My) và Ga Ri (Tây Giang). Năm 2024, tỉnh đặt mục tiêu 100% giáo viên có nhu cầu được bố trí nhà công vụ; dự kiến đầu tư 21 nhà công vụ với tổng kinh phí khoảng 46 tỷ đồng. Ngoài ra, giáo viên cắm bản chưa có nhà công vụ được hỗ trợ tiền thuê nhà 500.000 đồng/người/tháng theo Nghị quyết số 42/2022/NQ-HĐND của HĐND tỉnh.

HỒNG ANH
"""

ASOF = per("Tính đến tháng 11/2023", None, "2023-11-30")
Y23 = year(2023, "Năm 2023")
Y24 = year(2024, "Năm 2024")
S = "phòng ở công vụ hoàn thành"
F = [
    fig("Quảng Nam: 93%", "93", 93, "percent", "%", "giáo viên vùng cao có chỗ ở công vụ"),
    fig("6 huyện miền núi", "6", 6, "count", "huyện", "huyện miền núi bố trí chỗ ở công vụ cho giáo viên", ASOF),
    fig("cho 3.420 giáo viên", "3.420", 3420, "count", "giáo viên", "giáo viên được bố trí chỗ ở công vụ", ASOF,
        percent=93, change=ch("increase", 5.4, "điểm phần trăm", "năm 2022")),
    fig("hoàn thành 27 nhà công vụ", "27", 27, "count", "nhà công vụ", "nhà công vụ hoàn thành", Y23),
    fig("với 162 phòng ở", "162", 162, "count", "phòng ở", S, Y23),
    fig("tư 58,3 tỷ đồng", "58,3", 58.3e9, "money", "đồng", "tổng vốn đầu tư nhà công vụ", Y23),
    fig("nhiều nhất với 52 phòng", "52", 52, "count", "phòng", S, inh(Y23), total=162, location="Nam Trà My"),
    fig("Phước Sơn 34 phòng", "34", 34, "count", "phòng", S, inh(Y23), total=162, location="Phước Sơn"),
    fig("Tây Giang 28 phòng", "28", 28, "count", "phòng", S, inh(Y23), total=162, location="Tây Giang"),
    fig("rộng 24 m2", "24", 24, "measure", "m2", "diện tích bình quân mỗi phòng", inh(Y23)),
    fig("khoảng 360 triệu đồng/phòng", "360", 360e6, "money", "đồng/phòng", "suất đầu tư mỗi phòng", inh(Y23),
        approx="about", change=ch("decrease", 8, "%", "năm 2022")),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "số nhà công vụ hoàn thành so với năm 2022",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("ước đạt 55,1 tỷ đồng", "55,1", 55.1e9, "money", "đồng", "giá trị giải ngân vốn",
        per("năm 2023", "2023-01-01", "2023-12-31"), percent=94.5, status="estimate"),
    fig("trường 5 km", "5", 5, "measure", "km", "khoảng cách từ nhà dân đến trường", location="Nam Trà My"),
    fig("khoảng 250 giáo viên", "250", 250, "count", "giáo viên", "giáo viên ở các điểm trường lẻ phải ở tạm",
        approx="about"),
    fig("mục tiêu 100%", "100", 100, "percent", "%", "giáo viên có nhu cầu được bố trí nhà công vụ", Y24,
        status="target"),
    fig("đầu tư 21 nhà công vụ", "21", 21, "count", "nhà công vụ", "nhà công vụ đầu tư", Y24, status="forecast"),
    fig("khoảng 46 tỷ đồng", "46", 46e9, "money", "đồng", "tổng kinh phí đầu tư nhà công vụ", Y24, approx="about",
        status="forecast"),
    fig("500.000 đồng/người/tháng", "500.000", 500000, "money", "đồng/người/tháng",
        "hỗ trợ tiền thuê nhà cho giáo viên cắm bản chưa có nhà công vụ"),
]

COMMENTS = [
    "Báo Quảng Nam online: headline figure '93%', 'Cập nhật lúc 16:05, Thứ Sáu, 15/12/2023', '(QNO) -' tag, byline at the end.",
    "'đạt 93% ..., tăng 5,4 điểm phần trăm so với năm 2022' -> percent and change of 3.420 giáo viên (the figure the clause follows).",
    "'Trong đó, Nam Trà My nhiều nhất với 52 phòng, kế đến là ...' -> parts of the 162 rooms (total 162, location district).",
    "'gấp 1,5 lần năm 2022' standing alone -> multiple. 'ước đạt ..., đạt 94,5% kế hoạch' -> estimate with percent.",
    "Distractors: 'Thứ Sáu', '16:05', '(QNO)', 'Thu Ba' (name), Nghị quyết số 42/2022/NQ-HĐND.",
]

if __name__ == "__main__":
    emit("p1051-8", TEXT, COMMENTS, F, published="2023-12-15", location="Quảng Nam")
