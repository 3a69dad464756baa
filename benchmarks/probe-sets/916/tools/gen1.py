"""p916-1: province portal (Thái Bình), termite nests found and treated in 7 months of 2024."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình: Phát hiện, xử lý hơn 1.100 tổ mối trên các tuyến đê

Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Chi cục Thủy lợi, 7 tháng đầu năm 2024, lực lượng quản lý đê chuyên trách và quản lý đê nhân dân đã phát hiện 1.148 tổ mối trên các tuyến đê, tăng 214 tổ so với cùng kỳ năm 2023. Trong đó, đã xử lý dứt điểm 1.096 tổ, đạt 95,5%; số còn lại đang được theo dõi, xử lý bổ sung.

Các địa phương phát hiện nhiều tổ mối nhất là huyện Hưng Hà (286 tổ), Vũ Thư (231 tổ) và Kiến Xương (175 tổ). Riêng tuyến đê hữu sông Luộc đoạn từ K152+300 đến K156+800 do Hạt Quản lý đê số 3 phụ trách đã phát hiện 64 tổ mối, có tổ khoang rộng tới 1,5 m.

Toàn tỉnh hiện quản lý 476,6 km đê các loại, trong đó có 184,3 km đê biển và đê cửa sông. Theo Nghị định số 113/2007/NĐ-CP, các tuyến đê từ cấp I đến cấp III phải được kiểm tra ẩn họa định kỳ trước mùa mưa lũ. Ngoài tổ mối, các lực lượng còn phát hiện 37 vị trí ẩn họa khác như hang động vật, thẩm lậu, nứt dọc thân đê và đã khoan phụt vữa gia cố 12,8 km đê.

Kinh phí xử lý mối từ nguồn vốn duy tu, bảo dưỡng đê điều ước đạt 1,35 tỷ đồng, bình quân khoảng 1,2 triệu đồng/tổ. Trong 5 tháng cuối năm 2024, tỉnh phấn đấu xử lý 100% số tổ mối còn lại, đồng thời khoan phụt vữa gia cố thêm khoảng 6 km đê xung yếu.

Đường dây nóng phòng, chống thiên tai: 0227.3831.296
"""

M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
L5 = P("Trong 5 tháng cuối năm 2024", "2024-08-01", "2024-12-31")

FIGS = [
    F("hơn 1.100 tổ mối", "1.100", 1100, "count", "tổ mối", "tổ mối phát hiện, xử lý trên các tuyến đê", approx="over"),
    F("phát hiện 1.148 tổ mối", "1.148", 1148, "count", "tổ mối", "tổ mối phát hiện trên các tuyến đê", M7,
      change=C("increase", 214, "tổ", "cùng kỳ năm 2023")),
    F("dứt điểm 1.096 tổ", "1.096", 1096, "count", "tổ", "tổ mối đã xử lý dứt điểm", I(M7), total=1148, percent=95.5),
    F("Hưng Hà (286 tổ)", "286", 286, "count", "tổ", "tổ mối phát hiện", I(M7), location="Hưng Hà"),
    F("Vũ Thư (231 tổ)", "231", 231, "count", "tổ", "tổ mối phát hiện", I(M7), location="Vũ Thư"),
    F("Kiến Xương (175 tổ)", "175", 175, "count", "tổ", "tổ mối phát hiện", I(M7), location="Kiến Xương"),
    F("phát hiện 64 tổ mối", "64", 64, "count", "tổ mối", "tổ mối phát hiện trên tuyến đê hữu sông Luộc", I(M7)),
    F("rộng tới 1,5 m", "1,5", 1.5, "measure", "m", "độ rộng khoang tổ mối"),
    F("quản lý 476,6 km", "476,6", 476.6, "measure", "km", "đê các loại toàn tỉnh quản lý"),
    F("có 184,3 km", "184,3", 184.3, "measure", "km", "đê biển và đê cửa sông", total=476.6),
    F("phát hiện 37 vị trí", "37", 37, "count", "vị trí", "vị trí ẩn họa khác", I(M7)),
    F("gia cố 12,8 km đê", "12,8", 12.8, "measure", "km", "đê được khoan phụt vữa gia cố", I(M7)),
    F("ước đạt 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "kinh phí xử lý mối", I(M7), status="estimate"),
    F("khoảng 1,2 triệu đồng/tổ", "1,2", 1.2e6, "money", "đồng/tổ", "kinh phí xử lý mối bình quân mỗi tổ", I(M7),
      approx="about", status="estimate"),
    F("xử lý 100% số tổ", "100", 100, "percent", "%", "tỷ lệ tổ mối còn lại được xử lý", L5, status="target"),
    F("thêm khoảng 6 km", "6", 6, "measure", "km", "đê xung yếu được khoan phụt vữa gia cố thêm", L5,
      approx="about", status="target"),
]

build("p916-1", TEXT, FIGS, published="2024-08-12", location="Thái Bình", comments=[
    "Cổng TTĐT tỉnh Thái Bình: tổ mối, ẩn họa trên đê 7 tháng đầu năm 2024. Dateline 'Cập nhật: 12/08/2024 09:45'.",
    "Not figures: 'Lượt xem: 2.316', K152+300/K156+800 (chainage), 'Hạt Quản lý đê số 3', Nghị định số 113/2007/NĐ-CP,",
    "'cấp I đến cấp III' (dyke grades), '5 tháng cuối năm 2024' (a period), the hotline number.",
    "1.096 follows 'Trong đó' after 1.148 (same thing, same period): total 1148, share 95,5%. District list ranks, does not add up: no total.",
    "'bình quân khoảng 1,2 triệu đồng/tổ' continues the 'ước đạt' clause: estimate. 'hiện quản lý' stock figures: no period.",
])
