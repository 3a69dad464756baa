"""p1336-8: radio/TV site (QRT, Đài PT-TH Quảng Nam): tuồng brought into schools; the state of tuồng artists in the province."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NAM
Thời sự | Kinh tế | Văn hóa | Thể thao | Truyền hình | Phát thanh

Đưa tuồng vào trường học: hơn 9.000 học sinh được thưởng thức

Cập nhật lúc 20:15, 12/12/2024

(QRT) - Từ tháng 9/2023 đến tháng 5/2024, Đoàn Tuồng Xứ Quảng (thuộc Trung tâm Văn hóa - Điện ảnh tỉnh) đã tổ chức 42 buổi diễn "Sân khấu học đường" tại 38 trường tiểu học, trung học cơ sở ở 12/18 huyện, thị xã, thành phố, thu hút hơn 9.100 học sinh và gần 700 giáo viên.

Mỗi buổi diễn gồm phần giới thiệu về nghệ thuật tuồng trong khoảng 15 phút và hai trích đoạn tuồng cổ. Kinh phí thực hiện 378 triệu đồng, bình quân 9 triệu đồng/buổi. Khảo sát sau chương trình cho thấy 86,4% học sinh muốn được xem tuồng thêm, trong khi trước đó chỉ 23% em từng xem một vở tuồng trọn vẹn.

Theo Sở Văn hóa, Thể thao và Du lịch, Quảng Nam hiện còn 27 nghệ sĩ, diễn viên tuồng chuyên nghiệp, giảm 19 người so với năm 2010; trong đó chỉ 5 người dưới 35 tuổi. Nghệ sĩ Ưu tú Trần Văn Phước, 68 tuổi, cho rằng nếu không có lớp kế cận thì khoảng mười năm nữa tuồng xứ Quảng sẽ rất khó giữ được bản sắc.

Năm 2025, tỉnh dự kiến mở rộng chương trình tới 60 trường học. Tỉnh cũng phấn đấu mỗi năm đào tạo ít nhất 10 diễn viên tuồng trẻ. Dự án nâng cấp Nhà hát Tuồng tại TP Tam Kỳ với tổng mức đầu tư khoảng 45 tỷ đồng dự kiến khởi công trong quý II/2025.

Thu Hà - Minh Quân (QRT)
Xem video | Chia sẻ | In bài
"""

SCH = per("Từ tháng 9/2023 đến tháng 5/2024", "2023-09-01", "2024-05-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 9.000 học sinh", "9.000", 9000, "count", "học sinh", approx="over",
        subject="học sinh được thưởng thức tuồng"),
    fig("tổ chức 42 buổi", "42", 42, "count", "buổi diễn", subject="buổi diễn \"Sân khấu học đường\"",
        period=SCH),
    fig("tại 38 trường", "38", 38, "count", "trường", subject="trường tiểu học, trung học cơ sở", period=SCH),
    fig("ở 12/18 huyện", "12", 12, "count", "huyện, thị xã, thành phố", total=18,
        subject="huyện, thị xã, thành phố có buổi diễn", period=SCH),
    fig("hơn 9.100 học sinh", "9.100", 9100, "count", "học sinh", approx="over",
        subject="học sinh buổi diễn thu hút", period=SCH),
    fig("gần 700 giáo viên", "700", 700, "count", "giáo viên", approx="nearly",
        subject="giáo viên buổi diễn thu hút", period=SCH),
    fig("khoảng 15 phút", "15", 15, "measure", "phút", approx="about",
        subject="thời lượng phần giới thiệu về nghệ thuật tuồng"),
    fig("hai trích đoạn", "hai", 2, "count", "trích đoạn", subject="trích đoạn tuồng cổ mỗi buổi diễn"),
    fig("thực hiện 378 triệu", "378", 378e6, "money", "đồng", subject="kinh phí thực hiện chương trình",
        period=inh(SCH)),
    fig("bình quân 9 triệu", "9", 9e6, "money", "đồng/buổi", subject="kinh phí bình quân mỗi buổi diễn",
        period=inh(SCH)),
    fig("86,4% học sinh", "86,4", 86.4, "percent", "%", subject="học sinh muốn được xem tuồng thêm"),
    fig("chỉ 23% em", "23", 23, "percent", "%", subject="học sinh từng xem một vở tuồng trọn vẹn"),
    fig("còn 27 nghệ sĩ", "27", 27, "count", "nghệ sĩ, diễn viên",
        change=chg("decrease", 19, "người", "năm 2010"), subject="nghệ sĩ, diễn viên tuồng chuyên nghiệp"),
    fig("chỉ 5 người", "5", 5, "count", "người", total=27, subject="người dưới 35 tuổi"),
    fig("dưới 35 tuổi", "35", 35, "measure", "tuổi", approx="under", subject="tuổi", optional=True),
    fig("Phước, 68 tuổi", "68", 68, "measure", "tuổi", subject="tuổi của Nghệ sĩ Ưu tú Trần Văn Phước",
        optional=True),
    fig("khoảng mười năm", "mười", 10, "measure", "năm", approx="about",
        subject="thời gian tuồng xứ Quảng còn giữ được bản sắc nếu không có lớp kế cận", optional=True),
    fig("tới 60 trường", "60", 60, "count", "trường học", status="forecast",
        subject="trường học chương trình mở rộng tới", period=Y25),
    fig("ít nhất 10 diễn viên", "10", 10, "measure", "diễn viên/năm", approx="at_least", status="target",
        subject="diễn viên tuồng trẻ đào tạo mỗi năm"),
    fig("khoảng 45 tỷ", "45", 45e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng mức đầu tư dự án nâng cấp Nhà hát Tuồng", location="Tam Kỳ"),
]

NOTES = [
    "Radio/TV site (QRT): banner and menu, headline, 'Cập nhật lúc 20:15, 12/12/2024' (published), '(QRT) -' tag, byline, video/share furniture.",
    "Distractors: 20:15, 'tháng 9/2023', 'tháng 5/2024', 'năm 2010' (baseline), 'quý II/2025' (a date of groundbreaking), '(QRT)',",
    "'một vở tuồng trọn vẹn' ('một' as an indefinite article inside the indicator of the 23%), the programme name.",
    "Headline 'hơn 9.000 học sinh' is its own figure (the body says 'hơn 9.100'); no period phrase in the headline.",
    "'Từ tháng 9/2023 đến tháng 5/2024' → 2023-09-01..2024-05-31 for the first sentence; the next paragraph's funds inherit it.",
    "'12/18 huyện, thị xã, thành phố' → total 18. 'giảm 19 người so với năm 2010' → change in người; 'trong đó chỉ 5 người' → total 27.",
    "Optional: the age bound 'dưới 35 tuổi' (defines the part), the artist's age '68 tuổi', the speculative 'khoảng mười năm nữa'.",
    "'phấn đấu mỗi năm ... ít nhất 10 diễn viên' → target, a yearly rate (diễn viên/năm), no period. 'dự kiến' → forecast for 60",
    "trường and for the project with 'khoảng 45 tỷ' (borderline: the cue governs the clause that holds the amount); 'quý II/2025'",
    "dates the groundbreaking, not the amount: no period. The project in TP Tam Kỳ → location Tam Kỳ.",
]

if __name__ == "__main__":
    write("p1336-8", TEXT, NOTES, FIGS, published="2024-12-12", location="Quảng Nam")
