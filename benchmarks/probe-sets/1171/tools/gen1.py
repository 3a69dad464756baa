"""p1171-1: Nghệ An province portal, driving tests and licences in 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Giao thông vận tải

Hơn 61.000 lượt thí sinh dự sát hạch lái xe trong 9 tháng
Cập nhật: 07/10/2024 15:32 | Lượt xem: 2.418

9 tháng năm 2024, Sở Giao thông vận tải Nghệ An đã tổ chức 212 kỳ sát hạch cấp giấy phép lái xe (GPLX) cho hơn 61.000 lượt thí sinh, tăng 8,6% so với cùng kỳ, đạt 76,2% kế hoạch năm. Trong đó, sát hạch lái xe mô tô 38.450 lượt, sát hạch lái xe ô tô 22.780 lượt. Tỷ lệ thí sinh đạt yêu cầu bình quân 78,4%, riêng hạng B2 chỉ đạt 71,5% do nhiều thí sinh trượt phần thi mô phỏng các tình huống giao thông.

Cũng trong 9 tháng, Sở đã cấp mới 54.120 GPLX; cấp đổi, cấp lại 31.600 GPLX, trong đó 18.950 GPLX được cấp đổi qua dịch vụ công trực tuyến, chiếm 60%. Thời gian trả GPLX bình quân khoảng 4 ngày làm việc, ngắn hơn 6 ngày so với quy định.

Toàn tỉnh hiện có 21 cơ sở đào tạo lái xe với 1.146 xe tập lái và 9 trung tâm sát hạch, trong đó 6 trung tâm sát hạch loại 1 được sát hạch lái xe ô tô. Các cơ sở đào tạo tập trung chủ yếu ở TP Vinh (7 cơ sở), thị xã Hoàng Mai (3 cơ sở) và huyện Diễn Châu (2 cơ sở).

Quý IV/2024, Sở dự kiến tổ chức thêm khoảng 75 kỳ sát hạch; phấn đấu cả năm sát hạch cho trên 82.000 lượt thí sinh, tỷ lệ hồ sơ cấp đổi GPLX trực tuyến đạt ít nhất 65%. Người dân cần hỗ trợ có thể liên hệ đường dây nóng 0238.3844.390 hoặc Bộ phận một cửa, số 16 Trường Thi, TP Vinh.
"""

NINE = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE2 = P("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
SCHOOLS = "cơ sở đào tạo lái xe"

FIGS = [
    F("Hơn 61.000 lượt thí sinh dự sát hạch", "61.000", 61000, "count", "lượt thí sinh", approx="over",
      subject="lượt thí sinh dự sát hạch lái xe", period=HEAD),
    F("tổ chức 212 kỳ", "212", 212, "count", "kỳ sát hạch",
      subject="kỳ sát hạch cấp giấy phép lái xe", period=NINE),
    F("cho hơn 61.000 lượt thí sinh", "61.000", 61000, "count", "lượt thí sinh", approx="over",
      change=C("increase", 8.6, "%", "cùng kỳ"), percent=76.2,
      subject="lượt thí sinh sát hạch cấp giấy phép lái xe", period=NINE),
    F("mô tô 38.450 lượt", "38.450", 38450, "count", "lượt", total=61000,
      subject="lượt thí sinh sát hạch lái xe mô tô", period=I(NINE)),
    F("ô tô 22.780 lượt", "22.780", 22780, "count", "lượt", total=61000,
      subject="lượt thí sinh sát hạch lái xe ô tô", period=I(NINE)),
    F("bình quân 78,4%", "78,4", 78.4, "percent", "%",
      subject="tỷ lệ thí sinh đạt yêu cầu", period=I(NINE)),
    F("chỉ đạt 71,5%", "71,5", 71.5, "percent", "%",
      subject="tỷ lệ thí sinh hạng B2 đạt yêu cầu", period=I(NINE)),
    F("cấp mới 54.120 GPLX", "54.120", 54120, "count", "GPLX",
      subject="GPLX cấp mới", period=NINE2),
    F("cấp lại 31.600 GPLX", "31.600", 31600, "count", "GPLX",
      subject="GPLX cấp đổi, cấp lại", period=NINE2),
    F("18.950 GPLX", "18.950", 18950, "count", "GPLX", total=31600, percent=60,
      subject="GPLX cấp đổi qua dịch vụ công trực tuyến", period=NINE2),
    F("khoảng 4 ngày", "4", 4, "measure", "ngày làm việc", approx="about",
      change=C("decrease", 6, "ngày", "quy định"),
      subject="thời gian trả GPLX bình quân", period=I(NINE2)),
    F("có 21 cơ sở", "21", 21, "count", "cơ sở đào tạo lái xe", subject=SCHOOLS),
    F("1.146 xe tập lái", "1.146", 1146, "count", "xe tập lái", subject="xe tập lái"),
    F("9 trung tâm sát hạch", "9", 9, "count", "trung tâm sát hạch", subject="trung tâm sát hạch"),
    F("6 trung tâm", "6", 6, "count", "trung tâm sát hạch", total=9,
      subject="trung tâm sát hạch loại 1 được sát hạch lái xe ô tô"),
    F("Vinh (7 cơ sở)", "7", 7, "count", "cơ sở", subject=SCHOOLS, location="Vinh"),
    F("Hoàng Mai (3 cơ sở)", "3", 3, "count", "cơ sở", subject=SCHOOLS, location="Hoàng Mai"),
    F("Diễn Châu (2 cơ sở)", "2", 2, "count", "cơ sở", subject=SCHOOLS, location="Diễn Châu"),
    F("khoảng 75 kỳ", "75", 75, "count", "kỳ sát hạch", approx="about", status="forecast",
      subject="kỳ sát hạch tổ chức thêm", period=Q4),
    F("trên 82.000 lượt", "82.000", 82000, "count", "lượt thí sinh", approx="over", status="target",
      subject="lượt thí sinh sát hạch", period=YEAR),
    F("ít nhất 65%", "65", 65, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ hồ sơ cấp đổi GPLX trực tuyến", period=YEAR),
]

NOTES = [
    "Province portal (Nghệ An): driving tests (sát hạch) and licences (GPLX), 9 months 2024.",
    "Breadcrumb, headline figure, 'Cập nhật: 07/10/2024 15:32 | Lượt xem: 2.418' (published).",
    "Distractors: view counter 2.418, time 15:32, 'hạng B2', 'loại 1', hotline 0238.3844.390, address 'số 16 Trường Thi'.",
    "Headline 'trong 9 tháng' takes the year of published (no earlier date). District list 7+3+2 != 21: no total.",
    "'ngắn hơn 6 ngày so với quy định' is the change of 'khoảng 4 ngày'. 'Quý IV ... dự kiến' forecast; 'phấn đấu cả năm' target,",
    "continuing to the 65% clause. 'hiện có' gets no period.",
]

if __name__ == "__main__":
    write("p1171-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Nghệ An")
