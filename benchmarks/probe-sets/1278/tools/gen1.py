"""p1278-1: province portal (Hà Giang): iron tablets for pregnant women, 9 months 2024; weekly iron for schoolgirls."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ > Tin tức - Sự kiện > Y tế - Giáo dục

9 tháng, hơn 8.600 phụ nữ mang thai được bổ sung viên sắt

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.362

Theo Sở Y tế, 9 tháng đầu năm 2024, toàn tỉnh quản lý 9.215 phụ nữ mang thai, trong đó hơn 8.600 người được cấp phát và hướng dẫn uống viên sắt/axit folic, đạt 93,4%, tăng 4,1 điểm phần trăm so với cùng kỳ năm 2023. Số viên sắt đã cấp phát ước đạt 1,05 triệu viên, bằng 78% kế hoạch năm.

Qua xét nghiệm sàng lọc tại trạm y tế xã từ đầu năm đến nay, tỷ lệ thiếu máu ở phụ nữ mang thai là 21,7%, giảm 2,3 điểm phần trăm so với năm 2023. Một số huyện vùng cao núi đá vẫn ở mức cao như Mèo Vạc (29,5%), Đồng Văn (27,8%), Yên Minh (25,1%).

Đối với nữ vị thành niên, ngành y tế phối hợp với ngành giáo dục bổ sung viên sắt hằng tuần tại 46 trường phổ thông dân tộc nội trú, bán trú với khoảng 12,4 nghìn nữ sinh tham gia, gồm 7.150 em cấp trung học cơ sở và 5.250 em cấp trung học phổ thông.

Kinh phí thực hiện từ đầu năm đến nay trên 1,8 tỷ đồng, trong đó ngân sách Trung ương khoảng 1,1 tỷ đồng, theo Kế hoạch số 215/KH-UBND ngày 12/3/2024 của UBND tỉnh.

Quý IV/2024, ngành y tế phấn đấu nâng tỷ lệ phụ nữ mang thai được uống viên sắt lên ít nhất 95%; mục tiêu đến năm 2025 giảm tỷ lệ thiếu máu ở phụ nữ mang thai xuống dưới 20%.

Tin liên quan:
- Hà Giang triển khai uống vitamin A đợt 2 năm 2024
- Ngày Vi chất dinh dưỡng 1-2/6: nhiều hoạt động hưởng ứng tại vùng cao
- Đường dây nóng ngành y tế: 0219.3866.115
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV/2024", "2024-10-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
PW = "tỷ lệ thiếu máu ở phụ nữ mang thai"

FIGS = [
    fig("hơn 8.600 phụ nữ", "8.600", 8600, "count", "phụ nữ mang thai", approx="over",
        subject="phụ nữ mang thai được bổ sung viên sắt", period=NINE_H),
    fig("quản lý 9.215 phụ nữ", "9.215", 9215, "count", "phụ nữ mang thai",
        subject="phụ nữ mang thai được quản lý", period=NINE),
    fig("hơn 8.600 người", "8.600", 8600, "count", "người", approx="over", total=9215, percent=93.4,
        change=chg("increase", 4.1, "điểm phần trăm", "cùng kỳ năm 2023"),
        subject="phụ nữ mang thai được cấp phát và hướng dẫn uống viên sắt/axit folic", period=NINE),
    fig("ước đạt 1,05 triệu", "1,05", 1.05e6, "count", "viên", status="estimate", percent=78,
        subject="số viên sắt đã cấp phát", period=inh(NINE)),
    fig("là 21,7%", "21,7", 21.7, "percent", "%",
        change=chg("decrease", 2.3, "điểm phần trăm", "năm 2023"), subject=PW, period=YTD),
    fig("Mèo Vạc (29,5%)", "29,5", 29.5, "percent", "%", subject=PW, period=inh(YTD), location="Mèo Vạc"),
    fig("Đồng Văn (27,8%)", "27,8", 27.8, "percent", "%", subject=PW, period=inh(YTD), location="Đồng Văn"),
    fig("Yên Minh (25,1%)", "25,1", 25.1, "percent", "%", subject=PW, period=inh(YTD), location="Yên Minh"),
    fig("tại 46 trường", "46", 46, "count", "trường",
        subject="trường phổ thông dân tộc nội trú, bán trú bổ sung viên sắt hằng tuần"),
    fig("khoảng 12,4 nghìn", "12,4", 12400, "count", "nữ sinh", approx="about",
        subject="nữ sinh tham gia bổ sung viên sắt hằng tuần"),
    fig("gồm 7.150 em", "7.150", 7150, "count", "em", total=12400,
        subject="nữ sinh cấp trung học cơ sở tham gia"),
    fig("và 5.250 em", "5.250", 5250, "count", "em", total=12400,
        subject="nữ sinh cấp trung học phổ thông tham gia"),
    fig("trên 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="over",
        subject="kinh phí thực hiện", period=YTD),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="about", total=1.8e9,
        subject="ngân sách Trung ương", period=YTD),
    fig("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ phụ nữ mang thai được uống viên sắt", period=Q4),
    fig("dưới 20%", "20", 20, "percent", "%", approx="under", status="target", subject=PW, period=TO25),
]

NOTES = [
    "Province portal (Hà Giang): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.362', related links.",
    "Distractors: 08:45, Lượt xem 1.362, Kế hoạch số 215/KH-UBND ngày 12/3/2024, 'đợt 2 năm 2024', 'Ngày Vi chất dinh dưỡng 1-2/6',",
    "hotline 0219.3866.115.",
    "'tăng 4,1 điểm phần trăm' after the share 93,4% is the change of the figure 8.600 (the spec attaches the change to the figure).",
    "'gồm 7.150 em ... và 5.250 em' are parts of 'khoảng 12,4 nghìn nữ sinh' (they add up): total 12400.",
    "The district list (Mèo Vạc ...) inherits 'từ đầu năm đến nay' from the sentence before; districts are locations.",
    "'Số viên sắt ... ước đạt 1,05 triệu viên' inherits '9 tháng đầu năm 2024'; 'từ đầu năm đến nay' ends at the dateline 14/10/2024.",
]

if __name__ == "__main__":
    write("p1278-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Giang")
