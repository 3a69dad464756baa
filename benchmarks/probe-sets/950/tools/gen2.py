"""p950-2: huyện Mộc Châu (Sơn La) district portal — bể nước chữa cháy ở các bản, năm 2024."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN MỘC CHÂU - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Quốc phòng - An ninh
Xây dựng 126 bể nước chữa cháy tại các bản vùng cao
Thứ Năm, 06/03/2025 - 10:20

Năm 2024, huyện Mộc Châu đã huy động trên 3,8 tỷ đồng xây dựng 126 bể nước phòng cháy, chữa cháy tại 48 bản có nhiều nhà sàn, nhà gỗ, vượt 26% kế hoạch. Trong đó, nhân dân đóng góp gần 1,2 tỷ đồng, chiếm 31,6%; ngân sách huyện hỗ trợ 2,1 tỷ đồng, phần còn lại do các doanh nghiệp trên địa bàn ủng hộ.

Mỗi bể có dung tích từ 10 đến 20 m3, đặt ở vị trí trung tâm bản, cách nhà xa nhất không quá 200 m. Chi phí xây dựng bình quân khoảng 30 triệu đồng/bể. Các xã xây dựng nhiều bể là Chiềng Sơn (22 bể), Tân Lập (19 bể) và Đông Sang (17 bể).

Cùng với bể nước, các xã đã trang bị 315 máy bơm chữa cháy, 1.260 m vòi và thành lập 52 tổ liên gia an toàn phòng cháy, chữa cháy với 1.146 hộ tham gia. Tại Hội thi nghiệp vụ chữa cháy lần thứ 3 tổ chức ở Tiểu khu 14, thị trấn Mộc Châu, đội bản Pa Khen 1 đạt giải Nhất.

Trong năm, trên địa bàn huyện xảy ra 7 vụ cháy nhà ở, giảm 5 vụ so với năm 2023; thiệt hại ước khoảng 640 triệu đồng. Nhờ có nguồn nước tại chỗ, 6 vụ được người dân dập tắt ngay từ khi mới phát sinh.

Thực hiện Nghị định số 136/2020/NĐ-CP, năm 2025 huyện phấn đấu xây dựng thêm 80 bể, nâng tỷ lệ bản có bể nước chữa cháy lên 85%. Các bản ven Quốc lộ 6 và Quốc lộ 43 được ưu tiên bố trí bể có dung tích lớn.

Đức Anh - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YR = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
BE = "bể nước phòng cháy, chữa cháy xây dựng"

FIGS = [
    F("Xây dựng 126 bể", "126", 126, "count", "bể nước chữa cháy", "bể nước chữa cháy xây dựng tại các bản vùng cao"),
    F("trên 3,8 tỷ đồng", "3,8", 3_800_000_000, "money", "đồng", approx="over",
      subject="kinh phí huy động xây dựng bể nước phòng cháy, chữa cháy", period=Y24),
    F("xây dựng 126 bể", "126", 126, "count", "bể nước phòng cháy, chữa cháy",
      change=C("increase", 26, "%", "kế hoạch"), subject=BE, period=Y24),
    F("tại 48 bản", "48", 48, "count", "bản", "bản có bể nước phòng cháy, chữa cháy", Y24),
    F("gần 1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng", approx="nearly", total=3_800_000_000,
      percent=31.6, subject="kinh phí nhân dân đóng góp", period=I(Y24)),
    F("hỗ trợ 2,1 tỷ đồng", "2,1", 2_100_000_000, "money", "đồng", total=3_800_000_000,
      subject="kinh phí ngân sách huyện hỗ trợ", period=I(Y24)),
    F("từ 10 đến 20 m3", "10", 10, "measure", "m3", value_max=20, subject="dung tích bể nước chữa cháy"),
    F("không quá 200 m", "200", 200, "measure", "m", approx="at_most",
      subject="khoảng cách từ bể đến nhà xa nhất", optional=True),
    F("khoảng 30 triệu đồng/bể", "30", 30_000_000, "money", "đồng/bể", approx="about",
      subject="chi phí xây dựng bình quân bể nước chữa cháy", period=I(Y24)),
    F("(22 bể)", "22", 22, "count", "bể", BE, I(Y24)),
    F("(19 bể)", "19", 19, "count", "bể", BE, I(Y24)),
    F("(17 bể)", "17", 17, "count", "bể", BE, I(Y24)),
    F("trang bị 315 máy bơm", "315", 315, "count", "máy bơm chữa cháy", "máy bơm chữa cháy trang bị", I(Y24)),
    F("1.260 m vòi", "1.260", 1260, "measure", "m", "vòi chữa cháy trang bị", I(Y24)),
    F("thành lập 52 tổ", "52", 52, "count", "tổ liên gia", "tổ liên gia an toàn phòng cháy, chữa cháy thành lập", I(Y24)),
    F("với 1.146 hộ", "1.146", 1146, "count", "hộ", "hộ tham gia tổ liên gia an toàn phòng cháy, chữa cháy", I(Y24)),
    F("xảy ra 7 vụ cháy", "7", 7, "count", "vụ cháy", change=C("decrease", 5, "vụ", "năm 2023"),
      subject="vụ cháy nhà ở", period=YR),
    F("ước khoảng 640 triệu đồng", "640", 640_000_000, "money", "đồng", approx="about", status="estimate",
      subject="thiệt hại do cháy nhà ở", period=YR),
    F("6 vụ được", "6", 6, "count", "vụ", "vụ cháy được người dân dập tắt ngay từ khi mới phát sinh", I(YR)),
    F("thêm 80 bể", "80", 80, "count", "bể", status="target", subject="bể nước chữa cháy xây dựng thêm", period=Y25),
    F("lên 85%", "85", 85, "percent", "%", status="target", subject="tỷ lệ bản có bể nước chữa cháy", period=Y25),
]

NOTES = [
    "Cổng TTĐT huyện Mộc Châu (Sơn La): bể nước PCCC tại các bản năm 2024, kinh phí, trang bị, vụ cháy, mục tiêu 2025.",
    "Communes (Chiềng Sơn, Tân Lập, Đông Sang) lie in the district: location stays Mộc Châu (FIGURES.md names province, city, district).",
    "'Trong đó' after 3,8 tỷ: the two contributions get total 3,8 tỷ (period inherited from 'Năm 2024').",
    "'vượt 26% kế hoạch' is a gap to plan: change with baseline 'kế hoạch'. 'Trong năm' = 2024 (nearest earlier period).",
    "Distractors: 'lần thứ 3', 'Tiểu khu 14', 'bản Pa Khen 1', 'giải Nhất', Quốc lộ 6/43, Nghị định 136/2020/NĐ-CP, time 10:20.",
    "'không quá 200 m' describes where a tank is placed (a siting rule): optional.",
]

write(2, TEXT, NOTES, FIGS, published="2025-03-06", location="Mộc Châu")
