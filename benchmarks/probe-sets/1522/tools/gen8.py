"""p1522-8: radio/TV site (Truyền hình Hưng Yên, tag '(HYTV)'): training rural workers in sofa upholstery, Khoái Châu."""
from lib import F, P, inh, C, T, write

TEXT = """TRUYỀN HÌNH HƯNG YÊN
Thời sự | Kinh tế | Xã hội | Văn hóa | Video | Phát thanh

Hơn 300 lao động nông thôn có việc làm từ nghề bọc nệm sofa
Thứ Tư, 10/04/2024 - 18:05

(HYTV) Quý I/2024, Trung tâm Giáo dục nghề nghiệp huyện Khoái Châu phối hợp với các doanh nghiệp mở 8 lớp đào tạo nghề, gồm 5 lớp may, bọc nệm sofa và 3 lớp đóng khung ghế, cho 236 học viên, tăng 48 học viên so với cùng kỳ năm 2023.

Học viên được học miễn phí trong 3 tháng, được hỗ trợ tiền ăn 30.000 đồng/ngày. Sau khóa học, 92% học viên có việc làm tại các xưởng sofa trong huyện với mức lương khởi điểm 6,5 triệu đồng/tháng. Từ năm 2021 đến nay, huyện đã đào tạo hơn 1.100 lao động nghề bọc nệm, trong đó hơn 300 người đang làm việc ổn định tại các xưởng.

Tại xã Dạ Trạch, xưởng sofa của anh Đỗ Văn Hùng hiện sử dụng 35 lao động, trong đó 22 người là học viên của các khóa đào tạo. Mỗi tháng xưởng hoàn thiện khoảng 400 bộ sofa nỉ cung cấp cho các đại lý ở Hà Nội, Hải Phòng; doanh thu năm 2023 đạt gần 11 tỷ đồng.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh có khoảng 120 cơ sở sản xuất sofa, ghế bọc nệm, xếp thứ 3 trong các ngành nghề nông thôn thu hút nhiều lao động nhất. Năm 2024, tỉnh phấn đấu đào tạo nghề cho 28.000 lao động, trong đó khoảng 1.000 người học nghề bọc nệm, may nội thất; tỷ lệ lao động qua đào tạo đạt 72%.

Video: Bản tin Thời sự 19h45 ngày 10/4
Đài Phát thanh và Truyền hình Hưng Yên - Số 498 đường Nguyễn Văn Linh, TP Hưng Yên
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-04-10")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HY = "Hưng Yên"

FIGS = [
    F("Hơn 300 lao động", "300", 300, "count", "lao động", approx="over",
      subject="lao động nông thôn có việc làm từ nghề bọc nệm sofa"),
    F("mở 8 lớp", "8", 8, "count", "lớp", subject="lớp đào tạo nghề", period=Q1),
    F("gồm 5 lớp", "5", 5, "count", "lớp", total=8, subject="lớp may, bọc nệm sofa", period=Q1),
    F("và 3 lớp", "3", 3, "count", "lớp", total=8, subject="lớp đóng khung ghế", period=Q1),
    F("cho 236 học viên", "236", 236, "count", "học viên", change=C("increase", 48, "học viên", "cùng kỳ năm 2023"),
      subject="học viên lớp đào tạo nghề", period=Q1),
    F("trong 3 tháng", "3", 3, "measure", "tháng", optional=True),
    F("ăn 30.000 đồng", "30.000", 30000, "money", "đồng/ngày", subject="tiền ăn hỗ trợ học viên"),
    F("học, 92% học viên", "92", 92, "percent", "%", subject="học viên có việc làm sau khóa học"),
    F("khởi điểm 6,5 triệu", "6,5", 6.5e6, "money", "đồng/tháng", subject="mức lương khởi điểm"),
    F("hơn 1.100 lao động", "1.100", 1100, "count", "lao động", approx="over",
      subject="lao động được đào tạo nghề bọc nệm", period=SINCE),
    F("hơn 300 người", "300", 300, "count", "người", approx="over", total=1100,
      subject="người đang làm việc ổn định tại các xưởng", period=SINCE),
    F("sử dụng 35 lao động", "35", 35, "count", "lao động", subject="lao động xưởng sofa của anh Đỗ Văn Hùng"),
    F("đó 22 người", "22", 22, "count", "người", total=35, subject="học viên của các khóa đào tạo"),
    F("khoảng 400 bộ", "400", 400, "measure", "bộ sofa nỉ/tháng", approx="about",
      subject="bộ sofa nỉ xưởng hoàn thiện mỗi tháng"),
    F("gần 11 tỷ", "11", 11e9, "money", "đồng", approx="nearly", subject="doanh thu của xưởng", period=Y23),
    F("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", approx="about",
      subject="cơ sở sản xuất sofa, ghế bọc nệm", location=HY),
    F("xếp thứ 3", "3", 3, "rank", "hạng",
      subject="sản xuất sofa, ghế bọc nệm trong các ngành nghề nông thôn thu hút nhiều lao động", location=HY),
    F("cho 28.000 lao động", "28.000", 28000, "count", "lao động", status="target",
      subject="lao động được đào tạo nghề", period=Y24, location=HY),
    F("khoảng 1.000 người", "1.000", 1000, "count", "người", approx="about", total=28000, status="target",
      subject="người học nghề bọc nệm, may nội thất", period=Y24, location=HY),
    F("đạt 72%", "72", 72, "percent", "%", status="target", subject="tỷ lệ lao động qua đào tạo", period=Y24,
      location=HY),
]

NOTES = [
    "Radio/TV site (Truyền hình Hưng Yên): channel menu, headline figure, 'Thứ Tư, 10/04/2024 - 18:05', tag '(HYTV)', video link,",
    "footer. Distractors: '19h45', 'ngày 10/4', 'Số 498 đường Nguyễn Văn Linh', the dateline time 18:05.",
    "Location: huyện Khoái Châu for the district passage and the workshop in xã Dạ Trạch (a commune of the district); the provincial",
    "paragraph (Sở LĐ-TB&XH, 'toàn tỉnh', 'tỉnh phấn đấu') -> Hưng Yên. The headline figure is the district's 'hơn 300 người'.",
    "'8 lớp ..., gồm 5 lớp ... và 3 lớp' -> total 8. 'tăng 48 học viên so với cùng kỳ năm 2023' -> change in học viên.",
    "'trong đó hơn 300 người', 'trong đó 22 người', 'trong đó khoảng 1.000 người' -> totals 1.100, 35, 28.000.",
    "Optional: 'học miễn phí trong 3 tháng' (course length; a duration, a careful annotator may leave it out).",
    "'Từ năm 2021 đến nay' -> 2021-01-01 .. dateline. 'Năm 2024, tỉnh phấn đấu ...' governs the ';' clause too (72% target).",
    "'xếp thứ 3 trong các ngành nghề nông thôn ...' -> rank 3, the province's sofa trade.",
]

if __name__ == "__main__":
    write("p1522-8", TEXT, NOTES, FIGS, published="2024-04-10", location="Khoái Châu")
