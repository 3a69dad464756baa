"""p1207-2: district portal (huyện Tiên Du, Bắc Ninh); training course, counselling rooms and sessions 2023, THCS Lim."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN DU - TỈNH BẮC NINH
Trang chủ / Tin tức - Sự kiện / Giáo dục

Tiên Du: Tập huấn kỹ năng tư vấn tâm lý học đường cho 186 giáo viên

Đăng ngày: 26/03/2024 - Tác giả: Ngọc Lan - Nguồn: Phòng GD&ĐT

Ngày 25/3, Phòng Giáo dục và Đào tạo huyện phối hợp với Trường Đại học Sư phạm Hà Nội tổ chức lớp tập huấn kỹ năng tư vấn tâm lý học đường cho 186 cán bộ, giáo viên đến từ 52 trường mầm non, tiểu học và THCS trên địa bàn. Lớp học kéo dài hai ngày với 4 chuyên đề: nhận diện dấu hiệu trầm cảm, kỹ năng lắng nghe, phòng chống bạo lực học đường và can thiệp khủng hoảng.

Theo báo cáo của Phòng GD&ĐT, năm 2023 toàn huyện có 38/44 trường tiểu học, THCS bố trí phòng tư vấn tâm lý riêng hoặc ghép với phòng y tế học đường. Tổng số lượt học sinh được tư vấn là 5.214 lượt, trong đó tư vấn trực tiếp 3.870 lượt, qua điện thoại và mạng xã hội 1.344 lượt. Các vấn đề học sinh tìm đến tư vấn nhiều nhất là học tập (chiếm 41%), quan hệ bạn bè (27%) và gia đình (18%).

Điển hình là Trường THCS Lim (thị trấn Lim). Từ đầu năm học đến nay, tổ tư vấn của trường gồm 5 thành viên đã hỗ trợ 126 lượt học sinh, phát hiện sớm 9 trường hợp có biểu hiện rối loạn lo âu và phối hợp với gia đình đưa 3 em đi khám chuyên khoa tại Bệnh viện Tâm thần tỉnh.

Năm 2024, huyện đặt mục tiêu 100% trường tiểu học, THCS có phòng tư vấn, mỗi trường có từ 2 đến 3 giáo viên được tập huấn chuyên sâu. Kinh phí dự kiến khoảng 450 triệu đồng, trích từ ngân sách huyện.

UBND HUYỆN TIÊN DU
Địa chỉ: Đường Lý Thường Kiệt, thị trấn Lim, huyện Tiên Du, tỉnh Bắc Ninh
Điện thoại: 0222.3837.216 - Email: tiendu@bacninh.gov.vn
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TOPIC = "vấn đề học sinh tìm đến tư vấn"

FIGS = [
    fig("cho 186 giáo viên", "186", 186, "count", "giáo viên",
        subject="giáo viên được tập huấn kỹ năng tư vấn tâm lý học đường"),
    fig("cho 186 cán bộ", "186", 186, "count", "cán bộ, giáo viên",
        subject="cán bộ, giáo viên được tập huấn kỹ năng tư vấn tâm lý học đường"),
    fig("từ 52 trường", "52", 52, "count", "trường",
        subject="trường mầm non, tiểu học và THCS có cán bộ, giáo viên dự tập huấn"),
    fig("kéo dài hai ngày", "hai", 2, "measure", "ngày",
        subject="thời gian lớp tập huấn"),
    fig("với 4 chuyên đề", "4", 4, "count", "chuyên đề",
        subject="chuyên đề của lớp tập huấn"),
    fig("có 38/44 trường", "38", 38, "count", "trường", total=44,
        subject="trường tiểu học, THCS bố trí phòng tư vấn tâm lý riêng hoặc ghép với phòng y tế học đường",
        period=Y23),
    fig("là 5.214 lượt", "5.214", 5214, "count", "lượt",
        subject="lượt học sinh được tư vấn", period=inh(Y23)),
    fig("trực tiếp 3.870 lượt", "3.870", 3870, "count", "lượt", total=5214,
        subject="lượt học sinh được tư vấn trực tiếp", period=inh(Y23)),
    fig("xã hội 1.344 lượt", "1.344", 1344, "count", "lượt", total=5214,
        subject="lượt học sinh được tư vấn qua điện thoại và mạng xã hội", period=inh(Y23)),
    fig("chiếm 41%", "41", 41, "percent", "%", subject=f"{TOPIC}: học tập", period=inh(Y23)),
    fig("bạn bè (27%)", "27", 27, "percent", "%", subject=f"{TOPIC}: quan hệ bạn bè", period=inh(Y23)),
    fig("gia đình (18%)", "18", 18, "percent", "%", subject=f"{TOPIC}: gia đình", period=inh(Y23)),
    fig("gồm 5 thành viên", "5", 5, "count", "thành viên",
        subject="thành viên tổ tư vấn Trường THCS Lim"),
    fig("hỗ trợ 126 lượt", "126", 126, "count", "lượt học sinh",
        subject="lượt học sinh được tổ tư vấn Trường THCS Lim hỗ trợ"),
    fig("sớm 9 trường hợp", "9", 9, "count", "trường hợp",
        subject="trường hợp có biểu hiện rối loạn lo âu được phát hiện sớm"),
    fig("đưa 3 em", "3", 3, "count", "em",
        subject="học sinh được đưa đi khám chuyên khoa"),
    fig("mục tiêu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ trường tiểu học, THCS có phòng tư vấn", period=Y24),
    fig("từ 2 đến 3 giáo viên", "2", 2, "measure", "giáo viên/trường", value_max=3, status="target",
        subject="giáo viên được tập huấn chuyên sâu mỗi trường", period=Y24),
    fig("khoảng 450 triệu", "450", 450000000, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí", period=inh(Y24)),
]

NOTES = [
    "District portal (huyện Tiên Du, Bắc Ninh): 'Đăng ngày: 26/03/2024 - Tác giả: ... - Nguồn: ...' (published 2024-03-26).",
    "Distractors: 'Ngày 25/3' (event date), phone 0222.3837.216, 'Đường Lý Thường Kiệt', the 4 topics after ':' (no numbers).",
    "Location: the district (Tiên Du) throughout; thị trấn Lim lies in it. 'Từ đầu năm học đến nay' has no start date: no period.",
    "'hai ngày' is the course's length (a measure of the course, not a period). The topic list (41/27/18%) gets the list's",
    "indicator plus the item (items are not places). 'gồm 5 thành viên' follows no whole number: no total.",
    "'Kinh phí dự kiến khoảng 450 triệu đồng' is forecast, period inherited from 'Năm 2024'.",
]

if __name__ == "__main__":
    write("p1207-2", TEXT, NOTES, FIGS, published="2024-03-26", location="Tiên Du")
