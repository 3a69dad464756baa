"""p1373-2: district portal (huyện Văn Lâm, Hưng Yên): a container-truck cooperative, district road freight."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

HTX vận tải Như Quỳnh: tăng đoàn xe, tăng thu nhập cho xã viên

18/03/2024 - 10:20

Năm 2023, dù thị trường vận tải gặp nhiều khó khăn, Hợp tác xã Vận tải hàng hóa Như Quỳnh vẫn đạt doanh thu 46,8 tỷ đồng, tăng 11% so với năm 2022; lợi nhuận 2,3 tỷ đồng, vượt 15% kế hoạch.

Hợp tác xã hiện có 37 thành viên, sở hữu 58 xe đầu kéo container, trong đó 21 xe được đầu tư mới từ năm 2021 đến nay; ngoài ra còn hai xe nâng container. Mỗi tháng, đoàn xe thực hiện khoảng 2.400 chuyến, chủ yếu chở hàng từ các khu công nghiệp Phố Nối A, Như Quỳnh về cảng Hải Phòng và cảng cạn ở Hà Nội. Thu nhập bình quân của lái xe đạt 14,5 triệu đồng/người/tháng, cao hơn khoảng 1,2 triệu đồng so với năm trước.

Theo ông Nguyễn Văn Thắng, Giám đốc HTX, năm 2024 hợp tác xã phấn đấu doanh thu đạt 52 tỷ đồng, đầu tư thêm từ 8 đến 10 xe đầu kéo đạt tiêu chuẩn khí thải Euro 5 và mở rộng bãi đỗ xe rộng 1,2 ha tại km 17 Quốc lộ 5.

Toàn huyện hiện có 126 doanh nghiệp, hợp tác xã kinh doanh vận tải hàng hóa bằng xe ô tô với 1.940 phương tiện, gồm 610 xe đầu kéo và 1.330 xe tải các loại. Năm 2023, khối lượng hàng hóa vận chuyển trên địa bàn huyện đạt gần 9,7 triệu tấn, chiếm 18,4% toàn tỉnh.

Huyện phấn đấu đến năm 2025 có ít nhất 3 hợp tác xã vận tải hoạt động hiệu quả, 100% xe kinh doanh vận tải lắp thiết bị giám sát hành trình.

Nguồn: Phòng Kinh tế và Hạ tầng

Tin khác:
- Văn Lâm tổng kết công tác an toàn giao thông năm 2023
- Ra quân thực hiện Nghị định số 168/2024/NĐ-CP

Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên. Điện thoại: 0221.3985.234
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
SINCE21 = per("từ năm 2021 đến nay", "2021-01-01", "2024-03-18")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("doanh thu 46,8 tỷ", "46,8", 46.8e9, "money", "đồng",
        change=chg("increase", 11, "%", "năm 2022"),
        subject="doanh thu Hợp tác xã Vận tải hàng hóa Như Quỳnh", period=Y23),
    fig("lợi nhuận 2,3 tỷ", "2,3", 2.3e9, "money", "đồng",
        change=chg("increase", 15, "%", "kế hoạch"),
        subject="lợi nhuận hợp tác xã", period=Y23),
    fig("có 37 thành viên", "37", 37, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("sở hữu 58 xe", "58", 58, "count", "xe đầu kéo container", subject="xe đầu kéo container hợp tác xã sở hữu"),
    fig("trong đó 21 xe", "21", 21, "count", "xe", total=58,
        subject="xe được đầu tư mới", period=SINCE21),
    fig("còn hai xe", "hai", 2, "count", "xe nâng container", subject="xe nâng container"),
    fig("khoảng 2.400 chuyến", "2.400", 2400, "measure", "chuyến/tháng", approx="about",
        subject="chuyến đoàn xe thực hiện mỗi tháng"),
    fig("đạt 14,5 triệu", "14,5", 14.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 1.2e6, "đồng", "năm trước", approx="about"),
        subject="thu nhập bình quân của lái xe"),
    fig("đạt 52 tỷ", "52", 52e9, "money", "đồng", status="target",
        subject="doanh thu hợp tác xã", period=Y24),
    fig("từ 8 đến 10 xe", "8", 8, "count", "xe đầu kéo", value_max=10, status="target",
        subject="xe đầu kéo đầu tư thêm", period=Y24),
    fig("rộng 1,2 ha", "1,2", 1.2, "measure", "ha", status="target",
        subject="bãi đỗ xe mở rộng", period=Y24),
    fig("có 126 doanh nghiệp", "126", 126, "count", "doanh nghiệp, hợp tác xã",
        subject="doanh nghiệp, hợp tác xã kinh doanh vận tải hàng hóa bằng xe ô tô"),
    fig("với 1.940 phương tiện", "1.940", 1940, "count", "phương tiện",
        subject="phương tiện kinh doanh vận tải hàng hóa"),
    fig("gồm 610 xe", "610", 610, "count", "xe đầu kéo", total=1940, subject="xe đầu kéo"),
    fig("và 1.330 xe", "1.330", 1330, "count", "xe tải", total=1940, subject="xe tải các loại"),
    fig("gần 9,7 triệu tấn", "9,7", 9.7e6, "measure", "tấn", approx="nearly", percent=18.4,
        subject="khối lượng hàng hóa vận chuyển trên địa bàn huyện", period=Y23),
    fig("ít nhất 3 hợp tác xã", "3", 3, "count", "hợp tác xã", approx="at_least", status="target",
        subject="hợp tác xã vận tải hoạt động hiệu quả", period=TO25),
    fig("100% xe", "100", 100, "percent", "%", status="target",
        subject="xe kinh doanh vận tải lắp thiết bị giám sát hành trình", period=TO25),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner, menu, '18/03/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, Euro 5, km 17 Quốc lộ 5, Phố Nối A, Nghị định số 168/2024/NĐ-CP, phone 0221.3985.234, 'năm 2023' in a link.",
    "'ngoài ra còn hai xe' is 'besides', not approx 'over'. 'vượt 15% kế hoạch' is a change with baseline 'kế hoạch'.",
    "'trong đó 21 xe' takes total 58; 'từ năm 2021 đến nay' ends at the dateline 2024-03-18.",
    "'gồm 610 xe đầu kéo và 1.330 xe tải' add up to 1.940: total 1940. 'cao hơn khoảng 1,2 triệu đồng so với năm trước' is a change in đồng.",
    "'Mỗi tháng ... khoảng 2.400 chuyến' is a rate (chuyến/tháng); standing facts introduced by 'hiện' and 'Mỗi tháng' get no period.",
    "'phấn đấu' governs the three clauses of the 2024 sentence and both of the 2025 sentence. Location: Văn Lâm throughout (Như Quỳnh is a thị trấn).",
]

if __name__ == "__main__":
    write("p1373-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Văn Lâm")
