"""p1369-1: province portal (Quảng Ninh): online-scam cases 9 months 2024, TP Hạ Long, elderly victims, blocked SIMs."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh

9 tháng, người dân bị lừa đảo qua mạng gần 97 tỷ đồng

Cập nhật: 14/10/2024 10:35 | Lượt xem: 3.128

Theo Công an tỉnh, 9 tháng đầu năm 2024, trên địa bàn tỉnh Quảng Ninh xảy ra 214 vụ lừa đảo chiếm đoạt tài sản qua không gian mạng, tăng 18 vụ so với cùng kỳ năm 2023; số tiền bị chiếm đoạt gần 97 tỷ đồng. Trong đó, 126 vụ giả danh cơ quan công an, viện kiểm sát, tòa án; 51 vụ lừa đầu tư tài chính, tiền ảo; 37 vụ tuyển cộng tác viên "việc nhẹ lương cao".

Lực lượng công an đã điều tra, làm rõ 83 vụ, đạt 38,8%, bắt 112 đối tượng, thu hồi trả lại cho bị hại hơn 12,6 tỷ đồng. Riêng TP Hạ Long xảy ra 71 vụ, chiếm 33,2% số vụ toàn tỉnh, số tiền bị chiếm đoạt khoảng 41 tỷ đồng.

Đáng chú ý, các đối tượng ngày càng nhắm vào người cao tuổi: có 58 bị hại là người về hưu, mỗi người bị chiếm đoạt từ 200 triệu đến 1,5 tỷ đồng. Phần lớn bị hại chuyển tiền sau khi nhận cuộc gọi video của kẻ giả mạo cán bộ công an yêu cầu "xác minh tài khoản định danh" qua ứng dụng có tên gần giống VNeID.

Tính đến ngày 30/9/2024, Công an tỉnh đã phối hợp với các nhà mạng chặn 1.450 thuê bao, đề nghị phong tỏa 326 tài khoản ngân hàng có dấu hiệu liên quan. Trong quý IV, Công an tỉnh phấn đấu tổ chức ít nhất 150 buổi tuyên truyền tại cơ sở, phấn đấu 100% người dân được cảnh báo về các thủ đoạn lừa đảo mới.

Đường dây nóng Công an tỉnh: 0203.3825.113

Tin liên quan:
- Hội nghị sơ kết công tác bảo đảm an ninh mạng quý III/2024
- Quảng Ninh: Diễn tập ứng phó sự cố an toàn thông tin năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")
HL = "Hạ Long"

FIGS = [
    fig("qua mạng gần 97 tỷ", "97", 97e9, "money", "đồng", approx="nearly",
        subject="số tiền người dân bị lừa đảo qua mạng", period=NINE_H),
    fig("xảy ra 214 vụ", "214", 214, "count", "vụ",
        change=chg("increase", 18, "vụ", "cùng kỳ năm 2023"),
        subject="vụ lừa đảo chiếm đoạt tài sản qua không gian mạng", period=NINE),
    fig("chiếm đoạt gần 97 tỷ", "97", 97e9, "money", "đồng", approx="nearly",
        subject="số tiền bị chiếm đoạt", period=NINE),
    fig("Trong đó, 126 vụ", "126", 126, "count", "vụ", total=214,
        subject="vụ giả danh cơ quan công an, viện kiểm sát, tòa án", period=inh(NINE)),
    fig("51 vụ lừa", "51", 51, "count", "vụ", total=214,
        subject="vụ lừa đầu tư tài chính, tiền ảo", period=inh(NINE)),
    fig("37 vụ tuyển", "37", 37, "count", "vụ", total=214,
        subject="vụ tuyển cộng tác viên việc nhẹ lương cao", period=inh(NINE)),
    fig("làm rõ 83 vụ", "83", 83, "count", "vụ", percent=38.8,
        subject="vụ lừa đảo đã điều tra, làm rõ", period=inh(NINE)),
    fig("bắt 112 đối tượng", "112", 112, "count", "đối tượng",
        subject="đối tượng bị bắt", period=inh(NINE)),
    fig("hơn 12,6 tỷ", "12,6", 12.6e9, "money", "đồng", approx="over",
        subject="số tiền thu hồi trả lại cho bị hại", period=inh(NINE)),
    fig("Hạ Long xảy ra 71 vụ", "71", 71, "count", "vụ", percent=33.2,
        subject="vụ lừa đảo qua mạng", period=inh(NINE), location=HL),
    fig("khoảng 41 tỷ", "41", 41e9, "money", "đồng", approx="about",
        subject="số tiền bị chiếm đoạt", period=inh(NINE), location=HL),
    fig("có 58 bị hại", "58", 58, "count", "bị hại",
        subject="bị hại là người về hưu", period=inh(NINE)),
    fig("từ 200 triệu đến 1,5 tỷ", "200", 200e6, "money", "đồng", value_max=1.5e9,
        subject="số tiền mỗi người bị chiếm đoạt", period=inh(NINE)),
    fig("chặn 1.450 thuê bao", "1.450", 1450, "count", "thuê bao",
        subject="thuê bao bị chặn", period=ASOF),
    fig("phong tỏa 326 tài khoản", "326", 326, "count", "tài khoản",
        subject="tài khoản ngân hàng có dấu hiệu liên quan đề nghị phong tỏa", period=ASOF),
    fig("ít nhất 150 buổi", "150", 150, "count", "buổi", approx="at_least", status="target",
        subject="buổi tuyên truyền tại cơ sở", period=Q4),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="người dân được cảnh báo về các thủ đoạn lừa đảo mới", period=Q4),
]

NOTES = [
    "Province portal (Quảng Ninh): online-scam cases 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 10:35 | Lượt xem: 3.128', related links.",
    "Distractors: 10:35, 'Lượt xem: 3.128', hotline 0203.3825.113, 'VNeID', 'quý III/2024' and 'năm 2024' in link titles.",
    "Headline '9 tháng ... gần 97 tỷ đồng' is its own figure; year-less '9 tháng' takes 2024 (published).",
    "'tăng 18 vụ so với cùng kỳ năm 2023' is a change in vụ. 'Trong đó' parts after a sentence break take total 214.",
    "'làm rõ 83 vụ, đạt 38,8%' → percent 38.8. 'Riêng TP Hạ Long ... chiếm 33,2%' → location Hạ Long, percent; 'riêng' is no total cue.",
    "Paragraphs 2-3 have no period phrase of their own: 9 tháng inherited (not scored). 'Trong quý IV' (year-less) → 2024; 'phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1369-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Quảng Ninh")
