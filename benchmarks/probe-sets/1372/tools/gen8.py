"""p1372-8: radio/TV site (Bắc Giang TV): students riding 'modified' e-bikes, shops, fines, cameras."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BẮC GIANG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẮC GIANG
Thời sự | Xã hội | Giáo dục | Video | Phát thanh

Siết chặt tình trạng học sinh “độ” xe điện

Cập nhật lúc 19:05, ngày 12/12/2024

(BGTV) - Từ đầu năm học 2024-2025 đến nay, Công an tỉnh Bắc Giang đã xử lý 864 trường hợp học sinh vi phạm khi điều khiển xe điện, trong đó 142 trường hợp điều khiển xe đã bị can thiệp tăng tốc độ.

Qua kiểm tra 35 cửa hàng kinh doanh, sửa chữa xe điện tại TP Bắc Giang và huyện Lạng Giang, lực lượng chức năng phát hiện 11 cửa hàng nhận “độ” bộ điều tốc, nâng tốc độ xe đạp điện từ 25 km/h lên 40-45 km/h. Chi phí mỗi lần độ từ 500.000 đồng đến 1,5 triệu đồng.

Lạng Giang là địa phương có số học sinh vi phạm cao thứ hai toàn tỉnh, sau TP Bắc Giang. Hiện 100% trường THCS, THPT trên địa bàn huyện đã kiểm tra xe của học sinh trước khi vào trường; 26/28 trường đã ký quy chế phối hợp với công an xã.

Mức phạt đối với người điều khiển xe máy điện không đội mũ bảo hiểm theo Nghị định 168/2024/NĐ-CP, có hiệu lực từ ngày 1/1/2025, là từ 400.000 đến 600.000 đồng, tăng gấp đôi so với quy định cũ.

Dự kiến năm 2025, tỉnh lắp đặt thêm 120 camera giám sát tại khu vực cổng trường với kinh phí khoảng 3,6 tỷ đồng.

Video: Bản tin Thời sự 19h00 (03:12)
Tin cùng chuyên mục:
- Ra quân Tháng an toàn giao thông năm 2024
- Khai giảng lớp tập huấn kỹ năng lái xe an toàn
"""

SYTD = per("Từ đầu năm học 2024-2025 đến nay", "2024-09-01", "2024-12-12")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
LG = "Lạng Giang"

FIGS = [
    fig("xử lý 864 trường hợp", "864", 864, "count", "trường hợp",
        subject="trường hợp học sinh vi phạm khi điều khiển xe điện bị xử lý", period=SYTD),
    fig("trong đó 142 trường hợp", "142", 142, "count", "trường hợp", total=864,
        subject="trường hợp điều khiển xe đã bị can thiệp tăng tốc độ", period=SYTD),
    fig("tra 35 cửa hàng", "35", 35, "count", "cửa hàng",
        subject="cửa hàng kinh doanh, sửa chữa xe điện được kiểm tra"),
    fig("hiện 11 cửa hàng", "11", 11, "count", "cửa hàng", subject="cửa hàng nhận “độ” bộ điều tốc"),
    fig("từ 25 km/h", "25", 25, "measure", "km/h", optional=True),
    fig("lên 40-45 km/h", "40", 40, "measure", "km/h", value_max=45, subject="tốc độ xe đạp điện sau khi độ"),
    fig("từ 500.000 đồng", "500.000", 500000, "money", "đồng/lần", value_max=1.5e6,
        subject="chi phí mỗi lần độ"),
    fig("cao thứ hai", "hai", 2, "rank", "hạng", subject="số học sinh vi phạm", location=LG),
    fig("Hiện 100%", "100", 100, "percent", "%",
        subject="trường THCS, THPT kiểm tra xe của học sinh trước khi vào trường", location=LG),
    fig("26/28 trường", "26", 26, "count", "trường", total=28,
        subject="trường đã ký quy chế phối hợp với công an xã", location=LG),
    fig("từ 400.000 đến 600.000", "400.000", 400000, "money", "đồng", value_max=600000,
        change=chg("increase", 2, "lần", "quy định cũ"),
        subject="mức phạt người điều khiển xe máy điện không đội mũ bảo hiểm", location="Việt Nam"),
    fig("thêm 120 camera", "120", 120, "count", "camera", status="forecast",
        subject="camera giám sát lắp đặt thêm tại khu vực cổng trường", period=Y25),
    fig("khoảng 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí lắp đặt camera giám sát", period=Y25),
]

NOTES = [
    "Radio/TV site (Bắc Giang TV): station banner, menu, 'Cập nhật lúc 19:05, ngày 12/12/2024', tag '(BGTV) -', video line, related links.",
    "Distractors: 19:05, '19h00', video length '(03:12)', 'Nghị định 168/2024/NĐ-CP', '1/1/2025', 'Tháng an toàn giao thông năm 2024'.",
    "'Từ đầu năm học 2024-2025 đến nay' → 2024-09-01 (school year start) .. 2024-12-12 (dateline). 142 after 'trong đó' → total 864.",
    "'kiểm tra 35 cửa hàng ..., phát hiện 11 cửa hàng' has no part-of cue: no total. The two places named together: location Bắc Giang.",
    "'nâng tốc độ ... từ 25 km/h lên 40-45 km/h': the old speed is the start of a change, not a claim of its own: optional; 40-45 is a range.",
    "'Chi phí mỗi lần độ từ 500.000 đồng đến 1,5 triệu đồng' → money range, unit đồng/lần.",
    "'cao thứ hai toàn tỉnh' → rank 2 of Lạng Giang; the Lạng Giang passage (100%, 26/28 trường, total 28) is located there.",
    "The fine is set by a national decree: location Việt Nam (borderline); 'tăng gấp đôi so với quy định cũ' → change ×2 (lần).",
    "'Dự kiến năm 2025' governs the camera count and its cost (forecast).",
]

if __name__ == "__main__":
    write("p1372-8", TEXT, NOTES, FIGS, published="2024-12-12", location="Bắc Giang")
