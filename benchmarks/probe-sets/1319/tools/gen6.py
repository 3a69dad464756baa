"""p1319-6: national newspaper: Tết peak of e-commerce parcels, a shipper's income, delivery prices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Thương mại điện tử
Thứ hai, 20/1/2025, 14:05 (GMT+7)

Đơn hàng dịp Tết tăng vọt, shipper kiếm 30 triệu đồng một tháng

Lượng đơn hàng thương mại điện tử trong tuần cao điểm trước Tết tăng 40-50% so với ngày thường, nhiều hãng chuyển phát phải tuyển thêm hàng nghìn nhân viên thời vụ.

Theo Hiệp hội Thương mại điện tử Việt Nam (VECOM), từ ngày 1/1 đến ngày 19/1/2025, các doanh nghiệp chuyển phát cả nước xử lý trung bình khoảng 9 triệu đơn hàng mỗi ngày, có ngày vượt 12 triệu đơn.

Tại Công ty CP Chuyển phát Nhanh Sông Hồng, một trong ba hãng lớn nhất thị trường, sản lượng tháng 1 ước đạt 52 triệu bưu kiện, tăng 35% so với tháng 12/2024. Doanh nghiệp đã tuyển thêm 2.000 nhân viên giao nhận thời vụ, nâng tổng số lên gần 18.000 người.

Anh Lê Văn Toàn, shipper tại quận Cầu Giấy, Hà Nội, cho biết mỗi ngày anh giao 120-150 đơn, thu nhập tháng này khoảng 30 triệu đồng, gấp rưỡi ngày thường. "Tôi làm từ 7h sáng đến 22h, nhiều hôm chạy hơn 100 km", anh Toàn nói.

Theo khảo sát của VECOM, cước giao hàng nội thành phổ biến từ 15.000 đến 25.000 đồng/đơn, liên tỉnh khoảng 30.000-40.000 đồng/đơn. Tỷ lệ đơn giao thành công ngay lần đầu đạt khoảng 92%, thấp hơn 3 điểm phần trăm so với ngày thường.

Năm 2025, VECOM dự báo quy mô thị trường thương mại điện tử Việt Nam đạt 32 tỷ USD, tăng 25% so với năm 2024.

Minh Anh
"""

WIN = per("từ ngày 1/1 đến ngày 19/1/2025", "2025-01-01", "2025-01-19")
M1 = per("tháng 1", "2025-01-01", "2025-01-31")
NOWM = per("tháng này", "2025-01-01", "2025-01-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CG = "Cầu Giấy"

FIGS = [
    fig("kiếm 30 triệu", "30", 30e6, "money", "đồng/tháng", subject="thu nhập shipper"),
    fig("tăng 40-50%", "40", 40, "percent", "%", value_max=50,
        subject="lượng đơn hàng thương mại điện tử trong tuần cao điểm trước Tết"),
    fig("hàng nghìn nhân viên", "nghìn", 1000, "count", "nhân viên", approx="about",
        subject="nhân viên thời vụ các hãng chuyển phát tuyển thêm", optional=True),
    fig("khoảng 9 triệu", "9", 9e6, "measure", "đơn hàng/ngày", approx="about",
        subject="đơn hàng các doanh nghiệp chuyển phát xử lý trung bình mỗi ngày", period=WIN),
    fig("vượt 12 triệu", "12", 12e6, "count", "đơn", approx="over",
        subject="đơn hàng các doanh nghiệp chuyển phát xử lý trong ngày cao điểm", period=WIN),
    fig("một trong ba hãng", "ba", 3, "count", "hãng", subject="hãng lớn nhất thị trường", optional=True),
    fig("ước đạt 52 triệu", "52", 52e6, "count", "bưu kiện", status="estimate",
        change=chg("increase", 35, "%", "tháng 12/2024"),
        subject="sản lượng của Công ty CP Chuyển phát Nhanh Sông Hồng", period=M1),
    fig("thêm 2.000 nhân viên", "2.000", 2000, "count", "nhân viên",
        subject="nhân viên giao nhận thời vụ tuyển thêm"),
    fig("gần 18.000 người", "18.000", 18000, "count", "người", approx="nearly",
        subject="tổng số nhân viên giao nhận của doanh nghiệp"),
    fig("giao 120-150 đơn", "120", 120, "measure", "đơn/ngày", value_max=150,
        subject="đơn anh Toàn giao mỗi ngày", location=CG),
    fig("khoảng 30 triệu", "30", 30e6, "money", "đồng", approx="about",
        change=chg("increase", 1.5, "lần", "ngày thường"),
        subject="thu nhập tháng này của anh Toàn", period=NOWM, location=CG),
    fig("hơn 100 km", "100", 100, "measure", "km", approx="over",
        subject="quãng đường anh Toàn chạy mỗi hôm", location=CG),
    fig("từ 15.000 đến 25.000", "15.000", 15000, "money", "đồng/đơn", value_max=25000,
        subject="cước giao hàng nội thành"),
    fig("khoảng 30.000-40.000", "30.000", 30000, "money", "đồng/đơn", value_max=40000, approx="about",
        subject="cước giao hàng liên tỉnh"),
    fig("khoảng 92%", "92", 92, "percent", "%", approx="about",
        change=chg("decrease", 3, "điểm phần trăm", "ngày thường"),
        subject="tỷ lệ đơn giao thành công ngay lần đầu"),
    fig("đạt 32 tỷ", "32", 32e9, "money", "USD", status="forecast",
        change=chg("increase", 25, "%", "năm 2024"),
        subject="quy mô thị trường thương mại điện tử Việt Nam", period=Y25),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 20/1/2025, 14:05 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 14:05, GMT+7, 'từ ngày 1/1 đến ngày 19/1/2025' (a period, not a range), 'tháng 12/2024' (baseline), '7h sáng đến 22h' (times of day).",
    "National figures (VECOM, the national firm) → Việt Nam; the shipper's figures → Cầu Giấy (district named with his job).",
    "Headline 'kiếm 30 triệu đồng một tháng' → money, unit đồng/tháng, no period (the body has 'tháng này' for the 30 triệu).",
    "'hàng nghìn nhân viên' (vague number word) and 'một trong ba hãng lớn nhất' (a top-3 label) are optional.",
    "'có ngày vượt 12 triệu đơn' → over ('vượt' = exceed, borderline: not in the spec's list). 'tháng 1' → 2025 (nearest earlier date 19/1/2025).",
    "'gấp rưỡi ngày thường' → change increase 1.5 lần. 'thấp hơn 3 điểm phần trăm so với ngày thường' → change decrease 3 of the 92%.",
    "'mỗi ngày anh giao 120-150 đơn' → rate đơn/ngày, measure; '9 triệu đơn hàng mỗi ngày' likewise.",
]

if __name__ == "__main__":
    write("p1319-6", TEXT, NOTES, FIGS, published="2025-01-20", location="Việt Nam")
