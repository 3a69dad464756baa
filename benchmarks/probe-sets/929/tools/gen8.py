"""p929-8: provincial newspaper online (Báo Đồng Khởi, Bến Tre), headline figure, '(BĐK) -' tag."""
from lib import F, P, I, C, write

TEXT = """Báo Đồng Khởi Online - Xã hội

Gần 9.500 trẻ em Bến Tre được học bơi miễn phí

Cập nhật lúc 16:05, Thứ Ba, 22/08/2023

(BĐK) - Ngày 21/8, Tỉnh đoàn phối hợp Sở Lao động - Thương binh và Xã hội sơ kết chương trình "Hè vui khỏe - An toàn" năm 2023. Từ ngày 1/6 đến nay, các huyện, thành phố đã mở 312 lớp dạy bơi với gần 9.500 trẻ em tham gia, vượt 18,8% chỉ tiêu.

Trong đó, huyện Ba Tri có số lớp nhiều nhất với 58 lớp, kế đến là Thạnh Phú (46 lớp), Bình Đại (41 lớp) và Giồng Trôm (39 lớp). Theo đánh giá của ban tổ chức, khoảng 82% trẻ sau khóa học có thể tự bơi được quãng đường từ 15 đến 25 m.

Cùng với dạy bơi, toàn tỉnh duy trì 1.035 điểm sinh hoạt hè, thu hút trên 125.000 lượt thiếu nhi, tăng 9.200 lượt so với năm 2022. Đội hình tình nguyện gồm 2.460 đoàn viên, học sinh, sinh viên, trong đó có 380 sinh viên các trường đại học về địa phương tham gia.

Về kinh phí, tổng nguồn lực huy động cho chương trình năm 2023 đạt 3,6 tỷ đồng, bằng 120% so với năm trước; trong đó ngân sách tỉnh hỗ trợ 1,1 tỷ đồng. Mức hỗ trợ cho mỗi trẻ học bơi là 250.000 đồng/em.

Phó Bí thư Tỉnh đoàn Nguyễn Thị Ba cho biết, năm 2024, tỉnh phấn đấu mở 350 lớp dạy bơi, đưa tỷ lệ trẻ em biết bơi lên 45%. Hiện toàn tỉnh có 27 hồ bơi, trong đó 12 hồ bơi di động được lắp đặt tại trường học. Số trẻ biết bơi trên địa bàn tỉnh hiện gấp khoảng 2,5 lần so với năm 2018.

Chương trình sẽ tiếp tục đến hết ngày 31/8, với các lớp dạy bơi tại khu vực dọc Quốc lộ 57 và các cồn ven sông Tiền.
"""

SINCE = P("Từ ngày 1/6 đến nay", "2023-06-01", "2023-08-22")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 9.500 trẻ em Bến Tre", "9.500", 9500, "count", "trẻ em", approx="nearly",
      subject="trẻ em được học bơi miễn phí"),
    F("mở 312 lớp", "312", 312, "count", "lớp dạy bơi", subject="lớp dạy bơi", period=SINCE),
    F("gần 9.500 trẻ em tham gia", "9.500", 9500, "count", "trẻ em", approx="nearly",
      change=C("increase", 18.8, "%", "chỉ tiêu"), subject="trẻ em tham gia lớp dạy bơi", period=SINCE),
    F("với 58 lớp", "58", 58, "count", "lớp", total=312, subject="lớp dạy bơi", period=I(SINCE),
      location="Ba Tri"),
    F("Thạnh Phú (46 lớp)", "46", 46, "count", "lớp", total=312, subject="lớp dạy bơi", period=I(SINCE),
      location="Thạnh Phú"),
    F("Bình Đại (41 lớp)", "41", 41, "count", "lớp", total=312, subject="lớp dạy bơi", period=I(SINCE),
      location="Bình Đại"),
    F("Giồng Trôm (39 lớp)", "39", 39, "count", "lớp", total=312, subject="lớp dạy bơi", period=I(SINCE),
      location="Giồng Trôm"),
    F("khoảng 82% trẻ", "82", 82, "percent", "%", approx="about",
      subject="trẻ sau khóa học tự bơi được quãng đường từ 15 đến 25 m", period=I(SINCE)),
    F("từ 15 đến 25 m", "15", 15, "measure", "m", value_max=25, optional=True),
    F("duy trì 1.035 điểm", "1.035", 1035, "count", "điểm sinh hoạt hè", subject="điểm sinh hoạt hè",
      period=I(SINCE)),
    F("trên 125.000 lượt", "125.000", 125000, "count", "lượt thiếu nhi", approx="over",
      change=C("increase", 9200, "lượt", "năm 2022"), subject="lượt thiếu nhi tham gia sinh hoạt hè",
      period=I(SINCE)),
    F("gồm 2.460 đoàn viên", "2.460", 2460, "count", "đoàn viên, học sinh, sinh viên",
      subject="đội hình tình nguyện", period=I(SINCE)),
    F("có 380 sinh viên", "380", 380, "count", "sinh viên", total=2460,
      subject="sinh viên các trường đại học về địa phương tham gia", period=I(SINCE)),
    F("đạt 3,6 tỷ đồng", "3,6", 3600000000, "money", "đồng", percent=120,
      subject="tổng nguồn lực huy động cho chương trình", period=Y23),
    F("hỗ trợ 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng", total=3600000000,
      subject="ngân sách tỉnh hỗ trợ", period=Y23),
    F("là 250.000 đồng/em", "250.000", 250000, "money", "đồng/em",
      subject="mức hỗ trợ cho mỗi trẻ học bơi", period=I(Y23)),
    F("mở 350 lớp", "350", 350, "count", "lớp dạy bơi", status="target", subject="lớp dạy bơi",
      period=Y24),
    F("lên 45%", "45", 45, "percent", "%", status="target", subject="tỷ lệ trẻ em biết bơi", period=Y24),
    F("có 27 hồ bơi", "27", 27, "count", "hồ bơi", subject="hồ bơi"),
    F("12 hồ bơi", "12", 12, "count", "hồ bơi", total=27, subject="hồ bơi di động lắp đặt tại trường học"),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", approx="about",
      subject="số trẻ biết bơi so với năm 2018"),
]

COMMENTS = [
    "Báo Đồng Khởi (Bến Tre) online: headline figure, 'Cập nhật lúc 16:05, Thứ Ba, 22/08/2023', tag '(BĐK) -'.",
    "The headline repeats the body's 9.500 without period. 'Từ ngày 1/6 đến nay' = 2023-06-01..published.",
    "'vượt 18,8% chỉ tiêu' is a gap to plan: change (increase 18,8 %, baseline chỉ tiêu) of 9.500 trẻ em.",
    "'Trong đó, huyện Ba Tri ... 58 lớp, kế đến là Thạnh Phú (46 lớp) ...' follows '312 lớp' (same thing, lớp) across a sentence",
    "break and the children count in between: each part gets total 312 (the whole counting the same thing).",
    "'bằng 120% so với năm trước' is the share (percent) of 3,6 tỷ; '1,1 tỷ' after 'trong đó' gets total 3,6 tỷ.",
    "'380 sinh viên' after 'trong đó' is part of the 2.460 volunteers (the same people): total 2460.",
    "'gấp khoảng 2,5 lần so với năm 2018' stands alone as the claim: multiple. Sentences with 'Hiện' get no period.",
    "Distractors: '(BĐK)', 'Ngày 21/8', 'Nguyễn Thị Ba' (name), 'ngày 31/8', 'Quốc lộ 57', time 16:05.",
]

write(8, TEXT, FIGS, COMMENTS, published="2023-08-22", location="Bến Tre")
