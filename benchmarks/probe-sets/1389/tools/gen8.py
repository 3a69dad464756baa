"""p1389-8: radio/TV site (Đài PT-TH Đồng Nai): IVF family day at the provincial obstetrics hospital, quý I/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Kinh tế | Xã hội | Sức khỏe | Video | ĐNRTV1 | ĐNRTV2

Hơn 3.000 em bé chào đời nhờ thụ tinh trong ống nghiệm tại Bệnh viện Phụ sản Đồng Nai

Cập nhật lúc 19:45, 12/04/2024

Bệnh viện Phụ sản Đồng Nai vừa tổ chức Ngày hội gia đình IVF lần thứ 6 với sự tham gia của gần 500 gia đình từng điều trị hiếm muộn tại bệnh viện.

Từ năm 2017 đến nay, Đơn vị Hỗ trợ sinh sản của bệnh viện đã thực hiện hơn 7.200 chu kỳ chuyển phôi, giúp hơn 3.000 em bé ra đời. Quý I/2024, đơn vị thực hiện 318 chu kỳ, tăng 15% so với quý I/2023, bình quân khoảng 106 chu kỳ mỗi tháng. Tỷ lệ có thai trong quý đạt 58,3%, tỷ lệ đa thai giảm còn 9,5%.

Gia đình anh Trần Minh Luân và chị Phạm Thị Nga ở huyện Định Quán là một trong số đó. Sau ba lần làm IUI không thành công, năm 2022 anh chị chuyển sang IVF và đón hai bé gái song sinh. "Tổng chi phí khoảng 90 triệu đồng, gia đình phải vay mượn thêm", chị Nga chia sẻ.

Dịp này, bệnh viện trao hỗ trợ miễn phí một chu kỳ IVF cho 20 cặp vợ chồng có hoàn cảnh khó khăn, mỗi suất trị giá 80 triệu đồng, tổng trị giá 1,6 tỷ đồng. Năm 2024, bệnh viện dự kiến thực hiện khoảng 1.300 chu kỳ và đưa vào hoạt động ngân hàng tinh trùng với sức chứa 500 mẫu.

Thực hiện: Ngọc Hân - Minh Tú
Tin cùng chuyên mục:
- Đồng Nai: Tiêm vắc xin sởi cho trẻ từ 1-5 tuổi
- Bản tin Thời sự 19h ngày 11/4/2024
"""

SINCE = per("Từ năm 2017 đến nay", "2017-01-01", "2024-04-12")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = per("trong quý", "2024-01-01", "2024-03-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
DQ = "Định Quán"

FIGS = [
    fig("Hơn 3.000 em bé", "3.000", 3000, "count", "em bé", approx="over",
        subject="em bé chào đời nhờ thụ tinh trong ống nghiệm tại Bệnh viện Phụ sản Đồng Nai"),
    fig("gần 500 gia đình", "500", 500, "count", "gia đình", approx="nearly",
        subject="gia đình tham gia Ngày hội gia đình IVF"),
    fig("hơn 7.200 chu kỳ", "7.200", 7200, "count", "chu kỳ", approx="over",
        subject="chu kỳ chuyển phôi Đơn vị Hỗ trợ sinh sản đã thực hiện", period=SINCE),
    fig("giúp hơn 3.000 em bé", "3.000", 3000, "count", "em bé", approx="over",
        subject="em bé ra đời", period=SINCE),
    fig("thực hiện 318 chu kỳ", "318", 318, "count", "chu kỳ", change=chg("increase", 15, "%", "quý I/2023"),
        subject="chu kỳ đơn vị thực hiện", period=Q1),
    fig("khoảng 106 chu kỳ", "106", 106, "measure", "chu kỳ/tháng", approx="about",
        subject="chu kỳ bình quân mỗi tháng", period=Q1),
    fig("đạt 58,3%", "58,3", 58.3, "percent", "%", subject="tỷ lệ có thai", period=Q1b),
    fig("còn 9,5%", "9,5", 9.5, "percent", "%", subject="tỷ lệ đa thai", period=Q1b),
    fig("ba lần", "ba", 3, "count", "lần", subject="lần làm IUI không thành công", location=DQ),
    fig("hai bé gái", "hai", 2, "count", "bé gái", subject="bé gái song sinh anh chị đón", period=Y22, location=DQ),
    fig("khoảng 90 triệu", "90", 90e6, "money", "đồng", approx="about",
        subject="tổng chi phí của gia đình", location=DQ),
    fig("miễn phí một chu kỳ", "một", 1, "count", "chu kỳ", optional=True),
    fig("cho 20 cặp", "20", 20, "count", "cặp vợ chồng",
        subject="cặp vợ chồng có hoàn cảnh khó khăn được hỗ trợ miễn phí"),
    fig("trị giá 80 triệu", "80", 80e6, "money", "đồng/suất", subject="trị giá mỗi suất hỗ trợ"),
    fig("trị giá 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", subject="tổng trị giá hỗ trợ"),
    fig("khoảng 1.300 chu kỳ", "1.300", 1300, "count", "chu kỳ", approx="about", status="forecast",
        subject="chu kỳ bệnh viện dự kiến thực hiện", period=Y24),
    fig("sức chứa 500 mẫu", "500", 500, "count", "mẫu", status="forecast",
        subject="sức chứa ngân hàng tinh trùng", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Nai): menu with channel names ĐNRTV1/ĐNRTV2, 'Cập nhật lúc 19:45, 12/04/2024', 'Thực hiện:' credit, related items.",
    "Distractors: ĐNRTV1, ĐNRTV2, 19:45, 'lần thứ 6', 'quý I/2023' (baseline), 'từ 1-5 tuổi' and '19h ngày 11/4/2024' in link titles.",
    "'Từ năm 2017 đến nay' ends at the dateline; 'trong quý' of the next sentence = quý I/2024 (as 'trong tháng' in a monthly report).",
    "'tỷ lệ đa thai giảm còn 9,5%' is a level, no change. 'bình quân khoảng 106 chu kỳ mỗi tháng' is a rate (measure, chu kỳ/tháng).",
    "The couple's passage (huyện Định Quán): location Định Quán. 'Sau ba lần làm IUI ..., năm 2022 ...': the attempts were before 2022, so no period for 'ba lần'.",
    "'hỗ trợ miễn phí một chu kỳ IVF cho 20 cặp' - 'một chu kỳ' per couple is optional (the amount of the gift, not a count of the world).",
    "'Năm 2024, ... dự kiến' governs both clauses: forecast.",
]

if __name__ == "__main__":
    write("p1389-8", TEXT, NOTES, FIGS, published="2024-04-12", location="Đồng Nai")
