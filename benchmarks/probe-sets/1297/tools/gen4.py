"""p1297-4: ministry site (Bộ Tài nguyên và Môi trường): national GCN results 2024, provinces, land database."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Đất đai

Năm 2024: cả nước cấp gần 1,2 triệu giấy chứng nhận lần đầu

15/01/2025 | 09:30 | Cục Đăng ký và Dữ liệu thông tin đất đai

Theo báo cáo của Cục Đăng ký và Dữ liệu thông tin đất đai, năm 2024, các địa phương đã cấp 1.186.540 GCN lần đầu, tăng 5,6% so với năm 2023; đăng ký biến động, cấp đổi, cấp lại khoảng 4,3 triệu hồ sơ. Tính đến ngày 31/12/2024, cả nước đã cấp GCN lần đầu được 97,6% diện tích các loại đất cần cấp, trong đó đất ở đô thị đạt 96,8%, đất sản xuất nông nghiệp đạt 97,9%.

Có 58/63 tỉnh, thành phố đã hoàn thành cơ bản việc cấp GCN lần đầu (đạt trên 95% diện tích). Các địa phương có tỷ lệ diện tích đã cấp GCN cao nhất là Bắc Ninh (99,7%), Vĩnh Phúc (99,5%) và Thái Bình (99,4%); thấp nhất là Kon Tum với 88,2%.

Về cơ sở dữ liệu đất đai, cả nước có 471/705 đơn vị hành chính cấp huyện đã xây dựng xong, chiếm 66,8%; trong đó 26 tỉnh đã hoàn thành toàn bộ. Dự án "Tăng cường quản lý đất đai và cơ sở dữ liệu đất đai" (VILG) sử dụng khoảng 150 triệu USD vốn vay Ngân hàng Thế giới, đã triển khai tại 250 huyện của 33 tỉnh.

Năm 2025, Bộ đặt mục tiêu hoàn thành cấp GCN lần đầu cho ít nhất 98% diện tích cần cấp và kết nối cơ sở dữ liệu đất đai của 63/63 tỉnh với Cơ sở dữ liệu quốc gia về dân cư. Từ ngày 1/8/2024 (khi Luật Đất đai số 31/2024/QH15 có hiệu lực) đến nay, người sử dụng đất đã nộp trực tuyến hơn 212 nghìn hồ sơ đăng ký đất đai.

Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội
Điện thoại: 024.37956868
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24H = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
SINCE = per("Từ ngày 1/8/2024 ... đến nay", "2024-08-01", "2025-01-15")
RANKED = "tỷ lệ diện tích đã cấp GCN"

FIGS = [
    fig("gần 1,2 triệu", "1,2", 1.2e6, "count", "giấy chứng nhận", approx="nearly",
        subject="giấy chứng nhận lần đầu", period=Y24H),
    fig("cấp 1.186.540 GCN", "1.186.540", 1186540, "count", "GCN", change=chg("increase", 5.6, "%", "năm 2023"),
        subject="GCN lần đầu các địa phương đã cấp", period=Y24),
    fig("khoảng 4,3 triệu", "4,3", 4.3e6, "count", "hồ sơ", approx="about",
        subject="hồ sơ đăng ký biến động, cấp đổi, cấp lại", period=Y24),
    fig("được 97,6%", "97,6", 97.6, "percent", "%",
        subject="diện tích các loại đất cần cấp đã cấp GCN lần đầu", period=ASOF),
    fig("đạt 96,8%", "96,8", 96.8, "percent", "%", subject="tỷ lệ cấp GCN lần đầu đất ở đô thị", period=ASOF),
    fig("đạt 97,9%", "97,9", 97.9, "percent", "%", subject="tỷ lệ cấp GCN lần đầu đất sản xuất nông nghiệp",
        period=ASOF),
    fig("Có 58/63", "58", 58, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã hoàn thành cơ bản việc cấp GCN lần đầu", period=inh(ASOF)),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", subject="tỷ lệ diện tích đã cấp GCN lần đầu",
        optional=True),
    fig("(99,7%)", "99,7", 99.7, "percent", "%", subject=RANKED, location="Bắc Ninh", period=inh(ASOF)),
    fig("(99,5%)", "99,5", 99.5, "percent", "%", subject=RANKED, location="Vĩnh Phúc", period=inh(ASOF)),
    fig("(99,4%)", "99,4", 99.4, "percent", "%", subject=RANKED, location="Thái Bình", period=inh(ASOF)),
    fig("với 88,2%", "88,2", 88.2, "percent", "%", subject=RANKED, location="Kon Tum", period=inh(ASOF)),
    fig("có 471/705", "471", 471, "count", "đơn vị hành chính cấp huyện", total=705, percent=66.8,
        subject="đơn vị hành chính cấp huyện đã xây dựng xong cơ sở dữ liệu đất đai"),
    fig("26 tỉnh", "26", 26, "count", "tỉnh", subject="tỉnh đã hoàn thành toàn bộ cơ sở dữ liệu đất đai"),
    fig("khoảng 150 triệu USD", "150", 150e6, "money", "USD", approx="about",
        subject="vốn vay Ngân hàng Thế giới của Dự án VILG"),
    fig("tại 250 huyện", "250", 250, "count", "huyện", subject="huyện triển khai Dự án VILG"),
    fig("của 33 tỉnh", "33", 33, "count", "tỉnh", subject="tỉnh triển khai Dự án VILG"),
    fig("ít nhất 98%", "98", 98, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ diện tích cần cấp hoàn thành cấp GCN lần đầu", period=Y25),
    fig("của 63/63 tỉnh", "63", 63, "count", "tỉnh", total=63, status="target",
        subject="tỉnh kết nối cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư", period=Y25),
    fig("hơn 212 nghìn", "212", 212000, "count", "hồ sơ", approx="over",
        subject="hồ sơ đăng ký đất đai nộp trực tuyến", period=SINCE),
]

NOTES = [
    "Ministry site (Bộ TN&MT): breadcrumb, '15/01/2025 | 09:30 | Cục ...' gives published; footer address and phone.",
    "Distractors: 09:30, 'Luật Đất đai số 31/2024/QH15', 'ngày 1/8/2024', 'Số 10 Tôn Thất Thuyết', phone 024.37956868.",
    "National figures: location Việt Nam; the ranked provinces in the list get their own location, subject = the list's indicator.",
    "Percents after 'trong đó' (96,8 / 97,9) are figures of their own, no total. '58/63' → total 63; '471/705 ..., chiếm 66,8%' → total",
    "705 and percent 66,8; '26 tỉnh' after 'trong đó' counts provinces, not district units: no total (not the same thing).",
    "'(đạt trên 95% diện tích)' defines 'hoàn thành cơ bản': a threshold, optional.",
    "Lists and the database paragraph have no period of their own: the as-of 31/12/2024 is inherited where the sentence continues it;",
    "the database and VILG sentences get none. World Bank is a lender, not a place.",
    "'Năm 2025 ... mục tiêu' → target for 98% and 63/63. 'Từ ngày 1/8/2024' to the dateline for 'hơn 212 nghìn hồ sơ'.",
]

if __name__ == "__main__":
    write("p1297-4", TEXT, NOTES, FIGS, published="2025-01-15", location="Việt Nam")
