"""p1406-1: province portal (Cổng TTĐT tỉnh Lào Cai): results of Vietnamese-language support, school year 2023-2024."""
from lib import fig, per, year, school, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Lào Cai: 98,7% trẻ 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1

Cập nhật: 14/06/2024 09:35 | Lượt xem: 1.286

Sau 8 năm thực hiện Đề án 1008 về tăng cường tiếng Việt cho trẻ mầm non, học sinh tiểu học vùng dân tộc thiểu số, vốn tiếng Việt của trẻ em người Mông, Dao, Tày, Giáy, Hà Nhì trên địa bàn tỉnh được nâng lên rõ rệt.

Năm học 2023-2024, toàn tỉnh có 41.520 trẻ mầm non người dân tộc thiểu số, chiếm 86,4% tổng số trẻ mầm non; trong đó có 12.350 trẻ mẫu giáo 5 tuổi. 100% trường mầm non vùng dân tộc thiểu số đã xây dựng môi trường tăng cường tiếng Việt trong và ngoài lớp học.

Kết quả đánh giá tháng 5/2024 cho thấy 98,7% trẻ mẫu giáo 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1, tăng 1,2 điểm phần trăm so với năm học trước; tỷ lệ trẻ nghe hiểu và nói thạo tiếng Việt đạt 94,5%.

Toàn tỉnh hiện có 1.126 giáo viên mầm non, tiểu học biết tiếng dân tộc thiểu số, trong đó 318 giáo viên sử dụng thành thạo tiếng Mông. Tỉnh bố trí 97 nhân viên hỗ trợ ngôn ngữ cho các lớp có trẻ chưa biết tiếng Việt, mức hỗ trợ 2,34 triệu đồng/người/tháng.

Từ đầu năm đến nay, Sở Giáo dục và Đào tạo đã cấp bổ sung 2.450 bộ học liệu song ngữ Mông - Việt, Dao - Việt cho 215 điểm trường, kinh phí gần 1,9 tỷ đồng. Huyện Bắc Hà và huyện Si Ma Cai có tỷ lệ trẻ nói thạo tiếng Việt thấp nhất tỉnh, lần lượt là 89,2% và 90,6%.

Mục tiêu đến năm 2025, 100% trẻ mẫu giáo người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1 và ít nhất 90% học sinh tiểu học người dân tộc thiểu số đạt yêu cầu về kỹ năng tiếng Việt.

Tin liên quan:
- Bắc Hà tổ chức Ngày hội "Em yêu tiếng Việt" lần thứ 3
- Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2023-2024
"""

SY = school("Năm học 2023-2024", 2023)
M5 = per("tháng 5/2024", "2024-05-01", "2024-05-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-14")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Lào Cai: 98,7%", "98,7", 98.7, "percent", "%",
        subject="trẻ 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1"),
    fig("Sau 8 năm", "8", 8, "measure", "năm", subject="thời gian thực hiện Đề án 1008", optional=True),
    fig("có 41.520 trẻ", "41.520", 41520, "count", "trẻ", percent=86.4,
        subject="trẻ mầm non người dân tộc thiểu số", period=SY),
    fig("có 12.350 trẻ", "12.350", 12350, "count", "trẻ", total=41520,
        subject="trẻ mẫu giáo 5 tuổi", period=SY),
    fig("100% trường", "100", 100, "percent", "%",
        subject="trường mầm non vùng dân tộc thiểu số đã xây dựng môi trường tăng cường tiếng Việt",
        period=inh(SY)),
    fig("cho thấy 98,7%", "98,7", 98.7, "percent", "%",
        change=chg("increase", 1.2, "điểm phần trăm", "năm học trước"),
        subject="trẻ mẫu giáo 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1",
        period=M5),
    fig("đạt 94,5%", "94,5", 94.5, "percent", "%", subject="tỷ lệ trẻ nghe hiểu và nói thạo tiếng Việt",
        period=M5),
    fig("có 1.126 giáo viên", "1.126", 1126, "count", "giáo viên",
        subject="giáo viên mầm non, tiểu học biết tiếng dân tộc thiểu số"),
    fig("318 giáo viên", "318", 318, "count", "giáo viên", total=1126,
        subject="giáo viên sử dụng thành thạo tiếng Mông"),
    fig("trí 97 nhân viên", "97", 97, "count", "nhân viên", subject="nhân viên hỗ trợ ngôn ngữ"),
    fig("trợ 2,34 triệu", "2,34", 2340000, "money", "đồng/người/tháng",
        subject="mức hỗ trợ nhân viên hỗ trợ ngôn ngữ"),
    fig("sung 2.450 bộ", "2.450", 2450, "count", "bộ", subject="bộ học liệu song ngữ cấp bổ sung",
        period=YTD),
    fig("cho 215 điểm", "215", 215, "count", "điểm trường",
        subject="điểm trường được cấp bổ sung học liệu song ngữ", period=YTD),
    fig("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="nearly",
        subject="kinh phí cấp bổ sung học liệu song ngữ", period=YTD),
    fig("là 89,2%", "89,2", 89.2, "percent", "%", subject="tỷ lệ trẻ nói thạo tiếng Việt", location="Bắc Hà"),
    fig("và 90,6%", "90,6", 90.6, "percent", "%", subject="tỷ lệ trẻ nói thạo tiếng Việt",
        location="Si Ma Cai"),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="trẻ mẫu giáo người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1", period=T25),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="học sinh tiểu học người dân tộc thiểu số đạt yêu cầu về kỹ năng tiếng Việt", period=T25),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Lào Cai): breadcrumb, headline figure, 'Cập nhật: 14/06/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 'Đề án 1008', 'lớp 1', 'trẻ 5 tuổi' (age labels), 'lần thứ 3', 'năm học 2023-2024' in a link, the counter and the time.",
    "'Năm học 2023-2024' = 2023-09-01..2024-05-31 (school year, set convention). 'Sau 8 năm thực hiện' is a duration: optional.",
    "'tăng 1,2 điểm phần trăm so với năm học trước' is a change in 'điểm phần trăm' on the 98,7% level.",
    "'Từ đầu năm đến nay' ends at the dateline. The district list 'lần lượt là 89,2% và 90,6%' has no period in its sentence.",
]

if __name__ == "__main__":
    write("p1406-1", TEXT, NOTES, FIGS, published="2024-06-14", location="Lào Cai")
