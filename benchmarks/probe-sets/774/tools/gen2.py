from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Ba, 21/05/2024 - 15:30

Hải Hậu: Quý I vận động 186 người đăng ký hiến giác mạc

Quý I/2024, Hội Chữ thập đỏ huyện phối hợp với Ngân hàng Mắt (Bệnh viện Mắt Trung ương) vận động được 186 người đăng ký hiến giác mạc sau khi qua đời, đạt 46,5% kế hoạch năm; tiếp nhận 14 ca hiến giác mạc, tăng 5 ca so với cùng kỳ năm 2023.

Trong số người đăng ký mới, cán bộ, đảng viên và đoàn viên thanh niên chiếm 41%; hội viên phụ nữ và người cao tuổi lần lượt chiếm 27% và 19%. Xã Hải Phú tiếp tục là địa phương dẫn đầu với 32 người đăng ký.

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2024 của UBND huyện, đến nay 35/35 xã, thị trấn đã thành lập Câu lạc bộ tình nguyện viên hiến mô, tạng với 412 thành viên. Từ năm 2008 đến nay, toàn huyện đã có 1.127 người hiến giác mạc, mang lại ánh sáng cho hơn 2.200 người bệnh. Mỗi ca lấy giác mạc được thực hiện trong vòng 6 giờ sau khi người hiến qua đời, tại gia đình, không ảnh hưởng đến việc tang lễ.

Năm 2024, huyện phấn đấu vận động 400 người đăng ký hiến giác mạc, duy trì tỷ lệ thu nhận giác mạc thành công trên 95%. Kinh phí hỗ trợ gia đình người hiến là 2 triệu đồng/trường hợp, do Quỹ Khuyến học - Nhân đạo huyện chi trả.

Mọi thông tin xin liên hệ: Hội Chữ thập đỏ huyện Hải Hậu, Quốc lộ 21, thị trấn Yên Định; điện thoại 0228.3877.216.

Thu Hà - Trung tâm VH-TT&TT huyện
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("đến nay", None, "2024-05-21")
SINCE = P("Từ năm 2008 đến nay", "2008-01-01", "2024-05-21")

FIGS = [
    F("Quý I vận động 186", "186", 186, "count", "người", "người đăng ký hiến giác mạc",
      P("Quý I", "2024-01-01", "2024-03-31")),
    F("được 186 người", "186", 186, "count", "người", "người đăng ký hiến giác mạc sau khi qua đời", Q1,
      percent=46.5),
    F("tiếp nhận 14 ca", "14", 14, "count", "ca", "ca hiến giác mạc tiếp nhận", Q1,
      change=CH("increase", 5, "ca", "cùng kỳ năm 2023")),
    F("chiếm 41%", "41", 41, "percent", "%", "người đăng ký mới là cán bộ, đảng viên và đoàn viên thanh niên", I(Q1)),
    F("chiếm 27%", "27", 27, "percent", "%", "người đăng ký mới là hội viên phụ nữ", I(Q1)),
    F("và 19%", "19", 19, "percent", "%", "người đăng ký mới là người cao tuổi", I(Q1)),
    F("với 32 người", "32", 32, "count", "người", "người đăng ký hiến giác mạc tại xã Hải Phú", I(Q1)),
    F("35/35 xã", "35", 35, "count", "xã, thị trấn", "xã, thị trấn đã thành lập Câu lạc bộ tình nguyện viên hiến mô, tạng",
      NOW, total=35),
    F("với 412 thành viên", "412", 412, "count", "thành viên", "thành viên Câu lạc bộ tình nguyện viên hiến mô, tạng", NOW),
    F("có 1.127 người", "1.127", 1127, "count", "người", "người hiến giác mạc", SINCE),
    F("hơn 2.200 người", "2.200", 2200, "count", "người bệnh", "người bệnh được mang lại ánh sáng", SINCE, approx="over"),
    F("vòng 6 giờ", "6", 6, "measure", "giờ", "thời gian lấy giác mạc sau khi người hiến qua đời", approx="at_most",
      optional=True),
    F("vận động 400 người", "400", 400, "count", "người", "người đăng ký hiến giác mạc", Y24, status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ thu nhận giác mạc thành công", Y24, approx="over", status="target"),
    F("là 2 triệu đồng", "2", 2e6, "money", "đồng/trường hợp", "kinh phí hỗ trợ gia đình người hiến"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định): đăng ký hiến giác mạc quý I/2024, câu lạc bộ tình nguyện viên, lũy kế từ 2008, kế hoạch 2024.",
    "District portal: location Hải Hậu throughout (Hải Phú is a commune inside it). Headline 'Quý I' takes 2024 from the dateline.",
    "'chiếm 41%', 'lần lượt chiếm 27% và 19%' stand alone (no base amount given) -> percent figures. 'tăng 5 ca' is the change of 14 ca.",
    "'đến nay' = as-of the dateline 2024-05-21; 'Từ năm 2008 đến nay' = 2008-01-01 .. dateline. 'trong vòng 6 giờ' is a procedural limit (optional).",
    "'2 triệu đồng/trường hợp' is money with the rate in the unit. 'duy trì tỷ lệ ... trên 95%' continues the 'phấn đấu' clause -> target.",
    "Not figures: Kế hoạch số 45/KH-UBND ngày 10/01/2024, Quốc lộ 21, phone 0228.3877.216, 'Bệnh viện Mắt Trung ương', dateline.",
]

if __name__ == "__main__":
    emit("p774-2", TEXT, COMMENTS, FIGS, published="2024-05-21", location="Hải Hậu")
