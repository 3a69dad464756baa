"""p1192-6: national newspaper, surimi plants in Cà Mau short of raw fish; national figures."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa

Thứ Ba, 12/3/2024, 14:20 (GMT+7)

Nhà máy surimi thiếu cá nguyên liệu

Nhiều nhà máy surimi ở Cà Mau chỉ chạy 50-60% công suất vì thiếu cá tạp, giá cá nguyên liệu tăng gần 30% so với cùng kỳ.

Tại thị trấn Sông Đốc, huyện Trần Văn Thời, Công ty cổ phần Surimi Sông Đốc có công suất thiết kế 60 tấn thành phẩm mỗi ngày, nhưng hai tháng đầu năm chỉ sản xuất bình quân 27 tấn/ngày. Ông Lê Minh Tâm, Phó giám đốc, cho biết công ty phải cho khoảng 140 trong số 420 công nhân nghỉ luân phiên. "Giá cá đổng, cá mối về nhà máy đã lên 19.000-21.000 đồng/kg, trong khi đối tác Hàn Quốc chỉ trả khoảng 1.650 USD/tấn surimi", ông nói.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), cả nước có khoảng 80 doanh nghiệp xuất khẩu surimi, mỗi năm cần từ 900.000 đến 1 triệu tấn cá nguyên liệu. Hai tháng đầu năm, xuất khẩu surimi đạt 41 triệu USD, giảm 7% so với cùng kỳ năm 2023; riêng tháng 2 đạt 16,5 triệu USD do trùng kỳ nghỉ Tết Nguyên đán. Ba thị trường Hàn Quốc, Nhật Bản, Thái Lan chiếm gần 70% kim ngạch.

VASEP dự báo quý II, giá cá nguyên liệu trong cả nước có thể hạ nhiệt khi vào mùa khai thác, song vẫn ở mức trên 17.000 đồng/kg. Năm 2024, ngành phấn đấu kim ngạch xuất khẩu surimi đạt 350 triệu USD, tăng khoảng 4% so với năm 2023.

Hoài Thu
"""

M2 = P("hai tháng đầu năm", "2024-01-01", "2024-02-29")
M2B = P("Hai tháng đầu năm", "2024-01-01", "2024-02-29")
FEB = P("tháng 2", "2024-02-01", "2024-02-29")
Q2 = P("quý II", "2024-04-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TVT = "Trần Văn Thời"
VN = "Việt Nam"

FIGS = [
    F("chạy 50-60%", "50", 50, "percent", "%", value_max=60, subject="công suất hoạt động của nhà máy surimi"),
    F("tăng gần 30%", "30", 30, "percent", "%", approx="nearly", subject="giá cá nguyên liệu tăng so với cùng kỳ"),
    F("thiết kế 60 tấn", "60", 60, "measure", "tấn/ngày", subject="công suất thiết kế của công ty", location=TVT),
    F("bình quân 27 tấn/ngày", "27", 27, "measure", "tấn/ngày", subject="sản lượng sản xuất bình quân của công ty",
      period=M2, location=TVT),
    F("khoảng 140 trong", "140", 140, "count", "công nhân", approx="about", total=420,
      subject="công nhân nghỉ luân phiên", location=TVT),
    F("số 420 công nhân", "420", 420, "count", "công nhân", optional=True, subject="công nhân của công ty", location=TVT),
    F("19.000-21.000", "19.000", 19000, "money", "đồng/kg", value_max=21000,
      subject="giá cá đổng, cá mối về nhà máy", location=TVT),
    F("khoảng 1.650 USD", "1.650", 1650, "money", "USD/tấn", approx="about",
      subject="giá đối tác Hàn Quốc trả cho surimi", location=TVT),
    F("khoảng 80 doanh nghiệp", "80", 80, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp xuất khẩu surimi", location=VN),
    F("từ 900.000 đến 1 triệu", "900.000", 900000, "measure", "tấn/năm", value_max=1e6,
      subject="cá nguyên liệu cần mỗi năm", location=VN),
    F("đạt 41 triệu", "41", 41e6, "money", "USD", change=C("decrease", 7, "%", "cùng kỳ năm 2023"),
      subject="xuất khẩu surimi", period=M2B, location=VN),
    F("đạt 16,5 triệu", "16,5", 16.5e6, "money", "USD", subject="xuất khẩu surimi", period=FEB, location=VN),
    F("Ba thị trường", "Ba", 3, "count", "thị trường", optional=True,
      subject="thị trường chính của surimi", location=VN),
    F("gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="tỷ trọng kim ngạch xuất khẩu surimi của Hàn Quốc, Nhật Bản, Thái Lan", period=I(M2B), location=VN),
    F("trên 17.000", "17.000", 17000, "money", "đồng/kg", approx="over", status="forecast",
      subject="giá cá nguyên liệu", period=Q2, location=VN),
    F("đạt 350 triệu", "350", 350e6, "money", "USD", status="target",
      change=C("increase", 4, "%", "năm 2023", approx="about"), subject="kim ngạch xuất khẩu surimi",
      period=Y24, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ Ba, 12/3/2024, 14:20 (GMT+7)', byline at the end. Default location Cà Mau (sapo);",
    "the Sông Đốc company is in huyện Trần Văn Thời (its figures get that district); VASEP figures and 'cả nước' are Việt Nam.",
    "'hai tháng đầu năm' is a period in words (not a figure); its year comes from published / 'cùng kỳ năm 2023'.",
    "'khoảng 140 trong số 420 công nhân': part with total 420 (420 itself optional, see below). 'riêng tháng 2' is a sub-period, no total.",
    "revised after the first run: 420 made optional; the whole after 'trong số' is the total attribute of 140 (FIGURES.md: numbers that belong to another figure are attributes; cf. shared gold h01).",
    "'Ba thị trường Hàn Quốc, Nhật Bản, Thái Lan' only counts the names that follow: optional.",
    "Distractors: 14:20, (GMT+7), 'Tết Nguyên đán', 'quý II' (period). 'mỗi ngày', 'mỗi năm' go into the unit.",
]

if __name__ == "__main__":
    write("p1192-6", TEXT, NOTES, FIGS, published="2024-03-12", location="Cà Mau")
