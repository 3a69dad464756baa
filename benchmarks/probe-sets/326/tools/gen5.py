from lib import F, P, write

TEXT = """BÁO QUẢNG BÌNH
Xã hội

Phổ cập bơi cho trẻ em: Hiệu quả từ sự vào cuộc của cả cộng đồng

Hồng Nhung
15/05/2024 08:30

(BQB) - Sau hơn 3 năm triển khai Đề án "Phòng, chống đuối nước trẻ em giai đoạn 2021-2025" và Chỉ thị số 09/CT-UBND của UBND tỉnh, công tác phổ cập bơi cho trẻ em đã đạt nhiều kết quả tích cực.

Theo Sở Giáo dục và Đào tạo, giai đoạn 2021-2023, toàn tỉnh đã tổ chức gần 1.500 lớp dạy bơi với khoảng 45 nghìn lượt trẻ em tham gia; tỷ lệ học sinh tiểu học và THCS biết bơi an toàn tăng từ 31,2% năm 2020 lên 48,7% năm 2023.

Riêng năm 2023, có 16.820 trẻ em được học bơi, tăng 18,4% so với năm 2022, trong đó 14.350 em biết bơi an toàn (đạt 85,3%). Một số địa phương làm tốt như huyện Lệ Thủy với 3.120 trẻ, thành phố Đồng Hới 2.870 trẻ, huyện Quảng Trạch 2.410 trẻ. Kết quả này đưa Quảng Bình xếp thứ 2 trong 6 tỉnh khu vực Bắc Trung Bộ về tỷ lệ trẻ em biết bơi.

Toàn tỉnh hiện có 96 bể bơi, tăng 23 bể so với cuối năm 2020, gồm 41 bể bơi cố định và 55 bể bơi di động. Tổng kinh phí đầu tư cho công tác phòng, chống đuối nước giai đoạn 2021-2023 đạt trên 18,6 tỷ đồng, trong đó ngân sách nhà nước chiếm 42%.

Nhờ đó, số trẻ em tử vong do đuối nước giảm rõ rệt, từ 42 em năm 2020 xuống còn 19 em năm 2023.

Mục tiêu đến năm 2025, tỉnh phấn đấu có 55% trẻ em trong độ tuổi tiểu học, THCS biết bơi an toàn; mỗi năm giảm từ 5 đến 10% số trẻ em tử vong do đuối nước so với năm trước. Để đạt được mục tiêu, ngành giáo dục sẽ đưa nội dung dạy bơi vào chương trình giáo dục thể chất, đồng thời khuyến khích các trường tận dụng ao, hồ, sông an toàn làm nơi dạy bơi.
"""

P2123 = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
TGT = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Sau hơn 3 năm", "3", 3, "measure", "năm", "thời gian triển khai Đề án", approx="over", optional=True),
    F("gần 1.500 lớp", "1.500", 1500, "count", "lớp", "lớp dạy bơi", approx="nearly", period=P2123),
    F("khoảng 45 nghìn", "45", 45000, "count", "lượt trẻ em", "lượt trẻ em tham gia học bơi", approx="about",
      period=P2123),
    F("từ 31,2%", "31,2", 31.2, "percent", "%", "tỷ lệ học sinh tiểu học và THCS biết bơi an toàn",
      period=P("năm 2020", "2020-01-01", "2020-12-31")),
    F("lên 48,7%", "48,7", 48.7, "percent", "%", "tỷ lệ học sinh tiểu học và THCS biết bơi an toàn", period=Y23),
    F("có 16.820 trẻ em", "16.820", 16820, "count", "trẻ em", "trẻ em được học bơi",
      change={"direction": "increase", "value": 18.4, "unit": "%", "baseline": "năm 2022"},
      period=P("Riêng năm 2023", "2023-01-01", "2023-12-31")),
    F("14.350 em", "14.350", 14350, "count", "em", "trẻ em biết bơi an toàn", total=16820, percent=85.3,
      period=P("Riêng năm 2023", "2023-01-01", "2023-12-31")),
    F("với 3.120 trẻ", "3.120", 3120, "count", "trẻ", "trẻ em được học bơi", location="Lệ Thủy", period=Y23_I),
    F("Hới 2.870 trẻ", "2.870", 2870, "count", "trẻ", "trẻ em được học bơi", location="Đồng Hới", period=Y23_I),
    F("Trạch 2.410 trẻ", "2.410", 2410, "count", "trẻ", "trẻ em được học bơi", location="Quảng Trạch", period=Y23_I),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "tỷ lệ trẻ em biết bơi khu vực Bắc Trung Bộ", total=6, period=Y23_I),
    F("trong 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh khu vực Bắc Trung Bộ", optional=True),
    F("có 96 bể bơi", "96", 96, "count", "bể bơi", "bể bơi",
      change={"direction": "increase", "value": 23, "unit": "bể", "baseline": "cuối năm 2020"}),
    F("gồm 41 bể", "41", 41, "count", "bể bơi", "bể bơi cố định", total=96),
    F("và 55 bể", "55", 55, "count", "bể bơi", "bể bơi di động", total=96),
    F("trên 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "tổng kinh phí đầu tư cho công tác phòng, chống đuối nước",
      approx="over", period=P2123),
    F("chiếm 42%", "42", 42, "percent", "%", "ngân sách nhà nước trong tổng kinh phí", period=P2123),
    F("từ 42 em", "42", 42, "count", "em", "trẻ em tử vong do đuối nước",
      period=P("năm 2020", "2020-01-01", "2020-12-31")),
    F("còn 19 em", "19", 19, "count", "em", "trẻ em tử vong do đuối nước", period=Y23),
    F("có 55% trẻ em", "55", 55, "percent", "%", "trẻ em trong độ tuổi tiểu học, THCS biết bơi an toàn",
      status="target", period=TGT),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "giảm số trẻ em tử vong do đuối nước mỗi năm", value_max=10,
      status="target", period=TGT),
]

COMMENTS = [
    "Báo Quảng Bình (Party newspaper): phổ cập bơi 2021-2023. Byline then bare dateline '15/05/2024 08:30'. '(BQB)' is the paper's tag.",
    "Distractors: Đề án name with 'giai đoạn 2021-2025', 'Chỉ thị số 09/CT-UBND', 'Sau hơn 3 năm' (duration, optional), 'so với năm trước'.",
    "'tăng từ 31,2% năm 2020 lên 48,7% năm 2023' and 'từ 42 em năm 2020 xuống còn 19 em năm 2023': two figures each, each with its own year; no change amount is stated, so no change.",
    "'16.820 trẻ em, tăng 18,4% ..., trong đó 14.350 em ... (đạt 85,3%)': total 16820, percent 85.3; 'Riêng năm 2023' is the period.",
    "District list (Lệ Thủy, Đồng Hới, Quảng Trạch) shares 'trẻ em được học bơi'; year inherited. 'xếp thứ 2 trong 6 tỉnh' rank, total 6 ('6 tỉnh' optional).",
    "'96 bể bơi, tăng 23 bể ..., gồm 41 ... và 55 ...': change on 96, parts total 96. 'ngân sách nhà nước chiếm 42%' has no amount: a percent figure of its own.",
    "'Mục tiêu đến năm 2025 ... phấn đấu ...; mỗi năm giảm từ 5 đến 10%': targets, range 5-10, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p326-5", TEXT, FIGS, COMMENTS, published="2024-05-15", location="Quảng Bình")
