from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Giao thông - Xây dựng

Nghệ An: 6 tháng đầu năm cấp mới hơn 21.000 giấy phép lái xe

Cập nhật: 09/07/2024 15:42 | Lượt xem: 1.284

(Cổng TTĐT Nghệ An) - Theo Sở Giao thông vận tải, 6 tháng đầu năm 2024, toàn tỉnh đã tổ chức 186 kỳ sát hạch lái xe với 27.930 lượt thí sinh dự thi, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, 21.356 thí sinh đạt yêu cầu và được cấp mới giấy phép lái xe (GPLX), chiếm 76,5%.

Hiện trên địa bàn tỉnh có 29 cơ sở đào tạo lái xe ô tô và 14 cơ sở chỉ đào tạo lái xe mô tô, với tổng lưu lượng đào tạo 18.650 học viên. Một số cơ sở có lưu lượng lớn là Trường Cao đẳng nghề số 4 - Bộ Quốc phòng (2.400 học viên), Trường Cao đẳng Kỹ thuật Việt - Đức (1.850 học viên).

Tỷ lệ thí sinh đạt sát hạch GPLX ô tô bình quân là 68,2%, thấp hơn 3,1% so với cùng kỳ; riêng GPLX mô tô hạng A1 đạt 84,7%. Các huyện miền núi có tỷ lệ đạt sát hạch mô tô thấp nhất là Kỳ Sơn (52,3%), Tương Dương (55,8%) và Quế Phong (57,1%).

Về đổi, cấp lại GPLX, Sở đã tiếp nhận 15.420 hồ sơ, trong đó 11.260 hồ sơ nộp trực tuyến, đạt 73%; thời gian giải quyết trung bình 3 ngày làm việc, giảm 2 ngày so với quy định.

Năm 2024, Sở phấn đấu sát hạch, cấp mới khoảng 45.000 GPLX và 100% hồ sơ đổi GPLX được tiếp nhận trực tuyến.

Sở Giao thông vận tải Nghệ An - Số 54 Trường Thi, TP Vinh. Điện thoại: 0238.3844.259
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("cấp mới hơn 21.000 giấy phép", "21.000", 21000, "count", "giấy phép lái xe",
      "giấy phép lái xe cấp mới", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("tổ chức 186 kỳ sát hạch", "186", 186, "count", "kỳ sát hạch", "kỳ sát hạch lái xe", H1),
    F("với 27.930 lượt thí sinh", "27.930", 27930, "count", "lượt thí sinh", "lượt thí sinh dự thi sát hạch lái xe", H1,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("Trong đó, 21.356 thí sinh", "21.356", 21356, "count", "thí sinh",
      "thí sinh đạt yêu cầu và được cấp mới giấy phép lái xe (GPLX)", I(H1), total=27930, percent=76.5),
    F("có 29 cơ sở đào tạo", "29", 29, "count", "cơ sở đào tạo", "cơ sở đào tạo lái xe ô tô"),
    F("và 14 cơ sở chỉ đào tạo", "14", 14, "count", "cơ sở", "cơ sở chỉ đào tạo lái xe mô tô"),
    F("lưu lượng đào tạo 18.650 học viên", "18.650", 18650, "count", "học viên", "tổng lưu lượng đào tạo"),
    F("(2.400 học viên)", "2.400", 2400, "count", "học viên",
      "lưu lượng đào tạo Trường Cao đẳng nghề số 4 - Bộ Quốc phòng"),
    F("(1.850 học viên)", "1.850", 1850, "count", "học viên", "lưu lượng đào tạo Trường Cao đẳng Kỹ thuật Việt - Đức"),
    F("bình quân là 68,2%", "68,2", 68.2, "percent", "%", "tỷ lệ thí sinh đạt sát hạch GPLX ô tô bình quân", I(H1),
      change=CH("decrease", 3.1, baseline="cùng kỳ")),
    F("hạng A1 đạt 84,7%", "84,7", 84.7, "percent", "%", "tỷ lệ đạt sát hạch GPLX mô tô hạng A1", I(H1)),
    F("Kỳ Sơn (52,3%)", "52,3", 52.3, "percent", "%", "tỷ lệ đạt sát hạch mô tô", I(H1), location="Kỳ Sơn"),
    F("Tương Dương (55,8%)", "55,8", 55.8, "percent", "%", "tỷ lệ đạt sát hạch mô tô", I(H1), location="Tương Dương"),
    F("Quế Phong (57,1%)", "57,1", 57.1, "percent", "%", "tỷ lệ đạt sát hạch mô tô", I(H1), location="Quế Phong"),
    F("tiếp nhận 15.420 hồ sơ", "15.420", 15420, "count", "hồ sơ", "hồ sơ đổi, cấp lại GPLX tiếp nhận", I(H1)),
    F("trong đó 11.260 hồ sơ", "11.260", 11260, "count", "hồ sơ", "hồ sơ đổi, cấp lại GPLX nộp trực tuyến", I(H1),
      total=15420, percent=73),
    F("trung bình 3 ngày làm việc", "3", 3, "measure", "ngày làm việc",
      "thời gian giải quyết trung bình hồ sơ đổi, cấp lại GPLX", I(H1),
      change=CH("decrease", 2, "ngày", baseline="quy định")),
    F("khoảng 45.000 GPLX", "45.000", 45000, "count", "GPLX", "GPLX sát hạch, cấp mới",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
    F("và 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ đổi GPLX được tiếp nhận trực tuyến",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT Nghệ An (province portal): Sở GTVT — sát hạch, cấp mới, đổi GPLX 6 tháng đầu năm 2024. Dateline 'Cập nhật: 09/07/2024 15:42'.",
    "Distractors: breadcrumb, 'Lượt xem: 1.284', 'Trường Cao đẳng nghề số 4', 'hạng A1', 'Số 54 Trường Thi', phone 0238.3844.259.",
    "Headline '6 tháng đầu năm' (no year, nothing earlier) takes the year of published (2024). 21.356 is a part of 27.930 after 'Trong đó' across a sentence break.",
    "Bracketed school capacities neither add up to 18.650 nor follow a cue: no total; school names stay in the subject (not places).",
    "'giảm 2 ngày so với quy định' is the change of the 3-day average (unit ngày). 'phấn đấu' governs both 45.000 and 100% (target).",
]

if __name__ == "__main__":
    emit("p719-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Nghệ An")
