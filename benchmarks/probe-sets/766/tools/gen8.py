"""p766-8: Đà Nẵng city portal — xưởng in chữ nổi, học sinh khiếm thị, Hội Người mù thành phố."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Văn hóa - Xã hội
Ngày cập nhật 05/12/2023

Xưởng in chữ nổi phát hành hơn 12.000 bản sách trong 11 tháng

Xưởng in chữ nổi thuộc Trung tâm Giáo dục hòa nhập trẻ khiếm thị thành phố (K20 Phan Thanh, quận Thanh Khê) cho biết, 11 tháng năm 2023 đã in và phát hành 12.350 bản sách chữ nổi, tăng 22,5% so với cùng kỳ năm 2022, đạt 95% kế hoạch năm.

Trong số đó có 8.940 bản sách giáo khoa phục vụ học sinh khiếm thị từ lớp 1 đến lớp 12, còn lại là truyện, tài liệu kỹ năng sống và tài liệu học nghề xoa bóp. Sách được cấp miễn phí cho học sinh tại Đà Nẵng và gửi đến các tỉnh miền Trung - Tây Nguyên.

Quý III/2023, Trung tâm tiếp nhận thêm 23 học sinh, nâng tổng số học sinh đang theo học lên 186 em, trong đó 74 em học hòa nhập tại các trường phổ thông. Tỷ lệ học sinh hoàn thành chương trình năm học 2022-2023 đạt 97,8%.

Kinh phí hoạt động năm 2023 của xưởng in ước đạt 2,35 tỷ đồng, trong đó ngân sách thành phố cấp 1,6 tỷ đồng. Giá thành bình quân một bản sách chữ nổi khoảng 190.000 đồng.

Đà Nẵng hiện có 1.870 người khiếm thị; Hội Người mù thành phố có 780 hội viên ở 7 quận, huyện. Trong đó, Thanh Khê (162 hội viên), Liên Chiểu (138 hội viên) và Hải Châu (125 hội viên) là những địa phương có số hội viên đông nhất.

Năm 2024, xưởng in dự kiến phát hành khoảng 14.000 bản sách, tăng 13% so với năm 2023.
"""

M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")
Q3 = P("Quý III/2023", "2023-07-01", "2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 12.000 bản sách", "12.000", 12000, "count", "bản sách", "sách chữ nổi xưởng in phát hành", INH(M11), approx="over"),
    F("phát hành 12.350 bản", "12.350", 12350, "count", "bản sách chữ nổi", "sách chữ nổi in và phát hành", M11,
      percent=95, change=CH("increase", 22.5, "%", "cùng kỳ năm 2022")),
    F("có 8.940 bản", "8.940", 8940, "count", "bản sách giáo khoa", "sách giáo khoa chữ nổi phục vụ học sinh khiếm thị", INH(M11),
      total=12350),
    F("thêm 23 học sinh", "23", 23, "count", "học sinh", "học sinh Trung tâm tiếp nhận thêm", Q3),
    F("lên 186 em", "186", 186, "count", "em", "tổng số học sinh đang theo học", Q3),
    F("trong đó 74 em", "74", 74, "count", "em", "học sinh học hòa nhập tại các trường phổ thông", Q3, total=186),
    F("đạt 97,8%", "97,8", 97.8, "percent", "%", "tỷ lệ học sinh hoàn thành chương trình năm học"),
    F("ước đạt 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "kinh phí hoạt động của xưởng in", Y23, status="estimate"),
    F("cấp 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "ngân sách thành phố cấp", Y23, total=2350000000,
      status="estimate"),
    F("khoảng 190.000 đồng", "190.000", 190000, "money", "đồng", "giá thành bình quân một bản sách chữ nổi", approx="about"),
    F("có 1.870 người khiếm thị", "1.870", 1870, "count", "người khiếm thị", "người khiếm thị"),
    F("có 780 hội viên", "780", 780, "count", "hội viên", "hội viên Hội Người mù thành phố"),
    F("ở 7 quận, huyện", "7", 7, "count", "quận, huyện", "quận, huyện có hội viên"),
    F("Thanh Khê (162 hội viên)", "162", 162, "count", "hội viên", "số hội viên", total=780, location="Thanh Khê"),
    F("Liên Chiểu (138 hội viên)", "138", 138, "count", "hội viên", "số hội viên", total=780, location="Liên Chiểu"),
    F("Hải Châu (125 hội viên)", "125", 125, "count", "hội viên", "số hội viên", total=780, location="Hải Châu"),
    F("khoảng 14.000 bản", "14.000", 14000, "count", "bản sách", "sách chữ nổi phát hành", Y24, approx="about",
      change=CH("increase", 13, "%", "năm 2023"), status="forecast"),
]

COMMENTS = [
    "Đà Nẵng city portal (invented): 'Ngày cập nhật 05/12/2023' (no time); xưởng in chữ nổi, Trung tâm giáo dục trẻ khiếm thị, Hội Người mù.",
    "Distractors: 'K20 Phan Thanh, quận Thanh Khê' (address: the workshop's figures stay Đà Nẵng), 'từ lớp 1 đến lớp 12', 'năm học 2022-2023'.",
    "'11 tháng năm 2023' ends 2023-11-30; headline '11 tháng' inherits it. 'Trong số đó' and 'Trong đó' (after a sentence break) give totals;",
    "the bracketed district list after 'Trong đó' counts hội viên, so its whole is 780 (not the 7 districts). 'ước đạt' continues into the",
    "'trong đó' clause (estimate). 97,8% 'năm học 2022-2023': a school year is not a calendar period in FIGURES.md, so no period is given.",
]

if __name__ == "__main__":
    emit("p766-8", TEXT, COMMENTS, FIGS, published="2023-12-05", location="Đà Nẵng")
