"""p1191-1: province portal (Thái Bình), mosquito-net and knitwear villages, 8 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế > Công nghiệp - Tiểu thủ công nghiệp

Thái Bình: Hơn 12.000 lao động có việc làm ổn định từ nghề dệt màn, dệt kim

Cập nhật: 24/09/2024 10:15 | Lượt xem: 2.317

Theo Sở Công Thương, toàn tỉnh hiện có 38 làng nghề dệt được UBND tỉnh công nhận, trong đó 21 làng nghề dệt màn và 9 làng nghề dệt kim. Các làng nghề dệt thu hút hơn 12.000 lao động thường xuyên, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng.

8 tháng đầu năm 2024, giá trị sản xuất của các làng nghề dệt màn, dệt kim ước đạt 1.850 tỷ đồng, tăng 9,6% so với cùng kỳ năm 2023, bằng 68,5% kế hoạch năm. Sản lượng màn tuyn ước đạt khoảng 14,2 triệu chiếc, trong đó màn xuất khẩu chiếm 35%.

Huyện Hưng Hà là địa phương có nhiều làng nghề dệt nhất tỉnh với 17 làng. Tại làng dệt màn Thái Phương, xã Thái Phương hiện có 620 hộ làm nghề với khoảng 2.100 máy dệt; năm 2023, làng cung ứng ra thị trường gần 4 triệu chiếc màn các loại. Công ty TNHH Dệt may Phương Nam đóng trên địa bàn xã đang sử dụng 185 lao động, doanh thu năm 2023 đạt 96 tỷ đồng, nộp ngân sách hơn 2,3 tỷ đồng.

Các huyện Quỳnh Phụ và Đông Hưng lần lượt có 6 và 5 làng nghề dệt, chủ yếu dệt kim áo len, găng tay, bít tất.

Tỉnh tiếp tục hỗ trợ 50% kinh phí, tối đa 300 triệu đồng/cơ sở, cho các cơ sở đầu tư máy dệt kim điện tử. Năm 2024, ngành Công Thương phấn đấu giá trị sản xuất các làng nghề dệt đạt 2.700 tỷ đồng; dự kiến đến năm 2025 có thêm 4 làng nghề dệt được công nhận.

Tin liên quan:
- Hội chợ hàng thủ công mỹ nghệ Thái Bình lần thứ 5
- Đường dây nóng Sở Công Thương: 0227.3831.456
"""

M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
HH = "Hưng Hà"

FIGS = [
    fig("Hơn 12.000 lao động có", "12.000", 12000, "count", "lao động", approx="over",
        subject="lao động có việc làm ổn định từ nghề dệt màn, dệt kim"),
    fig("có 38 làng nghề", "38", 38, "count", "làng nghề",
        subject="làng nghề dệt được UBND tỉnh công nhận"),
    fig("21 làng nghề", "21", 21, "count", "làng nghề", total=38, subject="làng nghề dệt màn"),
    fig("9 làng nghề", "9", 9, "count", "làng nghề", total=38, subject="làng nghề dệt kim"),
    fig("hơn 12.000 lao động thường", "12.000", 12000, "count", "lao động", approx="over",
        subject="lao động thường xuyên tại các làng nghề dệt"),
    fig("từ 6 đến 8 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=8000000,
        subject="thu nhập bình quân lao động làng nghề dệt"),
    fig("ước đạt 1.850 tỷ", "1.850", 1850e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.6, "%", "cùng kỳ năm 2023"), percent=68.5,
        subject="giá trị sản xuất của các làng nghề dệt màn, dệt kim", period=M8),
    fig("khoảng 14,2 triệu chiếc", "14,2", 14.2e6, "count", "chiếc", approx="about", status="estimate",
        subject="sản lượng màn tuyn", period=inh(M8)),
    fig("chiếm 35%", "35", 35, "percent", "%", status="estimate",
        subject="màn xuất khẩu trong sản lượng màn tuyn", period=inh(M8)),
    fig("với 17 làng", "17", 17, "count", "làng", subject="làng nghề dệt", location=HH),
    fig("620 hộ", "620", 620, "count", "hộ", subject="hộ làm nghề dệt màn tại làng Thái Phương", location=HH),
    fig("khoảng 2.100 máy", "2.100", 2100, "count", "máy dệt", approx="about",
        subject="máy dệt tại làng dệt màn Thái Phương", location=HH),
    fig("gần 4 triệu chiếc", "4", 4e6, "count", "chiếc màn", approx="nearly",
        subject="màn các loại làng Thái Phương cung ứng ra thị trường", period=Y23, location=HH),
    fig("sử dụng 185 lao động", "185", 185, "count", "lao động",
        subject="lao động Công ty TNHH Dệt may Phương Nam sử dụng", location=HH),
    fig("đạt 96 tỷ", "96", 96e9, "money", "đồng",
        subject="doanh thu Công ty TNHH Dệt may Phương Nam", period=Y23, location=HH),
    fig("hơn 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="over",
        subject="nộp ngân sách Công ty TNHH Dệt may Phương Nam", period=Y23, location=HH),
    fig("lần lượt có 6", "6", 6, "count", "làng nghề", subject="làng nghề dệt", location="Quỳnh Phụ"),
    fig("và 5 làng nghề", "5", 5, "count", "làng nghề", subject="làng nghề dệt", location="Đông Hưng"),
    fig("hỗ trợ 50% kinh phí", "50", 50, "percent", "%",
        subject="kinh phí hỗ trợ cơ sở đầu tư máy dệt kim điện tử"),
    fig("tối đa 300 triệu", "300", 300e6, "money", "đồng/cơ sở", approx="at_most",
        subject="mức hỗ trợ cơ sở đầu tư máy dệt kim điện tử"),
    fig("đạt 2.700 tỷ", "2.700", 2700e9, "money", "đồng", status="target",
        subject="giá trị sản xuất các làng nghề dệt", period=Y24),
    fig("thêm 4 làng nghề", "4", 4, "count", "làng nghề", status="forecast",
        subject="làng nghề dệt được công nhận thêm", period=TO25),
]

NOTES = [
    "Province portal (Thái Bình): breadcrumb, 'Cập nhật: 24/09/2024 10:15 | Lượt xem: 2.317' (published 2024-09-24).",
    "Distractors: time 10:15, view counter 2.317, 'lần thứ 5' (ordinal), hotline 0227.3831.456.",
    "21 and 9 làng nghề are parts of 38 (trong đó). 'trong đó màn xuất khẩu chiếm 35%' is a share of a part: a percent figure",
    "of its own (status estimate: the clause continues 'ước đạt'). Thái Phương village and the company there: location Hưng Hà.",
    "'lần lượt có 6 và 5' shares the indicator; places go to location. 50% / tối đa 300 triệu: standing support rule, actual, no period.",
    "'dự kiến đến năm 2025 có thêm 4 làng nghề' is forecast with an as-of end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1191-1", TEXT, NOTES, FIGS, published="2024-09-24", location="Thái Bình")
