"""p593-1: province portal, Thừa Thiên Huế — sông Hương WQI, inner-city rivers, dredging, sewer connections."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Tài nguyên và Môi trường
Chất lượng nước sông Hương đạt mức tốt tại 9/12 điểm quan trắc
Cập nhật: 18/07/2024 10:25 | Lượt xem: 3.482

(TTĐT) - Theo Trung tâm Quan trắc tài nguyên và môi trường tỉnh Thừa Thiên Huế, 6 tháng đầu năm 2024, chỉ số chất lượng nước (WQI) tại 9/12 điểm quan trắc trên sông Hương đạt mức tốt, dao động từ 76 đến 89 điểm; các điểm còn lại ở mức trung bình. Điểm cầu Tràng Tiền có WQI cao nhất; thấp nhất là điểm chợ Đông Ba với 63 điểm, giảm 5 điểm so với cùng kỳ năm 2023.

Với các sông nội thành, WQI của sông An Cựu, sông Như Ý và sông Ngự Hà lần lượt đạt 58, 54 và 47 điểm, vẫn còn ô nhiễm hữu cơ cục bộ. Riêng hàm lượng BOD5 tại cầu Ga vượt 1,4 lần giới hạn cho phép theo QCVN 08:2023/BTNMT.

Từ năm 2021 đến nay, tỉnh đã nạo vét 14,6 km lòng sông Ngự Hà và sông An Cựu với khối lượng khoảng 186.000 m³ bùn, tổng kinh phí hơn 312 tỷ đồng; đồng thời xây dựng mới 8,2 km kè bờ.

Tính đến ngày 30/6/2024, thành phố Huế đã đấu nối 27.450 hộ dân vào hệ thống thu gom nước thải, đạt 78,5% kế hoạch; ba nhà máy xử lý nước thải có tổng công suất 53.800 m³/ngày đêm.

Phấn đấu đến năm 2025, 100% điểm quan trắc trên sông Hương đạt WQI từ mức tốt trở lên và tỷ lệ nước thải đô thị được thu gom, xử lý đạt 50%.

Trung tâm Quan trắc tài nguyên và môi trường, số 8 Lê Lai, TP. Huế; điện thoại: 0234.3822.516.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-07-18")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hương đạt mức tốt tại 9/12", "9", 9, "count", "điểm quan trắc", total=12,
      subject="điểm quan trắc sông Hương có chất lượng nước đạt mức tốt", period=I(H1)),
    F("(WQI) tại 9/12", "9", 9, "count", "điểm quan trắc", total=12,
      subject="điểm quan trắc trên sông Hương có chỉ số chất lượng nước (WQI) đạt mức tốt", period=H1),
    F("từ 76 đến 89 điểm", "76", 76, "measure", "điểm", value_max=89,
      subject="chỉ số chất lượng nước (WQI) trên sông Hương", period=H1),
    F("với 63 điểm", "63", 63, "measure", "điểm", change=CH("decrease", 5, "điểm", "cùng kỳ năm 2023"),
      subject="WQI điểm chợ Đông Ba", period=I(H1)),
    F("lần lượt đạt 58", "58", 58, "measure", "điểm", subject="WQI sông An Cựu", period=I(H1)),
    F("58, 54", "54", 54, "measure", "điểm", subject="WQI sông Như Ý", period=I(H1)),
    F("54 và 47 điểm", "47", 47, "measure", "điểm", subject="WQI sông Ngự Hà", period=I(H1)),
    F("vượt 1,4 lần", "1,4", 1.4, "multiple", "lần",
      subject="hàm lượng BOD5 tại cầu Ga vượt giới hạn cho phép", period=I(H1)),
    F("nạo vét 14,6 km", "14,6", 14.6, "measure", "km",
      subject="lòng sông Ngự Hà và sông An Cựu được nạo vét", period=SINCE),
    F("khoảng 186.000 m³", "186.000", 186000, "measure", "m³", approx="about",
      subject="khối lượng bùn nạo vét", period=SINCE),
    F("hơn 312 tỷ đồng", "312", 312e9, "money", "đồng", approx="over",
      subject="tổng kinh phí nạo vét", period=SINCE),
    F("mới 8,2 km kè", "8,2", 8.2, "measure", "km", subject="kè bờ xây dựng mới", period=SINCE),
    F("nối 27.450 hộ", "27.450", 27450, "count", "hộ dân", percent=78.5,
      subject="hộ dân đấu nối vào hệ thống thu gom nước thải", period=ASOF, location="Huế"),
    F("ba nhà máy", "ba", 3, "count", "nhà máy xử lý nước thải",
      subject="nhà máy xử lý nước thải", period=ASOF, location="Huế"),
    F("53.800 m³/ngày đêm", "53.800", 53800, "measure", "m³/ngày đêm",
      subject="tổng công suất nhà máy xử lý nước thải", period=ASOF, location="Huế"),
    F("100% điểm quan trắc", "100", 100, "percent", "%", status="target",
      subject="điểm quan trắc trên sông Hương đạt WQI từ mức tốt trở lên", period=T25),
    F("đạt 50%", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ nước thải đô thị được thu gom, xử lý", period=T25),
]

COMMENTS = [
    "Cổng TTĐT Thừa Thiên Huế (province portal): WQI sông Hương 6 tháng đầu năm 2024, sông nội thành, nạo vét, đấu nối nước thải.",
    "Distractors: 'Lượt xem: 3.482', 'BOD5', 'QCVN 08:2023/BTNMT', 'số 8 Lê Lai', phone 0234.3822.516, dateline time.",
    "River names in a 'lần lượt' list are not places: they stay in the subject (as investor countries in shared h26).",
    "'vượt 1,4 lần giới hạn cho phép' stands alone (no base amount): a multiple. Figures of 'thành phố Huế' take location Huế.",
    "'Từ năm 2021 đến nay' ends at the dateline. Headline figure and sentences without a period phrase inherit 6 tháng đầu năm 2024.",
]

if __name__ == "__main__":
    emit("p593-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Thừa Thiên Huế")
