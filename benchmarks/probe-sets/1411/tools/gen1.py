"""p1411-1: province portal (Nghệ An): diphtheria outbreak in huyện Quế Phong, Td campaign, vaccine shortage."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

Nghệ An: Khẩn trương khống chế ổ dịch bạch hầu tại huyện Quế Phong

Cập nhật: 15/07/2024 10:25 | Lượt xem: 1.836

Theo Sở Y tế, từ ngày 1/7 đến 14/7/2024, toàn tỉnh ghi nhận 7 ca mắc bạch hầu, trong đó 1 ca tử vong. Các ca bệnh tập trung tại 3 xã Tri Lễ, Nậm Giải và Châu Kim của huyện Quế Phong.

Tại huyện Quế Phong, ngành y tế đã khoanh vùng ổ dịch, xác định 412 trường hợp tiếp xúc gần (F1) và cho uống kháng sinh dự phòng; đã lấy 386 mẫu xét nghiệm, phát hiện thêm 5 trường hợp mang vi khuẩn bạch hầu không triệu chứng. Huyện cũng tổ chức tiêm vắc xin Td cho người dân từ 7 tuổi trở lên tại 14 xã, thị trấn, với tổng số hơn 52.000 người cần tiêm. Sau 10 ngày triển khai, đã có 38.600 người được tiêm, đạt 74,2%; riêng các xã có ca bệnh đạt trên 90%.

Toàn tỉnh 6 tháng đầu năm 2024, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ chỉ đạt 41,5%, thấp hơn 8,3 điểm phần trăm so với cùng kỳ năm 2023. Nguyên nhân chủ yếu do thiếu vắc xin 5 trong 1 trong Chương trình tiêm chủng mở rộng từ cuối năm 2023.

Sở Y tế đã tiếp nhận 24 nghìn liều vắc xin Td và 15.500 liều vắc xin 5 trong 1 từ Viện Vệ sinh dịch tễ Trung ương, dự kiến tiêm bù cho khoảng 18.000 trẻ trong tháng 8/2024. Mục tiêu đến hết năm 2024, tỷ lệ tiêm chủng đầy đủ cho trẻ em toàn tỉnh đạt ít nhất 90%.

Đường dây nóng Sở Y tế: 0238.3569.115

Tin liên quan:
- Quế Phong: Ra quân tổng vệ sinh môi trường phòng, chống dịch
- Nghệ An triển khai Tháng hành động quốc gia về dân số năm 2024
"""

JULY = per("từ ngày 1/7 đến 14/7/2024", "2024-07-01", "2024-07-14")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AUG = per("trong tháng 8/2024", "2024-08-01", "2024-08-31")
EOY = per("đến hết năm 2024", None, "2024-12-31")
QP = "Quế Phong"

FIGS = [
    fig("ghi nhận 7 ca", "7", 7, "count", "ca", subject="ca mắc bạch hầu", period=JULY),
    fig("1 ca tử vong", "1", 1, "count", "ca", total=7, subject="ca tử vong", period=JULY),
    fig("tại 3 xã", "3", 3, "count", "xã", subject="xã có ca bệnh bạch hầu", period=inh(JULY), location=QP),
    fig("xác định 412 trường hợp", "412", 412, "count", "trường hợp",
        subject="trường hợp tiếp xúc gần", location=QP),
    fig("lấy 386 mẫu", "386", 386, "count", "mẫu", subject="mẫu xét nghiệm đã lấy", location=QP),
    fig("thêm 5 trường hợp", "5", 5, "count", "trường hợp",
        subject="trường hợp mang vi khuẩn bạch hầu không triệu chứng", location=QP),
    fig("từ 7 tuổi trở lên", "7", 7, "measure", "tuổi", approx="at_least", location=QP, optional=True),
    fig("tại 14 xã", "14", 14, "count", "xã, thị trấn", subject="xã, thị trấn tổ chức tiêm vắc xin Td",
        location=QP),
    fig("hơn 52.000 người", "52.000", 52000, "count", "người", approx="over",
        subject="người cần tiêm vắc xin Td", location=QP),
    fig("có 38.600 người", "38.600", 38600, "count", "người", percent=74.2,
        subject="người được tiêm vắc xin Td", location=QP),
    fig("đạt trên 90%", "90", 90, "percent", "%", approx="over",
        subject="tỷ lệ tiêm vắc xin Td tại các xã có ca bệnh", location=QP),
    fig("trẻ dưới 1 tuổi", "1", 1, "measure", "tuổi", approx="under", optional=True),
    fig("đạt 41,5%", "41,5", 41.5, "percent", "%",
        change=chg("decrease", 8.3, "điểm phần trăm", "cùng kỳ năm 2023"),
        subject="tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", period=H1),
    fig("24 nghìn liều", "24", 24000, "count", "liều", subject="liều vắc xin Td Sở Y tế tiếp nhận"),
    fig("15.500 liều", "15.500", 15500, "count", "liều", subject="liều vắc xin 5 trong 1 Sở Y tế tiếp nhận"),
    fig("khoảng 18.000 trẻ", "18.000", 18000, "count", "trẻ", approx="about", status="forecast",
        subject="trẻ được tiêm bù", period=AUG),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ tiêm chủng đầy đủ cho trẻ em", period=EOY),
]

NOTES = [
    "Province portal (Nghệ An): breadcrumb, 'Cập nhật: 15/07/2024 10:25 | Lượt xem: 1.836', hotline, related links.",
    "Distractors: 10:25, Lượt xem 1.836, '(F1)', 'Sau 10 ngày triển khai' (a duration that only locates the figure),",
    "'vắc xin 5 trong 1' (twice, product name), 'cuối năm 2023', hotline 0238.3569.115, 'năm 2024' in a link title.",
    "Outbreak handling and the Td campaign stand in huyện Quế Phong ('Tại huyện Quế Phong', 'Huyện cũng'): location Quế Phong.",
    "'1 ca tử vong' after 'trong đó' takes total 7 (both count ca). '38.600 người ..., đạt 74,2%' → percent attribute;",
    "no total 52.000 (no part-of cue). '41,5%, thấp hơn 8,3 điểm phần trăm so với cùng kỳ năm 2023' → change in điểm phần trăm.",
    "Ages ('từ 7 tuổi trở lên', 'dưới 1 tuổi') define the population: optional, as in the shared gold (h24).",
    "'dự kiến' governs 'tiêm bù ... khoảng 18.000 trẻ' only, not the received doses (own verb 'đã tiếp nhận').",
]

if __name__ == "__main__":
    write("p1411-1", TEXT, NOTES, FIGS, published="2024-07-15", location="Nghệ An")
