"""p624-5: Party newspaper (Báo Quảng Ngãi) — huyện đảo Lý Sơn, 4 tháng đầu năm 2024; byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """BÁO QUẢNG NGÃI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ngãi
Kinh tế > Du lịch

Lý Sơn: Tàu cao tốc tăng chuyến, khách ra đảo tăng mạnh

Những tháng đầu năm 2024, lượng khách ra huyện đảo Lý Sơn tăng mạnh. Để phục vụ nhu cầu đi lại, các doanh nghiệp vận tải đã bố trí 9 tàu cao tốc chạy tuyến Sa Kỳ - Lý Sơn, mỗi ngày khai thác từ 12 đến 16 chuyến.

Theo UBND huyện Lý Sơn, 4 tháng đầu năm 2024, huyện đón 178.500 lượt khách, tăng 22% so với cùng kỳ, đạt 51% kế hoạch năm; trong đó có 2.140 lượt khách quốc tế. Doanh thu du lịch ước đạt 246 tỷ đồng. Riêng kỳ nghỉ lễ 30/4 - 1/5 năm nay (từ ngày 27/4 đến 1/5), đảo đón gần 16.000 lượt khách, cao nhất từ trước đến nay.

Tại cảng Lý Sơn, Cảng vụ Hàng hải Quảng Ngãi đã kiểm tra 9/9 tàu cao tốc và 27 ca nô chở khách tham quan đảo Bé; đình chỉ hoạt động 2 ca nô không đủ điều kiện an toàn. Giá vé tàu cao tốc một chiều dao động từ 180.000 đến 200.000 đồng/người.

Lượng khách tăng cũng tạo áp lực lớn về môi trường. Bình quân mỗi ngày đảo phát sinh khoảng 25 tấn rác thải sinh hoạt, nhưng nhà máy xử lý rác của huyện chỉ xử lý được 15 tấn/ngày. Từ đầu năm đến nay, đoàn viên thanh niên và người dân đã tổ chức 14 đợt ra quân, thu gom hơn 38 tấn rác thải ven biển.

Huyện cũng thí điểm hai tuyến chèo kayak, SUP ngắm hoàng hôn tại khu vực Hang Câu, mỗi lượt đón tối đa 40 khách. Năm 2024, Lý Sơn phấn đấu đón 350.000 lượt khách, doanh thu du lịch đạt 500 tỷ đồng.

Đường dây nóng du lịch huyện: 0255.3867.005.

TRỌNG TÍN
20/05/2024
"""

M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
HOL = P("từ ngày 27/4 đến 1/5", "2024-04-27", "2024-05-01")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-20")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("bố trí 9 tàu", "9", 9, "count", "tàu cao tốc", "tàu cao tốc chạy tuyến Sa Kỳ - Lý Sơn"),
    F("từ 12 đến 16 chuyến", "12", 12, "count", "chuyến",
      "chuyến tàu cao tốc khai thác mỗi ngày", value_max=16),
    F("đón 178.500 lượt khách", "178.500", 178500, "count", "lượt khách",
      "lượt khách đến huyện đảo Lý Sơn", M4, percent=51,
      change=CH("increase", 22, baseline="cùng kỳ")),
    F("có 2.140 lượt", "2.140", 2140, "count", "lượt khách", "lượt khách quốc tế", M4, total=178500),
    F("ước đạt 246 tỷ đồng", "246", 246000000000, "money", "đồng",
      "doanh thu du lịch", I(M4), status="estimate"),
    F("gần 16.000 lượt", "16.000", 16000, "count", "lượt khách",
      "lượt khách đến đảo dịp nghỉ lễ", HOL, approx="nearly"),
    F("9/9 tàu", "9", 9, "count", "tàu cao tốc", "tàu cao tốc được kiểm tra", total=9),
    F("và 27 ca nô", "27", 27, "count", "ca nô", "ca nô chở khách tham quan đảo Bé được kiểm tra"),
    F("động 2 ca nô", "2", 2, "count", "ca nô", "ca nô bị đình chỉ hoạt động"),
    F("từ 180.000 đến 200.000 đồng/người", "180.000", 180000, "money", "đồng/người",
      "giá vé tàu cao tốc một chiều", value_max=200000),
    F("khoảng 25 tấn", "25", 25, "measure", "tấn",
      "rác thải sinh hoạt phát sinh bình quân mỗi ngày", approx="about"),
    F("được 15 tấn/ngày", "15", 15, "measure", "tấn/ngày",
      "công suất xử lý rác của nhà máy xử lý rác huyện"),
    F("chức 14 đợt", "14", 14, "count", "đợt", "đợt ra quân thu gom rác", YTD),
    F("hơn 38 tấn", "38", 38, "measure", "tấn", "rác thải ven biển thu gom", YTD, approx="over"),
    F("thí điểm hai tuyến", "hai", 2, "count", "tuyến", "tuyến chèo kayak, SUP thí điểm"),
    F("tối đa 40 khách", "40", 40, "count", "khách",
      "khách mỗi lượt trên tuyến kayak, SUP", approx="at_most"),
    F("đón 350.000 lượt khách", "350.000", 350000, "count", "lượt khách",
      "lượt khách đến Lý Sơn", Y24, status="target"),
    F("đạt 500 tỷ đồng", "500", 500000000000, "money", "đồng", "doanh thu du lịch", Y24, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Ngãi): huyện đảo Lý Sơn, 4 tháng đầu năm 2024 — high-speed boats, visitors, inspections, waste, kayak/SUP.",
    "Byline 'TRỌNG TÍN' and bare date '20/05/2024' at the end = published. Not figures: '30/4 - 1/5' (holiday name), Sa Kỳ - Lý Sơn route",
    "name, hotline 0255.3867.005. Location: Lý Sơn (district) for every figure.",
    "'Những tháng đầu năm 2024' is too vague to date: the 9 boats / 12-16 trips get no period. '(từ ngày 27/4 đến 1/5)' dates the holiday",
    "(27/4-1/5/2024, year from the lead); 'Riêng' is no part-of cue, so 16.000 has no total. 'trong đó có 2.140' follows 178.500 → total.",
    "'9/9 tàu' total 9; 27 ca nô and 2 ca nô have no whole stated. 'hai tuyến' is a number word. 'Từ đầu năm đến nay' ends at the published date.",
]

if __name__ == "__main__":
    emit("p624-5", TEXT, COMMENTS, FIGS, published="2024-05-20", location="Lý Sơn")
