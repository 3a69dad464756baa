"""p1302-1: province portal (Thái Nguyên): dormitories of Đại học Thái Nguyên at the start of the 2024 intake."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Ký túc xá Đại học Thái Nguyên đáp ứng gần 60% nhu cầu chỗ ở

Cập nhật: 16/09/2024 08:45 | Lượt xem: 1.386

Theo Đại học Thái Nguyên, đến ngày 10/9/2024, hệ thống ký túc xá của các trường thành viên đã tiếp nhận 11.240 sinh viên vào ở, tăng 820 sinh viên so với cùng kỳ năm 2023, đạt khoảng 58% nhu cầu đăng ký. Trong đó có 4.615 tân sinh viên, chiếm 41%.

Năm 2024, Đại học Thái Nguyên đưa vào sử dụng thêm hai tòa nhà ký túc xá tại khu B (phường Tân Thịnh, TP Thái Nguyên) với tổng vốn đầu tư hơn 186 tỷ đồng, cung cấp 1.200 chỗ ở.

Mức thu tiền phòng năm nay giữ ổn định từ 150.000 đến 350.000 đồng/sinh viên/tháng tùy loại phòng, thấp hơn khoảng 2-3 lần so với giá nhà trọ bên ngoài. Mỗi phòng bố trí từ 4 đến 8 sinh viên; riêng phòng khép kín có điều hòa giá 600.000 đồng/người/tháng.

Từ đầu năm đến nay, nhà trường đã miễn, giảm tiền phòng cho 1.032 sinh viên thuộc hộ nghèo, cận nghèo và sinh viên dân tộc thiểu số với số tiền trên 1,4 tỷ đồng.

Theo kế hoạch, đến năm 2026, Đại học Thái Nguyên phấn đấu nâng tổng số chỗ ở trong ký túc xá lên khoảng 14.000 chỗ; mục tiêu bố trí chỗ ở cho ít nhất 70% sinh viên có nhu cầu.

Sinh viên có nhu cầu đăng ký liên hệ Trung tâm Quản lý ký túc xá, điện thoại 0208.3648.208.

Tin liên quan:
- Khai giảng năm học 2024-2025 tại Trường Đại học Sư phạm
- Thái Nguyên: Tổ chức Ngày hội việc làm lần thứ 3
"""

ASOF = period("đến ngày 10/9/2024", None, "2024-09-10")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
NOW = period("năm nay", "2024-01-01", "2024-12-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-09-16")
T26 = period("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("đáp ứng gần 60%", "60", 60, "percent", "%", approx="nearly",
      subject="nhu cầu chỗ ở ký túc xá Đại học Thái Nguyên đáp ứng"),
    F("tiếp nhận 11.240 sinh viên", "11.240", 11240, "count", "sinh viên", percent=58,
      change=change("increase", 820, "sinh viên", "cùng kỳ năm 2023"),
      subject="sinh viên vào ở ký túc xá của các trường thành viên", per=ASOF),
    F("có 4.615 tân sinh viên", "4.615", 4615, "count", "tân sinh viên", total=11240, percent=41,
      subject="tân sinh viên vào ở ký túc xá", per=inherit(ASOF)),
    F("thêm hai tòa nhà", "hai", 2, "count", "tòa nhà",
      subject="tòa nhà ký túc xá đưa vào sử dụng thêm", per=Y24),
    F("hơn 186 tỷ", "186", 186e9, "money", "đồng", approx="over",
      subject="tổng vốn đầu tư hai tòa nhà ký túc xá", per=Y24),
    F("cung cấp 1.200 chỗ", "1.200", 1200, "count", "chỗ ở",
      subject="chỗ ở hai tòa nhà ký túc xá cung cấp", per=Y24),
    F("từ 150.000 đến 350.000", "150.000", 150000, "money", "đồng/sinh viên/tháng", value_max=350000,
      change=change("decrease", 2, "lần", "giá nhà trọ bên ngoài", approx="about"),
      subject="mức thu tiền phòng ký túc xá", per=NOW),
    F("từ 4 đến 8 sinh viên", "4", 4, "measure", "sinh viên/phòng", value_max=8,
      subject="sinh viên bố trí mỗi phòng"),
    F("giá 600.000", "600.000", 600000, "money", "đồng/người/tháng",
      subject="giá phòng khép kín có điều hòa"),
    F("cho 1.032 sinh viên", "1.032", 1032, "count", "sinh viên",
      subject="sinh viên thuộc hộ nghèo, cận nghèo và dân tộc thiểu số được miễn, giảm tiền phòng", per=YTD),
    F("trên 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="over",
      subject="số tiền miễn, giảm tiền phòng", per=YTD),
    F("khoảng 14.000 chỗ", "14.000", 14000, "count", "chỗ", approx="about", status="target",
      subject="tổng số chỗ ở trong ký túc xá", per=T26),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="sinh viên có nhu cầu được bố trí chỗ ở", per=T26),
]

NOTES = [
    "Province portal (Thái Nguyên): breadcrumb, headline figure, 'Cập nhật: 16/09/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'ngày 10/9/2024' (as-of date), 'khu B', phone 0208.3648.208, 'năm học 2024-2025', 'lần thứ 3'.",
    "'đạt khoảng 58% nhu cầu đăng ký' is the share of 11.240 (percent attribute); 'tăng 820 sinh viên so với cùng kỳ' a change in sinh viên.",
    "'Trong đó có 4.615 tân sinh viên, chiếm 41%' after a sentence break: total 11.240, percent 41, period inherited (as-of date).",
    "'thấp hơn khoảng 2-3 lần so với giá nhà trọ bên ngoài' follows the price range: a change (decrease, 2 lần, about; the change",
    "object has no upper end). 'Mỗi phòng bố trí từ 4 đến 8 sinh viên' is a rate: measure, sinh viên/phòng, no period (standing fact).",
    "'năm nay' = 2024 (published); 'Từ đầu năm đến nay' ends at the dateline 2024-09-16; 'đến năm 2026' has start null.",
    "The B-block buildings in TP Thái Nguyên: place 'Thái Nguyên' either way (province and city share the name).",
]

if __name__ == "__main__":
    write("p1302-1", TEXT, NOTES, FIGS, published="2024-09-16", location="Thái Nguyên")
