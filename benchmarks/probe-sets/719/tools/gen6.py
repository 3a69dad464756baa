from lib import F, P, I, CH, TG, emit

TEXT = """Thứ hai, 3/6/2024, 07:00 (GMT+7)

Hơn 30% thí sinh TP HCM trượt phần thi mô phỏng lái xe

Nhiều thí sinh thi bằng lái ô tô tại TP HCM trượt phần mô phỏng các tình huống giao thông, dù phần thi này không khó nếu học viên được luyện tập bài bản.

Theo Sở Giao thông vận tải TP HCM, 5 tháng đầu năm 2024, 14 trung tâm sát hạch trên địa bàn đã tổ chức thi cho 58.420 thí sinh ô tô, trong đó 18.230 người trượt phần mô phỏng, chiếm 31,2%. Tỷ lệ trượt phần thi lý thuyết khoảng 12%, sa hình 25-28%, đường trường khoảng 8%.

Phần thi mô phỏng gồm 10 tình huống trên máy tính, mỗi tình huống tối đa 5 điểm; thí sinh phải đạt tối thiểu 35/50 điểm mới được thi tiếp. Mỗi lần thi lại, thí sinh nộp lệ phí 100.000 đồng. Tại các trung tâm, giá thuê máy luyện tập mô phỏng phổ biến 300.000-400.000 đồng/giờ.

Theo ông Lê Minh Tuấn, giám đốc một trung tâm đào tạo lái xe ở quận 12, nhiều học viên chỉ học thuộc mẹo nên khi gặp tình huống lạ thì mất điểm. "Trung bình mỗi khóa có gần 2.000 học viên, khoảng 40% phải học thêm giờ mô phỏng", ông nói.

Tại Hà Nội, tỷ lệ đạt sát hạch ô tô 5 tháng đầu năm là 61,4%, thấp hơn 4,2% so với cùng kỳ. Sở GTVT Hà Nội dự kiến đưa thêm 2 trung tâm sát hạch vào hoạt động trong quý III/2024 để giảm tải.

Gia Minh
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
FIGS = [
    F("Hơn 30% thí sinh", "30", 30, "percent", "%", "thí sinh trượt phần thi mô phỏng lái xe", approx="over"),
    F("14 trung tâm sát hạch", "14", 14, "count", "trung tâm sát hạch", "trung tâm sát hạch trên địa bàn", M5),
    F("cho 58.420 thí sinh", "58.420", 58420, "count", "thí sinh", "thí sinh ô tô thi sát hạch", M5),
    F("18.230 người", "18.230", 18230, "count", "người", "người trượt phần mô phỏng", M5, total=58420, percent=31.2),
    F("khoảng 12%", "12", 12, "percent", "%", "tỷ lệ trượt phần thi lý thuyết", I(M5), approx="about"),
    F("25-28%", "25", 25, "percent", "%", "tỷ lệ trượt phần thi sa hình", I(M5), value_max=28),
    F("khoảng 8%", "8", 8, "percent", "%", "tỷ lệ trượt phần thi đường trường", I(M5), approx="about"),
    F("gồm 10 tình huống", "10", 10, "count", "tình huống", "tình huống phần thi mô phỏng"),
    F("tối đa 5 điểm", "5", 5, "measure", "điểm", "điểm mỗi tình huống", approx="at_most", optional=True),
    F("tối thiểu 35/50 điểm", "35", 35, "measure", "điểm", "điểm thí sinh phải đạt", approx="at_least", total=50,
      optional=True),
    F("lệ phí 100.000 đồng", "100.000", 100000, "money", "đồng", "lệ phí mỗi lần thi lại"),
    F("300.000-400.000 đồng/giờ", "300.000", 300000, "money", "đồng/giờ", "giá thuê máy luyện tập mô phỏng",
      value_max=400000),
    F("gần 2.000 học viên", "2.000", 2000, "count", "học viên", "học viên mỗi khóa", approx="nearly",
      location="Quận 12"),
    F("khoảng 40% phải", "40", 40, "percent", "%", "học viên phải học thêm giờ mô phỏng", approx="about",
      location="Quận 12"),
    F("là 61,4%", "61,4", 61.4, "percent", "%", "tỷ lệ đạt sát hạch ô tô", P("5 tháng đầu năm", "2024-01-01", "2024-05-31"),
      change=CH("decrease", 4.2, baseline="cùng kỳ"), location="Hà Nội"),
    F("thêm 2 trung tâm", "2", 2, "count", "trung tâm sát hạch", "trung tâm sát hạch đưa vào hoạt động",
      P("quý III/2024", "2024-07-01", "2024-09-30"), status="forecast", location="Hà Nội"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end. Simulation-test failures in TP HCM, comparison with Hà Nội.",
    "Distractors: dateline and '(GMT+7)', 'quận 12' (a district name: the centre's figures take location Quận 12), 'quý III/2024'.",
    "Exam rules 'tối đa 5 điểm', 'tối thiểu 35/50 điểm' are norms, not outcomes: optional. '10 tình huống' (the test's make-up) is a count.",
    "18.230 after 'trong đó' is a part of 58.420 with 'chiếm 31,2%'. '25-28%' is a range. '300.000-400.000 đồng/giờ' a money range with a rate unit.",
    "Hà Nội '5 tháng đầu năm' takes 2024 from the earlier '5 tháng đầu năm 2024'; 'thấp hơn 4,2% so với cùng kỳ' is its change; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    emit("p719-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="TP Hồ Chí Minh")
