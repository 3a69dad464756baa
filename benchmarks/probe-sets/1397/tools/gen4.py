"""p1397-4: provincial Party newspaper (Báo Ninh Thuận, tag (NTO)): nuclear human-resource training."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NINH THUẬN
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao

Chuẩn bị nguồn nhân lực cho điện hạt nhân: Đi trước một bước

Thứ Sáu, 09/05/2025 | 15:12

Dự án điện hạt nhân được tái khởi động đặt ra yêu cầu cấp bách về đào tạo nguồn nhân lực chất lượng cao, nhất là đội ngũ kỹ sư vận hành.

(NTO) - Giai đoạn 2010-2016, tỉnh đã cử 37 sinh viên đi học chuyên ngành năng lượng hạt nhân tại Liên bang Nga, trong đó 21 người đã tốt nghiệp về nước. Tuy nhiên, sau khi dự án tạm dừng, hiện chỉ còn 9 người làm việc đúng chuyên ngành.

Theo Đề án phát triển nguồn nhân lực phục vụ dự án điện hạt nhân giai đoạn 2025-2035 vừa được UBND tỉnh phê duyệt, tỉnh dự kiến cử 150 sinh viên đi đào tạo ở nước ngoài, gồm 90 sinh viên tại Liên bang Nga và 60 sinh viên tại Nhật Bản. Đề án cũng dự kiến mỗi năm tuyển chọn từ 15 đến 20 học sinh giỏi vào hệ dự bị đại học. Sinh viên được hỗ trợ sinh hoạt phí 12 triệu đồng/người/tháng; tổng kinh phí đề án khoảng 320 tỷ đồng.

Năm 2025, Trường Cao đẳng Kỹ thuật Phan Rang tuyển sinh 120 học viên các ngành điện, cơ khí phục vụ dự án, tăng 35% so với năm 2024. Tỷ lệ lao động qua đào tạo của tỉnh hiện đạt 68,5%, đứng thứ 4 khu vực Duyên hải Nam Trung Bộ; mục tiêu đến năm 2030 đạt 75%.

Theo ông Đặng Hữu Phước, Giám đốc Sở Khoa học và Công nghệ, để vận hành nhà máy Ninh Thuận 1, dự án cần khoảng 1.500 - 2.000 nhân lực; riêng kỹ sư có chuyên môn sâu về hạt nhân cần ít nhất 300 người.

Bài, ảnh: HOÀNG LÂM

Tin cùng chuyên mục:
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 21
"""

G1016 = per("Giai đoạn 2010-2016", "2010-01-01", "2016-12-31")
G2535 = per("giai đoạn 2025-2035", "2025-01-01", "2035-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("cử 37 sinh viên", "37", 37, "count", "sinh viên", period=G1016,
        subject="sinh viên đi học chuyên ngành năng lượng hạt nhân tại Liên bang Nga"),
    fig("21 người", "21", 21, "count", "người", total=37, period=G1016,
        subject="người đã tốt nghiệp về nước"),
    fig("còn 9 người", "9", 9, "count", "người", subject="người làm việc đúng chuyên ngành"),
    fig("cử 150 sinh viên", "150", 150, "count", "sinh viên", status="forecast", period=G2535,
        subject="sinh viên đi đào tạo ở nước ngoài"),
    fig("gồm 90 sinh viên", "90", 90, "count", "sinh viên", total=150, status="forecast", period=G2535,
        subject="sinh viên đi đào tạo tại Liên bang Nga"),
    fig("và 60 sinh viên", "60", 60, "count", "sinh viên", total=150, status="forecast", period=G2535,
        subject="sinh viên đi đào tạo tại Nhật Bản"),
    fig("từ 15 đến 20 học sinh", "15", 15, "measure", "học sinh/năm", value_max=20, status="forecast",
        subject="học sinh giỏi tuyển chọn vào hệ dự bị đại học"),
    fig("phí 12 triệu", "12", 12e6, "money", "đồng/người/tháng", subject="sinh hoạt phí hỗ trợ sinh viên"),
    fig("khoảng 320 tỷ", "320", 320e9, "money", "đồng", approx="about", subject="tổng kinh phí đề án"),
    fig("sinh 120 học viên", "120", 120, "count", "học viên", change=chg("increase", 35, "%", "năm 2024"),
        period=Y25, subject="học viên các ngành điện, cơ khí Trường Cao đẳng Kỹ thuật Phan Rang tuyển sinh"),
    fig("đạt 68,5%", "68,5", 68.5, "percent", "%", subject="tỷ lệ lao động qua đào tạo của tỉnh"),
    fig("thứ 4", "4", 4, "rank", "hạng", subject="tỷ lệ lao động qua đào tạo của tỉnh khu vực Duyên hải Nam Trung Bộ"),
    fig("đạt 75%", "75", 75, "percent", "%", status="target", period=T30,
        subject="tỷ lệ lao động qua đào tạo của tỉnh"),
    fig("khoảng 1.500 - 2.000", "1.500", 1500, "count", "nhân lực", value_max=2000, approx="about",
        subject="nhân lực dự án cần để vận hành nhà máy Ninh Thuận 1"),
    fig("ít nhất 300 người", "300", 300, "count", "người", approx="at_least",
        subject="kỹ sư có chuyên môn sâu về hạt nhân dự án cần"),
]

NOTES = [
    "Provincial Party newspaper (Báo Ninh Thuận): menu, headline, 'Thứ Sáu, 09/05/2025 | 15:12', sapo, tag '(NTO) -', byline, related link.",
    "Distractors: 'Đi trước một bước' (idiom in the headline), 'Ninh Thuận 1', 'lần thứ 21', periods 2010-2016 / 2025-2035 / 2030,",
    "time 15:12. Location: Ninh Thuận throughout (NTO tag; Liên bang Nga and Nhật Bản are training partners, not places of figures).",
    "'gồm 90 ... và 60' are parts of 150 (total), forecast like the whole. 'mỗi năm ... từ 15 đến 20 học sinh' is a yearly rate:",
    "measure, unit học sinh/năm. 'riêng kỹ sư ... ít nhất 300 người' has no part-of cue in the spec ('riêng'), so no total.",
    "'hiện chỉ còn 9 người' has no cue to 37 or 21: no total. 'đứng thứ 4' rank of the province's trained-labour rate.",
    "'dự án cần khoảng 1.500 - 2.000' and 'cần ít nhất 300' carry no status cue: actual.",
]

if __name__ == "__main__":
    write("p1397-4", TEXT, NOTES, FIGS, published="2025-05-09", location="Ninh Thuận")
