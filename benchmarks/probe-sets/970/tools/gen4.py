"""p970-4: Bộ Tư pháp (ministry site), national results of grassroots mediation in 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Phổ biến, giáo dục pháp luật
Ngày đăng: 05/03/2024 | Lượt xem: 1.208

Năm 2023, cả nước hòa giải thành hơn 102 nghìn vụ việc

Theo số liệu tổng hợp của Vụ Phổ biến, giáo dục pháp luật, tính đến ngày 31/12/2023, cả nước có 91.834 tổ hòa giải, giảm 2.156 tổ so với năm 2022 do sắp xếp thôn, tổ dân phố, với 571.602 hòa giải viên.

Trong năm 2023, các tổ hòa giải đã tiếp nhận 122.618 vụ việc, hòa giải thành 102.547 vụ việc. Tỷ lệ hòa giải thành đạt 83,6%, tăng 1,4 điểm phần trăm so với năm 2022. Các địa phương có số vụ việc hòa giải thành nhiều nhất lần lượt là Hà Nội (6.912 vụ việc), Thanh Hóa (5.347 vụ việc), Nghệ An (4.985 vụ việc) và TP Hồ Chí Minh (4.210 vụ việc). Số vụ việc ở khu vực nông thôn gấp khoảng 3 lần khu vực thành thị.

Có 18 địa phương đạt tỷ lệ hòa giải thành trên 85%, trong đó 5 địa phương đạt trên 90%. Kinh phí hỗ trợ công tác hòa giải ở cơ sở năm 2023 của các địa phương ước khoảng 148,5 tỷ đồng. Hiện nay, mức chi thù lao cho hòa giải viên phổ biến từ 200.000 đến 400.000 đồng/vụ việc.

Tuy nhiên, theo đánh giá của Bộ Tư pháp, vẫn còn khoảng 12% hòa giải viên chưa được tập huấn nghiệp vụ; nhiều nơi thù lao chưa được chi trả kịp thời. Mục tiêu đến năm 2025, 100% hòa giải viên được bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải; tỷ lệ hòa giải thành hằng năm đạt trên 80%.

Dự kiến trong quý II/2024, Bộ Tư pháp tổ chức Hội nghị toàn quốc tổng kết 10 năm thi hành Luật Hòa giải ở cơ sở, kết nối trực tuyến với 63 điểm cầu tỉnh, thành phố.

Địa chỉ: 58-60 Trần Phú, Ba Đình, Hà Nội | Điện thoại: 024.6273.9718
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
SUBJ_LIST = "vụ việc hòa giải thành"

FIGS = [
    F("hơn 102 nghìn vụ việc", "102", 102000, "count", "vụ việc", "vụ việc hòa giải thành",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 91.834 tổ hòa giải", "91.834", 91834, "count", "tổ hòa giải", "tổ hòa giải", ASOF,
      change=C("decrease", 2156, "tổ", "năm 2022")),
    F("với 571.602 hòa giải viên", "571.602", 571602, "count", "hòa giải viên", "hòa giải viên", ASOF),
    F("tiếp nhận 122.618 vụ việc", "122.618", 122618, "count", "vụ việc", "vụ việc các tổ hòa giải tiếp nhận", Y23),
    F("thành 102.547 vụ việc", "102.547", 102547, "count", "vụ việc", "vụ việc hòa giải thành", Y23),
    F("thành đạt 83,6%", "83,6", 83.6, "percent", "%", "tỷ lệ hòa giải thành", I(Y23),
      change=C("increase", 1.4, "điểm phần trăm", "năm 2022")),
    F("Hà Nội (6.912 vụ việc)", "6.912", 6912, "count", "vụ việc", SUBJ_LIST, I(Y23), location="Hà Nội"),
    F("Thanh Hóa (5.347 vụ việc)", "5.347", 5347, "count", "vụ việc", SUBJ_LIST, I(Y23), location="Thanh Hóa"),
    F("Nghệ An (4.985 vụ việc)", "4.985", 4985, "count", "vụ việc", SUBJ_LIST, I(Y23), location="Nghệ An"),
    F("Hồ Chí Minh (4.210 vụ việc)", "4.210", 4210, "count", "vụ việc", SUBJ_LIST, I(Y23),
      location="TP Hồ Chí Minh"),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "số vụ việc ở khu vực nông thôn so với khu vực thành thị",
      I(Y23), approx="about"),
    F("Có 18 địa phương", "18", 18, "count", "địa phương", "địa phương đạt tỷ lệ hòa giải thành trên 85%", I(Y23)),
    F("thành trên 85%", "85", 85, "percent", "%", "tỷ lệ hòa giải thành", approx="over", optional=True),
    F("5 địa phương", "5", 5, "count", "địa phương", "địa phương đạt tỷ lệ hòa giải thành trên 90%", I(Y23),
      total=18),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ hòa giải thành", approx="over", optional=True),
    F("khoảng 148,5 tỷ đồng", "148,5", 148.5e9, "money", "đồng", "kinh phí hỗ trợ công tác hòa giải ở cơ sở",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="estimate"),
    F("từ 200.000 đến 400.000", "200.000", 200000, "money", "đồng/vụ việc", "mức chi thù lao cho hòa giải viên",
      value_max=400000),
    F("khoảng 12% hòa giải viên", "12", 12, "percent", "%", "hòa giải viên chưa được tập huấn nghiệp vụ",
      approx="about"),
    F("100% hòa giải viên", "100", 100, "percent", "%",
      "hòa giải viên được bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải", TO25, status="target"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ hòa giải thành hằng năm", TO25, approx="over",
      status="target"),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu tỉnh, thành phố kết nối trực tuyến", Q2,
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT Bộ Tư pháp: kết quả hòa giải ở cơ sở toàn quốc năm 2023 (national, location Việt Nam).",
    "'giảm 2.156 tổ' is the change of 91.834 tổ (unit tổ). The rate 83,6% stands as its own figure (sentence of its own)",
    "and carries the change 'tăng 1,4 điểm phần trăm'. Province list with 'lần lượt': location each province.",
    "'trên 85%' / 'trên 90%' are category thresholds of the 18 / 5 provinces: optional. 5 is part of 18 ('trong đó').",
    "'ước khoảng' -> estimate + about. 'Hiện nay' rate and 'vẫn còn khoảng 12%' sentences: no period.",
    "'10 năm thi hành Luật' names the anniversary (not a figure); 'quý II/2024' is the forecast period of 63 điểm cầu.",
    "Address 58-60 Trần Phú, phone, 'Lượt xem: 1.208' are not figures.",
]

write_set(4, TEXT, FIGS, NOTES, published="2024-03-05", location="Việt Nam")
