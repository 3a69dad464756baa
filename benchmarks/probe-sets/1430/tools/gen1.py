"""p1430-1: province portal (Thanh Hóa): children with cerebral palsy treated in 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức > Y tế - Xã hội

Hơn 2.300 trẻ bại não được phục hồi chức năng trong 9 tháng

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Sở Y tế, 9 tháng đầu năm 2024, các cơ sở y tế trên địa bàn tỉnh Thanh Hóa đã khám, điều trị phục hồi chức năng cho 2.318 trẻ bại não, tăng 11,4% so với cùng kỳ năm 2023, bằng 82% kế hoạch năm. Trong đó, Bệnh viện Phục hồi chức năng tỉnh điều trị 746 trẻ, Bệnh viện Nhi Thanh Hóa 1.105 trẻ, các trung tâm y tế tuyến huyện 467 trẻ.

Tổng số lượt điều trị vật lý trị liệu, hoạt động trị liệu và ngôn ngữ trị liệu đạt khoảng 96.500 lượt. Thời gian điều trị trung bình một đợt nội trú là 21 ngày; mỗi trẻ thường cần từ 3 đến 4 đợt mỗi năm.

Chi phí điều trị bình quân khoảng 4,2 triệu đồng/trẻ/đợt, trong đó quỹ bảo hiểm y tế (BHYT) chi trả 80-100% tùy đối tượng. Từ đầu năm đến nay, quỹ BHYT đã thanh toán gần 19,6 tỷ đồng cho điều trị phục hồi chức năng ở trẻ em, chiếm 3,1% tổng chi khám, chữa bệnh BHYT của tỉnh.

Hiện 27/27 trung tâm y tế huyện, thị xã, thành phố đã có phòng phục hồi chức năng, với 312 kỹ thuật viên và 58 bác sĩ chuyên khoa. Thực hiện Quyết định số 1438/QĐ-UBND của UBND tỉnh, năm 2025 ngành y tế phấn đấu 100% trẻ bại não được phát hiện trước 24 tháng tuổi; dự kiến đầu tư thêm 12 tỷ đồng mua sắm thiết bị tập cho tuyến huyện.

Tin liên quan:
- Hưởng ứng Ngày Bại não thế giới 6/10: Khám sàng lọc miễn phí tại Bệnh viện Nhi Thanh Hóa
- Tập huấn can thiệp sớm cho trẻ khuyết tật khu vực miền núi
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
HEAD = per("trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
PART = "trẻ bại não được khám, điều trị phục hồi chức năng tại "

FIGS = [
    fig("Hơn 2.300 trẻ", "2.300", 2300, "count", "trẻ", approx="over",
        subject="trẻ bại não được phục hồi chức năng", period=HEAD),
    fig("cho 2.318 trẻ", "2.318", 2318, "count", "trẻ", percent=82,
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"),
        subject="trẻ bại não được khám, điều trị phục hồi chức năng", period=NINE),
    fig("điều trị 746 trẻ", "746", 746, "count", "trẻ", total=2318,
        subject=PART + "Bệnh viện Phục hồi chức năng tỉnh", period=inh(NINE)),
    fig("Thanh Hóa 1.105 trẻ", "1.105", 1105, "count", "trẻ", total=2318,
        subject=PART + "Bệnh viện Nhi Thanh Hóa", period=inh(NINE)),
    fig("huyện 467 trẻ", "467", 467, "count", "trẻ", total=2318,
        subject=PART + "các trung tâm y tế tuyến huyện", period=inh(NINE)),
    fig("khoảng 96.500 lượt", "96.500", 96500, "count", "lượt", approx="about",
        subject="tổng số lượt điều trị vật lý trị liệu, hoạt động trị liệu và ngôn ngữ trị liệu",
        period=inh(NINE)),
    fig("là 21 ngày", "21", 21, "measure", "ngày", subject="thời gian điều trị trung bình một đợt nội trú"),
    fig("từ 3 đến 4 đợt", "3", 3, "measure", "đợt/năm", value_max=4,
        subject="số đợt điều trị mỗi trẻ thường cần mỗi năm"),
    fig("khoảng 4,2 triệu", "4,2", 4.2e6, "money", "đồng/trẻ/đợt", approx="about",
        subject="chi phí điều trị bình quân"),
    fig("chi trả 80-100%", "80", 80, "percent", "%", value_max=100,
        subject="tỷ lệ chi phí điều trị quỹ bảo hiểm y tế (BHYT) chi trả"),
    fig("gần 19,6 tỷ", "19,6", 19.6e9, "money", "đồng", approx="nearly", percent=3.1,
        subject="quỹ BHYT thanh toán cho điều trị phục hồi chức năng ở trẻ em", period=YTD),
    fig("Hiện 27/27", "27", 27, "count", "trung tâm y tế", total=27,
        subject="trung tâm y tế huyện, thị xã, thành phố đã có phòng phục hồi chức năng"),
    fig("với 312 kỹ thuật viên", "312", 312, "count", "kỹ thuật viên",
        subject="kỹ thuật viên của các phòng phục hồi chức năng"),
    fig("và 58 bác sĩ", "58", 58, "count", "bác sĩ",
        subject="bác sĩ chuyên khoa của các phòng phục hồi chức năng"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ trẻ bại não được phát hiện trước 24 tháng tuổi", period=Y25),
    fig("trước 24 tháng tuổi", "24", 24, "measure", "tháng tuổi", status="target",
        subject="tuổi phát hiện trẻ bại não", period=Y25, optional=True),
    fig("thêm 12 tỷ", "12", 12e9, "money", "đồng", status="forecast",
        subject="kinh phí đầu tư thêm mua sắm thiết bị tập cho tuyến huyện", period=Y25),
]

NOTES = [
    "Province portal (Thanh Hóa): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, Lượt xem 1.286, Quyết định số 1438/QĐ-UBND, 'Ngày Bại não thế giới 6/10' in a link, 'năm 2023' as baseline.",
    "Headline 'Hơn 2.300 trẻ ... trong 9 tháng': own figure, over; year-less '9 tháng' takes 2024 from published.",
    "'Trong đó' after a sentence break: 746 + 1.105 + 467 = 2.318, total 2318; period inherited.",
    "'80-100%' after 'trong đó' is a percent of its own (a percent takes no total). 'từ 3 đến 4 đợt mỗi năm' is a rate: measure, đợt/năm.",
    "'trước 24 tháng tuổi' (an age threshold inside the target's definition) is optional.",
    "'phấn đấu' governs its clause (100%, target); the next clause after ';' has its own cue 'dự kiến' (forecast).",
]

if __name__ == "__main__":
    write("p1430-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
