"""p1171-5: Party newspaper (Báo Bình Định): a driving test centre in Hoài Nhơn; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Nâng chất lượng đào tạo, sát hạch lái xe

Nằm cạnh Quốc lộ 1A, Trung tâm sát hạch lái xe loại 1 của Công ty CP Đào tạo lái xe Hoài Nhơn (thị xã Hoài Nhơn) được đầu tư hơn 35 tỷ đồng trên diện tích 3,2 ha, đưa vào hoạt động từ năm 2021. Mỗi tháng, trung tâm tổ chức từ 6 đến 8 kỳ sát hạch, bình quân mỗi kỳ khoảng 120 thí sinh. Năm 2023, trung tâm sát hạch cho 9.870 lượt thí sinh, trong đó 4.120 lượt thí sinh ô tô; tỷ lệ đạt phần thi sa hình là 82%.

Ông Nguyễn Văn Hùng, Giám đốc công ty cho biết, đơn vị có 74 xe tập lái và 36 giáo viên, mỗi giáo viên phụ trách không quá 10 học viên thực hành. Học phí trọn gói hạng B2 là 16,8 triệu đồng/học viên, thấp hơn khoảng 1 triệu đồng so với mặt bằng chung.

Theo Sở GTVT, toàn tỉnh hiện có 12 cơ sở đào tạo lái xe và 5 trung tâm sát hạch. Năm 2023, toàn tỉnh sát hạch cho 41.350 lượt thí sinh, cấp mới 35.920 GPLX, tăng 9,4% so với năm 2022. Từ đầu năm đến nay, Sở đã cấp mới 17.460 GPLX, đạt 51% kế hoạch năm; tỷ lệ hồ sơ cấp đổi GPLX nộp trực tuyến đạt gần 62%.

Để giảm tình trạng thí sinh phải chờ đợi, Sở đề nghị các trung tâm bố trí thêm ca sát hạch vào thứ Bảy, Chủ nhật. Năm 2024, tỉnh phấn đấu cấp mới khoảng 34.000 GPLX, trong đó GPLX ô tô chiếm không dưới 30%.

NGỌC NHUẬN
15/07/2024
"""

Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HN = "Hoài Nhơn"

FIGS = [
    F("hơn 35 tỷ", "35", 35000000000, "money", "đồng", approx="over",
      subject="vốn đầu tư trung tâm sát hạch lái xe loại 1", location=HN),
    F("diện tích 3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích trung tâm sát hạch", location=HN),
    F("từ 6 đến 8 kỳ", "6", 6, "measure", "kỳ sát hạch/tháng", value_max=8,
      subject="kỳ sát hạch mỗi tháng", location=HN),
    F("khoảng 120 thí sinh", "120", 120, "measure", "thí sinh/kỳ", approx="about",
      subject="thí sinh bình quân mỗi kỳ", location=HN),
    F("cho 9.870 lượt", "9.870", 9870, "count", "lượt thí sinh",
      subject="lượt thí sinh trung tâm sát hạch", period=Y23c, location=HN),
    F("4.120 lượt", "4.120", 4120, "count", "lượt thí sinh", total=9870,
      subject="lượt thí sinh ô tô", period=Y23c, location=HN),
    F("là 82%", "82", 82, "percent", "%", subject="tỷ lệ đạt phần thi sa hình", period=Y23c, location=HN),
    F("có 74 xe", "74", 74, "count", "xe tập lái", subject="xe tập lái của công ty", location=HN),
    F("36 giáo viên", "36", 36, "count", "giáo viên", subject="giáo viên của công ty", location=HN),
    F("không quá 10 học viên", "10", 10, "measure", "học viên/giáo viên", approx="at_most",
      subject="học viên thực hành mỗi giáo viên phụ trách", location=HN),
    F("16,8 triệu", "16,8", 16800000, "money", "đồng/học viên",
      change=C("decrease", 1000000, "đồng", "mặt bằng chung", approx="about"),
      subject="học phí trọn gói hạng B2", location=HN),
    F("có 12 cơ sở", "12", 12, "count", "cơ sở đào tạo lái xe", subject="cơ sở đào tạo lái xe"),
    F("5 trung tâm", "5", 5, "count", "trung tâm sát hạch", subject="trung tâm sát hạch"),
    F("cho 41.350 lượt", "41.350", 41350, "count", "lượt thí sinh", subject="lượt thí sinh sát hạch",
      period=P("Năm 2023, toàn tỉnh", "2023-01-01", "2023-12-31")),
    F("cấp mới 35.920 GPLX", "35.920", 35920, "count", "GPLX",
      change=C("increase", 9.4, "%", "năm 2022"), subject="GPLX cấp mới",
      period=P("Năm 2023, toàn tỉnh", "2023-01-01", "2023-12-31")),
    F("cấp mới 17.460 GPLX", "17.460", 17460, "count", "GPLX", percent=51,
      subject="GPLX cấp mới", period=YTD),
    F("gần 62%", "62", 62, "percent", "%", approx="nearly",
      subject="tỷ lệ hồ sơ cấp đổi GPLX nộp trực tuyến", period=YTD),
    F("khoảng 34.000 GPLX", "34.000", 34000, "count", "GPLX", approx="about", status="target",
      subject="GPLX cấp mới", period=Y24),
    F("không dưới 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="GPLX ô tô trong GPLX cấp mới", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Bình Định) feature; byline 'NGỌC NHUẬN' and bare date '15/07/2024' at the end (published).",
    "A passage of several sentences about one test centre/company in thị xã Hoài Nhơn: its figures get Hoài Nhơn, also in the director's",
    "paragraph (the company's 74 cars, 36 teachers, fee). Provincial figures get Bình Định (default).",
    "Rates: 'Mỗi tháng ... từ 6 đến 8 kỳ' → kỳ sát hạch/tháng; 'bình quân mỗi kỳ khoảng 120 thí sinh' → thí sinh/kỳ;",
    "'mỗi giáo viên phụ trách không quá 10 học viên' → học viên/giáo viên (at_most). 'thấp hơn khoảng 1 triệu đồng so với mặt bằng chung'",
    "is the change of the fee. 'không dưới 30%' is at_least; the share of a target stands as its own percent (target).",
    "Distractors: 'Quốc lộ 1A', 'loại 1', 'từ năm 2021', 'hạng B2', 'thứ Bảy, Chủ nhật', byline, bare date.",
]

if __name__ == "__main__":
    write("p1171-5", TEXT, NOTES, FIGS, published="2024-07-15", location="Bình Định")
