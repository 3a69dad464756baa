"""p706-1: Thái Bình province portal — elderly-care results, first half of 2024."""
from lib import F, P, inh, CH, AGE, emit

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ › Tin tức - Sự kiện › Văn hóa - Xã hội

Thái Bình: Hơn 276 nghìn người cao tuổi được chăm sóc, phát huy vai trò

Cập nhật: 15/07/2024 09:42

Sáng 12/7, Hội Người cao tuổi tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024. Theo báo cáo, toàn tỉnh hiện có 276.420 người cao tuổi, chiếm 15,8% dân số; trong đó có 41.350 người từ 80 tuổi trở lên và 312 cụ từ 100 tuổi trở lên.

6 tháng đầu năm, các cấp hội phối hợp ngành y tế khám sức khỏe định kỳ cho 158.600 lượt người cao tuổi, tăng 6,2% so với cùng kỳ năm 2023. Có 268.105 người cao tuổi được cấp thẻ bảo hiểm y tế, đạt tỷ lệ 97%.

Toàn tỉnh đang chi trả trợ cấp xã hội hằng tháng cho 52.870 người cao tuổi; trong đó 34.215 người nhận qua tài khoản ngân hàng, chiếm 64,7%. Kinh phí chi trả 6 tháng ước đạt 118,6 tỷ đồng. Từ ngày 1/7/2024, mức chuẩn trợ giúp xã hội được nâng lên 500.000 đồng/tháng theo Nghị định số 76/2024/NĐ-CP.

Quỹ Chăm sóc và phát huy vai trò người cao tuổi các cấp đã vận động được gần 9,4 tỷ đồng; thăm hỏi, tặng quà 2.150 người cao tuổi có hoàn cảnh khó khăn với tổng trị giá 1,08 tỷ đồng. Đến nay, toàn tỉnh có 412 câu lạc bộ liên thế hệ tự giúp nhau với hơn 20.600 thành viên. Các huyện có nhiều câu lạc bộ là Kiến Xương (68), Thái Thụy (61), Vũ Thư (54).

Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh đề nghị phấn đấu đến năm 2025 có 100% người cao tuổi được lập hồ sơ theo dõi sức khỏe, mỗi xã, phường, thị trấn có ít nhất 1 câu lạc bộ liên thế hệ, tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt từ 70 đến 75%.

Văn phòng Hội Người cao tuổi tỉnh: số 76 đường Lê Lợi, TP Thái Bình; điện thoại 0227.3831.245.

Lượt xem: 1.284
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NOW = P("Đến nay", None, "2024-07-15")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 276 nghìn người", "276", 276000, "count", "người cao tuổi",
      "người cao tuổi được chăm sóc, phát huy vai trò", approx="over"),
    F("có 276.420 người", "276.420", 276420, "count", "người cao tuổi", "người cao tuổi", percent=15.8),
    F("có 41.350 người", "41.350", 41350, "count", "người", "người từ 80 tuổi trở lên", total=276420),
    AGE("41.350 người từ 80 tuổi", "80", approx="at_least"),
    F("và 312 cụ", "312", 312, "count", "cụ", "cụ từ 100 tuổi trở lên", total=276420),
    AGE("312 cụ từ 100 tuổi", "100", approx="at_least"),
    F("cho 158.600 lượt", "158.600", 158600, "count", "lượt",
      "lượt người cao tuổi được khám sức khỏe định kỳ", H1s,
      change=CH("increase", 6.2, baseline="cùng kỳ năm 2023")),
    F("Có 268.105 người", "268.105", 268105, "count", "người cao tuổi",
      "người cao tuổi được cấp thẻ bảo hiểm y tế", percent=97),
    F("cho 52.870 người", "52.870", 52870, "count", "người cao tuổi",
      "người cao tuổi được chi trả trợ cấp xã hội hằng tháng"),
    F("đó 34.215 người", "34.215", 34215, "count", "người",
      "người cao tuổi nhận trợ cấp qua tài khoản ngân hàng", total=52870, percent=64.7),
    F("ước đạt 118,6 tỷ đồng", "118,6", 118.6e9, "money", "đồng", "kinh phí chi trả trợ cấp xã hội",
      P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội"),
    F("gần 9,4 tỷ đồng", "9,4", 9.4e9, "money", "đồng",
      "Quỹ Chăm sóc và phát huy vai trò người cao tuổi vận động", inh(H1), approx="nearly"),
    F("quà 2.150 người", "2.150", 2150, "count", "người cao tuổi",
      "người cao tuổi có hoàn cảnh khó khăn được thăm hỏi, tặng quà", inh(H1)),
    F("trị giá 1,08 tỷ đồng", "1,08", 1.08e9, "money", "đồng", "tổng trị giá quà tặng người cao tuổi", inh(H1)),
    F("có 412 câu lạc bộ", "412", 412, "count", "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau", NOW),
    F("hơn 20.600 thành viên", "20.600", 20600, "count", "thành viên",
      "thành viên câu lạc bộ liên thế hệ tự giúp nhau", NOW, approx="over"),
    F("Kiến Xương (68)", "68", 68, "count", "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau",
      inh(NOW), location="Kiến Xương"),
    F("Thái Thụy (61)", "61", 61, "count", "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau",
      inh(NOW), location="Thái Thụy"),
    F("Vũ Thư (54)", "54", 54, "count", "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau",
      inh(NOW), location="Vũ Thư"),
    F("có 100% người", "100", 100, "percent", "%", "người cao tuổi được lập hồ sơ theo dõi sức khỏe", T25,
      status="target"),
    F("ít nhất 1 câu lạc bộ", "1", 1, "count", "câu lạc bộ", approx="at_least", status="target", optional=True),
    F("từ 70 đến 75%", "70", 70, "percent", "%", "tỷ lệ người cao tuổi được khám sức khỏe định kỳ", T25,
      value_max=75, status="target"),
]

COMMENTS = [
    "Thái Bình province portal: Hội Người cao tuổi tỉnh, sơ kết 6 tháng đầu năm 2024 (breadcrumb, 'Cập nhật:' line, 'Lượt xem:' counter).",
    "'hiện có' sentences carry no period; '6 tháng' (kinh phí) = first half of 2024; 'Đến nay' ends at the dateline.",
    "Age thresholds (80, 100 tuổi trở lên) are optional, as 'dưới 5 tuổi' in shared h11; 'ít nhất 1 câu lạc bộ' optional as 'tối thiểu 1 nền tảng số' in 001.",
    "District list items (Kiến Xương (68) ...) go to location; no part-of cue, so no total.",
    "Not figures: 12/7, Nghị định số 76/2024/NĐ-CP, 1/7/2024, số 76 đường Lê Lợi, phone 0227.3831.245, Lượt xem: 1.284.",
]

if __name__ == "__main__":
    emit("p706-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thái Bình")
