"""p1278-2: district portal (huyện Bắc Hà, Lào Cai): weekly iron-folic for schoolgirls, multi-micronutrient for pregnant women."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC HÀ - TỈNH LÀO CAI
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Nữ sinh vùng cao Bắc Hà được uống viên sắt miễn phí hằng tuần

21/05/2024 - 10:20

Từ tháng 9/2023 đến nay, Trung tâm Y tế huyện phối hợp với Phòng Giáo dục và Đào tạo triển khai bổ sung viên sắt - axit folic hằng tuần cho nữ sinh tại 12 trường trung học cơ sở và 2 trường trung học phổ thông trên địa bàn. Tổng số nữ sinh được uống viên sắt là 2.184 em, trong đó 1.530 em là người dân tộc Mông, chiếm 70,1%. Mỗi tuần, các em uống một viên vào sáng thứ Hai dưới sự giám sát của giáo viên chủ nhiệm.

Kết quả xét nghiệm sàng lọc tháng 4/2024 trên 350 nữ sinh lớp 8, lớp 9 cho thấy tỷ lệ thiếu máu là 18,6%, thấp hơn 15,4 điểm phần trăm so với lần xét nghiệm tháng 9/2023.

Đối với phụ nữ mang thai, 4 tháng đầu năm 2024 toàn huyện có 486 người được cấp viên đa vi chất, đạt 96,2% số phụ nữ mang thai được quản lý. Riêng xã Bản Phố, 100% phụ nữ mang thai đã được uống viên đa vi chất từ tháng thứ 3 của thai kỳ.

Trong quý I/2024, huyện đã mở hai lớp tập huấn cho ba chục cán bộ y tế thôn bản và giáo viên về phòng, chống thiếu máu, thiếu vi chất dinh dưỡng.

Năm 2024, huyện phấn đấu mở rộng mô hình thêm 5 trường, nâng số nữ sinh được bổ sung sắt lên khoảng 3.000 em; dự kiến kinh phí khoảng 150 triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.

Nguồn: Trung tâm Y tế huyện Bắc Hà
Tin khác:
- Bắc Hà ra quân tiêm vắc xin sởi đợt 1 năm 2024
- Hội nghị giao ban y tế cơ sở quý I

Địa chỉ: Tổ dân phố số 3, thị trấn Bắc Hà, huyện Bắc Hà, tỉnh Lào Cai | ĐT: 0214.3880.216
"""

SINCE = per("Từ tháng 9/2023 đến nay", "2023-09-01", "2024-05-21")
APR = per("tháng 4/2024", "2024-04-01", "2024-04-30")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tại 12 trường", "12", 12, "count", "trường",
        subject="trường trung học cơ sở triển khai bổ sung viên sắt - axit folic hằng tuần", period=SINCE),
    fig("và 2 trường", "2", 2, "count", "trường",
        subject="trường trung học phổ thông triển khai bổ sung viên sắt - axit folic hằng tuần", period=SINCE),
    fig("là 2.184 em", "2.184", 2184, "count", "em",
        subject="tổng số nữ sinh được uống viên sắt", period=inh(SINCE)),
    fig("1.530 em", "1.530", 1530, "count", "em", total=2184, percent=70.1,
        subject="nữ sinh người dân tộc Mông", period=inh(SINCE)),
    fig("uống một viên", "một", 1, "measure", "viên/tuần",
        subject="viên sắt các em uống mỗi tuần"),
    fig("trên 350 nữ sinh", "350", 350, "count", "nữ sinh",
        subject="nữ sinh được xét nghiệm sàng lọc", period=APR),
    fig("là 18,6%", "18,6", 18.6, "percent", "%",
        change=chg("decrease", 15.4, "điểm phần trăm", "lần xét nghiệm tháng 9/2023"),
        subject="tỷ lệ thiếu máu", period=APR),
    fig("có 486 người", "486", 486, "count", "người", percent=96.2,
        subject="phụ nữ mang thai được cấp viên đa vi chất", period=M4),
    fig("Phố, 100%", "100", 100, "percent", "%",
        subject="phụ nữ mang thai đã được uống viên đa vi chất", period=inh(M4)),
    fig("hai lớp", "hai", 2, "count", "lớp",
        subject="lớp tập huấn về phòng, chống thiếu máu, thiếu vi chất dinh dưỡng", period=Q1),
    fig("ba chục cán bộ", "ba chục", 30, "count", "cán bộ",
        subject="cán bộ y tế thôn bản và giáo viên được tập huấn", period=Q1),
    fig("thêm 5 trường", "5", 5, "count", "trường", status="target",
        subject="trường mở rộng mô hình", period=Y24),
    fig("khoảng 3.000 em", "3.000", 3000, "count", "em", approx="about", status="target",
        subject="nữ sinh được bổ sung sắt", period=Y24),
    fig("khoảng 150 triệu", "150", 150e6, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí", period=Y24),
]

NOTES = [
    "District portal (huyện Bắc Hà, Lào Cai): banner naming the district, breadcrumb, '21/05/2024 - 10:20' under the headline, 'Nguồn:',",
    "'Tin khác', address footer. Location is the district Bắc Hà throughout (a commune, xã Bản Phố, is not a location of its own).",
    "Distractors: 'sáng thứ Hai' (a weekday, not the number word), 'lớp 8, lớp 9', 'tháng thứ 3 của thai kỳ' (ordinal), 'đợt 1 năm 2024',",
    "'quý I' in a link, 'Tổ dân phố số 3', phone 0214.3880.216, the time 10:20.",
    "'trên 350 nữ sinh' is the preposition 'on' (xét nghiệm trên N người), not 'over': approx exact.",
    "'Mỗi tuần, các em uống một viên' is a rate: measure 1 viên/tuần (number word). 'ba chục cán bộ' = 30.",
    "'Từ tháng 9/2023 đến nay' ends at the dateline 2024-05-21. 'thấp hơn 15,4 điểm phần trăm so với ...' is the change of 18,6%.",
    "'dự kiến kinh phí' has its own cue (forecast) inside the 'phấn đấu' sentence.",
]

if __name__ == "__main__":
    write("p1278-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Bắc Hà")
