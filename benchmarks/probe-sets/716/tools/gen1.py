#!/usr/bin/env python3
"""p716-1: Bắc Ninh province portal — recycling craft villages, H1/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 14/08/2024 10:20 | Lượt xem: 1.482

Bắc Ninh: 6 tháng đầu năm, các làng nghề tái chế sản xuất hơn 1,2 triệu tấn sản phẩm

Theo Sở Công Thương, toàn tỉnh hiện có 62 làng nghề được công nhận, trong đó có 4 làng nghề tái chế phế liệu là giấy Phong Khê, sắt thép Đa Hội, nhôm Văn Môn và nhựa Xuân Lai.

Trong 6 tháng đầu năm 2024, tổng sản lượng của các làng nghề tái chế ước đạt 1.215.600 tấn, tăng 8,4% so với cùng kỳ năm 2023. Trong đó, làng nghề sắt thép Đa Hội đạt khoảng 780.000 tấn; giấy Phong Khê đạt 352.000 tấn; nhôm Văn Môn và nhựa Xuân Lai lần lượt đạt 48.500 tấn và 35.100 tấn.

Hiện các làng nghề tái chế có khoảng 3.450 hộ sản xuất, thu hút gần 12.000 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng.

Lượng nước thải phát sinh tại các làng nghề khoảng 12.500 m³/ngày đêm, song mới có 2 trạm xử lý tập trung với tổng công suất 7.000 m³/ngày đêm, bằng 56% lượng nước thải phát sinh. Trạm xử lý nước thải Phong Khê giai đoạn 2 (công suất 3.000 m³/ngày đêm) đang được đầu tư với tổng mức 148,6 tỷ đồng, dự kiến vận hành trong quý IV/2024.

Tính đến ngày 30/6/2024, tỉnh đã di dời 214 cơ sở sản xuất gây ô nhiễm vào các cụm công nghiệp, gồm TP. Từ Sơn (126 cơ sở), TP. Bắc Ninh (61 cơ sở) và huyện Yên Phong (27 cơ sở).

Theo Kế hoạch số 285/KH-UBND, phấn đấu đến năm 2025, 100% cơ sở tái chế trong làng nghề có hệ thống xử lý khí thải và 80% lượng nước thải làng nghề được xử lý đạt quy chuẩn.

Đường dây nóng Sở Công Thương: 0222.3822.569
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 1,2 triệu tấn", "1,2", 1_200_000, "measure", "tấn",
      approx="over", subject="sản phẩm các làng nghề tái chế sản xuất",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("có 62 làng nghề", "62", 62, "count", "làng nghề", subject="làng nghề được công nhận"),
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", total=62, subject="làng nghề tái chế phế liệu"),
    F("ước đạt 1.215.600 tấn", "1.215.600", 1_215_600, "measure", "tấn",
      change=CH("increase", 8.4, baseline="cùng kỳ năm 2023"), status="estimate",
      subject="tổng sản lượng của các làng nghề tái chế", period=H1),
    F("khoảng 780.000 tấn", "780.000", 780_000, "measure", "tấn", approx="about", total=1_215_600,
      status="estimate", subject="sản lượng làng nghề sắt thép Đa Hội", period=I(H1)),
    F("đạt 352.000 tấn", "352.000", 352_000, "measure", "tấn", total=1_215_600,
      status="estimate", subject="sản lượng làng nghề giấy Phong Khê", period=I(H1)),
    F("đạt 48.500 tấn", "48.500", 48_500, "measure", "tấn", total=1_215_600,
      status="estimate", subject="sản lượng làng nghề nhôm Văn Môn", period=I(H1)),
    F("và 35.100 tấn", "35.100", 35_100, "measure", "tấn", total=1_215_600,
      status="estimate", subject="sản lượng làng nghề nhựa Xuân Lai", period=I(H1)),
    F("khoảng 3.450 hộ", "3.450", 3450, "count", "hộ", approx="about",
      subject="hộ sản xuất tại các làng nghề tái chế"),
    F("gần 12.000 lao động", "12.000", 12000, "count", "lao động", approx="nearly",
      subject="lao động các làng nghề tái chế thu hút"),
    F("8,5 triệu đồng/người/tháng", "8,5", 8_500_000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân"),
    F("khoảng 12.500 m³", "12.500", 12500, "measure", "m³/ngày đêm", approx="about",
      subject="lượng nước thải phát sinh tại các làng nghề"),
    F("có 2 trạm", "2", 2, "count", "trạm xử lý", subject="trạm xử lý nước thải tập trung"),
    F("suất 7.000 m³", "7.000", 7000, "measure", "m³/ngày đêm", percent=56,
      subject="tổng công suất các trạm xử lý nước thải tập trung"),
    F("suất 3.000 m³", "3.000", 3000, "measure", "m³/ngày đêm",
      subject="công suất trạm xử lý nước thải Phong Khê giai đoạn 2"),
    F("148,6 tỷ đồng", "148,6", 148_600_000_000, "money", "đồng",
      subject="tổng mức đầu tư trạm xử lý nước thải Phong Khê giai đoạn 2"),
    F("di dời 214 cơ sở", "214", 214, "count", "cơ sở",
      subject="cơ sở sản xuất gây ô nhiễm di dời vào các cụm công nghiệp", period=ASOF),
    F("(126 cơ sở)", "126", 126, "count", "cơ sở", total=214, location="Từ Sơn",
      subject="cơ sở sản xuất gây ô nhiễm di dời vào các cụm công nghiệp", period=ASOF),
    F("(61 cơ sở)", "61", 61, "count", "cơ sở", total=214, location="Bắc Ninh",
      subject="cơ sở sản xuất gây ô nhiễm di dời vào các cụm công nghiệp", period=ASOF),
    F("(27 cơ sở)", "27", 27, "count", "cơ sở", total=214, location="Yên Phong",
      subject="cơ sở sản xuất gây ô nhiễm di dời vào các cụm công nghiệp", period=ASOF),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở tái chế trong làng nghề có hệ thống xử lý khí thải", period=T25),
    F("và 80% lượng", "80", 80, "percent", "%", status="target",
      subject="lượng nước thải làng nghề được xử lý đạt quy chuẩn", period=T25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh: làng nghề tái chế phế liệu 6 tháng đầu năm 2024 (sản lượng, hộ, lao động, nước thải, di dời cơ sở, mục tiêu 2025).",
    "Headline '6 tháng đầu năm' has no year: the earlier 'Cập nhật: 14/08/2024' gives 2024. 'Lượt xem: 1.482', 'Kế hoạch số 285/KH-UBND',",
    "'giai đoạn 2', 'quý IV/2024' and the hotline are not figures. The four village outputs follow 'Trong đó' after the whole (sum 1.215.600),",
    "so they carry total 1215600; 'ước đạt' continues into that 'Trong đó' sentence (estimate), as in shared h14. 'Hiện' sentences have no period.",
    "District items in brackets after 'gồm' add up to 214 and take their district as location; TP. Bắc Ninh compares equal to Bắc Ninh.",
    "'tổng mức 148,6 tỷ đồng' is actual: 'dự kiến' governs only the clause 'vận hành trong quý IV/2024'.",
]

if __name__ == "__main__":
    emit("p716-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Bắc Ninh")
