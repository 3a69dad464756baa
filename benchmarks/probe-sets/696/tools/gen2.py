"""p696-2: quận Gò Vấp (TP HCM) district portal — quảng cáo rao vặt, băng rôn trái phép quý I/2024."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN GÒ VẤP
Trang chủ » Tin tức » Trật tự đô thị

Thứ Tư, 10/04/2024 - 09:20

Gò Vấp: Bóc xóa hơn 18.600 tờ quảng cáo rao vặt trong quý I

Thực hiện Kế hoạch số 45/KH-UBND về chỉnh trang mỹ quan đô thị năm 2024, trong quý I/2024, UBND quận Gò Vấp đã chỉ đạo 16 phường tổ chức 212 đợt ra quân xử lý quảng cáo rao vặt, băng rôn, bảng rôn treo trái phép.

Kết quả, lực lượng chức năng đã bóc, xóa 18.640 tờ quảng cáo rao vặt, tăng 23,5% so với cùng kỳ; tháo gỡ 1.275 băng rôn, bảng rôn và 436 bảng hiệu, hộp đèn lấn chiếm vỉa hè; sơn xóa hơn 2.300 số điện thoại quảng cáo "khoan cắt bê tông", "rút hầm cầu" trên tường nhà, trụ điện. Các phường có kết quả cao là Phường 10 với 2.845 tờ, Phường 17 với 2.310 tờ và Phường 5 với 1.962 tờ.

Quận đã đề nghị các doanh nghiệp viễn thông khóa 58 thuê bao sử dụng để quảng cáo rao vặt trái phép, trong đó 41 thuê bao đã bị tạm ngưng liên lạc. Đồng thời, lập biên bản 97 trường hợp vi phạm, ra quyết định xử phạt 73 trường hợp với tổng số tiền 186,5 triệu đồng. Số tiền phạt gấp 1,6 lần cùng kỳ năm 2023.

Theo ông Lê Văn Hùng, Phó Chủ tịch UBND quận, trong quý II/2024, quận đặt mục tiêu giảm 50% số điểm "nóng" về quảng cáo rao vặt so với quý I, phấn đấu 100% tuyến đường chính không còn băng rôn treo trái phép.

Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 028.3894.1234 hoặc đến trụ sở UBND quận tại số 19 Quang Trung, Phường 10.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("hơn 18.600 tờ", "18.600", 18600, "count", "tờ", "tờ quảng cáo rao vặt được bóc xóa",
      P("quý I", "2024-01-01", "2024-03-31"), approx="over"),
    F("chỉ đạo 16 phường", "16", 16, "count", "phường", "phường được chỉ đạo tổ chức ra quân", Q1),
    F("tổ chức 212 đợt", "212", 212, "count", "đợt",
      "đợt ra quân xử lý quảng cáo rao vặt, băng rôn, bảng rôn treo trái phép", Q1),
    F("xóa 18.640 tờ", "18.640", 18640, "count", "tờ", "tờ quảng cáo rao vặt được bóc, xóa", INH(Q1),
      change=CH("increase", 23.5, baseline="cùng kỳ")),
    F("tháo gỡ 1.275 băng rôn", "1.275", 1275, "count", "băng rôn", "băng rôn, bảng rôn được tháo gỡ", INH(Q1)),
    F("và 436 bảng hiệu", "436", 436, "count", "bảng hiệu", "bảng hiệu, hộp đèn lấn chiếm vỉa hè được tháo gỡ",
      INH(Q1)),
    F("hơn 2.300 số điện thoại", "2.300", 2300, "count", "số điện thoại", "số điện thoại quảng cáo được sơn xóa",
      INH(Q1), approx="over"),
    F("Phường 10 với 2.845 tờ", "2.845", 2845, "count", "tờ", "tờ quảng cáo rao vặt được bóc, xóa ở Phường 10",
      INH(Q1)),
    F("Phường 17 với 2.310 tờ", "2.310", 2310, "count", "tờ", "tờ quảng cáo rao vặt được bóc, xóa ở Phường 17",
      INH(Q1)),
    F("Phường 5 với 1.962 tờ", "1.962", 1962, "count", "tờ", "tờ quảng cáo rao vặt được bóc, xóa ở Phường 5",
      INH(Q1)),
    F("khóa 58 thuê bao", "58", 58, "count", "thuê bao", "thuê bao quảng cáo rao vặt trái phép đề nghị khóa", INH(Q1)),
    F("trong đó 41 thuê bao", "41", 41, "count", "thuê bao", "thuê bao đã bị tạm ngưng liên lạc", INH(Q1), total=58),
    F("biên bản 97 trường hợp", "97", 97, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản", INH(Q1)),
    F("xử phạt 73 trường hợp", "73", 73, "count", "trường hợp", "trường hợp bị ra quyết định xử phạt", INH(Q1)),
    F("tiền 186,5 triệu đồng", "186,5", 186500000, "money", "đồng", "tổng số tiền xử phạt", INH(Q1)),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "số tiền phạt so với cùng kỳ năm 2023", INH(Q1)),
    F("giảm 50%", "50", 50, "percent", "%", "giảm số điểm nóng về quảng cáo rao vặt so với quý I", Q2,
      status="target"),
    F("phấn đấu 100% tuyến", "100", 100, "percent", "%", "tuyến đường chính không còn băng rôn treo trái phép", Q2,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT quận Gò Vấp (district portal): bóc xóa quảng cáo rao vặt, tháo gỡ băng rôn, quý I/2024. Dateline `Thứ Tư, 10/04/2024 - 09:20`.",
    "Not figures: `Kế hoạch số 45/KH-UBND`, ward names `Phường 10/17/5`, hotline `028.3894.1234`, `số 19 Quang Trung`.",
    "Wards are below the levels FIGURES.md places figures at, so ward items keep the district (`Gò Vấp`) and name the ward in the subject.",
    "Headline `quý I` takes 2024 from the dateline. `Số tiền phạt gấp 1,6 lần …` stands as its own sentence: a `multiple` figure.",
    "`16 phường` (the wards directed to act) is counted as a figure. Targets for quý II/2024 are status target.",
]

if __name__ == "__main__":
    emit("p696-2", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Gò Vấp")
