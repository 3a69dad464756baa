"""p921-5: provincial Party newspaper (Báo Quảng Ngãi), early-season larvae campaign, May 2025; byline + bare date."""
from lib import F, P, C, write

TEXT = """Chủ động phòng, chống sốt xuất huyết từ đầu mùa

Dù chưa vào cao điểm mùa mưa nhưng từ đầu năm đến nay, tỉnh Quảng Ngãi đã ghi nhận 412 ca mắc sốt xuất huyết, tăng gấp 1,6 lần so với cùng kỳ năm 2024. Đáng chú ý, huyện Bình Sơn có 97 ca, thành phố Quảng Ngãi có 85 ca, huyện Sơn Tịnh có 46 ca.

Trước tình hình đó, từ ngày 5 đến ngày 16/5, Trung tâm Kiểm soát bệnh tật (CDC) tỉnh phối hợp với các địa phương tổ chức chiến dịch diệt lăng quăng tại 34 xã, phường có nguy cơ cao. Qua kiểm tra 27.860 hộ gia đình, lực lượng y tế phát hiện 4.512 hộ có lăng quăng, chiếm 16,2%. Chỉ số Breteau tại các xã, phường dao động từ 12 đến 58; có 19/34 xã, phường có chỉ số BI vượt ngưỡng nguy cơ.

Tại tổ dân phố 7, phường Trương Quang Trọng, nơi có ổ dịch lớn nhất với 23 ca mắc, CDC tỉnh đã phun hóa chất diệt muỗi 2 vòng, mỗi vòng cách nhau 7 ngày. Tính chung, toàn tỉnh đã xử lý 38 ổ dịch với 9.340 lượt hộ được phun hóa chất. Các địa phương cũng thu gom hơn 48 tấn vật dụng phế thải, vận động người dân thả cá bảy màu vào gần 1.900 bể, lu chứa nước.

Theo bác sĩ Trần Văn Năm, Giám đốc CDC tỉnh, mục tiêu năm 2025 của tỉnh là giảm 15% số ca mắc so với trung bình giai đoạn 2020-2024 và không để xảy ra tử vong. Dự kiến trong tháng 6, CDC tỉnh sẽ triển khai đợt 2 với kinh phí khoảng 850 triệu đồng, tập trung vào 12 xã có chỉ số BI cao.

HUY THÀNH

20/05/2025
"""

YTD = P("từ đầu năm đến nay", "2025-01-01", "2025-05-20")
YTDi = P("từ đầu năm đến nay", "2025-01-01", "2025-05-20", inh=True)
CAMP = P("từ ngày 5 đến ngày 16/5", "2025-05-05", "2025-05-16")
CAMPi = P("từ ngày 5 đến ngày 16/5", "2025-05-05", "2025-05-16", inh=True)
JUN = P("trong tháng 6", "2025-06-01", "2025-06-30")
FIGS = [
    F("ghi nhận 412 ca", "412", 412, "count", "ca", "ca mắc sốt xuất huyết",
      change=C("increase", 1.6, "lần", "cùng kỳ năm 2024"), period=YTD),
    F("Bình Sơn có 97 ca", "97", 97, "count", "ca", "ca mắc sốt xuất huyết", location="Bình Sơn", period=YTDi),
    F("Quảng Ngãi có 85 ca", "85", 85, "count", "ca", "ca mắc sốt xuất huyết", location="Quảng Ngãi", period=YTDi),
    F("Sơn Tịnh có 46 ca", "46", 46, "count", "ca", "ca mắc sốt xuất huyết", location="Sơn Tịnh", period=YTDi),
    F("tại 34 xã", "34", 34, "count", "xã, phường", "xã, phường có nguy cơ cao được tổ chức chiến dịch diệt lăng quăng",
      period=CAMP),
    F("kiểm tra 27.860 hộ", "27.860", 27860, "count", "hộ gia đình", "hộ gia đình được kiểm tra", period=CAMPi),
    F("phát hiện 4.512 hộ", "4.512", 4512, "count", "hộ", "hộ có lăng quăng", percent=16.2, period=CAMPi),
    F("từ 12 đến 58", "12", 12, "measure", "chỉ số", "Chỉ số Breteau tại các xã, phường", value_max=58, period=CAMPi),
    F("có 19/34", "19", 19, "count", "xã, phường", "xã, phường có chỉ số BI vượt ngưỡng nguy cơ", total=34,
      period=CAMPi),
    F("với 23 ca mắc", "23", 23, "count", "ca", "ca mắc tại ổ dịch lớn nhất", location="Trương Quang Trọng"),
    F("phun hóa chất diệt muỗi 2 vòng", "2", 2, "count", "vòng", "vòng phun hóa chất diệt muỗi", optional=True),
    F("cách nhau 7 ngày", "7", 7, "measure", "ngày", "khoảng cách giữa hai vòng phun", optional=True),
    F("xử lý 38 ổ dịch", "38", 38, "count", "ổ dịch", "ổ dịch được xử lý"),
    F("với 9.340 lượt hộ", "9.340", 9340, "count", "lượt hộ", "lượt hộ được phun hóa chất"),
    F("hơn 48 tấn", "48", 48, "measure", "tấn", "vật dụng phế thải được thu gom", approx="over", period=CAMPi),
    F("gần 1.900 bể", "1.900", 1900, "count", "bể, lu chứa nước", "bể, lu chứa nước được thả cá bảy màu",
      approx="nearly", period=CAMPi),
    F("giảm 15%", "15", 15, "percent", "%", "số ca mắc giảm so với trung bình giai đoạn 2020-2024", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 850 triệu đồng", "850", 850000000, "money", "đồng", "kinh phí đợt 2", approx="about",
      status="forecast", period=JUN),
    F("vào 12 xã", "12", 12, "count", "xã", "xã có chỉ số BI cao được tập trung trong đợt 2", status="forecast",
      period=JUN),
]
NOTES = [
    "Báo Quảng Ngãi (provincial Party paper), byline HUY THÀNH and bare date 20/05/2025 at the end.",
    "'tăng gấp 1,6 lần so với cùng kỳ năm 2024' is the change (lần) of 412 ca.",
    "'phát hiện 4.512 hộ có lăng quăng, chiếm 16,2%' after 'Qua kiểm tra 27.860 hộ': percent only; no part-of cue, so no total.",
    "'19/34 xã, phường' → total 34. '2 vòng, mỗi vòng cách nhau 7 ngày' is the spraying protocol (optional).",
    "'Tính chung, toàn tỉnh đã xử lý 38 ổ dịch' has no period phrase and is not clearly the campaign's: no period.",
    "23 ca of the largest outbreak: location the ward (phường Trương Quang Trọng).",
    "Distractors: tổ dân phố 7, 'cá bảy màu' (a fish's name), bác sĩ Trần Văn Năm (a name), đợt 2, giai đoạn 2020-2024.",
]
write(5, TEXT, FIGS, published="2025-05-20", location="Quảng Ngãi", notes=NOTES)
