"""p1401-5: provincial Party newspaper (Báo Bắc Giang): scholarships of a specialised high school, costs, province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Giáo dục | Thể thao

37 học sinh Trường THPT Chuyên Bắc Giang giành học bổng du học hơn 52 tỷ đồng

Thứ Năm, 20/06/2024 - 08:15

Nhiều học sinh của trường nhận thư mời nhập học kèm học bổng toàn phần từ các trường đại học ở Hoa Kỳ, Úc, Singapore.

(BGĐT) - Năm học 2023-2024, Trường THPT Chuyên Bắc Giang có 37 học sinh nhận học bổng du học từ các trường đại học nước ngoài, tổng giá trị hơn 52 tỷ đồng, tăng 9 em so với năm học trước. Trong đó, 21 em nhận học bổng của các trường tại Hoa Kỳ, 9 em tại Úc và 7 em tại Singapore, Anh, Canada. Nhiều suất học bổng toàn phần có giá trị từ 60.000 đến 85.000 USD mỗi năm.

Em Nguyễn Minh Khôi, lớp 12 Toán 1, nhận học bổng toàn phần trị giá khoảng 340.000 USD cho 4 năm học tại một trường đại học ở bang Ohio (Hoa Kỳ). Khôi đạt IELTS 8.0 và điểm SAT 1.540/1.600.

Theo thầy Lê Văn Thành, Hiệu trưởng nhà trường, 5 năm gần đây, số học sinh của trường giành học bổng du học tăng bình quân 15-20%/năm. Mỗi em thường mất từ 12 đến 18 tháng chuẩn bị hồ sơ, chi phí thi chứng chỉ và nộp hồ sơ khoảng 40-60 triệu đồng.

Toàn tỉnh hiện có 12 tổ chức tư vấn du học được Sở Giáo dục và Đào tạo cấp phép. Năm 2023, Bắc Giang có khoảng 2.300 người đi du học, chủ yếu sang Hàn Quốc và Nhật Bản. Tỉnh phấn đấu đến năm 2025 có ít nhất 50 học sinh giành học bổng du học.

Ngọc Ánh
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
SCH = "Trường THPT Chuyên Bắc Giang"

FIGS = [
    fig("37 học sinh Trường", "37", 37, "count", "học sinh",
        subject=f"học sinh {SCH} giành học bổng du học"),
    fig("du học hơn 52 tỷ", "52", 52e9, "money", "đồng", approx="over",
        subject="học bổng du học"),
    fig("có 37 học sinh", "37", 37, "count", "học sinh",
        change=chg("increase", 9, "em", "năm học trước"),
        subject="học sinh nhận học bổng du học từ các trường đại học nước ngoài"),
    fig("giá trị hơn 52 tỷ", "52", 52e9, "money", "đồng", approx="over",
        subject="tổng giá trị học bổng du học"),
    fig("21 em", "21", 21, "count", "em", total=37,
        subject="em nhận học bổng của các trường tại Hoa Kỳ"),
    fig("9 em tại Úc", "9", 9, "count", "em", total=37,
        subject="em nhận học bổng của các trường tại Úc"),
    fig("7 em", "7", 7, "count", "em", total=37,
        subject="em nhận học bổng của các trường tại Singapore, Anh, Canada"),
    fig("từ 60.000 đến 85.000", "60.000", 60000, "money", "USD/năm", value_max=85000,
        subject="giá trị suất học bổng toàn phần"),
    fig("khoảng 340.000 USD", "340.000", 340000, "money", "USD", approx="about",
        subject="học bổng toàn phần của em Nguyễn Minh Khôi"),
    fig("cho 4 năm học", "4", 4, "measure", "năm học", subject="thời gian học bổng", optional=True),
    fig("IELTS 8.0", "8.0", 8, "measure", "điểm", subject="IELTS Khôi đạt"),
    fig("SAT 1.540/1.600", "1.540", 1540, "measure", "điểm", total=1600, subject="điểm SAT của Khôi"),
    fig("bình quân 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="số học sinh của trường giành học bổng du học tăng bình quân"),
    fig("từ 12 đến 18 tháng", "12", 12, "measure", "tháng", value_max=18,
        subject="thời gian chuẩn bị hồ sơ"),
    fig("khoảng 40-60 triệu", "40", 40e6, "money", "đồng", value_max=60e6, approx="about",
        subject="chi phí thi chứng chỉ và nộp hồ sơ"),
    fig("có 12 tổ chức", "12", 12, "count", "tổ chức",
        subject="tổ chức tư vấn du học được Sở Giáo dục và Đào tạo cấp phép"),
    fig("khoảng 2.300 người", "2.300", 2300, "count", "người", approx="about",
        subject="người đi du học", period=Y23),
    fig("ít nhất 50 học sinh", "50", 50, "count", "học sinh", approx="at_least", status="target",
        subject="học sinh giành học bổng du học", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): menu, headline figures, 'Thứ Năm, 20/06/2024 - 08:15', sapo, tag '(BGĐT) -', byline at the end.",
    "Distractors: 08:15, 'lớp 12 Toán 1', 'bang Ohio', 'Năm học 2023-2024', '5 năm gần đây' (a span that only locates a rate).",
    "Headline figures (37 học sinh, hơn 52 tỷ đồng) are figures of their own, as in the model's headline figures.",
    "'tăng 9 em so với năm học trước' attaches to 37 across the 52-tỷ clause (spec: attributes attach across a clause).",
    "'Trong đó' parts 21/9/7 add up to 37: total 37. 'từ 60.000 đến 85.000 USD mỗi năm' → USD/năm range.",
    "'IELTS 8.0': English-style decimal (a lone '.' not followed by three digits) = 8. 'SAT 1.540/1.600' → 1540, total 1600.",
    "School-year figures ('Năm học 2023-2024') carry no gold period (the spec has no rule for school years); '4 năm học' optional.",
    "'tăng bình quân 15-20%/năm' is a growth rate as the claim: percent range, no change.",
]

if __name__ == "__main__":
    write("p1401-5", TEXT, NOTES, FIGS, published="2024-06-20", location="Bắc Giang")
