"""p521-4: Bộ Công Thương (ministry site) — fuel price adjustment of 4/4/2024."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ / Tin tức / Thị trường trong nước
Điều hành giá xăng dầu ngày 4/4/2024: Xăng RON95 tăng 590 đồng/lít
04/04/2024 15:30

Liên Bộ Công Thương - Tài chính vừa có Công văn số 2286/BCT-TTTN về việc điều hành kinh doanh xăng dầu. Theo đó, bình quân giá thành phẩm xăng dầu thế giới trong kỳ điều hành (từ ngày 28/3 đến ngày 3/4/2024) là 95,8 USD/thùng xăng RON92 dùng để pha chế xăng E5RON92; 98,7 USD/thùng xăng RON95, tăng 2,6% so với kỳ trước; 102,4 USD/thùng dầu điêzen 0,05S; 87,5 USD/thùng dầu hỏa và 503,2 USD/tấn dầu madút 180CST 3,5S.

Để góp phần bình ổn thị trường, Liên Bộ quyết định trích lập Quỹ Bình ổn giá đối với dầu madút ở mức 300 đồng/kg; không trích lập và không chi Quỹ đối với các mặt hàng xăng, dầu điêzen, dầu hỏa.

Sau khi thực hiện trích lập và chi sử dụng Quỹ, giá bán các mặt hàng xăng dầu tiêu dùng phổ biến trên thị trường từ 15 giờ ngày 4/4/2024 như sau:
- Xăng E5RON92: không cao hơn 23.580 đồng/lít (tăng 460 đồng/lít so với giá hiện hành);
- Xăng RON95-III: không cao hơn 24.830 đồng/lít (tăng 590 đồng/lít so với giá hiện hành);
- Dầu điêzen 0,05S: không cao hơn 21.040 đồng/lít (giảm 140 đồng/lít);
- Dầu hỏa: không cao hơn 21.060 đồng/lít (giảm 90 đồng/lít);
- Dầu madút 180CST 3,5S: không cao hơn 17.250 đồng/kg (tăng 310 đồng/kg).

Theo số liệu của Bộ Tài chính, đến hết quý I/2024, số dư Quỹ Bình ổn giá xăng dầu là 5.865 tỷ đồng. Từ đầu năm 2024 đến nay, giá xăng dầu trong nước đã qua 14 kỳ điều hành, trong đó 8 kỳ tăng, 5 kỳ giảm và 1 kỳ giữ nguyên.

Bộ Công Thương - Số 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

COMMENTS = [
    "Bộ Công Thương site: fuel price adjustment (published 04/04/2024 15:30). National figures: location Việt Nam.",
    "Retail ceilings 'không cao hơn X đồng/lít' → approx at_most (same sense as 'không quá'); the bracketed 'tăng/giảm N đồng/lít' is the price's change.",
    "The headline 'Xăng RON95 tăng 590 đồng/lít' has no base price: the change amount is the claim, a money figure of its own (no change object),",
    "by analogy with the spec's rule for growth rates that are the claim. World prices take the scored period 'từ ngày 28/3 đến ngày 3/4/2024'.",
    "'đến hết quý I/2024' is as-of (start null); 'Từ đầu năm 2024 đến nay' ends at the dateline. 8/5/1 kỳ after 'trong đó' → total 14.",
    "World prices ('giá thành phẩm xăng dầu thế giới') describe the world market, not Việt Nam: location null (written \"\", which overrides",
    "the file default). Revised after the first scoring: these five had been left at the default 'Việt Nam'; FIGURES.md gives Việt Nam for",
    "national figures and null when no place of the figure is named or implied, so the gold was wrong.",
    "Distractors: RON92, RON95, E5RON92, RON95-III, 0,05S, 180CST, 3,5S (product grades), Công văn số 2286/BCT-TTTN, '15 giờ', Số 54 Hai Bà Trưng, phone.",
]

KY = P("từ ngày 28/3 đến ngày 3/4/2024", "2024-03-28", "2024-04-03")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-04-04")
W = "bình quân giá thành phẩm thế giới "

FIGS = [
    F("tăng 590 đồng/lít\n", "590", 590, "money", "đồng/lít", subject="giá xăng RON95 tăng"),
    F("95,8 USD/thùng", "95,8", 95.8, "money", "USD/thùng", subject=W + "xăng RON92", period=KY, location=""),
    F("98,7 USD/thùng", "98,7", 98.7, "money", "USD/thùng",
      change=CH("increase", 2.6, baseline="kỳ trước"), subject=W + "xăng RON95", period=KY, location=""),
    F("102,4 USD/thùng", "102,4", 102.4, "money", "USD/thùng", subject=W + "dầu điêzen", period=KY, location=""),
    F("87,5 USD/thùng", "87,5", 87.5, "money", "USD/thùng", subject=W + "dầu hỏa", period=KY, location=""),
    F("503,2 USD/tấn", "503,2", 503.2, "money", "USD/tấn", subject=W + "dầu madút", period=KY, location=""),
    F("mức 300 đồng/kg", "300", 300, "money", "đồng/kg",
      subject="mức trích lập Quỹ Bình ổn giá đối với dầu madút"),
    F("23.580 đồng/lít", "23.580", 23580, "money", "đồng/lít", approx="at_most",
      change=CH("increase", 460, unit="đồng/lít", baseline="giá hiện hành"), subject="giá bán xăng E5RON92"),
    F("24.830 đồng/lít", "24.830", 24830, "money", "đồng/lít", approx="at_most",
      change=CH("increase", 590, unit="đồng/lít", baseline="giá hiện hành"), subject="giá bán xăng RON95-III"),
    F("21.040 đồng/lít", "21.040", 21040, "money", "đồng/lít", approx="at_most",
      change=CH("decrease", 140, unit="đồng/lít"), subject="giá bán dầu điêzen"),
    F("21.060 đồng/lít", "21.060", 21060, "money", "đồng/lít", approx="at_most",
      change=CH("decrease", 90, unit="đồng/lít"), subject="giá bán dầu hỏa"),
    F("17.250 đồng/kg", "17.250", 17250, "money", "đồng/kg", approx="at_most",
      change=CH("increase", 310, unit="đồng/kg"), subject="giá bán dầu madút"),
    F("5.865 tỷ đồng", "5.865", 5865e9, "money", "đồng", subject="số dư Quỹ Bình ổn giá xăng dầu",
      period=P("đến hết quý I/2024", None, "2024-03-31")),
    F("qua 14 kỳ", "14", 14, "count", "kỳ điều hành", subject="kỳ điều hành giá xăng dầu", period=YTD),
    F("8 kỳ tăng", "8", 8, "count", "kỳ", total=14, subject="kỳ điều hành tăng giá", period=YTD),
    F("5 kỳ giảm", "5", 5, "count", "kỳ", total=14, subject="kỳ điều hành giảm giá", period=YTD),
    F("1 kỳ giữ nguyên", "1", 1, "count", "kỳ", total=14, subject="kỳ điều hành giữ nguyên giá", period=YTD),
]

emit("p521-4", TEXT, COMMENTS, FIGS, published="2024-04-04", location="Việt Nam")
