"""p799-8: provincial newspaper online (Báo Quảng Bình), headline figure, (QBĐT) - tag."""
from lib import F, P, I, C, write

TEXT = """Báo Quảng Bình điện tử
Kinh tế
Làng nón Thạch Bàn thu gần 7 tỷ đồng mỗi năm
Cập nhật lúc 15:10, Thứ hai, 10/03/2025

(QBĐT) - Năm 2024, làng nón Thạch Bàn (xã Quảng Thạch, huyện Quảng Trạch) sản xuất hơn 185.000 chiếc nón, doanh thu đạt 6,8 tỷ đồng, tăng 12,4% so với năm 2023. Nón Thạch Bàn nổi tiếng bền, vành tròn, lá trắng mịn.

Làng hiện có 135 hộ với 310 lao động làm nón, phân bố ở thôn Thượng (58 hộ), thôn Trung (44 hộ) và thôn Hạ (33 hộ). Trung bình mỗi lao động làm được 2 chiếc nón/ngày, thu nhập từ 90.000 đến 120.000 đồng/ngày. Giá nón tại làng khoảng 45.000 đồng/chiếc, nón bài thơ 90.000 đồng/chiếc.

Quý I/2025, làng dự kiến cung ứng khoảng 52.000 chiếc cho các đơn vị du lịch ở Phong Nha - Kẻ Bàng và thị trường Lào.

Theo UBND huyện Quảng Trạch, năm 2024 huyện đã hỗ trợ 150 triệu đồng mua 5 máy ép vành nón; tỉnh công nhận làng nón Thạch Bàn là làng nghề truyền thống theo Quyết định số 2105/QĐ-UBND. Mục tiêu đến năm 2026, làng có 160 hộ làm nón, thu nhập bình quân đạt 4 triệu đồng/người/tháng; 100% hộ tham gia tổ hợp tác.

Tháng 4 tới, huyện sẽ tổ chức Hội thi chằm nón lần thứ 2 tại nhà văn hóa thôn Trung. Toàn tỉnh Quảng Bình hiện có 6 làng nghề nón lá với khoảng 1.100 lao động.

Tags: làng nghề, nón lá, Quảng Trạch
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO2026 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("gần 7 tỷ đồng mỗi năm", "7", 7e9, "money", "đồng/năm", "doanh thu làng nón Thạch Bàn", approx="nearly"),
    F("hơn 185.000 chiếc nón", "185.000", 185_000, "count", "chiếc nón", "nón làng nón Thạch Bàn sản xuất", Y24,
      approx="over"),
    F("đạt 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "doanh thu làng nón Thạch Bàn", Y24,
      change=C("increase", 12.4, "%", "năm 2023")),
    F("có 135 hộ", "135", 135, "count", "hộ", "hộ làm nón"),
    F("310 lao động", "310", 310, "count", "lao động", "lao động làm nón"),
    F("thôn Thượng (58 hộ)", "58", 58, "count", "hộ", "hộ làm nón thôn Thượng", total=135),
    F("thôn Trung (44 hộ)", "44", 44, "count", "hộ", "hộ làm nón thôn Trung", total=135),
    F("thôn Hạ (33 hộ)", "33", 33, "count", "hộ", "hộ làm nón thôn Hạ", total=135),
    F("làm được 2 chiếc nón/ngày", "2", 2, "measure", "chiếc nón/ngày", "nón mỗi lao động làm được"),
    F("từ 90.000 đến 120.000 đồng/ngày", "90.000", 90_000, "money", "đồng/ngày", "thu nhập của lao động làm nón",
      value_max=120_000),
    F("khoảng 45.000 đồng/chiếc", "45.000", 45_000, "money", "đồng/chiếc", "giá nón tại làng", approx="about"),
    F("bài thơ 90.000 đồng/chiếc", "90.000", 90_000, "money", "đồng/chiếc", "giá nón bài thơ"),
    F("khoảng 52.000 chiếc", "52.000", 52_000, "count", "chiếc", "nón cung ứng cho các đơn vị du lịch và thị trường Lào",
      P("Quý I/2025", "2025-01-01", "2025-03-31"), approx="about", status="forecast"),
    F("hỗ trợ 150 triệu đồng", "150", 150e6, "money", "đồng", "kinh phí hỗ trợ mua máy ép vành nón",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("mua 5 máy", "5", 5, "count", "máy", "máy ép vành nón", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 160 hộ", "160", 160, "count", "hộ", "hộ làm nón", TO2026, status="target"),
    F("đạt 4 triệu đồng/người/tháng", "4", 4e6, "money", "đồng/người/tháng", "thu nhập bình quân", TO2026,
      status="target"),
    F("100% hộ", "100", 100, "percent", "%", "hộ tham gia tổ hợp tác", TO2026, status="target"),
    F("có 6 làng nghề nón lá", "6", 6, "count", "làng nghề", "làng nghề nón lá", location="Quảng Bình"),
    F("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động làng nghề nón lá", approx="about",
      location="Quảng Bình"),
]

NOTES = [
    "Báo Quảng Bình online: headline with a figure, 'Cập nhật lúc 15:10, Thứ hai, 10/03/2025' (published), '(QBĐT) -' tag.",
    "Village figures are located in huyện Quảng Trạch; the last sentence's province totals in Quảng Bình. 'Phong Nha - Kẻ Bàng'",
    "and 'thị trường Lào' are buyers, not the place of the 52.000 hats. Hamlets (thôn) are not districts: they stay in the subject.",
    "Not figures: 15:10, Quyết định số 2105/QĐ-UBND, 'Tháng 4 tới', 'lần thứ 2', the tags.",
    "'gần 7 tỷ đồng mỗi năm' is a rate: unit đồng/năm, no period. '2 chiếc nón/ngày' is a rate: measure.",
]

if __name__ == "__main__":
    write("p799-8", TEXT, FIGS, NOTES, published="2025-03-10", location="Quảng Trạch")
