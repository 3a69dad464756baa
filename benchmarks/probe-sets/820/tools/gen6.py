"""p820-6: national newspaper (VnExpress-like), pharmacy chains vs small pharmacies in TP HCM, Q1/2025."""
from lib import F, P, I, C, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 15/5/2025, 14:30 (GMT+7)
Chuỗi nhà thuốc mở rộng, nhà thuốc gia đình chịu sức ép
Tính đến tháng 4/2025, TP HCM có hơn 15.600 cơ sở bán lẻ thuốc, trong đó các chuỗi nhà thuốc chiếm khoảng 22%, tăng 4 điểm phần trăm so với năm 2023. Mật độ bình quân khoảng 16 cơ sở/1 vạn dân, cao nhất cả nước.
Theo Sở Y tế TP HCM, quý I/2025 thành phố cấp mới 486 giấy chứng nhận đủ điều kiện kinh doanh dược, trong khi có 312 cơ sở xin ngừng hoạt động, phần lớn là nhà thuốc gia đình quy mô nhỏ.
Tại một chuỗi bán lẻ có trụ sở ở quận 10, số nhà thuốc trên địa bàn thành phố đã tăng từ 310 lên 402 điểm bán sau một năm. Doanh thu quý I/2025 của chuỗi ước đạt 1.240 tỷ đồng, tăng 18,5% so với cùng kỳ; doanh thu bình quân mỗi nhà thuốc khoảng 1,03 tỷ đồng/tháng. Dự kiến đến cuối năm 2025, chuỗi sẽ có khoảng 480 nhà thuốc tại TP HCM.
Ở chiều ngược lại, ông Lê Văn Năm, chủ một nhà thuốc trên đường Quang Trung, quận Gò Vấp, cho biết doanh thu của nhà thuốc giảm gần 30% so với năm 2023, chỉ còn khoảng 3-4 triệu đồng/ngày. "Khách quen vẫn đến, nhưng người trẻ chuộng mua ở chuỗi vì giá niêm yết rõ và nhiều khuyến mãi", ông nói.
Theo một báo cáo thị trường, năm 2024 doanh thu ngành dược Việt Nam ước đạt 8,2 tỷ USD, trong đó kênh bán lẻ qua nhà thuốc (kênh OTC) chiếm khoảng 70%. Các chuyên gia cho rằng nhà thuốc nhỏ lẻ cần liên kết, ứng dụng phần mềm quản lý và nâng cao tư vấn để giữ khách.
Thu Hằng
"""

ASOF = P("Tính đến tháng 4/2025", end="2025-04-30")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
HCM = "Thành phố Hồ Chí Minh"

FIGS = [
    F("hơn 15.600 cơ sở", "15.600", 15600, "count", "cơ sở", "cơ sở bán lẻ thuốc", ASOF, approx="over"),
    F("chiếm khoảng 22%", "22", 22, "percent", "%", "tỷ lệ chuỗi nhà thuốc trong cơ sở bán lẻ thuốc", ASOF,
      approx="about", change=C("increase", 4, "điểm phần trăm", "năm 2023")),
    F("khoảng 16 cơ sở/1 vạn dân", "16", 16, "measure", "cơ sở/1 vạn dân", "mật độ cơ sở bán lẻ thuốc",
      I(ASOF), approx="about"),
    F("cấp mới 486 giấy", "486", 486, "count", "giấy chứng nhận",
      "giấy chứng nhận đủ điều kiện kinh doanh dược cấp mới", Q1),
    F("có 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở xin ngừng hoạt động", Q1),
    F("từ 310", "310", 310, "count", "điểm bán", "nhà thuốc của chuỗi trên địa bàn thành phố"),
    F("lên 402 điểm bán", "402", 402, "count", "điểm bán", "nhà thuốc của chuỗi trên địa bàn thành phố"),
    F("ước đạt 1.240 tỷ", "1.240", 1240e9, "money", "đồng", "doanh thu của chuỗi", Q1, status="estimate",
      change=C("increase", 18.5, "%", "cùng kỳ")),
    F("khoảng 1,03 tỷ", "1,03", 1.03e9, "money", "đồng/tháng", "doanh thu bình quân mỗi nhà thuốc", Q1,
      approx="about", status="estimate"),
    F("khoảng 480 nhà thuốc", "480", 480, "count", "nhà thuốc", "nhà thuốc của chuỗi",
      P("đến cuối năm 2025", end="2025-12-31"), approx="about", status="forecast"),
    F("khoảng 3-4 triệu", "3", 3e6, "money", "đồng/ngày", "doanh thu của nhà thuốc gia đình", value_max=4e6,
      approx="about", change=C("decrease", 30, "%", "năm 2023", approx="nearly"), location="Gò Vấp"),
    F("ước đạt 8,2 tỷ USD", "8,2", 8.2e9, "money", "USD", "doanh thu ngành dược",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate", location="Việt Nam"),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "tỷ trọng kênh bán lẻ qua nhà thuốc (kênh OTC)",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate", location="Việt Nam"),
]

COMMENTS = [
    "National newspaper (VnExpress-like, 'Thứ năm, 15/5/2025, 14:30 (GMT+7)', byline at the end): pharmacy chains vs family pharmacies in TP HCM.",
    "Distractors: 'quận 10' (a district name, HQ address), 'đường Quang Trung', 'ông Lê Văn Năm', 'sau một năm' (a duration), '14:30'.",
    "'trong đó các chuỗi nhà thuốc chiếm khoảng 22%' is the chains' share, not a share stated for 15.600: a percent figure with the change",
    "  '4 điểm phần trăm'. 'khoảng 16 cơ sở/1 vạn dân' is a rate (denominator in the unit).",
    "'tăng từ 310 lên 402 điểm bán sau một năm': two counts (before/after), no range and no change value (92 is not written); no period.",
    "'Doanh thu quý I/2025 ... ước đạt' → estimate, and the clause after ';' continues it (1,03 tỷ đồng/tháng, estimate, quý I/2025).",
    "The family pharmacy in Gò Vấp: 'doanh thu ... giảm gần 30% so với năm 2023, chỉ còn khoảng 3-4 triệu đồng/ngày' → the 30% is the",
    "  change of the revenue level 3-4 triệu (it has a base amount in the same sentence); no period ('năm 2023' is only the baseline).",
    "  Revised after the first run: the first gold had 30% as a percent figure of its own and no change on 3-4 triệu.",
    "National market (8,2 tỷ USD, 70% OTC) is Việt Nam; 70% continues the 'ước đạt' clause.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, COMMENTS, published="2025-05-15", location=HCM)
