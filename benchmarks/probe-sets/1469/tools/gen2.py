"""p1469-2: district portal (Cổng TTĐT huyện Phúc Thọ, Hà Nội): anti-glare board maker in peak season."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚC THỌ
THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Doanh nghiệp sản xuất bảng chống lóa vào mùa cao điểm

20/08/2024 - 08:45

Những ngày này, Công ty TNHH Thiết bị giáo dục Hồng Phát ở xã Long Xuyên huy động hai ca sản xuất để kịp giao hàng trước lễ khai giảng ngày 5/9.

Ông Nguyễn Văn Khải, Giám đốc công ty cho biết, từ tháng 6 đến nay công ty đã giao gần 2.600 chiếc bảng chống lóa cho các trường học, tăng khoảng 30% so với cùng kỳ năm trước. Trong đó, bảng từ xanh chống lóa chiếm khoảng 70%, còn lại là bảng trắng viết bút dạ. Mỗi chiếc bảng loại tiêu chuẩn có giá từ 2,8 đến 3,5 triệu đồng tùy khung nhôm và bề mặt.

Công ty hiện có 52 công nhân, trong đó ba chục người là lao động địa phương, thu nhập từ 8 đến 10 triệu đồng/người/tháng. Năm 2023, công ty đạt doanh thu 46 tỷ đồng, nộp ngân sách hơn 1,2 tỷ đồng. Năm nay, công ty phấn đấu doanh thu đạt 55 tỷ đồng, tăng gần 20% so với năm 2023.

Theo Phòng Kinh tế huyện, toàn huyện có 6 doanh nghiệp sản xuất thiết bị trường học, gồm 4 doanh nghiệp sản xuất bảng và 2 doanh nghiệp sản xuất bàn ghế, tủ đồ dùng học tập. Năm 2024, huyện bố trí 1,9 tỷ đồng để thay 146 bảng cũ tại 18 trường tiểu học, trung học cơ sở bằng bảng chống lóa của doanh nghiệp địa phương.

Nguồn: Phòng Kinh tế huyện Phúc Thọ

Tin khác:
- Phúc Thọ: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18
- Xã Long Xuyên đón Bằng công nhận xã nông thôn mới nâng cao

Địa chỉ: Số 26 đường Lạc Trị, thị trấn Phúc Thọ, Hà Nội | Điện thoại: 024.3364.1085
"""

SINCE = per("từ tháng 6 đến nay", "2024-06-01", "2024-08-20")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hai ca", "hai", 2, "count", "ca", subject="ca sản xuất công ty huy động"),
    fig("gần 2.600 chiếc", "2.600", 2600, "count", "chiếc", approx="nearly",
        change=chg("increase", 30, "%", "cùng kỳ năm trước", approx="about"),
        subject="bảng chống lóa công ty đã giao cho các trường học", period=SINCE),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="bảng từ xanh chống lóa trong số bảng đã giao", period=inh(SINCE)),
    fig("từ 2,8 đến 3,5", "2,8", 2.8e6, "money", "đồng/chiếc", value_max=3.5e6,
        subject="giá mỗi chiếc bảng loại tiêu chuẩn"),
    fig("có 52 công nhân", "52", 52, "count", "công nhân", subject="công nhân của công ty"),
    fig("ba chục người", "ba", 30, "count", "người", total=52, subject="lao động địa phương"),
    fig("từ 8 đến 10", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6, subject="thu nhập công nhân"),
    fig("doanh thu 46 tỷ", "46", 46e9, "money", "đồng", subject="doanh thu công ty", period=Y23),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="nộp ngân sách của công ty",
        period=Y23),
    fig("đạt 55 tỷ", "55", 55e9, "money", "đồng", status="target",
        change=chg("increase", 20, "%", "năm 2023", approx="nearly"), subject="doanh thu công ty", period=NOW),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị trường học"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=6, subject="doanh nghiệp sản xuất bảng"),
    fig("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=6,
        subject="doanh nghiệp sản xuất bàn ghế, tủ đồ dùng học tập"),
    fig("bố trí 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", subject="kinh phí huyện bố trí để thay bảng cũ",
        period=Y24),
    fig("thay 146 bảng", "146", 146, "count", "bảng", subject="bảng cũ thay bằng bảng chống lóa", period=Y24),
    fig("tại 18 trường", "18", 18, "count", "trường", subject="trường tiểu học, trung học cơ sở thay bảng",
        period=Y24),
]

NOTES = [
    "District portal (Cổng TTĐT huyện Phúc Thọ, Hà Nội): banner, menu, '20/08/2024 - 08:45' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "All figures describe the district or a firm in it (xã Long Xuyên): location Phúc Thọ.",
    "'từ tháng 6 đến nay' = 2024-06-01 .. published. 'Trong đó, bảng từ xanh chống lóa chiếm khoảng 70%' is a percent figure of its own.",
    "'Mỗi chiếc bảng ... có giá từ 2,8 đến 3,5 triệu đồng': unit đồng/chiếc, a standing price, no period.",
    "'ba chục người' = 30 (number word × chục), part of the 52 workers after 'trong đó'. 'gồm 4 ... và 2 ...' take total 6.",
    "'Năm nay' = 2024 (published). 'phấn đấu doanh thu đạt 55 tỷ ..., tăng gần 20%' → target with a change (approx nearly).",
    "Distractors: 08:45, 'ngày 5/9', 'lần thứ 18', 'Số 26', phone 024.3364.1085.",
]

if __name__ == "__main__":
    write("p1469-2", TEXT, NOTES, FIGS, published="2024-08-20", location="Phúc Thọ")
