"""p698-8: provincial radio-TV site (Đắk Lắk), groundbreaking of a special school; disability figures."""
from lib import fig, period, inh, change, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐẮK LẮK
Thời sự > Xã hội
23/08/2024 16:30

Khởi công trường chuyên biệt 68,5 tỷ đồng cho trẻ khuyết tật

(DRT) - Sáng 23/8, UBND tỉnh Đắk Lắk khởi công xây dựng Trường Phổ thông chuyên biệt Hy Vọng với tổng vốn đầu tư 68,5 tỷ đồng từ ngân sách tỉnh và nguồn xã hội hóa.

Công trình xây dựng trên diện tích hơn 1,2 ha, gồm 24 phòng học, 8 phòng can thiệp cá nhân và khu nội trú cho 120 học sinh; dự kiến hoàn thành trong quý II/2025.

Trường Hy Vọng hiện nuôi dạy 186 học sinh khuyết tật, gồm 72 em khiếm thính, 38 em khiếm thị và 76 em khuyết tật trí tuệ, tự kỷ. Đội ngũ có 42 giáo viên, trong đó 35 người có trình độ đại học trở lên. Năm học 2023-2024, nhà trường đã chuyển tiếp 27 em sang học hòa nhập tại các trường phổ thông, tăng 9 em so với năm học trước.

Theo Sở Lao động - Thương binh và Xã hội, Đắk Lắk có hơn 61.000 người khuyết tật, tương đương khoảng 324 người/vạn dân, trong đó trẻ em khuyết tật chiếm 14,8%. Giai đoạn 2021-2023, tỉnh đã chi 45,26 tỷ đồng cho giáo dục người khuyết tật, bình quân 15,1 tỷ đồng/năm. Tỉnh phấn đấu đến năm 2025 có 75% trẻ khuyết tật trong độ tuổi được đi học.

Phát biểu tại lễ khởi công, Phó Chủ tịch UBND tỉnh đề nghị nhà thầu là Công ty CP Xây dựng 47 bảo đảm chất lượng, tiến độ. Đây là trường chuyên biệt thứ hai của tỉnh, sau Trường Khiếm thị Tương Lai bên Quốc lộ 14 ở thị xã Buôn Hồ.
"""

G = period("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
H = "học sinh khuyết tật Trường Hy Vọng nuôi dạy"

FIGS = [
    fig("biệt 68,5 tỷ", "68,5", 68.5e9, "money", "đồng", "vốn đầu tư trường chuyên biệt cho trẻ khuyết tật"),
    fig("tư 68,5 tỷ", "68,5", 68.5e9, "money", "đồng", "tổng vốn đầu tư Trường Phổ thông chuyên biệt Hy Vọng"),
    fig("hơn 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích công trình", approx="over"),
    fig("24 phòng học", "24", 24, "count", "phòng học", "phòng học"),
    fig("8 phòng", "8", 8, "count", "phòng", "phòng can thiệp cá nhân"),
    fig("120 học sinh", "120", 120, "count", "học sinh", "học sinh khu nội trú"),
    fig("186 học sinh", "186", 186, "count", "học sinh", H),
    fig("72 em", "72", 72, "count", "em", "học sinh khiếm thính", total=186),
    fig("38 em", "38", 38, "count", "em", "học sinh khiếm thị", total=186),
    fig("76 em", "76", 76, "count", "em", "học sinh khuyết tật trí tuệ, tự kỷ", total=186),
    fig("42 giáo viên", "42", 42, "count", "giáo viên", "giáo viên của Trường Hy Vọng"),
    fig("35 người", "35", 35, "count", "người", "giáo viên có trình độ đại học trở lên", total=42),
    fig("27 em", "27", 27, "count", "em", "học sinh chuyển tiếp sang học hòa nhập tại các trường phổ thông",
        period("Năm học 2023-2024", "2023-01-01", "2024-12-31"),
        change=change("increase", 9, "em", "năm học trước")),
    fig("hơn 61.000", "61.000", 61000, "count", "người", "người khuyết tật", approx="over"),
    fig("khoảng 324", "324", 324, "measure", "người/vạn dân", "người khuyết tật trên vạn dân", approx="about"),
    fig("14,8%", "14,8", 14.8, "percent", "%", "trẻ em khuyết tật trong số người khuyết tật"),
    fig("45,26 tỷ", "45,26", 45.26e9, "money", "đồng", "kinh phí tỉnh chi cho giáo dục người khuyết tật", G),
    fig("15,1 tỷ", "15,1", 15.1e9, "money", "đồng/năm", "kinh phí bình quân chi cho giáo dục người khuyết tật", G),
    fig("có 75% trẻ", "75", 75, "percent", "%", "trẻ khuyết tật trong độ tuổi được đi học",
        period("đến năm 2025", end="2025-12-31"), status="target"),
]

NOTES = [
    "Đài PT-TH Đắk Lắk site: groundbreaking of a special school (investment, area, rooms), its pupils and teachers, provincial",
    "disability figures and spending 2021-2023. Dateline '23/08/2024 16:30' (published). Location Đắk Lắk throughout",
    "(Buôn Hồ only names the other school, in a sentence without figures).",
    "Not figures: 'Sáng 23/8', '(DRT)', 'quý II/2025' (completion date), 'Công ty CP Xây dựng 47', 'thứ hai' (ordinal), 'Quốc lộ 14'.",
    "Headline and body repeat 68,5 tỷ: two figures (as shared h21 does). 'gồm 24 phòng học …' after 1,2 ha counts other things:",
    "no total. 72 + 38 + 76 = 186 after 'gồm' -> totals; '35 người' after 'trong đó' -> total 42.",
    "'tăng 9 em so với năm học trước' is the change of 27 em. 'tương đương khoảng 324 người/vạn dân' is a rate of its own",
    "(not a share); 'trong đó trẻ em khuyết tật chiếm 14,8%' is a percent figure of its own, not the percent of 61.000.",
    "'Năm học 2023-2024' read as the year span; 'Giai đoạn 2021-2023' per spec.",
]

if __name__ == "__main__":
    write("p698-8", TEXT, NOTES, FIGS, published="2024-08-23", location="Đắk Lắk")
