"""p573-7: department site (Sở TN&MT Ninh Bình), cadastral mapping and database, one-cell-per-line table, no dateline."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH NINH BÌNH
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Đẩy nhanh tiến độ xây dựng cơ sở dữ liệu địa chính

Thực hiện Kế hoạch số 86/KH-UBND của UBND tỉnh, đến ngày 30/9/2024, tỉnh Ninh Bình đã hoàn thành đo đạc lập bản đồ địa chính chính quy cho 143/143 xã, phường, thị trấn với tổng diện tích đo đạc khoảng 138.500 ha. Cơ sở dữ liệu địa chính đã được xây dựng và đưa vào vận hành tại 5 huyện, thành phố; 3 địa phương còn lại đang triển khai, dự kiến hoàn thành trong quý II/2025.

Kết quả xây dựng cơ sở dữ liệu địa chính tại 3 huyện đang triển khai (đến 30/9/2024):
Đơn vị tính: thửa
Đơn vị
Tổng số thửa đất
Đã đưa vào CSDL
Còn lại
Nho Quan
284.650
196.320
88.330
Kim Sơn
231.470
174.905
56.565
Yên Mô
158.210
121.034
37.176

Tổng kinh phí thực hiện dự án là 312,5 tỷ đồng, đã giải ngân 247,8 tỷ đồng, đạt 79,3%. Bình quân chi phí xây dựng cơ sở dữ liệu khoảng 285.000 đồng/thửa.

Dự kiến sau khi hoàn thành, toàn tỉnh có trên 1,9 triệu thửa đất được quản lý trên môi trường số, thời gian đăng ký biến động đất đai rút ngắn xuống dưới 7 ngày làm việc.

Mọi ý kiến góp ý xin gửi về Văn phòng Sở, đường Lê Hồng Phong, phường Đông Thành, TP Ninh Bình. Điện thoại: 0229.3871.254.
Bản quyền thuộc Sở Tài nguyên và Môi trường tỉnh Ninh Bình
Lượt truy cập: 1.245.678
"""

ASOF = P("đến ngày 30/9/2024", None, "2024-09-30")
TAB = INH(P("đến 30/9/2024", None, "2024-09-30"))


def cell(anchor, number, value, subj, loc):
    return F(anchor, number, value, "count", "thửa", subj, TAB, location=loc)


FIGS = [
    F("cho 143/143 xã", "143", 143, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn hoàn thành đo đạc lập bản đồ địa chính chính quy", ASOF, total=143),
    F("khoảng 138.500 ha", "138.500", 138500, "measure", "ha", "tổng diện tích đo đạc", ASOF, approx="about"),
    F("tại 5 huyện", "5", 5, "count", "huyện, thành phố",
      "huyện, thành phố đưa cơ sở dữ liệu địa chính vào vận hành", INH(ASOF)),
    F("3 địa phương còn lại", "3", 3, "count", "địa phương", "địa phương đang triển khai xây dựng cơ sở dữ liệu địa chính",
      INH(ASOF)),
    F("tại 3 huyện đang", "3", 3, "count", "huyện", "huyện đang triển khai", INH(ASOF), optional=True),
    cell("284.650", "284.650", 284650, "Tổng số thửa đất", "Nho Quan"),
    cell("196.320", "196.320", 196320, "thửa đất đã đưa vào CSDL", "Nho Quan"),
    cell("88.330", "88.330", 88330, "thửa đất còn lại", "Nho Quan"),
    cell("231.470", "231.470", 231470, "Tổng số thửa đất", "Kim Sơn"),
    cell("174.905", "174.905", 174905, "thửa đất đã đưa vào CSDL", "Kim Sơn"),
    cell("56.565", "56.565", 56565, "thửa đất còn lại", "Kim Sơn"),
    cell("158.210", "158.210", 158210, "Tổng số thửa đất", "Yên Mô"),
    cell("121.034", "121.034", 121034, "thửa đất đã đưa vào CSDL", "Yên Mô"),
    cell("37.176", "37.176", 37176, "thửa đất còn lại", "Yên Mô"),
    F("là 312,5 tỷ đồng", "312,5", 312.5e9, "money", "đồng", "Tổng kinh phí thực hiện dự án"),
    F("giải ngân 247,8 tỷ đồng", "247,8", 247.8e9, "money", "đồng", "kinh phí thực hiện dự án đã giải ngân",
      percent=79.3),
    F("khoảng 285.000 đồng/thửa", "285.000", 285000, "money", "đồng/thửa",
      "Bình quân chi phí xây dựng cơ sở dữ liệu", approx="about"),
    F("trên 1,9 triệu thửa đất", "1,9", 1.9e6, "count", "thửa đất", "thửa đất được quản lý trên môi trường số",
      approx="over", status="forecast"),
    F("dưới 7 ngày", "7", 7, "measure", "ngày làm việc", "thời gian đăng ký biến động đất đai",
      approx="under", status="forecast"),
]

COMMENTS = [
    "p573-7 — Sở TN&MT tỉnh Ninh Bình (department site, no dateline): đo đạc bản đồ địa chính, cơ sở dữ liệu địa chính đến 30/9/2024 (invented).",
    "No date of the article itself (no published). One-cell-per-line table with 'Đơn vị tính: thửa': every cell a figure, subject = column label,",
    "district row label -> location; the period is the table title's as-of date (another line: inherited, as in probe set 469).",
    "'3 địa phương còn lại đang triển khai, dự kiến hoàn thành …': the cue governs its own clause, which holds no figure: the 3 is actual.",
    "The title's 'tại 3 huyện đang triển khai' repeats that count: optional. 'Dự kiến sau khi hoàn thành …' makes both figures forecast.",
    "Distractors: Kế hoạch số 86/KH-UBND, 'quý II/2025', address, phone, 'Lượt truy cập: 1.245.678'.",
]

if __name__ == "__main__":
    emit("p573-7", TEXT, COMMENTS, FIGS, published=None, location="Ninh Bình")
