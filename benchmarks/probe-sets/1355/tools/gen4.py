"""p1355-4: ministry site (Bộ Tài nguyên và Môi trường): the national weather radar network."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Khí tượng thủy văn

Hiện đại hóa mạng lưới ra đa thời tiết quốc gia

15/05/2024 | 09:30 | Tổng cục Khí tượng Thủy văn

Theo Tổng cục Khí tượng Thủy văn, hiện mạng lưới quan trắc ra đa thời tiết quốc gia có 10 trạm, trong đó 4 trạm được trang bị ra đa Doppler băng S và 6 trạm ra đa băng C. Các ra đa có bán kính quan trắc định lượng 250 km, riêng ra đa băng S đạt tới 400 km, bảo đảm giám sát khoảng 85% diện tích lãnh thổ đất liền.

Giai đoạn 2021-2023, Tổng cục đã đầu tư thay thế 3 ra đa đã vận hành trên 20 năm tại Vinh, Tam Kỳ và Nhà Bè với tổng kinh phí 748 tỷ đồng. Ra đa Nhà Bè thế hệ mới DWSR-2501C có thể cập nhật ảnh quét 6 phút/lần thay vì 15 phút/lần như trước đây.

Tỷ lệ thời gian hoạt động liên tục của mạng ra đa năm 2023 đạt 93,5%, tăng 4,2% so với năm 2022. Từ đầu năm 2024 đến nay, hệ thống đã cung cấp hơn 1,6 triệu ảnh ra đa cho các đài khí tượng thủy văn khu vực và tỉnh.

Theo Quyết định số 1970/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025 mạng lưới có 13 ra đa thời tiết, giám sát 100% diện tích đất liền và vùng biển ven bờ; đến năm 2030 có 15 ra đa, trong đó ít nhất 5 ra đa băng X chuyên giám sát mưa cho các đô thị lớn. Tổng nhu cầu vốn dự kiến khoảng 2.300 tỷ đồng, phần lớn từ nguồn vốn ODA.

Hiện Việt Nam đứng thứ 3 trong khu vực Đông Nam Á về số lượng ra đa thời tiết, sau Thái Lan và Indonesia.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội | Đường dây nóng: 024.3795.6868
"""

P2123 = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-15")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("có 10 trạm", "10", 10, "count", "trạm", subject="trạm của mạng lưới quan trắc ra đa thời tiết quốc gia"),
    fig("trong đó 4 trạm", "4", 4, "count", "trạm", total=10,
        subject="trạm được trang bị ra đa Doppler băng S"),
    fig("6 trạm ra đa", "6", 6, "count", "trạm", total=10, subject="trạm ra đa băng C"),
    fig("lượng 250 km", "250", 250, "measure", "km", subject="bán kính quan trắc định lượng của các ra đa"),
    fig("tới 400 km", "400", 400, "measure", "km", subject="bán kính quan trắc định lượng của ra đa băng S"),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="diện tích lãnh thổ đất liền được giám sát"),
    fig("thay thế 3 ra đa", "3", 3, "count", "ra đa", subject="ra đa được đầu tư thay thế", period=P2123),
    fig("trên 20 năm", "20", 20, "measure", "năm", approx="over", subject="thời gian vận hành của ra đa cũ",
        optional=True),
    fig("kinh phí 748 tỷ", "748", 748e9, "money", "đồng", subject="tổng kinh phí thay thế ra đa", period=P2123),
    fig("quét 6 phút/lần", "6", 6, "measure", "phút/lần", subject="tần suất cập nhật ảnh quét của ra đa Nhà Bè",
        location="Nhà Bè"),
    fig("vì 15 phút/lần", "15", 15, "measure", "phút/lần",
        subject="tần suất cập nhật ảnh quét của ra đa Nhà Bè trước đây", location="Nhà Bè"),
    fig("đạt 93,5%", "93,5", 93.5, "percent", "%", change=chg("increase", 4.2, "%", "năm 2022"),
        subject="tỷ lệ thời gian hoạt động liên tục của mạng ra đa", period=Y23),
    fig("hơn 1,6 triệu", "1,6", 1.6e6, "count", "ảnh ra đa", approx="over",
        subject="ảnh ra đa hệ thống cung cấp", period=YTD),
    fig("có 13 ra đa", "13", 13, "count", "ra đa", status="target", subject="ra đa thời tiết của mạng lưới",
        period=T25),
    fig("giám sát 100%", "100", 100, "percent", "%", status="target",
        subject="diện tích đất liền và vùng biển ven bờ được giám sát", period=T25),
    fig("có 15 ra đa", "15", 15, "count", "ra đa", status="target", subject="ra đa của mạng lưới", period=T30),
    fig("ít nhất 5 ra đa", "5", 5, "count", "ra đa", approx="at_least", total=15, status="target",
        subject="ra đa băng X chuyên giám sát mưa cho các đô thị lớn", period=T30),
    fig("khoảng 2.300 tỷ", "2.300", 2300e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng nhu cầu vốn"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="số lượng ra đa thời tiết trong khu vực Đông Nam Á"),
]

NOTES = [
    "Ministry site (Bộ TN&MT): breadcrumb, '15/05/2024 | 09:30 | Tổng cục Khí tượng Thủy văn', footer address and hotline.",
    "Distractors: 09:30, 'băng S/C/X' (bands), 'DWSR-2501C' (model), 'Giai đoạn 2021-2023', 'Quyết định số 1970/QĐ-TTg',",
    "'Số 10 Tôn Thất Thuyết', phone 024.3795.6868.",
    "National figures → Việt Nam. The 3 replaced radars are in three cities (Vinh, Tam Kỳ, Nhà Bè): still a national count.",
    "'Ra đa Nhà Bè … 6 phút/lần thay vì 15 phút/lần': the radar stands in huyện Nhà Bè → location Nhà Bè (borderline: named",
    "after its site); the old rate 15 phút/lần is its own figure (a value, not a change cue).",
    "'đã vận hành trên 20 năm': the age of the old radars, a duration that does not locate a figure: optional.",
    "'93,5%, tăng 4,2% so với năm 2022' → a level with a change. 'Từ đầu năm 2024 đến nay' ends at the dateline 2024-05-15.",
    "'mục tiêu đến năm 2025 … 13 … 100%; đến năm 2030 có 15 …, trong đó ít nhất 5' → targets (the cue carries over ';'),",
    "5 is part of 15 (trong đó). 'dự kiến khoảng 2.300 tỷ' → forecast, about, no period.",
    "'đứng thứ 3 trong khu vực Đông Nam Á về số lượng ra đa thời tiết' → rank, subject = the ranked quantity, location Việt Nam.",
]

if __name__ == "__main__":
    write("p1355-4", TEXT, NOTES, FIGS, published="2024-05-15", location="Việt Nam")
