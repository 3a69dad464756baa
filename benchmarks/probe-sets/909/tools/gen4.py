"""p909-4: ministry site (Bộ VHTTDL), national, 2024."""
from lib import F, P, I, CH, TG, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Tin tức / Văn hóa cơ sở
Ngày đăng: 05/12/2024 | Lượt xem: 1.147

Cả nước có hơn 128.000 đội văn nghệ quần chúng, câu lạc bộ văn hóa - văn nghệ

Theo báo cáo của Cục Văn hóa cơ sở, Gia đình và Thư viện, tính đến hết tháng 10/2024, cả nước có hơn 128.000 đội văn nghệ quần chúng và câu lạc bộ văn hóa - văn nghệ tại 63/63 tỉnh, thành phố, tăng khoảng 6% so với năm 2022. Trong đó, câu lạc bộ dân vũ, khiêu vũ có 21.450 câu lạc bộ, chiếm 16,8%, với khoảng 640 nghìn hội viên, chủ yếu là phụ nữ trung, cao tuổi.

Các địa phương có nhiều câu lạc bộ dân vũ nhất lần lượt là Hà Nội (1.860 câu lạc bộ), Thanh Hóa (1.240 câu lạc bộ), Nghệ An (1.105 câu lạc bộ) và TP Hồ Chí Minh (980 câu lạc bộ). Bình quân mỗi câu lạc bộ có từ 25 đến 35 hội viên, sinh hoạt 3-5 buổi/tuần.

Tháng 9/2024, Bộ tổ chức Liên hoan dân vũ toàn quốc lần thứ II với 36 đoàn đến từ 36 tỉnh, thành phố, gần 1.200 diễn viên, hội viên tham gia; Ban tổ chức trao 12 Huy chương Vàng, 18 Huy chương Bạc và 6 giải tập thể.

Theo khảo sát của Cục tại 15 tỉnh, thành phố, 72,5% câu lạc bộ tự chủ kinh phí từ đóng góp của hội viên, mức đóng phổ biến 20.000-50.000 đồng/người/tháng; chỉ 18% câu lạc bộ nhận được hỗ trợ thường xuyên từ ngân sách xã.

Theo Quyết định số 2198/QĐ-BVHTTDL, mục tiêu đến năm 2030, 100% xã, phường, thị trấn có ít nhất 1 đội văn nghệ quần chúng hoạt động thường xuyên; 80% thôn, tổ dân phố có câu lạc bộ văn hóa - văn nghệ.

Cục Văn hóa cơ sở, Gia đình và Thư viện - Số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội - ĐT: 024.3943.8231
"""

ASOF = P("tính đến hết tháng 10/2024", None, "2024-10-31")
T30 = P("đến năm 2030", None, "2030-12-31")
S9 = P("Tháng 9/2024", "2024-09-01", "2024-09-30")
SUBJ_LIST = "câu lạc bộ dân vũ"

FIGS = [
    F("Cả nước có hơn 128.000 đội", "128.000", 128000, "count", "đội văn nghệ",
      "đội văn nghệ quần chúng, câu lạc bộ văn hóa - văn nghệ", approx="over"),
    F("cả nước có hơn 128.000 đội", "128.000", 128000, "count", "đội văn nghệ",
      "đội văn nghệ quần chúng và câu lạc bộ văn hóa - văn nghệ", ASOF, approx="over",
      change=CH("increase", 6, "%", "năm 2022", approx="about")),
    F("tại 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có đội văn nghệ quần chúng, câu lạc bộ văn hóa - văn nghệ", ASOF, total=63),
    F("có 21.450 câu lạc bộ", "21.450", 21450, "count", "câu lạc bộ",
      "câu lạc bộ dân vũ, khiêu vũ", I(ASOF), total=128000, percent=16.8),
    F("khoảng 640 nghìn hội viên", "640", 640000, "count", "hội viên",
      "hội viên câu lạc bộ dân vũ, khiêu vũ", I(ASOF), approx="about"),
    F("Hà Nội (1.860 câu lạc bộ)", "1.860", 1860, "count", "câu lạc bộ", SUBJ_LIST, I(ASOF),
      location="Hà Nội"),
    F("Thanh Hóa (1.240 câu lạc bộ)", "1.240", 1240, "count", "câu lạc bộ", SUBJ_LIST, I(ASOF),
      location="Thanh Hóa"),
    F("Nghệ An (1.105 câu lạc bộ)", "1.105", 1105, "count", "câu lạc bộ", SUBJ_LIST, I(ASOF),
      location="Nghệ An"),
    F("Minh (980 câu lạc bộ)", "980", 980, "count", "câu lạc bộ", SUBJ_LIST, I(ASOF),
      location="TP Hồ Chí Minh"),
    F("từ 25 đến 35 hội viên", "25", 25, "count", "hội viên", "hội viên bình quân mỗi câu lạc bộ",
      value_max=35),
    F("sinh hoạt 3-5 buổi/tuần", "3", 3, "measure", "buổi/tuần", "buổi sinh hoạt của câu lạc bộ",
      value_max=5),
    F("với 36 đoàn", "36", 36, "count", "đoàn", "đoàn tham gia Liên hoan dân vũ toàn quốc", S9),
    F("từ 36 tỉnh", "36", 36, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có đoàn tham gia Liên hoan dân vũ toàn quốc", S9),
    F("gần 1.200 diễn viên", "1.200", 1200, "count", "diễn viên",
      "diễn viên, hội viên tham gia Liên hoan dân vũ toàn quốc", S9, approx="nearly"),
    F("trao 12 Huy chương Vàng", "12", 12, "count", "Huy chương Vàng",
      "Huy chương Vàng Liên hoan dân vũ toàn quốc", S9),
    F("18 Huy chương Bạc", "18", 18, "count", "Huy chương Bạc",
      "Huy chương Bạc Liên hoan dân vũ toàn quốc", S9),
    F("6 giải tập thể", "6", 6, "count", "giải tập thể", "giải tập thể Liên hoan dân vũ toàn quốc", S9),
    F("tại 15 tỉnh", "15", 15, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát"),
    F("72,5% câu lạc bộ", "72,5", 72.5, "percent", "%",
      "câu lạc bộ tự chủ kinh phí từ đóng góp của hội viên"),
    F("phổ biến 20.000-50.000 đồng/người/tháng", "20.000", 20000, "money", "đồng/người/tháng",
      "mức đóng góp của hội viên câu lạc bộ", value_max=50000),
    F("chỉ 18% câu lạc bộ", "18", 18, "percent", "%",
      "câu lạc bộ nhận được hỗ trợ thường xuyên từ ngân sách xã"),
    F("năm 2030, 100% xã", "100", 100, "percent", "%",
      "xã, phường, thị trấn có đội văn nghệ quần chúng hoạt động thường xuyên", T30, status="target"),
    F("ít nhất 1 đội văn nghệ", "1", 1, "count", "đội văn nghệ",
      "đội văn nghệ quần chúng mỗi xã, phường, thị trấn", T30, approx="at_least", status="target",
      optional=True),
    F("80% thôn", "80", 80, "percent", "%",
      "thôn, tổ dân phố có câu lạc bộ văn hóa - văn nghệ", T30, status="target"),
]

NOTES = [
    "Bộ VHTTDL site: national count of grassroots troupes and clubs (as of end 10/2024), folk-dance clubs by province (lần lượt),",
    "national folk-dance festival 9/2024, a survey of club funding, 2030 targets. Location Việt Nam except the list items.",
    "The headline repeats the lead's 128.000 without its period: a figure of its own. 21.450 after 'Trong đó' -> total 128.000, chiếm 16,8%.",
    "The ranking list does not add up to anything stated: no totals. '3-5 buổi/tuần' is a rate (measure).",
    "'mục tiêu đến năm 2030' governs the clauses after ';' too (80%). 'ít nhất 1 đội' is a threshold: optional.",
    "Distractors: Lượt xem 1.147, lần thứ II, Quyết định số 2198/QĐ-BVHTTDL, Số 51 Ngô Quyền, ĐT 024.3943.8231.",
]

if __name__ == "__main__":
    write("p909-4", TEXT, FIGS, NOTES, published="2024-12-05", location="Việt Nam")
