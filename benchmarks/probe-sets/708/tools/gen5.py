from lib import F, P, I, CH, emit

TEXT = """Đoàn Nghệ thuật tỉnh: Đưa lời then, câu sli về bản

LSO - Năm 2023, Đoàn Nghệ thuật tỉnh Lạng Sơn tổ chức 176 buổi biểu diễn, vượt 10% kế hoạch, phục vụ khoảng 95.000 lượt người xem. Trong đó, 128 buổi phục vụ nhiệm vụ chính trị tại các xã vùng sâu, vùng xa, biên giới của các huyện Cao Lộc, Văn Lãng, Tràng Định, Đình Lập. Bình quân mỗi buổi diễn ở cơ sở có từ 300 đến 500 người xem.

Tổng kinh phí hoạt động năm 2023 của Đoàn là 6,8 tỷ đồng, trong đó ngân sách nhà nước cấp 6,2 tỷ đồng; nguồn thu từ biểu diễn đạt gần 600 triệu đồng.

Đoàn hiện có 42 diễn viên, nhạc công, trong đó 9 người có trình độ đại học. Đến nay, ba diễn viên của Đoàn đã được phong tặng danh hiệu Nghệ sĩ Ưu tú. Chương trình "Tiếng then biên viễn" của Đoàn giành Huy chương Vàng tại Liên hoan Ca múa nhạc chuyên nghiệp toàn quốc năm 2023 (đợt 2).

Quý I/2024, Đoàn đã biểu diễn 38 buổi, đạt 21,1% kế hoạch năm. Năm 2024, Đoàn phấn đấu biểu diễn 180 buổi, trong đó ít nhất 130 buổi phục vụ vùng sâu, vùng xa; dàn dựng mới 2 chương trình nghệ thuật chào mừng Đại hội Đảng bộ tỉnh lần thứ XVIII.

Ông Hoàng Văn Tuấn, Trưởng Đoàn cho biết, năm 2024 Đoàn dự kiến đầu tư khoảng 850 triệu đồng mua sắm trang phục, nhạc cụ dân tộc như đàn tính, trống, chiêng; đồng thời phối hợp với Trường Trung cấp Văn hóa nghệ thuật tỉnh tuyển chọn diễn viên trẻ tại 11 huyện, thành phố.

HOÀNG HÀ
08/04/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tổ chức 176 buổi", "176", 176, "count", "buổi", "buổi biểu diễn của Đoàn Nghệ thuật tỉnh", Y23,
      change=CH("increase", 10, "%", "kế hoạch")),
    F("khoảng 95.000 lượt", "95.000", 95000, "count", "lượt người xem", "lượt người xem", Y23, approx="about"),
    F("128 buổi phục vụ", "128", 128, "count", "buổi",
      "buổi phục vụ nhiệm vụ chính trị tại các xã vùng sâu, vùng xa, biên giới", I(Y23), total=176),
    F("từ 300 đến 500 người xem", "300", 300, "count", "người xem", "người xem bình quân mỗi buổi diễn ở cơ sở", I(Y23),
      value_max=500),
    F("là 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng kinh phí hoạt động của Đoàn", Y23b),
    F("cấp 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "ngân sách nhà nước cấp", Y23b, total=6.8e9),
    F("gần 600 triệu đồng", "600", 600e6, "money", "đồng", "nguồn thu từ biểu diễn", Y23b, total=6.8e9, approx="nearly"),
    F("có 42 diễn viên", "42", 42, "count", "diễn viên, nhạc công", "diễn viên, nhạc công của Đoàn"),
    F("trong đó 9 người", "9", 9, "count", "người", "người có trình độ đại học", total=42),
    F("ba diễn viên", "ba", 3, "count", "diễn viên", "diễn viên được phong tặng danh hiệu Nghệ sĩ Ưu tú",
      P("Đến nay", None, "2024-04-08")),
    F("biểu diễn 38 buổi", "38", 38, "count", "buổi", "buổi biểu diễn", Q1, percent=21.1),
    F("biểu diễn 180 buổi", "180", 180, "count", "buổi", "buổi biểu diễn", Y24, status="target"),
    F("ít nhất 130 buổi", "130", 130, "count", "buổi", "buổi phục vụ vùng sâu, vùng xa", Y24, total=180,
      approx="at_least", status="target"),
    F("dàn dựng mới 2 chương trình", "2", 2, "count", "chương trình", "chương trình nghệ thuật dàn dựng mới", Y24,
      status="target"),
    F("khoảng 850 triệu đồng", "850", 850e6, "money", "đồng", "đầu tư mua sắm trang phục, nhạc cụ dân tộc", Y24b,
      approx="about", status="forecast"),
    F("tại 11 huyện", "11", 11, "count", "huyện, thành phố", "huyện, thành phố tuyển chọn diễn viên trẻ", Y24b,
      status="forecast", optional=True),
]

COMMENTS = [
    "Báo Lạng Sơn (Party newspaper): Đoàn Nghệ thuật tỉnh — buổi diễn 2023, kinh phí, nhân lực, quý I/2024 and 2024 plan.",
    "Party-paper style: tag 'LSO -' (implies Lạng Sơn), byline 'HOÀNG HÀ' and bare date '08/04/2024' at the end (published).",
    "'vượt 10% kế hoạch' after 176 buổi is a change against the plan (spec: gap to a plan is a change with that baseline).",
    "'Trong đó, 128 buổi' after a sentence break is a part of 176; 6,2 tỷ + gần 600 triệu are parts of 6,8 tỷ (trong đó … ;).",
    "'ba diễn viên' is a number word; 'Đến nay' is as-of the dateline. Districts listed by name only: location stays Lạng Sơn.",
    "'11 huyện, thành phố' (where young actors will be recruited) is the province's count of districts, a weak figure: optional.",
    "Distractors: 'đợt 2', 'lần thứ XVIII', 'Quý I/2024' as period, dateline.",
]

if __name__ == "__main__":
    emit("p708-5", TEXT, COMMENTS, FIGS, published="2024-04-08", location="Lạng Sơn")
