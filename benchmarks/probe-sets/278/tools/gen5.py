from lib import F, P, chg, emit

TEXT = """BỘ XÂY DỰNG
Tin tức > Hạ tầng kỹ thuật

Tỷ lệ hỏa táng cả nước năm 2023 ước đạt khoảng 28%
26/04/2024 10:15

Theo Cục Hạ tầng kỹ thuật (Bộ Xây dựng), năm 2023 tỷ lệ sử dụng hình thức hỏa táng trên cả nước ước đạt khoảng 28%, tăng gần 3 điểm phần trăm so với năm 2022, nhưng vẫn thấp hơn mục tiêu 30% đề ra tại Quyết định số 2282/QĐ-TTg của Thủ tướng Chính phủ.

Tại các đô thị lớn, tỷ lệ này cao hơn nhiều: TP Hồ Chí Minh đạt 94,5%, Hà Nội 73,2%; một số đô thị loại I như Đà Nẵng (64%), Hải Phòng (58,7%), Cần Thơ (46,1%). Ngược lại, nhiều tỉnh miền núi phía Bắc và Tây Nguyên có tỷ lệ dưới 5%.

Cả nước hiện có 86 cơ sở hỏa táng đang hoạt động tại 42 tỉnh, thành phố với tổng số 178 lò hỏa táng; 21 tỉnh chưa có cơ sở hỏa táng. Giai đoạn 2021-2023, đã có thêm 19 cơ sở đi vào hoạt động, tổng vốn đầu tư khoảng 2,3 nghìn tỷ đồng, chủ yếu từ nguồn xã hội hóa.

Về đất nghĩa trang, theo số liệu tổng hợp từ 63 địa phương, cả nước có khoảng 38.500 nghĩa trang với tổng diện tích trên 21.000 ha, bình quân 0,55 ha/nghĩa trang. Diện tích đất nghĩa trang tại các đô thị chiếm khoảng 12% tổng diện tích đất nghĩa trang.

Bộ Xây dựng đang hoàn thiện Chiến lược phát triển nghĩa trang và cơ sở hỏa táng đến năm 2035, tầm nhìn đến năm 2050, với mục tiêu đến năm 2030 tỷ lệ hỏa táng cả nước đạt 40%, khu vực đô thị đạt từ 60% đến 70%.

Theo đại diện Cục Hạ tầng kỹ thuật, tại Hội thảo "Nghĩa trang xanh 2024" tổ chức ngày 25/4 ở Hà Nội, các chuyên gia kiến nghị bổ sung cơ chế ưu đãi về đất, thuế cho các dự án cơ sở hỏa táng.

Lượt xem: 2.905
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T30 = P("đến năm 2030", None, "2030-12-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
SUBJ = "tỷ lệ hỏa táng"

FIGS = [
    F("khoảng 28%\n", "28", 28, "percent", "%", "tỷ lệ hỏa táng cả nước", Y23, approx="about", status="estimate"),
    F("ước đạt khoảng 28%,", "28", 28, "percent", "%", "tỷ lệ sử dụng hình thức hỏa táng trên cả nước", Y23,
      approx="about", status="estimate", change=chg("increase", 3, "điểm phần trăm", "năm 2022", "nearly"),
      target={"value": 30, "unit": "%", "met": False}),
    F("đạt 94,5%", "94,5", 94.5, "percent", "%", SUBJ, Y23i, location="TP Hồ Chí Minh"),
    F("Hà Nội 73,2%", "73,2", 73.2, "percent", "%", SUBJ, Y23i, location="Hà Nội"),
    F("Đà Nẵng (64%)", "64", 64, "percent", "%", SUBJ, Y23i, location="Đà Nẵng"),
    F("Hải Phòng (58,7%)", "58,7", 58.7, "percent", "%", SUBJ, Y23i, location="Hải Phòng"),
    F("Cần Thơ (46,1%)", "46,1", 46.1, "percent", "%", SUBJ, Y23i, location="Cần Thơ"),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ hỏa táng của nhiều tỉnh miền núi phía Bắc và Tây Nguyên", Y23i, approx="under"),
    F("có 86 cơ sở", "86", 86, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động"),
    F("tại 42 tỉnh", "42", 42, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở hỏa táng đang hoạt động"),
    F("178 lò", "178", 178, "count", "lò hỏa táng", "tổng số lò hỏa táng"),
    F("21 tỉnh", "21", 21, "count", "tỉnh", "tỉnh chưa có cơ sở hỏa táng"),
    F("thêm 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở hỏa táng đi vào hoạt động", G),
    F("khoảng 2,3 nghìn tỷ đồng", "2,3", 2300000000000, "money", "đồng", "tổng vốn đầu tư các cơ sở hỏa táng", G, approx="about"),
    F("từ 63 địa phương", "63", 63, "count", "địa phương", "địa phương tổng hợp số liệu", optional=True),
    F("khoảng 38.500 nghĩa trang", "38.500", 38500, "count", "nghĩa trang", "nghĩa trang", approx="about"),
    F("trên 21.000 ha", "21.000", 21000, "measure", "ha", "tổng diện tích nghĩa trang", approx="over"),
    F("bình quân 0,55 ha/nghĩa trang", "0,55", 0.55, "measure", "ha/nghĩa trang", "diện tích bình quân nghĩa trang"),
    F("khoảng 12%", "12", 12, "percent", "%", "diện tích đất nghĩa trang tại các đô thị", approx="about"),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ hỏa táng cả nước", T30, status="target"),
    F("từ 60% đến 70%", "60", 60, "percent", "%", "tỷ lệ hỏa táng khu vực đô thị", T30, value_max=70, status="target"),
]

COMMENTS = [
    "Bộ Xây dựng (ministry site): national cremation rate 2023, big-city list, crematoria, cemetery land, 2030 targets.",
    "Dateline bare '26/04/2024 10:15' under the title; 'Lượt xem: 2.905' at the end. Distractors: Quyết định số 2282/QĐ-TTg, 'Nghĩa trang xanh 2024', 'ngày 25/4', 'đô thị loại I', 'đến năm 2035, tầm nhìn đến năm 2050'.",
    "'ước đạt khoảng 28%' has change 'tăng gần 3 điểm phần trăm' (nearly) and target 30% ('thấp hơn mục tiêu 30%', met false).",
    "City list: each city is the location, subject the list's indicator ('tỷ lệ này' = tỷ lệ hỏa táng); year inherited from the previous paragraph; actual (the 'ước' cue governs only the first paragraph).",
    "'dưới 5%' for a group of regions keeps the national location (as h01's 'các tỉnh, thành còn lại'). Counts of provinces are national; '63 địa phương' (sources) optional.",
    "The 2030 targets take 'đến năm 2030' (the nearest phrase), not the strategy's 2035/2050 horizon. 'Hà Nội' as the seminar venue is not a location of any figure.",
]
emit("p278-5", TEXT, COMMENTS, FIGS, published="2024-04-26", location="Việt Nam")
