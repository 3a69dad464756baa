"""p1411-2: district portal (huyện Mường Nhé, Điện Biên): Td campaign for pupils, routine immunisation 9 months."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG NHÉ
Tỉnh Điện Biên

Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Mường Nhé hoàn thành chiến dịch tiêm vắc xin Td cho học sinh

22/10/2024 - 08:40

Chiến dịch tiêm vắc xin Td phòng bạch hầu - uốn ván cho học sinh trên địa bàn huyện diễn ra từ ngày 7/10 đến 19/10/2024. Trung tâm Y tế huyện đã tiêm cho 9.846 học sinh từ 7 đến 15 tuổi tại 42 điểm trường, đạt 96,3% số đối tượng trong kế hoạch (chỉ tiêu tỉnh giao là 95%).

Sau hai tuần triển khai, có 27 trường hợp phản ứng thông thường sau tiêm như sốt nhẹ, đau tại chỗ tiêm, không có trường hợp tai biến nặng. Còn 379 học sinh chưa được tiêm do ốm hoặc vắng mặt; huyện sẽ tổ chức tiêm vét trong tháng 11.

Về tiêm chủng thường xuyên, 9 tháng năm 2024, toàn huyện có 1.124 trẻ dưới 1 tuổi được tiêm chủng đầy đủ, bằng 68,7% kế hoạch năm, giảm 112 trẻ so với cùng kỳ. Tỷ lệ tiêm vắc xin DPT4 chỉ đạt 54,2%. Hiện còn 5/15 xã có tỷ lệ tiêm chủng đầy đủ dưới 50%, chủ yếu là các xã biên giới xa trung tâm.

Năm 2023, huyện ghi nhận 2 ổ dịch bạch hầu với 6 ca mắc; từ đầu năm 2024 đến nay chưa ghi nhận ca bệnh mới.

Phấn đấu đến cuối năm 2024, tỷ lệ tiêm chủng đầy đủ cho trẻ em của huyện đạt trên 85% và duy trì tỷ lệ tiêm vắc xin Td cho học sinh lớp 2 đạt từ 90 đến 95%.

Nguồn: Trung tâm Y tế huyện Mường Nhé

Tin khác:
- Mường Nhé tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ IV
- Hội nghị sơ kết công tác dân số 6 tháng đầu năm 2024

Địa chỉ: Trung tâm huyện lỵ Mường Nhé, tỉnh Điện Biên | Điện thoại: 0215.3740.118
"""

CAMP = per("từ ngày 7/10 đến 19/10/2024", "2024-10-07", "2024-10-19")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
EOY = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    fig("cho 9.846 học sinh", "9.846", 9846, "count", "học sinh", percent=96.3, target=tgt(95, "%", True),
        subject="học sinh được tiêm vắc xin Td", period=inh(CAMP)),
    fig("từ 7 đến 15 tuổi", "7", 7, "measure", "tuổi", value_max=15, optional=True),
    fig("tại 42 điểm", "42", 42, "count", "điểm trường", subject="điểm trường tổ chức tiêm vắc xin Td",
        period=inh(CAMP)),
    fig("có 27 trường hợp", "27", 27, "count", "trường hợp",
        subject="trường hợp phản ứng thông thường sau tiêm"),
    fig("Còn 379 học sinh", "379", 379, "count", "học sinh", subject="học sinh chưa được tiêm"),
    fig("có 1.124 trẻ", "1.124", 1124, "count", "trẻ", percent=68.7,
        change=chg("decrease", 112, "trẻ", "cùng kỳ"),
        subject="trẻ dưới 1 tuổi được tiêm chủng đầy đủ", period=M9),
    fig("trẻ dưới 1 tuổi", "1", 1, "measure", "tuổi", approx="under", optional=True),
    fig("đạt 54,2%", "54,2", 54.2, "percent", "%", subject="tỷ lệ tiêm vắc xin DPT4", period=inh(M9)),
    fig("còn 5/15 xã", "5", 5, "count", "xã", total=15,
        subject="xã có tỷ lệ tiêm chủng đầy đủ dưới 50%"),
    fig("đầy đủ dưới 50%", "50", 50, "percent", "%", approx="under", optional=True),
    fig("ghi nhận 2 ổ dịch", "2", 2, "count", "ổ dịch", subject="ổ dịch bạch hầu", period=Y23),
    fig("với 6 ca", "6", 6, "count", "ca", subject="ca mắc bạch hầu", period=Y23),
    fig("đạt trên 85%", "85", 85, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tiêm chủng đầy đủ cho trẻ em của huyện", period=EOY),
    fig("từ 90 đến 95%", "90", 90, "percent", "%", value_max=95, status="target",
        subject="tỷ lệ tiêm vắc xin Td cho học sinh lớp 2", period=EOY),
]

NOTES = [
    "District portal (huyện Mường Nhé, Điện Biên): banner, breadcrumb, '22/10/2024 - 08:40', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:40, 'Sau hai tuần triển khai' (duration locating the figures), 'tháng 11', 'DPT4', 'lớp 2',",
    "'lần thứ IV', '6 tháng đầu năm 2024' in a link title, phone 0215.3740.118.",
    "'đạt 96,3% số đối tượng trong kế hoạch (chỉ tiêu tỉnh giao là 95%)' → percent 96,3 and target 95 (%) on the 9.846 pupils.",
    "'bằng 68,7% kế hoạch năm, giảm 112 trẻ so với cùng kỳ' → percent attribute and change in trẻ.",
    "'5/15 xã' → total 15; the threshold 'dưới 50%' inside the subject and the ages are optional.",
    "Default location Mường Nhé (a district portal speaking of 'huyện'). 'Phấn đấu' governs both clauses of the last sentence.",
    "The campaign period stands in the sentence before the 9.846 pupils: inherited (not scored).",
]

if __name__ == "__main__":
    write("p1411-2", TEXT, NOTES, FIGS, published="2024-10-22", location="Mường Nhé")
