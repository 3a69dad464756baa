"""p1415-6: national newspaper (VnExpress-like): SMA gene therapy 2,1 triệu USD in TP HCM; rare-disease costs nationally."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe › Các bệnh

Thứ sáu, 21/3/2025, 15:40 (GMT+7)

Liều thuốc 2,1 triệu USD cho bé mắc teo cơ tủy

Một bé trai ở TP HCM vừa được truyền liệu pháp gen điều trị teo cơ tủy, một trong những loại thuốc đắt nhất thế giới, nhờ chương trình hỗ trợ nhân đạo.

Bé Nguyễn Gia Bảo được chẩn đoán teo cơ tủy (SMA) týp 1 từ tháng 9/2024. Ngày 18/3, bé được truyền thuốc tại Bệnh viện Nhi Phương Nam, liều thuốc trị giá khoảng 2,1 triệu USD (hơn 53 tỷ đồng) do hãng dược tài trợ toàn bộ.

TS.BS Trần Quốc Hưng, Trưởng khoa Thần kinh, cho biết bệnh viện đang theo dõi 38 trẻ mắc SMA, trong đó mới có 7 trẻ được dùng thuốc đặc trị. Từ đầu năm nay, bệnh viện phát hiện mới 5 ca. Thuốc uống duy trì có chi phí khoảng 150-180 triệu đồng mỗi tháng, chưa được quỹ BHYT chi trả.

Theo Bộ Y tế, cả nước ước tính có khoảng 1.500 trẻ mắc SMA. Khảo sát của Mạng lưới Hỗ trợ người bệnh hiếm trên 412 gia đình cho thấy 68% phải vay nợ để chữa bệnh cho con, 23% đã bán nhà hoặc đất.

Hiện quỹ BHYT mới chi trả thuốc cho khoảng 10 bệnh hiếm, trong khi danh mục bệnh hiếm gồm 58 bệnh. Bộ Y tế dự kiến trong năm nay trình Chính phủ cơ chế đặc thù mua thuốc bệnh hiếm với kinh phí ban đầu khoảng 500 tỷ đồng.

"Cơ hội sống của trẻ SMA phụ thuộc vào việc được điều trị càng sớm càng tốt", bác sĩ Hưng nói.

Lê Phương
"""

YTD = per("Từ đầu năm nay", "2025-01-01", "2025-03-21")
Y25 = per("trong năm nay", "2025-01-01", "2025-12-31")
VN = "Việt Nam"

FIGS = [
    fig("Liều thuốc 2,1 triệu USD", "2,1", 2.1e6, "money", "USD", subject="liều thuốc cho bé mắc teo cơ tủy"),
    fig("khoảng 2,1 triệu USD", "2,1", 2.1e6, "money", "USD", approx="about", subject="liều thuốc trị giá"),
    fig("hơn 53 tỷ", "53", 53e9, "money", "đồng", approx="over", subject="liều thuốc trị giá", optional=True),
    fig("theo dõi 38 trẻ", "38", 38, "count", "trẻ", subject="trẻ mắc SMA bệnh viện đang theo dõi"),
    fig("mới có 7 trẻ", "7", 7, "count", "trẻ", total=38, subject="trẻ được dùng thuốc đặc trị"),
    fig("mới 5 ca", "5", 5, "count", "ca", subject="ca SMA bệnh viện phát hiện mới", period=YTD),
    fig("khoảng 150-180", "150", 150e6, "money", "đồng/tháng", value_max=180e6, approx="about",
        subject="chi phí thuốc uống duy trì"),
    fig("khoảng 1.500 trẻ", "1.500", 1500, "count", "trẻ", approx="about", status="estimate",
        subject="trẻ mắc SMA", location=VN),
    fig("trên 412 gia đình", "412", 412, "count", "gia đình",
        subject="gia đình được Mạng lưới Hỗ trợ người bệnh hiếm khảo sát", location=VN),
    fig("68%", "68", 68, "percent", "%", subject="gia đình phải vay nợ để chữa bệnh cho con", location=VN),
    fig("23%", "23", 23, "percent", "%", subject="gia đình đã bán nhà hoặc đất", location=VN),
    fig("khoảng 10 bệnh", "10", 10, "count", "bệnh hiếm", approx="about",
        subject="bệnh hiếm quỹ BHYT chi trả thuốc", location=VN),
    fig("gồm 58 bệnh", "58", 58, "count", "bệnh", subject="bệnh trong danh mục bệnh hiếm", location=VN),
    fig("khoảng 500 tỷ", "500", 500e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí ban đầu mua thuốc bệnh hiếm", period=Y25, location=VN),
]

NOTES = [
    "National newspaper (VnExpress-like): breadcrumb, 'Thứ sáu, 21/3/2025, 15:40 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 15:40, (GMT+7), 'Một bé trai' (article 'a'), 'týp 1' (a type name), 'tháng 9/2024', 'Ngày 18/3', 'TS.BS'.",
    "Headline '2,1 triệu USD' is its own figure. '(hơn 53 tỷ đồng)' restates the same price in đồng: optional.",
    "The case and the hospital are in TP HCM (article default); the Bộ Y tế, survey and BHYT figures are national (Việt Nam).",
    "'Khảo sát … trên 412 gia đình' means 'on 412 families' (exact), not 'over 412'. Borderline but read by its sense.",
    "'150-180 triệu đồng mỗi tháng' → range, about, 'đồng/tháng'. 'khoảng 10 bệnh hiếm, trong khi … gồm 58 bệnh': 'trong khi'",
    "is not a part-of cue, so no total. 'Từ đầu năm nay' ends at the dateline 2025-03-21; 'trong năm nay' is 2025 (forecast).",
]

if __name__ == "__main__":
    write("p1415-6", TEXT, NOTES, FIGS, published="2025-03-21", location="TP Hồ Chí Minh")
