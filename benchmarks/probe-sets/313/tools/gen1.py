from lib import *

text = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA
Trang chủ / Tin tức - Sự kiện / Kinh tế

Mộc Châu: Đàn bò sữa tiếp tục tăng về số lượng và năng suất

Cập nhật: 08:45, 12/07/2024 | Lượt xem: 2.317

(sonla.gov.vn) - Theo báo cáo của UBND huyện Mộc Châu, 6 tháng đầu năm 2024, tổng đàn bò sữa trên địa bàn huyện đạt 29.850 con, tăng 6,2% so với cùng kỳ; trong đó đàn bò cái vắt sữa 16.420 con, chiếm 55% tổng đàn. Sản lượng sữa tươi ước đạt gần 72 nghìn tấn, tăng 8,4% so với cùng kỳ, đạt 51,3% kế hoạch năm.

Hiện toàn huyện có 612 hộ chăn nuôi bò sữa, quy mô bình quân khoảng 49 con/hộ; 38 hộ nuôi từ 100 con trở lên. Năng suất sữa bình quân đạt 21,5 kg/con/ngày, cao hơn 1,2 kg so với cùng kỳ. Nhờ áp dụng máy vắt sữa và hệ thống làm mát, 100% sữa tươi giao cho nhà máy đạt tiêu chuẩn loại A.

Toàn huyện có 14 trạm thu gom sữa tươi, trong đó 9 trạm được trang bị bồn làm lạnh nhanh dung tích từ 3 đến 5 tấn. Giá thu mua sữa tươi nguyên liệu của hộ chăn nuôi dao động từ 13.200 đến 14.100 đồng/kg tùy chất lượng.

Về công tác giống, trong 6 tháng đầu năm, Trung tâm Dịch vụ nông nghiệp huyện đã thụ tinh nhân tạo cho 8.940 lượt bò cái bằng tinh phân giới tính, tỷ lệ có chửa đạt 68,5%; 100% bê cái sinh ra được đánh số tai, theo dõi phả hệ. Diện tích trồng cỏ và cây thức ăn xanh hiện đạt khoảng 2.850 ha, tăng 230 ha so với năm 2023.

Thực hiện Nghị quyết số 14-NQ/HU của Huyện ủy về phát triển chăn nuôi bò sữa giai đoạn 2021-2025, năm 2024 huyện phấn đấu tổng đàn bò sữa đạt 31.000 con, sản lượng sữa tươi đạt 140.000 tấn; đến năm 2025 nâng diện tích trồng cỏ lên trên 3.200 ha, 100% trạm thu gom có bồn làm lạnh.

Hoàng Lan - Trung tâm Thông tin tỉnh
Liên hệ: Trung tâm Dịch vụ nông nghiệp huyện Mộc Châu, Tiểu khu 4, thị trấn Mộc Châu; điện thoại 0212.3866.215.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H1b = P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")

figs = [
    F("đạt 29.850 con", "29.850", 29850, "count", "con", "tổng đàn bò sữa",
      change=C("increase", 6.2, "%", "cùng kỳ"), period=H1),
    F("16.420 con", "16.420", 16420, "count", "con", "đàn bò cái vắt sữa",
      total=29850, percent=55, period=H1),
    F("đạt gần 72 nghìn tấn", "72", 72000, "measure", "tấn", "sản lượng sữa tươi", approx="nearly",
      change=C("increase", 8.4, "%", "cùng kỳ"), percent=51.3, status="estimate", period=H1i),
    F("có 612 hộ", "612", 612, "count", "hộ", "hộ chăn nuôi bò sữa"),
    F("khoảng 49 con/hộ", "49", 49, "measure", "con/hộ", "quy mô bình quân", approx="about"),
    F("38 hộ nuôi", "38", 38, "count", "hộ", "hộ nuôi từ 100 con trở lên"),
    F("từ 100 con trở lên", "100", 100, "count", "con", "quy mô hộ nuôi", approx="at_least", optional=True),
    F("đạt 21,5 kg/con/ngày", "21,5", 21.5, "measure", "kg/con/ngày", "năng suất sữa bình quân",
      change=C("increase", 1.2, "kg", "cùng kỳ"), period=H1i),
    F("100% sữa tươi", "100", 100, "percent", "%", "sữa tươi giao cho nhà máy đạt tiêu chuẩn loại A"),
    F("có 14 trạm", "14", 14, "count", "trạm", "trạm thu gom sữa tươi"),
    F("9 trạm được", "9", 9, "count", "trạm", "trạm được trang bị bồn làm lạnh nhanh", total=14),
    F("từ 3 đến 5 tấn", "3", 3, "measure", "tấn", "dung tích bồn làm lạnh nhanh", value_max=5),
    F("từ 13.200 đến 14.100 đồng/kg", "13.200", 13200, "money", "đồng/kg",
      "giá thu mua sữa tươi nguyên liệu", value_max=14100),
    F("cho 8.940 lượt", "8.940", 8940, "count", "lượt", "bò cái được thụ tinh nhân tạo bằng tinh phân giới tính", period=H1b),
    F("đạt 68,5%", "68,5", 68.5, "percent", "%", "tỷ lệ có chửa", period=H1b),
    F("100% bê cái", "100", 100, "percent", "%", "bê cái sinh ra được đánh số tai, theo dõi phả hệ", period=H1b),
    F("khoảng 2.850 ha", "2.850", 2850, "measure", "ha", "diện tích trồng cỏ và cây thức ăn xanh",
      approx="about", change=C("increase", 230, "ha", "năm 2023")),
    F("đạt 31.000 con", "31.000", 31000, "count", "con", "tổng đàn bò sữa", status="target", period=Y24),
    F("đạt 140.000 tấn", "140.000", 140000, "measure", "tấn", "sản lượng sữa tươi", status="target", period=Y24),
    F("trên 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích trồng cỏ", approx="over", status="target", period=Y25),
    F("100% trạm thu gom", "100", 100, "percent", "%", "trạm thu gom có bồn làm lạnh", status="target", period=Y25),
]

build("p313-1", [
    "Cổng TTĐT tỉnh Sơn La: Mộc Châu dairy herd, milk output, households, collection stations, breeding, grass, 2024 targets.",
    "Dateline 'Cập nhật: 08:45, 12/07/2024 | Lượt xem: 2.317' (counter is furniture). Distractors: Nghị quyết số 14-NQ/HU, giai đoạn 2021-2025,",
    "Tiểu khu 4, phone 0212.3866.215, 'loại A'. Location: huyện Mộc Châu (every figure is the district's).",
    "'trong 6 tháng đầu năm' (para 4) takes 2024 from the nearest earlier period; '38 hộ' has no part-of cue (after ';'), so no total.",
    "'tỷ lệ có chửa đạt 68,5%' names its own indicator: a percent figure, not the share of 8.940 lượt. '100 con trở lên' is a threshold: optional.",
    "'Hiện …' figures carry no period.",
], text, figs, location="Mộc Châu", published="2024-07-12")
