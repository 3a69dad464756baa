"""p1302-4: provincial newspaper (Báo Cần Thơ, tag '(CTO) -'): students hunting for rooms in quận Ninh Kiều, September 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO CẦN THƠ ĐIỆN TỬ
Thời sự | Xã hội | Giáo dục | Kinh tế

Thứ Hai, 09/09/2024 | 07:15

Sinh viên chật vật tìm phòng trọ đầu năm học

Giá phòng trọ quanh các trường đại học ở quận Ninh Kiều tăng từ 200.000 đến 500.000 đồng mỗi phòng so với năm trước, trong khi ký túc xá chỉ đáp ứng khoảng 30% nhu cầu.

(CTO) - Những ngày đầu tháng 9, khu vực hẻm 51 đường 3 Tháng 2 và các tuyến đường Nguyễn Văn Cừ, Trần Hoàng Na luôn nhộn nhịp cảnh sinh viên đi tìm trọ.

Em Lê Thị Thu Hà, sinh viên năm thứ hai Trường Đại học Cần Thơ, cho biết phòng trọ rộng khoảng 16 m2 em thuê chung với 2 bạn nay có giá 1,6 triệu đồng/tháng, chưa kể tiền điện 3.800 đồng/kWh. "Năm ngoái phòng này chỉ 1,3 triệu đồng, giờ mỗi đứa phải góp hơn 530.000 đồng", Hà nói.

Ông Trần Văn Phúc, chủ dãy trọ 28 phòng ở phường An Khánh, cho biết do giá điện, nước và chi phí sửa chữa đều tăng nên ông điều chỉnh giá thêm khoảng 10%. Hiện 25/28 phòng đã có người thuê. Theo ông, riêng khu vực này có gần ba chục dãy trọ mới xây trong hai năm qua.

Theo Sở Giáo dục và Đào tạo TP Cần Thơ, thành phố hiện có 7 trường đại học với hơn 72.000 sinh viên chính quy, trong đó khoảng 45% đến từ các tỉnh khác. Tổng số chỗ ở trong các ký túc xá mới đạt khoảng 10.500 chỗ, chủ yếu của Trường Đại học Cần Thơ (gần 8.000 chỗ). Năm nay, trường này nhận 3.120 hồ sơ đăng ký ở nội trú, tăng 15% so với năm 2023, nhưng chỉ xếp được 2.400 chỗ.

NGỌC TRÂN
"""

NOW = period("Năm nay", "2024-01-01", "2024-12-31")
LAST = period("Năm ngoái", "2023-01-01", "2023-12-31")
CT = "Cần Thơ"

FIGS = [
    F("từ 200.000 đến 500.000", "200.000", 200000, "money", "đồng/phòng", value_max=500000,
      subject="giá phòng trọ quanh các trường đại học tăng so với năm trước"),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="nhu cầu chỗ ở ký túc xá đáp ứng", location=CT),
    F("khoảng 16 m2", "16", 16, "measure", "m2", approx="about",
      subject="diện tích phòng trọ"),
    F("với 2 bạn", "2", 2, "count", "bạn",
      subject="bạn thuê chung phòng trọ"),
    F("giá 1,6 triệu", "1,6", 1.6e6, "money", "đồng/tháng",
      subject="giá phòng trọ"),
    F("điện 3.800", "3.800", 3800, "money", "đồng/kWh",
      subject="tiền điện"),
    F("chỉ 1,3 triệu", "1,3", 1.3e6, "money", "đồng",
      subject="giá phòng trọ", per=LAST),
    F("hơn 530.000", "530.000", 530000, "money", "đồng/người", approx="over",
      subject="tiền mỗi người thuê phải góp"),
    F("dãy trọ 28 phòng", "28", 28, "count", "phòng",
      subject="phòng của dãy trọ ông Trần Văn Phúc"),
    F("thêm khoảng 10%", "10", 10, "percent", "%", approx="about",
      subject="mức điều chỉnh tăng giá thuê phòng"),
    F("Hiện 25/28", "25", 25, "count", "phòng", total=28,
      subject="phòng đã có người thuê"),
    F("gần ba chục", "ba chục", 30, "count", "dãy trọ", approx="nearly",
      subject="dãy trọ mới xây trong khu vực"),
    F("có 7 trường", "7", 7, "count", "trường đại học",
      subject="trường đại học trên địa bàn thành phố", location=CT),
    F("hơn 72.000", "72.000", 72000, "count", "sinh viên chính quy", approx="over",
      subject="sinh viên chính quy các trường đại học", location=CT),
    F("khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="sinh viên đến từ các tỉnh khác", location=CT),
    F("khoảng 10.500 chỗ", "10.500", 10500, "count", "chỗ", approx="about",
      subject="tổng số chỗ ở trong các ký túc xá", location=CT),
    F("(gần 8.000 chỗ)", "8.000", 8000, "count", "chỗ", approx="nearly",
      subject="chỗ ở ký túc xá của Trường Đại học Cần Thơ", location=CT),
    F("nhận 3.120 hồ sơ", "3.120", 3120, "count", "hồ sơ",
      change=change("increase", 15, "%", "năm 2023"),
      subject="hồ sơ đăng ký ở nội trú Trường Đại học Cần Thơ nhận", per=NOW, location=CT),
    F("xếp được 2.400 chỗ", "2.400", 2400, "count", "chỗ",
      subject="chỗ ở nội trú Trường Đại học Cần Thơ xếp được", per=NOW, location=CT),
]

NOTES = [
    "Provincial newspaper (Báo Cần Thơ): menu, 'Thứ Hai, 09/09/2024 | 07:15' (published), sapo, tag '(CTO) -', byline at the end.",
    "Distractors: 'hẻm 51 đường 3 Tháng 2' (address, street name with a number), 'đầu tháng 9', 'năm thứ hai' (year of study),",
    "'trong hai năm qua' (a duration locating the count), 07:15.",
    "Sapo 'tăng từ 200.000 đến 500.000 đồng mỗi phòng so với năm trước': the increase is the claim (no base price in the",
    "sentence), so it is the figure (money, range, đồng/phòng) with no change object, as FIGURES.md treats a growth rate that is the claim.",
    "Student and landlord figures stand in quận Ninh Kiều (the sapo's frame; phường An Khánh is in Ninh Kiều): default location",
    "Ninh Kiều. City-wide figures (Sở GD&ĐT, the ký túc xá share in the sapo, Trường Đại học Cần Thơ) are Cần Thơ (borderline).",
    "'Năm ngoái' = 2023 (published 2024); 'Năm nay' = 2024; standing prices and sizes get no period.",
    "'25/28 phòng' → total 28. '(gần 8.000 chỗ)' after 'chủ yếu của ...' is one part that does not add up to 10.500: no total.",
    "'trong đó khoảng 45% đến từ các tỉnh khác' is a percent figure of its own. 'gần ba chục' = nearly 30 (number word).",
]

if __name__ == "__main__":
    write("p1302-4", TEXT, NOTES, FIGS, published="2024-09-09", location="Ninh Kiều")
