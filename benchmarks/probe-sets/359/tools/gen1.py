from lib import F, P, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI
Trang chủ > Tin tức > Tài nguyên - Môi trường

Chất lượng nước sông Đồng Nai quý III/2024 cơ bản ổn định
Cập nhật: 14/10/2024 09:20 | Lượt xem: 1.127

(ĐNA) - Theo Trung tâm Quan trắc tài nguyên và môi trường (Sở Tài nguyên và Môi trường), trong quý III/2024, đơn vị đã lấy và phân tích 412 mẫu nước mặt tại 38 điểm quan trắc trên sông Đồng Nai, sông La Ngà, sông Thị Vải và các suối chính.

Trong 38 điểm quan trắc, có 27 điểm có chỉ số chất lượng nước (WQI) đạt mức tốt đến rất tốt, chiếm 71,1%, tăng 4 điểm so với quý II/2024; 8 điểm ở mức trung bình và 3 điểm ở mức kém.

Các điểm ở mức kém đều nằm trên sông Thị Vải và suối Cái, nơi hàm lượng BOD5 dao động từ 7 đến 21 mg/l, COD từ 16 đến 48 mg/l. Riêng amoni (NH4+) tại điểm cầu Phước Thiền có thời điểm đạt 1,85 mg/l, vượt 2,3 lần giới hạn cho phép của QCVN 08:2023/BTNMT.

Toàn tỉnh hiện có 31/32 khu công nghiệp đang hoạt động đã có trạm xử lý nước thải tập trung, tổng lượng nước thải được xử lý ước khoảng 245.000 m3/ngày đêm. Lượng nước thải sinh hoạt chưa qua xử lý đổ ra sông tập trung ở TP. Biên Hòa (khoảng 86.000 m3/ngày), TP. Long Khánh (12.500 m3/ngày) và huyện Trảng Bom (9.800 m3/ngày).

Theo kế hoạch, đến năm 2025, tỉnh phấn đấu 100% cơ sở có lưu lượng xả thải từ 200 m3/ngày đêm trở lên lắp đặt trạm quan trắc nước thải tự động, truyền dữ liệu về Sở; đến nay đã có 186 cơ sở thực hiện.

Mọi phản ánh về ô nhiễm môi trường, người dân liên hệ đường dây nóng 0251.3822.540.

Hồng Nhung
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)

FIGS = [
    F("phân tích 412 mẫu", "412", 412, "count", "mẫu", "mẫu nước mặt lấy và phân tích", Q3),
    F("tại 38 điểm quan trắc trên", "38", 38, "count", "điểm quan trắc", "điểm quan trắc", Q3),
    F("Trong 38 điểm", "38", 38, "count", "điểm quan trắc", "điểm quan trắc", Q3i, optional=True),
    F("có 27 điểm", "27", 27, "count", "điểm", "điểm có chỉ số chất lượng nước (WQI) đạt mức tốt đến rất tốt", Q3i,
      total=38, percent=71.1,
      change={"direction": "increase", "value": 4, "unit": "điểm", "baseline": "quý II/2024"}),
    F("; 8 điểm", "8", 8, "count", "điểm", "điểm ở mức trung bình", Q3i, total=38),
    F("và 3 điểm", "3", 3, "count", "điểm", "điểm ở mức kém", Q3i, total=38),
    F("từ 7 đến 21 mg/l", "7", 7, "measure", "mg/l", "hàm lượng BOD5", Q3i, value_max=21),
    F("từ 16 đến 48 mg/l", "16", 16, "measure", "mg/l", "hàm lượng COD", Q3i, value_max=48),
    F("đạt 1,85 mg/l", "1,85", 1.85, "measure", "mg/l", "amoni (NH4+) tại điểm cầu Phước Thiền", Q3i,
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "giới hạn cho phép"}),
    F("có 31/32 khu", "31", 31, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động đã có trạm xử lý nước thải tập trung",
      total=32),
    F("khoảng 245.000 m3", "245.000", 245000, "measure", "m3/ngày đêm", "tổng lượng nước thải được xử lý",
      approx="about", status="estimate"),
    F("(khoảng 86.000 m3", "86.000", 86000, "measure", "m3/ngày", "lượng nước thải sinh hoạt chưa qua xử lý đổ ra sông",
      approx="about", location="Biên Hòa"),
    F("(12.500 m3", "12.500", 12500, "measure", "m3/ngày", "lượng nước thải sinh hoạt chưa qua xử lý đổ ra sông",
      location="Long Khánh"),
    F("(9.800 m3", "9.800", 9800, "measure", "m3/ngày", "lượng nước thải sinh hoạt chưa qua xử lý đổ ra sông",
      location="Trảng Bom"),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "cơ sở có lưu lượng xả thải lớn lắp đặt trạm quan trắc nước thải tự động",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("từ 200 m3/ngày đêm trở lên", "200", 200, "measure", "m3/ngày đêm", "lưu lượng xả thải", approx="at_least",
      optional=True),
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở lắp đặt trạm quan trắc nước thải tự động",
      P("đến nay", None, "2024-10-14")),
]

COMMENTS = [
    "Provincial portal of Đồng Nai: surface-water monitoring, quý III/2024 (WQI levels, BOD5/COD ranges, ammonium), industrial-park wastewater, plan to 2025.",
    "'Cập nhật: 14/10/2024 09:20 | Lượt xem: 1.127' dateline + view counter. Distractors: BOD5, NH4+, 'QCVN 08:2023/BTNMT', hotline 0251.3822.540, 'quý II/2024' baseline.",
    "'Trong 38 điểm quan trắc, có 27 …; 8 …; 3 …' → each part has total 38 (the repeated 38 is optional). '27 điểm …, chiếm 71,1%, tăng 4 điểm so với quý II/2024' → percent + change.",
    "Periods: the paragraph after the quý III/2024 sentence inherits it (not scored). 'vượt 2,3 lần giới hạn cho phép' after a concentration = a gap to the limit: change (2.3 lần, baseline giới hạn cho phép).",
    "District list (TP. Biên Hòa, TP. Long Khánh, huyện Trảng Bom): location per item; 'khoảng' only on the first item. 'từ 200 m3/ngày đêm trở lên' is a threshold: optional.",
    "'đến nay đã có 186 cơ sở' → as-of period ending at the dateline. '31/32 khu công nghiệp … hiện có' has no period.",
]

emit("p359-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Đồng Nai")
