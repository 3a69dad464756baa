"""p1308-8: radio/TV site (QTV Quảng Ninh): mobile AI X-ray screening, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NINH
Thời sự | Xã hội | Y tế | Video

Xe X-quang tích hợp AI giúp phát hiện sớm hơn 300 ca lao

12/07/2024 18:05

Sáu tháng đầu năm, 2 xe X-quang lưu động tích hợp trí tuệ nhân tạo của Bệnh viện Phổi Quảng Ninh đã đi qua 9 địa phương, chụp phim phổi cho 18.426 lượt người, tăng gần gấp đôi so với cùng kỳ năm 2023.

Qua sàng lọc, bệnh viện phát hiện 327 ca mắc lao, tương đương khoảng 1,8% số người được chụp; trong đó 5 ca lao kháng thuốc và 41 ca đồng nhiễm lao/HIV.

Bác sĩ Vũ Thị Thanh Mai, Giám đốc Bệnh viện Phổi Quảng Ninh cho biết: mỗi ca chụp chỉ mất khoảng 3 phút, phần mềm AI cho kết quả gợi ý chỉ sau 10 giây với độ nhạy trên 90%.

Riêng tại Cơ sở cai nghiện ma túy số 2 tỉnh, đợt sàng lọc tháng 5 đã chụp cho 2.140 người, phát hiện 36 ca lao.

6 tháng đầu năm 2024, toàn tỉnh phát hiện 812 bệnh nhân lao các thể, bằng 47,8% kế hoạch năm; tỷ lệ điều trị thành công đạt 92,1%. Kinh phí vận hành mỗi xe khoảng 35 triệu đồng/tháng, do ngân sách tỉnh và Dự án VATA hỗ trợ.

6 tháng cuối năm, bệnh viện dự kiến tổ chức thêm 4 đợt sàng lọc tại các huyện miền núi Bình Liêu, Ba Chẽ, Tiên Yên và Đầm Hà, phấn đấu cả năm chụp X-quang cho 40.000 lượt người.

Thu Hà - Minh Đức (QTV)

Tin liên quan:
- Quảng Ninh: Tăng cường phòng, chống bệnh lao trong trường học
- Ra mắt Câu lạc bộ người bệnh lao phường Hà Khẩu
"""

H1 = per("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
MAY = per("tháng 5", "2024-05-01", "2024-05-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("sớm hơn 300 ca", "300", 300, "count", "ca", approx="over", subject="ca lao phát hiện sớm"),
    fig("năm, 2 xe", "2", 2, "count", "xe", subject="xe X-quang lưu động tích hợp trí tuệ nhân tạo", period=H1),
    fig("qua 9 địa phương", "9", 9, "count", "địa phương", subject="địa phương xe X-quang đi qua", period=H1),
    fig("cho 18.426 lượt", "18.426", 18426, "count", "lượt người",
        change=chg("increase", 2, "lần", "cùng kỳ năm 2023", approx="nearly"),
        subject="lượt người được chụp phim phổi", period=H1),
    fig("phát hiện 327 ca", "327", 327, "count", "ca", percent=1.8,
        subject="ca mắc lao phát hiện qua sàng lọc", period=inh(H1)),
    fig("trong đó 5 ca", "5", 5, "count", "ca", total=327, subject="ca lao kháng thuốc", period=inh(H1)),
    fig("và 41 ca", "41", 41, "count", "ca", total=327, subject="ca đồng nhiễm lao/HIV", period=inh(H1)),
    fig("khoảng 3 phút", "3", 3, "measure", "phút", approx="about", subject="thời gian mỗi ca chụp"),
    fig("sau 10 giây", "10", 10, "measure", "giây", subject="thời gian phần mềm AI cho kết quả gợi ý"),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", subject="độ nhạy của phần mềm AI"),
    fig("cho 2.140 người", "2.140", 2140, "count", "người",
        subject="người được chụp tại Cơ sở cai nghiện ma túy số 2", period=MAY),
    fig("phát hiện 36 ca", "36", 36, "count", "ca", subject="ca lao phát hiện tại Cơ sở cai nghiện ma túy số 2",
        period=MAY),
    fig("phát hiện 812 bệnh nhân", "812", 812, "count", "bệnh nhân", percent=47.8,
        subject="bệnh nhân lao các thể phát hiện", period=H1b),
    fig("đạt 92,1%", "92,1", 92.1, "percent", "%", subject="tỷ lệ điều trị thành công", period=H1b),
    fig("khoảng 35 triệu", "35", 35e6, "money", "đồng/tháng", approx="about", subject="kinh phí vận hành mỗi xe"),
    fig("thêm 4 đợt", "4", 4, "count", "đợt", status="forecast", subject="đợt sàng lọc tổ chức thêm", period=H2),
    fig("cho 40.000 lượt", "40.000", 40000, "count", "lượt người", status="target",
        subject="lượt người được chụp X-quang", period=YEAR),
]

NOTES = [
    "Radio/TV site (QTV Quảng Ninh): station banner, menu, '12/07/2024 18:05', byline '(QTV)', related links.",
    "Distractors: 18:05, 'Cơ sở cai nghiện ma túy số 2' (a name), 'lao/HIV', 'phường Hà Khẩu' in a link.",
    "Year-less 'Sáu tháng đầu năm', 'tháng 5', '6 tháng cuối năm', 'cả năm' take 2024 (dateline / nearest earlier period).",
    "'tăng gần gấp đôi so với cùng kỳ năm 2023' → change 2 lần, approx nearly ('gấp đôi' = two times).",
    "'tương đương khoảng 1,8% số người được chụp' → percent attribute of 327. 'trong đó 5 ca ... và 41 ca' → total 327 (41 is a",
    "co-infection count inside the 327, not a disjoint part, but the cue is 'trong đó').",
    "The headline 'hơn 300 ca' has no period phrase. Machine facts (3 phút, 10 giây, trên 90%) and the running cost have no period.",
    "'bằng 47,8% kế hoạch năm' → percent attribute. 'dự kiến ... thêm 4 đợt' → forecast; 'phấn đấu cả năm ... 40.000' → target.",
]

if __name__ == "__main__":
    write("p1308-8", TEXT, NOTES, FIGS, published="2024-07-12", location="Quảng Ninh")
