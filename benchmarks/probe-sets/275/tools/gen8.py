from lib import F, P, ch, build

A = """Đồng Tháp: Phổ cập bơi an toàn cho hơn 12.600 trẻ em từ đầu năm đến nay

Từ đầu năm đến nay, Sở Văn hóa, Thể thao và Du lịch Đồng Tháp phối hợp với các huyện, thành phố tổ chức 214 lớp dạy bơi an toàn, phổ cập bơi cho 12.640 trẻ em từ 6 đến 15 tuổi, đạt 84,3% kế hoạch năm 2024 (15.000 em).

Riêng quý III/2024, toàn tỉnh mở 96 lớp với 5.480 trẻ em tham gia, tăng 18,2% so với quý III/2023. Trong đó, huyện Tháp Mười có 1.120 em, huyện Cao Lãnh 980 em, thành phố Sa Đéc 760 em.

Tính đến 30/9, toàn tỉnh có 158 hồ bơi, trong đó 37 hồ bơi cố định và 121 hồ bơi lắp ghép, di động; 100% trường tiểu học ở 12/12 huyện, thành phố đã đưa nội dung dạy bơi vào hoạt động ngoại khóa.

Tỷ lệ trẻ em trong độ tuổi biết bơi của tỉnh hiện đạt 46,7%, cao hơn 5,2 điểm phần trăm so với cuối năm 2023. Mỗi năm, ngân sách tỉnh bố trí khoảng 2,5 tỷ đồng hỗ trợ dạy bơi, với mức hỗ trợ 300.000 đồng/em/khóa học 10 buổi.

Theo bà Nguyễn Thị Kim Hoa, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, năm 2025, tỉnh phấn đấu có trên 50% trẻ em từ 6 đến 15 tuổi biết bơi an toàn, giảm ít nhất 10% số vụ đuối nước ở trẻ em so với năm 2024. Phụ huynh có nhu cầu đăng ký cho con học bơi liên hệ Trung tâm Huấn luyện và Thi đấu thể thao tỉnh, số 04 đường Võ Trường Toản, phường 1, thành phố Cao Lãnh, điện thoại 0277.3851.647.

Minh Thư
15/10/2024
"""

TN = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
T309 = P("Tính đến 30/9", None, "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
S = "trẻ em tham gia học bơi"

figs = [
    F("hơn 12.600 trẻ em", "12.600", 12600, "count", "trẻ em", "trẻ em được phổ cập bơi an toàn",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-15"), approx="over"),
    F("tổ chức 214 lớp", "214", 214, "count", "lớp dạy bơi", "lớp dạy bơi an toàn", TN),
    F("cho 12.640 trẻ em", "12.640", 12640, "count", "trẻ em", "trẻ em được phổ cập bơi", TN,
      percent=84.3, target={"value": 15000, "unit": "em"}),
    F("em từ 6 đến 15 tuổi, đạt", "6", 6, "measure", "tuổi", "độ tuổi trẻ em học bơi", value_max=15, optional=True),
    F("mở 96 lớp", "96", 96, "count", "lớp", "lớp dạy bơi", Q3),
    F("với 5.480 trẻ em", "5.480", 5480, "count", "trẻ em", "trẻ em tham gia học bơi", Q3,
      change=ch("increase", 18.2, "%", "quý III/2023")),
    F("có 1.120 em", "1.120", 1120, "count", "em", S, Q3i, total=5480, location="Tháp Mười"),
    F("Cao Lãnh 980 em", "980", 980, "count", "em", S, Q3i, total=5480, location="huyện Cao Lãnh"),
    F("Sa Đéc 760 em", "760", 760, "count", "em", S, Q3i, total=5480, location="Sa Đéc"),
    F("có 158 hồ bơi", "158", 158, "count", "hồ bơi", "hồ bơi", T309),
    F("37 hồ bơi", "37", 37, "count", "hồ bơi", "hồ bơi cố định", T309, total=158),
    F("121 hồ bơi", "121", 121, "count", "hồ bơi", "hồ bơi lắp ghép, di động", T309, total=158),
    F("100% trường", "100", 100, "percent", "%", "trường tiểu học đưa nội dung dạy bơi vào hoạt động ngoại khóa", T309),
    F("12/12 huyện", "12", 12, "count", "huyện, thành phố", "huyện, thành phố có trường tiểu học đưa dạy bơi vào ngoại khóa", T309,
      total=12),
    F("đạt 46,7%", "46,7", 46.7, "percent", "%", "tỷ lệ trẻ em trong độ tuổi biết bơi",
      change=ch("increase", 5.2, "điểm phần trăm", "cuối năm 2023")),
    F("khoảng 2,5 tỷ đồng", "2,5", 2500000000, "money", "đồng", "ngân sách tỉnh hỗ trợ dạy bơi mỗi năm", approx="about"),
    F("300.000 đồng", "300.000", 300000, "money", "đồng/em/khóa học", "mức hỗ trợ dạy bơi"),
    F("khóa học 10 buổi", "10", 10, "measure", "buổi", "số buổi mỗi khóa học bơi", optional=True),
    F("trên 50%", "50", 50, "percent", "%", "trẻ em từ 6 đến 15 tuổi biết bơi an toàn", Y25, approx="over", status="target"),
    F("em từ 6 đến 15 tuổi biết", "6", 6, "measure", "tuổi", "độ tuổi trẻ em", value_max=15, optional=True),
    F("ít nhất 10%", "10", 10, "percent", "%", "mức giảm số vụ đuối nước ở trẻ em", Y25, approx="at_least", status="target"),
]

build(8, A, [
    "Báo Đồng Tháp style (Party newspaper), no dateline on top; byline and a bare date '15/10/2024' at the end = published.",
    "Distractors: 'quý III/2023' baseline, 'Tính đến 30/9', address 'số 04 đường Võ Trường Toản, phường 1', phone 0277.3851.647, person's name.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. published. Title figure 'hơn 12.600' (over) is a figure; body 12.640 'đạt 84,3% kế hoạch năm 2024 (15.000 em)': percent 84,3 and target 15.000 (the plan in brackets).",
    "Age criteria 'từ 6 đến 15 tuổi' and '10 buổi' per course are optional. 5.480 has change 18,2% vs quý III/2023; the district items after 'Trong đó' are parts (total 5.480), places in location.",
    "'Tính đến 30/9' takes 2024 from the earlier 'quý III/2024'. 158 = 37 + 121 (trong đó). '12/12 huyện, thành phố' total 12.",
    "46,7% 'hiện' has no dated period; its change is 5,2 điểm phần trăm vs cuối năm 2023. Rates keep their denominators in the unit (đồng/em/khóa học).",
    "revised after the first run: the district items take the list head's wording 'trẻ em tham gia học bơi' as subject (was the paraphrase 'trẻ em học bơi').",
    "2025 targets: 'trên 50%' over; 'giảm ít nhất 10% số vụ đuối nước' is a reduction rate stated as the claim: a percent figure (at_least), no change.",
], figs, published="2024-10-15", location="Đồng Tháp")
