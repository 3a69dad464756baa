"""p1340-1: province portal (Nam Định): sea dyke repairs before the storm season, a revetment in Hải Hậu."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Hoàn thành sửa chữa 12 trọng điểm đê biển xung yếu trước mùa mưa bão

Cập nhật: 18/07/2024 09:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, tỉnh Nam Định có 91,7 km đê biển trải dài qua 3 huyện Giao Thủy, Hải Hậu và Nghĩa Hưng, trong đó khoảng 21 km được đánh giá là xung yếu.

Từ đầu năm đến nay, tỉnh đã bố trí hơn 185 tỷ đồng, tăng 23% so với cùng kỳ năm 2023, để sửa chữa, nâng cấp 12 trọng điểm đê biển. Trong đó, ngân sách trung ương hỗ trợ 110 tỷ đồng, ngân sách tỉnh 75 tỷ đồng.

Tại huyện Hải Hậu, tuyến kè lát mái và 9 mỏ hàn giảm sóng đoạn từ cống Văn Lý đến cống Thịnh Long dài 2,4 km đã hoàn thành, nâng cao trình đỉnh đê lên +5,5 m, bảo đảm chống được bão cấp 12 khi triều trung bình. Công trình có tổng mức đầu tư 68,5 tỷ đồng, huy động khoảng 150 công nhân và 40 đầu máy thi công.

Năm 2024, toàn tỉnh phấn đấu trồng mới 35 ha rừng ngập mặn phía ngoài đê biển, nâng tổng diện tích rừng phòng hộ ven biển lên khoảng 2.600 ha. Để chủ động ứng phó, các địa phương đã chuẩn bị 45.000 bao tải, 8.500 m3 đá hộc và 1.200 cọc tre tại các kho dự trữ ven đê; mỗi km đê xung yếu bố trí từ 30 đến 40 người trực khi có bão.

UBND tỉnh đã ban hành Quyết định số 1267/QĐ-UBND về phương án bảo vệ trọng điểm đê điều năm 2024.

Tin liên quan:
- Giao Thủy diễn tập phòng chống thiên tai và tìm kiếm cứu nạn năm 2024
- Hội nghị triển khai nhiệm vụ phòng, chống thiên tai lần thứ 2
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
HH = "Hải Hậu"

FIGS = [
    fig("sửa chữa 12 trọng điểm", "12", 12, "count", "trọng điểm",
        subject="trọng điểm đê biển xung yếu hoàn thành sửa chữa"),
    fig("có 91,7 km", "91,7", 91.7, "measure", "km", subject="đê biển"),
    fig("qua 3 huyện", "3", 3, "count", "huyện", subject="huyện có đê biển"),
    fig("khoảng 21 km", "21", 21, "measure", "km", approx="about", total=91.7,
        subject="đê biển được đánh giá là xung yếu"),
    fig("hơn 185 tỷ", "185", 185e9, "money", "đồng", approx="over",
        change=chg("increase", 23, "%", "cùng kỳ năm 2023"),
        subject="kinh phí sửa chữa, nâng cấp trọng điểm đê biển", period=YTD),
    fig("nâng cấp 12 trọng điểm", "12", 12, "count", "trọng điểm",
        subject="trọng điểm đê biển được sửa chữa, nâng cấp", period=YTD),
    fig("hỗ trợ 110 tỷ", "110", 110e9, "money", "đồng", total=185e9,
        subject="ngân sách trung ương hỗ trợ", period=inh(YTD)),
    fig("tỉnh 75 tỷ", "75", 75e9, "money", "đồng", total=185e9,
        subject="ngân sách tỉnh", period=inh(YTD)),
    fig("và 9 mỏ hàn", "9", 9, "count", "mỏ hàn", subject="mỏ hàn giảm sóng", location=HH),
    fig("dài 2,4 km", "2,4", 2.4, "measure", "km",
        subject="chiều dài tuyến kè lát mái và mỏ hàn đoạn từ cống Văn Lý đến cống Thịnh Long", location=HH),
    fig("+5,5 m", "5,5", 5.5, "measure", "m", subject="cao trình đỉnh đê", location=HH),
    fig("bão cấp 12", "12", 12, "measure", "cấp", subject="cấp bão đê chống được", location=HH,
        optional=True),
    fig("tư 68,5 tỷ", "68,5", 68.5e9, "money", "đồng", subject="tổng mức đầu tư công trình", location=HH),
    fig("khoảng 150 công nhân", "150", 150, "count", "công nhân", approx="about",
        subject="công nhân huy động", location=HH),
    fig("40 đầu máy", "40", 40, "count", "đầu máy", subject="đầu máy thi công huy động", location=HH),
    fig("mới 35 ha", "35", 35, "measure", "ha", status="target",
        subject="diện tích rừng ngập mặn trồng mới phía ngoài đê biển", period=Y24),
    fig("khoảng 2.600 ha", "2.600", 2600, "measure", "ha", approx="about", status="target",
        subject="tổng diện tích rừng phòng hộ ven biển", period=Y24),
    fig("45.000 bao tải", "45.000", 45000, "count", "bao tải", subject="bao tải chuẩn bị tại kho dự trữ ven đê"),
    fig("8.500 m3", "8.500", 8500, "measure", "m3", subject="đá hộc chuẩn bị tại kho dự trữ ven đê"),
    fig("1.200 cọc", "1.200", 1200, "count", "cọc tre", subject="cọc tre chuẩn bị tại kho dự trữ ven đê"),
    fig("từ 30 đến 40", "30", 30, "measure", "người/km", value_max=40,
        subject="người trực trên mỗi km đê xung yếu"),
]

NOTES = [
    "Province portal (Nam Định): sea dyke repairs 2024; breadcrumb, 'Cập nhật: 18/07/2024 09:45 | Lượt xem: 1.386', related links.",
    "Distractors: 09:45, Lượt xem 1.386, Quyết định số 1267/QĐ-UBND, 'năm 2024' in a link title, 'lần thứ 2', baseline 'năm 2023'.",
    "'trong đó khoảng 21 km' → total 91,7 km. 'Trong đó' after a sentence break → parts of 185 tỷ (money), period inherited.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-18. The change 23% stands right after 185 tỷ.",
    "Hải Hậu passage: location Hải Hậu. 'bão cấp 12' is a storm-force class (like a service level): optional.",
    "'phấn đấu' governs both clauses of the Năm 2024 sentence (target). The stockpile has no period (standing stock).",
    "'mỗi km đê xung yếu bố trí từ 30 đến 40 người' is a rate: measure, unit người/km, range.",
]

if __name__ == "__main__":
    write("p1340-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Nam Định")
