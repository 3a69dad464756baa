"""p1049-4: ministry site (Bộ VHTTDL), national public performing-arts units, 2023."""
from lib import F, P, I, C, T, build

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Nghệ thuật biểu diễn
Ngày đăng: 05/03/2024 | Lượt xem: 1.046

Nghệ thuật biểu diễn công lập năm 2023 phục vụ hơn 6,2 triệu lượt khán giả

Theo báo cáo của Cục Nghệ thuật biểu diễn, năm 2023, 60 đơn vị nghệ thuật công lập trên cả nước (gồm 12 đơn vị trung ương và 48 đơn vị địa phương) đã tổ chức khoảng 9.800 buổi biểu diễn, phục vụ hơn 6,2 triệu lượt khán giả, tăng 9,5% so với năm trước. Trong đó, số buổi diễn phục vụ nhiệm vụ chính trị, phục vụ đồng bào vùng sâu, vùng xa, biên giới, hải đảo là 4.350 buổi, chiếm 44,4%.

Tổng doanh thu từ bán vé và hợp đồng biểu diễn ước đạt 215 tỷ đồng, tăng 12% so với cùng kỳ; trong đó các đơn vị trung ương đạt 128 tỷ đồng.

Các địa phương có số buổi biểu diễn phục vụ cơ sở nhiều nhất lần lượt là Thái Bình (418 buổi), Nghệ An (385 buổi) và Quảng Ninh (340 buổi). Cả nước có 9 tỉnh, thành phố đạt trên 300 buổi diễn phục vụ cơ sở. Ở khối trung ương, Nhà hát Múa rối Việt Nam dẫn đầu với 265 buổi, tiếp đến là Nhà hát Tuồng Việt Nam với 198 buổi.

Trong năm, Bộ đã tổ chức 5 cuộc thi, liên hoan nghệ thuật chuyên nghiệp toàn quốc với hơn 4.200 nghệ sĩ, diễn viên tham gia; trao 87 Huy chương Vàng và 112 Huy chương Bạc.

Theo Chiến lược phát triển văn hóa đến năm 2030 ban hành kèm Quyết định số 1909/QĐ-TTg, đến năm 2030 có 100% đơn vị nghệ thuật công lập tự bảo đảm một phần chi thường xuyên; số buổi biểu diễn phục vụ cơ sở tăng bình quân 5%/năm. Năm 2024, Bộ sẽ tổ chức Liên hoan Sân khấu thể nghiệm quốc tế lần thứ 5 tại Hà Nội.

Cục Nghệ thuật biểu diễn - Số 32 Nguyễn Chí Thanh, Ba Đình, Hà Nội - ĐT: 024.3943.8231
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("năm 2023 phục vụ hơn 6,2 triệu", "6,2", 6200000, "count", "lượt khán giả",
      "lượt khán giả của nghệ thuật biểu diễn công lập", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="over"),
    F("năm 2023, 60 đơn vị", "60", 60, "count", "đơn vị nghệ thuật công lập",
      "đơn vị nghệ thuật công lập trên cả nước", Y23),
    F("gồm 12 đơn vị", "12", 12, "count", "đơn vị", "đơn vị nghệ thuật công lập trung ương", Y23, total=60),
    F("48 đơn vị địa phương", "48", 48, "count", "đơn vị", "đơn vị nghệ thuật công lập địa phương", Y23, total=60),
    F("khoảng 9.800 buổi", "9.800", 9800, "count", "buổi", "buổi biểu diễn", Y23, approx="about"),
    F("phục vụ hơn 6,2 triệu lượt khán giả, tăng", "6,2", 6200000, "count", "lượt khán giả",
      "lượt khán giả được phục vụ", Y23, approx="over", change=C("increase", 9.5, "%", "năm trước")),
    F("là 4.350 buổi", "4.350", 4350, "count", "buổi",
      "buổi diễn phục vụ nhiệm vụ chính trị, phục vụ đồng bào vùng sâu, vùng xa, biên giới, hải đảo",
      I(Y23), total=9800, percent=44.4),
    F("ước đạt 215 tỷ đồng", "215", 215000000000, "money", "đồng",
      "tổng doanh thu từ bán vé và hợp đồng biểu diễn", I(Y23), status="estimate",
      change=C("increase", 12, "%", "cùng kỳ")),
    F("đạt 128 tỷ đồng", "128", 128000000000, "money", "đồng",
      "doanh thu từ bán vé và hợp đồng biểu diễn của các đơn vị trung ương", I(Y23),
      total=215000000000, status="estimate"),
    F("Thái Bình (418 buổi)", "418", 418, "count", "buổi", "buổi biểu diễn phục vụ cơ sở", I(Y23),
      location="Thái Bình"),
    F("Nghệ An (385 buổi)", "385", 385, "count", "buổi", "buổi biểu diễn phục vụ cơ sở", I(Y23),
      location="Nghệ An"),
    F("Quảng Ninh (340 buổi)", "340", 340, "count", "buổi", "buổi biểu diễn phục vụ cơ sở", I(Y23),
      location="Quảng Ninh"),
    F("có 9 tỉnh, thành phố", "9", 9, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đạt trên 300 buổi diễn phục vụ cơ sở", I(Y23)),
    F("trên 300 buổi diễn", "300", 300, "count", "buổi", "buổi diễn phục vụ cơ sở",
      approx="over", optional=True),
    F("với 265 buổi", "265", 265, "count", "buổi", "buổi biểu diễn của Nhà hát Múa rối Việt Nam", I(Y23)),
    F("với 198 buổi", "198", 198, "count", "buổi", "buổi biểu diễn của Nhà hát Tuồng Việt Nam", I(Y23)),
    F("tổ chức 5 cuộc thi", "5", 5, "count", "cuộc thi, liên hoan",
      "cuộc thi, liên hoan nghệ thuật chuyên nghiệp toàn quốc", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("hơn 4.200 nghệ sĩ", "4.200", 4200, "count", "nghệ sĩ, diễn viên",
      "nghệ sĩ, diễn viên tham gia cuộc thi, liên hoan", P("Trong năm", "2023-01-01", "2023-12-31"),
      approx="over"),
    F("trao 87 Huy chương Vàng", "87", 87, "count", "Huy chương Vàng", "Huy chương Vàng được trao",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("112 Huy chương Bạc", "112", 112, "count", "Huy chương Bạc", "Huy chương Bạc được trao",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("có 100% đơn vị", "100", 100, "percent", "%",
      "đơn vị nghệ thuật công lập tự bảo đảm một phần chi thường xuyên", T30, status="target"),
    F("bình quân 5%/năm", "5", 5, "percent", "%",
      "tăng bình quân số buổi biểu diễn phục vụ cơ sở", T30, status="target"),
]

NOTES = [
    "Ministry site (Bộ VHTTDL / Cục Nghệ thuật biểu diễn), national figures for 2023: location Việt Nam",
    "except the three provinces of the 'lần lượt' list (each item is its location).",
    "Distractors: 'Ngày đăng: 05/03/2024', 'Lượt xem: 1.046', 'Quyết định số 1909/QĐ-TTg', 'lần thứ 5',",
    "'Số 32 Nguyễn Chí Thanh', phone '024.3943.8231', 'Chiến lược ... đến năm 2030' (a title).",
    "'(gồm 12 đơn vị trung ương và 48 đơn vị địa phương)' is a breakdown of the 60 -> total 60.",
    "'trong đó các đơn vị trung ương đạt 128 tỷ đồng' after 'ước đạt 215 tỷ đồng' -> total 215 tỷ; the estimate",
    "clause continues through ';' so 128 tỷ is an estimate too.",
    "'trên 300 buổi' is a category threshold: optional. 'Trong năm' takes 2023 from the earlier 'năm 2023'",
    "(the baselines are 'năm trước' and 'cùng kỳ', so no other year stands between).",
    "'tăng bình quân 5%/năm' is a rate that is itself the claim (target, no change object).",
]

if __name__ == "__main__":
    build("p1049-4", TEXT, FIGS, NOTES, published="2024-03-05", location="Việt Nam")
