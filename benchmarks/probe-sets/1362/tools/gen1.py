"""p1362-1: province portal (Cà Mau): well sealing, licences, subsidence monitoring, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Cà Mau: 9 tháng trám lấp hơn 1.200 giếng khoan không sử dụng

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, các địa phương trong tỉnh đã trám lấp 1.245 giếng khoan hư hỏng, không sử dụng, bằng 83% kế hoạch năm, tăng 18,6% so với cùng kỳ năm 2023. Trong đó, TP Cà Mau trám lấp 412 giếng, huyện Trần Văn Thời 286 giếng, huyện Cái Nước 203 giếng.

Toàn tỉnh hiện có khoảng 138.000 giếng khoan khai thác nước dưới đất, tổng lượng khai thác ước khoảng 310.000 m3/ngày đêm. Nước phục vụ sinh hoạt chiếm gần 60% lượng khai thác.

Kết quả quan trắc tại 32 mốc đo lún cho thấy tốc độ sụt lún trung bình của tỉnh khoảng 3,2 cm/năm; riêng khu vực nội ô TP Cà Mau có nơi lún từ 4 đến 5 cm/năm. Mực nước tầng chứa nước Pleistocen giữa - trên (qp2-3) tiếp tục hạ thấp, trung bình 0,45 m/năm.

Từ đầu năm đến nay, Sở đã cấp 57 giấy phép khai thác nước dưới đất với tổng lưu lượng 18.640 m3/ngày đêm; kiểm tra 94 tổ chức, cá nhân, phát hiện 11 trường hợp vi phạm, xử phạt hành chính hơn 320 triệu đồng.

Quý IV, tỉnh phấn đấu trám lấp thêm khoảng 250 giếng, nâng tổng số cả năm lên 1.500 giếng, đạt 100% kế hoạch. Mục tiêu đến năm 2030, giảm ít nhất 30% lượng nước dưới đất khai thác tại các đô thị so với năm 2020.

Tin liên quan:
- Triển khai Luật Tài nguyên nước số 28/2023/QH15
- Cà Mau tập huấn quan trắc tài nguyên nước năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
T2030 = per("đến năm 2030", None, "2030-12-31")
SEAL = "giếng khoan trám lấp"

FIGS = [
    fig("trám lấp hơn 1.200 giếng", "1.200", 1200, "count", "giếng", approx="over",
        subject="giếng khoan không sử dụng trám lấp", period=NINE_H),
    fig("trám lấp 1.245 giếng", "1.245", 1245, "count", "giếng", percent=83,
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="giếng khoan hư hỏng, không sử dụng trám lấp", period=NINE),
    fig("trám lấp 412 giếng", "412", 412, "count", "giếng", total=1245, subject=SEAL,
        period=inh(NINE), location="TP Cà Mau"),
    fig("Thời 286 giếng", "286", 286, "count", "giếng", total=1245, subject=SEAL,
        period=inh(NINE), location="Trần Văn Thời"),
    fig("Nước 203 giếng", "203", 203, "count", "giếng", total=1245, subject=SEAL,
        period=inh(NINE), location="Cái Nước"),
    fig("khoảng 138.000 giếng", "138.000", 138000, "count", "giếng", approx="about",
        subject="giếng khoan khai thác nước dưới đất"),
    fig("ước khoảng 310.000", "310.000", 310000, "measure", "m3/ngày đêm", approx="about",
        status="estimate", subject="tổng lượng khai thác nước dưới đất"),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="tỷ trọng nước phục vụ sinh hoạt trong lượng khai thác"),
    fig("tại 32 mốc", "32", 32, "count", "mốc", subject="mốc đo lún quan trắc"),
    fig("khoảng 3,2 cm/năm", "3,2", 3.2, "measure", "cm/năm", approx="about",
        subject="tốc độ sụt lún trung bình của tỉnh"),
    fig("từ 4 đến 5 cm/năm", "4", 4, "measure", "cm/năm", value_max=5,
        subject="tốc độ lún khu vực nội ô", location="TP Cà Mau"),
    fig("trung bình 0,45 m/năm", "0,45", 0.45, "measure", "m/năm",
        subject="mực nước tầng chứa nước Pleistocen giữa - trên hạ thấp"),
    fig("cấp 57 giấy phép", "57", 57, "count", "giấy phép",
        subject="giấy phép khai thác nước dưới đất cấp", period=YTD),
    fig("lưu lượng 18.640 m3", "18.640", 18640, "measure", "m3/ngày đêm",
        subject="tổng lưu lượng khai thác được cấp phép", period=YTD),
    fig("kiểm tra 94 tổ chức", "94", 94, "count", "tổ chức, cá nhân",
        subject="tổ chức, cá nhân được kiểm tra", period=YTD),
    fig("phát hiện 11 trường hợp", "11", 11, "count", "trường hợp",
        subject="trường hợp vi phạm", period=YTD),
    fig("hơn 320 triệu", "320", 320e6, "money", "đồng", approx="over",
        subject="tiền xử phạt hành chính", period=YTD),
    fig("thêm khoảng 250 giếng", "250", 250, "count", "giếng", approx="about", status="target",
        subject="giếng trám lấp thêm", period=Q4),
    fig("lên 1.500 giếng", "1.500", 1500, "count", "giếng", percent=100, status="target",
        subject="tổng số giếng trám lấp cả năm", period=YEAR),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="mức giảm lượng nước dưới đất khai thác tại các đô thị", period=T2030),
]

NOTES = [
    "Province portal (Cà Mau): well sealing, groundwater licences and subsidence monitoring, 9 months 2024.",
    "Distractors: 14/10/2024 09:35, 'Lượt xem: 1.286', aquifer code '(qp2-3)', 'Luật Tài nguyên nước số 28/2023/QH15',",
    "'năm 2024' in a related link, baselines 'năm 2023', 'năm 2020'.",
    "Headline '9 tháng ... hơn 1.200 giếng' is its own figure (over), period from the dateline year.",
    "'Trong đó' parts after a sentence break: total 1.245, district in location, period inherited.",
    "'bằng 83% kế hoạch năm' → percent attribute; 'tăng 18,6% so với cùng kỳ năm 2023' → change.",
    "'ước khoảng 310.000' → estimate + about. 'chiếm gần 60%' stands alone (no amount in its sentence): percent figure.",
    "Standing monitoring values (no period phrase): no period. 'Từ đầu năm đến nay' ends at the dateline.",
    "'phấn đấu' governs the Quý IV sentence (target); 'đạt 100% kế hoạch' → percent attribute of 1.500.",
    "'Mục tiêu đến năm 2030, giảm ít nhất 30%' → percent figure, target, at_least, no change (the cut is the claim).",
]

if __name__ == "__main__":
    write("p1362-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Cà Mau")
