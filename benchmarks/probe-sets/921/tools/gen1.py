"""p921-1: province portal (Khánh Hòa), results of wave 1 of the larvae campaign, June 2024."""
from lib import F, P, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

Khánh Hòa: Hơn 98.000 hộ gia đình được kiểm tra lăng quăng trong đợt cao điểm

Cập nhật: 14/06/2024 09:45 | Lượt xem: 2.316

Ngày 13/6, Sở Y tế tỉnh Khánh Hòa tổ chức họp đánh giá kết quả đợt 1 chiến dịch diệt lăng quăng, bọ gậy phòng, chống sốt xuất huyết năm 2024, triển khai từ ngày 20/5 đến ngày 9/6.

Theo báo cáo, trong đợt 1, các địa phương đã huy động hơn 3.200 cộng tác viên và thành viên tổ dân phố, kiểm tra 98.450 hộ gia đình, đạt 96,8% số hộ theo kế hoạch. Lực lượng tham gia đã phát hiện, xử lý 41.230 dụng cụ chứa nước có lăng quăng và thu gom, tiêu hủy khoảng 126 tấn vật dụng phế thải. Chỉ số nhà có lăng quăng (HI) giảm từ 18,5% trước chiến dịch xuống còn 6,2% sau chiến dịch; chỉ số Breteau (BI) giảm từ 32 xuống 9, thấp hơn ngưỡng nguy cơ là 20.

Từ đầu năm đến nay, toàn tỉnh ghi nhận 1.874 ca mắc sốt xuất huyết, giảm 42,3% so với cùng kỳ năm 2023, không có trường hợp tử vong. Trong đó, thành phố Nha Trang có 742 ca, chiếm 39,6%; tiếp đến là Cam Ranh 311 ca, Ninh Hòa 268 ca. Ngành y tế đã phát hiện và xử lý 57 ổ dịch, phun hóa chất diệt muỗi cho 12.640 hộ gia đình.

Đợt 2 của chiến dịch dự kiến triển khai từ ngày 15/7 đến ngày 15/8/2024. Mục tiêu là 100% hộ gia đình tại các xã, phường có nguy cơ cao được kiểm tra, chỉ số BI dưới 20 và số ca mắc cả năm giảm ít nhất 10% so với năm 2023. Kinh phí cho đợt 2 dự kiến khoảng 1,8 tỷ đồng từ ngân sách tỉnh.

Người dân phát hiện ổ bọ gậy, muỗi có thể báo qua đường dây nóng 0258.3560.115 của Trung tâm Kiểm soát bệnh tật tỉnh.
"""

W1 = P("từ ngày 20/5 đến ngày 9/6", "2024-05-20", "2024-06-09", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14")
W2 = P("từ ngày 15/7 đến ngày 15/8/2024", "2024-07-15", "2024-08-15", inh=True)
FIGS = [
    F("Hơn 98.000 hộ gia đình", "98.000", 98000, "count", "hộ gia đình", "hộ gia đình được kiểm tra lăng quăng", approx="over"),
    F("hơn 3.200 cộng tác viên", "3.200", 3200, "count", "cộng tác viên",
      "cộng tác viên và thành viên tổ dân phố được huy động", approx="over", period=W1),
    F("kiểm tra 98.450 hộ gia đình", "98.450", 98450, "count", "hộ gia đình", "hộ gia đình được kiểm tra",
      percent=96.8, period=W1),
    F("xử lý 41.230 dụng cụ", "41.230", 41230, "count", "dụng cụ chứa nước",
      "dụng cụ chứa nước có lăng quăng được phát hiện, xử lý", period=W1),
    F("khoảng 126 tấn", "126", 126, "measure", "tấn", "vật dụng phế thải được thu gom, tiêu hủy", approx="about", period=W1),
    F("giảm từ 18,5%", "18,5", 18.5, "percent", "%", "chỉ số nhà có lăng quăng (HI) trước chiến dịch", period=W1),
    F("xuống còn 6,2%", "6,2", 6.2, "percent", "%", "chỉ số nhà có lăng quăng (HI) sau chiến dịch", period=W1),
    F("giảm từ 32", "32", 32, "measure", "chỉ số", "chỉ số Breteau (BI) trước chiến dịch", period=W1),
    F("xuống 9,", "9", 9, "measure", "chỉ số", "chỉ số Breteau (BI) sau chiến dịch", period=W1),
    F("ngưỡng nguy cơ là 20", "20", 20, "measure", "chỉ số", "ngưỡng nguy cơ của chỉ số Breteau", optional=True),
    F("ghi nhận 1.874 ca", "1.874", 1874, "count", "ca", "ca mắc sốt xuất huyết",
      change=C("decrease", 42.3, "%", "cùng kỳ năm 2023"), period=YTD),
    F("có 742 ca", "742", 742, "count", "ca", "ca mắc sốt xuất huyết", total=1874, percent=39.6,
      location="Nha Trang", period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14", inh=True)),
    F("Cam Ranh 311 ca", "311", 311, "count", "ca", "ca mắc sốt xuất huyết", total=1874, location="Cam Ranh",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14", inh=True)),
    F("Ninh Hòa 268 ca", "268", 268, "count", "ca", "ca mắc sốt xuất huyết", total=1874, location="Ninh Hòa",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14", inh=True)),
    F("xử lý 57 ổ dịch", "57", 57, "count", "ổ dịch", "ổ dịch được phát hiện và xử lý",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14", inh=True)),
    F("cho 12.640 hộ gia đình", "12.640", 12640, "count", "hộ gia đình", "hộ gia đình được phun hóa chất diệt muỗi",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14", inh=True)),
    F("Mục tiêu là 100%", "100", 100, "percent", "%",
      "hộ gia đình tại các xã, phường có nguy cơ cao được kiểm tra", status="target", period=W2),
    F("chỉ số BI dưới 20", "20", 20, "measure", "chỉ số", "chỉ số BI", approx="under", status="target", period=W2),
    F("ít nhất 10%", "10", 10, "percent", "%", "số ca mắc cả năm giảm so với năm 2023", approx="at_least",
      status="target", period=P("cả năm", "2024-01-01", "2024-12-31")),
    F("khoảng 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "kinh phí cho đợt 2", approx="about",
      status="forecast", period=W2),
]
NOTES = [
    "Khánh Hòa province portal: results of wave 1 (20/5-9/6/2024) of the larvae campaign; wave 2 plans.",
    "HI/BI 'giảm từ A xuống B': both ends are figures (before / after), no change object and no range.",
    "'thấp hơn ngưỡng nguy cơ là 20' is a threshold (optional), not a change of 9.",
    "'Trong đó, … Nha Trang … 742 ca; tiếp đến là Cam Ranh 311 ca, Ninh Hòa 268 ca': all three parts of 1.874.",
    "Distractors: Lượt xem 2.316, dates 13/6, đợt 1/đợt 2, phone 0258.3560.115.",
]
write(1, TEXT, FIGS, published="2024-06-14", location="Khánh Hòa", notes=NOTES)
