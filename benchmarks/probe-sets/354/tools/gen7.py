from lib import F, P, build

TEXT = """
Giáo dục hòa nhập cho trẻ khuyết tật: Còn nhiều rào cản

Dù Luật Người khuyết tật năm 2010 đã quy định rõ quyền được học tập, cả nước hiện có khoảng 1,3 triệu trẻ em khuyết tật trong độ tuổi từ 2 đến 17 nhưng mới có hơn 560.000 em được đến trường.

Theo số liệu của Bộ Giáo dục và Đào tạo, tính đến hết năm 2023, cả nước có 97 cơ sở giáo dục chuyên biệt và 20 trung tâm hỗ trợ phát triển giáo dục hòa nhập cấp tỉnh; khoảng 93% trẻ khuyết tật đi học theo hình thức hòa nhập. Tỷ lệ trẻ khuyết tật đi học ở cấp tiểu học đạt 81,4%, cấp trung học cơ sở 56,2%, trong khi cấp trung học phổ thông chỉ 21,7%, thấp hơn gần 4 lần so với trẻ em không khuyết tật.

Ở các địa phương, số trẻ khuyết tật học hòa nhập nhiều nhất thuộc về Hà Nội (hơn 18.000 em), TP Hồ Chí Minh (khoảng 15.600 em) và Thanh Hóa (gần 9.000 em).

Về đội ngũ, cả nước có 5.812 giáo viên dạy trẻ khuyết tật, nhưng chỉ khoảng 1/3 được đào tạo bài bản về giáo dục đặc biệt. Theo Thông tư số 03/2018/TT-BGDĐT, mỗi lớp học hòa nhập không quá 2 học sinh khuyết tật; tuy vậy, nhiều trường ở vùng sâu, vùng xa vẫn thiếu giáo viên hỗ trợ.

Chính phủ đặt mục tiêu đến năm 2025 có 70% trẻ khuyết tật được tiếp cận giáo dục, đến năm 2030 đạt ít nhất 80%. Kinh phí dự kiến cho Đề án hỗ trợ giáo dục người khuyết tật giai đoạn 2025-2030 khoảng 1.250 tỷ đồng.

Thanh Hằng
Bình luận (12)
"""

E23 = P("tính đến hết năm 2023", None, "2023-12-31")
E23_I = P("tính đến hết năm 2023", None, "2023-12-31", inherited=True)

FIGS = [
    F("khoảng 1,3 triệu", "1,3", "count", "trẻ em khuyết tật", "trẻ em khuyết tật trong độ tuổi từ 2 đến 17", mult=1e6, approx="about"),
    F("từ 2 đến 17", "2", "measure", "tuổi", value_max=17, optional=True),
    F("hơn 560.000 em", "560.000", "count", "em", "trẻ em khuyết tật được đến trường", approx="over"),
    F("có 97 cơ sở", "97", "count", "cơ sở giáo dục chuyên biệt", "cơ sở giáo dục chuyên biệt", period=E23),
    F("và 20 trung tâm", "20", "count", "trung tâm", "trung tâm hỗ trợ phát triển giáo dục hòa nhập cấp tỉnh", period=E23),
    F("khoảng 93%", "93", "percent", "%", "trẻ khuyết tật đi học theo hình thức hòa nhập", approx="about", period=E23),
    F("đạt 81,4%", "81,4", "percent", "%", "tỷ lệ trẻ khuyết tật đi học cấp tiểu học", period=E23_I),
    F("cơ sở 56,2%", "56,2", "percent", "%", "tỷ lệ trẻ khuyết tật đi học cấp trung học cơ sở", period=E23_I),
    F("chỉ 21,7%", "21,7", "percent", "%", "tỷ lệ trẻ khuyết tật đi học cấp trung học phổ thông",
      change={"direction": "decrease", "value": 4, "unit": "lần", "approx": "nearly", "baseline": "trẻ em không khuyết tật"}, period=E23_I),
    F("(hơn 18.000 em)", "18.000", "count", "em", "số trẻ khuyết tật học hòa nhập", approx="over", location="Hà Nội"),
    F("(khoảng 15.600 em)", "15.600", "count", "em", "số trẻ khuyết tật học hòa nhập", approx="about", location="TP Hồ Chí Minh"),
    F("(gần 9.000 em)", "9.000", "count", "em", "số trẻ khuyết tật học hòa nhập", approx="nearly", location="Thanh Hóa"),
    F("có 5.812 giáo viên", "5.812", "count", "giáo viên", "giáo viên dạy trẻ khuyết tật"),
    F("khoảng 1/3", "1", "count", "giáo viên", "giáo viên được đào tạo bài bản về giáo dục đặc biệt", approx="about", total=3, optional=True),
    F("không quá 2 học sinh", "2", "count", "học sinh khuyết tật", "học sinh khuyết tật mỗi lớp học hòa nhập", approx="at_most", optional=True),
    F("có 70%", "70", "percent", "%", "trẻ khuyết tật được tiếp cận giáo dục", status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("ít nhất 80%", "80", "percent", "%", "trẻ khuyết tật được tiếp cận giáo dục", approx="at_least", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("khoảng 1.250 tỷ", "1.250", "money", "đồng", "kinh phí cho Đề án hỗ trợ giáo dục người khuyết tật", mult=1e9, approx="about",
      status="forecast", period=P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")),
]

COMMENTS = [
    "National press feature, no dateline at all (published null): inclusive education for children with disabilities; Việt Nam with a province list.",
    "'Luật Người khuyết tật năm 2010' is a law's name, not a period; the lead figures (hiện có) have no period. Age range 'từ 2 đến 17' optional.",
    "'tính đến hết năm 2023' → end 2023-12-31 for the sentence; the school-level rates in the next sentence inherit it.",
    "'chỉ 21,7%, thấp hơn gần 4 lần so với trẻ em không khuyết tật' → change decrease 4 lần, nearly.",
    "Province list with approximations in brackets (hơn/khoảng/gần) → approx per item, location per item, no period (own paragraph).",
    "'khoảng 1/3' (fraction) and 'không quá 2 học sinh' (regulation cap) optional. Thông tư number is a distractor. 'Bình luận (12)' is furniture.",
    "Targets 70% (2025) and ≥80% (2030); 'Kinh phí dự kiến … khoảng 1.250 tỷ đồng' → forecast, about, period giai đoạn 2025-2030.",
]

if __name__ == "__main__":
    build("p354-7", TEXT, FIGS, COMMENTS, published=None, location="Việt Nam")
