from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIUỘC
Trang chủ > Tin tức > Y tế - Giáo dục
Thứ Ba, 13/08/2024 - 09:15

Cần Giuộc: Phun hóa chất diệt muỗi cho hơn 12.000 hộ dân

Thực hiện Kế hoạch số 87/KH-UBND ngày 2/8/2024 của UBND huyện, từ ngày 5/8 đến 10/8/2024, Trung tâm Y tế huyện phối hợp với UBND các xã tổ chức đợt phun hóa chất diệt muỗi chủ động tại 6 xã có nguy cơ cao. Kết quả, đã phun cho 12.480 hộ, đạt 104% kế hoạch, với tổng diện tích khoảng 1.650 ha; sử dụng 380 lít hóa chất Permethrin 50EC, chi phí bình quân 27.500 đồng/hộ, huy động 96 lượt cán bộ y tế tham gia.

Trước khi phun, kết quả điều tra véc tơ tại 300 hộ cho thấy chỉ số nhà có lăng quăng (HI) là 24%, chỉ số Breteau (BI) là 38. Sau can thiệp, HI giảm còn 6%, BI còn 9; mật độ muỗi giảm từ 1,2 xuống 0,3 con/nhà.

Tính từ đầu năm đến ngày 11/8/2024, huyện ghi nhận 173 ca sốt xuất huyết, giảm 21 ca so với cùng kỳ năm 2023, chưa có ca tử vong. Các xã Long Thượng, Phước Lý và Mỹ Lộc chiếm 49% số ca mắc. Ngoài ra, huyện còn ghi nhận 58 ca tay chân miệng và 3 ca nghi sởi, đều đã được giám sát, xử lý kịp thời.

Phấn đấu trong năm 2024, 100% hộ gia đình trên địa bàn được tuyên truyền về phòng, chống sốt xuất huyết. Dự kiến từ nay đến cuối năm, huyện tổ chức thêm 2 đợt chiến dịch diệt lăng quăng với kinh phí khoảng 350 triệu đồng.

Mọi thông tin xin liên hệ Trung tâm Y tế huyện, Quốc lộ 50, thị trấn Cần Giuộc; điện thoại 0272.3874.115.

Thanh Tâm
"""

SPRAY = P("từ ngày 5/8 đến 10/8/2024", "2024-08-05", "2024-08-10")
CUM = P("Tính từ đầu năm đến ngày 11/8/2024", "2024-01-01", "2024-08-11")
REST = P("từ nay đến cuối năm", "2024-08-13", "2024-12-31")

FIGS = [
    F("hơn 12.000 hộ dân", "12.000", 12000, "count", "hộ dân", "hộ dân được phun hóa chất diệt muỗi", approx="over"),
    F("tại 6 xã", "6", 6, "count", "xã", "xã có nguy cơ cao được phun hóa chất diệt muỗi", SPRAY),
    F("phun cho 12.480 hộ", "12.480", 12480, "count", "hộ", "hộ được phun hóa chất diệt muỗi", I(SPRAY), percent=104),
    F("khoảng 1.650 ha", "1.650", 1650, "measure", "ha", "tổng diện tích phun hóa chất", I(SPRAY), approx="about"),
    F("380 lít", "380", 380, "measure", "lít", "hóa chất Permethrin 50EC sử dụng", I(SPRAY)),
    F("27.500 đồng/hộ", "27.500", 27500, "money", "đồng/hộ", "chi phí bình quân phun hóa chất", I(SPRAY)),
    F("huy động 96 lượt", "96", 96, "count", "lượt cán bộ y tế", "lượt cán bộ y tế tham gia", I(SPRAY)),
    F("tại 300 hộ", "300", 300, "count", "hộ", "hộ được điều tra véc tơ trước khi phun"),
    F("(HI) là 24%", "24", 24, "percent", "%", "chỉ số nhà có lăng quăng (HI) trước khi phun"),
    F("(BI) là 38", "38", 38, "measure", "", "chỉ số Breteau (BI) trước khi phun"),
    F("giảm còn 6%", "6", 6, "percent", "%", "chỉ số nhà có lăng quăng (HI) sau can thiệp"),
    F("BI còn 9", "9", 9, "measure", "", "chỉ số Breteau (BI) sau can thiệp"),
    F("từ 1,2 xuống", "1,2", 1.2, "measure", "con/nhà", "mật độ muỗi trước can thiệp"),
    F("xuống 0,3 con/nhà", "0,3", 0.3, "measure", "con/nhà", "mật độ muỗi sau can thiệp"),
    F("ghi nhận 173 ca", "173", 173, "count", "ca", "ca sốt xuất huyết", CUM,
      change=CH("decrease", 21, "ca", "cùng kỳ năm 2023")),
    F("chiếm 49%", "49", 49, "percent", "%", "số ca mắc của các xã Long Thượng, Phước Lý và Mỹ Lộc", I(CUM)),
    F("58 ca tay", "58", 58, "count", "ca", "ca tay chân miệng", I(CUM)),
    F("3 ca nghi sởi", "3", 3, "count", "ca", "ca nghi sởi", I(CUM)),
    F("100% hộ", "100", 100, "percent", "%", "hộ gia đình được tuyên truyền về phòng, chống sốt xuất huyết",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 2 đợt", "2", 2, "count", "đợt", "đợt chiến dịch diệt lăng quăng", REST, status="forecast"),
    F("khoảng 350 triệu đồng", "350", 350e6, "money", "đồng", "kinh phí chiến dịch diệt lăng quăng", REST,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Probe 614-2. District portal (huyện Cần Giuộc, Long An): spraying round 5-10/8/2024, larvae indices, cases to 11/8/2024.",
    "Location is the district throughout (communes named only inside a share's subject). Breteau index (BI) is a bare index:",
    "kind measure, empty unit (choice). 'giảm từ 1,2 xuống 0,3 con/nhà' = two figures (before/after), not a range.",
    "'từ nay đến cuối năm' = published date .. 31/12/2024. Not figures: Kế hoạch số 87/KH-UBND, Permethrin 50EC, Quốc lộ 50, phone.",
]

if __name__ == "__main__":
    emit("p614-2", TEXT, COMMENTS, FIGS, published="2024-08-13", location="Cần Giuộc")
