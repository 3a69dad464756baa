"""p1372-4: Party newspaper (Báo Hà Tĩnh, HTO): students on e-motorbikes, a school in TP Hà Tĩnh, prices, violations."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Học sinh đi xe máy điện: Tiện lợi nhưng nhiều nỗi lo

05/06/2024 07:15

(HTO) - Xe máy điện, xe đạp điện ngày càng phổ biến với học sinh Hà Tĩnh, nhưng tình trạng không đội mũ bảo hiểm, phóng nhanh, chở ba vẫn diễn ra ở nhiều cổng trường.

Tại Trường THPT Phan Đình Phùng (TP Hà Tĩnh), trong số 1.520 học sinh có gần 900 em đi xe điện. Nhà trường dành khoảng 1.200 m2 làm nhà để xe, lắp 16 ổ cắm sạc và 8 camera giám sát. Thầy Nguyễn Văn Hòa, Phó Hiệu trưởng cho biết: “Mỗi tuần, nhà trường vẫn nhận phản ánh về 3-4 trường hợp học sinh phóng nhanh, lạng lách”.

Giá một chiếc xe máy điện phổ thông hiện dao động từ 12 đến 25 triệu đồng, xe đạp điện khoảng 7-10 triệu đồng. Nhiều mẫu như Vento Z7 hay Sao Việt 133S có thể chạy 50-60 km/h, trong khi học sinh chưa được đào tạo kỹ năng lái xe.

Theo Phòng Cảnh sát giao thông Công an tỉnh, năm 2023 toàn tỉnh xử lý 2.374 trường hợp học sinh vi phạm, gấp 1,6 lần năm 2022; 5 tháng đầu năm 2024 đã xử lý 1.108 trường hợp. Hà Tĩnh hiện đứng thứ 3 khu vực Bắc Trung Bộ về số học sinh vi phạm khi đi xe điện. Riêng năm 2023, tỉnh ghi nhận 4 vụ cháy xe điện khi đang sạc, trong đó 1 vụ tại khu trọ học sinh ở huyện Can Lộc.

Sở GD&ĐT đặt mục tiêu năm học 2024-2025 giảm ít nhất 20% số học sinh vi phạm so với năm học trước.

Thu Hà

Từ khóa: an toàn giao thông, xe điện, học sinh
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23r = per("Riêng năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
SY = per("năm học 2024-2025", "2024-09-01", "2025-05-31")
SCH = "Trường THPT Phan Đình Phùng"

FIGS = [
    fig("số 1.520 học sinh", "1.520", 1520, "count", "học sinh", subject=f"học sinh {SCH}"),
    fig("gần 900 em", "900", 900, "count", "em", approx="nearly", total=1520,
        subject=f"học sinh {SCH} đi xe điện"),
    fig("khoảng 1.200 m2", "1.200", 1200, "measure", "m2", approx="about", subject="diện tích nhà để xe"),
    fig("lắp 16 ổ", "16", 16, "count", "ổ cắm sạc", subject="ổ cắm sạc nhà trường lắp"),
    fig("và 8 camera", "8", 8, "count", "camera", subject="camera giám sát nhà trường lắp"),
    fig("về 3-4 trường hợp", "3", 3, "measure", "trường hợp/tuần", value_max=4,
        subject="phản ánh học sinh phóng nhanh, lạng lách nhà trường nhận mỗi tuần"),
    fig("từ 12 đến 25 triệu", "12", 12e6, "money", "đồng/chiếc", value_max=25e6,
        subject="giá xe máy điện phổ thông", location="Hà Tĩnh"),
    fig("khoảng 7-10 triệu", "7", 7e6, "money", "đồng/chiếc", value_max=10e6, approx="about",
        subject="giá xe đạp điện", location="Hà Tĩnh"),
    fig("chạy 50-60 km/h", "50", 50, "measure", "km/h", value_max=60, subject="tốc độ các mẫu xe máy điện"),
    fig("xử lý 2.374 trường hợp", "2.374", 2374, "count", "trường hợp",
        change=chg("increase", 1.6, "lần", "năm 2022"), subject="trường hợp học sinh vi phạm bị xử lý", period=Y23),
    fig("xử lý 1.108 trường hợp", "1.108", 1108, "count", "trường hợp",
        subject="trường hợp học sinh vi phạm bị xử lý", period=M5),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="số học sinh vi phạm khi đi xe điện khu vực Bắc Trung Bộ"),
    fig("nhận 4 vụ", "4", 4, "count", "vụ", subject="vụ cháy xe điện khi đang sạc", period=Y23r),
    fig("trong đó 1 vụ", "1", 1, "count", "vụ", total=4, subject="vụ cháy xe điện tại khu trọ học sinh",
        period=Y23r, location="Can Lộc"),
    fig("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
        subject="giảm số học sinh vi phạm so với năm học trước", period=SY),
]

NOTES = [
    "Party newspaper (Báo Hà Tĩnh): headline, '05/06/2024 07:15', sapo with tag '(HTO) -', quote, byline 'Thu Hà' at the end, tags.",
    "Distractors: 07:15, 'chở ba' (the violation), product names 'Vento Z7', 'Sao Việt 133S', 'Giá một chiếc' (denominator, not a count).",
    "The school passage is in TP Hà Tĩnh, which has the province's name: location Hà Tĩnh throughout (place() equal either way).",
    "'trong số 1.520 học sinh có gần 900 em' → total 1520. Prices per vehicle: unit đồng/chiếc ('Giá một chiếc ...'); 'khoảng 7-10' about + range.",
    "'Mỗi tuần ... 3-4 trường hợp' → measure trường hợp/tuần. 'gấp 1,6 lần năm 2022' after 2.374 → change (increase, 1,6 lần).",
    "'đứng thứ 3 khu vực Bắc Trung Bộ' → rank of the province (location Hà Tĩnh); 'hiện' gives no period.",
    "'trong đó 1 vụ tại khu trọ học sinh ở huyện Can Lộc' → total 4, location Can Lộc.",
    "'năm học 2024-2025' = 2024-09-01..2025-05-31; 'đặt mục tiêu' → target; 'ít nhất' → at_least.",
]

if __name__ == "__main__":
    write("p1372-4", TEXT, NOTES, FIGS, published="2024-06-05", location="Hà Tĩnh")
