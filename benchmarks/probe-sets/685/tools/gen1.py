"""p685-1: Hưng Yên province portal — GPMB Vành đai 4 (Vùng Thủ đô) đoạn qua tỉnh."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Vành đai 4 đoạn qua Hưng Yên: đã bàn giao 94,3% mặt bằng
Cập nhật: 18/07/2024 08:30

(Cổng TTĐT Hưng Yên) - Theo báo cáo của Ban Quản lý dự án đầu tư xây dựng tỉnh, tính đến ngày 15/7/2024, tỉnh đã bàn giao 205,3 ha mặt bằng cho các nhà thầu thi công Dự án thành phần 1.3 và 2.3 thuộc Dự án đường Vành đai 4 - Vùng Thủ đô Hà Nội, đạt 94,3% tổng diện tích cần thu hồi. Trong đó, huyện Văn Giang bàn giao 71,2 ha (đạt 97,8%), huyện Khoái Châu 58,4 ha (93,1%), huyện Yên Mỹ 75,7 ha (92,4%).

Tổng diện tích đất cần thu hồi để thực hiện dự án trên địa bàn tỉnh là 217,7 ha, liên quan đến 3.412 hộ gia đình, cá nhân và 27 tổ chức; trong đó có 41,6 ha đất ở và đất vườn, ao liền kề.

Đến nay, các huyện đã phê duyệt phương án bồi thường, hỗ trợ cho 3.298 hộ với tổng kinh phí hơn 2.146,8 tỷ đồng; đã chi trả cho 3.105 hộ số tiền 1.987,5 tỷ đồng, đạt 92,6% kinh phí được phê duyệt.

Để bố trí chỗ ở cho người dân, tỉnh triển khai 9 khu tái định cư với tổng diện tích khoảng 38,5 ha, dự kiến bố trí khoảng 1.150 lô đất ở. Hiện 6/9 khu đã hoàn thành hạ tầng kỹ thuật, đã giao đất tái định cư cho 412 hộ.

Thực hiện Quyết định số 1592/QĐ-UBND ngày 20/6/2023 của UBND tỉnh, các địa phương phấn đấu hoàn thành bàn giao 100% mặt bằng trước ngày 30/9/2024. Khu vực giao cắt Quốc lộ 5 và đường tỉnh 379 hiện là điểm vướng mắc lớn nhất.

Mọi phản ánh về công tác bồi thường xin liên hệ đường dây nóng: 0221.3862.310.

Lượt xem: 1.482
"""

ASOF = P("tính đến ngày 15/7/2024", end="2024-07-15")
NOW = P("Đến nay", end="2024-07-18")

FIGS = [
    F("đã bàn giao 94,3% mặt bằng", "94,3", 94.3, "percent", "%",
      "tỷ lệ mặt bằng Vành đai 4 đoạn qua Hưng Yên đã bàn giao", I(ASOF)),
    F("bàn giao 205,3 ha mặt bằng", "205,3", 205.3, "measure", "ha",
      "mặt bằng đã bàn giao cho các nhà thầu thi công", ASOF, percent=94.3),
    F("Văn Giang bàn giao 71,2 ha", "71,2", 71.2, "measure", "ha", "mặt bằng đã bàn giao", I(ASOF),
      total=205.3, percent=97.8, location="Văn Giang"),
    F("Khoái Châu 58,4 ha", "58,4", 58.4, "measure", "ha", "mặt bằng đã bàn giao", I(ASOF),
      total=205.3, percent=93.1, location="Khoái Châu"),
    F("Yên Mỹ 75,7 ha", "75,7", 75.7, "measure", "ha", "mặt bằng đã bàn giao", I(ASOF),
      total=205.3, percent=92.4, location="Yên Mỹ"),
    F("là 217,7 ha", "217,7", 217.7, "measure", "ha", "tổng diện tích đất cần thu hồi để thực hiện dự án"),
    F("đến 3.412 hộ", "3.412", 3412, "count", "hộ", "hộ gia đình, cá nhân liên quan đến thu hồi đất"),
    F("và 27 tổ chức", "27", 27, "count", "tổ chức", "tổ chức liên quan đến thu hồi đất"),
    F("có 41,6 ha", "41,6", 41.6, "measure", "ha", "đất ở và đất vườn, ao liền kề cần thu hồi", total=217.7),
    F("cho 3.298 hộ", "3.298", 3298, "count", "hộ", "hộ được phê duyệt phương án bồi thường, hỗ trợ", NOW),
    F("hơn 2.146,8 tỷ đồng", "2.146,8", 2146.8e9, "money", "đồng",
      "tổng kinh phí bồi thường, hỗ trợ được phê duyệt", NOW, approx="over"),
    F("cho 3.105 hộ", "3.105", 3105, "count", "hộ", "hộ đã được chi trả tiền bồi thường, hỗ trợ", NOW),
    F("tiền 1.987,5 tỷ đồng", "1.987,5", 1987.5e9, "money", "đồng", "số tiền bồi thường, hỗ trợ đã chi trả",
      NOW, percent=92.6),
    F("triển khai 9 khu", "9", 9, "count", "khu", "khu tái định cư triển khai"),
    F("khoảng 38,5 ha", "38,5", 38.5, "measure", "ha", "tổng diện tích khu tái định cư", approx="about"),
    F("khoảng 1.150 lô", "1.150", 1150, "count", "lô", "lô đất ở tái định cư dự kiến bố trí",
      approx="about", status="forecast"),
    F("Hiện 6/9 khu", "6", 6, "count", "khu", "khu tái định cư đã hoàn thành hạ tầng kỹ thuật", total=9),
    F("cho 412 hộ", "412", 412, "count", "hộ", "hộ đã được giao đất tái định cư"),
    F("bàn giao 100% mặt bằng", "100", 100, "percent", "%", "mặt bằng hoàn thành bàn giao",
      P("trước ngày 30/9/2024", end="2024-09-30"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hưng Yên (province portal): GPMB Dự án Vành đai 4 - Vùng Thủ đô đoạn qua tỉnh, tính đến 15/7/2024.",
    "Distractors: 'Dự án thành phần 1.3 và 2.3' (names), QĐ 1592/QĐ-UBND, Quốc lộ 5, đường tỉnh 379, hotline, 'Lượt xem: 1.482'.",
    "'Vùng Thủ đô Hà Nội' is part of the project name: location stays Hưng Yên. District items go to location.",
    "'Trong đó, huyện … 71,2 ha …' follows the whole 205,3 ha (parts add up to it): total 205.3; bracketed % are each item's percent.",
    "'trong đó có 41,6 ha' follows '27 tổ chức' but counts the same thing as 217,7 ha: total 217.7.",
    "'Đến nay' ends at the dateline 18/07/2024. 'phấn đấu … 100% … trước ngày 30/9/2024' is a target with an as-of deadline.",
]

emit("p685-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Hưng Yên")
