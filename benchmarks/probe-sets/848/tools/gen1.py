"""p848-1: Nam Định province portal, dyke repair in H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Cập nhật: 12/07/2024 09:45 | Lượt xem: 1.236

Tu bổ đê điều 6 tháng: hoàn thành 85% kế hoạch năm

6 tháng đầu năm 2024, các địa phương trong tỉnh Nam Định đã đắp tôn cao, áp trúc mái đê được 312.500 m3 đất, đạt 85% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Đồng thời cứng hóa 26,8 km mặt đê kết hợp giao thông (các đoạn giao với Quốc lộ 21B và Quốc lộ 37B), tổng kinh phí ước khoảng 148 tỷ đồng.

Toàn tỉnh hiện có 521 km đê, trong đó 93 km đê biển và 428 km đê sông; riêng đê từ cấp III trở lên dài 276 km. Qua kiểm tra trước lũ, ngành chức năng xác định 14 trọng điểm xung yếu, tập trung ở các huyện Xuân Trường (5 trọng điểm), Nghĩa Hưng (4 trọng điểm), Giao Thủy (3 trọng điểm) và Hải Hậu (2 trọng điểm).

Từ đầu năm đến nay, lực lượng chức năng phát hiện 37 vụ vi phạm Luật Đê điều, giảm 9 vụ so với cùng kỳ; trong đó đã giải tỏa dứt điểm 29 vụ, chiếm 78,4%. Các vi phạm chủ yếu là đổ phế thải, xây dựng công trình trái phép trong hành lang bảo vệ đê, được xử lý theo Nghị định số 03/2022/NĐ-CP.

Để chủ động hộ đê trong mùa mưa bão, tỉnh đã tổ chức lực lượng xung kích gồm 18.600 người, dự trữ 1.450 m3 đá hộc, 52.000 bao tải và 3.200 cọc tre tại các kho vật tư. Mức bồi dưỡng cho người tham gia tuần tra, canh gác đê là 250.000 đồng/người/ngày.

Phấn đấu đến hết năm 2024, toàn tỉnh hoàn thành 100% khối lượng đắp đê theo kế hoạch và cứng hóa thêm 12 km mặt đê.
"""

H1 = P("6 tháng", "2024-01-01", "2024-06-30")
H1B = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
TGT = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("hoàn thành 85% kế hoạch năm", "85", 85, "percent", "%",
      "khối lượng tu bổ đê điều hoàn thành so với kế hoạch năm", H1),
    F("được 312.500 m3 đất", "312.500", 312500, "measure", "m3",
      "đất đắp tôn cao, áp trúc mái đê", H1B, percent=85,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("cứng hóa 26,8 km mặt đê", "26,8", 26.8, "measure", "km",
      "mặt đê được cứng hóa kết hợp giao thông", I(H1B)),
    F("ước khoảng 148 tỷ đồng", "148", 148e9, "money", "đồng",
      "tổng kinh phí cứng hóa mặt đê", I(H1B), approx="about", status="estimate"),
    F("có 521 km đê", "521", 521, "measure", "km", "chiều dài đê toàn tỉnh"),
    F("93 km đê biển", "93", 93, "measure", "km", "đê biển", total=521),
    F("428 km đê sông", "428", 428, "measure", "km", "đê sông", total=521),
    F("dài 276 km", "276", 276, "measure", "km", "đê từ cấp III trở lên"),
    F("xác định 14 trọng điểm", "14", 14, "count", "trọng điểm", "trọng điểm xung yếu"),
    F("Xuân Trường (5 trọng điểm)", "5", 5, "count", "trọng điểm", "trọng điểm xung yếu",
      total=14, location="Xuân Trường"),
    F("Nghĩa Hưng (4 trọng điểm)", "4", 4, "count", "trọng điểm", "trọng điểm xung yếu",
      total=14, location="Nghĩa Hưng"),
    F("Giao Thủy (3 trọng điểm)", "3", 3, "count", "trọng điểm", "trọng điểm xung yếu",
      total=14, location="Giao Thủy"),
    F("Hải Hậu (2 trọng điểm)", "2", 2, "count", "trọng điểm", "trọng điểm xung yếu",
      total=14, location="Hải Hậu"),
    F("phát hiện 37 vụ", "37", 37, "count", "vụ", "vụ vi phạm Luật Đê điều", YTD,
      change=C("decrease", 9, "vụ", "cùng kỳ")),
    F("dứt điểm 29 vụ", "29", 29, "count", "vụ", "vụ vi phạm được giải tỏa dứt điểm", YTD,
      total=37, percent=78.4),
    F("gồm 18.600 người", "18.600", 18600, "count", "người", "lực lượng xung kích hộ đê"),
    F("dự trữ 1.450 m3 đá hộc", "1.450", 1450, "measure", "m3", "đá hộc dự trữ hộ đê"),
    F("52.000 bao tải", "52.000", 52000, "count", "bao tải", "bao tải dự trữ hộ đê"),
    F("3.200 cọc tre", "3.200", 3200, "count", "cọc tre", "cọc tre dự trữ hộ đê"),
    F("là 250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày",
      "mức bồi dưỡng cho người tuần tra, canh gác đê"),
    F("hoàn thành 100% khối lượng", "100", 100, "percent", "%",
      "khối lượng đắp đê theo kế hoạch hoàn thành", TGT, status="target"),
    F("thêm 12 km mặt đê", "12", 12, "measure", "km", "mặt đê cứng hóa thêm", TGT,
      status="target"),
]

NOTES = [
    "Nam Định province portal: dyke repair and reinforcement, H1/2024 (headline 6 tháng without a year takes 2024 from the dateline).",
    "Body 'đạt 85% kế hoạch năm' is the percent attribute of 312.500 m3; the headline 85% is its own figure.",
    "Districts in brackets add up to the 14 weak points: total 14, location the district.",
    "Distractors: Lượt xem: 1.236, Quốc lộ 21B/37B, Nghị định số 03/2022/NĐ-CP, cấp III, 09:45.",
]

if __name__ == "__main__":
    write("p848-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Nam Định")
