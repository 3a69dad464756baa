"""p692-6: national press - Vietnamese students in the United States and other destinations (Open Doors, Nov 2024)."""
from lib import write, fig, per, inh, ch

TEXT = """Giáo dục › Du học
Thứ hai, 18/11/2024, 07:00 (GMT+7)

Số du học sinh Việt Nam tại Mỹ tăng năm thứ hai liên tiếp

Việt Nam có 31.310 sinh viên theo học tại Mỹ, tăng 5,8% so với năm trước, tiếp tục đứng thứ 5 trong số các quốc gia có nhiều du học sinh nhất tại nước này.

Số liệu được nêu trong báo cáo Open Doors 2024 do Viện Giáo dục Quốc tế (IIE) và Bộ Ngoại giao Mỹ công bố hôm 18/11. Trong đó, 14.863 người học bậc đại học, chiếm 47,5%; 6.742 người học sau đại học; số còn lại theo học các chương trình không cấp bằng hoặc thực tập OPT theo thị thực F-1.

Theo ước tính của Bộ Thương mại Mỹ, sinh viên Việt Nam đóng góp khoảng 1,1 tỷ USD cho nền kinh tế nước này mỗi năm. Chi phí du học Mỹ hiện từ 35.000 đến 70.000 USD/năm, tùy trường và bang.

Tại các điểm đến khác, Nhật Bản có khoảng 62.300 du học sinh Việt Nam, Hàn Quốc 43.700 người, Úc hơn 33.000 người và Canada gần 24.000 người. Tổng cộng, Việt Nam có khoảng 200.000 người đang du học, tăng gần 1,8 lần so với năm 2015.

Năm 2024, Chính phủ Mỹ dành 39 suất học bổng Fulbright cho ứng viên Việt Nam, tổng trị giá khoảng 2,9 triệu USD. Theo Đại sứ quán Mỹ, thời gian chờ phỏng vấn thị thực du học tại các cơ quan đại diện của Mỹ ở Việt Nam hiện dưới 10 ngày.

Ông Trần Minh Khôi, chuyên gia tư vấn du học có 15 năm kinh nghiệm, cho rằng khoảng 70% gia đình chọn Mỹ vì chất lượng đào tạo và cơ hội việc làm sau tốt nghiệp.

Lệ Nguyễn

Chia sẻ | 36 bình luận
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 31.310 sinh viên", "31.310", 31310, "count", "sinh viên", "sinh viên Việt Nam theo học tại Mỹ",
        change=ch("increase", 5.8, "%", "năm trước")),
    fig("đứng thứ 5", "5", 5, "rank", "hạng", "thứ hạng Việt Nam trong số các quốc gia có nhiều du học sinh nhất tại Mỹ"),
    fig("14.863 người", "14.863", 14863, "count", "người", "sinh viên Việt Nam tại Mỹ học bậc đại học", total=31310, percent=47.5),
    fig("6.742 người", "6.742", 6742, "count", "người", "sinh viên Việt Nam tại Mỹ học sau đại học", total=31310),
    fig("khoảng 1,1 tỷ USD", "1,1", 1.1e9, "money", "USD", "đóng góp của sinh viên Việt Nam cho nền kinh tế Mỹ mỗi năm",
        approx="about", status="estimate"),
    fig("từ 35.000 đến 70.000 USD/năm", "35.000", 35000, "money", "USD/năm", "chi phí du học Mỹ", value_max=70000),
    fig("khoảng 62.300 du học sinh", "62.300", 62300, "count", "du học sinh", "du học sinh Việt Nam tại Nhật Bản", approx="about"),
    fig("Hàn Quốc 43.700 người", "43.700", 43700, "count", "người", "du học sinh Việt Nam tại Hàn Quốc"),
    fig("hơn 33.000 người", "33.000", 33000, "count", "người", "du học sinh Việt Nam tại Úc", approx="over"),
    fig("gần 24.000 người", "24.000", 24000, "count", "người", "du học sinh Việt Nam tại Canada", approx="nearly"),
    fig("khoảng 200.000 người", "200.000", 200000, "count", "người", "người Việt Nam đang du học", approx="about",
        change=ch("increase", 1.8, "lần", "năm 2015", approx="nearly")),
    fig("dành 39 suất", "39", 39, "count", "suất học bổng", "suất học bổng Fulbright cho ứng viên Việt Nam", Y24),
    fig("khoảng 2,9 triệu USD", "2,9", 2.9e6, "money", "USD", "tổng trị giá học bổng Fulbright", Y24, approx="about"),
    fig("dưới 10 ngày", "10", 10, "measure", "ngày", "thời gian chờ phỏng vấn thị thực du học",
        approx="under"),
    fig("khoảng 70% gia đình", "70", 70, "percent", "%", "gia đình chọn Mỹ vì chất lượng đào tạo và cơ hội việc làm",
        approx="about"),
    fig("có 15 năm", "15", 15, "measure", "năm", "kinh nghiệm của chuyên gia", optional=True),
]

COMMENTS = [
    "National press: du học sinh Việt Nam tại Mỹ (Open Doors 2024) và các điểm đến khác. Dateline 'Thứ hai, 18/11/2024, 07:00 (GMT+7)'.",
    "Location Việt Nam throughout: host countries are not places of the figure (kept in the subject).",
    "The Open Doors figures have no period phrase (report name 'Open Doors 2024' is a name; 'năm trước' is only a baseline): no period.",
    "'Trong đó, 14.863 … chiếm 47,5%; 6.742 …' are parts of 31.310. 'tăng gần 1,8 lần so với năm 2015' is the change of 200.000 (lần, nearly).",
    "'Theo ước tính …' makes 1,1 tỷ USD an estimate. 'từ 35.000 đến 70.000 USD/năm' is a money range.",
    "'có 15 năm kinh nghiệm' (a person's experience, a duration) is optional.",
    "Distractors: 'năm thứ hai liên tiếp' (ordinal), 'Open Doors 2024', 'hôm 18/11', 'thị thực F-1', '36 bình luận', '(GMT+7)'.",
]

if __name__ == "__main__":
    write("p692-6", TEXT, COMMENTS, FIGS, published="2024-11-18", location="Việt Nam")
