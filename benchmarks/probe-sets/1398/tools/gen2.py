"""p1398-2: district portal (huyện Yên Thành, Nghệ An): health centre's online queue numbers, quarter I/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Trung tâm Y tế huyện rút ngắn thời gian chờ khám nhờ lấy số trực tuyến

18/04/2024 - 15:10

Từ tháng 10/2023, Trung tâm Y tế huyện Yên Thành triển khai cho người bệnh lấy số thứ tự khám bệnh qua Zalo OA và tổng đài 0238.3863.115. Sau hơn sáu tháng, thời gian chờ làm thủ tục tại quầy tiếp đón giảm từ 35 phút xuống còn 12 phút.

Quý I/2024, Trung tâm tiếp nhận 28.460 lượt khám ngoại trú, tăng 11,5% so với cùng kỳ; trong đó 6.120 lượt đăng ký khám trước qua Zalo và tổng đài, chiếm 21,5%. Số lượt khám bảo hiểm y tế là 24.905 lượt, chiếm 87,5%.

Hiện Trung tâm bố trí 4 quầy tiếp đón và 15 phòng khám, trong đó có 2 phòng khám Y học cổ truyền; khu vực chờ được lắp thêm ba chục ghế và hai màn hình hiển thị số thứ tự.

Bác sĩ Phan Văn Hùng, Giám đốc Trung tâm cho biết, khảo sát 300 người bệnh ngoại trú trong tháng 3 cho thấy 92,7% hài lòng với thời gian chờ, cao hơn 6,3% so với đợt khảo sát tháng 9/2023. Năm 2024, Trung tâm phấn đấu tỷ lệ người bệnh đặt lịch trước đạt ít nhất 30% và thời gian chờ khám không quá 20 phút.

Nguồn: Trung tâm Y tế huyện Yên Thành

Tin khác:
- Yên Thành: Ra quân tiêm chủng mở rộng đợt 1 năm 2024
- Hội nghị tổng kết công tác dân số năm 2023

Địa chỉ: Khối 3, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An. Điện thoại: 0238.3863.226
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
M3 = per("tháng 3", "2024-03-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("từ 35 phút", "35", 35, "measure", "phút",
        subject="thời gian chờ làm thủ tục tại quầy tiếp đón"),
    fig("còn 12 phút", "12", 12, "measure", "phút", subject="thời gian chờ làm thủ tục tại quầy tiếp đón"),
    fig("tiếp nhận 28.460", "28.460", 28460, "count", "lượt", change=chg("increase", 11.5, "%", "cùng kỳ"),
        subject="lượt khám ngoại trú", period=Q1),
    fig("trong đó 6.120", "6.120", 6120, "count", "lượt", total=28460, percent=21.5,
        subject="lượt đăng ký khám trước qua Zalo và tổng đài", period=Q1),
    fig("là 24.905", "24.905", 24905, "count", "lượt", percent=87.5,
        subject="lượt khám bảo hiểm y tế", period=inh(Q1)),
    fig("bố trí 4 quầy", "4", 4, "count", "quầy", subject="quầy tiếp đón"),
    fig("và 15 phòng", "15", 15, "count", "phòng khám", subject="phòng khám"),
    fig("có 2 phòng", "2", 2, "count", "phòng khám", total=15, subject="phòng khám Y học cổ truyền"),
    fig("thêm ba chục ghế", "ba chục", 30, "count", "ghế", subject="ghế lắp thêm ở khu vực chờ"),
    fig("hai màn hình", "hai", 2, "count", "màn hình", subject="màn hình hiển thị số thứ tự"),
    fig("khảo sát 300", "300", 300, "count", "người bệnh", subject="người bệnh ngoại trú được khảo sát",
        period=M3),
    fig("cho thấy 92,7%", "92,7", 92.7, "percent", "%",
        change=chg("increase", 6.3, "%", "đợt khảo sát tháng 9/2023"),
        subject="người bệnh hài lòng với thời gian chờ", period=M3),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ người bệnh đặt lịch trước", period=Y24),
    fig("không quá 20 phút", "20", 20, "measure", "phút", approx="at_most", status="target",
        subject="thời gian chờ khám", period=Y24),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): banner, breadcrumb, '18/04/2024 - 15:10', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: phones 0238.3863.115 and 0238.3863.226, 'Zalo OA', 'Từ tháng 10/2023', 'Sau hơn sáu tháng' (a duration that",
    "only locates the change in time), 'đợt 1 năm 2024', 'Khối 3', 'tháng 9/2023' (baseline).",
    "'giảm từ 35 phút xuống còn 12 phút': both are stated facts (before / now): two figures, no change attribute (the gap is not written).",
    "'trong đó 6.120 lượt ..., chiếm 21,5%' → total 28.460 and percent 21,5. '24.905 lượt, chiếm 87,5%' has no part-of cue: percent only.",
    "'trong đó có 2 phòng khám' → total 15. 'ba chục ghế' = 30, 'hai màn hình' = 2 (number words).",
    "'tháng 3' takes 2024 (nearest earlier period Quý I/2024). '92,7% ..., cao hơn 6,3% so với ...' → change on the percent figure.",
    "'phấn đấu' governs both coordinated targets ('ít nhất 30%', 'không quá 20 phút'). Location Yên Thành throughout.",
]

if __name__ == "__main__":
    write("p1398-2", TEXT, NOTES, FIGS, published="2024-04-18", location="Yên Thành")
