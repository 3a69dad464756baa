from lib import F, P, I, CH, TG, emit

TEXT = """HỘI CHỮ THẬP ĐỎ VIỆT NAM
Tin tức > Hiến máu tình nguyện
Đăng lúc: 09:45 - 29/01/2024

Chủ nhật Đỏ lần thứ XVI: tiếp nhận hơn 85.000 đơn vị máu

Từ ngày 2/1 đến 28/1/2024, Chương trình Chủ nhật Đỏ lần thứ XVI đã tiếp nhận 85.412 đơn vị máu tại 43 tỉnh, thành phố, vượt 6,8% so với mục tiêu 80.000 đơn vị. Có 27.640 người hiến máu lần đầu, chiếm 32,4%; hơn 60% người tham gia là đoàn viên, sinh viên.

Ngày hội chính diễn ra ngày 7/1 tại Nhà văn hóa Thanh niên TP. Hồ Chí Minh (số 4 Phạm Ngọc Thạch, quận 1) với 4.168 đơn vị máu được tiếp nhận. Tại Hà Nội, điểm hiến máu ở Đại học Quốc gia Hà Nội (144 Xuân Thủy) tiếp nhận 3.250 đơn vị; Đà Nẵng và Cần Thơ lần lượt tiếp nhận 2.140 và 1.865 đơn vị.

Ban tổ chức trao 2.500 suất quà cho người hiến máu, tổng trị giá 750 triệu đồng; mỗi suất quà trị giá 300.000 đồng. Sau 16 năm tổ chức, chương trình đã tiếp nhận gần 1,2 triệu đơn vị máu, góp phần giảm tình trạng thiếu máu sau dịp Tết Nguyên đán.

Phát biểu tại lễ tổng kết, đại diện Trung ương Hội Chữ thập đỏ Việt Nam cho biết sau Tết, nhu cầu máu tại các bệnh viện thường tăng cao trong khi nguồn máu dự trữ giảm mạnh. Hội đề nghị các cấp hội tiếp tục duy trì các câu lạc bộ ngân hàng máu sống, nhóm hiến máu dự bị tại cơ sở.

Số máu tiếp nhận được chuyển tới Viện Huyết học - Truyền máu Trung ương và các trung tâm truyền máu khu vực. Đường dây nóng của chương trình: 024.3822.4030.
"""

PP = P("Từ ngày 2/1 đến 28/1/2024", "2024-01-02", "2024-01-28")

FIGS = [
    F("tiếp nhận hơn 85.000 đơn vị máu", "85.000", 85000, "count", "đơn vị máu", approx="over",
      subject="đơn vị máu Chủ nhật Đỏ lần thứ XVI tiếp nhận", period=I(PP)),
    F("tiếp nhận 85.412 đơn vị máu", "85.412", 85412, "count", "đơn vị máu",
      change=CH("increase", 6.8, baseline="mục tiêu"), target=TG(80000, "đơn vị", True),
      subject="đơn vị máu Chương trình Chủ nhật Đỏ tiếp nhận", period=PP),
    F("tại 43 tỉnh", "43", 43, "count", "tỉnh, thành phố", subject="tỉnh, thành phố tổ chức Chủ nhật Đỏ", period=PP),
    F("Có 27.640 người", "27.640", 27640, "count", "người", percent=32.4, subject="người hiến máu lần đầu",
      period=I(PP)),
    F("hơn 60% người", "60", 60, "percent", "%", approx="over",
      subject="đoàn viên, sinh viên trong số người tham gia", period=I(PP)),
    F("với 4.168 đơn vị máu", "4.168", 4168, "count", "đơn vị máu", subject="đơn vị máu tiếp nhận tại ngày hội chính",
      period=P("ngày 7/1", "2024-01-07", "2024-01-07"), location="TP. Hồ Chí Minh"),
    F("tiếp nhận 3.250 đơn vị", "3.250", 3250, "count", "đơn vị",
      subject="đơn vị máu tiếp nhận tại điểm hiến máu Đại học Quốc gia Hà Nội", period=I(PP), location="Hà Nội"),
    F("lần lượt tiếp nhận 2.140", "2.140", 2140, "count", "đơn vị", subject="đơn vị máu tiếp nhận",
      period=I(PP), location="Đà Nẵng"),
    F("và 1.865 đơn vị", "1.865", 1865, "count", "đơn vị", subject="đơn vị máu tiếp nhận",
      period=I(PP), location="Cần Thơ"),
    F("trao 2.500 suất quà", "2.500", 2500, "count", "suất quà", subject="suất quà trao cho người hiến máu"),
    F("trị giá 750 triệu đồng", "750", 750000000, "money", "đồng", subject="tổng trị giá suất quà"),
    F("trị giá 300.000 đồng", "300.000", 300000, "money", "đồng", subject="trị giá mỗi suất quà"),
    F("gần 1,2 triệu đơn vị máu", "1,2", 1200000, "count", "đơn vị máu", approx="nearly",
      subject="đơn vị máu chương trình đã tiếp nhận sau 16 năm tổ chức"),
]

COMMENTS = [
    "Probe 574-8: Hội Chữ thập đỏ Việt Nam site ('Đăng lúc: 09:45 - 29/01/2024'): Chủ nhật Đỏ lần thứ XVI, national results.",
    "'vượt 6,8% so với mục tiêu 80.000 đơn vị' gives 85.412 a change against the target and target 80.000 (met).",
    "Campaign period 'Từ ngày 2/1 đến 28/1/2024'; the main festival day 'ngày 7/1' for the TP. Hồ Chí Minh figure.",
    "'lần lượt' pairs Đà Nẵng/Cần Thơ with 2.140/1.865. 'Sau 16 năm tổ chức' and 'lần thứ XVI' are not figures.",
    "Distractors: số 4 Phạm Ngọc Thạch, quận 1, 144 Xuân Thủy, 024.3822.4030, Đăng lúc 09:45, ngày 2/1, ngày 7/1.",
]

if __name__ == "__main__":
    emit("p574-8", TEXT, COMMENTS, FIGS, published="2024-01-29", location="Việt Nam")
