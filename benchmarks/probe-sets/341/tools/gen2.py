from lib import *

text = """Quận Hải Châu cắt tỉa, khống chế chiều cao gần 5.000 cây xanh trước mùa mưa bão
Thứ Hai, 09/09/2024 - 15:20

Thực hiện Kế hoạch số 128/KH-UBND của UBND quận về phòng, chống thiên tai năm 2024, từ ngày 15/7 đến ngày 31/8, Ban Quản lý công viên cây xanh quận phối hợp UBND 13 phường đã cắt tỉa, khống chế chiều cao 4.862 cây xanh, tăng 18% so với cùng kỳ năm 2023. Trong đó, cây bàng, cây phượng chiếm khoảng 40%; cây sao đen, dầu rái là 1.230 cây. Các cây được xử lý nằm trên 112 tuyến đường và 9 công viên, vườn hoa.

Bên cạnh đó, đơn vị đã chặt hạ, thay thế 86 cây bị sâu bệnh, mục rỗng, nghiêng đổ có nguy cơ gây mất an toàn; chằng chống 214 cây mới trồng. Qua rà soát, trên địa bàn quận hiện có 27.540 cây xanh đường phố, trong đó 1.146 cây được đánh giá thuộc diện nguy hiểm, cần theo dõi (chiếm 4,2%).

Các phường có số cây được cắt tỉa nhiều là Thạch Thang (612 cây), Hải Châu I (548 cây), Phước Ninh (497 cây) và Hòa Cường Bắc (455 cây). Riêng tuyến đường 2 Tháng 9 và đường 3 Tháng 2, đơn vị tổ chức cắt tỉa vào ban đêm từ 22 giờ đến 5 giờ sáng để bảo đảm giao thông.

Tổng kinh phí thực hiện từ đầu năm đến nay là 2,35 tỷ đồng, bằng 58,7% dự toán năm (4 tỷ đồng). Quận phấn đấu trong quý IV/2024 trồng mới 350 cây bóng mát, nâng tỷ lệ tuyến đường có cây xanh lên trên 95%.

Người dân phát hiện cây nguy hiểm có thể báo qua số điện thoại 0236.3821.470 hoặc ứng dụng Danang Smart City.

Ngọc Ánh - Trung tâm Văn hóa - Thể thao quận"""

R = P("từ ngày 15/7 đến ngày 31/8", "2024-07-15", "2024-08-31")
Ri = P("từ ngày 15/7 đến ngày 31/8", "2024-07-15", "2024-08-31", True)
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
S = "cây xanh được cắt tỉa, khống chế chiều cao"

figs = [
    F("gần 5.000 cây xanh", "5.000", 5000, "count", "cây", S, approx="nearly"),
    F("UBND 13 phường", "13", 13, "count", "phường", "phường phối hợp cắt tỉa cây xanh", optional=True, period=R),
    F("chiều cao 4.862 cây xanh", "4.862", 4862, "count", "cây", S,
      change=C("increase", 18, "%", "cùng kỳ năm 2023"), period=R),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "tỷ lệ cây bàng, cây phượng trong số cây được cắt tỉa", approx="about", period=Ri),
    F("là 1.230 cây", "1.230", 1230, "count", "cây", "cây sao đen, dầu rái được cắt tỉa", total=4862, period=Ri),
    F("trên 112 tuyến đường", "112", 112, "count", "tuyến đường", "tuyến đường có cây được xử lý", period=Ri),
    F("và 9 công viên", "9", 9, "count", "công viên, vườn hoa", "công viên, vườn hoa có cây được xử lý", period=Ri),
    F("thay thế 86 cây", "86", 86, "count", "cây", "cây sâu bệnh, mục rỗng, nghiêng đổ bị chặt hạ, thay thế", period=Ri),
    F("chằng chống 214 cây", "214", 214, "count", "cây", "cây mới trồng được chằng chống", period=Ri),
    F("có 27.540 cây xanh", "27.540", 27540, "count", "cây", "cây xanh đường phố"),
    F("trong đó 1.146 cây", "1.146", 1146, "count", "cây", "cây xanh thuộc diện nguy hiểm, cần theo dõi",
      total=27540, percent=4.2),
    F("Thạch Thang (612 cây)", "612", 612, "count", "cây", S, period=Ri),
    F("Hải Châu I (548 cây)", "548", 548, "count", "cây", S, period=Ri),
    F("Phước Ninh (497 cây)", "497", 497, "count", "cây", S, period=Ri),
    F("Hòa Cường Bắc (455 cây)", "455", 455, "count", "cây", S, period=Ri),
    F("là 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "tổng kinh phí thực hiện", percent=58.7,
      target=T(4000000000, "đồng", False), period=P("từ đầu năm đến nay", "2024-01-01", "2024-09-09")),
    F("trồng mới 350 cây", "350", 350, "count", "cây", "cây bóng mát trồng mới", status="target", period=Q4),
    F("lên trên 95%", "95", 95, "percent", "%", "tỷ lệ tuyến đường có cây xanh", approx="over", status="target", period=Q4),
]

emit(2, text, [
    "Cổng TTĐT quận Hải Châu, Đà Nẵng (district portal): pruning street trees before the storm season 2024. Dateline 'Thứ Hai, 09/09/2024 - 15:20'; byline at the end.",
    "Distractors: 'Kế hoạch số 128/KH-UBND', dates 15/7 and 31/8, street names 'đường 2 Tháng 9', 'đường 3 Tháng 2', ward 'Hải Châu I', '22 giờ đến 5 giờ sáng', phone 0236.3821.470.",
    "Location: the district (Hải Châu) for every figure; wards (phường) are below the spec's province/city/district, so ward list items keep the district.",
    "'từ ngày 15/7 đến ngày 31/8' takes the year 2024 of the plan named earlier in the sentence. Later sentences inherit it.",
    "'cây bàng, cây phượng chiếm khoảng 40%' has no count: a percent figure. 1.230 cây after 'Trong đó' is part of 4.862. 112 tuyến đường / 9 công viên: counts.",
    "'hiện có 27.540 cây': no period phrase. 1.146 cây: part of 27.540 ('trong đó'), share 4,2% in brackets.",
    "2,35 tỷ: share 58,7% of the year's estimate (dự toán), the estimate '(4 tỷ đồng)' as target (not met). 'từ đầu năm đến nay' ends at the dateline.",
    "'13 phường' is structure (optional). Targets in quý IV/2024 after 'phấn đấu'.",
    "revised after the first run: 2,35 tỷ subject is 'tổng kinh phí thực hiện' as the sentence names it (was a paraphrase).",
], figs, published="2024-09-09", location="Hải Châu")
