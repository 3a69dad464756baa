"""p1541-6: national newspaper: a Long An firm (huyện Đức Hòa) makes industrial sewing needles; national demand."""
from lib import fig, per, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ sáu, 6/9/2024, 15:40 (GMT+7)

Doanh nghiệp Việt tự sản xuất kim may công nghiệp

Sau ba năm nghiên cứu, một doanh nghiệp ở Long An đã làm ra kim may công nghiệp, mặt hàng lâu nay gần như phải nhập khẩu toàn bộ.

Công ty cổ phần Cơ khí chính xác Việt Kim đặt xưởng tại huyện Đức Hòa, đầu tư khoảng 65 tỷ đồng cho dây chuyền mài, xử lý nhiệt và mạ crôm. Từ tháng 3 đến nay, xưởng xuất bình quân 1,2 triệu chiếc kim mỗi tháng với 14 chủng loại, trong đó 6 loại dành cho máy vắt sổ và máy may hai kim.

"Giá kim của chúng tôi khoảng 2.800 đồng/chiếc, rẻ hơn 20-25% so với kim nhập từ Nhật Bản, Đức", ông Phạm Quốc Bảo, Tổng giám đốc công ty, cho biết. Trong 8 tháng đầu năm, công ty bán được gần 7 triệu chiếc kim cho khoảng 40 nhà máy may, doanh thu hơn 19 tỷ đồng.

Theo Hiệp hội Dệt may Việt Nam, cả nước có khoảng 6.000 doanh nghiệp may với hơn 2,7 triệu lao động. Nhu cầu kim may công nghiệp ước khoảng 500 triệu chiếc mỗi năm, trị giá 70-80 triệu USD, hầu hết nhập từ Nhật Bản, Đức và Trung Quốc.

Việt Kim đặt mục tiêu đến năm 2026 nâng sản lượng lên 30 triệu chiếc/năm, tương đương khoảng 6% nhu cầu trong nước, và xuất khẩu thử sang Campuchia. Công ty hiện có 85 lao động, trong đó 12 kỹ sư.

Hoài Thu
"""

SINCE = per("Từ tháng 3 đến nay", "2024-03-01", "2024-09-06")
M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
T26 = per("đến năm 2026", None, "2026-12-31")
VN = "Việt Nam"

FIGS = [
    fig("Sau ba năm", "ba", 3, "count", "năm", subject="thời gian nghiên cứu kim may công nghiệp",
        location="Long An", optional=True),
    fig("khoảng 65 tỷ", "65", 65e9, "money", "đồng", approx="about",
        subject="vốn đầu tư dây chuyền mài, xử lý nhiệt và mạ crôm"),
    fig("bình quân 1,2 triệu", "1,2", 1.2e6, "measure", "chiếc/tháng", subject="kim xưởng xuất bình quân",
        period=SINCE),
    fig("với 14 chủng loại", "14", 14, "count", "chủng loại", subject="chủng loại kim", period=SINCE),
    fig("trong đó 6 loại", "6", 6, "count", "loại", total=14,
        subject="loại kim dành cho máy vắt sổ và máy may hai kim", period=SINCE),
    fig("khoảng 2.800 đồng", "2.800", 2800, "money", "đồng/chiếc", approx="about",
        change={"direction": "decrease", "value": 20, "unit": "%", "baseline": "kim nhập từ Nhật Bản, Đức"},
        subject="giá kim của công ty"),
    fig("gần 7 triệu", "7", 7e6, "count", "chiếc", approx="nearly", subject="kim công ty bán được", period=M8),
    fig("khoảng 40 nhà máy", "40", 40, "count", "nhà máy may", approx="about",
        subject="nhà máy may mua kim của công ty", period=M8),
    fig("hơn 19 tỷ", "19", 19e9, "money", "đồng", approx="over", subject="doanh thu công ty", period=M8),
    fig("khoảng 6.000 doanh", "6.000", 6000, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp may", location=VN),
    fig("hơn 2,7 triệu", "2,7", 2.7e6, "count", "lao động", approx="over",
        subject="lao động doanh nghiệp may", location=VN),
    fig("khoảng 500 triệu", "500", 500e6, "measure", "chiếc/năm", approx="about", status="estimate",
        subject="nhu cầu kim may công nghiệp", location=VN),
    fig("trị giá 70-80 triệu", "70", 70e6, "money", "USD", value_max=80e6, status="estimate",
        subject="trị giá nhu cầu kim may công nghiệp", location=VN),
    fig("lên 30 triệu", "30", 30e6, "measure", "chiếc/năm", status="target", percent=6,
        subject="sản lượng kim Việt Kim", period=T26),
    fig("có 85 lao động", "85", 85, "count", "lao động", subject="lao động công ty"),
    fig("trong đó 12 kỹ sư", "12", 12, "count", "kỹ sư", total=85, subject="kỹ sư công ty"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ sáu, 6/9/2024, 15:40 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 15:40, '(GMT+7)', 'máy may hai kim' (a machine type, not a count), 'tháng 3' as a period start.",
    "The firm's workshop is in huyện Đức Hòa (Long An): its figures are located there; the Vitas figures are national (Việt Nam).",
    "'Sau ba năm nghiên cứu' (sapo): the research time is a duration that may or may not count as a figure → optional.",
    "'Từ tháng 3 đến nay' runs from 2024-03-01 to the dateline; it governs the whole sentence incl. 14 chủng loại, 6 loại.",
    "'bình quân 1,2 triệu chiếc kim mỗi tháng' is a rate (chiếc/tháng), likewise 'khoảng 500 triệu chiếc mỗi năm' (chiếc/năm).",
    "'rẻ hơn 20-25% so với kim nhập' → change (decrease) of the price; the change keeps the lower end 20.",
    "'ước khoảng 500 triệu chiếc mỗi năm, trị giá 70-80 triệu USD' → about + estimate; the value clause continues it.",
    "'nâng sản lượng lên 30 triệu chiếc/năm, tương đương khoảng 6% nhu cầu' → target with percent attribute 6.",
]

if __name__ == "__main__":
    write("p1541-6", TEXT, NOTES, FIGS, published="2024-09-06", location="Đức Hòa")
