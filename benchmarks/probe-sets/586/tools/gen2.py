"""p586-2: A Lưới district portal — forest rangers' patrols, snares removed, violations, Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN HUYỆN A LƯỚI
Trang chủ > Tin tức > Nông nghiệp - Nông thôn

Quý I/2024: Lực lượng bảo vệ rừng A Lưới thu gỡ hơn 3.100 bẫy thú

Thứ Ba, 16/04/2024 - 09:20

Trong quý I/2024, Hạt Kiểm lâm huyện A Lưới chủ trì, phối hợp với Ban quản lý Khu bảo tồn thiên nhiên Sao La và 18 tổ bảo vệ rừng cộng đồng tổ chức 246 đợt tuần tra, truy quét, tăng 32 đợt so với cùng kỳ năm 2023, với 1.437 lượt người tham gia.

Qua tuần tra, lực lượng chức năng đã thu gỡ 3.126 bẫy thú các loại (trong đó 2.874 bẫy dây cáp, 252 bẫy kẹp), phá dỡ 41 lán trại trái phép, giải cứu và thả về rừng 17 cá thể động vật còn sống mắc bẫy. Số bẫy thu gỡ giảm khoảng 15% so với cùng kỳ, cho thấy tình trạng đặt bẫy săn bắt động vật rừng đã có chiều hướng giảm.

Cũng trong quý, Hạt Kiểm lâm phát hiện, lập biên bản 9 vụ vi phạm Luật Lâm nghiệp, giảm 4 vụ so với cùng kỳ; trong đó 2 vụ vi phạm quy định về bảo vệ động vật rừng, 5 vụ khai thác rừng trái phép và 2 vụ vận chuyển lâm sản trái phép. Lực lượng chức năng tịch thu 3,75 m³ gỗ các loại, 12,6 kg động vật rừng; tổng số tiền xử phạt vi phạm hành chính là 68,5 triệu đồng.

Năm 2024, huyện dự kiến chi trả tiền dịch vụ môi trường rừng cho 62.480 ha rừng với tổng kinh phí khoảng 24,3 tỷ đồng, đơn giá bình quân 389.000 đồng/ha. Mỗi thành viên tổ bảo vệ rừng cộng đồng được hỗ trợ 1,5 triệu đồng/tháng.

Trạm Kiểm lâm số 2 (Km 47, Quốc lộ 49) duy trì trực 24/24 giờ; người dân phát hiện vi phạm báo tin qua số điện thoại 0234.3878.112.

Hồ Văn Tâm - Hạt Kiểm lâm A Lưới
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
QH = P("Quý I/2024", "2024-01-01", "2024-03-31")
QQ = P("Cũng trong quý", "2024-01-01", "2024-03-31")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 3.100 bẫy thú", "3.100", 3100, "count", "bẫy thú", "bẫy thú lực lượng bảo vệ rừng thu gỡ", QH,
      approx="over"),
    F("và 18 tổ", "18", 18, "count", "tổ", "tổ bảo vệ rừng cộng đồng", Q1),
    F("tổ chức 246 đợt", "246", 246, "count", "đợt", "đợt tuần tra, truy quét", Q1,
      change=CH("increase", 32, "đợt", "cùng kỳ năm 2023")),
    F("với 1.437 lượt người", "1.437", 1437, "count", "lượt người", "lượt người tham gia tuần tra, truy quét", Q1),
    F("gỡ 3.126 bẫy thú", "3.126", 3126, "count", "bẫy thú", "bẫy thú các loại thu gỡ", I(Q1)),
    F("đó 2.874 bẫy", "2.874", 2874, "count", "bẫy", "bẫy dây cáp thu gỡ", I(Q1), total=3126),
    F("252 bẫy kẹp", "252", 252, "count", "bẫy", "bẫy kẹp thu gỡ", I(Q1), total=3126),
    F("phá dỡ 41 lán trại", "41", 41, "count", "lán trại", "lán trại trái phép phá dỡ", I(Q1)),
    F("rừng 17 cá thể", "17", 17, "count", "cá thể", "cá thể động vật còn sống mắc bẫy được giải cứu, thả về rừng",
      I(Q1)),
    F("khoảng 15%", "15", 15, "percent", "%", "số bẫy thu gỡ giảm so với cùng kỳ", I(Q1), approx="about"),
    F("biên bản 9 vụ", "9", 9, "count", "vụ", "vụ vi phạm Luật Lâm nghiệp", QQ,
      change=CH("decrease", 4, "vụ", "cùng kỳ")),
    F("trong đó 2 vụ", "2", 2, "count", "vụ", "vụ vi phạm quy định về bảo vệ động vật rừng", QQ, total=9),
    F("5 vụ khai thác", "5", 5, "count", "vụ", "vụ khai thác rừng trái phép", QQ, total=9),
    F("và 2 vụ vận chuyển", "2", 2, "count", "vụ", "vụ vận chuyển lâm sản trái phép", QQ, total=9),
    F("3,75 m³", "3,75", 3.75, "measure", "m³", "gỗ các loại tịch thu", I(Q1)),
    F("12,6 kg", "12,6", 12.6, "measure", "kg", "động vật rừng tịch thu", I(Q1)),
    F("là 68,5 triệu đồng", "68,5", 68500000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(Q1)),
    F("cho 62.480 ha", "62.480", 62480, "measure", "ha", "rừng được chi trả tiền dịch vụ môi trường rừng", Y,
      status="forecast"),
    F("khoảng 24,3 tỷ đồng", "24,3", 24300000000, "money", "đồng",
      "tổng kinh phí chi trả tiền dịch vụ môi trường rừng", Y, approx="about", status="forecast"),
    F("389.000 đồng/ha", "389.000", 389000, "money", "đồng/ha",
      "đơn giá bình quân chi trả tiền dịch vụ môi trường rừng", Y, status="forecast"),
    F("hỗ trợ 1,5 triệu đồng/tháng", "1,5", 1500000, "money", "đồng/tháng",
      "hỗ trợ mỗi thành viên tổ bảo vệ rừng cộng đồng"),
    F("trực 24/24 giờ", "24", 24, "measure", "giờ", "trực", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện A Lưới (Thừa Thiên Huế): tuần tra bảo vệ rừng, thu gỡ bẫy thú, vi phạm, quý I/2024 (invented probe article, set 586).",
    "Dateline 'Thứ Ba, 16/04/2024 - 09:20'; byline at the end. 'Trạm Kiểm lâm số 2', 'Km 47', 'Quốc lộ 49', the phone number are not figures;",
    "'trực 24/24 giờ' (round the clock) is an idiom, optional. 'Cũng trong quý' resolves to quý I/2024 (cf. 'trong tháng' in a monthly report).",
    "'Số bẫy thu gỡ giảm khoảng 15% so với cùng kỳ' stands as its own sentence with no amount: a percent figure, no change.",
    "'dự kiến' governs the whole sentence on forest-environment payments (area, total, unit price): forecast.",
]

if __name__ == "__main__":
    emit("p586-2", TEXT, COMMENTS, FIGS, published="2024-04-16", location="A Lưới")
