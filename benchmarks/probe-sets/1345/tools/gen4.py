"""p1345-4: Party/provincial newspaper (Báo Bắc Giang, (BGĐT)): free HPV vaccination for grade-6 girls."""
from lib import F, period, inherit, change, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Y tế | Văn hóa - Thể thao

Gần 7 nghìn nữ sinh được tiêm phòng HPV miễn phí
Cập nhật lúc 08:30, ngày 13/11/2024

(BGĐT) - Sau hai tháng triển khai, toàn tỉnh Bắc Giang đã tiêm vắc xin phòng ung thư cổ tử cung cho 6.850 nữ sinh lớp 6, đạt khoảng 74% số trẻ trong diện.

Thực hiện Nghị quyết số 47/2024/NQ-HĐND của HĐND tỉnh, từ tháng 9/2024, Bắc Giang triển khai tiêm miễn phí vắc xin HPV cho nữ sinh lớp 6. Tổng kinh phí giai đoạn 2024-2026 khoảng 36 tỷ đồng, trong đó ngân sách tỉnh bảo đảm 30 tỷ đồng, phần còn lại huy động xã hội hóa.

Theo ông Hoàng Văn Tuấn, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, đợt này có 221 điểm tiêm tại trường học và trạm y tế; ghi nhận 14 trường hợp phản ứng nhẹ sau tiêm như sốt, đau tại chỗ tiêm. Huyện Lục Ngạn có tỷ lệ tiêm cao nhất với 91,3%, tiếp đến là huyện Yên Thế (88,7%); TP Bắc Giang mới đạt 61,5% do nhiều phụ huynh còn e ngại.

Nếu tiêm dịch vụ, mỗi mũi vắc xin HPV có giá từ 1,7 đến 2,1 triệu đồng, nhiều gia đình ở vùng khó khăn không đủ điều kiện chi trả.

Mục tiêu đến hết năm 2024, tỉnh tiêm cho ít nhất 8.800 nữ sinh, tương đương 95% số trẻ trong diện; năm 2025 dự kiến tiêm tiếp cho khoảng 9.200 em.

NGỌC ANH

Tin cùng chuyên mục:
- Bắc Giang: Phòng, chống bệnh sởi trong trường học
- Hội nghị tổng kết Chương trình tiêm chủng mở rộng năm 2024
"""

PHASE = period("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
TO24 = period("đến hết năm 2024", None, "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 7 nghìn", "7", 7000, "count", "nữ sinh", approx="nearly",
      subject="nữ sinh được tiêm phòng HPV miễn phí"),
    F("cho 6.850 nữ sinh", "6.850", 6850, "count", "nữ sinh", percent=74,
      subject="nữ sinh được tiêm vắc xin phòng ung thư cổ tử cung"),
    F("khoảng 36 tỷ", "36", 36e9, "money", "đồng", approx="about",
      subject="tổng kinh phí tiêm vắc xin HPV", per=PHASE),
    F("bảo đảm 30 tỷ", "30", 30e9, "money", "đồng", total=36e9,
      subject="ngân sách tỉnh bảo đảm", per=PHASE),
    F("221 điểm tiêm", "221", 221, "count", "điểm tiêm",
      subject="điểm tiêm tại trường học và trạm y tế"),
    F("14 trường hợp", "14", 14, "count", "trường hợp", subject="trường hợp phản ứng nhẹ sau tiêm"),
    F("với 91,3%", "91,3", 91.3, "percent", "%", subject="tỷ lệ tiêm", location="Lục Ngạn"),
    F("Yên Thế (88,7%)", "88,7", 88.7, "percent", "%", subject="tỷ lệ tiêm", location="Yên Thế"),
    F("đạt 61,5%", "61,5", 61.5, "percent", "%", subject="tỷ lệ tiêm", location="TP Bắc Giang"),
    F("từ 1,7 đến 2,1", "1,7", 1.7e6, "money", "đồng/mũi", value_max=2.1e6,
      subject="giá vắc xin HPV tiêm dịch vụ"),
    F("ít nhất 8.800", "8.800", 8800, "count", "nữ sinh", approx="at_least", status="target",
      percent=95, subject="nữ sinh được tiêm", per=TO24),
    F("khoảng 9.200 em", "9.200", 9200, "count", "em", approx="about", status="forecast",
      subject="em được tiêm tiếp", per=Y25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): menu, headline figure, 'Cập nhật lúc 08:30, ngày 13/11/2024', tag '(BGĐT) -', byline, related links.",
    "Distractors: 08:30, 'Sau hai tháng triển khai' (a duration that locates the claim), 'lớp 6', Nghị quyết số 47/2024/NQ-HĐND, 'từ tháng 9/2024', link titles.",
    "'Gần 7 nghìn' = 7000 (nearly). 'đạt khoảng 74% số trẻ trong diện' is the percent of 6.850 (the 6.850 itself is exact); no period in the sapo.",
    "'Tổng kinh phí giai đoạn 2024-2026 khoảng 36 tỷ đồng, trong đó ngân sách tỉnh bảo đảm 30 tỷ': total 36 tỷ; no target cue, so actual.",
    "District rates: subject 'tỷ lệ tiêm', place in location (TP Bắc Giang → 'bắc giang' after the scorer strips 'TP').",
    "'Mục tiêu đến hết năm 2024' → target, start null, end 2024-12-31; 'tương đương 95%' is the percent of 8.800; 'năm 2025 dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1345-4", TEXT, NOTES, FIGS, published="2024-11-13", location="Bắc Giang")
