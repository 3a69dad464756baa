"""p1287-2: district portal (huyện Diễn Châu, Nghệ An): office electricity bills 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU - TỈNH NGHỆ AN
Trang chủ | Tin tức | Chính quyền | Công khai ngân sách | Liên hệ

Diễn Châu: Tiền điện công sở 6 tháng giảm 12%

19/07/2024 - 15:20

Sáu tháng đầu năm 2024, 56 cơ quan, đơn vị thuộc UBND huyện Diễn Châu (gồm 18 phòng, ban, đơn vị sự nghiệp và 38 xã, thị trấn) đã chi trả tổng cộng 1,86 tỷ đồng tiền điện, giảm 12% so với cùng kỳ năm 2023.

Theo Phòng Kinh tế - Hạ tầng, kết quả trên có được nhờ các đơn vị nghiêm túc tắt điều hòa, thiết bị điện từ 11 giờ 30 đến 13 giờ 30 và sau giờ làm việc. Từ đầu năm đến nay, huyện đã thay ba chục máy điều hòa cũ, hiệu suất thấp tại trụ sở HĐND - UBND huyện và hai trường THCS bằng máy điều hòa Inverter.

Đặc biệt, hệ thống điện mặt trời mái nhà công suất 50 kWp lắp đặt tại trụ sở HĐND - UBND huyện từ tháng 3/2024 mỗi tháng sản xuất khoảng 5.800 kWh, giúp giảm gần 11 triệu đồng tiền điện/tháng.

Kết quả này giúp Diễn Châu xếp thứ 3/21 huyện, thành phố, thị xã của tỉnh về mức giảm tiêu thụ điện khu vực công. Huyện cũng tổ chức 4 lớp tập huấn cho hơn 350 cán bộ, công chức về sử dụng năng lượng tiết kiệm và hiệu quả.

6 tháng cuối năm, huyện phấn đấu giảm tối thiểu 10% điện năng tiêu thụ so với cùng kỳ. Dự kiến trong quý III, huyện lắp thêm hai hệ thống điện mặt trời mái nhà tại Trung tâm Y tế huyện và Trung tâm Văn hóa - Thể thao với tổng công suất khoảng 120 kWp.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Diễn Châu ra quân hưởng ứng Giờ Trái Đất 2024
- Hội nghị giao ban khối thi đua số 3

UBND HUYỆN DIỄN CHÂU
Địa chỉ: Khối 3, thị trấn Diễn Châu, huyện Diễn Châu, tỉnh Nghệ An
Điện thoại: 0238.3862.215
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
S6 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-19")
L6 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    fig("6 tháng giảm 12%", "12", 12, "percent", "%", subject="tiền điện công sở", period=H6),
    fig("2024, 56 cơ quan", "56", 56, "count", "cơ quan, đơn vị",
        subject="cơ quan, đơn vị thuộc UBND huyện", period=S6),
    fig("gồm 18 phòng", "18", 18, "count", "phòng, ban, đơn vị sự nghiệp", total=56,
        subject="phòng, ban, đơn vị sự nghiệp", period=S6),
    fig("và 38 xã", "38", 38, "count", "xã, thị trấn", total=56, subject="xã, thị trấn", period=S6),
    fig("cộng 1,86 tỷ", "1,86", 1.86e9, "money", "đồng",
        change=chg("decrease", 12, "%", "cùng kỳ năm 2023"),
        subject="tiền điện các cơ quan, đơn vị chi trả", period=S6),
    fig("thay ba chục máy", "ba chục", 30, "count", "máy điều hòa",
        subject="máy điều hòa cũ, hiệu suất thấp được thay", period=YTD),
    fig("và hai trường", "hai", 2, "count", "trường THCS",
        subject="trường THCS được thay máy điều hòa", period=YTD),
    fig("công suất 50 kWp", "50", 50, "measure", "kWp",
        subject="công suất hệ thống điện mặt trời mái nhà tại trụ sở HĐND - UBND huyện"),
    fig("khoảng 5.800 kWh", "5.800", 5800, "measure", "kWh/tháng", approx="about",
        subject="điện hệ thống điện mặt trời mái nhà sản xuất mỗi tháng"),
    fig("gần 11 triệu", "11", 11e6, "money", "đồng/tháng", approx="nearly",
        subject="tiền điện giảm mỗi tháng"),
    fig("xếp thứ 3/21", "3", 3, "rank", "hạng", total=21,
        subject="mức giảm tiêu thụ điện khu vực công"),
    fig("4 lớp tập huấn", "4", 4, "count", "lớp tập huấn",
        subject="lớp tập huấn về sử dụng năng lượng tiết kiệm và hiệu quả"),
    fig("hơn 350 cán bộ", "350", 350, "count", "cán bộ, công chức", approx="over",
        subject="cán bộ, công chức được tập huấn"),
    fig("tối thiểu 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="mức giảm điện năng tiêu thụ so với cùng kỳ", period=L6),
    fig("thêm hai hệ thống", "hai", 2, "count", "hệ thống điện mặt trời mái nhà", status="forecast",
        subject="hệ thống điện mặt trời mái nhà lắp thêm", period=Q3),
    fig("khoảng 120 kWp", "120", 120, "measure", "kWp", approx="about", status="forecast",
        subject="tổng công suất hai hệ thống điện mặt trời mái nhà lắp thêm", period=Q3),
]

NOTES = [
    "District portal (huyện Diễn Châu, Nghệ An): office electricity bills 6 months 2024; banner, menu, '19/07/2024 - 15:20', 'Nguồn:', 'Tin khác', footer.",
    "Distractors: times '11 giờ 30 đến 13 giờ 30', 'từ tháng 3/2024', 'Giờ Trái Đất 2024', 'khối thi đua số 3', 'Khối 3', phone 0238.3862.215, 15:20.",
    "Headline 'Tiền điện công sở 6 tháng giảm 12%': a rate as the claim → percent figure, no change; '6 tháng' takes 2024.",
    "'56 cơ quan, đơn vị … (gồm 18 … và 38 …)': the bracketed parts add up to 56 → total 56. The sentence's period governs all four.",
    "'ba chục' = 30 (number words); 'hai trường' = 2. 'Từ đầu năm đến nay' ends at the dateline 2024-07-19.",
    "'mỗi tháng sản xuất khoảng 5.800 kWh' → kWh/tháng; 'gần 11 triệu đồng tiền điện/tháng' → đồng/tháng; no period given (the",
    "'từ tháng 3/2024' phrase dates the installation, not the monthly rates).",
    "'xếp thứ 3/21 huyện, thành phố, thị xã của tỉnh' → rank 3, total 21, location Diễn Châu.",
    "'6 tháng cuối năm … phấn đấu … tối thiểu 10%' → target at_least; 'Dự kiến trong quý III' → forecast for the two solar systems.",
]

if __name__ == "__main__":
    write("p1287-2", TEXT, NOTES, FIGS, published="2024-07-19", location="Diễn Châu")
