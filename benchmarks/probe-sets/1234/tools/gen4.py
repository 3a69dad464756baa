"""p1234-4: ministry site (Bộ LĐ-TB&XH, Cục An toàn lao động), national passenger cable-car safety."""
from lib import F, P, I, C, T, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > An toàn, vệ sinh lao động

Tăng cường kiểm định an toàn hệ thống cáp treo chở người

Ngày đăng: 14/06/2024 10:15

Theo Cục An toàn lao động, tính đến ngày 31/5/2024, cả nước có 41 hệ thống cáp treo chở người đang khai thác tại 17 tỉnh, thành phố, tăng 3 hệ thống so với cuối năm 2022. Trong đó, cáp treo tuần hoàn 29 hệ thống, cáp treo đi - về 12 hệ thống. Các địa phương có nhiều hệ thống nhất lần lượt là Quảng Ninh (6 hệ thống), Khánh Hòa (5 hệ thống) và Lào Cai (4 hệ thống).

Năm 2023, các tổ chức kiểm định đã thực hiện 86 lượt kiểm định kỹ thuật an toàn đối với cáp treo, đạt 100% kế hoạch; qua kiểm định yêu cầu 7 hệ thống khắc phục tồn tại, tạm dừng khai thác hai hệ thống. Tổng lượt khách đi cáp treo trên cả nước ước khoảng 17,5 triệu lượt, gấp 1,6 lần năm 2022.

Giai đoạn 2019-2023 xảy ra 3 sự cố kỹ thuật khiến cabin dừng trên không, lực lượng chức năng đã cứu hộ an toàn hơn 200 du khách. Toàn ngành hiện có khoảng 2.300 người trực tiếp vận hành, bảo dưỡng cáp treo, trong đó chưa đến 60% được huấn luyện an toàn nhóm 3 theo Nghị định số 44/2016/NĐ-CP.

Bộ đặt mục tiêu đến năm 2025, 100% hệ thống cáp treo chở người được kiểm định đúng hạn và ít nhất 90% người vận hành được huấn luyện định kỳ. Các hệ thống đã sử dụng trên 20 năm phải được đánh giá lại toàn diện.

Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3826.9534
"""

ASOF = P("tính đến ngày 31/5/2024", None, "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "hệ thống cáp treo chở người đang khai thác"

FIGS = [
    F("có 41 hệ thống", "41", 41, "count", "hệ thống",
      change=C("increase", 3, "hệ thống", "cuối năm 2022"),
      subject="hệ thống cáp treo chở người đang khai thác", period=ASOF),
    F("tại 17 tỉnh", "17", 17, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố có hệ thống cáp treo chở người", period=ASOF),
    F("tuần hoàn 29 hệ thống", "29", 29, "count", "hệ thống", total=41,
      subject="cáp treo tuần hoàn", period=I(ASOF)),
    F("đi - về 12 hệ thống", "12", 12, "count", "hệ thống", total=41,
      subject="cáp treo đi - về", period=I(ASOF)),
    F("Quảng Ninh (6 hệ thống)", "6", 6, "count", "hệ thống", subject=LIST, period=I(ASOF), location="Quảng Ninh"),
    F("Khánh Hòa (5 hệ thống)", "5", 5, "count", "hệ thống", subject=LIST, period=I(ASOF), location="Khánh Hòa"),
    F("Lào Cai (4 hệ thống)", "4", 4, "count", "hệ thống", subject=LIST, period=I(ASOF), location="Lào Cai"),
    F("thực hiện 86 lượt", "86", 86, "count", "lượt", percent=100,
      subject="lượt kiểm định kỹ thuật an toàn đối với cáp treo", period=Y23),
    F("yêu cầu 7 hệ thống", "7", 7, "count", "hệ thống",
      subject="hệ thống phải khắc phục tồn tại qua kiểm định", period=Y23),
    F("hai hệ thống", "hai", 2, "count", "hệ thống", subject="hệ thống tạm dừng khai thác", period=Y23),
    F("khoảng 17,5 triệu", "17,5", 17500000, "count", "lượt", approx="about", status="estimate",
      change=C("increase", 1.6, "lần", "năm 2022"),
      subject="tổng lượt khách đi cáp treo trên cả nước", period=I(Y23)),
    F("xảy ra 3 sự cố", "3", 3, "count", "sự cố", subject="sự cố kỹ thuật khiến cabin dừng trên không", period=GD),
    F("hơn 200 du khách", "200", 200, "count", "du khách", approx="over",
      subject="du khách được cứu hộ an toàn", period=GD),
    F("khoảng 2.300 người", "2.300", 2300, "count", "người", approx="about",
      subject="người trực tiếp vận hành, bảo dưỡng cáp treo"),
    F("chưa đến 60%", "60", 60, "percent", "%", approx="under",
      subject="tỷ lệ người vận hành, bảo dưỡng cáp treo được huấn luyện an toàn nhóm 3"),
    F("năm 2025, 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ hệ thống cáp treo chở người được kiểm định đúng hạn", period=T25),
    F("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ người vận hành được huấn luyện định kỳ", period=T25),
    F("trên 20 năm", "20", 20, "measure", "năm", approx="over", optional=True,
      subject="thời gian sử dụng hệ thống cáp treo"),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH, Cục An toàn lao động): national passenger cable cars; 'Ngày đăng: 14/06/2024 10:15'; address/phone footer.",
    "National figures → Việt Nam (default); the 'lần lượt' list items are provincial (location = the province, subject = the list's indicator, no total).",
    "Distractors: time 10:15, 'Nghị định số 44/2016/NĐ-CP', 'nhóm 3' (a training category), 'Số 12 Ngô Quyền', phone 024.3826.9534.",
    "'gấp 1,6 lần năm 2022' after a count is its change (×1,6). 'đạt 100% kế hoạch' is the share of 86 lượt. 'ước khoảng' → estimate + about.",
    "'đến năm 2025' (target) → start null, end 2025-12-31. 'trên 20 năm' is a condition in a rule (optional).",
    "29 + 12 = 41 (Trong đó, across a sentence break) → total 41. The 'hiện có' staff count has no period.",
]

if __name__ == "__main__":
    write("p1234-4", TEXT, NOTES, FIGS, published="2024-06-14", location="Việt Nam")
