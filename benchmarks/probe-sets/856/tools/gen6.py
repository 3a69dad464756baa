"""p856-6: national newspaper (VnExpress style), Hải Phòng pilot emission tests at inspection centres, 2025."""
from lib import F, P, I, C, write, main

TEXT = """Thời sự › Giao thông
Thứ năm, 15/5/2025, 06:30 (GMT+7)

Gần 15% xe máy đo thử khí thải ở Hải Phòng không đạt

Sau hai tháng thí điểm, 4 trung tâm đăng kiểm ở Hải Phòng đã đo khí thải cho 2.640 xe máy, trong đó 371 xe không đạt, phần lớn là xe sản xuất trước năm 2010.

Sáng 14/5, anh Phạm Văn Tư, 52 tuổi, ở quận Lê Chân, đưa chiếc Honda Dream mua năm 2003 đến Trung tâm đăng kiểm 15-02S trên đường Nguyễn Văn Linh để đo lần thứ 2. Lần đầu, nồng độ CO của xe lên tới 6,2%, vượt mức 4,5% theo quy chuẩn. Sau khi thay bộ chế hòa khí hết 450.000 đồng, xe đã đạt.

Theo Sở Giao thông vận tải Hải Phòng, thành phố có khoảng 1,86 triệu xe máy, trong đó khoảng 420.000 xe đã sử dụng trên 15 năm. Tỷ lệ không đạt trong đợt thí điểm là 14,1%, riêng nhóm xe trên 15 năm là 31%.

PGS.TS Đỗ Văn Năm, Viện Khoa học và Công nghệ môi trường, cho rằng xe máy cũ phát thải CO và HC gấp 3-5 lần xe mới cùng loại. "Với mật độ xe như hiện nay, xe cũ là nguồn ô nhiễm không khí đáng kể ở đô thị", ông nói.

Theo đề án đang lấy ý kiến, giai đoạn 2025-2027 thành phố dự kiến hỗ trợ đổi khoảng 50.000 xe máy cũ cho người thu nhập thấp. Mỗi xe dự kiến được hỗ trợ 3 triệu đồng; chủ xe được vay tối đa 20 triệu đồng trong 36 tháng, ngân sách cấp bù 100% lãi suất. Tổng kinh phí ước khoảng 150 tỷ đồng.

Năm 2024, thành phố đã lắp 12 trạm quan trắc không khí tự động; số ngày có chất lượng không khí ở mức kém chiếm 9,6%, giảm so với năm trước.

Lê Tân
"""

PLAN = P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 15%", "15", 15, "percent", "%", approx="nearly", subject="tỷ lệ xe máy đo thử khí thải không đạt"),
    F("4 trung tâm đăng kiểm", "4", 4, "count", "trung tâm đăng kiểm", subject="trung tâm đăng kiểm đo thử khí thải"),
    F("cho 2.640 xe máy", "2.640", 2640, "count", "xe máy", subject="xe máy được đo khí thải thí điểm"),
    F("371 xe", "371", 371, "count", "xe", total=2640, subject="xe không đạt khí thải"),
    F("52 tuổi", "52", 52, "measure", "tuổi", optional=True),
    F("lên tới 6,2%", "6,2", 6.2, "percent", "%", optional=True, subject="nồng độ CO của xe anh Tư lần đo đầu"),
    F("vượt mức 4,5%", "4,5", 4.5, "percent", "%", optional=True, subject="mức CO theo quy chuẩn"),
    F("hết 450.000 đồng", "450.000", 450000, "money", "đồng", optional=True, subject="chi phí thay bộ chế hòa khí"),
    F("khoảng 1,86 triệu xe máy", "1,86", 1860000, "count", "xe máy", approx="about", subject="xe máy"),
    F("khoảng 420.000 xe", "420.000", 420000, "count", "xe", approx="about", total=1860000,
      subject="xe máy đã sử dụng trên 15 năm"),
    F("sử dụng trên 15 năm", "15", 15, "measure", "năm", approx="over", optional=True),
    F("là 14,1%", "14,1", 14.1, "percent", "%", subject="tỷ lệ không đạt trong đợt thí điểm"),
    F("là 31%", "31", 31, "percent", "%", subject="tỷ lệ không đạt của nhóm xe trên 15 năm"),
    F("gấp 3-5 lần", "3", 3, "multiple", "lần", value_max=5,
      subject="phát thải CO và HC của xe máy cũ so với xe mới"),
    F("khoảng 50.000 xe máy cũ", "50.000", 50000, "count", "xe máy cũ", approx="about", status="forecast",
      subject="xe máy cũ được hỗ trợ đổi cho người thu nhập thấp", period=PLAN),
    F("hỗ trợ 3 triệu đồng", "3", 3000000, "money", "đồng/xe", status="forecast",
      subject="mức hỗ trợ mỗi xe", period=I(PLAN)),
    F("tối đa 20 triệu đồng", "20", 20000000, "money", "đồng", approx="at_most", status="forecast",
      subject="mức vay của chủ xe", period=I(PLAN)),
    F("trong 36 tháng", "36", 36, "measure", "tháng", status="forecast", subject="thời hạn vay", period=I(PLAN)),
    F("100% lãi suất", "100", 100, "percent", "%", status="forecast", subject="lãi suất được ngân sách cấp bù",
      period=I(PLAN)),
    F("khoảng 150 tỷ đồng", "150", 150000000000, "money", "đồng", approx="about", status="estimate",
      subject="tổng kinh phí hỗ trợ đổi xe máy cũ", period=I(PLAN)),
    F("12 trạm", "12", 12, "count", "trạm", subject="trạm quan trắc không khí tự động đã lắp", period=Y24),
    F("chiếm 9,6%", "9,6", 9.6, "percent", "%", subject="số ngày có chất lượng không khí ở mức kém", period=Y24),
]

NOTES = [
    "VnExpress-style national paper on Hải Phòng: pilot emission tests at 4 inspection centres, fleet, planned support 2025-2027.",
    "Distractors: 'Thứ năm, 15/5/2025, 06:30 (GMT+7)', 'Sáng 14/5', 'mua năm 2003', 'trước năm 2010', 'Trung tâm đăng kiểm 15-02S',",
    "'đo lần thứ 2', the names 'Phạm Văn Tư' and 'Đỗ Văn Năm', 'hai tháng thí điểm' (a duration that only locates the pilot).",
    "Headline 'Gần 15%' is the pilot's failure rate. The anecdote's figures (age, one bike's CO, the repair cost) and the",
    "4,5% threshold are optional. 'gấp 3-5 lần' stands as the expert's claim: multiple with a range. 'Sau hai tháng thí điểm' gives",
    "no datable period (the pilot figures get none). 'dự kiến' governs the support sentence (forecast); 'ước khoảng 150 tỷ' -> estimate.",
    "'giảm so với năm trước' has no value: 9,6% carries no change.",
]


def build():
    FIGS_ = [f for f in FIGS]
    return write("p856-6", TEXT, NOTES, FIGS_, published="2025-05-15", location="Hải Phòng")


if __name__ == "__main__":
    main(build)
