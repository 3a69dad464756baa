"""p1313-5: provincial Party newspaper (Báo Quảng Nam, QNO): kè chống sạt lở sông Thu Bồn qua xã Duy Phước (Duy Xuyên)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Quảng Nam > Xã hội

Gấp rút hoàn thành kè chống sạt lở sông Thu Bồn đoạn qua Duy Xuyên

Thứ Năm, 12/09/2024 | 07:20

(QNO) - Sau hơn 10 tháng thi công, dự án kè chống sạt lở bờ nam sông Thu Bồn đoạn qua xã Duy Phước (huyện Duy Xuyên) đã hoàn thành khoảng 70% khối lượng. Chủ đầu tư đang đốc thúc nhà thầu đẩy nhanh tiến độ để kịp bàn giao trước mùa mưa bão năm nay.

Dự án do Ban Quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư, chiều dài tuyến kè 1,45 km, tổng mức đầu tư 120 tỷ đồng từ nguồn vốn dự phòng ngân sách trung ương năm 2023. Kè có kết cấu mái nghiêng gia cố bằng thảm đá, chân kè bằng ống buy bê tông M300 đường kính 1,5 m.

Theo ông Nguyễn Hữu Tâm, Chủ tịch UBND xã Duy Phước, những năm gần đây, mỗi mùa lũ bờ sông ở đây bị cuốn trôi từ 5 đến 7 m đất. Riêng năm 2022, sạt lở làm mất gần 1 ha đất sản xuất, buộc 27 hộ dân phải di dời khẩn cấp.

Hiện trên công trường có 3 mũi thi công, huy động 35 công nhân cùng 8 máy xúc, máy ủi và 2 sà lan. Khối lượng còn lại chủ yếu là phần thảm đá mái kè dài khoảng 430 m. Giá trị giải ngân đến nay đạt 78 tỷ đồng, bằng 65% tổng mức đầu tư.

Năm nay, tỉnh Quảng Nam dự kiến bố trí khoảng 450 tỷ đồng để xử lý 11 điểm sạt lở bờ sông cấp bách, trong đó lưu vực sông Thu Bồn - Vu Gia có 7 điểm.

HOÀNG LIÊN

Từ khóa: kè chống sạt lở, sông Thu Bồn, Duy Xuyên
"""

DX = "Duy Xuyên"
Y22 = per("Riêng năm 2022", "2022-01-01", "2022-12-31")
NOW = per("đến nay", None, "2024-09-12")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="khối lượng dự án kè chống sạt lở bờ nam sông Thu Bồn hoàn thành", location=DX),
    fig("tuyến kè 1,45 km", "1,45", 1.45, "measure", "km", subject="chiều dài tuyến kè", location=DX),
    fig("đầu tư 120 tỷ", "120", 120e9, "money", "đồng", subject="tổng mức đầu tư", location=DX),
    fig("đường kính 1,5 m", "1,5", 1.5, "measure", "m", subject="đường kính ống buy bê tông chân kè",
        location=DX),
    fig("từ 5 đến 7 m", "5", 5, "measure", "m", value_max=7,
        subject="đất bờ sông bị cuốn trôi mỗi mùa lũ", location=DX),
    fig("gần 1 ha", "1", 1, "measure", "ha", approx="nearly", subject="đất sản xuất mất do sạt lở",
        period=Y22, location=DX),
    fig("27 hộ dân", "27", 27, "count", "hộ", subject="hộ dân phải di dời khẩn cấp", period=Y22, location=DX),
    fig("3 mũi thi công", "3", 3, "count", "mũi thi công", subject="mũi thi công trên công trường", location=DX),
    fig("35 công nhân", "35", 35, "count", "công nhân", subject="công nhân huy động", location=DX),
    fig("8 máy xúc", "8", 8, "count", "máy xúc, máy ủi", subject="máy xúc, máy ủi huy động", location=DX),
    fig("2 sà lan", "2", 2, "count", "sà lan", subject="sà lan huy động", location=DX),
    fig("khoảng 430 m", "430", 430, "measure", "m", approx="about",
        subject="phần thảm đá mái kè còn lại", location=DX),
    fig("đạt 78 tỷ", "78", 78e9, "money", "đồng", percent=65, subject="giá trị giải ngân", period=NOW,
        location=DX),
    fig("khoảng 450 tỷ", "450", 450e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn bố trí để xử lý điểm sạt lở bờ sông cấp bách", period=Y24),
    fig("xử lý 11 điểm", "11", 11, "count", "điểm sạt lở", status="forecast",
        subject="điểm sạt lở bờ sông cấp bách cần xử lý", period=Y24),
    fig("có 7 điểm", "7", 7, "count", "điểm", total=11, status="forecast",
        subject="điểm sạt lở lưu vực sông Thu Bồn - Vu Gia", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): breadcrumb, 'Thứ Năm, 12/09/2024 | 07:20', tag '(QNO) -', byline, keywords.",
    "The project in xã Duy Phước (huyện Duy Xuyên) → location Duy Xuyên; the province's plan (last paragraph) → Quảng Nam.",
    "'Sau hơn 10 tháng thi công' only locates the progress in time (a duration, not a figure; cf. 'Sau 3 năm' in the shared gold).",
    "'nguồn vốn dự phòng ngân sách trung ương năm 2023' names the fund's year: no period given to 120 tỷ (not scored either way).",
    "'M300' (concrete grade) is a name. 'mỗi mùa lũ ... từ 5 đến 7 m đất': range; 'những năm gần đây' gives no period.",
    "'đến nay' = as of the article's date (start null). '78 tỷ đồng, bằng 65% tổng mức đầu tư' → percent attribute.",
    "'Năm nay' = 2024 (dateline). 'dự kiến' → forecast for 450 tỷ, 11 điểm and the part '7 điểm' (after 'trong đó': total 11).",
    "Distractors: 07:20, 'Sau hơn 10 tháng', M300, năm 2023 (fund), '(QNO)'.",
]

if __name__ == "__main__":
    write("p1313-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Quảng Nam")
