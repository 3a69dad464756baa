from lib import F, P, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Kinh tế - Xã hội

Hưng Yên: Đã bàn giao 98,6% mặt bằng dự án đường Vành đai 4 - Vùng Thủ đô
Cập nhật: 18/11/2024 15:42 | Lượt xem: 1.276

Dự án thành phần 1.3 và 2.3 đường Vành đai 4 - Vùng Thủ đô đoạn qua địa bàn tỉnh dài 19,3 km, đi qua 3 huyện Văn Giang, Khoái Châu, Yên Mỹ, ảnh hưởng đến 4.872 hộ gia đình, cá nhân. Tính đến ngày 15/11/2024, tỉnh Hưng Yên đã thu hồi, bàn giao 251,3/254,8 ha đất cho chủ đầu tư, đạt 98,6%.

Đến nay, Hội đồng bồi thường các huyện đã phê duyệt phương án bồi thường, hỗ trợ, tái định cư cho 4.815 hộ với tổng kinh phí 3.126,4 tỷ đồng; đã chi trả số tiền trên 3.050 tỷ đồng, đạt 97,6% kinh phí được phê duyệt. Trong đó, huyện Văn Giang chi trả 1.412,7 tỷ đồng, huyện Khoái Châu 986,5 tỷ đồng, huyện Yên Mỹ 651,2 tỷ đồng.

Về tái định cư, tỉnh bố trí 9 khu tái định cư với tổng diện tích 38,5 ha, gồm 1.146 lô đất. Hiện 7/9 khu đã hoàn thành hạ tầng kỹ thuật, đã tổ chức bốc thăm giao đất cho 612 hộ. Giá đất tái định cư từ 4,5 đến 9,8 triệu đồng/m2 tùy vị trí, được xác định theo Nghị định số 88/2024/NĐ-CP của Chính phủ.

Hiện còn 3,5 ha chưa bàn giao, chủ yếu tại xã Xuân Quan (huyện Văn Giang), nơi 27 hộ chưa nhận tiền bồi thường, trong đó 11 hộ có đơn khiếu nại về giá đất. UBND tỉnh yêu cầu các huyện hoàn thành bàn giao 100% mặt bằng trước ngày 31/12/2024; phấn đấu giải ngân 3.500 tỷ đồng vốn bồi thường, GPMB của dự án trong năm 2024.

Theo kế hoạch, dự án sẽ hoàn thành, đưa vào khai thác năm 2027. Mọi ý kiến phản ánh xin gửi về Ban Quản lý dự án đầu tư xây dựng tỉnh, số 8 đường Chùa Chuông, TP Hưng Yên; điện thoại 0221.3862.459.

Minh Khuê - Trung tâm Thông tin - Hội nghị tỉnh
"""

AS = P("Tính đến ngày 15/11/2024", None, "2024-11-15")
ASi = P("Tính đến ngày 15/11/2024", None, "2024-11-15", inh=True)
DN = P("Đến nay", None, "2024-11-18")
DNi = P("Đến nay", None, "2024-11-18", inh=True)

FIGS = [
    F("Đã bàn giao 98,6% mặt bằng", "98,6", 98.6, "percent", "%", "mặt bằng dự án đường Vành đai 4 đã bàn giao", ASi),
    F("dài 19,3 km", "19,3", 19.3, "measure", "km", "chiều dài đoạn tuyến qua địa bàn tỉnh"),
    F("đi qua 3 huyện", "3", 3, "count", "huyện", "huyện dự án đi qua", optional=True),
    F("ảnh hưởng đến 4.872 hộ", "4.872", 4872, "count", "hộ", "hộ gia đình, cá nhân bị ảnh hưởng"),
    F("bàn giao 251,3/254,8 ha", "251,3", 251.3, "measure", "ha", "diện tích đất đã thu hồi, bàn giao cho chủ đầu tư", AS,
      total=254.8, percent=98.6),
    F("cho 4.815 hộ", "4.815", 4815, "count", "hộ", "hộ được phê duyệt phương án bồi thường, hỗ trợ, tái định cư", DN),
    F("tổng kinh phí 3.126,4 tỷ đồng", "3.126,4", 3126400000000, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ, tái định cư được phê duyệt", DN),
    F("trên 3.050 tỷ đồng", "3.050", 3050000000000, "money", "đồng", "số tiền bồi thường đã chi trả", DN,
      approx="over", percent=97.6),
    F("Văn Giang chi trả 1.412,7 tỷ đồng", "1.412,7", 1412700000000, "money", "đồng", "số tiền bồi thường đã chi trả", DNi,
      total=3050000000000, location="Văn Giang"),
    F("Khoái Châu 986,5 tỷ đồng", "986,5", 986500000000, "money", "đồng", "số tiền bồi thường đã chi trả", DNi,
      total=3050000000000, location="Khoái Châu"),
    F("Yên Mỹ 651,2 tỷ đồng", "651,2", 651200000000, "money", "đồng", "số tiền bồi thường đã chi trả", DNi,
      total=3050000000000, location="Yên Mỹ"),
    F("bố trí 9 khu tái định cư", "9", 9, "count", "khu tái định cư", "khu tái định cư"),
    F("diện tích 38,5 ha", "38,5", 38.5, "measure", "ha", "tổng diện tích khu tái định cư"),
    F("gồm 1.146 lô đất", "1.146", 1146, "count", "lô đất", "lô đất tái định cư"),
    F("Hiện 7/9 khu", "7", 7, "count", "khu", "khu tái định cư đã hoàn thành hạ tầng kỹ thuật", DNi, total=9),
    F("cho 612 hộ", "612", 612, "count", "hộ", "hộ được bốc thăm giao đất tái định cư", DNi),
    F("từ 4,5 đến 9,8 triệu đồng/m2", "4,5", 4500000, "money", "đồng/m2", "giá đất tái định cư", value_max=9800000),
    F("còn 3,5 ha chưa bàn giao", "3,5", 3.5, "measure", "ha", "diện tích chưa bàn giao", DNi),
    F("nơi 27 hộ", "27", 27, "count", "hộ", "hộ chưa nhận tiền bồi thường", DNi, location="Văn Giang"),
    F("trong đó 11 hộ", "11", 11, "count", "hộ", "hộ có đơn khiếu nại về giá đất", DNi, total=27, location="Văn Giang"),
    F("bàn giao 100% mặt bằng", "100", 100, "percent", "%", "bàn giao mặt bằng",
      P("trước ngày 31/12/2024", None, "2024-12-31"), status="target"),
    F("giải ngân 3.500 tỷ đồng", "3.500", 3500000000000, "money", "đồng", "vốn bồi thường, GPMB của dự án giải ngân",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

HEADER = """Cổng TTĐT tỉnh Hưng Yên (province portal): GPMB dự án đường Vành đai 4 - Vùng Thủ đô qua tỉnh. Dateline 'Cập nhật: 18/11/2024 15:42 | Lượt xem: 1.276'.
Distractors: 'Dự án thành phần 1.3 và 2.3', 'Vành đai 4', 'Nghị định số 88/2024/NĐ-CP', 'năm 2027', address 'số 8 đường Chùa Chuông', phone, view counter.
Static facts (length, households affected, resettlement areas, land price range) stand before any period in their paragraph: no period.
'Đến nay' = as-of the dateline. 'Trong đó' after 'trên 3.050 tỷ đồng': the three district amounts (sum 3.050,4) are its parts and carry the district as location.
'3,5 ha … chủ yếu tại xã Xuân Quan (huyện Văn Giang)' is the province's remainder (location Hưng Yên); the 27/11 households are in Văn Giang.
'251,3/254,8 ha … đạt 98,6%' total 254.8 and percent 98.6; the headline 98,6% is a figure of its own (period inherited from the as-of date).
'bàn giao 100% … trước ngày 31/12/2024' target with an as-of deadline; '3.500 tỷ' target for 'trong năm 2024'. '3 huyện' is structure (optional)."""

emit("p300-1", TEXT, FIGS, HEADER, published="2024-11-18", location="Hưng Yên")
