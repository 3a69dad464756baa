"""p1406-8: radio/TV site (Đài PT-TH Lai Châu, '(LTV) -'): summer Vietnamese classes for pre-first-graders in Sìn Hồ."""
from lib import fig, per, year, school, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LAI CHÂU
Thời sự | Kinh tế | Xã hội | Văn hóa | Video | Podcast

Sìn Hồ: Lớp học tiếng Việt mùa hè cho trẻ chuẩn bị vào lớp 1

Cập nhật lúc 16:45, 22/07/2024

(LTV) - Năm nay, ngành Giáo dục huyện Sìn Hồ mở 54 lớp học hè tăng cường tiếng Việt cho 1.085 trẻ 5 tuổi người dân tộc thiểu số chuẩn bị vào lớp 1, tăng 8 lớp so với năm 2023.

Các lớp học diễn ra từ ngày 1/7 đến ngày 26/7, sĩ số mỗi lớp 15-25 trẻ. Trẻ được làm quen với chữ cái, tập nói câu đơn giản, hát, kể chuyện bằng tiếng Việt. Tham gia đứng lớp có 61 giáo viên mầm non, tiểu học, trong đó 38 người biết tiếng Mông hoặc tiếng Dao. Giáo viên đứng lớp được hỗ trợ 150.000 đồng/buổi từ ngân sách huyện.

Tại điểm trường Nậm Cha của Trường Tiểu học Làng Mô, lớp học có ba chục em, tất cả là người Mông. Cô giáo Giàng Thị Dợ cho biết, đầu khóa chỉ có 9 em nói được câu tiếng Việt hoàn chỉnh; sau hai tuần, số em mạnh dạn giao tiếp đã tăng lên 21 em.

Sìn Hồ hiện có 91% dân số là đồng bào dân tộc thiểu số. Năm học 2023-2024, tỷ lệ học sinh lớp 1 người dân tộc thiểu số hoàn thành chương trình của huyện đạt 96,2%, cao hơn 1,5 điểm phần trăm so với bình quân toàn tỉnh. Năm 2024, huyện dự kiến dành khoảng 420 triệu đồng cho các lớp học hè, trong đó ngân sách huyện chiếm 70%.

Theo Sở Giáo dục và Đào tạo, năm nay toàn tỉnh Lai Châu tổ chức 318 lớp học hè cho hơn 6.400 trẻ.

Video: Lớp học tiếng Việt mùa hè ở Sìn Hồ (3:45)
Tin liên quan:
- Lai Châu: Khai mạc Hội khỏe Phù Đổng tỉnh lần thứ XII
"""

NAYh = year("Năm nay", 2024)
NAY = year("năm nay", 2024)
SY = school("Năm học 2023-2024", 2023)
Y24 = year("Năm 2024", 2024)
LC = "Lai Châu"

FIGS = [
    fig("mở 54 lớp", "54", 54, "count", "lớp", change=chg("increase", 8, "lớp", "năm 2023"),
        subject="lớp học hè tăng cường tiếng Việt", period=NAYh),
    fig("cho 1.085 trẻ", "1.085", 1085, "count", "trẻ",
        subject="trẻ 5 tuổi người dân tộc thiểu số chuẩn bị vào lớp 1", period=NAYh),
    fig("lớp 15-25", "15", 15, "measure", "trẻ/lớp", value_max=25, subject="sĩ số mỗi lớp"),
    fig("có 61 giáo viên", "61", 61, "count", "giáo viên", subject="giáo viên mầm non, tiểu học tham gia đứng lớp"),
    fig("đó 38 người", "38", 38, "count", "người", total=61, subject="người biết tiếng Mông hoặc tiếng Dao"),
    fig("trợ 150.000", "150.000", 150000, "money", "đồng/buổi", subject="hỗ trợ giáo viên đứng lớp"),
    fig("có ba chục em", "ba chục", 30, "count", "em", subject="em của lớp học tại điểm trường Nậm Cha"),
    fig("có 9 em", "9", 9, "count", "em", subject="em nói được câu tiếng Việt hoàn chỉnh đầu khóa"),
    fig("lên 21 em", "21", 21, "count", "em", subject="số em mạnh dạn giao tiếp"),
    fig("có 91%", "91", 91, "percent", "%", subject="dân số là đồng bào dân tộc thiểu số"),
    fig("đạt 96,2%", "96,2", 96.2, "percent", "%",
        change=chg("increase", 1.5, "điểm phần trăm", "bình quân toàn tỉnh"),
        subject="tỷ lệ học sinh lớp 1 người dân tộc thiểu số hoàn thành chương trình", period=SY),
    fig("khoảng 420 triệu", "420", 420e6, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí cho các lớp học hè", period=Y24),
    fig("chiếm 70%", "70", 70, "percent", "%", status="forecast", subject="ngân sách huyện", period=Y24),
    fig("chức 318 lớp", "318", 318, "count", "lớp", subject="lớp học hè", period=NAY, location=LC),
    fig("hơn 6.400 trẻ", "6.400", 6400, "count", "trẻ", approx="over", subject="trẻ học lớp học hè",
        period=NAY, location=LC),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Lai Châu): menu, 'Cập nhật lúc 16:45, 22/07/2024', tag '(LTV) -', video caption '(3:45)', related link.",
    "Distractors: 'lớp 1', 'trẻ 5 tuổi', 'từ ngày 1/7 đến ngày 26/7', 'sau hai tuần' (a duration that locates a figure in time),",
    "'(3:45)', 'lần thứ XII', '16:45'.",
    "'Năm nay' takes the dateline year (2024). 'tăng 8 lớp so với năm 2023' -> change (+8 lớp).",
    "'sĩ số mỗi lớp 15-25 trẻ' -> measure 'trẻ/lớp', range. '61 giáo viên ..., trong đó 38 người' -> total 61.",
    "'ba chục em' = 30 (number words). '9 em' at the start and '21 em' after two weeks have no cue of a part: no total.",
    "'cao hơn 1,5 điểm phần trăm so với bình quân toàn tỉnh' -> change on the 96,2% level.",
    "'dự kiến dành khoảng 420 triệu đồng ..., trong đó ngân sách huyện chiếm 70%' -> forecast; the 70% is a percent figure of its own.",
    "Figures of Sìn Hồ -> location Sìn Hồ; the last sentence ('toàn tỉnh Lai Châu') -> Lai Châu.",
]

if __name__ == "__main__":
    write("p1406-8", TEXT, NOTES, FIGS, published="2024-07-22", location="Sìn Hồ")
