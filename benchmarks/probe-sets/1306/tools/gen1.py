"""p1306-1: province portal (Quảng Ninh): Trung tâm Cấp cứu 115, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ > Tin tức - Sự kiện > Y tế - Giáo dục

Trung tâm Cấp cứu 115 Quảng Ninh: 9 tháng tiếp nhận hơn 14.000 cuộc gọi

Cập nhật: 15/10/2024 09:35 | Lượt xem: 1.862

Theo báo cáo của Trung tâm Cấp cứu 115 tỉnh, 9 tháng đầu năm 2024, đơn vị đã tiếp nhận 14.327 cuộc gọi đến đường dây nóng 115, tăng 11,4% so với cùng kỳ năm 2023. Trong đó, 5.912 cuộc gọi yêu cầu cấp cứu, chiếm 41,3%; số còn lại là cuộc gọi tư vấn, gọi nhầm hoặc quấy rối.

Trung tâm đã điều động xe thực hiện 4.856 ca cấp cứu ngoại viện, bằng 76,5% kế hoạch năm, gồm 1.734 ca tai nạn giao thông, 1.208 ca đột quỵ, nhồi máu cơ tim và 1.914 ca bệnh lý khác. Thời gian tiếp cận hiện trường bình quân tại khu vực nội thành là 12 phút, giảm 3 phút so với năm 2023; tại các huyện miền núi, hải đảo từ 25 đến 40 phút.

Hiện trung tâm có 7 trạm cấp cứu vệ tinh đặt tại Hạ Long, Cẩm Phả, Uông Bí, Móng Cái, Đông Triều, Tiên Yên và Vân Đồn với 21 xe cứu thương, trong đó 9 xe được trang bị máy thở và máy sốc tim. Tổng số nhân lực của trung tâm là 142 người, gồm 38 bác sĩ, 64 điều dưỡng và 40 lái xe.

Riêng trạm vệ tinh Vân Đồn, từ đầu năm đến nay đã phối hợp với Trung tâm Y tế huyện chuyển 63 ca bệnh nặng từ các xã đảo Quan Lạn, Minh Châu vào đất liền bằng xuồng cao tốc.

Năm 2025, tỉnh dự kiến đầu tư thêm 6 xe cứu thương loại A với tổng kinh phí khoảng 13,2 tỷ đồng, phấn đấu rút ngắn thời gian tiếp cận hiện trường nội thành xuống dưới 10 phút.

Khi cần hỗ trợ cấp cứu, người dân gọi số 115 hoặc 0203.3835.115 (Trung tâm Cấp cứu 115, số 651 đường Lê Thánh Tông, TP Hạ Long).

Tin liên quan:
- Quảng Ninh tập huấn sơ cấp cứu ban đầu cho tình nguyện viên
- Khánh thành trạm cấp cứu vệ tinh Tiên Yên
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
VD = "Vân Đồn"

FIGS = [
    fig("hơn 14.000 cuộc", "14.000", 14000, "count", "cuộc gọi", approx="over",
        subject="cuộc gọi Trung tâm Cấp cứu 115 Quảng Ninh tiếp nhận", period=NINE_H),
    fig("tiếp nhận 14.327 cuộc", "14.327", 14327, "count", "cuộc gọi",
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"),
        subject="cuộc gọi đến đường dây nóng 115 đơn vị tiếp nhận", period=NINE),
    fig("5.912 cuộc", "5.912", 5912, "count", "cuộc gọi", total=14327, percent=41.3,
        subject="cuộc gọi yêu cầu cấp cứu", period=inh(NINE)),
    fig("4.856 ca", "4.856", 4856, "count", "ca", percent=76.5,
        subject="ca cấp cứu ngoại viện", period=inh(NINE)),
    fig("1.734 ca", "1.734", 1734, "count", "ca", total=4856,
        subject="ca tai nạn giao thông", period=inh(NINE)),
    fig("1.208 ca", "1.208", 1208, "count", "ca", total=4856,
        subject="ca đột quỵ, nhồi máu cơ tim", period=inh(NINE)),
    fig("1.914 ca", "1.914", 1914, "count", "ca", total=4856,
        subject="ca bệnh lý khác", period=inh(NINE)),
    fig("là 12 phút", "12", 12, "measure", "phút", change=chg("decrease", 3, "phút", "năm 2023"),
        subject="thời gian tiếp cận hiện trường bình quân tại khu vực nội thành", period=inh(NINE)),
    fig("từ 25 đến 40 phút", "25", 25, "measure", "phút", value_max=40,
        subject="thời gian tiếp cận hiện trường bình quân tại các huyện miền núi, hải đảo", period=inh(NINE)),
    fig("có 7 trạm", "7", 7, "count", "trạm", subject="trạm cấp cứu vệ tinh của trung tâm"),
    fig("21 xe cứu thương", "21", 21, "count", "xe cứu thương", subject="xe cứu thương của trung tâm"),
    fig("trong đó 9 xe", "9", 9, "count", "xe", total=21,
        subject="xe được trang bị máy thở và máy sốc tim"),
    fig("142 người", "142", 142, "count", "người", subject="tổng số nhân lực của trung tâm"),
    fig("38 bác sĩ", "38", 38, "count", "bác sĩ", total=142, subject="bác sĩ của trung tâm"),
    fig("64 điều dưỡng", "64", 64, "count", "điều dưỡng", total=142, subject="điều dưỡng của trung tâm"),
    fig("40 lái xe", "40", 40, "count", "lái xe", total=142, subject="lái xe của trung tâm"),
    fig("chuyển 63 ca", "63", 63, "count", "ca", location=VD, period=YTD,
        subject="ca bệnh nặng trạm vệ tinh Vân Đồn chuyển từ các xã đảo vào đất liền"),
    fig("thêm 6 xe", "6", 6, "count", "xe cứu thương", status="forecast", period=Y25,
        subject="xe cứu thương loại A tỉnh đầu tư thêm"),
    fig("khoảng 13,2 tỷ", "13,2", 13.2e9, "money", "đồng", approx="about", status="forecast", period=Y25,
        subject="tổng kinh phí đầu tư xe cứu thương"),
    fig("dưới 10 phút", "10", 10, "measure", "phút", approx="under", status="target", period=Y25,
        subject="thời gian tiếp cận hiện trường nội thành"),
]

NOTES = [
    "Province portal (Quảng Ninh): Trung tâm Cấp cứu 115, 9 tháng 2024; breadcrumb, 'Cập nhật: 15/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 115 (service name, hotline), 0203.3835.115, 'số 651 đường Lê Thánh Tông', 09:35, Lượt xem 1.862, 'loại A'.",
    "Headline '9 tháng ... hơn 14.000 cuộc gọi' is its own figure; year-less '9 tháng' takes 2024 (dateline).",
    "'Trong đó' after a sentence break: 5.912 takes total 14.327; 'gồm' parts take total 4.856 and 142.",
    "Vân Đồn passage: location Vân Đồn; 'từ đầu năm đến nay' ends at the dateline.",
    "Năm 2025: 'dự kiến' governs the 6 xe and 13,2 tỷ (forecast); 'phấn đấu ... dưới 10 phút' is a target.",
]

if __name__ == "__main__":
    write("p1306-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Quảng Ninh")
