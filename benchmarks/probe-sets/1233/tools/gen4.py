"""p1233-4: ministry site (Bộ NN&PTNT, Cục Kinh tế hợp tác và PTNT), national forge villages, mid-2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC KINH TẾ HỢP TÁC VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Ngành nghề nông thôn

Giữ lửa làng rèn trong thời kỳ cơ giới hóa nông nghiệp

Ngày đăng: 05/09/2023 | Lượt xem: 1.127

Theo số liệu tổng hợp của Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến tháng 6/2023 cả nước có 2.062 làng nghề được công nhận, trong đó 96 làng nghề rèn, cơ khí nhỏ, chiếm khoảng 4,7%. Các làng rèn tập trung ở đồng bằng sông Hồng và Bắc Trung Bộ, nhiều nhất là Nam Định (11 làng), Hà Nội (9 làng) và Hà Tĩnh (7 làng).

Năm 2022, các làng nghề rèn thu hút khoảng 38.500 lao động, doanh thu đạt hơn 4.100 tỷ đồng, tăng 11,4% so với năm 2021. Thu nhập bình quân của thợ rèn từ 5 đến 9 triệu đồng/người/tháng. Năng suất tại các xưởng dùng búa máy gấp 3 lần rèn thủ công.

Tuy nhiên, nhu cầu nông cụ cầm tay đang giảm do tỷ lệ cơ giới hóa khâu làm đất đã đạt trên 95%, khâu thu hoạch lúa đạt khoảng 80%. Nhiều làng rèn đã chuyển sang làm dao nhà bếp, dụng cụ làm vườn, phụ tùng máy nông nghiệp; khoảng 15% sản lượng dao, kéo được xuất khẩu sang Lào, Campuchia, Nhật Bản.

Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 (Quyết định số 801/QĐ-TTg ngày 07/7/2022) đặt mục tiêu đến năm 2030 có ít nhất 70% làng nghề rèn được bảo tồn và 100% cơ sở sản xuất trong làng nghề đạt yêu cầu về bảo vệ môi trường. Dự kiến trong quý IV/2023, Cục sẽ phối hợp tổ chức lần thứ 2 Hội chợ làng nghề rèn toàn quốc với khoảng 120 gian hàng.

Cục Kinh tế hợp tác và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3843.8813
"""

ASOF = P("tính đến tháng 6/2023", None, "2023-06-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
LIST = "làng nghề rèn, cơ khí nhỏ"

FIGS = [
    F("có 2.062 làng nghề", "2.062", 2062, "count", "làng nghề",
      subject="làng nghề được công nhận", period=ASOF),
    F("96 làng nghề", "96", 96, "count", "làng nghề", total=2062, percent=4.7,
      subject="làng nghề rèn, cơ khí nhỏ", period=ASOF),
    F("Nam Định (11 làng)", "11", 11, "count", "làng", location="Nam Định", subject=LIST, period=I(ASOF)),
    F("Hà Nội (9 làng)", "9", 9, "count", "làng", location="Hà Nội", subject=LIST, period=I(ASOF)),
    F("Hà Tĩnh (7 làng)", "7", 7, "count", "làng", location="Hà Tĩnh", subject=LIST, period=I(ASOF)),
    F("khoảng 38.500 lao động", "38.500", 38500, "count", "lao động", approx="about",
      subject="lao động các làng nghề rèn thu hút", period=Y22),
    F("hơn 4.100 tỷ", "4.100", 4100e9, "money", "đồng", approx="over",
      change=C("increase", 11.4, "%", "năm 2021"),
      subject="doanh thu các làng nghề rèn", period=Y22),
    F("từ 5 đến 9 triệu", "5", 5e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập bình quân của thợ rèn", period=I(Y22)),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="năng suất tại các xưởng dùng búa máy so với rèn thủ công"),
    F("trên 95%", "95", 95, "percent", "%", approx="over", subject="tỷ lệ cơ giới hóa khâu làm đất"),
    F("khoảng 80%", "80", 80, "percent", "%", approx="about",
      subject="tỷ lệ cơ giới hóa khâu thu hoạch lúa"),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about",
      subject="sản lượng dao, kéo được xuất khẩu"),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="làng nghề rèn được bảo tồn", period=T30),
    F("và 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở sản xuất trong làng nghề đạt yêu cầu về bảo vệ môi trường", period=T30),
    F("khoảng 120 gian hàng", "120", 120, "count", "gian hàng", approx="about", status="forecast",
      subject="gian hàng Hội chợ làng nghề rèn toàn quốc", period=Q4),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT / Cục Kinh tế hợp tác và PTNT), national: location Việt Nam; list items Nam Định / Hà Nội / Hà Tĩnh get their province.",
    "'Ngày đăng: 05/09/2023 | Lượt xem: 1.127' (published; counter is furniture). Footer address 'Số 2 Ngọc Hà', phone 024.3843.8813.",
    "Distractors: 'giai đoạn 2021-2030', 'Quyết định số 801/QĐ-TTg ngày 07/7/2022', 'lần thứ 2', 'quý IV/2023' (period), 'tháng 6/2023'.",
    "96 làng nghề rèn: part of 2.062 after 'trong đó' (total), 'chiếm khoảng 4,7%' is its share (percent 4.7; the 'khoảng' qualifies the share, not 96).",
    "'tính đến tháng 6/2023' is an as-of date (end 2023-06-30); the list sentence inherits it. 'gấp 3 lần rèn thủ công' stands as the claim: multiple.",
    "'đặt mục tiêu đến năm 2030 ... ít nhất 70% ... và 100%' -> target, period end 2030-12-31. 'Dự kiến trong quý IV/2023 ... khoảng 120 gian hàng' -> forecast.",
]

if __name__ == "__main__":
    write("p1233-4", TEXT, NOTES, FIGS, published="2023-09-05", location="Việt Nam")
