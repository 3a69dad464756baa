from lib import *

text = """Cổng Thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức > Văn hóa - Xã hội
Cập nhật: 08:15 12/07/2024 | Lượt xem: 2.341

Trung tâm Bảo trợ xã hội tỉnh: Chăm lo chu đáo cho đối tượng yếu thế

6 tháng đầu năm 2024, Trung tâm Bảo trợ xã hội tỉnh Thanh Hóa đang trực tiếp quản lý, chăm sóc, nuôi dưỡng 318 đối tượng, trong đó có 87 trẻ em có hoàn cảnh đặc biệt, 146 người cao tuổi cô đơn không nơi nương tựa và 85 người khuyết tật nặng.

Trong kỳ, Trung tâm tiếp nhận mới 29 đối tượng theo Nghị định số 20/2021/NĐ-CP của Chính phủ, tăng 11,5% so với cùng kỳ năm 2023; đồng thời đưa 14 đối tượng trở về hòa nhập cộng đồng. Mức chi tiền ăn cho mỗi đối tượng hiện là 1,8 triệu đồng/người/tháng.

Năm 2024, Trung tâm được cấp 18,83 tỷ đồng kinh phí hoạt động. Sáu tháng đầu năm, kinh phí thực hiện chế độ nuôi dưỡng, chăm sóc ước đạt 9,64 tỷ đồng, đạt 51,2% dự toán năm. Ngoài ngân sách nhà nước, đơn vị vận động các tổ chức, cá nhân hỗ trợ hơn 1,2 tỷ đồng tiền mặt và hiện vật.

Về nhân lực, Trung tâm có 64 viên chức và người lao động, trong đó 38 người có trình độ đại học trở lên, chiếm 59,4%. Bình quân mỗi nhân viên chăm sóc phụ trách khoảng 8 đối tượng.

Bà Lê Thị Hằng, Giám đốc Trung tâm cho biết, thời gian tới đơn vị phấn đấu đến cuối năm 2024 có 100% đối tượng được khám sức khỏe định kỳ, tiếp nhận thêm khoảng 20 đối tượng có hoàn cảnh đặc biệt khó khăn.

Mọi thông tin hỗ trợ xin liên hệ Trung tâm Bảo trợ xã hội tỉnh, số 58 đường Bà Triệu, phường Đông Thọ, TP Thanh Hóa; đường dây nóng: 0237.3852.466.

Minh Hà (Sở Lao động - Thương binh và Xã hội)
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
S = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
T = P("đến cuối năm 2024", None, "2024-12-31")

figs = [
    F("nuôi dưỡng 318 đối tượng", "318", 318, "count", "đối tượng", "đối tượng được quản lý, chăm sóc, nuôi dưỡng", period=H1),
    F("có 87 trẻ em", "87", 87, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", total=318, period=H1),
    F("146 người cao tuổi", "146", 146, "count", "người cao tuổi", "người cao tuổi cô đơn không nơi nương tựa", total=318, period=H1),
    F("85 người khuyết tật", "85", 85, "count", "người khuyết tật", "người khuyết tật nặng", total=318, period=H1),
    F("tiếp nhận mới 29 đối tượng", "29", 29, "count", "đối tượng", "đối tượng tiếp nhận mới",
      change=ch("increase", 11.5, baseline="cùng kỳ năm 2023"), period=H1i),
    F("đưa 14 đối tượng", "14", 14, "count", "đối tượng", "đối tượng trở về hòa nhập cộng đồng", period=H1i),
    F("1,8 triệu đồng/người/tháng", "1,8", 1800000, "money", "đồng/người/tháng", "mức chi tiền ăn cho mỗi đối tượng"),
    F("cấp 18,83 tỷ đồng", "18,83", 18830000000, "money", "đồng", "kinh phí hoạt động được cấp", period=Y),
    F("ước đạt 9,64 tỷ đồng", "9,64", 9640000000, "money", "đồng", "kinh phí thực hiện chế độ nuôi dưỡng, chăm sóc",
      percent=51.2, status="estimate", period=S),
    F("hỗ trợ hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tiền mặt và hiện vật vận động hỗ trợ", approx="over", period=P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)),
    F("có 64 viên chức", "64", 64, "count", "viên chức và người lao động", "viên chức và người lao động"),
    F("38 người có trình độ", "38", 38, "count", "người", "người có trình độ đại học trở lên", total=64, percent=59.4),
    F("khoảng 8 đối tượng", "8", 8, "count", "đối tượng", "đối tượng mỗi nhân viên chăm sóc phụ trách", approx="about"),
    F("có 100% đối tượng", "100", 100, "percent", "%", "đối tượng được khám sức khỏe định kỳ", status="target", period=T),
    F("khoảng 20 đối tượng", "20", 20, "count", "đối tượng", "đối tượng có hoàn cảnh đặc biệt khó khăn tiếp nhận thêm",
      approx="about", status="target", period=T),
]

build(1, [
    "Provincial portal (Cổng TTĐT tỉnh Thanh Hóa), 'Cập nhật: 08:15 12/07/2024 | Lượt xem: 2.341'; social protection centre, 6 months 2024.",
    "trong đó list 87+146+85 = 318 gives total 318. '38 người …, chiếm 59,4%' = total 64 + percent. 'Năm 2024 … được cấp' is an allocation (actual).",
    "'ước đạt 9,64 tỷ, đạt 51,2% dự toán năm' → percent 51.2, status estimate. 'phấn đấu đến cuối năm 2024' → targets with end 2024-12-31.",
    "Distractors: Nghị định số 20/2021/NĐ-CP, address số 58, hotline, view counter, time 08:15. 'Hiện'/'Về nhân lực' figures carry no period.",
], text, figs, published="2024-07-12", location="Thanh Hóa")
