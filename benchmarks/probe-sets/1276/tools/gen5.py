"""p1276-5: national newspaper (online daily): Việt Nam's centenarians and population ageing, 1/10/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự | Góc nhìn | Thế giới | Kinh doanh | Sức khỏe | Đời sống
Đời sống > Tổ ấm
Thứ ba, 1/10/2024, 06:00 (GMT+7)

Việt Nam có hơn 6.000 người trên 100 tuổi

Số người cao tuổi tăng nhanh, trong khi tuổi thọ khỏe mạnh của người Việt mới đạt khoảng 65 năm, thấp hơn gần 9 năm so với tuổi thọ trung bình.

Theo Bộ Lao động - Thương binh và Xã hội, đến cuối năm 2023 cả nước có khoảng 16,1 triệu người cao tuổi, chiếm 16,2% dân số, trong đó khoảng 2,1 triệu người từ 80 tuổi trở lên. Số cụ từ 100 tuổi trở lên là 6.184 người, tăng gần gấp đôi so với năm 2014.

Tuổi thọ trung bình của người Việt Nam năm 2023 đạt 74,5 tuổi (nam 72,1 tuổi, nữ 77,2 tuổi), đứng thứ 4 khu vực ASEAN.

Chỉ số già hóa năm 2023 là 60,2%, tăng 11,4 điểm phần trăm so với năm 2019. Các địa phương có tỷ lệ người cao tuổi cao nhất lần lượt là Thái Bình (21,4%), Nam Định (20,8%) và Hà Nam (19,9%); thấp nhất là Bình Dương với 7,1%.

Dự báo đến năm 2036, Việt Nam chuyển sang giai đoạn dân số già khi người cao tuổi chiếm khoảng 20% dân số; đến năm 2049, tỷ lệ này có thể lên tới 25-28%, tương ứng khoảng 28 triệu người.

"Phần lớn người cao tuổi sống ở nông thôn, nhiều người vẫn phải lao động để tự nuôi sống bản thân", bà Lê Thị Hạnh, Cục Bảo trợ xã hội, nói. Năm 2024, kinh phí chúc thọ, mừng thọ người cao tuổi trên cả nước dự kiến khoảng 1,2 nghìn tỷ đồng.

Hồng Chiêu

Xem thêm:
- Cụ bà bách tuế ở Bến Tre vẫn tự chăm vườn
- Những thói quen giúp sống thọ
"""

END23 = per("đến cuối năm 2023", None, "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T36 = per("đến năm 2036", None, "2036-12-31")
T49 = per("đến năm 2049", None, "2049-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
AGE = "tỷ lệ người cao tuổi"

FIGS = [
    fig("hơn 6.000 người", "6.000", 6000, "count", "người", approx="over",
        subject="người trên 100 tuổi"),
    fig("người trên 100 tuổi", "100", 100, "measure", "tuổi", approx="over", optional=True),
    fig("khoảng 65 năm", "65", 65, "measure", "năm", approx="about",
        change=chg("decrease", 9, "năm", "tuổi thọ trung bình", approx="nearly"),
        subject="tuổi thọ khỏe mạnh của người Việt"),
    fig("khoảng 16,1 triệu", "16,1", 16.1e6, "count", "người cao tuổi", approx="about", percent=16.2,
        subject="người cao tuổi cả nước", period=END23),
    fig("khoảng 2,1 triệu", "2,1", 2.1e6, "count", "người", approx="about", total=16.1e6,
        subject="người từ 80 tuổi trở lên", period=END23),
    fig("từ 80 tuổi", "80", 80, "measure", "tuổi", optional=True),
    fig("cụ từ 100 tuổi", "100", 100, "measure", "tuổi", optional=True),
    fig("là 6.184 người", "6.184", 6184, "count", "người",
        change=chg("increase", 2, "lần", "năm 2014", approx="nearly"),
        subject="cụ từ 100 tuổi trở lên", period=inh(END23)),
    fig("đạt 74,5 tuổi", "74,5", 74.5, "measure", "tuổi", subject="tuổi thọ trung bình của người Việt Nam",
        period=Y23),
    fig("nam 72,1 tuổi", "72,1", 72.1, "measure", "tuổi", subject="tuổi thọ trung bình của nam", period=Y23),
    fig("nữ 77,2 tuổi", "77,2", 77.2, "measure", "tuổi", subject="tuổi thọ trung bình của nữ", period=Y23),
    fig("thứ 4 khu vực", "4", 4, "rank", "hạng", subject="tuổi thọ trung bình của người Việt Nam trong khu vực ASEAN",
        period=Y23),
    fig("là 60,2%", "60,2", 60.2, "percent", "%",
        change=chg("increase", 11.4, "điểm phần trăm", "năm 2019"), subject="chỉ số già hóa", period=Y23b),
    fig("Thái Bình (21,4%)", "21,4", 21.4, "percent", "%", subject=AGE, location="Thái Bình",
        period=inh(Y23b)),
    fig("Nam Định (20,8%)", "20,8", 20.8, "percent", "%", subject=AGE, location="Nam Định", period=inh(Y23b)),
    fig("Hà Nam (19,9%)", "19,9", 19.9, "percent", "%", subject=AGE, location="Hà Nam", period=inh(Y23b)),
    fig("với 7,1%", "7,1", 7.1, "percent", "%", subject=AGE,
        location="Bình Dương", period=inh(Y23b)),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ người cao tuổi trong dân số", period=T36),
    fig("tới 25-28%", "25", 25, "percent", "%", value_max=28, status="forecast",
        subject="tỷ lệ người cao tuổi trong dân số", period=T49),
    fig("khoảng 28 triệu", "28", 28e6, "count", "người", approx="about", status="forecast",
        subject="người cao tuổi", period=T49),
    fig("khoảng 1,2 nghìn tỷ", "1,2", 1.2e12, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí chúc thọ, mừng thọ người cao tuổi trên cả nước", period=Y24),
]

NOTES = [
    "National newspaper: menu, breadcrumb, 'Thứ ba, 1/10/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end, 'Xem thêm' links.",
    "All figures are national (location Việt Nam) except the listed provinces (each item's location; subject = the list's indicator).",
    "Distractors: '(GMT+7)', 06:00, baseline years 2014/2019, 'giai đoạn dân số già'.",
    "Age thresholds ('trên 100 tuổi', 'từ 80 tuổi', 'từ 100 tuổi') optional. '(nam 72,1 tuổi, nữ 77,2 tuổi)' do not add up to 74,5: no total.",
    "'tăng gần gấp đôi so với năm 2014' → change 2 lần (nearly). 'tăng 11,4 điểm phần trăm' → change of the 60,2% level.",
    "'thấp hơn gần 9 năm so với tuổi thọ trung bình' → change (decrease, nearly) of the 65 năm. 'đến cuối năm 2023' is an as-of date;",
    "6.184 inherits it. 'Dự báo' governs both clauses after ';' (forecast); 'đến năm 2036/2049' have start null.",
    "'đứng thứ 4 khu vực ASEAN' continues the 74,5 sentence: rank, location Việt Nam, period năm 2023.",
]

if __name__ == "__main__":
    write("p1276-5", TEXT, NOTES, FIGS, published="2024-10-01", location="Việt Nam")
