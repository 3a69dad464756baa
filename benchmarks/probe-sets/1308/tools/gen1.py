"""p1308-1: province portal (An Giang): TB case finding and treatment, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Trang chủ > Tin tức > Y tế - Sức khỏe

9 tháng, An Giang phát hiện gần 2.900 bệnh nhân lao

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Bệnh viện Lao và Bệnh phổi tỉnh, 9 tháng đầu năm 2024, toàn tỉnh An Giang phát hiện và thu nhận điều trị 2.874 bệnh nhân lao các thể, đạt 79,8% kế hoạch năm, tăng 6,2% so với cùng kỳ năm 2023. Trong đó, lao phổi có bằng chứng vi khuẩn học 1.716 ca, lao phổi không có bằng chứng vi khuẩn học 782 ca và lao ngoài phổi 376 ca.

Tỷ lệ điều trị thành công đối với bệnh nhân lao nhạy cảm thuốc đạt 91,3%, vượt mục tiêu 90% do Chương trình Chống lao Quốc gia đề ra.

Công tác phát hiện lao kháng thuốc được đẩy mạnh với 4 máy xét nghiệm GeneXpert đặt tại tuyến tỉnh và các trung tâm y tế. Từ đầu năm đến nay, toàn tỉnh thu nhận điều trị 58 bệnh nhân lao kháng thuốc, trong đó 41 người được điều trị bằng phác đồ ngắn hạn.

Thực hiện chiến lược 2X (chụp X-quang và xét nghiệm Xpert), ngành y tế đã tổ chức khám sàng lọc chủ động cho hơn 46 nghìn lượt người có nguy cơ cao tại 11 huyện, thị xã, thành phố; phát hiện 412 ca mắc lao, chiếm 14,3% tổng số bệnh nhân được phát hiện.

Kinh phí cho Chương trình chống lao năm 2024 của tỉnh khoảng 3,6 tỷ đồng, trong đó ngân sách địa phương 1,2 tỷ đồng, còn lại từ Quỹ Toàn cầu và Dự án VATA. Hiện mỗi bệnh nhân lao kháng thuốc được hỗ trợ 500.000 đồng/tháng tiền dinh dưỡng trong suốt thời gian điều trị.

Quý IV, ngành y tế phấn đấu phát hiện thêm khoảng 720 bệnh nhân, đưa tổng số cả năm lên khoảng 3.600 ca, hoàn thành kế hoạch được giao.

Tin liên quan:
- An Giang hưởng ứng Ngày Thế giới phòng, chống lao 24/3
- Khám sàng lọc lao miễn phí cho người dân xã Vĩnh Trạch, huyện Thoại Sơn
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 2.900 bệnh nhân", "2.900", 2900, "count", "bệnh nhân", approx="nearly",
        subject="bệnh nhân lao phát hiện", period=NINE_H),
    fig("điều trị 2.874 bệnh nhân", "2.874", 2874, "count", "bệnh nhân", percent=79.8,
        change=chg("increase", 6.2, "%", "cùng kỳ năm 2023"),
        subject="bệnh nhân lao các thể phát hiện và thu nhận điều trị", period=NINE),
    fig("vi khuẩn học 1.716 ca", "1.716", 1716, "count", "ca", total=2874,
        subject="lao phổi có bằng chứng vi khuẩn học", period=inh(NINE)),
    fig("vi khuẩn học 782 ca", "782", 782, "count", "ca", total=2874,
        subject="lao phổi không có bằng chứng vi khuẩn học", period=inh(NINE)),
    fig("ngoài phổi 376 ca", "376", 376, "count", "ca", total=2874,
        subject="lao ngoài phổi", period=inh(NINE)),
    fig("đạt 91,3%", "91,3", 91.3, "percent", "%", target=tgt(90, "%", True),
        subject="tỷ lệ điều trị thành công đối với bệnh nhân lao nhạy cảm thuốc", period=inh(NINE)),
    fig("với 4 máy", "4", 4, "count", "máy", subject="máy xét nghiệm GeneXpert"),
    fig("điều trị 58 bệnh nhân", "58", 58, "count", "bệnh nhân",
        subject="bệnh nhân lao kháng thuốc thu nhận điều trị", period=YTD),
    fig("trong đó 41 người", "41", 41, "count", "người", total=58,
        subject="người được điều trị bằng phác đồ ngắn hạn", period=YTD),
    fig("hơn 46 nghìn", "46", 46000, "count", "lượt người", approx="over",
        subject="lượt người có nguy cơ cao được khám sàng lọc chủ động", period=inh(NINE)),
    fig("tại 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố",
        subject="huyện, thị xã, thành phố tổ chức khám sàng lọc chủ động"),
    fig("phát hiện 412 ca", "412", 412, "count", "ca", percent=14.3,
        subject="ca mắc lao phát hiện qua sàng lọc chủ động", period=inh(NINE)),
    fig("khoảng 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", approx="about",
        subject="kinh phí cho Chương trình chống lao của tỉnh", period=Y24),
    fig("phương 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", total=3.6e9,
        subject="ngân sách địa phương", period=Y24),
    fig("hỗ trợ 500.000 đồng", "500.000", 500000, "money", "đồng/tháng",
        subject="hỗ trợ tiền dinh dưỡng mỗi bệnh nhân lao kháng thuốc"),
    fig("thêm khoảng 720 bệnh nhân", "720", 720, "count", "bệnh nhân", approx="about", status="target",
        subject="bệnh nhân lao phát hiện thêm", period=Q4),
    fig("khoảng 3.600 ca", "3.600", 3600, "count", "ca", approx="about", status="target",
        subject="tổng số bệnh nhân lao phát hiện cả năm", period=YEAR),
]

NOTES = [
    "Province portal (An Giang): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, 'Lượt xem: 1.286', 'chiến lược 2X', GeneXpert/Xpert, 'Ngày ... 24/3' in a related link.",
    "Headline '9 tháng' takes the dateline year 2024. 'đạt 79,8% kế hoạch năm' is the percent attribute, 'tăng 6,2%' the change.",
    "'Trong đó' after a sentence break: three parts (1.716 + 782 + 376 = 2.874) take total 2.874; period inherited.",
    "'đạt 91,3%, vượt mục tiêu 90%' → target 90, met true. 'trong đó 41 người' → total 58.",
    "'Từ đầu năm đến nay' → 2024-01-01 .. published 2024-10-14. 'chiếm 14,3% tổng số bệnh nhân' → percent attribute of 412.",
    "'Quý IV ... phấn đấu' governs the continuing clause 'đưa tổng số cả năm lên khoảng 3.600 ca' (target).",
    "The standing support '500.000 đồng/tháng' and the 4 machines and 11 districts have no period.",
]

if __name__ == "__main__":
    write("p1308-1", TEXT, NOTES, FIGS, published="2024-10-14", location="An Giang")
