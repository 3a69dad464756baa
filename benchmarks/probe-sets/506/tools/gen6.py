"""p506-6: national press — KCN occupancy nationwide, FDI into KCN, workers, land rent by province, forecast."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Kinh doanh › Bất động sản
Thứ tư, 14/8/2024, 06:30 (GMT+7)

Tỷ lệ lấp đầy khu công nghiệp cả nước đạt gần 71%

Giá thuê đất khu công nghiệp tiếp tục tăng nhờ dòng vốn FDI, trong khi nhiều khu công nghiệp mới vẫn khó tìm khách thuê.

Theo Bộ Kế hoạch và Đầu tư, tính đến cuối tháng 6/2024, cả nước có 418 khu công nghiệp được thành lập với tổng diện tích đất tự nhiên khoảng 130.300 ha, trong đó 299 KCN đã đi vào hoạt động. Tỷ lệ lấp đầy của các KCN đang hoạt động đạt 70,8%, tăng 1,2 điểm phần trăm so với cuối năm 2023. Tuy vậy, khoảng 40 KCN có tỷ lệ lấp đầy dưới 30%, chủ yếu ở các tỉnh miền Trung.

6 tháng đầu năm 2024, các KCN, khu kinh tế thu hút 9,8 tỷ USD vốn FDI, chiếm 63% tổng vốn FDI đăng ký của cả nước. Các KCN, khu kinh tế hiện tạo việc làm cho khoảng 4,2 triệu lao động trực tiếp, trong đó khoảng 60% là lao động nữ.

Theo báo cáo của Savills Việt Nam, giá thuê đất KCN tại Bắc Ninh trung bình 135 USD/m²/chu kỳ thuê, tăng 9% so với cùng kỳ; tại Bình Dương đạt 185 USD/m²/chu kỳ thuê, tăng 7%. Các KCN ở Hải Phòng, nằm gần cao tốc Hà Nội - Hải Phòng và Vành đai 4, có tỷ lệ lấp đầy bình quân 82%.

"Trong quý II, khoảng 70% khách hỏi thuê đất đến từ Trung Quốc, phần lớn là doanh nghiệp điện tử và linh kiện ô tô", ông Matthew Powell, Giám đốc Savills Hà Nội, cho biết. Savills dự báo giá thuê đất KCN trong năm 2025 sẽ tăng thêm từ 3 đến 5%.

Theo Nghị định 35/2022/NĐ-CP, các KCN mới chỉ được thành lập khi tỷ lệ lấp đầy bình quân của các KCN trên địa bàn tỉnh đạt trên 60%.

Anh Minh
"""

ASOF = P("tính đến cuối tháng 6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II", "2024-04-01", "2024-06-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đạt gần 71%", "71", 71, "percent", "%", "tỷ lệ lấp đầy khu công nghiệp cả nước", approx="nearly"),
    F("có 418 khu công nghiệp", "418", 418, "count", "khu công nghiệp", "khu công nghiệp được thành lập", ASOF),
    F("khoảng 130.300 ha", "130.300", 130300, "measure", "ha", "tổng diện tích đất tự nhiên khu công nghiệp", ASOF,
      approx="about"),
    F("trong đó 299 KCN", "299", 299, "count", "KCN", "KCN đã đi vào hoạt động", ASOF, total=418),
    F("đạt 70,8%", "70,8", 70.8, "percent", "%", "tỷ lệ lấp đầy của các KCN đang hoạt động", INH(ASOF),
      change=CH("increase", 1.2, "điểm phần trăm", baseline="cuối năm 2023")),
    F("khoảng 40 KCN", "40", 40, "count", "KCN", "KCN có tỷ lệ lấp đầy dưới 30%", INH(ASOF), approx="about"),
    F("dưới 30%", "30", 30, "percent", "%", "tỷ lệ lấp đầy", approx="under", optional=True),
    F("thu hút 9,8 tỷ USD", "9,8", 9.8e9, "money", "USD", "vốn FDI các KCN, khu kinh tế thu hút", H1, percent=63),
    F("khoảng 4,2 triệu lao động", "4,2", 4.2e6, "count", "lao động", "lao động trực tiếp các KCN, khu kinh tế tạo việc làm",
      approx="about"),
    F("khoảng 60% là lao động nữ", "60", 60, "percent", "%", "lao động nữ", approx="about"),
    F("trung bình 135 USD", "135", 135, "money", "USD/m²/chu kỳ thuê", "giá thuê đất KCN trung bình",
      change=CH("increase", 9, baseline="cùng kỳ"), location="Bắc Ninh"),
    F("đạt 185 USD", "185", 185, "money", "USD/m²/chu kỳ thuê", "giá thuê đất KCN", change=CH("increase", 7),
      location="Bình Dương"),
    F("bình quân 82%", "82", 82, "percent", "%", "tỷ lệ lấp đầy bình quân các KCN", location="Hải Phòng"),
    F("khoảng 70% khách", "70", 70, "percent", "%", "khách hỏi thuê đất đến từ Trung Quốc", Q2, approx="about"),
    F("từ 3 đến 5%", "3", 3, "percent", "%", "giá thuê đất KCN", Y25, value_max=5, status="forecast"),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ lấp đầy bình quân điều kiện thành lập KCN mới", approx="over",
      optional=True),
]

COMMENTS = [
    "National press (VnExpress-like dateline 'Thứ tư, 14/8/2024, 06:30 (GMT+7)'): KCN nationwide, FDI, workers, land rent. National → Việt Nam.",
    "'tăng 1,2 điểm phần trăm' is the change of the occupancy level 70,8% (a level, not a growth rate). 'trong đó 299 KCN' total 418.",
    "'khoảng 60% là lao động nữ' is a share of a different subject → own percent figure. Rent items: province → location.",
    "Thresholds inside a subject or a legal condition ('dưới 30%', 'đạt trên 60%' in Nghị định 35) are optional.",
    "'quý II' takes 2024 from the dateline/nearest period. Investor origin (Trung Quốc) is not a place. Distractors: GMT+7, Vành đai 4, Nghị định 35/2022/NĐ-CP.",
]

if __name__ == "__main__":
    emit("p506-6", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Việt Nam")
