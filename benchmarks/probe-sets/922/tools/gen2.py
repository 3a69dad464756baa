"""p922-2: district portal (huyện Chợ Mới, An Giang), quý I/2025 YHCT activity and Hội Đông y."""
from lib import F, P, I, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ MỚI
Tin tức > Văn hóa - Xã hội
Thứ Năm, 10/04/2025 - 15:20

Chợ Mới: Quý I, khám, chữa bệnh bằng y học cổ truyền đạt hơn 21.000 lượt

Trong quý I/2025, Khoa Y học cổ truyền - Phục hồi chức năng Trung tâm Y tế huyện Chợ Mới đã khám, điều trị cho 21.460 lượt người bệnh, tăng 2.135 lượt so với cùng kỳ năm 2024. Trong đó, điều trị nội trú 1.126 lượt, ngoại trú 20.334 lượt. Các thủ thuật châm cứu, điện châm được thực hiện 15.420 lượt; xoa bóp bấm huyệt 12.310 lượt; kéo giãn cột sống 4.870 lượt.

Tại tuyến xã, 18/18 trạm y tế có phòng chẩn trị YHCT; bình quân mỗi trạm khám YHCT khoảng 250 lượt/tháng. Trạm Y tế xã Long Điền A và xã Kiến An duy trì vườn thuốc nam mẫu với lần lượt 62 và 55 loại cây thuốc.

Hội Đông y huyện hiện có 146 hội viên, 23 phòng chẩn trị YHCT tư nhân đang hoạt động. Từ đầu năm đến nay, Hội tổ chức 6 đợt khám, bốc thuốc miễn phí cho hơn 1.500 lượt người từ 60 tuổi trở lên và người có hoàn cảnh khó khăn, cấp phát 3.250 thang thuốc nam, tổng trị giá khoảng 97 triệu đồng. Chi phí mỗi thang thuốc từ 25.000 đến 35.000 đồng.

Theo kế hoạch năm 2025, Trung tâm Y tế huyện phấn đấu khám, chữa bệnh bằng YHCT đạt 85.000 lượt; tỷ lệ khám, chữa bệnh bằng YHCT trên tổng số lượt khám toàn huyện đạt 25%. Người dân cần tư vấn có thể liên hệ đường dây nóng 0296.3883.115.

Minh Tâm (Trung tâm Văn hóa - Thông tin huyện)
"""

Q1H = P("Quý I", "2025-01-01", "2025-03-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-04-10")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đạt hơn 21.000 lượt", "21.000", 21000, "count", "lượt", approx="over",
      subject="lượt khám, chữa bệnh bằng y học cổ truyền", period=Q1H),
    F("cho 21.460 lượt người bệnh", "21.460", 21460, "count", "lượt người bệnh",
      change=CH("increase", 2135, "lượt", "cùng kỳ năm 2024"),
      subject="lượt người bệnh được Khoa Y học cổ truyền - Phục hồi chức năng khám, điều trị", period=Q1),
    F("nội trú 1.126 lượt", "1.126", 1126, "count", "lượt", total=21460,
      subject="lượt điều trị nội trú", period=I(Q1)),
    F("ngoại trú 20.334 lượt", "20.334", 20334, "count", "lượt", total=21460,
      subject="lượt điều trị ngoại trú", period=I(Q1)),
    F("thực hiện 15.420 lượt", "15.420", 15420, "count", "lượt",
      subject="lượt thủ thuật châm cứu, điện châm", period=I(Q1)),
    F("huyệt 12.310 lượt", "12.310", 12310, "count", "lượt",
      subject="lượt xoa bóp bấm huyệt", period=I(Q1)),
    F("sống 4.870 lượt", "4.870", 4870, "count", "lượt",
      subject="lượt kéo giãn cột sống", period=I(Q1)),
    F("18/18 trạm", "18", 18, "count", "trạm y tế", total=18,
      subject="trạm y tế có phòng chẩn trị YHCT"),
    F("khoảng 250 lượt/tháng", "250", 250, "measure", "lượt/tháng", approx="about",
      subject="lượt khám YHCT bình quân mỗi trạm"),
    F("lần lượt 62 và", "62", 62, "count", "loại cây thuốc",
      subject="loại cây thuốc trong vườn thuốc nam mẫu của trạm y tế xã"),
    F("và 55 loại", "55", 55, "count", "loại cây thuốc",
      subject="loại cây thuốc trong vườn thuốc nam mẫu của trạm y tế xã"),
    F("có 146 hội viên", "146", 146, "count", "hội viên",
      subject="hội viên Hội Đông y huyện"),
    F("23 phòng chẩn trị", "23", 23, "count", "phòng chẩn trị YHCT tư nhân",
      subject="phòng chẩn trị YHCT tư nhân đang hoạt động"),
    F("tổ chức 6 đợt", "6", 6, "count", "đợt",
      subject="đợt khám, bốc thuốc miễn phí", period=YTD),
    F("hơn 1.500 lượt", "1.500", 1500, "count", "lượt người", approx="over",
      subject="lượt người được khám, bốc thuốc miễn phí", period=YTD),
    F("từ 60 tuổi trở lên", "60", 60, "measure", "tuổi", approx="at_least",
      subject="tuổi người được khám miễn phí", optional=True),
    F("phát 3.250 thang", "3.250", 3250, "count", "thang thuốc nam",
      subject="thang thuốc nam cấp phát", period=YTD),
    F("khoảng 97 triệu đồng", "97", 97_000_000, "money", "đồng", approx="about",
      subject="tổng trị giá thuốc cấp phát", period=YTD),
    F("từ 25.000 đến 35.000 đồng", "25.000", 25000, "money", "đồng/thang", value_max=35000,
      subject="chi phí mỗi thang thuốc"),
    F("đạt 85.000 lượt", "85.000", 85000, "count", "lượt", status="target",
      subject="lượt khám, chữa bệnh bằng YHCT", period=Y25),
    F("đạt 25%", "25", 25, "percent", "%", status="target",
      subject="tỷ lệ khám, chữa bệnh bằng YHCT trên tổng số lượt khám toàn huyện", period=Y25),
]

COMMENTS = [
    "District portal (huyện Chợ Mới, An Giang): quý I/2025 results of the TTYT's YHCT - PHCN department, commune stations, Hội Đông y.",
    "Dateline 'Thứ Năm, 10/04/2025 - 15:20'; byline at the end. Location: the district Chợ Mới (communes lie in it).",
    "Headline 'Quý I' has no year: it takes 2025 from the dateline. 'Từ đầu năm đến nay' ends at the dateline.",
    "Distractors: dateline/time, hotline 0296.3883.115, 'xã Long Điền A'. 'từ 60 tuổi trở lên' is a category threshold (optional).",
    "'250 lượt/tháng' is a rate (measure, unit lượt/tháng). 'tăng 2.135 lượt' is the change of 21.460 (unit lượt).",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, COMMENTS, published="2025-04-10", location="Chợ Mới")
