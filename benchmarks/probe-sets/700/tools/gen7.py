"""p700-7: Sở Xây dựng Thái Nguyên site (no dateline), output of common construction materials, one-cell-per-line table."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ XÂY DỰNG TỈNH THÁI NGUYÊN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Tình hình khai thác, tiêu thụ vật liệu xây dựng thông thường trên địa bàn tỉnh

Năm 2023, nhu cầu vật liệu xây dựng thông thường trên địa bàn tỉnh Thái Nguyên giảm do nhiều công trình hạ tầng đã hoàn thành giai đoạn thi công chính. Tổng sản lượng đá, cát, sỏi và đất san lấp khai thác trong năm đạt 8.215 nghìn m³, giảm 11,6% so với năm 2022. Sản lượng từng loại như sau:

Bảng: Sản lượng khai thác vật liệu xây dựng thông thường
Đơn vị tính: nghìn m³
Loại khoáng sản
Năm 2022
Năm 2023
Kế hoạch 2024
Đá xây dựng
5.120
4.480
4.800
Cát, sỏi
1.460
1.235
1.300
Đất san lấp
2.715
2.500
2.600

Toàn tỉnh hiện có 64 mỏ được cấp phép, trong đó 22 mỏ đá, 18 mỏ cát sỏi lòng sông và 24 mỏ đất. Giá bán bình quân tại mỏ: đá dăm 195.000 đồng/m³, cát xây dựng 320.000 đồng/m³, đất san lấp 65.000 đồng/m³.

Để bảo đảm nguồn cung, Sở Xây dựng đề xuất bổ sung 7 khu vực mỏ vào quy hoạch với tổng trữ lượng dự kiến khoảng 15,4 triệu m³; phấn đấu đến năm 2025 tỷ lệ gạch không nung trong tổng số vật liệu xây đạt 35-40%.

Các tổ chức, cá nhân khai thác phải lắp đặt trạm cân, camera giám sát và báo cáo sản lượng định kỳ hằng quý.

Địa chỉ: Số 18 đường Nha Trang, phường Trưng Vương, TP Thái Nguyên
Điện thoại: 0208.3855.472
Lượt truy cập: 1.284.506
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
P24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, row, col, period, status=None):
    kw = {"status": status} if status else {}
    return fig(anchor, number, float(number.replace(".", "")) * 1e3, "measure", "m³",
               f"Sản lượng khai thác {row} {col}", period, **kw)


FIGS = [
    fig("đạt 8.215 nghìn m³", "8.215", 8.215e6, "measure", "m³",
        "tổng sản lượng đá, cát, sỏi và đất san lấp khai thác", per("trong năm", "2023-01-01", "2023-12-31"),
        change=chg("decrease", 11.6, baseline="năm 2022")),
    cell("5.120", "5.120", "đá xây dựng", "năm 2022", Y22),
    cell("4.480", "4.480", "đá xây dựng", "năm 2023", Y23),
    cell("4.800", "4.800", "đá xây dựng", "kế hoạch 2024", P24, "target"),
    cell("1.460", "1.460", "cát, sỏi", "năm 2022", Y22),
    cell("1.235", "1.235", "cát, sỏi", "năm 2023", Y23),
    cell("1.300", "1.300", "cát, sỏi", "kế hoạch 2024", P24, "target"),
    cell("2.715", "2.715", "đất san lấp", "năm 2022", Y22),
    cell("2.500", "2.500", "đất san lấp", "năm 2023", Y23),
    cell("2.600", "2.600", "đất san lấp", "kế hoạch 2024", P24, "target"),
    fig("có 64 mỏ", "64", 64, "count", "mỏ", "mỏ được cấp phép"),
    fig("22 mỏ đá", "22", 22, "count", "mỏ", "mỏ đá", total=64),
    fig("18 mỏ cát", "18", 18, "count", "mỏ", "mỏ cát sỏi lòng sông", total=64),
    fig("24 mỏ đất", "24", 24, "count", "mỏ", "mỏ đất", total=64),
    fig("đá dăm 195.000 đồng/m³", "195.000", 195000, "money", "đồng/m³", "giá bán bình quân đá dăm tại mỏ"),
    fig("cát xây dựng 320.000 đồng/m³", "320.000", 320000, "money", "đồng/m³",
        "giá bán bình quân cát xây dựng tại mỏ"),
    fig("đất san lấp 65.000 đồng/m³", "65.000", 65000, "money", "đồng/m³",
        "giá bán bình quân đất san lấp tại mỏ"),
    fig("bổ sung 7 khu vực mỏ", "7", 7, "count", "khu vực mỏ", "khu vực mỏ đề xuất bổ sung vào quy hoạch"),
    fig("khoảng 15,4 triệu m³", "15,4", 15.4e6, "measure", "m³", "tổng trữ lượng dự kiến",
        approx="about", status="forecast"),
    fig("đạt 35-40%", "35", 35, "percent", "%", "tỷ lệ gạch không nung trong tổng số vật liệu xây",
        per("đến năm 2025", None, "2025-12-31"), value_max=40, status="target"),
]

COMMENTS = [
    "Sở Xây dựng Thái Nguyên department page: menu line, no dateline, address/phone/visit counter footer.",
    "One-cell-per-line table with 'Đơn vị tính: nghìn m³' (×1000, unit m³); periods from the column headers (scored, as",
    "in shared h23); 'Kế hoạch 2024' cells are targets. Subject = 'Sản lượng khai thác' + row + column.",
    "The lead total 8.215 nghìn m³ equals the 2023 column sum; its period is 'trong năm' (= 2023 from 'Năm 2023').",
    "Mines after 'trong đó' take total 64. Prices after 'Giá bán bình quân tại mỏ:' share the indicator.",
    "'tổng trữ lượng dự kiến khoảng 15,4 triệu m³' → forecast (dự kiến). Phone, address, counter are not figures.",
]

if __name__ == "__main__":
    emit("p700-7", TEXT, COMMENTS, FIGS, published=None, location="Thái Nguyên")
