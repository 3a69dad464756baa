from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU
Trang chủ › Tin tức › Y tế - Giáo dục

Lai Châu: 9 tháng, tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 71,8% kế hoạch
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.315

Theo báo cáo của Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, 9 tháng năm 2024, toàn tỉnh có 6.842 trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin, đạt 71,8% kế hoạch năm, tăng 4,6% so với cùng kỳ năm 2023. Tỷ lệ tiêm vắc xin viêm gan B sơ sinh trong vòng 24 giờ đầu sau sinh đạt 76,3%; tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên đạt 68,9%.

Tỷ lệ tiêm chủng đầy đủ có sự chênh lệch lớn giữa các địa phương. Dẫn đầu là thành phố Lai Châu (84,5%), Tam Đường (80,2%) và Tân Uyên (78,9%); thấp nhất là Mường Tè (58,4%), Sìn Hồ (61,2%) và Nậm Nhùn (63,7%). Nguyên nhân chủ yếu do địa bàn rộng, chia cắt, nhiều bản cách trung tâm xã trên 20 km, một bộ phận người dân chưa đưa trẻ đi tiêm đúng lịch.

Từ đầu năm đến nay, ngành y tế đã cấp phát gần 48 nghìn liều vắc xin các loại cho 106 xã, phường, thị trấn; tổ chức 1.120 buổi tiêm chủng lưu động tại các thôn, bản vùng sâu, vùng xa. Tính đến 30/9, 98/106 xã duy trì tiêm chủng thường xuyên hằng tháng.

Về tiêm vắc xin sởi - rubella, trong quý III/2024 toàn tỉnh tiêm bù cho 3.215 trẻ từ 1 đến 5 tuổi, trong đó huyện Mường Tè 1.046 trẻ, Sìn Hồ 872 trẻ. Không ghi nhận trường hợp tai biến nặng sau tiêm.

Kế hoạch năm 2024, tỉnh phấn đấu tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 95%, tỷ lệ tiêm vắc xin sởi mũi 2 cho trẻ 18 tháng tuổi đạt trên 90%. Người dân cần tư vấn về tiêm chủng có thể liên hệ đường dây nóng 0213.3876.115.

Minh Khang
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FULL = "tỷ lệ tiêm chủng đầy đủ"

FIGS = [
    F("dưới 1 tuổi đạt 71,8%", "71,8", 71.8, "percent", "%", "tiêm chủng đầy đủ cho trẻ dưới 1 tuổi",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("có 6.842 trẻ", "6.842", 6842, "count", "trẻ", "trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin",
      percent=71.8, change={"direction": "increase", "value": 4.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=Y9),
    F("cho trẻ dưới 1 tuổi đạt 71,8%", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("6.842 trẻ dưới 1 tuổi", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("cho trẻ dưới 1 tuổi đạt 95%", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("trong vòng 24 giờ đầu", "24", 24, "measure", "giờ", optional=True),
    F("sau sinh đạt 76,3%", "76,3", 76.3, "percent", "%", "Tỷ lệ tiêm vắc xin viêm gan B sơ sinh trong vòng 24 giờ đầu sau sinh", period=Y9i),
    F("từ 2 mũi trở lên", "2", 2, "count", "mũi", approx="at_least", optional=True),
    F("trở lên đạt 68,9%", "68,9", 68.9, "percent", "%", "tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên", period=Y9i),
    F("Lai Châu (84,5%)", "84,5", 84.5, "percent", "%", FULL, location="Lai Châu", period=Y9i),
    F("Tam Đường (80,2%)", "80,2", 80.2, "percent", "%", FULL, location="Tam Đường", period=Y9i),
    F("Tân Uyên (78,9%)", "78,9", 78.9, "percent", "%", FULL, location="Tân Uyên", period=Y9i),
    F("Mường Tè (58,4%)", "58,4", 58.4, "percent", "%", FULL, location="Mường Tè", period=Y9i),
    F("Sìn Hồ (61,2%)", "61,2", 61.2, "percent", "%", FULL, location="Sìn Hồ", period=Y9i),
    F("Nậm Nhùn (63,7%)", "63,7", 63.7, "percent", "%", FULL, location="Nậm Nhùn", period=Y9i),
    F("trên 20 km", "20", 20, "measure", "km", approx="over", optional=True),
    F("gần 48 nghìn liều", "48", 48000, "count", "liều", "vắc xin các loại được cấp phát", approx="nearly", period=YTD),
    F("cho 106 xã, phường", "106", 106, "count", "xã, phường, thị trấn", optional=True),
    F("tổ chức 1.120 buổi", "1.120", 1120, "count", "buổi", "buổi tiêm chủng lưu động", period=YTD),
    F("98/106 xã", "98", 98, "count", "xã", "xã duy trì tiêm chủng thường xuyên hằng tháng", total=106,
      period=P("Tính đến 30/9", None, "2024-09-30")),
    F("cho 3.215 trẻ", "3.215", 3215, "count", "trẻ", "trẻ được tiêm bù vắc xin sởi - rubella", period=Q3),
    F("từ 1 đến 5 tuổi", "1", 1, "measure", "tuổi", value_max=5, optional=True),
    F("Mường Tè 1.046 trẻ", "1.046", 1046, "count", "trẻ", "trẻ được tiêm bù vắc xin sởi - rubella", total=3215,
      location="Mường Tè", period=Q3),
    F("Sìn Hồ 872 trẻ", "872", 872, "count", "trẻ", "trẻ được tiêm bù vắc xin sởi - rubella", total=3215,
      location="Sìn Hồ", period=Q3),
    F("tuổi đạt 95%", "95", 95, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", status="target", period=Y24),
    F("18 tháng tuổi", "18", 18, "measure", "tháng tuổi", optional=True),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ tiêm vắc xin sởi mũi 2 cho trẻ 18 tháng tuổi", approx="over",
      status="target", period=Y24),
]

HEADER = """
Provincial portal (Cổng TTĐT tỉnh Lai Châu), "Cập nhật: dd/mm/yyyy hh:mm | Lượt xem: N" dateline; EPI (tiêm chủng mở rộng) 9 months 2024.
Title figure 71,8% is a figure (period "9 tháng" takes the year of published). In the body, "6.842 trẻ ..., đạt 71,8% kế hoạch năm, tăng 4,6% so với cùng kỳ"
gives the count its percent and change. District list (percent items): places go to location, subject is the list's indicator; period inherited.
"Từ đầu năm đến nay" ends at the dateline. "Tính đến 30/9" takes the year of published. "trong đó huyện Mường Tè 1.046 trẻ" parts with total 3.215.
Ages (dưới 1 tuổi, 18 tháng tuổi, từ 1 đến 5 tuổi), thresholds (từ 2 mũi trở lên, trên 20 km, 24 giờ đầu) and the commune count "106 xã, phường, thị trấn"
(structure) are optional. Distractors: view counter, dateline, "mũi 2", hotline 0213.3876.115, byline.
"""

write(1, TEXT, FIGS, HEADER, published="2024-10-14", location="Lai Châu")
