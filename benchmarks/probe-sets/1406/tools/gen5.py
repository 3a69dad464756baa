"""p1406-5: provincial Party newspaper (Báo Kon Tum, tag '(BKT) -'): a bilingual preschool teacher in Kon Plông; province figures."""
from lib import fig, per, year, school, inh, chg, tgt, write

TEXT = """BÁO KON TUM ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Giáo dục | Văn hóa

Cô giáo song ngữ ở vùng cao Măng Cành

15/04/2024 07:42

Hơn 12 năm gắn bó với Trường Mầm non Hoa Pơ Lang, xã Măng Cành (huyện Kon Plông), cô giáo Y Thị Nhung đã giúp gần 300 trẻ em người Xơ Đăng tự tin nói tiếng Việt trước khi vào lớp 1.

(BKT) - Trường Mầm non Hoa Pơ Lang hiện có 8 điểm trường với 312 trẻ, trong đó 96% là trẻ người Xơ Đăng. Ngày đầu đến lớp, nhiều em chỉ biết nói tiếng mẹ đẻ, không hiểu cô giáo nói gì.

Là người Xơ Đăng, cô Nhung dùng song song tiếng Xơ Đăng và tiếng Việt: giải thích bằng tiếng mẹ đẻ, rồi dạy lại bằng tiếng Việt. Lớp mẫu giáo 5 tuổi do cô phụ trách có hai mươi sáu trẻ; mỗi ngày các em có ít nhất 30 phút "giờ kể chuyện tiếng Việt". Cô còn tự làm gần 200 tranh ảnh, thẻ chữ song ngữ để trẻ học từ mới.

Nhờ cách làm này, tỷ lệ trẻ 5 tuổi nói thạo tiếng Việt của trường tăng từ 71% năm học 2019-2020 lên 95% năm học 2023-2024. Năm 2023, cô Nhung được Chủ tịch UBND tỉnh tặng Bằng khen và đạt giải Nhì Hội thi giáo viên dạy giỏi cấp tỉnh.

Theo Sở Giáo dục và Đào tạo, năm học 2023-2024 toàn tỉnh có 24.316 trẻ mẫu giáo người dân tộc thiểu số; tỷ lệ trẻ 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt đạt 96,8%, đứng thứ 2 khu vực Tây Nguyên. Toàn tỉnh có 1.083 giáo viên mầm non là người dân tộc thiểu số, chiếm 61,5% tổng số giáo viên mầm non.

Năm 2024, tỉnh dự kiến tuyển dụng thêm 120 giáo viên mầm non biết tiếng Xơ Đăng, Ba Na, Gia Rai cho các huyện Kon Plông, Tu Mơ Rông, Đăk Glei.

Y NGỌC
"""

SY19 = school("năm học 2019-2020", 2019)
SY23 = school("năm học 2023-2024", 2023)
SY23p = school("năm học 2023-2024", 2023)
Y24 = year("Năm 2024", 2024)
KP, KT = "Kon Plông", "Kon Tum"
RATE = "tỷ lệ trẻ 5 tuổi nói thạo tiếng Việt của trường"

FIGS = [
    fig("Hơn 12 năm", "12", 12, "measure", "năm", approx="over", subject="thời gian cô giáo gắn bó với trường",
        location=KP, optional=True),
    fig("gần 300 trẻ", "300", 300, "count", "trẻ em", approx="nearly",
        subject="trẻ em người Xơ Đăng cô giáo giúp tự tin nói tiếng Việt", location=KP),
    fig("có 8 điểm", "8", 8, "count", "điểm trường", subject="điểm trường của Trường Mầm non Hoa Pơ Lang",
        location=KP),
    fig("với 312 trẻ", "312", 312, "count", "trẻ", subject="trẻ của Trường Mầm non Hoa Pơ Lang", location=KP),
    fig("đó 96%", "96", 96, "percent", "%", subject="trẻ người Xơ Đăng", location=KP),
    fig("có hai mươi sáu trẻ", "hai mươi sáu", 26, "count", "trẻ",
        subject="trẻ lớp mẫu giáo 5 tuổi do cô phụ trách", location=KP),
    fig("ít nhất 30 phút", "30", 30, "measure", "phút/ngày", approx="at_least",
        subject="giờ kể chuyện tiếng Việt mỗi ngày", location=KP),
    fig("gần 200 tranh", "200", 200, "count", "tranh ảnh, thẻ chữ", approx="nearly",
        subject="tranh ảnh, thẻ chữ song ngữ cô tự làm", location=KP),
    fig("từ 71%", "71", 71, "percent", "%", subject=RATE, period=SY19, location=KP),
    fig("lên 95%", "95", 95, "percent", "%", subject=RATE, period=SY23, location=KP),
    fig("có 24.316 trẻ", "24.316", 24316, "count", "trẻ", subject="trẻ mẫu giáo người dân tộc thiểu số",
        period=SY23p, location=KT),
    fig("đạt 96,8%", "96,8", 96.8, "percent", "%",
        subject="tỷ lệ trẻ 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt", period=SY23p, location=KT),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="tỷ lệ trẻ 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt",
        period=SY23p, location=KT),
    fig("có 1.083 giáo viên", "1.083", 1083, "count", "giáo viên", percent=61.5,
        subject="giáo viên mầm non là người dân tộc thiểu số", period=inh(SY23p), location=KT),
    fig("thêm 120 giáo viên", "120", 120, "count", "giáo viên", status="forecast",
        subject="giáo viên mầm non biết tiếng Xơ Đăng, Ba Na, Gia Rai tuyển dụng thêm", period=Y24, location=KT),
]

NOTES = [
    "Provincial Party newspaper (Báo Kon Tum): menu, headline, '15/04/2024 07:42', sapo, tag '(BKT) -', byline 'Y NGỌC' at the end.",
    "Distractors: 'lớp 1', 'Lớp mẫu giáo 5 tuổi' (age label), the prize 'giải Nhì' (a prize name), 'Năm 2023' before a figure-less sentence, '07:42'.",
    "School figures describe the school in xã Măng Cành, huyện Kon Plông -> location Kon Plông; the Sở's figures -> Kon Tum.",
    "'Hơn 12 năm gắn bó' is a duration of service: optional. 'hai mươi sáu trẻ' = 26 (number words).",
    "'mỗi ngày ... ít nhất 30 phút' is a daily rate: measure 'phút/ngày', at_least.",
    "'tăng từ 71% năm học 2019-2020 lên 95% năm học 2023-2024': two levels with their own school years, not a range, no change.",
    "'trong đó 96% là trẻ người Xơ Đăng' is a percent figure of its own. '1.083 giáo viên ..., chiếm 61,5%' -> percent 61,5.",
    "'đứng thứ 2 khu vực Tây Nguyên' -> rank 2 of the province. 'dự kiến tuyển dụng thêm 120' -> forecast.",
]

if __name__ == "__main__":
    write("p1406-5", TEXT, NOTES, FIGS, published="2024-04-15", location="Kon Tum")
