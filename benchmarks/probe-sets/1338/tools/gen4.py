"""p1338-4: provincial newspaper (Báo Quảng Nam, tag (QNO)): Phố ông đồ Tam Kỳ and Hội An, Tết Ất Tỵ."""
from lib import fig, per, chg, write

TEXT = """BÁO QUẢNG NAM
Thời sự | Kinh tế | Văn hóa | Du lịch | Thể thao

Phố ông đồ Tam Kỳ nhộn nhịp ngày giáp Tết

Thứ Năm, 23/01/2025 | 07:15

(QNO) - Năm nay, Phố ông đồ tại Quảng trường 24/3 (TP Tam Kỳ) quy tụ 25 ông đồ, tăng 7 người so với năm ngoái, trong đó có 4 "bà đồ" và 3 học sinh. Từ ngày 13/1 đến nay, phố đã đón khoảng 15.000 lượt người dân đến xin chữ, chụp ảnh.

Phố ông đồ do Trung tâm Văn hóa - Thể thao TP Tam Kỳ phối hợp với Câu lạc bộ Thư pháp Tam Kỳ tổ chức, với 18 gian trưng bày dọc đường Phan Bội Châu. Ông Huỳnh Văn Trung, Chủ nhiệm câu lạc bộ, cho biết người xin chữ năm nay chủ yếu chọn các chữ Phúc, Lộc, An, Nhẫn; giá mỗi chữ khổ nhỏ khoảng 50.000 đồng, câu đối khổ lớn 300.000-500.000 đồng/cặp. "Ngày đầu tiên tôi viết được ba chục chữ, nhiều người phải hẹn hôm sau", ông Trung nói.

Theo Sở Văn hóa, Thể thao và Du lịch, dịp Tết Ất Tỵ toàn tỉnh có 6 địa phương tổ chức không gian thư pháp, phố ông đồ, gồm Tam Kỳ, Hội An, Điện Bàn, Duy Xuyên, Núi Thành và Thăng Bình.

Tại Hội An, Phố ông đồ bên bờ sông Hoài năm nay có 12 ông đồ tham gia, mỗi ngày đón trung bình 2.000 lượt khách, trong đó khách quốc tế chiếm khoảng 55%. Giá một bức thư pháp khổ lớn đóng khung ở đây lên tới 1,5 triệu đồng, nhưng phần lớn chữ cho khách có giá dưới 200.000 đồng.

Dự kiến đến hết ngày 28/1/2025, Phố ông đồ Tam Kỳ phục vụ thêm khoảng 8.000 lượt khách.

VĨNH AN

Tags: phố ông đồ, thư pháp, Tết Ất Tỵ, Tam Kỳ
"""

TK, HA = "Tam Kỳ", "Hội An"
THIS = per("Năm nay", "2025-01-01", "2025-12-31")
THIS_HA = per("năm nay", "2025-01-01", "2025-12-31")
SINCE = per("Từ ngày 13/1 đến nay", "2025-01-13", "2025-01-23")
UNTIL = per("đến hết ngày 28/1/2025", None, "2025-01-28")

FIGS = [
    fig("quy tụ 25 ông đồ", "25", 25, "count", "ông đồ", change=chg("increase", 7, "người", "năm ngoái"),
        subject="ông đồ Phố ông đồ quy tụ", period=THIS, location=TK),
    fig("có 4 \"bà đồ\"", "4", 4, "count", "bà đồ", total=25, subject="bà đồ", period=THIS, location=TK),
    fig("và 3 học sinh", "3", 3, "count", "học sinh", total=25, subject="học sinh", period=THIS, location=TK),
    fig("khoảng 15.000 lượt", "15.000", 15000, "count", "lượt người dân", approx="about",
        subject="lượt người dân đến xin chữ, chụp ảnh", period=SINCE, location=TK),
    fig("với 18 gian", "18", 18, "count", "gian trưng bày", subject="gian trưng bày", location=TK),
    fig("khoảng 50.000 đồng", "50.000", 50000, "money", "đồng/chữ", approx="about",
        subject="giá mỗi chữ khổ nhỏ", period=THIS_HA, location=TK),
    fig("lớn 300.000-500.000", "300.000", 300000, "money", "đồng/cặp", value_max=500000,
        subject="giá câu đối khổ lớn", period=THIS_HA, location=TK),
    fig("được ba chục chữ", "ba chục", 30, "count", "chữ", subject="chữ ông Trung viết ngày đầu tiên",
        location=TK),
    fig("có 6 địa phương", "6", 6, "count", "địa phương",
        subject="địa phương tổ chức không gian thư pháp, phố ông đồ"),
    fig("có 12 ông đồ", "12", 12, "count", "ông đồ", subject="ông đồ tham gia Phố ông đồ bên bờ sông Hoài",
        period=per("năm nay", "2025-01-01", "2025-12-31"), location=HA),
    fig("trung bình 2.000 lượt", "2.000", 2000, "measure", "lượt khách/ngày",
        subject="lượt khách Phố ông đồ đón mỗi ngày", period=per("năm nay", "2025-01-01", "2025-12-31"),
        location=HA),
    fig("chiếm khoảng 55%", "55", 55, "percent", "%", approx="about", subject="tỷ lệ khách quốc tế",
        period=per("năm nay", "2025-01-01", "2025-12-31"), location=HA),
    fig("lên tới 1,5 triệu", "1,5", 1.5e6, "money", "đồng/bức", subject="giá một bức thư pháp khổ lớn đóng khung",
        location=HA),
    fig("dưới 200.000 đồng", "200.000", 200000, "money", "đồng/chữ", approx="under", subject="giá chữ cho khách",
        location=HA),
    fig("khoảng 8.000 lượt", "8.000", 8000, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách Phố ông đồ Tam Kỳ phục vụ thêm", period=UNTIL, location=TK),
]

NOTES = [
    "Báo Quảng Nam online: 'Thứ Năm, 23/01/2025 | 07:15' under the headline, tag '(QNO) -', byline VĨNH AN at the end.",
    "Distractors: 'Quảng trường 24/3' (a name), 07:15, 'ngày 13/1' and 'ngày 28/1/2025' inside period phrases, 'Ngày đầu tiên', 'hôm sau'.",
    "'Năm nay' (2025, from the dateline) heads the first sentence; 'Từ ngày 13/1 đến nay' runs to the dateline.",
    "'trong đó có 4 bà đồ và 3 học sinh' follows 25 ông đồ (the change 7 người stands between): total 25.",
    "'6 địa phương' is a provincial count (Quảng Nam) even though a list of towns follows. Tam Kỳ and Hội An passages get their town.",
    "'lên tới 1,5 triệu' (up to) is no approx cue of the spec: exact. 'dưới 200.000 đồng' → under. 'ba chục' = 30.",
    "'mỗi ngày đón trung bình 2.000 lượt khách' is a rate: measure, 'lượt khách/ngày'. Prices per piece keep the piece: 'đồng/chữ', 'đồng/bức', 'đồng/cặp'.",
]

if __name__ == "__main__":
    write("p1338-4", TEXT, NOTES, FIGS, published="2025-01-23", location="Quảng Nam")
