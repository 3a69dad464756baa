from lib import Doc, P, CH, TG

TEXT = """Đồng Tháp: Số ca mắc sốt xuất huyết tuần 32 tiếp tục tăng
Cập nhật: 14/08/2024 09:20 | Lượt xem: 2.314

Theo báo cáo của Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Đồng Tháp, trong tuần 32/2024 (từ ngày 05/8 đến ngày 11/8/2024), toàn tỉnh ghi nhận 126 ca mắc sốt xuất huyết, tăng 18 ca so với tuần trước; không có ca tử vong.

Cộng dồn từ đầu năm đến nay, toàn tỉnh có 2.847 ca mắc, tăng 35,6% so với cùng kỳ năm 2023; 2 ca tử vong (cùng kỳ không có ca tử vong). Trong đó, trẻ em dưới 15 tuổi có 1.912 ca, chiếm 67,2%. Các địa phương có số ca mắc cao là thành phố Cao Lãnh (412 ca), huyện Tháp Mười (356 ca) và huyện Lấp Vò (301 ca); thành phố Sa Đéc ghi nhận 187 ca, giảm 12,4% so với cùng kỳ.

Từ đầu năm, ngành y tế đã phát hiện 214 ổ dịch, xử lý 209 ổ dịch, đạt 97,7%; số ổ dịch còn lại đang được giám sát chặt chẽ. Tỉnh đã tổ chức 3 đợt chiến dịch diệt lăng quăng với hơn 285 nghìn hộ gia đình được kiểm tra, phun hóa chất diệt muỗi cho khoảng 41.500 hộ.

Bác sĩ Nguyễn Văn Tâm, Giám đốc CDC Đồng Tháp cho biết, dự báo số ca mắc sẽ tiếp tục tăng trong các tuần tới, có thể ở mức từ 130 đến 150 ca mỗi tuần. Tính đến ngày 11/8/2024, tỷ lệ mắc của tỉnh là 158,4 ca/100.000 dân, cao hơn chỉ tiêu kế hoạch năm 2024 (dưới 120 ca/100.000 dân).

Để chủ động phòng bệnh, người dân cần đậy kín dụng cụ chứa nước, thả cá ăn lăng quăng, ngủ mùng kể cả ban ngày. Khi phát hiện trường hợp sốt cao nghi mắc sốt xuất huyết, người dân có thể liên hệ đường dây nóng 0277.3851.234 hoặc đến trạm y tế gần nhất. Trung tâm đặt tại số 2 đường Nguyễn Thái Học, phường 4, thành phố Cao Lãnh.
"""

d = Doc("p351-1", TEXT, [
    "Cổng TTĐT tỉnh Đồng Tháp (province portal): weekly dengue update, tuần 32/2024. Dateline 'Cập nhật: 14/08/2024 09:20 | Lượt xem: 2.314'.",
    "Distractors: 'Lượt xem: 2.314' (counter), 'tuần 32/2024' (week number), dates 05/8–11/8/2024, phone 0277.3851.234, 'số 2 đường Nguyễn Thái Học', 'phường 4'.",
    "Week period from the bracketed dates. 'Cộng dồn từ đầu năm đến nay' runs from 2024-01-01 to the dateline. 'dưới 15 tuổi' is an age criterion (optional).",
    "'Trong đó, trẻ em … 1.912 ca, chiếm 67,2%' is a part of 2.847 (total + percent). 'phát hiện 214 …, xử lý 209 …, đạt 97,7%': no part-of cue, so no total.",
    "District list: places go to location, subject is the list's indicator; the list takes 'từ đầu năm đến nay' from the sentence before (inherited).",
    "'158,4 ca/100.000 dân' is a rate (measure); the bracketed plan '(dưới 120 ca/100.000 dân)' is its target (not met). 'từ 130 đến 150 ca mỗi tuần' is a forecast range.",
    "revised after the first run: subject of the 130-150 forecast loses the status cue 'dự báo' (status is its own field).",
], published="2024-08-14", location="Đồng Tháp")

WEEK = P("tuần 32/2024 (từ ngày 05/8 đến ngày 11/8/2024)", "2024-08-05", "2024-08-11")
YTD = P("Cộng dồn từ đầu năm đến nay", "2024-01-01", "2024-08-14")
YTDi = P("Cộng dồn từ đầu năm đến nay", "2024-01-01", "2024-08-14", inherited=True)
YTD2 = P("Từ đầu năm", "2024-01-01", "2024-08-14")
YTD2i = P("Từ đầu năm", "2024-01-01", "2024-08-14", inherited=True)

d.f("ghi nhận 126 ca mắc", "126", 126, "count", "ca", "ca mắc sốt xuất huyết", WEEK,
    change=CH("increase", 18, "ca", "tuần trước"))
d.f("có 2.847 ca mắc", "2.847", 2847, "count", "ca", "ca mắc sốt xuất huyết cộng dồn", YTD,
    change=CH("increase", 35.6, "%", "cùng kỳ năm 2023"))
d.f("2023; 2 ca tử vong", "2", 2, "count", "ca", "ca tử vong do sốt xuất huyết", YTD)
d.f("trẻ em dưới 15 tuổi", "15", 15, "measure", "tuổi", approx="under", optional=True)
d.f("có 1.912 ca", "1.912", 1912, "count", "ca", "ca mắc sốt xuất huyết ở trẻ em dưới 15 tuổi", YTDi,
    total=2847, percent=67.2)
d.f("Cao Lãnh (412 ca)", "412", 412, "count", "ca", "số ca mắc sốt xuất huyết", YTDi, location="Cao Lãnh")
d.f("Tháp Mười (356 ca)", "356", 356, "count", "ca", "số ca mắc sốt xuất huyết", YTDi, location="Tháp Mười")
d.f("Lấp Vò (301 ca)", "301", 301, "count", "ca", "số ca mắc sốt xuất huyết", YTDi, location="Lấp Vò")
d.f("ghi nhận 187 ca", "187", 187, "count", "ca", "số ca mắc sốt xuất huyết", YTDi, location="Sa Đéc",
    change=CH("decrease", 12.4, "%", "cùng kỳ"))
d.f("phát hiện 214 ổ dịch", "214", 214, "count", "ổ dịch", "ổ dịch sốt xuất huyết phát hiện", YTD2)
d.f("xử lý 209 ổ dịch", "209", 209, "count", "ổ dịch", "ổ dịch đã xử lý", YTD2, percent=97.7)
d.f("tổ chức 3 đợt", "3", 3, "count", "đợt", "đợt chiến dịch diệt lăng quăng", YTD2i)
d.f("hơn 285 nghìn hộ", "285", 285000, "count", "hộ gia đình", "hộ gia đình được kiểm tra lăng quăng", YTD2i,
    approx="over")
d.f("khoảng 41.500 hộ", "41.500", 41500, "count", "hộ", "hộ được phun hóa chất diệt muỗi", YTD2i, approx="about")
d.f("từ 130 đến 150 ca", "130", 130, "count", "ca", "số ca mắc sốt xuất huyết mỗi tuần",
    value_max=150, status="forecast")
d.f("là 158,4 ca/100.000 dân", "158,4", 158.4, "measure", "ca/100.000 dân", "tỷ lệ mắc sốt xuất huyết",
    P("Tính đến ngày 11/8/2024", None, "2024-08-11"), target=TG(120, "ca/100.000 dân", False))
d.write()
