"""p1058-1: Thanh Hóa province portal, drug-retail inspections in H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Thanh Hóa: Kiểm tra hơn 1.100 cơ sở bán lẻ thuốc, xử phạt 64 cơ sở vi phạm
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.318

Theo Sở Y tế Thanh Hóa, 6 tháng đầu năm 2024, thực hiện Kế hoạch số 45/KH-SYT, các đoàn thanh tra, kiểm tra của ngành đã kiểm tra 1.126 cơ sở bán lẻ thuốc, tăng 14,2% so với cùng kỳ năm 2023, đạt 56,3% kế hoạch năm. Trong đó có 318 nhà thuốc, 742 quầy thuốc và 66 tủ thuốc trạm y tế xã.

Qua kiểm tra, đã xử phạt vi phạm hành chính 64 cơ sở, giảm 9 cơ sở so với cùng kỳ, với tổng số tiền hơn 786 triệu đồng; đình chỉ hoạt động có thời hạn 5 cơ sở; thu hồi 2 chứng chỉ hành nghề dược. Lỗi phổ biến nhất là bán thuốc kê đơn mà không có đơn thuốc (chiếm khoảng 41% số vụ vi phạm), tiếp đến là không niêm yết giá thuốc và người bán lẻ không có chuyên môn phù hợp.

Tính đến 30/6/2024, toàn tỉnh có 4.215 cơ sở bán lẻ thuốc, bình quân khoảng 11,4 cơ sở/1 vạn dân; 100% nhà thuốc, quầy thuốc đạt chuẩn Thực hành tốt cơ sở bán lẻ thuốc (GPP). Đã có 3.987 cơ sở kết nối liên thông dữ liệu với hệ thống của Bộ Y tế, đạt 94,6%. Các huyện có nhiều cơ sở nhất lần lượt là Thọ Xuân (246 cơ sở), Hoằng Hóa (231 cơ sở) và Quảng Xương (198 cơ sở).

Ngành Y tế cũng lấy 412 mẫu thuốc để kiểm tra chất lượng, trong đó 3 mẫu không đạt chất lượng, chiếm 0,73%. Theo kế hoạch, 6 tháng cuối năm sẽ kiểm tra thêm khoảng 900 cơ sở; phấn đấu đến hết năm 2024, 100% cơ sở bán lẻ thuốc kết nối liên thông.

Người dân phát hiện sai phạm có thể phản ánh qua đường dây nóng 0237.3852.412 hoặc trực tiếp tại Sở Y tế, số 101 Nguyễn Trãi, phường Ba Đình, TP Thanh Hóa.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("Kiểm tra hơn 1.100 cơ sở", "1.100", 1100, "count", "cơ sở",
      "cơ sở bán lẻ thuốc được kiểm tra", approx="over"),
    F("xử phạt 64 cơ sở vi phạm", "64", 64, "count", "cơ sở", "cơ sở vi phạm bị xử phạt"),
    F("kiểm tra 1.126 cơ sở", "1.126", 1126, "count", "cơ sở", "cơ sở bán lẻ thuốc được kiểm tra", H1,
      percent=56.3, change=C("increase", 14.2, "%", "cùng kỳ năm 2023")),
    F("có 318 nhà thuốc", "318", 318, "count", "nhà thuốc", "nhà thuốc được kiểm tra", I(H1), total=1126),
    F("742 quầy thuốc", "742", 742, "count", "quầy thuốc", "quầy thuốc được kiểm tra", I(H1), total=1126),
    F("66 tủ thuốc", "66", 66, "count", "tủ thuốc", "tủ thuốc trạm y tế xã được kiểm tra", I(H1), total=1126),
    F("hành chính 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", I(H1),
      change=C("decrease", 9, "cơ sở", "cùng kỳ")),
    F("hơn 786 triệu đồng", "786", 786e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(H1),
      approx="over"),
    F("có thời hạn 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động có thời hạn", I(H1)),
    F("thu hồi 2 chứng chỉ", "2", 2, "count", "chứng chỉ hành nghề dược", "chứng chỉ hành nghề dược bị thu hồi",
      I(H1)),
    F("chiếm khoảng 41%", "41", 41, "percent", "%",
      "lỗi bán thuốc kê đơn mà không có đơn thuốc trong số vụ vi phạm", I(H1), approx="about"),
    F("có 4.215 cơ sở", "4.215", 4215, "count", "cơ sở", "cơ sở bán lẻ thuốc toàn tỉnh", ASOF),
    F("khoảng 11,4 cơ sở/1 vạn dân", "11,4", 11.4, "measure", "cơ sở/1 vạn dân",
      "cơ sở bán lẻ thuốc bình quân trên 1 vạn dân", ASOF, approx="about"),
    F("100% nhà thuốc, quầy thuốc", "100", 100, "percent", "%", "nhà thuốc, quầy thuốc đạt chuẩn GPP", ASOF),
    F("có 3.987 cơ sở", "3.987", 3987, "count", "cơ sở",
      "cơ sở kết nối liên thông dữ liệu với hệ thống của Bộ Y tế", I(ASOF), percent=94.6),
    F("Thọ Xuân (246 cơ sở)", "246", 246, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(ASOF), location="Thọ Xuân"),
    F("Hoằng Hóa (231 cơ sở)", "231", 231, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(ASOF), location="Hoằng Hóa"),
    F("Quảng Xương (198 cơ sở)", "198", 198, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(ASOF),
      location="Quảng Xương"),
    F("lấy 412 mẫu", "412", 412, "count", "mẫu thuốc", "mẫu thuốc lấy để kiểm tra chất lượng", I(H1)),
    F("3 mẫu không đạt", "3", 3, "count", "mẫu", "mẫu thuốc không đạt chất lượng", I(H1),
      total=412, percent=0.73),
    F("khoảng 900 cơ sở", "900", 900, "count", "cơ sở", "cơ sở được kiểm tra thêm", H2,
      approx="about", status="target"),
    F("2024, 100% cơ sở", "100", 100, "percent", "%", "cơ sở bán lẻ thuốc kết nối liên thông",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
]

NOTES = [
    "Thanh Hóa provincial portal: inspections of drug retailers in 6 tháng đầu năm 2024; published from 'Cập nhật: 12/07/2024 09:45'.",
    "Headline figures have no period (the headline states none). 'Trong đó' parts take the 1.126 inspected establishments as total.",
    "'giảm 9 cơ sở so với cùng kỳ' is the change of the 64 sanctioned establishments; 'đạt 94,6%' is the share of 3.987 (no part-of cue, so no total).",
    "'11,4 cơ sở/1 vạn dân' is a rate (measure, denominator in the unit). District list items take the district as location.",
    "'Theo kế hoạch ... phấn đấu' gives target status to 900 and the second 100%. Distractors: Kế hoạch số 45/KH-SYT, 0237.3852.412, số 101, Lượt xem: 2.318, 09:45.",
]

write("p1058-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Thanh Hóa")
