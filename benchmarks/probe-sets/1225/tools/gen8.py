"""p1225-8: provincial newspaper online (Báo Lai Châu, '(BLC) -'): Nậm Xe rare earth area, huyện Phong Thổ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LAI CHÂU ĐIỆN TỬ
Kinh tế | Thứ Sáu, 14/02/2025 | 16:40

Phong Thổ: Gần 1.200 hộ dân vùng mỏ đất hiếm Nậm Xe được tuyên truyền về quy hoạch

(BLC) - Năm 2024, huyện Phong Thổ phối hợp Sở Tài nguyên và Môi trường tổ chức 26 buổi tuyên truyền về quy hoạch khu vực mỏ đất hiếm Nậm Xe cho 1.184 hộ dân thuộc 2 xã Nậm Xe và Bản Lang, tăng 9 buổi so với năm 2023.

Mỏ đất hiếm Nậm Xe rộng khoảng 1.600 ha, tài nguyên ước tính khoảng 7,7 triệu tấn TR2O3, là mỏ đất hiếm lớn nhất cả nước. Theo quy hoạch, khu vực khai thác giai đoạn đầu rộng 312 ha, ảnh hưởng đến 146 hộ, trong đó 58 hộ phải tái định cư. Tính đến ngày 31/1/2025, huyện đã kiểm đếm 87/146 hộ, đạt 59,6%.

Tại bản Nậm Xe, khu tái định cư rộng 6,5 ha đang được san gạt mặt bằng, tổng mức đầu tư 96 tỷ đồng. Mỗi hộ tái định cư được giao 400 m2 đất ở và hỗ trợ 30 kg gạo/người/tháng trong 12 tháng. Ông Giàng A Páo, Trưởng bản Nậm Xe, cho biết bà con đồng thuận cao, đến nay đã có 41 hộ ký biên bản nhận đất.

Toàn tỉnh hiện có 3 dự án thăm dò, khai thác đất hiếm. Năm 2025, tỉnh dự kiến đấu giá quyền khai thác 2 khu vực mỏ tại Phong Thổ với giá khởi điểm hơn 300 tỷ đồng; phấn đấu thu ngân sách từ khoáng sản đạt 210 tỷ đồng, tăng 15% so với năm 2024.

Thanh Tâm
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 31/1/2025", None, "2025-01-31")
NOW = per("đến nay", None, "2025-02-14")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
LC = "Lai Châu"

FIGS = [
    fig("Gần 1.200 hộ", "1.200", 1200, "count", "hộ dân", approx="nearly",
        subject="hộ dân vùng mỏ đất hiếm Nậm Xe được tuyên truyền về quy hoạch"),
    fig("tổ chức 26 buổi", "26", 26, "count", "buổi", change=chg("increase", 9, "buổi", "năm 2023"),
        subject="buổi tuyên truyền về quy hoạch khu vực mỏ đất hiếm Nậm Xe", period=Y24),
    fig("cho 1.184 hộ", "1.184", 1184, "count", "hộ dân",
        subject="hộ dân được tuyên truyền về quy hoạch khu vực mỏ đất hiếm Nậm Xe", period=Y24),
    fig("thuộc 2 xã", "2", 2, "count", "xã", optional=True, subject="xã có hộ dân được tuyên truyền",
        period=Y24),
    fig("khoảng 1.600 ha", "1.600", 1600, "measure", "ha", approx="about", subject="diện tích mỏ đất hiếm Nậm Xe"),
    fig("khoảng 7,7 triệu", "7,7", 7.7e6, "measure", "tấn", approx="about", status="estimate",
        subject="tài nguyên mỏ đất hiếm Nậm Xe"),
    fig("rộng 312 ha", "312", 312, "measure", "ha", subject="khu vực khai thác giai đoạn đầu"),
    fig("đến 146 hộ", "146", 146, "count", "hộ", subject="hộ bị ảnh hưởng"),
    fig("trong đó 58 hộ", "58", 58, "count", "hộ", total=146, subject="hộ phải tái định cư"),
    fig("kiểm đếm 87/146", "87", 87, "count", "hộ", total=146, percent=59.6, subject="hộ đã kiểm đếm",
        period=ASOF),
    fig("rộng 6,5 ha", "6,5", 6.5, "measure", "ha", subject="diện tích khu tái định cư"),
    fig("tư 96 tỷ", "96", 96e9, "money", "đồng", subject="tổng mức đầu tư khu tái định cư"),
    fig("giao 400 m2", "400", 400, "measure", "m2/hộ", subject="đất ở giao cho mỗi hộ tái định cư"),
    fig("hỗ trợ 30 kg", "30", 30, "measure", "kg/người/tháng", subject="gạo hỗ trợ hộ tái định cư"),
    fig("trong 12 tháng", "12", 12, "measure", "tháng", optional=True, subject="thời gian hỗ trợ gạo"),
    fig("có 41 hộ", "41", 41, "count", "hộ", subject="hộ ký biên bản nhận đất", period=NOW),
    fig("có 3 dự án", "3", 3, "count", "dự án", subject="dự án thăm dò, khai thác đất hiếm", location=LC),
    fig("thác 2 khu vực", "2", 2, "count", "khu vực mỏ", status="forecast",
        subject="khu vực mỏ đấu giá quyền khai thác", period=Y25),
    fig("hơn 300 tỷ", "300", 300e9, "money", "đồng", approx="over", status="forecast",
        subject="giá khởi điểm đấu giá quyền khai thác", period=Y25),
    fig("đạt 210 tỷ", "210", 210e9, "money", "đồng", status="target",
        change=chg("increase", 15, "%", "năm 2024"),
        subject="thu ngân sách từ khoáng sản", period=Y25, location=LC),
]

NOTES = [
    "Provincial newspaper online (Báo Lai Châu): 'Kinh tế | Thứ Sáu, 14/02/2025 | 16:40' (published), tag '(BLC) -', byline at the end.",
    "Default location Phong Thổ (the district the article is about; the mine, the resettlement site and the 2 auctioned areas are there);",
    "the province-wide sentences ('Toàn tỉnh', 'tỉnh ... phấn đấu') get Lai Châu. '87/146 hộ' → total 146 and share 59,6%; 58 hộ is part of 146.",
    "'tài nguyên ước tính khoảng 7,7 triệu tấn' → estimate. 'tăng 9 buổi so với năm 2023' is the change of 26 buổi.",
    "'đến nay' is an as-of phrase ending at the dateline. 'thuộc 2 xã' and 'trong 12 tháng' (support length) are optional.",
    "'dự kiến đấu giá ...; phấn đấu ...': the forecast cue governs its clause, 'phấn đấu' opens a target clause.",
    "revised after the first run: the 30 kg subject had words of an earlier draft ('ổn định đời sống') that the text does not hold.",
    "Distractors: '16:40', 'TR2O3', 'm2', 'bản Nậm Xe' / 'xã Nậm Xe' (names), 'Giàng A Páo'.",
]

if __name__ == "__main__":
    write("p1225-8", TEXT, NOTES, FIGS, published="2025-02-14", location="Phong Thổ")
