"""p523-4: Ministry (Bộ NN&PTNT) site, national fisheries 2023: output, exports, brackish shrimp area, fleet, ports, 2030 targets."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản

Năm 2023, tổng sản lượng thủy sản cả nước ước đạt 9,27 triệu tấn

Ngày đăng: 05/01/2024 | Lượt xem: 2.145

Theo Cục Thủy sản, năm 2023 tổng sản lượng thủy sản cả nước ước đạt 9,27 triệu tấn, tăng 2,8% so với năm 2022; trong đó sản lượng nuôi trồng 5,44 triệu tấn, sản lượng khai thác 3,83 triệu tấn. Kim ngạch xuất khẩu thủy sản đạt khoảng 9 tỷ USD, giảm 17,8% so với năm 2022.

Diện tích nuôi tôm nước lợ đạt 737.000 ha, trong đó tôm sú 620.000 ha, tôm thẻ chân trắng 117.000 ha; sản lượng tôm nuôi đạt 1,2 triệu tấn.

Tính đến ngày 30/11/2023, cả nước có 86.820 tàu cá đã đăng ký, trong đó 29.360 tàu có chiều dài từ 15 m trở lên. Các địa phương có nhiều tàu cá nhất là Kiên Giang (9.124 chiếc), Bình Định (5.786 chiếc) và Quảng Ngãi (5.102 chiếc). Tỷ lệ tàu cá dài 15 mét trở lên lắp thiết bị giám sát hành trình đạt 98,5%. Cả nước hiện có 89 cảng cá đã công bố mở cảng, trong đó 18 cảng cá loại I.

Việt Nam đang nỗ lực gỡ "thẻ vàng" IUU trước đợt thanh tra lần thứ năm của Ủy ban châu Âu. Theo Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 339/QĐ-TTg), đến năm 2030 tổng sản lượng thủy sản đạt 9,8 triệu tấn, kim ngạch xuất khẩu đạt từ 14 đến 16 tỷ USD.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("9,27 triệu tấn\n", "9,27", 9270000, "measure", "tấn", "tổng sản lượng thủy sản cả nước",
      P("Năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("9,27 triệu tấn, tăng", "9,27", 9270000, "measure", "tấn", "tổng sản lượng thủy sản cả nước", Y23,
      change=CH("increase", 2.8, baseline="năm 2022"), status="estimate"),
    F("nuôi trồng 5,44 triệu tấn", "5,44", 5440000, "measure", "tấn", "sản lượng nuôi trồng", Y23,
      total=9270000, status="estimate"),
    F("khai thác 3,83 triệu tấn", "3,83", 3830000, "measure", "tấn", "sản lượng khai thác", Y23,
      total=9270000, status="estimate"),
    F("khoảng 9 tỷ USD", "9", 9000000000, "money", "USD", "kim ngạch xuất khẩu thủy sản", INH(Y23),
      approx="about", change=CH("decrease", 17.8, baseline="năm 2022")),
    F("đạt 737.000 ha", "737.000", 737000, "measure", "ha", "diện tích nuôi tôm nước lợ", INH(Y23)),
    F("sú 620.000 ha", "620.000", 620000, "measure", "ha", "diện tích nuôi tôm sú", INH(Y23), total=737000),
    F("chân trắng 117.000 ha", "117.000", 117000, "measure", "ha", "diện tích nuôi tôm thẻ chân trắng", INH(Y23),
      total=737000),
    F("đạt 1,2 triệu tấn", "1,2", 1200000, "measure", "tấn", "sản lượng tôm nuôi", INH(Y23)),
    F("có 86.820 tàu cá", "86.820", 86820, "count", "tàu cá", "tàu cá đã đăng ký", ASOF),
    F("29.360 tàu", "29.360", 29360, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", ASOF, total=86820),
    F("từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("Kiên Giang (9.124 chiếc)", "9.124", 9124, "count", "chiếc", "tàu cá", INH(ASOF), location="Kiên Giang"),
    F("Bình Định (5.786 chiếc)", "5.786", 5786, "count", "chiếc", "tàu cá", INH(ASOF), location="Bình Định"),
    F("Quảng Ngãi (5.102 chiếc)", "5.102", 5102, "count", "chiếc", "tàu cá", INH(ASOF), location="Quảng Ngãi"),
    F("dài 15 mét trở lên", "15", 15, "measure", "mét", approx="at_least", optional=True),
    F("đạt 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ tàu cá dài 15 mét trở lên lắp thiết bị giám sát hành trình"),
    F("có 89 cảng cá", "89", 89, "count", "cảng cá", "cảng cá đã công bố mở cảng"),
    F("18 cảng cá loại I", "18", 18, "count", "cảng cá", "cảng cá loại I", total=89),
    F("đạt 9,8 triệu tấn", "9,8", 9800000, "measure", "tấn", "tổng sản lượng thủy sản", T30, status="target"),
    F("từ 14 đến 16 tỷ USD", "14", 14000000000, "money", "USD", "kim ngạch xuất khẩu", T30,
      value_max=16000000000, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), `Ngày đăng: 05/01/2024 | Lượt xem: 2.145`: national fisheries 2023, brackish shrimp area, fleet, ports, 2030 strategy targets.",
    "National figures: location Việt Nam; the provinces in the bracketed list of fleet sizes are the items' locations.",
    "`Tính đến ngày 30/11/2023` is an as-of period (start null). `loại I` is a port class, `lần thứ năm` an ordinal, `tầm nhìn đến năm 2045` a period,",
    "`Quyết định số 339/QĐ-TTg` a document number: none is a figure. Length thresholds `15 m` / `15 mét` optional.",
    "`khoảng 9 tỷ USD` (đạt, not ước) is actual; its period is the previous sentence's `năm 2023` (inherited; `năm 2022` here is only the baseline).",
]

if __name__ == "__main__":
    emit("p523-4", TEXT, COMMENTS, FIGS, published="2024-01-05", location="Việt Nam")
