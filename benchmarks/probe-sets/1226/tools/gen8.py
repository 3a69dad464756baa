"""p1226-8: provincial newspaper online (Báo Bắc Ninh), Phong Khê paper village, 7 months 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC NINH ĐIỆN TỬ
Kinh tế | Công nghiệp - Làng nghề

Hơn 70% doanh nghiệp giấy Phong Khê đã vào cụm công nghiệp

Thứ Hai, 07/08/2023 - 09:12

(BNO) - 7 tháng đầu năm, các cơ sở tại phường Phong Khê (TP Bắc Ninh) sản xuất khoảng 410.000 tấn giấy các loại, tăng 4,5% so với cùng kỳ, trong đó giấy vệ sinh, giấy ăn khoảng 96.000 tấn.

Phường hiện có 93 doanh nghiệp và gần 120 hộ sản xuất giấy. Đến nay, đã có 68/93 doanh nghiệp di dời vào Cụm công nghiệp Phong Khê 1 và Phong Khê 2, đạt 73%. Hai cụm công nghiệp có diện tích lần lượt 12,8 ha và 56 ha, tỷ lệ lấp đầy đạt 100% và 87%.

Tại Công ty TNHH Giấy Ngọc Thành (CCN Phong Khê 2), 3 dây chuyền khép kín từ xeo giấy đến cắt, đóng gói mỗi ngày cho ra khoảng 45 tấn giấy vệ sinh, khăn giấy. Bà Nguyễn Thị Thanh, Giám đốc công ty cho biết, sau khi vào cụm, đơn vị đã đầu tư 35 tỷ đồng cho hệ thống xử lý nước thải, tuần hoàn tái sử dụng khoảng 80% lượng nước. Công ty có 125 lao động, lương bình quân 8 triệu đồng/tháng.

Hiện còn 25 doanh nghiệp và toàn bộ hộ sản xuất nằm xen kẽ trong khu dân cư. Tổng lượng nước thải của làng nghề khoảng 5.000 m3/ngày đêm, trong đó nhà máy xử lý nước thải tập trung mới tiếp nhận, xử lý được 3.400 m3/ngày đêm. UBND TP Bắc Ninh phấn đấu đến hết năm 2024 di dời xong các doanh nghiệp còn lại, nâng tỷ lệ nước thải được xử lý lên 100%.

Hoàng Anh
"""

M7 = per("7 tháng đầu năm", "2023-01-01", "2023-07-31")
NOW = per("Đến nay", None, "2023-08-07")
T24 = per("đến hết năm 2024", None, "2024-12-31")
NT = "Ngọc Thành"

FIGS = [
    fig("Hơn 70% doanh nghiệp", "70", 70, "percent", "%", approx="over",
        subject="doanh nghiệp giấy Phong Khê đã vào cụm công nghiệp"),
    fig("khoảng 410.000 tấn", "410.000", 410000, "measure", "tấn", approx="about",
        change=chg("increase", 4.5, "%", "cùng kỳ"), subject="giấy các loại sản xuất", period=M7),
    fig("khoảng 96.000 tấn", "96.000", 96000, "measure", "tấn", approx="about", total=410000,
        subject="giấy vệ sinh, giấy ăn", period=M7),
    fig("có 93 doanh nghiệp", "93", 93, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giấy"),
    fig("gần 120 hộ", "120", 120, "count", "hộ", approx="nearly", subject="hộ sản xuất giấy"),
    fig("có 68/93", "68", 68, "count", "doanh nghiệp", total=93, percent=73,
        subject="doanh nghiệp di dời vào cụm công nghiệp", period=NOW),
    fig("Hai cụm công nghiệp", "Hai", 2, "count", "cụm công nghiệp", optional=True,
        subject="cụm công nghiệp (refers back to the two named clusters)"),
    fig("lần lượt 12,8 ha", "12,8", 12.8, "measure", "ha", subject="diện tích Cụm công nghiệp Phong Khê 1"),
    fig("và 56 ha", "56", 56, "measure", "ha", subject="diện tích Cụm công nghiệp Phong Khê 2"),
    fig("đạt 100% và", "100", 100, "percent", "%", subject="tỷ lệ lấp đầy Cụm công nghiệp Phong Khê 1"),
    fig("và 87%", "87", 87, "percent", "%", subject="tỷ lệ lấp đầy Cụm công nghiệp Phong Khê 2"),
    fig("3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền khép kín của công ty"),
    fig("khoảng 45 tấn", "45", 45, "measure", "tấn/ngày", approx="about",
        subject="giấy vệ sinh, khăn giấy sản xuất mỗi ngày"),
    fig("đầu tư 35 tỷ đồng", "35", 35000000000, "money", "đồng", subject="đầu tư hệ thống xử lý nước thải"),
    fig("khoảng 80% lượng nước", "80", 80, "percent", "%", approx="about",
        subject="lượng nước tuần hoàn tái sử dụng"),
    fig("có 125 lao động", "125", 125, "count", "lao động", subject="lao động của công ty"),
    fig("bình quân 8 triệu", "8", 8000000, "money", "đồng/tháng", subject="lương bình quân"),
    fig("còn 25 doanh nghiệp", "25", 25, "count", "doanh nghiệp",
        subject="doanh nghiệp nằm xen kẽ trong khu dân cư"),
    fig("khoảng 5.000 m3", "5.000", 5000, "measure", "m3/ngày đêm", approx="about",
        subject="tổng lượng nước thải của làng nghề"),
    fig("được 3.400 m3", "3.400", 3400, "measure", "m3/ngày đêm", total=5000,
        subject="nước thải nhà máy xử lý nước thải tập trung tiếp nhận, xử lý"),
    fig("lên 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ nước thải được xử lý", period=T24),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Ninh): Phong Khê paper craft village. Headline figure, 'Thứ Hai, 07/08/2023 - 09:12', tag '(BNO) -', byline at the end.",
    "Location Bắc Ninh throughout (phường Phong Khê is a ward of TP Bắc Ninh; the city reduces to the same name).",
    "Distractors: 09:12, 'Cụm công nghiệp Phong Khê 1 và Phong Khê 2', 'CCN Phong Khê 2' (names with numbers), '(BNO)'.",
    "'7 tháng đầu năm' takes 2023 from published. 'Đến nay' is an as-of date at the published day. '68/93 ..., đạt 73%' -> total 93, percent 73.",
    "'Hai cụm' refers back to the two named clusters (optional). 'Hai cụm ... lần lượt 12,8 ha và 56 ha, tỷ lệ lấp đầy đạt 100% và 87%' -> a list: each item takes its cluster in the subject.",
    "'trong đó ... 3.400 m3/ngày đêm' is part of 5.000 m3/ngày đêm (same unit): total. 'mỗi ngày ... khoảng 45 tấn' -> rate tấn/ngày.",
    "'phấn đấu đến hết năm 2024 ... lên 100%' -> target. The company passage and 'Hiện' sentences carry no period.",
]

if __name__ == "__main__":
    write("p1226-8", TEXT, NOTES, FIGS, published="2023-08-07", location="Bắc Ninh")
