"""p1092-1: Thanh Hóa province portal, child protection in H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Thanh Hóa: Hơn 9.800 trẻ em có hoàn cảnh đặc biệt được trợ giúp trong 6 tháng đầu năm
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.317

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có 843.520 trẻ em dưới 16 tuổi, chiếm 22,9% dân số; trong đó có 10.465 trẻ em có hoàn cảnh đặc biệt.

Trong 6 tháng đầu năm 2024, đã có 9.826 trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc, đạt 93,9%, tăng 2,1% so với cùng kỳ năm 2023. Các ngành, địa phương đã vận động được 12,6 tỷ đồng để hỗ trợ trẻ em, trong đó Quỹ Bảo trợ trẻ em tỉnh vận động 3,45 tỷ đồng; đã trao 1.560 suất quà, 215 xe đạp và 72 suất học bổng cho học sinh nghèo vượt khó.

Về phòng, chống xâm hại trẻ em, từ đầu năm đến nay toàn tỉnh phát hiện 37 vụ xâm hại trẻ em với 39 trẻ em bị xâm hại, giảm 8 vụ so với cùng kỳ; trong đó xâm hại tình dục 31 vụ, chiếm 83,8%. Tổng đài 111 và đường dây nóng của tỉnh đã tiếp nhận 426 cuộc gọi, trong đó 58 cuộc gọi đề nghị can thiệp, hỗ trợ trẻ em. Năm 2023, các huyện Như Xuân, Thường Xuân và Quan Hóa có tỷ lệ tảo hôn cao nhất tỉnh, lần lượt 4,2%, 3,8% và 3,1%.

Theo Kế hoạch số 98/KH-UBND, tỉnh phấn đấu đến cuối năm 2024 có 95% trẻ em có hoàn cảnh đặc biệt được trợ giúp, 88% xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em và giảm tỷ suất trẻ em tử vong do tai nạn thương tích xuống dưới 19,5 trẻ/100.000 trẻ em. Sở cũng đề nghị các địa phương bố trí kinh phí theo Nghị định số 56/2017/NĐ-CP và duy trì Tổng đài 111 hoạt động thông suốt.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-18")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TGT = P("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("Hơn 9.800 trẻ em", "9.800", 9800, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt được trợ giúp",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("có 843.520 trẻ em", "843.520", 843520, "count", "trẻ em", "trẻ em dưới 16 tuổi", percent=22.9),
    F("trẻ em dưới 16 tuổi, chiếm", "16", 16, "measure", "tuổi", "độ tuổi trẻ em", approx="under", optional=True),
    F("có 10.465 trẻ em", "10.465", 10465, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", total=843520),
    F("có 9.826 trẻ em", "9.826", 9826, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", H1,
      percent=93.9, change=C("increase", 2.1, "%", "cùng kỳ năm 2023")),
    F("được 12,6 tỷ đồng", "12,6", 12.6e9, "money", "đồng", "kinh phí vận động hỗ trợ trẻ em", I(H1)),
    F("vận động 3,45 tỷ đồng", "3,45", 3.45e9, "money", "đồng", "kinh phí Quỹ Bảo trợ trẻ em tỉnh vận động", I(H1),
      total=12.6e9),
    F("1.560 suất quà", "1.560", 1560, "count", "suất quà", "suất quà trao cho trẻ em", I(H1)),
    F("215 xe đạp", "215", 215, "count", "xe đạp", "xe đạp trao cho học sinh nghèo vượt khó", I(H1)),
    F("72 suất học bổng", "72", 72, "count", "suất học bổng", "suất học bổng cho học sinh nghèo vượt khó", I(H1)),
    F("phát hiện 37 vụ", "37", 37, "count", "vụ", "vụ xâm hại trẻ em", YTD,
      change=C("decrease", 8, "vụ", "cùng kỳ")),
    F("với 39 trẻ em", "39", 39, "count", "trẻ em", "trẻ em bị xâm hại", YTD),
    F("tình dục 31 vụ", "31", 31, "count", "vụ", "vụ xâm hại tình dục trẻ em", YTD, total=37, percent=83.8),
    F("tiếp nhận 426 cuộc gọi", "426", 426, "count", "cuộc gọi", "cuộc gọi Tổng đài 111 và đường dây nóng của tỉnh tiếp nhận",
      I(YTD)),
    F("trong đó 58 cuộc gọi", "58", 58, "count", "cuộc gọi", "cuộc gọi đề nghị can thiệp, hỗ trợ trẻ em", I(YTD), total=426),
    F("lần lượt 4,2%", "4,2", 4.2, "percent", "%", "tỷ lệ tảo hôn", Y23, location="Như Xuân"),
    F("4,2%, 3,8%", "3,8", 3.8, "percent", "%", "tỷ lệ tảo hôn", Y23, location="Thường Xuân"),
    F("và 3,1%", "3,1", 3.1, "percent", "%", "tỷ lệ tảo hôn", Y23, location="Quan Hóa"),
    F("có 95% trẻ em", "95", 95, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", TGT, status="target"),
    F("88% xã, phường", "88", 88, "percent", "%", "xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em", TGT,
      status="target"),
    F("dưới 19,5 trẻ/100.000", "19,5", 19.5, "measure", "trẻ/100.000 trẻ em",
      "tỷ suất trẻ em tử vong do tai nạn thương tích", TGT, approx="under", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: trẻ em có hoàn cảnh đặc biệt, xâm hại trẻ em, Tổng đài 111, 6 tháng đầu năm 2024.",
    "Breadcrumb, dateline 'Cập nhật: 18/07/2024 09:45' gives published; 'Lượt xem: 2.317' is page furniture.",
    "Distractors: Kế hoạch số 98/KH-UBND, Nghị định số 56/2017/NĐ-CP, Tổng đài 111 (twice).",
    "'giảm 8 vụ' is the change of 37 vụ (same unit), not of 39 trẻ em that stands between them.",
    "'hiện có' gives no period. Headline '6 tháng đầu năm' takes 2024 (published).",
]

write("p1092-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Thanh Hóa")
