from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Giáo dục - Đào tạo

9 tháng, các trung tâm GDNN-GDTX tuyển sinh 7.850 học viên
Đăng ngày 08-10-2024 15:12, Lượt xem: 97

Theo Sở Giáo dục và Đào tạo, 9 tháng năm 2024, 6 trung tâm GDNN-GDTX quận, huyện và Trung tâm GDTX thành phố tuyển sinh 7.850 học viên, đạt 82,6% kế hoạch năm, tăng 5,4% so với cùng kỳ. Trong đó, chương trình GDTX cấp THPT 2.315 học viên; đào tạo sơ cấp và dưới 3 tháng 3.460 học viên; tin học, ngoại ngữ 2.075 học viên.

Riêng quý III/2024, các trung tâm tuyển mới 3.126 học viên, chủ yếu là học viên lớp 10 (1.480 học viên).

Tỷ lệ học viên có việc làm sau khi hoàn thành các khóa đào tạo nghề ước đạt 88,5%. Thu sự nghiệp của các trung tâm ước đạt 21,7 tỷ đồng, bằng 104% cùng kỳ. Ngân sách thành phố đã cấp 64,2 tỷ đồng cho hoạt động của các trung tâm.

Tại huyện Hòa Vang, 146 học viên người Cơ Tu theo học tại Trung tâm GDNN-GDTX huyện được miễn 100% học phí và hỗ trợ tiền ăn 800.000 đồng/tháng.

Quý IV, các trung tâm dự kiến tuyển thêm khoảng 1.600 học viên, nâng tổng số cả năm lên khoảng 9.450 học viên. Thành phố phấn đấu đến năm 2025 có 100% trung tâm đạt kiểm định chất lượng cấp độ 2 và tỷ lệ tốt nghiệp THPT của học viên GDTX đạt từ 95% trở lên.

Trung tâm GDTX thành phố: số 2 đường 2 Tháng 9, quận Hải Châu; điện thoại 0236.3821.444.
"""

M9h = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
CN = P("cả năm", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tuyển sinh 7.850 học viên\nĐăng", "7.850", 7850, "count", "học viên",
      "học viên các trung tâm GDNN-GDTX tuyển sinh", M9h),
    F("2024, 6 trung tâm", "6", 6, "count", "trung tâm", "trung tâm GDNN-GDTX quận, huyện", M9),
    F("tuyển sinh 7.850 học viên, đạt", "7.850", 7850, "count", "học viên", "học viên tuyển sinh", M9,
      percent=82.6, change=CH("increase", 5.4, "%", "cùng kỳ")),
    F("THPT 2.315 học viên", "2.315", 2315, "count", "học viên", "học viên chương trình GDTX cấp THPT", I(M9),
      total=7850),
    F("dưới 3 tháng 3.460", "3", 3, "measure", "tháng", approx="under", optional=True),
    F("tháng 3.460 học viên", "3.460", 3460, "count", "học viên", "học viên đào tạo sơ cấp và dưới 3 tháng", I(M9),
      total=7850),
    F("ngoại ngữ 2.075 học viên", "2.075", 2075, "count", "học viên", "học viên tin học, ngoại ngữ", I(M9),
      total=7850),
    F("tuyển mới 3.126 học viên", "3.126", 3126, "count", "học viên", "học viên tuyển mới", Q3),
    F("(1.480 học viên)", "1.480", 1480, "count", "học viên", "học viên lớp 10 tuyển mới", Q3),
    F("ước đạt 88,5%", "88,5", 88.5, "percent", "%",
      "tỷ lệ học viên có việc làm sau khi hoàn thành các khóa đào tạo nghề", I(M9), status="estimate"),
    F("ước đạt 21,7 tỷ", "21,7", 21700000000, "money", "đồng", "thu sự nghiệp của các trung tâm", I(M9),
      percent=104, status="estimate"),
    F("cấp 64,2 tỷ đồng", "64,2", 64200000000, "money", "đồng", "ngân sách thành phố cấp cho hoạt động của các trung tâm",
      I(M9)),
    F("146 học viên", "146", 146, "count", "học viên", "học viên người Cơ Tu theo học tại Trung tâm GDNN-GDTX huyện",
      location="Hòa Vang"),
    F("miễn 100% học phí", "100", 100, "percent", "%", "học phí được miễn", location="Hòa Vang"),
    F("ăn 800.000 đồng/tháng", "800.000", 800000, "money", "đồng/tháng", "hỗ trợ tiền ăn", location="Hòa Vang"),
    F("khoảng 1.600 học viên", "1.600", 1600, "count", "học viên", "học viên tuyển thêm", Q4,
      approx="about", status="forecast"),
    F("khoảng 9.450 học viên", "9.450", 9450, "count", "học viên", "tổng số học viên tuyển sinh cả năm", CN,
      approx="about", status="forecast"),
    F("có 100% trung tâm", "100", 100, "percent", "%", "trung tâm đạt kiểm định chất lượng cấp độ 2", T25,
      status="target"),
    F("từ 95% trở lên", "95", 95, "percent", "%", "tỷ lệ tốt nghiệp THPT của học viên GDTX", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "City portal (Đà Nẵng), 'Đăng ngày 08-10-2024 15:12, Lượt xem: 97' under the headline: published 2024-10-08; counter is furniture.",
    "Headline '9 tháng' takes 2024 (lead / published). 'Trong đó' parts 2.315 + 3.460 + 2.075 = 7.850 -> total 7850 (across the sentence break).",
    "'(1.480 học viên)' after 'chủ yếu là học viên lớp 10' is no breakdown of 3.126 by a listed cue and does not add up: no total.",
    "'ước đạt' -> estimate in its sentence only; the budget sentence 'Ngân sách thành phố đã cấp' is actual. 'bằng 104% cùng kỳ' -> percent of 21,7 tỷ.",
    "'Quý IV ... dự kiến': forecast for both figures; 'nâng tổng số cả năm lên khoảng 9.450' is the whole-year total: period 'cả năm' = 2024.",
    "'cấp độ 2' (accreditation level), 'lớp 10', 'số 2 đường 2 Tháng 9', phone: not figures. 'dưới 3 tháng' optional. '95% trở lên' -> at_least.",
    "Hòa Vang figures have the district as location; the rest Đà Nẵng.",
]

emit("p668-8", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đà Nẵng")
