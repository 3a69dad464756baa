from lib import F, P, I, CH, TG, emit

TEXT = """Xã hội

Bắc Giang: Nâng chất lượng đào tạo lái xe, tỷ lệ đạt sát hạch đường trường gần 80%

Ứng dụng thiết bị giám sát thời gian, quãng đường học thực hành (DAT) và cabin mô phỏng giúp chất lượng đào tạo lái xe trên địa bàn tỉnh chuyển biến rõ nét.

Năm 2023, 11 cơ sở đào tạo lái xe ô tô trên địa bàn tỉnh tuyển sinh 9.864 học viên, tăng 7,2% so với năm 2022. Toàn bộ 612 xe tập lái đã lắp thiết bị DAT theo Thông tư số 04/2022/TT-BGTVT; học viên hạng B2 phải hoàn thành tối thiểu 810 km học thực hành trên đường giao thông.

Nhờ đó, tỷ lệ học viên đạt phần thi đường trường tăng từ 71,5% năm 2022 lên 79,2% năm 2023. Tỷ lệ đạt các phần thi lý thuyết, mô phỏng và sa hình năm 2023 lần lượt là 89,5%, 76,4% và 72,8%.

Tuy nhiên, học phí cũng tăng theo. Học phí hạng B2 tại các cơ sở dao động từ 16,5 đến 19 triệu đồng/học viên, tăng khoảng 1,5 triệu đồng so với năm 2022. Nhiều học viên phản ánh phải nộp thêm phí thuê xe chạy DAT ngoài giờ.

Tại Trung tâm sát hạch lái xe Bắc Giang (thôn Đồng Cửa 2, xã Song Khê), hai tháng đầu năm 2024 đã tổ chức 42 kỳ sát hạch với 3.870 thí sinh dự thi, có 2.905 thí sinh đạt (75,1%).

Ông Nguyễn Văn Thắng, Phó Giám đốc Sở GTVT cho biết: Năm 2024, tỉnh phấn đấu tỷ lệ đạt sát hạch lái xe ô tô trên 80%, kiên quyết không để xảy ra tiêu cực trong đào tạo, sát hạch.

Hà Linh

12/03/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T2 = P("hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
FIGS = [
    F("đường trường gần 80%", "80", 80, "percent", "%", "tỷ lệ đạt sát hạch đường trường", approx="nearly"),
    F("11 cơ sở đào tạo", "11", 11, "count", "cơ sở đào tạo", "cơ sở đào tạo lái xe ô tô", Y23),
    F("tuyển sinh 9.864 học viên", "9.864", 9864, "count", "học viên", "học viên tuyển sinh", Y23,
      change=CH("increase", 7.2, baseline="năm 2022")),
    F("Toàn bộ 612 xe", "612", 612, "count", "xe tập lái", "xe tập lái đã lắp thiết bị DAT"),
    F("tối thiểu 810 km", "810", 810, "measure", "km", "quãng đường học thực hành trên đường giao thông học viên hạng B2",
      approx="at_least", optional=True),
    F("từ 71,5% năm 2022", "71,5", 71.5, "percent", "%", "tỷ lệ học viên đạt phần thi đường trường",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("lên 79,2% năm 2023", "79,2", 79.2, "percent", "%", "tỷ lệ học viên đạt phần thi đường trường",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lần lượt là 89,5%", "89,5", 89.5, "percent", "%", "tỷ lệ đạt phần thi lý thuyết",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("89,5%, 76,4%", "76,4", 76.4, "percent", "%", "tỷ lệ đạt phần thi mô phỏng",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("và 72,8%", "72,8", 72.8, "percent", "%", "tỷ lệ đạt phần thi sa hình",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 16,5 đến 19 triệu", "16,5", 16500000, "money", "đồng/học viên", "học phí hạng B2",
      value_max=19000000, change=CH("increase", 1500000, "đồng", baseline="năm 2022", approx="about")),
    F("tổ chức 42 kỳ sát hạch", "42", 42, "count", "kỳ sát hạch", "kỳ sát hạch Trung tâm sát hạch lái xe Bắc Giang", T2),
    F("với 3.870 thí sinh", "3.870", 3870, "count", "thí sinh", "thí sinh dự thi", T2),
    F("có 2.905 thí sinh", "2.905", 2905, "count", "thí sinh", "thí sinh đạt", T2, percent=75.1),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ đạt sát hạch lái xe ô tô", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="over", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang style): DAT, cabin, pass rates, tuition. Byline 'Hà Linh' and bare date '12/03/2024' at the end (= published).",
    "Distractors: 'Thông tư số 04/2022/TT-BGTVT', 'hạng B2', address 'thôn Đồng Cửa 2, xã Song Khê', the closing date.",
    "'tăng từ 71,5% năm 2022 lên 79,2% năm 2023': two percent figures, each with its own year; no change value is stated.",
    "'tối thiểu 810 km' is a regulatory minimum, not an outcome: optional. 'từ 16,5 đến 19 triệu đồng/học viên': range, rate unit; 'tăng khoảng 1,5 triệu đồng' its change (unit đồng).",
    "'2.905 thí sinh đạt (75,1%)': bracketed share → percent; no part cue after 3.870, so no total. 'hai tháng đầu năm 2024' ends 2024-02-29 (leap year).",
]

if __name__ == "__main__":
    emit("p719-5", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Bắc Giang")
