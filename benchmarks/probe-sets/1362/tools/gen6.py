"""p1362-6: national newspaper: land subsidence in southern Hà Nội and the plan to cut groundwater use."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Môi trường
Thứ hai, 17/6/2024, 06:00 (GMT+7)

Nhiều khu vực ở Hà Nội lún hơn 5 cm mỗi năm

Khai thác nước ngầm quá mức khiến nền đất tại một số quận phía nam Hà Nội lún nhanh, có nơi trên 5 cm/năm, gây nứt tường, nghiêng nhà.

Vết nứt trên tường nhà số 12, ngõ 68 phố Tân Mai, quận Hoàng Mai. Ảnh: Phạm Chiểu

Kết quả đo tại 40 mốc lún trên địa bàn thành phố giai đoạn 2019-2023 cho thấy tốc độ lún lớn nhất ghi nhận tại quận Hoàng Mai (5,8 cm/năm), tiếp đến là quận Hà Đông (4,6 cm/năm) và quận Thanh Xuân (3,9 cm/năm). Tổng độ lún tích lũy tại khu đô thị Linh Đàm (quận Hoàng Mai) từ năm 2010 đến nay khoảng 60 cm.

Hà Nội hiện cấp khoảng 1,1 triệu m3 nước sạch/ngày đêm, trong đó nước ngầm chiếm khoảng 60%. Mực nước tầng chứa nước Pleistocen ở khu vực nội thành đã hạ thấp 25-30 m so với những năm 1990.

“Riêng năm 2023, phường tiếp nhận 17 đơn phản ánh nhà ở bị nứt, nghiêng do lún nền”, ông Lê Quang Huy, Chủ tịch UBND phường Hoàng Liệt (quận Hoàng Mai) cho biết. Theo các chuyên gia, lún không đều còn làm hư hỏng đường ống cấp, thoát nước và công trình ngầm.

Theo lộ trình, đến năm 2025 thành phố giảm tỷ lệ nước ngầm xuống còn 30% tổng lượng nước cấp, tương ứng cắt giảm khoảng 300.000 m3/ngày đêm. Nhà máy nước mặt sông Đuống giai đoạn 2 dự kiến vận hành năm 2025, nâng công suất lên 600.000 m3/ngày đêm.

Phạm Chiểu
"""

P1923 = per("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
SINCE = per("từ năm 2010 đến nay", "2010-01-01", "2024-06-17")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
N25 = per("năm 2025", "2025-01-01", "2025-12-31")
RATE = "tốc độ lún lớn nhất"

FIGS = [
    fig("lún hơn 5 cm mỗi năm", "5", 5, "measure", "cm/năm", approx="over",
        subject="mức lún của nhiều khu vực"),
    fig("có nơi trên 5 cm/năm", "5", 5, "measure", "cm/năm", approx="over",
        subject="tốc độ lún nền đất tại một số quận phía nam"),
    fig("tại 40 mốc", "40", 40, "count", "mốc", subject="mốc lún được đo", period=P1923),
    fig("Hoàng Mai (5,8 cm/năm)", "5,8", 5.8, "measure", "cm/năm", subject=RATE, period=P1923,
        location="Hoàng Mai"),
    fig("Hà Đông (4,6 cm/năm)", "4,6", 4.6, "measure", "cm/năm", subject=RATE, period=P1923,
        location="Hà Đông"),
    fig("Thanh Xuân (3,9 cm/năm)", "3,9", 3.9, "measure", "cm/năm", subject=RATE, period=P1923,
        location="Thanh Xuân"),
    fig("khoảng 60 cm", "60", 60, "measure", "cm", approx="about",
        subject="tổng độ lún tích lũy tại khu đô thị Linh Đàm", period=SINCE, location="Hoàng Mai"),
    fig("cấp khoảng 1,1 triệu", "1,1", 1.1e6, "measure", "m3/ngày đêm", approx="about",
        subject="lượng nước sạch cấp"),
    fig("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ trọng nước ngầm trong nước sạch cấp"),
    fig("hạ thấp 25-30 m", "25", 25, "measure", "m", value_max=30,
        subject="mực nước tầng chứa nước Pleistocen ở khu vực nội thành hạ thấp"),
    fig("tiếp nhận 17 đơn", "17", 17, "count", "đơn",
        subject="đơn phản ánh nhà ở bị nứt, nghiêng do lún nền", period=Y23, location="Hoàng Mai"),
    fig("còn 30%", "30", 30, "percent", "%", status="target",
        subject="tỷ lệ nước ngầm trong tổng lượng nước cấp", period=T25),
    fig("khoảng 300.000 m3", "300.000", 300000, "measure", "m3/ngày đêm", approx="about", status="target",
        subject="lượng nước ngầm cắt giảm", period=T25),
    fig("lên 600.000 m3", "600.000", 600000, "measure", "m3/ngày đêm", status="forecast",
        subject="công suất Nhà máy nước mặt sông Đuống", period=N25),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 17/6/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'những năm 1990', 'giai đoạn 2' (a project phase), 'phường Hoàng Liệt', photo caption address 'nhà số 12, ngõ 68 phố Tân Mai'.",
    "Headline 'hơn 5 cm mỗi năm' and sapo 'có nơi trên 5 cm/năm' are two figures (over); neither has a period phrase.",
    "'tiếp đến là' list: subject 'tốc độ lún lớn nhất', district in location, period 'giai đoạn 2019-2023' in the same sentence.",
    "'Linh Đàm (quận Hoàng Mai) từ năm 2010 đến nay khoảng 60 cm' → location Hoàng Mai, period 2010-01-01..dateline.",
    "'trong đó nước ngầm chiếm khoảng 60%' → a percent figure of its own (no amount for the part).",
    "'hạ thấp 25-30 m so với những năm 1990' is the claim itself: measure range, no change, no period.",
    "The quote's 17 đơn: phường Hoàng Liệt is in quận Hoàng Mai → location Hoàng Mai.",
    "'Theo lộ trình, đến năm 2025 ... còn 30% ..., tương ứng cắt giảm khoảng 300.000' → target, end 2025-12-31.",
    "'dự kiến vận hành năm 2025, nâng công suất lên 600.000' → forecast, period year 2025.",
]

if __name__ == "__main__":
    write("p1362-6", TEXT, NOTES, FIGS, published="2024-06-17", location="Hà Nội")
