"""p1421-2: district portal (huyện Đông Anh, Hà Nội): 6 months of 2024, heel-prick and hearing screening."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND HUYỆN ĐÔNG ANH - THÀNH PHỐ HÀ NỘI
Cổng thông tin điện tử huyện Đông Anh
Trang chủ | Tin tức | Dân số - Gia đình | Văn bản | Hỏi đáp

Đông Anh: Hơn 94% trẻ sơ sinh được sàng lọc trong 6 tháng đầu năm

18/07/2024 - 15:05

Theo báo cáo của Trung tâm Y tế huyện Đông Anh, 6 tháng đầu năm 2024 trên địa bàn huyện có 3.912 trẻ được sinh ra, trong đó 3.698 trẻ được lấy máu gót chân sàng lọc sơ sinh, đạt tỷ lệ 94,5%, cao hơn 2,3% so với cùng kỳ năm trước.

Cũng trong 6 tháng, 3.655 trẻ được sàng lọc thính lực bằng máy đo âm ốc tai tại khoa Sản của Trung tâm, phát hiện 9 trẻ nghi ngờ giảm thính lực. Sau khi đo lại lần thứ hai, 4 trẻ được chuyển lên Bệnh viện Tai Mũi Họng Trung ương để chẩn đoán.

Kết quả xét nghiệm mẫu máu cho thấy 57 trẻ có nguy cơ cao, gồm 49 trẻ thiếu men G6PD, 5 trẻ suy giáp bẩm sinh và 3 trẻ mắc bệnh tăng sản thượng thận bẩm sinh. Toàn bộ số trẻ này đã được tư vấn, theo dõi và điều trị kịp thời.

Bà Nguyễn Thị Thu Hằng, Giám đốc Trung tâm Y tế huyện cho biết, hiện 24/24 trạm y tế xã, thị trấn đã được tập huấn kỹ thuật lấy máu gót chân; chi phí sàng lọc 2 bệnh là 160.000 đồng, sàng lọc 5 bệnh từ 450.000 đến 500.000 đồng. Năm nay, huyện hỗ trợ 50% chi phí cho trẻ thuộc hộ nghèo, hộ cận nghèo.

Mục tiêu năm 2024, huyện phấn đấu có trên 95% trẻ sơ sinh được sàng lọc và 100% trẻ có nguy cơ cao được chẩn đoán xác định.

Tin khác:
- Đông Anh ra quân chiến dịch tiêm chủng mở rộng đợt 2 năm 2024
- Xã Uy Nỗ đạt chuẩn quốc gia về y tế xã giai đoạn 2021-2030

Trung tâm Y tế huyện Đông Anh - Số 68 đường Cao Lỗ, thị trấn Đông Anh
Điện thoại: 024.3883.2516
"""

H6 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
S6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S6b = per("6 tháng", "2024-01-01", "2024-06-30")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 94%", "94", 94, "percent", "%", approx="over",
        subject="trẻ sơ sinh được sàng lọc", period=H6),
    fig("có 3.912 trẻ", "3.912", 3912, "count", "trẻ", subject="trẻ được sinh ra", period=S6),
    fig("trong đó 3.698 trẻ", "3.698", 3698, "count", "trẻ", total=3912, percent=94.5,
        change=chg("increase", 2.3, "%", "cùng kỳ năm trước"),
        subject="trẻ được lấy máu gót chân sàng lọc sơ sinh", period=S6),
    fig("6 tháng, 3.655 trẻ", "3.655", 3655, "count", "trẻ",
        subject="trẻ được sàng lọc thính lực bằng máy đo âm ốc tai", period=S6b),
    fig("phát hiện 9 trẻ", "9", 9, "count", "trẻ", subject="trẻ nghi ngờ giảm thính lực", period=S6b),
    fig("4 trẻ được chuyển", "4", 4, "count", "trẻ",
        subject="trẻ được chuyển lên Bệnh viện Tai Mũi Họng Trung ương để chẩn đoán", period=inh(S6b)),
    fig("cho thấy 57 trẻ", "57", 57, "count", "trẻ", subject="trẻ có nguy cơ cao", period=inh(S6)),
    fig("gồm 49 trẻ", "49", 49, "count", "trẻ", total=57, subject="trẻ thiếu men G6PD", period=inh(S6)),
    fig("5 trẻ suy giáp", "5", 5, "count", "trẻ", total=57, subject="trẻ suy giáp bẩm sinh", period=inh(S6)),
    fig("và 3 trẻ mắc", "3", 3, "count", "trẻ", total=57,
        subject="trẻ mắc bệnh tăng sản thượng thận bẩm sinh", period=inh(S6)),
    fig("hiện 24/24 trạm", "24", 24, "count", "trạm y tế", total=24,
        subject="trạm y tế xã, thị trấn được tập huấn kỹ thuật lấy máu gót chân"),
    fig("sàng lọc 2 bệnh", "2", 2, "count", "bệnh", subject="bệnh được sàng lọc", optional=True),
    fig("là 160.000 đồng", "160.000", 160000, "money", "đồng", subject="chi phí sàng lọc 2 bệnh"),
    fig("sàng lọc 5 bệnh", "5", 5, "count", "bệnh", subject="bệnh được sàng lọc", optional=True),
    fig("từ 450.000 đến", "450.000", 450000, "money", "đồng", value_max=500000,
        subject="chi phí sàng lọc 5 bệnh"),
    fig("hỗ trợ 50%", "50", 50, "percent", "%",
        subject="chi phí hỗ trợ cho trẻ thuộc hộ nghèo, hộ cận nghèo", period=NN),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="trẻ sơ sinh được sàng lọc", period=Y24),
    fig("và 100% trẻ", "100", 100, "percent", "%", status="target",
        subject="trẻ có nguy cơ cao được chẩn đoán xác định", period=Y24),
]

NOTES = [
    "District portal (huyện Đông Anh, Hà Nội): banner, menu, bare dateline '18/07/2024 - 15:05', 'Tin khác', address and phone footer.",
    "Distractors: 15:05, 'lần thứ hai', 'đợt 2 năm 2024', 'giai đoạn 2021-2030', 'Số 68 đường Cao Lỗ', phone 024.3883.2516.",
    "Headline 'Hơn 94% ... 6 tháng đầu năm' (year from published) is a percent figure (over).",
    "'3.912 trẻ được sinh ra, trong đó 3.698 trẻ ..., đạt tỷ lệ 94,5%, cao hơn 2,3% so với cùng kỳ năm trước':",
    "total 3.912, percent 94,5, change +2,3 (the change after 'cao hơn' attaches to the figure, spec §3).",
    "'4 trẻ được chuyển' after '9 trẻ nghi ngờ' has no part-of cue: no total. 'gồm' parts take 57 (49 + 5 + 3).",
    "'24/24 trạm y tế' → total 24. Package labels '2 bệnh', '5 bệnh' optional. 'Năm nay' = 2024 (published).",
    "'Mục tiêu năm 2024, huyện phấn đấu ... trên 95% ... và 100%' → both target. All figures located in Đông Anh.",
]

if __name__ == "__main__":
    write("p1421-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Đông Anh")
