"""p1572-8: radio/TV site (Đài PT-TH Đà Nẵng): shoe cleaning and repair before Tết; checks on shoe-cleaning chemicals."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """DRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐÀ NẴNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Dịch vụ vệ sinh, sửa giày tấp nập dịp cận Tết

20/01/2025 17:05 - Kinh tế

DRT - Những ngày cận Tết Ất Tỵ, các tiệm vệ sinh, sửa chữa giày trên địa bàn thành phố luôn trong tình trạng quá tải. Số đôi giày nhận vệ sinh tăng gấp 2-3 lần ngày thường.

Tại tiệm Giày Sạch 24h (số 128 Lê Duẩn, quận Hải Châu), mỗi ngày tiệm nhận khoảng 120 đôi giày, trong đó khoảng 50 đôi là giày da cần đánh xi, dưỡng màu. Chủ tiệm Đoàn Minh Tuấn cho biết giá vệ sinh giày năm nay từ 70.000 đến 150.000 đồng/đôi, tăng khoảng 10% so với Tết năm ngoái do giá hóa chất tăng. Tiệm đã tuyển thêm 4 thợ thời vụ với mức trả 350.000 đồng/người/ngày.

Nhu cầu tăng cao cũng kéo theo tình trạng kinh doanh hóa chất vệ sinh giày trôi nổi. Từ ngày 1/12/2024 đến ngày 15/1/2025, Đội Quản lý thị trường số 3 đã kiểm tra 36 cơ sở, phát hiện 5 cơ sở vi phạm, thu giữ 1.240 chai dung dịch vệ sinh giày và 860 hộp xi đánh giày không rõ nguồn gốc, xử phạt tổng cộng 42 triệu đồng.

Theo Sở Công Thương, năm 2024 toàn thành phố có khoảng 210 tiệm vệ sinh, sửa chữa giày, tăng 35 tiệm so với năm 2023. Dự kiến trong tháng 2/2025, ngành chức năng sẽ tổ chức 2 đợt kiểm tra chuyên đề về hàng hóa hóa chất tiêu dùng.

Người tiêu dùng có thể phản ánh qua đường dây nóng 0236.3822.900.

Nhóm PV - BTV
"""

RANGE = per("Từ ngày 1/12/2024 đến ngày 15/1/2025", "2024-12-01", "2025-01-15")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")
FEB = per("trong tháng 2/2025", "2025-02-01", "2025-02-28")
HC = "Hải Châu"

FIGS = [
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3, subject="số đôi giày nhận vệ sinh"),
    fig("khoảng 120 đôi", "120", 120, "measure", "đôi/ngày", approx="about",
        subject="giày tiệm nhận mỗi ngày", location=HC),
    fig("khoảng 50 đôi", "50", 50, "measure", "đôi/ngày", approx="about", total=120,
        subject="giày da cần đánh xi, dưỡng màu", location=HC),
    fig("từ 70.000 đến 150.000", "70.000", 70000, "money", "đồng/đôi", value_max=150000,
        change=chg("increase", 10, "%", "Tết năm ngoái", approx="about"),
        subject="giá vệ sinh giày", period=NOW, location=HC),
    fig("thêm 4 thợ", "4", 4, "count", "thợ", subject="thợ thời vụ tiệm tuyển thêm", location=HC),
    fig("350.000 đồng/người/ngày", "350.000", 350000, "money", "đồng/người/ngày", subject="mức trả thợ thời vụ",
        location=HC),
    fig("kiểm tra 36 cơ sở", "36", 36, "count", "cơ sở", subject="cơ sở được kiểm tra", period=RANGE),
    fig("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm", period=RANGE),
    fig("1.240 chai", "1.240", 1240, "count", "chai",
        subject="dung dịch vệ sinh giày không rõ nguồn gốc bị thu giữ", period=RANGE),
    fig("860 hộp", "860", 860, "count", "hộp", subject="xi đánh giày không rõ nguồn gốc bị thu giữ", period=RANGE),
    fig("cộng 42 triệu", "42", 42e6, "money", "đồng", subject="tổng tiền xử phạt", period=RANGE),
    fig("khoảng 210 tiệm", "210", 210, "count", "tiệm", approx="about",
        change=chg("increase", 35, "tiệm", "năm 2023"), subject="tiệm vệ sinh, sửa chữa giày", period=Y24),
    fig("tổ chức 2 đợt", "2", 2, "count", "đợt", status="forecast",
        subject="đợt kiểm tra chuyên đề về hàng hóa hóa chất tiêu dùng", period=FEB),
]

NOTES = [
    "Radio/TV site (DRT, Đà Nẵng): menu, '20/01/2025 17:05 - Kinh tế' (published), lead tag 'DRT -', byline 'Nhóm PV - BTV'.",
    "Distractors: 17:05, 'Tết Ất Tỵ', 'Giày Sạch 24h' (shop name), 'số 128 Lê Duẩn', 'Đội Quản lý thị trường số 3', hotline 0236.3822.900,",
    "  the dates 1/12/2024 and 15/1/2025 (a period).",
    "'trong đó khoảng 50 đôi là giày da' → part of the 120 pairs a day: total 120, same unit 'đôi/ngày'.",
    "'tăng gấp 2-3 lần ngày thường' stands alone as the claim: multiple, range 2-3, no change.",
    "The shop on Lê Duẩn, quận Hải Châu → location Hải Châu for its 4 figures; the market-control and city figures → Đà Nẵng.",
    "'giá vệ sinh giày năm nay từ 70.000 đến 150.000 đồng/đôi, tăng khoảng 10% so với Tết năm ngoái' → range with a change (approx about in the change);",
    "  'năm nay' → 2025 (published).",
    "'Từ ngày 1/12/2024 đến ngày 15/1/2025' → start 2024-12-01, end 2025-01-15 for the inspection figures of that sentence.",
    "'phát hiện 5 cơ sở vi phạm' after 'kiểm tra 36 cơ sở' has no part-of-whole cue: no total.",
    "'tăng 35 tiệm so với năm 2023' → change in tiệm. 'Dự kiến trong tháng 2/2025' → forecast, February 2025.",
]

if __name__ == "__main__":
    write("p1572-8", TEXT, NOTES, FIGS, published="2025-01-20", location="Đà Nẵng")
