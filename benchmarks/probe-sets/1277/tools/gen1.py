"""p1277-1: province portal (Quảng Bình): 9-month tobacco-control inspections 2024, smoke-free units, Đồng Hới passage."""
from lib import F, P, I, CH, TG, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Quảng Bình: 9 tháng xử phạt gần 200 trường hợp hút thuốc lá nơi cấm

Cập nhật: 15/10/2024 09:40 | Lượt xem: 1.386

Theo Sở Y tế tỉnh Quảng Bình, 9 tháng đầu năm 2024, các đoàn kiểm tra liên ngành về phòng, chống tác hại của thuốc lá đã kiểm tra 1.248 cơ sở, tăng 14,2% so với cùng kỳ năm 2023, bằng 83,2% kế hoạch năm. Trong đó có 412 cơ sở kinh doanh dịch vụ ăn uống, 365 cơ quan, đơn vị và 471 điểm bán lẻ thuốc lá.

Qua kiểm tra, các đoàn phát hiện 196 trường hợp hút thuốc lá tại nơi có quy định cấm, xử phạt vi phạm hành chính với tổng số tiền hơn 98 triệu đồng; nhắc nhở, yêu cầu ký cam kết đối với 57 cơ sở chưa treo biển cấm hút thuốc lá theo quy định.

Toàn tỉnh hiện có 2.146 cơ quan, đơn vị, trường học đăng ký xây dựng môi trường không khói thuốc, trong đó 1.873 đơn vị được công nhận đạt chuẩn, chiếm 87,3%. Tỷ lệ hút thuốc lá ở nam giới trưởng thành trên địa bàn tỉnh ước khoảng 41,5%, giảm 2,3 điểm phần trăm so với năm 2020.

Tại thành phố Đồng Hới, Trung tâm Y tế thành phố đã tổ chức 24 buổi truyền thông trực tiếp tại các trường học với khoảng 3.600 học sinh tham gia; treo mới 850 biển cấm hút thuốc lá tại 16 xã, phường.

Quý IV, Sở Y tế phấn đấu kiểm tra thêm 250 cơ sở, nâng tổng số cơ sở được kiểm tra cả năm lên khoảng 1.500 cơ sở; dự kiến tổ chức hai hội thi tìm hiểu Luật Phòng, chống tác hại của thuốc lá cho đoàn viên, thanh niên. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0232.3822.115.

Tin liên quan:
- Hưởng ứng Tuần lễ Quốc gia không thuốc lá từ 25/5 đến 31/5/2024
- Quyết định số 1315/QĐ-UBND về kiện toàn Ban Chỉ đạo phòng, chống tác hại của thuốc lá tỉnh
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
DH = "Đồng Hới"

FIGS = [
    F("gần 200 trường hợp", "200", 200, "count", "trường hợp", approx="nearly",
      subject="trường hợp hút thuốc lá nơi cấm bị xử phạt", period=H9),
    F("kiểm tra 1.248 cơ sở", "1.248", 1248, "count", "cơ sở", percent=83.2,
      change=CH("increase", 14.2, "%", "cùng kỳ năm 2023"),
      subject="cơ sở các đoàn kiểm tra liên ngành về phòng, chống tác hại của thuốc lá đã kiểm tra", period=N9),
    F("có 412 cơ sở", "412", 412, "count", "cơ sở", total=1248,
      subject="cơ sở kinh doanh dịch vụ ăn uống được kiểm tra", period=I(N9)),
    F("365 cơ quan", "365", 365, "count", "cơ quan, đơn vị", total=1248,
      subject="cơ quan, đơn vị được kiểm tra", period=I(N9)),
    F("471 điểm", "471", 471, "count", "điểm bán lẻ", total=1248,
      subject="điểm bán lẻ thuốc lá được kiểm tra", period=I(N9)),
    F("phát hiện 196", "196", 196, "count", "trường hợp",
      subject="trường hợp hút thuốc lá tại nơi có quy định cấm bị phát hiện", period=I(N9)),
    F("hơn 98 triệu", "98", 98e6, "money", "đồng", approx="over",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=I(N9)),
    F("với 57 cơ sở", "57", 57, "count", "cơ sở",
      subject="cơ sở chưa treo biển cấm hút thuốc lá bị nhắc nhở, yêu cầu ký cam kết", period=I(N9)),
    F("có 2.146 cơ quan", "2.146", 2146, "count", "cơ quan, đơn vị, trường học",
      subject="cơ quan, đơn vị, trường học đăng ký xây dựng môi trường không khói thuốc"),
    F("1.873 đơn vị", "1.873", 1873, "count", "đơn vị", total=2146, percent=87.3,
      subject="đơn vị được công nhận đạt chuẩn môi trường không khói thuốc"),
    F("khoảng 41,5%", "41,5", 41.5, "percent", "%", approx="about", status="estimate",
      change=CH("decrease", 2.3, "điểm phần trăm", "năm 2020"),
      subject="tỷ lệ hút thuốc lá ở nam giới trưởng thành"),
    F("chức 24 buổi", "24", 24, "count", "buổi",
      subject="buổi truyền thông trực tiếp tại các trường học", location=DH),
    F("khoảng 3.600 học sinh", "3.600", 3600, "count", "học sinh", approx="about",
      subject="học sinh tham gia truyền thông", location=DH),
    F("mới 850 biển", "850", 850, "count", "biển",
      subject="biển cấm hút thuốc lá treo mới", location=DH),
    F("tại 16 xã", "16", 16, "count", "xã, phường",
      subject="xã, phường được treo biển cấm hút thuốc lá", location=DH),
    F("thêm 250 cơ sở", "250", 250, "count", "cơ sở", status="target",
      subject="cơ sở Sở Y tế kiểm tra thêm", period=Q4),
    F("khoảng 1.500 cơ sở", "1.500", 1500, "count", "cơ sở", approx="about", status="target",
      subject="tổng số cơ sở được kiểm tra cả năm", period=YR),
    F("hai hội thi", "hai", 2, "count", "hội thi", status="forecast",
      subject="hội thi tìm hiểu Luật Phòng, chống tác hại của thuốc lá", period=Q4),
]

NOTES = [
    "Province portal (Quảng Bình): tobacco-control inspections, 9 months of 2024; breadcrumb, 'Cập nhật: 15/10/2024 09:40 | Lượt xem: 1.386', related links.",
    "Distractors: 09:40, 'Lượt xem: 1.386', hotline 0232.3822.115, 'từ 25/5 đến 31/5/2024' (a week's dates), 'Quyết định số 1315/QĐ-UBND'.",
    "Headline '9 tháng ... gần 200 trường hợp' is a figure of its own (nearly); year-less '9 tháng' takes 2024 from the dateline.",
    "'bằng 83,2% kế hoạch năm' is the percent attribute of 1.248 (share after 'bằng'); the three 'Trong đó' parts add up to 1.248 (total, period inherited).",
    "'Qua kiểm tra ...' sentence has no period phrase: the 9-month period is inherited (not scored). 'hiện' figures get no period.",
    "'giảm 2,3 điểm phần trăm so với năm 2020' is the change of the 41,5% level (unit 'điểm phần trăm'); 'ước khoảng' gives estimate + about.",
    "Đồng Hới passage: location Đồng Hới; no period phrase there, so none in the gold.",
    "'Quý IV' (year-less) -> Q4 2024; 'phấn đấu' governs its clause and the continuing 'nâng ... lên khoảng 1.500'; 'dự kiến' after ';' is its own cue (forecast), same sentence so Quý IV is its period.",
]

if __name__ == "__main__":
    write("p1277-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Quảng Bình")
