"""p1345-2: district portal (huyện Hải Hậu, Nam Định): free cervical screening in a commune, 2023 results, 2024 plan."""
from lib import F, opt_age, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Khám sàng lọc ung thư cổ tử cung miễn phí cho phụ nữ xã Hải Đông
21/05/2024 - 10:12

Ngày 18/5, Trung tâm Y tế huyện phối hợp với Hội Liên hiệp Phụ nữ huyện và Bệnh viện Phụ sản Nam Định tổ chức khám sàng lọc ung thư cổ tử cung miễn phí cho chị em xã Hải Đông.

Trong hai ngày, đoàn đã khám cho 612 phụ nữ, trong đó 438 người được làm xét nghiệm VIA và 174 người làm xét nghiệm HPV. Kết quả phát hiện 23 trường hợp VIA dương tính và 9 trường hợp nhiễm HPV nguy cơ cao; tất cả được tư vấn, hẹn tái khám tại tuyến trên.

Theo bác sĩ Vũ Thị Hằng, Phó Giám đốc Trung tâm Y tế huyện, năm 2023 toàn huyện đã khám sàng lọc cho 3.450 phụ nữ từ 30 đến 49 tuổi tại 8 xã, thị trấn; tỷ lệ phát hiện bất thường là 2,4%. Chi phí một lần xét nghiệm HPV từ 350.000 đến 500.000 đồng nên nhiều chị em vùng ven biển còn ngại đi khám.

Năm 2024, huyện phấn đấu khám sàng lọc cho khoảng 4.000 phụ nữ, mở rộng ra 12 xã ven biển. Dự kiến trong quý III, Trung tâm Y tế huyện phối hợp với Phòng Giáo dục và Đào tạo tiêm vắc xin HPV cho gần 1.100 học sinh nữ lớp 6.

Nguồn: Trung tâm Văn hóa, Thể thao và Truyền thông huyện

Tin khác:
- Hải Hậu ra quân Tháng hành động vì an toàn thực phẩm năm 2024
- Hội nghị triển khai công tác y tế quý II/2024

Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định
Điện thoại: 0228.3877.215
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = period("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("cho 612 phụ nữ", "612", 612, "count", "phụ nữ", subject="phụ nữ đoàn đã khám"),
    F("438 người", "438", 438, "count", "người", total=612,
      subject="người được làm xét nghiệm VIA"),
    F("174 người", "174", 174, "count", "người", total=612,
      subject="người làm xét nghiệm HPV"),
    F("23 trường hợp", "23", 23, "count", "trường hợp", subject="trường hợp VIA dương tính"),
    F("9 trường hợp", "9", 9, "count", "trường hợp", subject="trường hợp nhiễm HPV nguy cơ cao"),
    F("cho 3.450 phụ nữ", "3.450", 3450, "count", "phụ nữ",
      subject="phụ nữ được khám sàng lọc toàn huyện", per=Y23),
    opt_age("từ 30 đến 49 tuổi", "30", 30, 49),
    F("tại 8 xã", "8", 8, "count", "xã, thị trấn", subject="xã, thị trấn được khám sàng lọc", per=Y23),
    F("là 2,4%", "2,4", 2.4, "percent", "%", subject="tỷ lệ phát hiện bất thường", per=Y23),
    F("từ 350.000 đến 500.000", "350.000", 350000, "money", "đồng/lần", value_max=500000,
      subject="chi phí xét nghiệm HPV"),
    F("khoảng 4.000 phụ nữ", "4.000", 4000, "count", "phụ nữ", approx="about", status="target",
      subject="phụ nữ được khám sàng lọc", per=Y24),
    F("ra 12 xã", "12", 12, "count", "xã", status="target",
      subject="xã ven biển mở rộng khám sàng lọc", per=Y24),
    F("gần 1.100", "1.100", 1100, "count", "học sinh nữ", approx="nearly", status="forecast",
      subject="học sinh nữ được tiêm vắc xin HPV", per=Q3),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): portal banner, menu, '21/05/2024 - 10:12' under the headline, 'Nguồn:', 'Tin khác', address and phone footer.",
    "Distractors: 'Ngày 18/5', 'Trong hai ngày' (a duration that locates the event), 'Khu 4', phone 0228.3877.215, 'lớp 6', 'quý II/2024' and 'năm 2024' in links,",
    "and 'một lần' in 'Chi phí một lần xét nghiệm' (the rate's denominator: unit đồng/lần, not a figure).",
    "The commune event (18/5) has no month/year period phrase: no period. 438 and 174 follow 'trong đó' after 612: total 612.",
    "'tỷ lệ phát hiện bất thường là 2,4%' stands as its own figure after ';'. Location: Hải Hậu throughout (commune → its district).",
    "'Năm 2024, huyện phấn đấu' governs both clauses (target); 'Dự kiến trong quý III' → forecast, year from 'Năm 2024'.",
]

if __name__ == "__main__":
    write("p1345-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Hải Hậu")
