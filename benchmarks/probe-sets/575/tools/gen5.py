"""p575-5: Party newspaper (Báo Quảng Ngãi), digital transformation of the provincial radio-TV station."""
from lib import F, P, I, CH, TG, emit

TEXT = """Chuyển đổi số ở Đài PT-TH Quảng Ngãi: Lượt xem trên nền tảng số tăng gấp 3 lần

(Báo Quảng Ngãi)- Nhân kỷ niệm 99 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925 - 21/6/2024), nhìn lại chặng đường chuyển đổi số của Đài Phát thanh và Truyền hình (PT-TH) tỉnh cho thấy nhiều kết quả đáng ghi nhận.

Hiện nay, kênh truyền hình PTQ phát sóng 24 giờ/ngày, trong đó chương trình tự sản xuất chiếm 10 giờ/ngày; kênh phát thanh FM phát sóng 18 giờ/ngày, ngoài ra tiếp sóng các kênh VTV1, VOV1 theo quy định. Năm 2023, Đài đã sản xuất 5.840 tin, 1.126 phóng sự, tăng lần lượt 8% và 11% so với năm 2022.

Đài đang vận hành 6 nền tảng số gồm website, ứng dụng PTQ Go, YouTube, Facebook, Zalo và TikTok. Tính đến tháng 5/2024, kênh YouTube và trang Facebook của Đài có lần lượt 421.500 và 285.300 người theo dõi. Tổng lượt xem trên các nền tảng số năm 2023 đạt gần 96 triệu lượt, gấp 3 lần năm 2021.

Doanh thu từ nền tảng số năm 2023 đạt 2,35 tỷ đồng, chiếm 18,6% tổng nguồn thu sự nghiệp của Đài. Đài hiện có 142 cán bộ, viên chức, người lao động, trong đó 86 phóng viên, biên tập viên, kỹ thuật viên.

Theo Giám đốc Đài Nguyễn Văn Lâm, đến năm 2025, Đài phấn đấu 50% chương trình được sản xuất theo quy trình số hóa, doanh thu từ nền tảng số đạt trên 4 tỷ đồng.

HẢI CHÂU

21/06/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M5 = P("Tính đến tháng 5/2024", None, "2024-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tăng gấp 3 lần", "3", 3, "multiple", "lần", "lượt xem trên nền tảng số"),
    F("kỷ niệm 99 năm", "99", 99, "count", "năm", "năm Ngày Báo chí cách mạng Việt Nam", optional=True),
    F("PTQ phát sóng 24 giờ/ngày", "24", 24, "measure", "giờ/ngày", "thời lượng phát sóng kênh truyền hình PTQ"),
    F("chiếm 10 giờ/ngày", "10", 10, "measure", "giờ/ngày", "chương trình tự sản xuất", total=24),
    F("FM phát sóng 18 giờ/ngày", "18", 18, "measure", "giờ/ngày", "thời lượng phát sóng kênh phát thanh FM"),
    F("sản xuất 5.840 tin", "5.840", 5840, "count", "tin", "tin Đài sản xuất", Y23,
      change=CH("increase", 8, "%", "năm 2022")),
    F("1.126 phóng sự", "1.126", 1126, "count", "phóng sự", "phóng sự Đài sản xuất", Y23,
      change=CH("increase", 11, "%", "năm 2022")),
    F("vận hành 6 nền tảng", "6", 6, "count", "nền tảng số", "nền tảng số Đài đang vận hành"),
    F("421.500", "421.500", 421500, "count", "người theo dõi", "người theo dõi kênh YouTube của Đài", M5),
    F("285.300", "285.300", 285300, "count", "người theo dõi", "người theo dõi trang Facebook của Đài", M5),
    F("gần 96 triệu lượt", "96", 96e6, "count", "lượt", "tổng lượt xem trên các nền tảng số", y23, approx="nearly",
      change=CH("increase", 3, "lần", "năm 2021")),
    F("đạt 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "doanh thu từ nền tảng số", y23, percent=18.6),
    F("có 142 cán bộ", "142", 142, "count", "cán bộ, viên chức, người lao động",
      "cán bộ, viên chức, người lao động của Đài"),
    F("đó 86 phóng viên", "86", 86, "count", "phóng viên, biên tập viên, kỹ thuật viên",
      "phóng viên, biên tập viên, kỹ thuật viên", total=142),
    F("phấn đấu 50%", "50", 50, "percent", "%", "chương trình được sản xuất theo quy trình số hóa", T25,
      status="target"),
    F("trên 4 tỷ đồng", "4", 4e9, "money", "đồng", "doanh thu từ nền tảng số", T25, approx="over", status="target"),
]

COMMENTS = [
    "Báo Quảng Ngãi (Party newspaper): digital transformation of the provincial radio-TV station; byline and bare date '21/06/2024' at the end.",
    "Not figures: '(21/6/1925 - 21/6/2024)', channel names VTV1, VOV1, 'PTQ Go'. '99 năm' (anniversary) optional.",
    "Headline 'tăng gấp 3 lần' stands alone: a multiple. In the body 'gấp 3 lần năm 2021' after 96 triệu lượt is that figure's change (lần).",
    "'tăng lần lượt 8% và 11%' gives each of 5.840 tin and 1.126 phóng sự its own change. 'lần lượt 421.500 và 285.300' are two figures.",
    "'trong đó ... chiếm 10 giờ/ngày' is a part of 24 giờ/ngày (total 24), not a share. 'Hiện nay' sentences get no period.",
]

if __name__ == "__main__":
    emit("p575-5", TEXT, COMMENTS, FIGS, published="2024-06-21", location="Quảng Ngãi")
