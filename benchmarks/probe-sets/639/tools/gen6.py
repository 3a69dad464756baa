import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, write

TEXT = """Giáo dục > Du học

Mỗi năm người Việt chi khoảng 3 tỷ USD cho du học

Thứ hai, 3/6/2024, 07:00 (GMT+7)

Việt Nam hiện có khoảng 137.000 du học sinh ở nước ngoài, theo số liệu Bộ Giáo dục và Đào tạo công bố hôm 31/5. Số du học sinh tự túc kinh phí chiếm hơn 90%.

Nhật Bản là điểm đến thu hút nhiều du học sinh Việt nhất với khoảng 41.000 người, tiếp theo là Hàn Quốc (hơn 37.000), Australia (28.100), Mỹ (21.900) và Canada (gần 12.000). Đáng chú ý, số du học sinh Việt sang Hàn Quốc năm 2023 tăng tới 31,5% so với năm 2022.

Theo ước tính của Viện Khoa học Giáo dục Việt Nam, chi phí trung bình cho một du học sinh dao động 20.000-35.000 USD/năm, tùy quốc gia và bậc học. Như vậy, tổng số tiền các gia đình Việt chi cho du học ước khoảng 3-4 tỷ USD mỗi năm, tương đương khoảng 0,8% GDP.

"Dòng tiền này lớn hơn nhiều so với nguồn thu từ lưu học sinh nước ngoài đến Việt Nam", một chuyên gia nhận xét. Năm 2023, Việt Nam tiếp nhận khoảng 21.000 lưu học sinh nước ngoài, trong đó gần 70% đến từ Lào và Campuchia; số học viên từ Hàn Quốc, Nhật Bản đang tăng nhanh.

Ông Nguyễn Văn Phúc, nguyên Thứ trưởng Giáo dục, cho rằng cần có chính sách thu hút người học quốc tế. Theo Chiến lược phát triển giáo dục, đến năm 2030, Việt Nam đặt mục tiêu đón 50.000 lưu học sinh quốc tế và có ít nhất 20 cơ sở giáo dục đại học có tên trong các bảng xếp hạng uy tín của châu Á.

Thanh Hằng
"""

T30 = per("đến năm 2030", end="2030-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("chi khoảng 3 tỷ USD", "3", 3e9, "money", "USD", "số tiền người Việt chi cho du học mỗi năm", approx="about"),
    fig("khoảng 137.000 du học sinh", "137.000", 137000, "count", "du học sinh", "du học sinh Việt Nam ở nước ngoài",
        approx="about"),
    fig("chiếm hơn 90%", "90", 90, "percent", "%", "du học sinh tự túc kinh phí", approx="over"),
    fig("khoảng 41.000 người", "41.000", 41000, "count", "người", "du học sinh Việt tại Nhật Bản", approx="about"),
    fig("(hơn 37.000)", "37.000", 37000, "count", "người", "du học sinh Việt tại Hàn Quốc", approx="over"),
    fig("(28.100)", "28.100", 28100, "count", "người", "du học sinh Việt tại Australia"),
    fig("(21.900)", "21.900", 21900, "count", "người", "du học sinh Việt tại Mỹ"),
    fig("(gần 12.000)", "12.000", 12000, "count", "người", "du học sinh Việt tại Canada", approx="nearly"),
    fig("tăng tới 31,5%", "31,5", 31.5, "percent", "%", "số du học sinh Việt sang Hàn Quốc", Y23),
    fig("20.000-35.000", "20.000", 20000, "money", "USD/năm", "chi phí trung bình cho một du học sinh", value_max=35000,
        status="estimate"),
    fig("khoảng 3-4 tỷ", "3", 3e9, "money", "USD", "tổng số tiền các gia đình Việt chi cho du học mỗi năm",
        value_max=4e9, approx="about", status="estimate", percent=0.8),
    fig("khoảng 21.000 lưu học sinh", "21.000", 21000, "count", "lưu học sinh",
        "lưu học sinh nước ngoài Việt Nam tiếp nhận", Y23, approx="about"),
    fig("gần 70%", "70", 70, "percent", "%", "lưu học sinh nước ngoài đến từ Lào và Campuchia", Y23, approx="nearly"),
    fig("đón 50.000 lưu học sinh", "50.000", 50000, "count", "lưu học sinh", "lưu học sinh quốc tế", T30, status="target"),
    fig("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở giáo dục đại học",
        "cơ sở giáo dục đại học có tên trong các bảng xếp hạng uy tín của châu Á", T30,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Probe 639-6. National online press ('Thứ hai, 3/6/2024, 07:00 (GMT+7)', section breadcrumb, byline at the end): Vietnamese",
    "students abroad, spending on study abroad, foreign students in Việt Nam. Location Việt Nam for all (destination countries",
    "are not places of the figure). Not figures: (GMT+7), 'hôm 31/5', 'năm 2022' as baseline.",
    "'tăng tới 31,5% so với năm 2022' is a growth rate that is the claim: percent, no change. 'tương đương khoảng 0,8% GDP' is the",
    "share (percent) of the 3-4 tỷ USD estimate ('ước khoảng' → estimate, approx about). 'gần 70%' after 'trong đó' is a percent",
    "figure (percents take no total). 'hiện có' gives no period.",
    "revised after the first run: '20.000-35.000 USD/năm' now status estimate — it stands in the clause opened by 'Theo ước tính",
    "của Viện …', and 'ước tính' is an estimate cue in FIGURES.md; the first gold had it actual.",
]

if __name__ == "__main__":
    write("p639-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
