"""p544-4: ministry site (Bộ LĐ-TB&XH), Tổng đài 111, 6 tháng đầu năm 2024."""
from lib import F, P, Y, CH, T, AGE, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ » Tin tức » Bảo vệ, chăm sóc trẻ em
Ngày đăng: 12/07/2024 | Lượt xem: 2.905

Tổng đài 111 tiếp nhận gần 168.000 cuộc gọi trong 6 tháng đầu năm 2024

(Molisa) - Theo Cục Trẻ em, 6 tháng đầu năm 2024, Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 đã tiếp nhận 167.842 cuộc gọi, tăng 8,6% so với cùng kỳ năm 2023. Trong đó, có 21.356 cuộc gọi tư vấn, cung cấp thông tin về pháp luật, chính sách, tâm lý, kỹ năng bảo vệ trẻ em, chiếm 12,7%; còn lại chủ yếu là cuộc gọi nhỡ, gọi nhầm, quấy rối.

Tổng đài đã tiếp nhận và chuyển 1.124 ca đề nghị can thiệp, hỗ trợ tới các cơ quan chức năng tại 61/63 tỉnh, thành phố, tăng 97 ca so với cùng kỳ. Trong đó, trẻ em bị bạo lực 412 ca, bị xâm hại tình dục 287 ca, bị bỏ rơi, sao nhãng 205 ca, các hình thức khác 220 ca. Đến ngày 30/6/2024, đã có 938 ca được can thiệp, hỗ trợ kịp thời, đạt 83,5%.

Các địa phương có nhiều ca đề nghị can thiệp nhất lần lượt là Hà Nội (96 ca), TP Hồ Chí Minh (88 ca), Thanh Hóa (54 ca) và Nghệ An (47 ca).

Thực hiện Quyết định số 1235/QĐ-LĐTBXH, Bộ đặt mục tiêu đến năm 2025, 100% tỉnh, thành phố kết nối, chia sẻ dữ liệu với Tổng đài 111 và tập huấn cho khoảng 2.500 cán bộ làm công tác bảo vệ trẻ em cấp xã.

Người dân có thể gọi miễn phí tới số 111 hoặc nhắn tin qua ứng dụng "Tổng đài 111" 24/7.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 168.000 cuộc gọi", "168.000", 168000, "count", "cuộc gọi", "cuộc gọi Tổng đài 111 tiếp nhận", H1,
      approx="nearly"),
    F("tiếp nhận 167.842 cuộc gọi", "167.842", 167842, "count", "cuộc gọi",
      "cuộc gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 tiếp nhận", H1,
      change=CH("increase", 8.6, "%", "cùng kỳ năm 2023")),
    F("có 21.356 cuộc gọi", "21.356", 21356, "count", "cuộc gọi",
      "cuộc gọi tư vấn, cung cấp thông tin về pháp luật, chính sách, tâm lý, kỹ năng bảo vệ trẻ em", H1i,
      total=167842, percent=12.7),
    F("chuyển 1.124 ca", "1.124", 1124, "count", "ca", "ca đề nghị can thiệp, hỗ trợ", H1i,
      change=CH("increase", 97, "ca", "cùng kỳ")),
    F("61/63", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố có ca đề nghị can thiệp, hỗ trợ", H1i,
      total=63),
    F("bạo lực 412 ca", "412", 412, "count", "ca", "ca trẻ em bị bạo lực", H1i, total=1124),
    F("tình dục 287 ca", "287", 287, "count", "ca", "ca trẻ em bị xâm hại tình dục", H1i, total=1124),
    F("sao nhãng 205 ca", "205", 205, "count", "ca", "ca trẻ em bị bỏ rơi, sao nhãng", H1i, total=1124),
    F("khác 220 ca", "220", 220, "count", "ca", "ca các hình thức khác", H1i, total=1124),
    F("có 938 ca", "938", 938, "count", "ca", "ca được can thiệp, hỗ trợ kịp thời",
      P("Đến ngày 30/6/2024", None, "2024-06-30"), percent=83.5),
    F("Hà Nội (96 ca)", "96", 96, "count", "ca", "ca đề nghị can thiệp", H1i, location="Hà Nội"),
    F("TP Hồ Chí Minh (88 ca)", "88", 88, "count", "ca", "ca đề nghị can thiệp", H1i, location="TP Hồ Chí Minh"),
    F("Thanh Hóa (54 ca)", "54", 54, "count", "ca", "ca đề nghị can thiệp", H1i, location="Thanh Hóa"),
    F("Nghệ An (47 ca)", "47", 47, "count", "ca", "ca đề nghị can thiệp", H1i, location="Nghệ An"),
    F("2025, 100% tỉnh", "100", 100, "percent", "%", "tỉnh, thành phố kết nối, chia sẻ dữ liệu với Tổng đài 111",
      T25, status="target"),
    F("khoảng 2.500 cán bộ", "2.500", 2500, "count", "cán bộ",
      "cán bộ làm công tác bảo vệ trẻ em cấp xã được tập huấn", T25, approx="about", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH): Tổng đài 111, 6 tháng đầu năm 2024. National: location Việt Nam; list items take their province.",
    "'tăng 97 ca so với cùng kỳ' is the change of 1.124 ca (unit ca), across the clause '61/63 tỉnh, thành phố'.",
    "The 'Trong đó' breakdown after a sentence break adds up to 1.124 (412+287+205+220): total 1.124.",
    "'938 ca ..., đạt 83,5%': percent 83,5; no cue makes 1.124 its total.",
    "Distractors: '111' (hotline name/number, 4 times), '24/7', Quyết định số 1235/QĐ-LĐTBXH, Lượt xem 2.905, Ngày đăng.",
]

if __name__ == "__main__":
    emit("p544-4", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Việt Nam")
