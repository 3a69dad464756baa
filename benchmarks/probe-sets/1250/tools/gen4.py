"""p1250-4: ministry site (Bộ Tài nguyên và Môi trường): national hydro-met station network."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Khí tượng thủy văn

Hiện đại hóa mạng lưới trạm khí tượng thủy văn quốc gia: tỷ lệ tự động hóa đạt khoảng 72%

14/05/2024 | 09:30 | Cục Khí tượng Thủy văn

Theo Cục Khí tượng Thủy văn, tính đến hết tháng 4/2024, mạng lưới trạm khí tượng thủy văn quốc gia có 1.907 trạm, gồm 245 trạm khí tượng bề mặt, 408 trạm thủy văn và 1.254 trạm đo mưa. Tỷ lệ trạm quan trắc tự động đạt khoảng 72%, tăng gần 20 điểm phần trăm so với năm 2015.

Ngoài mạng lưới quốc gia, cả nước còn khoảng 3.800 trạm chuyên dùng do các bộ, ngành, địa phương và chủ công trình quản lý. Các địa phương có nhiều trạm chuyên dùng nhất là Quảng Nam (228 trạm), Nghệ An (196 trạm) và Thanh Hóa (174 trạm).

4 tháng đầu năm 2024, Cục đã phát hành hơn 2.600 bản tin dự báo, cảnh báo; sai số dự báo quỹ đạo bão hạn 24 giờ trung bình khoảng 85 km. Về mật độ trạm đo mưa, Việt Nam đứng thứ 3 trong khu vực Đông Nam Á.

Giai đoạn 2021-2025, tổng vốn bố trí cho hiện đại hóa mạng lưới trạm khoảng 1.850 tỷ đồng, trong đó vốn ODA chiếm 38%.

Theo Quy hoạch mạng lưới trạm khí tượng thủy văn quốc gia thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 1970/QĐ-TTg), mục tiêu đến năm 2030 tự động hóa 100% trạm khí tượng, thủy văn; mật độ trạm đo mưa ở vùng núi đạt bình quân 1 trạm/150 km2.

Tin cùng chuyên mục:
- Khai mạc Hội thảo khoa học quốc gia về khí tượng thủy văn lần thứ 27
- Công bố kịch bản biến đổi khí hậu phiên bản 2020

Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội | Điện thoại: 024.3773.9150
"""

ASOF = period("tính đến hết tháng 4/2024", None, "2024-04-30")
M4 = period("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
G2125 = period("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
TO2030 = period("đến năm 2030", None, "2030-12-31")
SPEC = "trạm chuyên dùng"

FIGS = [
    F("tự động hóa đạt khoảng 72%", "72", 72, "percent", "%", approx="about",
      subject="tỷ lệ tự động hóa mạng lưới trạm khí tượng thủy văn quốc gia"),
    F("có 1.907 trạm", "1.907", 1907, "count", "trạm",
      subject="trạm mạng lưới trạm khí tượng thủy văn quốc gia", per=ASOF),
    F("gồm 245 trạm", "245", 245, "count", "trạm", total=1907, subject="trạm khí tượng bề mặt", per=ASOF),
    F("408 trạm", "408", 408, "count", "trạm", total=1907, subject="trạm thủy văn", per=ASOF),
    F("1.254 trạm", "1.254", 1254, "count", "trạm", total=1907, subject="trạm đo mưa", per=ASOF),
    F("tự động đạt khoảng 72%", "72", 72, "percent", "%", approx="about",
      change=change("increase", 20, "điểm phần trăm", "năm 2015", approx="nearly"),
      subject="tỷ lệ trạm quan trắc tự động", per=inherit(ASOF)),
    F("khoảng 3.800 trạm", "3.800", 3800, "count", "trạm", approx="about",
      subject="trạm chuyên dùng do các bộ, ngành, địa phương và chủ công trình quản lý"),
    F("(228 trạm)", "228", 228, "count", "trạm", subject=SPEC, location="Quảng Nam"),
    F("(196 trạm)", "196", 196, "count", "trạm", subject=SPEC, location="Nghệ An"),
    F("(174 trạm)", "174", 174, "count", "trạm", subject=SPEC, location="Thanh Hóa"),
    F("hơn 2.600 bản tin", "2.600", 2600, "count", "bản tin", approx="over",
      subject="bản tin dự báo, cảnh báo Cục phát hành", per=M4),
    F("hạn 24 giờ", "24", 24, "measure", "giờ", optional=True),
    F("khoảng 85 km", "85", 85, "measure", "km", approx="about",
      subject="sai số dự báo quỹ đạo bão hạn 24 giờ", per=M4),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="mật độ trạm đo mưa"),
    F("khoảng 1.850 tỷ", "1.850", 1850e9, "money", "đồng", approx="about",
      subject="tổng vốn bố trí cho hiện đại hóa mạng lưới trạm", per=G2125),
    F("chiếm 38%", "38", 38, "percent", "%", subject="tỷ trọng vốn ODA trong tổng vốn", per=G2125),
    F("hóa 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ tự động hóa trạm khí tượng, thủy văn", per=TO2030),
    F("bình quân 1 trạm", "1", 1, "measure", "trạm/150 km2", status="target",
      subject="mật độ trạm đo mưa ở vùng núi", per=TO2030),
]

NOTES = [
    "Ministry site (Bộ TN&MT): breadcrumb, '14/05/2024 | 09:30 | Cục Khí tượng Thủy văn', related links, address footer.",
    "Distractors: 09:30, 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', Quyết định số 1970/QĐ-TTg, 'lần thứ 27', 'phiên bản 2020',",
    "  'Số 10 Tôn Thất Thuyết', phone 024.3773.9150, baseline 'năm 2015'.",
    "National figures: location Việt Nam; the list 'Quảng Nam (228 trạm), Nghệ An …' gives each item its province, subject from the list intro.",
    "'gồm 245 …, 408 … và 1.254 …' after 1.907: total (245+408+1254 = 1907). As-of 'tính đến hết tháng 4/2024' -> end 2024-04-30.",
    "Body 72%: its own sentence; change 'tăng gần 20 điểm phần trăm so với năm 2015'; period inherited (previous sentence).",
    "'hạn 24 giờ' is the forecast lead time, a label of the error figure: optional.",
    "'trong đó vốn ODA chiếm 38%' has no amount of its own: a percent figure (not the whole's attribute).",
    "'1 trạm/150 km2': a density; value 1, the denominator is in the unit. 'mục tiêu đến năm 2030' governs both ';' clauses (target).",
]

if __name__ == "__main__":
    write("p1250-4", TEXT, NOTES, FIGS, published="2024-05-14", location="Việt Nam")
