"""p544-8: Đà Nẵng city portal, child abuse and child protection, 9 tháng năm 2023."""
from lib import F, P, Y, CH, T, AGE, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ > Tin tức > Văn hóa - Xã hội
Ngày cập nhật 06/10/2023

Đà Nẵng: 9 tháng năm 2023, 35 trẻ em bị xâm hại được can thiệp, hỗ trợ kịp thời

Theo Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2023, toàn thành phố phát hiện 28 vụ xâm hại trẻ em với 35 trẻ em bị xâm hại, giảm 5 vụ so với cùng kỳ; 100% trường hợp được can thiệp, hỗ trợ. Riêng quý III/2023 xảy ra 11 vụ, tập trung tại quận Liên Chiểu (4 vụ), Cẩm Lệ (3 vụ) và huyện Hòa Vang (2 vụ).

Tổng đài 1022 của thành phố đã tiếp nhận 1.347 cuộc gọi liên quan đến trẻ em, tăng 18% so với cùng kỳ; Tổng đài 111 chuyển về thành phố 23 ca đề nghị can thiệp.

Thành phố hiện có 252.370 trẻ em dưới 16 tuổi; 1.916 trẻ em có hoàn cảnh đặc biệt, trong đó 1.605 em đang được hưởng trợ cấp, chăm sóc thay thế, chiếm 83,8%. Các cơ sở trợ giúp xã hội đang nuôi dưỡng 214 trẻ em mồ côi, bị bỏ rơi.

Trong 9 tháng, Quỹ Bảo trợ trẻ em thành phố vận động được 4,6 tỷ đồng, đạt 76,7% kế hoạch năm; trao 3.250 suất quà và 420 suất học bổng, mỗi suất từ 1 đến 3 triệu đồng. Dự kiến đến cuối năm 2023, 56/56 xã, phường đạt tiêu chuẩn phù hợp với trẻ em.

Ngày 5/10, Sở đã ban hành Công văn số 2345/SLĐTBXH-BVCSTE hướng dẫn triển khai công tác trẻ em quý IV/2023.
Địa chỉ: 24 Trần Phú, quận Hải Châu, TP Đà Nẵng.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M9i = P("9 tháng năm 2023", "2023-01-01", "2023-09-30", inherited=True)
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
IN9 = P("Trong 9 tháng", "2023-01-01", "2023-09-30")

FIGS = [
    F("2023, 35 trẻ em", "35", 35, "count", "trẻ em", "trẻ em bị xâm hại được can thiệp, hỗ trợ kịp thời", M9),
    F("28 vụ", "28", 28, "count", "vụ", "vụ xâm hại trẻ em", M9, change=CH("decrease", 5, "vụ", "cùng kỳ")),
    F("với 35 trẻ em", "35", 35, "count", "trẻ em", "trẻ em bị xâm hại", M9),
    F("100% trường hợp", "100", 100, "percent", "%", "trường hợp được can thiệp, hỗ trợ", M9),
    F("11 vụ", "11", 11, "count", "vụ", "vụ xâm hại trẻ em", Q3),
    F("Liên Chiểu (4 vụ)", "4", 4, "count", "vụ", "vụ xâm hại trẻ em", Q3, location="Liên Chiểu"),
    F("Cẩm Lệ (3 vụ)", "3", 3, "count", "vụ", "vụ xâm hại trẻ em", Q3, location="Cẩm Lệ"),
    F("Hòa Vang (2 vụ)", "2", 2, "count", "vụ", "vụ xâm hại trẻ em", Q3, location="Hòa Vang"),
    F("1.347 cuộc gọi", "1.347", 1347, "count", "cuộc gọi", "cuộc gọi liên quan đến trẻ em Tổng đài 1022 tiếp nhận",
      M9i, change=CH("increase", 18, "%", "cùng kỳ")),
    F("23 ca", "23", 23, "count", "ca", "ca đề nghị can thiệp Tổng đài 111 chuyển về thành phố", M9i),
    AGE("dưới 16 tuổi", "16", 16, approx="under"),
    F("252.370", "252.370", 252370, "count", "trẻ em", "trẻ em dưới 16 tuổi"),
    F("1.916", "1.916", 1916, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt"),
    F("1.605 em", "1.605", 1605, "count", "em", "trẻ em có hoàn cảnh đặc biệt đang được hưởng trợ cấp, chăm sóc thay thế",
      total=1916, percent=83.8),
    F("214 trẻ em", "214", 214, "count", "trẻ em", "trẻ em mồ côi, bị bỏ rơi được các cơ sở trợ giúp xã hội nuôi dưỡng"),
    F("4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "Quỹ Bảo trợ trẻ em thành phố vận động được", IN9, percent=76.7),
    F("3.250 suất quà", "3.250", 3250, "count", "suất quà", "suất quà", IN9),
    F("420 suất học bổng", "420", 420, "count", "suất học bổng", "suất học bổng", IN9),
    F("từ 1 đến 3 triệu", "1", 1e6, "money", "đồng", "mức mỗi suất quà, học bổng", IN9, value_max=3e6),
    F("56/56", "56", 56, "count", "xã, phường", "xã, phường đạt tiêu chuẩn phù hợp với trẻ em",
      P("đến cuối năm 2023", None, "2023-12-31"), total=56, status="forecast"),
]

COMMENTS = [
    "Đà Nẵng city portal ('Ngày cập nhật 06/10/2023'): child abuse cases and child protection, 9 tháng năm 2023. Location Đà Nẵng;",
    "the bracketed districts (Liên Chiểu, Cẩm Lệ, Hòa Vang) are the locations of their items; 4+3+2 ≠ 11 and no cue, so no total.",
    "'giảm 5 vụ so với cùng kỳ' is the change of 28 vụ (unit vụ) across '35 trẻ em bị xâm hại'. 'Trong 9 tháng' takes 2023.",
    "'đạt 76,7% kế hoạch năm' = percent. 'Dự kiến đến cuối năm 2023, 56/56' = forecast with as-of period.",
    "'hiện có' sentences: no period. '1.605 em ..., trong đó ..., chiếm 83,8%' = total 1.916 and percent 83,8.",
    "Distractors: Tổng đài 1022, Tổng đài 111, Ngày 5/10, Công văn số 2345/SLĐTBXH-BVCSTE, quý IV/2023, 24 Trần Phú.",
]

if __name__ == "__main__":
    emit("p544-8", TEXT, COMMENTS, FIGS, published="2023-10-06", location="Đà Nẵng")
