"""p1500-8: radio/TV site (Đài PT-TH Hải Dương): a doormat workshop employing people with disabilities in Thanh Miện."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Xưởng thảm vải vụn tạo việc làm cho người khuyết tật

Xã hội | 16:20 | 22/05/2024 | Lượt xem: 865

Xưởng may thảm của Hội Người khuyết tật huyện Thanh Miện hiện tạo việc làm ổn định cho 35 người khuyết tật, trong đó 12 người khuyết tật nặng.

Mỗi ngày, xưởng may được khoảng 2.000 tấm thảm lau chân từ vải vụn. Chị Vũ Thị Lan, 34 tuổi, mỗi ngày may được 80-90 tấm. Với tiền công 1.500 đồng/tấm, thu nhập của người lao động tại xưởng từ 3 đến 4 triệu đồng/tháng.

Năm 2023, xưởng tiêu thụ hơn 520.000 sản phẩm, doanh thu gần 1,4 tỷ đồng, gấp 2 lần năm 2021. 5 tháng đầu năm nay, doanh thu đạt 640 triệu đồng, bằng 42% kế hoạch năm. Sản phẩm được bán tại 3 siêu thị trong tỉnh và trên các sàn thương mại điện tử.

Ông Nguyễn Văn Bình, Chủ tịch Hội Người khuyết tật huyện cho biết: "Thời gian tới, xưởng dự kiến đầu tư thêm 10 máy may để nhận thêm người vào làm".

Theo Hội Người khuyết tật tỉnh, toàn tỉnh hiện có khoảng 48 nghìn người khuyết tật, trong đó hơn 60% trong độ tuổi lao động chưa có việc làm ổn định. Hội dự kiến nhân rộng mô hình ra 4 huyện, thị xã; phấn đấu đến cuối năm 2025 tạo việc làm cho ít nhất 150 người khuyết tật.

Video liên quan:
- Thời sự 19h ngày 21/5/2024
- Hải Dương: Khởi công cầu vượt Quốc lộ 5 tại Km 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm nay", "2024-01-01", "2024-05-31")
T25 = per("đến cuối năm 2025", None, "2025-12-31")
TM = "Thanh Miện"

FIGS = [
    fig("cho 35 người", "35", 35, "count", "người khuyết tật",
        subject="người khuyết tật được xưởng may thảm tạo việc làm", location=TM),
    fig("12 người khuyết tật nặng", "12", 12, "count", "người khuyết tật", total=35,
        subject="người khuyết tật nặng", location=TM),
    fig("khoảng 2.000 tấm", "2.000", 2000, "measure", "tấm/ngày", approx="about",
        subject="thảm lau chân xưởng may được mỗi ngày", location=TM),
    fig("34 tuổi", "34", 34, "measure", "tuổi", subject="tuổi của chị Vũ Thị Lan", location=TM, optional=True),
    fig("được 80-90 tấm", "80", 80, "measure", "tấm/ngày", value_max=90,
        subject="thảm chị Vũ Thị Lan may mỗi ngày", location=TM),
    fig("công 1.500 đồng", "1.500", 1500, "money", "đồng/tấm", subject="tiền công", location=TM),
    fig("từ 3 đến 4 triệu", "3", 3e6, "money", "đồng/tháng", value_max=4e6,
        subject="thu nhập của người lao động tại xưởng", location=TM),
    fig("hơn 520.000 sản phẩm", "520.000", 520000, "count", "sản phẩm", approx="over",
        subject="sản phẩm xưởng tiêu thụ", period=Y23, location=TM),
    fig("gần 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="nearly",
        change=chg("increase", 2, "lần", "năm 2021"), subject="doanh thu của xưởng", period=Y23, location=TM),
    fig("đạt 640 triệu", "640", 640e6, "money", "đồng", percent=42, subject="doanh thu của xưởng",
        period=M5, location=TM),
    fig("tại 3 siêu thị", "3", 3, "count", "siêu thị", subject="siêu thị trong tỉnh bán sản phẩm", location=TM),
    fig("thêm 10 máy may", "10", 10, "count", "máy may", status="forecast",
        subject="máy may xưởng đầu tư thêm", location=TM),
    fig("khoảng 48 nghìn", "48", 48000, "count", "người khuyết tật", approx="about",
        subject="người khuyết tật toàn tỉnh"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="người khuyết tật trong độ tuổi lao động chưa có việc làm ổn định"),
    fig("ra 4 huyện", "4", 4, "count", "huyện, thị xã", status="forecast",
        subject="huyện, thị xã nhân rộng mô hình"),
    fig("ít nhất 150 người", "150", 150, "count", "người khuyết tật", approx="at_least", status="target",
        subject="người khuyết tật được tạo việc làm", period=T25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hải Dương): station banner, menu, 'Xã hội | 16:20 | 22/05/2024 | Lượt xem: 865', 'Video liên quan'.",
    "Distractors: 16:20, 'Lượt xem: 865', 'Thời sự 19h ngày 21/5/2024', 'Quốc lộ 5', 'Km 52'.",
    "Workshop passage in huyện Thanh Miện: location Thanh Miện. Province passage: Hải Dương.",
    "'34 tuổi' (a person's age) is optional. Per-day output (2.000 tấm, 80-90 tấm) is a rate: measure, tấm/ngày.",
    "'gấp 2 lần năm 2021' → change 2 lần of 1,4 tỷ; 'bằng 42% kế hoạch năm' → percent 42; '5 tháng đầu năm nay' → 2024 (published).",
    "'dự kiến' → forecast (10 máy may; 4 huyện, thị xã); 'phấn đấu đến cuối năm 2025 ... ít nhất 150' → target, at_least.",
    "'trong đó hơn 60% ...' is a percent figure of its own; 'trong đó 12 người' → total 35.",
]

if __name__ == "__main__":
    write("p1500-8", TEXT, NOTES, FIGS, published="2024-05-22", location="Hải Dương")
