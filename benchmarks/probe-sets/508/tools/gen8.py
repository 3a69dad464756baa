"""p508-8: commune portal (xã Tân Phú, huyện Châu Thành, Bến Tre) — commune health station Q1/2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHÚ - HUYỆN CHÂU THÀNH - TỈNH BẾN TRE
Trang chủ » Tin tức » Văn hóa - Xã hội
Trạm Y tế xã Tân Phú: Quý I/2024 khám, chữa bệnh cho 3.215 lượt người
Đăng ngày: 16/04/2024 | Lượt truy cập: 312

Trạm Y tế xã hiện có 7 cán bộ, nhân viên (gồm 1 bác sĩ, 2 y sĩ, 2 điều dưỡng, 1 nữ hộ sinh và 1 dược sĩ), phục vụ khoảng 14.600 nhân khẩu tại 8 ấp.

Quý I/2024, Trạm đã khám, chữa bệnh cho 3.215 lượt người, tăng 12,4% so với quý I/2023, trong đó khám bảo hiểm y tế 2.486 lượt, chiếm 77,3%. Trạm chuyển tuyến trên 94 trường hợp.

Công tác tiêm chủng mở rộng được duy trì định kỳ vào ngày 25 hằng tháng. Trong quý, có 46 trẻ dưới 1 tuổi được tiêm chủng đầy đủ, đạt 26,1% kế hoạch năm; 100% trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu sau sinh.

Về phòng, chống sốt xuất huyết, Trạm phối hợp các đoàn thể ra quân diệt lăng quăng tại 8/8 ấp, kiểm tra 2.930 lượt hộ; trên địa bàn xã ghi nhận 5 ca sốt xuất huyết, giảm 7 ca so với cùng kỳ, không có ổ dịch.

Năm 2024, Trạm phấn đấu duy trì xã đạt Bộ tiêu chí quốc gia về y tế, tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt trên 97%. Xã cũng đề nghị huyện bổ sung 1 biên chế bác sĩ và kinh phí khoảng 350 triệu đồng để sửa chữa nhà trạm đã xuống cấp sau hơn 20 năm sử dụng.

Trạm Y tế xã Tân Phú - ấp Phú Hòa, xã Tân Phú, huyện Châu Thành. ĐT: 0275.3610.428
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
INQ = P("Trong quý", "2024-01-01", "2024-03-31")

FIGS = [
    F("cho 3.215 lượt người\nĐăng", "3.215", 3215, "count", "lượt người", "lượt khám, chữa bệnh tại Trạm Y tế xã",
      P("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("có 7 cán bộ", "7", 7, "count", "cán bộ, nhân viên", "cán bộ, nhân viên Trạm Y tế xã"),
    F("gồm 1 bác sĩ", "1", 1, "count", "bác sĩ", "bác sĩ của Trạm Y tế xã", total=7),
    F("2 y sĩ", "2", 2, "count", "y sĩ", "y sĩ của Trạm Y tế xã", total=7),
    F("2 điều dưỡng", "2", 2, "count", "điều dưỡng", "điều dưỡng của Trạm Y tế xã", total=7),
    F("1 nữ hộ sinh", "1", 1, "count", "nữ hộ sinh", "nữ hộ sinh của Trạm Y tế xã", total=7),
    F("1 dược sĩ", "1", 1, "count", "dược sĩ", "dược sĩ của Trạm Y tế xã", total=7),
    F("khoảng 14.600 nhân khẩu", "14.600", 14600, "count", "nhân khẩu", "nhân khẩu được Trạm phục vụ", approx="about"),
    F("tại 8 ấp", "8", 8, "count", "ấp", "ấp được Trạm phục vụ"),
    F("cho 3.215 lượt người, tăng", "3.215", 3215, "count", "lượt người", "lượt khám, chữa bệnh", Q1,
      change=CH("increase", 12.4, "%", "quý I/2023")),
    F("khám bảo hiểm y tế 2.486 lượt", "2.486", 2486, "count", "lượt", "lượt khám bảo hiểm y tế", Q1,
      total=3215, percent=77.3),
    F("trên 94 trường hợp", "94", 94, "count", "trường hợp", "trường hợp chuyển tuyến", INH(Q1), approx="over"),
    F("có 46 trẻ", "46", 46, "count", "trẻ", "trẻ dưới 1 tuổi được tiêm chủng đầy đủ", INQ, percent=26.1),
    F("46 trẻ dưới 1 tuổi", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("100% trẻ sơ sinh", "100", 100, "percent", "%", "trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu", INQ),
    F("trong 24 giờ", "24", 24, "measure", "giờ", optional=True),
    F("tại 8/8 ấp", "8", 8, "count", "ấp", "ấp ra quân diệt lăng quăng", INH(Q1), total=8),
    F("kiểm tra 2.930 lượt hộ", "2.930", 2930, "count", "lượt hộ", "lượt hộ được kiểm tra lăng quăng", INH(Q1)),
    F("ghi nhận 5 ca", "5", 5, "count", "ca", "ca sốt xuất huyết", INH(Q1), change=CH("decrease", 7, "ca", "cùng kỳ")),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ người dân tham gia bảo hiểm y tế", Y24, status="target"),
    F("đạt trên 97%", "97", 97, "percent", "%", "tỷ lệ trẻ em được tiêm chủng đầy đủ", Y24, approx="over",
      status="target"),
    F("bổ sung 1 biên chế", "1", 1, "count", "biên chế", "biên chế bác sĩ đề nghị bổ sung"),
    F("khoảng 350 triệu đồng", "350", 350000000, "money", "đồng", "kinh phí sửa chữa nhà trạm đề nghị bổ sung",
      approx="about"),
    F("hơn 20 năm", "20", 20, "measure", "năm", approx="over", optional=True),
]

COMMENTS = [
    "Commune portal (xã Tân Phú, huyện Châu Thành, Bến Tre), 'Đăng ngày: 16/04/2024 | Lượt truy cập: 312': commune health station Q1/2024.",
    "Location: the spec's places are province, city or district, so the commune's figures carry the district, Châu Thành.",
    "'7 cán bộ, nhân viên (gồm 1 bác sĩ, 2 y sĩ, 2 điều dưỡng, 1 nữ hộ sinh và 1 dược sĩ)' adds up: total 7 on each part.",
    "'trong đó khám BHYT 2.486 lượt, chiếm 77,3%' → total 3.215, percent 77.3. '8/8 ấp' → total 8. Headline 3.215 is a figure too.",
    "'Trong quý' (in a quarterly item) is Q1/2024, scored; unlabeled sentences inherit Q1 or have none. 'Năm 2024, Trạm phấn đấu …' → targets. The request for '1 biên chế'",
    "and 'khoảng 350 triệu đồng' are figures (actual: 'đề nghị' is no status cue). Optional: ages, '24 giờ đầu', 'hơn 20 năm' (duration).",
    "Not figures: 'ngày 25 hằng tháng', 'Lượt truy cập: 312', phone 0275.3610.428, ấp Phú Hòa.",
]

if __name__ == "__main__":
    emit("p508-8", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Châu Thành")
