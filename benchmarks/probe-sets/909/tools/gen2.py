"""p909-2: district portal, huyện Hải Hậu (Nam Định), folk-dance festival 2024."""
from lib import F, P, I, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Tin tức - Sự kiện > Văn hóa - Xã hội
Thứ Hai, 08/04/2024 - 16:10

Liên hoan dân vũ huyện Hải Hậu năm 2024: sân chơi của gần 1.000 hội viên

Tối 6/4, tại Trung tâm Văn hóa - Thể thao huyện (số 88 đường Trần Nhân Tông, thị trấn Yên Định), UBND huyện tổ chức Liên hoan dân vũ năm 2024. Tham gia liên hoan có 28 câu lạc bộ dân vũ đến từ 28/34 xã, thị trấn với 546 hội viên; hội viên nhiều tuổi nhất 76 tuổi, trẻ nhất 38 tuổi.

Các câu lạc bộ mang đến 56 tiết mục, mỗi câu lạc bộ trình diễn 2 bài với thời lượng không quá 7 phút/bài. Kết quả, Ban tổ chức trao 1 giải Đặc biệt cho Câu lạc bộ dân vũ xã Hải Minh, 4 giải A, 8 giải B, 10 giải C và 5 giải Khuyến khích.

Theo Phòng Văn hóa và Thông tin huyện, toàn huyện hiện có 45 câu lạc bộ dân vũ với gần 1.000 hội viên, tăng 9 câu lạc bộ so với năm 2022; trong đó 31 câu lạc bộ được UBND xã, thị trấn công nhận và cấp kinh phí hoạt động. Mức hỗ trợ của huyện là 3 triệu đồng/câu lạc bộ/năm, các xã hỗ trợ thêm từ 1 đến 2 triệu đồng.

Năm 2023, các câu lạc bộ đã tham gia biểu diễn trên 320 buổi phục vụ các ngày lễ, hội làng, đón nhận 17 lượt khen thưởng của huyện. Năm 2024, huyện phấn đấu thành lập thêm 5 câu lạc bộ, nâng tổng số lên 50 câu lạc bộ, bảo đảm 100% xã, thị trấn có ít nhất 1 câu lạc bộ dân vũ.

Phát biểu tại liên hoan, Phó Chủ tịch UBND huyện Vũ Văn Ba đề nghị các xã tiếp tục quan tâm bố trí địa điểm tập luyện, tránh ảnh hưởng đến sinh hoạt của người dân.

Thu Hà - Phòng VH&TT huyện
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("của gần 1.000 hội viên", "1.000", 1000, "count", "hội viên",
      "hội viên câu lạc bộ dân vũ", approx="nearly"),
    F("có 28 câu lạc bộ", "28", 28, "count", "câu lạc bộ",
      "câu lạc bộ dân vũ tham gia liên hoan"),
    F("từ 28/34 xã", "28", 28, "count", "xã, thị trấn",
      "xã, thị trấn có câu lạc bộ tham gia liên hoan", total=34),
    F("với 546 hội viên", "546", 546, "count", "hội viên", "hội viên tham gia liên hoan"),
    F("nhất 76 tuổi", "76", 76, "measure", "tuổi", "tuổi của hội viên nhiều tuổi nhất"),
    F("nhất 38 tuổi", "38", 38, "measure", "tuổi", "tuổi của hội viên trẻ nhất"),
    F("mang đến 56 tiết mục", "56", 56, "count", "tiết mục", "tiết mục dự liên hoan"),
    F("trình diễn 2 bài", "2", 2, "count", "bài", "bài trình diễn của mỗi câu lạc bộ", optional=True),
    F("không quá 7 phút/bài", "7", 7, "measure", "phút/bài", "thời lượng mỗi bài",
      approx="at_most", optional=True),
    F("trao 1 giải Đặc biệt", "1", 1, "count", "giải Đặc biệt", "giải Đặc biệt liên hoan dân vũ"),
    F("4 giải A", "4", 4, "count", "giải A", "giải A liên hoan dân vũ"),
    F("8 giải B", "8", 8, "count", "giải B", "giải B liên hoan dân vũ"),
    F("10 giải C", "10", 10, "count", "giải C", "giải C liên hoan dân vũ"),
    F("5 giải Khuyến khích", "5", 5, "count", "giải Khuyến khích", "giải Khuyến khích liên hoan dân vũ"),
    F("có 45 câu lạc bộ", "45", 45, "count", "câu lạc bộ", "câu lạc bộ dân vũ",
      change=CH("increase", 9, "câu lạc bộ", "năm 2022")),
    F("với gần 1.000 hội viên", "1.000", 1000, "count", "hội viên", "hội viên câu lạc bộ dân vũ",
      approx="nearly"),
    F("trong đó 31 câu lạc bộ", "31", 31, "count", "câu lạc bộ",
      "câu lạc bộ được UBND xã, thị trấn công nhận và cấp kinh phí hoạt động", total=45),
    F("là 3 triệu đồng/câu lạc bộ/năm", "3", 3e6, "money", "đồng/câu lạc bộ/năm",
      "mức hỗ trợ của huyện cho câu lạc bộ dân vũ"),
    F("từ 1 đến 2 triệu đồng", "1", 1e6, "money", "đồng", "mức hỗ trợ thêm của các xã",
      value_max=2e6),
    F("trên 320 buổi", "320", 320, "count", "buổi", "buổi biểu diễn của các câu lạc bộ", Y23,
      approx="over"),
    F("đón nhận 17 lượt", "17", 17, "count", "lượt khen thưởng",
      "lượt khen thưởng của huyện cho các câu lạc bộ", Y23),
    F("thêm 5 câu lạc bộ", "5", 5, "count", "câu lạc bộ", "câu lạc bộ dân vũ thành lập thêm", Y24,
      status="target"),
    F("lên 50 câu lạc bộ", "50", 50, "count", "câu lạc bộ", "tổng số câu lạc bộ dân vũ", Y24,
      status="target"),
    F("bảo đảm 100% xã", "100", 100, "percent", "%",
      "xã, thị trấn có ít nhất 1 câu lạc bộ dân vũ", Y24, status="target"),
    F("ít nhất 1 câu lạc bộ dân vũ", "1", 1, "count", "câu lạc bộ",
      "câu lạc bộ dân vũ mỗi xã, thị trấn", Y24, approx="at_least", status="target", optional=True),
]

NOTES = [
    "Hải Hậu district portal (Nam Định): Liên hoan dân vũ 2024, clubs, members, prizes, support per club, 2023 shows, 2024 targets.",
    "Location: the district (Hải Hậu) for every figure; the portal names the province only in its banner.",
    "Headline 'gần 1.000 hội viên' is a figure of its own (no period: the headline's 'năm 2024' names the festival).",
    "Contest rules (2 bài per club, không quá 7 phút/bài) and the threshold 'ít nhất 1 câu lạc bộ' are optional.",
    "Prizes (1+4+8+10+5 = 28) are not a breakdown of the 28 clubs (different thing, not bracketed after it): no total.",
    "'từ 1 đến 2 triệu đồng' is a range with the multiplier shared. Distractors: 08/04/2024 - 16:10, Tối 6/4, số 88 đường Trần Nhân Tông, name Vũ Văn Ba.",
]

if __name__ == "__main__":
    write("p909-2", TEXT, FIGS, NOTES, published="2024-04-08", location="Hải Hậu")
