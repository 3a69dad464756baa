"""p1422-1: province portal (Vĩnh Long): river sand supplied to highway projects, Jan-Oct 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Vĩnh Long cung ứng hơn 4 triệu m3 cát cho các dự án cao tốc

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.836

Theo Sở Tài nguyên và Môi trường, từ đầu năm đến nay, các mỏ cát lòng sông trên địa bàn tỉnh đã cung ứng 4,2 triệu m3 cát đắp nền cho các dự án đường cao tốc, tăng 27,3% so với cùng kỳ năm 2023, bằng 63,6% khối lượng được giao năm 2024. Trong đó, cao tốc Châu Đốc - Cần Thơ - Sóc Trăng nhận 1,35 triệu m3, cao tốc Cần Thơ - Cà Mau nhận 2,85 triệu m3.

Hiện tỉnh có 7 mỏ cát được giao cho nhà thầu khai thác theo cơ chế đặc thù, tổng trữ lượng khoảng 10,5 triệu m3; công suất mỗi mỏ từ 1.500 đến 3.000 m3/ngày. Lớn nhất là mỏ cát trên sông Cổ Chiên thuộc huyện Long Hồ (khu vực 2) với trữ lượng gần 2,1 triệu m3.

Giá cát san lấp tại mỏ được UBND tỉnh công bố ở mức 192.000 đồng/m3 (chưa gồm thuế VAT), thấp hơn khoảng 18% so với giá cát thương mại cùng loại.

Cả năm 2023, lượng cát cung ứng cho các công trình cao tốc đạt 4,5 triệu m3. Để bảo đảm tiến độ, ba tháng cuối năm 2024 tỉnh phấn đấu cung ứng thêm 2,4 triệu m3, nâng tổng khối lượng cả năm lên 6,6 triệu m3.

Tỉnh đã thành lập hai tổ công tác liên ngành thường xuyên kiểm tra tại các mỏ; mỗi mỏ phải lắp đặt ít nhất 2 camera giám sát và 1 trạm cân điện tử.

Tin liên quan:
- Khởi công cầu Đình Khao nối Vĩnh Long - Bến Tre
- Vĩnh Long: Hội nghị triển khai Luật Đất đai năm 2024
"""

YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y23 = period("Cả năm 2023", "2023-01-01", "2023-12-31")
Q4 = period("ba tháng cuối năm 2024", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
LH = "Long Hồ"

FIGS = [
    F("hơn 4 triệu m3", "4", 4e6, "measure", "m3", approx="over",
      subject="cát cung ứng cho các dự án cao tốc"),
    F("cung ứng 4,2 triệu", "4,2", 4.2e6, "measure", "m3", percent=63.6,
      change=change("increase", 27.3, "%", "cùng kỳ năm 2023"),
      subject="cát đắp nền các mỏ cát lòng sông cung ứng cho các dự án đường cao tốc", per=YTD),
    F("nhận 1,35 triệu", "1,35", 1.35e6, "measure", "m3", total=4.2e6,
      subject="cát cao tốc Châu Đốc - Cần Thơ - Sóc Trăng nhận", per=inherit(YTD)),
    F("nhận 2,85 triệu", "2,85", 2.85e6, "measure", "m3", total=4.2e6,
      subject="cát cao tốc Cần Thơ - Cà Mau nhận", per=inherit(YTD)),
    F("có 7 mỏ cát", "7", 7, "count", "mỏ cát",
      subject="mỏ cát được giao cho nhà thầu khai thác theo cơ chế đặc thù"),
    F("khoảng 10,5 triệu", "10,5", 10.5e6, "measure", "m3", approx="about",
      subject="tổng trữ lượng các mỏ cát được giao"),
    F("từ 1.500 đến 3.000", "1.500", 1500, "measure", "m3/ngày", value_max=3000,
      subject="công suất mỗi mỏ"),
    F("gần 2,1 triệu", "2,1", 2.1e6, "measure", "m3", approx="nearly",
      subject="trữ lượng mỏ cát trên sông Cổ Chiên", location=LH),
    F("mức 192.000 đồng", "192.000", 192000, "money", "đồng/m3",
      change=change("decrease", 18, "%", "giá cát thương mại cùng loại", approx="about"),
      subject="giá cát san lấp tại mỏ được UBND tỉnh công bố"),
    F("đạt 4,5 triệu", "4,5", 4.5e6, "measure", "m3",
      subject="lượng cát cung ứng cho các công trình cao tốc", per=Y23),
    F("thêm 2,4 triệu", "2,4", 2.4e6, "measure", "m3", status="target",
      subject="cát tỉnh cung ứng thêm", per=Q4),
    F("lên 6,6 triệu", "6,6", 6.6e6, "measure", "m3", status="target",
      subject="tổng khối lượng cát cung ứng cả năm", per=YEAR),
    F("hai tổ công tác", "hai", 2, "count", "tổ công tác", subject="tổ công tác liên ngành"),
    F("ít nhất 2 camera", "2", 2, "count", "camera", approx="at_least",
      subject="camera giám sát mỗi mỏ phải lắp đặt"),
    F("và 1 trạm cân", "1", 1, "count", "trạm cân", subject="trạm cân điện tử mỗi mỏ phải lắp đặt"),
]

NOTES = [
    "Province portal (Vĩnh Long): river sand for highway embankments, 'từ đầu năm đến nay' 2024; breadcrumb,",
    "'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.836', related links.",
    "Distractors: 08:45, Lượt xem 1.836, '(khu vực 2)', 'thuế VAT', 'ba tháng cuối năm 2024' (a period with a number word),",
    "'năm 2024' in 'khối lượng được giao năm 2024' and in a link title.",
    "'từ đầu năm đến nay' ends at the dateline; 4,2 triệu carries change (cùng kỳ) and percent (bằng 63,6%).",
    "'Trong đó' parts after a sentence break: total 4,2 triệu, period inherited. The Cổ Chiên mine is in huyện Long Hồ.",
    "'thấp hơn khoảng 18% so với giá cát thương mại' is a change of the price (decrease, about).",
    "'phấn đấu' governs both clauses of its sentence (target); 'cả năm' takes 2024 from 'ba tháng cuối năm 2024'.",
]

if __name__ == "__main__":
    write("p1422-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Vĩnh Long")
