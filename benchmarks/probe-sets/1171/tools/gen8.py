"""p1171-8: provincial newspaper online (Báo Long An, '(BLA) -'): motorbike licences for 12th-graders, licences 10 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO LONG AN ĐIỆN TỬ
Xã hội › Giao thông

Long An: Gần 4.900 học sinh được sát hạch cấp giấy phép lái xe mô tô tại trường
22/11/2024 - 09:15

(BLA) - Từ tháng 9/2024 đến nay, Sở Giao thông vận tải phối hợp Sở Giáo dục và Đào tạo tổ chức 18 đợt sát hạch lái xe mô tô hạng A1 tại các trường THPT cho gần 4.900 học sinh lớp 12 đủ 18 tuổi, tỷ lệ đạt 91,6%. Trong đó, huyện Đức Hòa, Bến Lức và Cần Giuộc có số học sinh dự thi đông nhất, lần lượt 612, 548 và 497 em.

Mỗi em được hỗ trợ toàn bộ lệ phí sát hạch và cấp giấy phép lái xe (GPLX), 265.000 đồng/em, từ nguồn xã hội hóa. Em Lê Thị Thu Hà, học sinh Trường THPT Cần Giuộc cho biết, em đã ôn thi khoảng hai tuần và đạt 24/25 câu phần lý thuyết.

10 tháng năm 2024, toàn tỉnh sát hạch cho 38.260 lượt thí sinh, cấp mới 31.540 GPLX, tăng 7,2% so với cùng kỳ; cấp đổi 15.830 GPLX, trong đó 10.690 GPLX được cấp đổi trực tuyến. Tính đến ngày 31/10/2024, đã có hơn 152.000 GPLX được tích hợp trên ứng dụng VNeID; ước tính đến hết năm, con số này đạt khoảng 170.000 GPLX.

Trung tâm sát hạch lái xe Long An (đường tỉnh 830, huyện Bến Lức) đã bố trí thêm ca sát hạch vào ngày thứ Bảy, nhờ đó thời gian chờ sát hạch ô tô tại trung tâm hiện còn khoảng 2 tuần, giảm 3 tuần so với đầu năm.

Dự kiến đến cuối năm, Sở tổ chức thêm 6 đợt sát hạch tại trường học. Năm 2025, tỉnh phấn đấu có ít nhất 90% học sinh lớp 12 đủ tuổi được cấp GPLX mô tô trước khi ra trường.

Thanh Hằng
"""

SEP = P("Từ tháng 9/2024 đến nay", "2024-09-01", "2024-11-22")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
EOY = P("đến cuối năm", None, "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
STU = "số học sinh dự thi"

FIGS = [
    F("Gần 4.900 học sinh", "4.900", 4900, "count", "học sinh", approx="nearly",
      subject="học sinh được sát hạch cấp giấy phép lái xe mô tô tại trường"),
    F("tổ chức 18 đợt", "18", 18, "count", "đợt sát hạch", subject="đợt sát hạch lái xe mô tô tại các trường THPT",
      period=SEP),
    F("cho gần 4.900 học sinh", "4.900", 4900, "count", "học sinh", approx="nearly",
      subject="học sinh lớp 12 được sát hạch lái xe mô tô", period=SEP),
    F("đủ 18 tuổi", "18", 18, "measure", "tuổi", optional=True, subject="tuổi học sinh dự sát hạch"),
    F("đạt 91,6%", "91,6", 91.6, "percent", "%", subject="tỷ lệ đạt", period=SEP),
    F("lần lượt 612", "612", 612, "count", "em", total=4900, subject=STU, location="Đức Hòa", period=I(SEP)),
    F("612, 548", "548", 548, "count", "em", total=4900, subject=STU, location="Bến Lức", period=I(SEP)),
    F("548 và 497 em", "497", 497, "count", "em", total=4900, subject=STU, location="Cần Giuộc", period=I(SEP)),
    F("265.000 đồng/em", "265.000", 265000, "money", "đồng/em",
      subject="mức hỗ trợ lệ phí sát hạch và cấp GPLX"),
    F("khoảng hai tuần", "hai", 2, "measure", "tuần", approx="about", optional=True,
      subject="thời gian ôn thi của em Lê Thị Thu Hà"),
    F("đạt 24/25 câu", "24", 24, "count", "câu", total=25,
      subject="câu đúng phần lý thuyết của em Lê Thị Thu Hà"),
    F("cho 38.260 lượt", "38.260", 38260, "count", "lượt thí sinh", subject="lượt thí sinh sát hạch", period=M10),
    F("cấp mới 31.540 GPLX", "31.540", 31540, "count", "GPLX",
      change=C("increase", 7.2, "%", "cùng kỳ"), subject="GPLX cấp mới", period=M10),
    F("cấp đổi 15.830 GPLX", "15.830", 15830, "count", "GPLX", subject="GPLX cấp đổi", period=M10),
    F("10.690 GPLX", "10.690", 10690, "count", "GPLX", total=15830,
      subject="GPLX cấp đổi trực tuyến", period=M10),
    F("hơn 152.000 GPLX", "152.000", 152000, "count", "GPLX", approx="over",
      subject="GPLX được tích hợp trên ứng dụng VNeID", period=ASOF),
    F("khoảng 170.000 GPLX", "170.000", 170000, "count", "GPLX", approx="about", status="estimate",
      subject="GPLX được tích hợp trên ứng dụng VNeID", period=P("đến hết năm", None, "2024-12-31")),
    F("khoảng 2 tuần", "2", 2, "measure", "tuần", approx="about",
      change=C("decrease", 3, "tuần", "đầu năm"), subject="thời gian chờ sát hạch ô tô tại trung tâm",
      location="Bến Lức"),
    F("thêm 6 đợt", "6", 6, "count", "đợt sát hạch", status="forecast",
      subject="đợt sát hạch tại trường học tổ chức thêm", period=EOY),
    F("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
      subject="học sinh lớp 12 đủ tuổi được cấp GPLX mô tô trước khi ra trường", period=Y25),
]

NOTES = [
    "revised after the first run: list items' subject 'học sinh dự sát hạch lái xe mô tô' -> 'số học sinh dự thi' (the list's indicator as stated).",
    "Provincial newspaper online (Báo Long An): headline figure, '22/11/2024 - 09:15' (published), tag '(BLA) -', byline at the end.",
    "'Từ tháng 9/2024 đến nay' ends at the published date. The district list after 'Trong đó' ('lần lượt 612, 548 và 497 em') counts",
    "parts of the gần 4.900 pupils over the same period: total 4900, location each district, subject the list's indicator as the",
    "sentence names it before the list ('số học sinh dự thi').",
    "'hiện còn khoảng 2 tuần, giảm 3 tuần so với đầu năm' → measure 2 tuần (about, no period: 'hiện') with change decrease 3 tuần;",
    "the centre is placed in huyện Bến Lức by its bracket and the clause says 'tại trung tâm': location Bến Lức.",
    "'ước tính đến hết năm, con số này đạt khoảng 170.000 GPLX' → estimate, as-of end 2024-12-31.",
    "A pupil's revision time 'khoảng hai tuần' and the age threshold '18 tuổi' are optional; her score '24/25 câu' is a count with",
    "total 25; 'Trường THPT Cần Giuộc' is a school name, so her figures keep the province (Long An).",
    "Distractors: 'lớp 12', 'hạng A1', 'đường tỉnh 830', 'thứ Bảy', '(BLA)', time 09:15. 'đến cuối năm' is an as-of end (2024-12-31).",
]

if __name__ == "__main__":
    write("p1171-8", TEXT, NOTES, FIGS, published="2024-11-22", location="Long An")
